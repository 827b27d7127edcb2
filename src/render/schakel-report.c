/* schakel-report.c — a report: its blocks, its pagination, its pages.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pagination is a plain data structure (which part of which block on which
 * page, at what height) so that the tests can inspect it and the preview,
 * the printer and the PDF draw exactly the same pages. It runs twice when
 * the report has a table of contents: the first pass finds the page of
 * every section, the second lays out the contents with those numbers (the
 * contents has one line per section either way, so its height does not
 * change between the passes).
 *
 * Footnotes are part of the pagination: a page keeps room at its bottom
 * for the notes of the marks placed on it, so a part of a block goes to
 * the next page when it and its new notes do not both fit.
 */

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "schakel-core.h"
#include "schakel-report.h"
#include "schakel-report-contents-private.h"
#include "schakel-report-style.h"
#include "schakel-report-table.h"
#include "schakel-render-file.h"

/* A block's layout for one width: unit heights and its repeated head. */
typedef struct
{
  double  width;
  GArray *heights;  /* of double */
  double  head;
} Measure;

struct _SchakelReport
{
  char                 *title;
  char                 *scope_name;
  char                 *date_text;
  char                 *generated_text;
  SchakelReportMode     mode;
  SchakelReportContext *context;
  GPtrArray            *blocks;    /* of SchakelReportBlock */
  GArray               *measures;  /* of Measure, one per block */
  GArray               *pages;     /* of SchakelReportPage */
  SchakelReportBlock   *contents;  /* (nullable), in @blocks */
};

/* The footnotes at the bottom of a page: a short rule, then the notes in
 * small print, each after its number. */
#define FOOTNOTE_RULE_SPACE  12.0
#define FOOTNOTE_NUMBER_WIDTH 12.0
#define FOOTNOTE_GAP          2.0

static void
page_clear (gpointer data)
{
  SchakelReportPage *page = data;

  g_clear_pointer (&page->placements, g_array_unref);
  g_clear_pointer (&page->footnotes, g_array_unref);
}

static void
measure_clear (gpointer data)
{
  g_clear_pointer (&((Measure *) data)->heights, g_array_unref);
}

/**
 * schakel_report_new:
 * @title: the report's title, in the running header
 * @scope_name: what it is about, e.g. "Utrecht"
 * @date_text: the peildatum as it is printed
 * @generated_text: the day the report was made, as it is printed
 * @mode: publication mode or confidential
 *
 * Returns: (transfer full): an empty report
 */
SchakelReport *
schakel_report_new (const char        *title,
                    const char        *scope_name,
                    const char        *date_text,
                    const char        *generated_text,
                    SchakelReportMode  mode)
{
  SchakelReport *self = g_new0 (SchakelReport, 1);

  self->title = g_strdup (title);
  self->scope_name = g_strdup (scope_name);
  self->date_text = g_strdup (date_text);
  self->generated_text = g_strdup (generated_text);
  self->mode = mode;
  self->context = schakel_report_context_new ();
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_report_block_free);
  self->measures = g_array_new (FALSE, TRUE, sizeof (Measure));
  g_array_set_clear_func (self->measures, measure_clear);
  self->pages = g_array_new (FALSE, TRUE, sizeof (SchakelReportPage));
  g_array_set_clear_func (self->pages, page_clear);
  return self;
}

void
schakel_report_free (SchakelReport *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->pages);
  g_array_unref (self->measures);
  g_ptr_array_unref (self->blocks);
  schakel_report_context_free (self->context);
  g_free (self->title);
  g_free (self->scope_name);
  g_free (self->date_text);
  g_free (self->generated_text);
  g_free (self);
}

/**
 * schakel_report_add:
 * @self: a report
 * @block: (transfer full): the next block
 */
void
schakel_report_add (SchakelReport      *self,
                    SchakelReportBlock *block)
{
  Measure measure = { -1, NULL, 0 };

  /* Numbered now, in the order of the report. */
  for (guint i = 0; block->footnotes != NULL && i < block->footnotes->len; i++)
    schakel_report_context_footnote_number (self->context,
                                            g_array_index (block->footnotes, SchakelReportFootnote, i).text);
  g_ptr_array_add (self->blocks, block);
  g_array_append_val (self->measures, measure);
  g_array_set_size (self->pages, 0);
}

/**
 * schakel_report_add_contents:
 * @self: a report
 *
 * Adds the table of contents: every level-1 heading added after it, with
 * its page.
 */
void
schakel_report_add_contents (SchakelReport *self)
{
  g_return_if_fail (self->contents == NULL);

  self->contents = schakel_report_contents_new ();
  schakel_report_add (self, self->contents);
}

guint
schakel_report_get_n_blocks (SchakelReport *self)
{
  return self->blocks->len;
}

SchakelReportBlock *
schakel_report_get_block (SchakelReport *self,
                          guint          index)
{
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return g_ptr_array_index (self->blocks, index);
}

const char *
schakel_report_get_title (SchakelReport *self)
{
  return self->title;
}

SchakelReportMode
schakel_report_get_mode (SchakelReport *self)
{
  return self->mode;
}

/**
 * schakel_report_get_footnote:
 * @self: a report
 * @number: a footnote's number, from 1, as in #SchakelReportPage.footnotes
 *
 * Returns: the footnote's text
 */
const char *
schakel_report_get_footnote (SchakelReport *self,
                             guint          number)
{
  return schakel_report_context_get_footnote (self->context, number);
}

void
schakel_report_page_size (SchakelReportOrientation  orientation,
                          double                   *width,
                          double                   *height)
{
  gboolean portrait = orientation == SCHAKEL_REPORT_PORTRAIT;

  *width = portrait ? SCHAKEL_REPORT_A4_SHORT : SCHAKEL_REPORT_A4_LONG;
  *height = portrait ? SCHAKEL_REPORT_A4_LONG : SCHAKEL_REPORT_A4_SHORT;
}

/* The part of a page between the running header and footer. */
void
schakel_report_content_area (SchakelReportOrientation  orientation,
                             double                   *x,
                             double                   *y,
                             double                   *width,
                             double                   *height)
{
  double page_width, page_height;

  schakel_report_page_size (orientation, &page_width, &page_height);
  *x = SCHAKEL_REPORT_MARGIN_SIDE;
  *y = SCHAKEL_REPORT_MARGIN_TOP + SCHAKEL_REPORT_HEADER_HEIGHT;
  *width = page_width - 2 * SCHAKEL_REPORT_MARGIN_SIDE;
  *height = page_height - *y - SCHAKEL_REPORT_MARGIN_BOTTOM - SCHAKEL_REPORT_FOOTER_HEIGHT;
}

static const Measure *
measure_block (SchakelReport *self,
               guint          index,
               double         width)
{
  Measure *measure = &g_array_index (self->measures, Measure, index);
  SchakelReportBlock *block = g_ptr_array_index (self->blocks, index);

  if (measure->heights != NULL && measure->width == width)
    return measure;
  g_clear_pointer (&measure->heights, g_array_unref);
  measure->heights = g_array_new (FALSE, FALSE, sizeof (double));
  measure->width = width;
  block->klass->measure (block, self->context, width, measure->heights, &measure->head);
  return measure;
}

static double
measure_total (const Measure *measure)
{
  double total = measure->head;

  for (guint i = 0; i < measure->heights->len; i++)
    total += g_array_index (measure->heights, double, i);
  return total;
}

/* The state of the pass: the page being filled and where. */
typedef struct
{
  SchakelReport            *report;
  SchakelReportOrientation  orientation;
  double                    top;
  double                    bottom;
  double                    width;
  double                    y;
  gboolean                  empty;
  double                    notes;  /* the height of the page's footnotes, without the rule */
} Cursor;

/* Where the content goes on a page of @orientation. */
static void
cursor_orient (Cursor                   *cursor,
               SchakelReportOrientation  orientation)
{
  double x, height;

  cursor->orientation = orientation;
  schakel_report_content_area (orientation, &x, &cursor->top, &cursor->width, &height);
  cursor->bottom = cursor->top + height;
  cursor->y = cursor->top;
  cursor->empty = TRUE;
  cursor->notes = 0;
}

static void
cursor_new_page (Cursor                   *cursor,
                 SchakelReportOrientation  orientation)
{
  SchakelReportPage page = {
    orientation,
    g_array_new (FALSE, FALSE, sizeof (SchakelReportPlacement)),
    g_array_new (FALSE, FALSE, sizeof (guint)),
  };

  g_array_append_val (cursor->report->pages, page);
  cursor_orient (cursor, orientation);
}

static SchakelReportPage *
cursor_page (Cursor *cursor)
{
  GArray *pages = cursor->report->pages;

  return &g_array_index (pages, SchakelReportPage, pages->len - 1);
}

static double
footnote_height (SchakelReport *self,
                 guint          number,
                 double         width)
{
  g_autoptr(PangoLayout) layout = schakel_report_context_layout (self->context, SCHAKEL_REPORT_FONT_SMALL,
                                                                 schakel_report_get_footnote (self, number),
                                                                 width - FOOTNOTE_NUMBER_WIDTH,
                                                                 PANGO_ALIGN_LEFT);

  return schakel_report_layout_height (layout) + FOOTNOTE_GAP;
}

/* The room the footnotes take: @notes points of notes under the rule. */
static double
footnote_area (double notes)
{
  return notes > 0 ? FOOTNOTE_RULE_SPACE + notes : 0;
}

static gboolean
has_number (GArray *numbers,
            guint   number)
{
  for (guint i = 0; numbers != NULL && i < numbers->len; i++)
    if (g_array_index (numbers, guint, i) == number)
      return TRUE;
  return FALSE;
}

/* Keeps a page's footnotes in the order of their numbers. */
static void
insert_number (GArray *numbers,
               guint   number)
{
  guint at = numbers->len;

  while (at > 0 && g_array_index (numbers, guint, at - 1) > number)
    at--;
  g_array_insert_val (numbers, at, number);
}

/* Adds to @numbers the footnotes of block @index marked on @unit that are
 * neither on the page nor in @numbers yet; returns their height. */
static double
collect_footnotes (Cursor *cursor,
                   guint   index,
                   guint   unit,
                   GArray *numbers)
{
  SchakelReport *self = cursor->report;
  SchakelReportBlock *block = g_ptr_array_index (self->blocks, index);
  GArray *on_page = cursor_page (cursor)->footnotes;
  double height = 0;

  for (guint i = 0; block->footnotes != NULL && i < block->footnotes->len; i++)
    {
      const SchakelReportFootnote *note = &g_array_index (block->footnotes, SchakelReportFootnote, i);
      guint number;

      if (note->unit != unit)
        continue;
      number = schakel_report_context_footnote_number (self->context, note->text);
      if (has_number (on_page, number) || has_number (numbers, number))
        continue;
      g_array_append_val (numbers, number);
      height += footnote_height (self, number, cursor->width);
    }
  return height;
}

/* The height the footnotes of block @index would add to the page when its
 * head and its first @n units go there. */
static double
footnotes_need (Cursor *cursor,
                guint   index,
                guint   n)
{
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  double height = collect_footnotes (cursor, index, SCHAKEL_REPORT_FOOTNOTE_HEAD, numbers);

  for (guint unit = 0; unit < n; unit++)
    height += collect_footnotes (cursor, index, unit, numbers);
  return footnote_area (cursor->notes + height) - footnote_area (cursor->notes);
}

/* A heading must have the first unit of what follows on its page; when
 * that is kept with the next too (a heading, an introduction to a table),
 * all of it and the first unit after it. */
static double
keep_with_next_need (Cursor *cursor,
                     guint   index)
{
  SchakelReport *self = cursor->report;
  SchakelReportBlock *next;
  const Measure *measure;
  double need;

  if (index + 1 >= self->blocks->len)
    return 0;
  next = g_ptr_array_index (self->blocks, index + 1);
  if (next->flags & SCHAKEL_REPORT_BLOCK_NEW_PAGE)
    return 0;
  measure = measure_block (self, index + 1, cursor->width);
  if (next->flags & SCHAKEL_REPORT_BLOCK_KEEP_WITH_NEXT)
    return next->space_before + measure_total (measure) + next->space_after
           + footnotes_need (cursor, index + 1, measure->heights->len) + keep_with_next_need (cursor, index + 1);
  need = next->space_before + measure->head + footnotes_need (cursor, index + 1, MIN (measure->heights->len, 1));
  if (measure->heights->len > 0)
    need += g_array_index (measure->heights, double, 0);
  return need;
}

static void
place_block (Cursor *cursor,
             guint   index)
{
  SchakelReport *self = cursor->report;
  SchakelReportBlock *block = g_ptr_array_index (self->blocks, index);
  const Measure *measure;
  guint n_units, unit = 0;

  if (block->flags & SCHAKEL_REPORT_BLOCK_NEW_PAGE)
    {
      if (!cursor->empty)
        cursor_new_page (cursor, block->orientation);
      else
        {
          cursor_page (cursor)->orientation = block->orientation;
          cursor_orient (cursor, block->orientation);
        }
    }

  measure = measure_block (self, index, cursor->width);
  n_units = measure->heights->len;

  if (!cursor->empty && (block->flags & SCHAKEL_REPORT_BLOCK_KEEP_WITH_NEXT))
    {
      double need = block->space_before + measure_total (measure) + block->space_after
                    + footnotes_need (cursor, index, measure->heights->len) + keep_with_next_need (cursor, index);

      if (cursor->y + need > cursor->bottom)
        cursor_new_page (cursor, cursor->orientation);
      measure = measure_block (self, index, cursor->width);
    }

  if ((block->flags & SCHAKEL_REPORT_BLOCK_ONLY_IF_ROOM)
      && cursor->y + (cursor->empty ? 0 : block->space_before) + measure_total (measure)
         + footnote_area (cursor->notes) + footnotes_need (cursor, index, n_units) > cursor->bottom)
    return;

  while (unit < n_units)
    {
      double space = cursor->empty || unit > 0 ? 0 : block->space_before;
      double available = cursor->bottom - cursor->y - space - measure->head;
      g_autoptr(GArray) notes = g_array_new (FALSE, FALSE, sizeof (guint));
      double notes_height = collect_footnotes (cursor, index, SCHAKEL_REPORT_FOOTNOTE_HEAD, notes);
      double used = 0;
      guint n = 0;
      SchakelReportPlacement placement;

      /* Each unit with the notes it brings to the page. */
      while (unit + n < n_units)
        {
          guint n_notes = notes->len;
          double height = g_array_index (measure->heights, double, unit + n);
          double more = collect_footnotes (cursor, index, unit + n, notes);

          if (used + height + footnote_area (cursor->notes + notes_height + more) > available)
            {
              g_array_set_size (notes, n_notes);
              break;
            }
          used += height;
          notes_height += more;
          n++;
        }
      if (n == 0 && !cursor->empty)
        {
          cursor_new_page (cursor, cursor->orientation);
          measure = measure_block (self, index, cursor->width);
          continue;
        }
      if (n == 0)
        {
          /* Taller than a page: it gets a page of its own and is cut off. */
          used = g_array_index (measure->heights, double, unit);
          notes_height += collect_footnotes (cursor, index, unit, notes);
          n = 1;
        }
      for (guint i = 0; i < notes->len; i++)
        insert_number (cursor_page (cursor)->footnotes, g_array_index (notes, guint, i));
      cursor->notes += notes_height;

      placement.block = index;
      placement.first = unit;
      placement.n = n;
      placement.y = cursor->y + space;
      placement.height = measure->head + used;
      placement.continued = unit > 0;
      g_array_append_val (cursor_page (cursor)->placements, placement);

      cursor->y = placement.y + placement.height;
      cursor->empty = FALSE;
      unit += n;
      if (unit < n_units)
        cursor_new_page (cursor, cursor->orientation);
    }
  cursor->y += block->space_after;
}

static void
paginate_pass (SchakelReport *self)
{
  Cursor cursor = { self, SCHAKEL_REPORT_PORTRAIT, 0, 0, 0, 0, TRUE, 0 };

  g_array_set_size (self->pages, 0);
  cursor_new_page (&cursor, SCHAKEL_REPORT_PORTRAIT);
  for (guint i = 0; i < self->blocks->len; i++)
    place_block (&cursor, i);
}

/**
 * schakel_report_get_block_page:
 * @self: a paginated report
 * @block: a block's index
 *
 * Returns: the index of the first page that holds @block, or G_MAXUINT
 */
guint
schakel_report_get_block_page (SchakelReport *self,
                               guint          block)
{
  for (guint p = 0; p < self->pages->len; p++)
    {
      GArray *placements = g_array_index (self->pages, SchakelReportPage, p).placements;

      for (guint i = 0; i < placements->len; i++)
        if (g_array_index (placements, SchakelReportPlacement, i).block == block)
          return p;
    }
  return G_MAXUINT;
}

/**
 * schakel_report_paginate:
 * @self: a report
 *
 * Lays the blocks out on pages. Needed again after adding blocks.
 */
void
schakel_report_paginate (SchakelReport *self)
{
  if (self->contents != NULL)
    {
      guint start = 0;

      while (g_ptr_array_index (self->blocks, start) != self->contents)
        start++;
      schakel_report_contents_clear (self->contents);
      for (guint i = start + 1; i < self->blocks->len; i++)
        {
          SchakelReportBlock *block = g_ptr_array_index (self->blocks, i);

          if (schakel_report_block_is_heading (block) && schakel_report_heading_get_level (block) == 1)
            schakel_report_contents_add (self->contents, schakel_report_heading_get_text (block), i);
        }
      g_array_index (self->measures, Measure, start).width = -1;
      paginate_pass (self);
      for (guint e = 0; e < schakel_report_contents_get_n_entries (self->contents); e++)
        schakel_report_contents_set_page (self->contents, e,
                                          schakel_report_get_block_page (self, schakel_report_contents_get_block (self->contents, e)) + 1);
      g_array_index (self->measures, Measure, start).width = -1;
    }
  paginate_pass (self);
}

guint
schakel_report_get_n_pages (SchakelReport *self)
{
  return self->pages->len;
}

const SchakelReportPage *
schakel_report_get_page (SchakelReport *self,
                         guint          page)
{
  g_return_val_if_fail (page < self->pages->len, NULL);
  return &g_array_index (self->pages, SchakelReportPage, page);
}

static void
draw_running_text (SchakelReport      *self,
                   cairo_t            *cr,
                   SchakelReportFont   font,
                   const SchakelColor *color,
                   const char         *text,
                   double              x,
                   double              y,
                   double              width,
                   PangoAlignment      alignment)
{
  g_autoptr(PangoLayout) layout = schakel_report_context_layout (self->context, font, text, width, alignment);

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  schakel_palette_set_source (cr, color, 1.0);
  schakel_report_draw_layout (cr, layout, x, y);
}

static void
draw_header_footer (SchakelReport *self,
                    cairo_t       *cr,
                    guint          page,
                    double         page_width,
                    double         page_height)
{
  double x = SCHAKEL_REPORT_MARGIN_SIDE, width = page_width - 2 * x;
  double header_y = SCHAKEL_REPORT_MARGIN_TOP;
  double footer_y = page_height - SCHAKEL_REPORT_MARGIN_BOTTOM - SCHAKEL_REPORT_FOOTER_HEIGHT + 10;
  gboolean confidential = self->mode == SCHAKEL_REPORT_MODE_CONFIDENTIAL;
  /* Translators: the scope and the peildatum in a report's running header, e.g. "Utrecht · 31 March 2026" */
  g_autofree char *about = g_strdup_printf (_("%s · %s"), self->scope_name, self->date_text);
  /* Translators: in a report's footer; %s is a date */
  g_autofree char *generated = g_strdup_printf (_("Generated on %s"), self->generated_text);
  /* Translators: in a report's footer */
  g_autofree char *page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->pages->len);
  const char *marking = confidential ? _("Confidential — not published: small numbers are shown")
                                     : _("Publication mode: small numbers are hidden");

  draw_running_text (self, cr, SCHAKEL_REPORT_FONT_SMALL_BOLD, &schakel_report_color_accent, self->title,
                     x, header_y, width * 0.5, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, SCHAKEL_REPORT_FONT_SMALL, &schakel_report_color_muted, about,
                     x + width * 0.5, header_y, width * 0.5, PANGO_ALIGN_RIGHT);
  schakel_palette_set_source (cr, &schakel_report_color_rule, 1.0);
  schakel_report_draw_rule (cr, x, header_y + 14, width, 0.5);

  schakel_report_draw_rule (cr, x, footer_y - 4, width, 0.5);
  draw_running_text (self, cr, confidential ? SCHAKEL_REPORT_FONT_SMALL_BOLD : SCHAKEL_REPORT_FONT_SMALL,
                     confidential ? &schakel_report_color_warning : &schakel_report_color_muted,
                     marking, x, footer_y, width * 0.5, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, SCHAKEL_REPORT_FONT_SMALL, &schakel_report_color_muted, generated,
                     x + width * 0.5, footer_y, width * 0.3, PANGO_ALIGN_LEFT);
  draw_running_text (self, cr, SCHAKEL_REPORT_FONT_SMALL, &schakel_report_color_muted, page_text,
                     x + width * 0.8, footer_y, width * 0.2, PANGO_ALIGN_RIGHT);
}

/**
 * schakel_report_get_footnotes_top:
 * @self: a paginated report
 * @page: which page
 *
 * Returns: where the footnotes of @page begin, points from the top of the
 *   page: the bottom of its content area when it has none
 */
double
schakel_report_get_footnotes_top (SchakelReport *self,
                                  guint          page)
{
  const SchakelReportPage *p;
  double x, y, width, height, notes = 0;

  g_return_val_if_fail (page < self->pages->len, 0);

  p = &g_array_index (self->pages, SchakelReportPage, page);
  schakel_report_content_area (p->orientation, &x, &y, &width, &height);
  for (guint i = 0; i < p->footnotes->len; i++)
    notes += footnote_height (self, g_array_index (p->footnotes, guint, i), width);
  return y + height - footnote_area (notes);
}

static void
draw_footnotes (SchakelReport           *self,
                cairo_t                 *cr,
                guint                    page,
                double                   x,
                double                   width)
{
  const SchakelReportPage *p = &g_array_index (self->pages, SchakelReportPage, page);
  double y = schakel_report_get_footnotes_top (self, page);

  if (p->footnotes->len == 0)
    return;
  schakel_palette_set_source (cr, &schakel_report_color_rule, 1.0);
  schakel_report_draw_rule (cr, x, y + FOOTNOTE_RULE_SPACE / 2, width * 0.2, 0.5);
  y += FOOTNOTE_RULE_SPACE;
  schakel_palette_set_source (cr, &schakel_report_color_text, 1.0);
  for (guint i = 0; i < p->footnotes->len; i++)
    {
      guint number = g_array_index (p->footnotes, guint, i);
      g_autofree char *digits = g_strdup_printf ("%u", number);
      g_autoptr(PangoLayout) mark = schakel_report_context_layout (self->context, SCHAKEL_REPORT_FONT_SMALL,
                                                                   digits, 0, PANGO_ALIGN_LEFT);
      g_autoptr(PangoLayout) note = schakel_report_context_layout (self->context, SCHAKEL_REPORT_FONT_SMALL,
                                                                   schakel_report_get_footnote (self, number),
                                                                   width - FOOTNOTE_NUMBER_WIDTH,
                                                                   PANGO_ALIGN_LEFT);

      schakel_report_draw_layout (cr, mark, x, y);
      schakel_report_draw_layout (cr, note, x + FOOTNOTE_NUMBER_WIDTH, y);
      y += schakel_report_layout_height (note) + FOOTNOTE_GAP;
    }
}

/**
 * schakel_report_draw_page:
 * @self: a paginated report
 * @cr: a context whose user space is the page in points
 * @page: which page
 *
 * Draws the page on a white background.
 */
void
schakel_report_draw_page (SchakelReport *self,
                          cairo_t       *cr,
                          guint          page)
{
  const SchakelReportPage *p;
  double width, height, x, y, content_width, content_height;

  g_return_if_fail (page < self->pages->len);

  p = &g_array_index (self->pages, SchakelReportPage, page);
  schakel_report_page_size (p->orientation, &width, &height);
  schakel_report_content_area (p->orientation, &x, &y, &content_width, &content_height);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_fill (cr);
  draw_header_footer (self, cr, page, width, height);

  cairo_rectangle (cr, x, y, content_width, content_height);
  cairo_clip (cr);
  for (guint i = 0; i < p->placements->len; i++)
    {
      const SchakelReportPlacement *placement = &g_array_index (p->placements, SchakelReportPlacement, i);
      SchakelReportBlock *block = g_ptr_array_index (self->blocks, placement->block);

      measure_block (self, placement->block, content_width);
      block->klass->draw (block, self->context, cr, x, placement->y, content_width,
                          placement->first, placement->n);
    }
  draw_footnotes (self, cr, page, x, content_width);
  cairo_restore (cr);
}

/**
 * schakel_report_write_pdf:
 * @self: a paginated report
 * @path: the PDF file, replaced as a whole
 * @error: return location for an error
 *
 * Writes every page. The PDF's metadata holds the report's title and the
 * creator "Schakel", nothing else.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_report_write_pdf (SchakelReport  *self,
                          const char     *path,
                          GError        **error)
{
  cairo_surface_t *surface;
  double width, height;
  cairo_t *cr;

  g_return_val_if_fail (self->pages->len > 0, FALSE);

  schakel_report_page_size (g_array_index (self->pages, SchakelReportPage, 0).orientation, &width, &height);
  if (!(surface = schakel_render_file_begin (path, width, height, self->title, error)))
    return FALSE;
  if (cairo_surface_get_type (surface) != CAIRO_SURFACE_TYPE_PDF)
    {
      cairo_surface_destroy (surface);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A report is written as a PDF file; “%s” does not end in .pdf"), path);
      return FALSE;
    }
  cr = cairo_create (surface);
  for (guint p = 0; p < self->pages->len; p++)
    {
      schakel_report_page_size (g_array_index (self->pages, SchakelReportPage, p).orientation, &width, &height);
      cairo_pdf_surface_set_size (surface, width, height);
      schakel_report_draw_page (self, cr, p);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return schakel_render_file_end (surface, error);
}

/* A file name from a table's title: lower case letters, digits and dashes. */
static char *
csv_name (guint       number,
          const char *title)
{
  g_autofree char *ascii = g_str_to_ascii (title != NULL ? title : "table", "C");
  g_autoptr(GString) name = g_string_new (NULL);

  g_string_printf (name, "%02u-", number);
  for (const char *p = ascii; *p != '\0' && name->len < 60; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (name, g_ascii_tolower (*p));
      else if (name->str[name->len - 1] != '-')
        g_string_append_c (name, '-');
    }
  while (name->str[name->len - 1] == '-')
    g_string_truncate (name, name->len - 1);
  g_string_append (name, ".csv");
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/* Writes every table into @folder, adding each path to @written. */
static gboolean
write_tables (SchakelReport  *self,
              const char     *folder,
              GPtrArray      *written,
              GError        **error)
{
  guint n = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      SchakelReportBlock *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *name = NULL, *path = NULL;

      if (!schakel_report_block_is_table (block))
        continue;
      name = csv_name (++n, schakel_report_table_get_title (block));
      path = g_build_filename (folder, name, NULL);
      if (!schakel_report_table_write_csv (block, path, error))
        return FALSE;
      g_ptr_array_add (written, g_steal_pointer (&path));
    }
  return TRUE;
}

/**
 * schakel_report_write_csv:
 * @self: a report
 * @folder: an existing folder
 * @n_files: (out) (optional): how many files were written
 * @error: return location for an error
 *
 * Writes every table of the report as a CSV file in @folder, numbered in
 * the order of the report (`01-key-figures.csv`, …), with the cells as
 * printed.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_report_write_csv (SchakelReport  *self,
                          const char     *folder,
                          guint          *n_files,
                          GError        **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);

  if (!write_tables (self, folder, written, error))
    return FALSE;
  if (n_files != NULL)
    *n_files = written->len;
  return TRUE;
}

/* As a paged document */

static guint
paged_get_n_pages (gpointer instance)
{
  return schakel_report_get_n_pages (instance);
}

static void
paged_get_page_size (gpointer  instance,
                     guint     page,
                     double   *width,
                     double   *height)
{
  schakel_report_page_size (schakel_report_get_page (instance, page)->orientation, width, height);
}

static void
paged_draw_page (gpointer  instance,
                 cairo_t  *cr,
                 guint     page)
{
  schakel_report_draw_page (instance, cr, page);
}

static gboolean
paged_write_pdf (gpointer     instance,
                 const char  *path,
                 GError     **error)
{
  return schakel_report_write_pdf (instance, path, error);
}

static guint
paged_get_n_tables (gpointer instance)
{
  SchakelReport *self = instance;
  guint n = 0;

  for (guint i = 0; i < self->blocks->len; i++)
    n += schakel_report_block_is_table (g_ptr_array_index (self->blocks, i)) ? 1 : 0;
  return n;
}

static gboolean
paged_write_csv (gpointer     instance,
                 const char  *folder,
                 GPtrArray   *written,
                 GError     **error)
{
  return write_tables (instance, folder, written, error);
}

static const char *
paged_get_title (gpointer instance)
{
  return schakel_report_get_title (instance);
}

/* A report is about areas, never about one minor. */
static const char *
paged_get_minor (gpointer instance)
{
  return NULL;
}

static const SchakelPagedFuncs paged_funcs = {
  paged_get_n_pages,
  paged_get_page_size,
  paged_draw_page,
  paged_write_pdf,
  paged_get_n_tables,
  paged_write_csv,
  paged_get_title,
  paged_get_minor,
};

/**
 * schakel_report_to_paged:
 * @report: (transfer full): a paginated report
 *
 * Returns: (transfer full): @report as a paged document, which owns it
 */
SchakelPaged *
schakel_report_to_paged (SchakelReport *report)
{
  g_return_val_if_fail (report != NULL, NULL);
  g_return_val_if_fail (report->pages->len > 0, NULL);

  return schakel_paged_new (&paged_funcs, report, (GDestroyNotify) schakel_report_free);
}
