/* schakel-report-block.c — the report's fonts, and the simple blocks:
 * headings, paragraphs, the cover title and notes.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <pango/pangocairo.h>

#include "schakel-report-block.h"
#include "schakel-report-style.h"

struct _SchakelReportContext
{
  PangoFontMap         *font_map;
  PangoContext         *pango;
  PangoFontDescription *fonts[SCHAKEL_REPORT_N_FONTS];
  GPtrArray            *footnotes;  /* of char *, number − 1 */
  GHashTable           *numbers;    /* text → number */
};

static const struct
{
  double      size;
  PangoWeight weight;
} font_specs[SCHAKEL_REPORT_N_FONTS] = {
  [SCHAKEL_REPORT_FONT_BODY] = { 10, PANGO_WEIGHT_NORMAL },
  [SCHAKEL_REPORT_FONT_BODY_BOLD] = { 10, PANGO_WEIGHT_BOLD },
  [SCHAKEL_REPORT_FONT_SMALL] = { 8, PANGO_WEIGHT_NORMAL },
  [SCHAKEL_REPORT_FONT_SMALL_BOLD] = { 8, PANGO_WEIGHT_BOLD },
  [SCHAKEL_REPORT_FONT_H1] = { 16, PANGO_WEIGHT_BOLD },
  [SCHAKEL_REPORT_FONT_H2] = { 12, PANGO_WEIGHT_BOLD },
  [SCHAKEL_REPORT_FONT_TITLE] = { 28, PANGO_WEIGHT_BOLD },
  [SCHAKEL_REPORT_FONT_FIGURE] = { 18, PANGO_WEIGHT_BOLD },
};

/**
 * schakel_report_context_new:
 *
 * Creates the fonts of a report, with its own font map so that a report
 * built in a worker thread can be drawn later in another.
 *
 * Returns: (transfer full): a new context
 */
SchakelReportContext *
schakel_report_context_new (void)
{
  SchakelReportContext *self = g_new0 (SchakelReportContext, 1);
  cairo_font_options_t *options = cairo_font_options_create ();

  self->font_map = pango_cairo_font_map_new ();
  pango_cairo_font_map_set_resolution (PANGO_CAIRO_FONT_MAP (self->font_map), 72.0);
  self->pango = pango_font_map_create_context (self->font_map);
  /* No hinting and no rounding: the same layout on every device. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->pango, options);
  pango_context_set_round_glyph_positions (self->pango, FALSE);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < SCHAKEL_REPORT_N_FONTS; i++)
    {
      self->fonts[i] = pango_font_description_new ();
      pango_font_description_set_family (self->fonts[i], SCHAKEL_REPORT_FONT_FAMILY);
      pango_font_description_set_size (self->fonts[i], font_specs[i].size * PANGO_SCALE);
      pango_font_description_set_weight (self->fonts[i], font_specs[i].weight);
    }
  self->footnotes = g_ptr_array_new_with_free_func (g_free);
  self->numbers = g_hash_table_new (g_str_hash, g_str_equal);
  return self;
}

void
schakel_report_context_free (SchakelReportContext *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < SCHAKEL_REPORT_N_FONTS; i++)
    pango_font_description_free (self->fonts[i]);
  g_hash_table_unref (self->numbers);
  g_ptr_array_unref (self->footnotes);
  g_object_unref (self->pango);
  g_object_unref (self->font_map);
  g_free (self);
}

/**
 * schakel_report_context_layout:
 * @self: a context
 * @font: which font
 * @text: plain text (not markup)
 * @width: the width to wrap at, in points; 0 or less: one line
 * @alignment: how lines are aligned within @width
 *
 * Returns: (transfer full): a layout of @text
 */
PangoLayout *
schakel_report_context_layout (SchakelReportContext *self,
                               SchakelReportFont     font,
                               const char           *text,
                               double                width,
                               PangoAlignment        alignment)
{
  PangoLayout *layout = pango_layout_new (self->pango);

  pango_layout_set_font_description (layout, self->fonts[font]);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  return layout;
}

double
schakel_report_layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

void
schakel_report_draw_layout (cairo_t     *cr,
                            PangoLayout *layout,
                            double       x,
                            double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

void
schakel_report_draw_rule (cairo_t *cr,
                          double   x,
                          double   y,
                          double   width,
                          double   line_width)
{
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}

/**
 * schakel_report_block_alloc:
 * @klass: the block's class
 * @size: the size of the block's own struct, which starts with a
 *   #SchakelReportBlock
 *
 * Returns: (transfer full): a zeroed block of @klass
 */
gpointer
schakel_report_block_alloc (const SchakelReportBlockClass *klass,
                            gsize                          size)
{
  SchakelReportBlock *self;

  g_return_val_if_fail (size >= sizeof (SchakelReportBlock), NULL);

  self = g_malloc0 (size);
  self->klass = klass;
  return self;
}

void
schakel_report_block_free (SchakelReportBlock *self)
{
  if (self == NULL)
    return;
  if (self->klass->finalize != NULL)
    self->klass->finalize (self);
  g_clear_pointer (&self->footnotes, g_array_unref);
  g_free (self);
}

/**
 * schakel_report_context_footnote_number:
 * @self: a report's context
 * @text: a footnote's text
 *
 * Footnotes are numbered once for the whole report, in the order they are
 * first asked for: the report asks for a block's notes when the block is
 * added, so the numbers follow the reading order. The same text keeps its
 * number wherever it is marked.
 *
 * Returns: the number of @text, from 1
 */
guint
schakel_report_context_footnote_number (SchakelReportContext *self,
                                        const char           *text)
{
  gpointer number;

  if (g_hash_table_lookup_extended (self->numbers, text, NULL, &number))
    return GPOINTER_TO_UINT (number);
  g_ptr_array_add (self->footnotes, g_strdup (text));
  g_hash_table_insert (self->numbers, g_ptr_array_index (self->footnotes, self->footnotes->len - 1),
                       GUINT_TO_POINTER (self->footnotes->len));
  return self->footnotes->len;
}

/**
 * schakel_report_context_get_footnote:
 * @self: a report's context
 * @number: a footnote's number, from 1
 *
 * Returns: its text
 */
const char *
schakel_report_context_get_footnote (SchakelReportContext *self,
                                     guint                 number)
{
  g_return_val_if_fail (number >= 1 && number <= self->footnotes->len, NULL);
  return g_ptr_array_index (self->footnotes, number - 1);
}

static void
footnote_clear (gpointer data)
{
  g_free (((SchakelReportFootnote *) data)->text);
}

/**
 * schakel_report_block_add_footnote:
 * @self: a block, before it is added to its report
 * @unit: the unit that carries the mark (a table's row, 0 for a block of
 *   one unit), or %SCHAKEL_REPORT_FOOTNOTE_HEAD for every part of the
 *   block (a table's header row)
 * @column: the column of a table whose cell carries the mark; 0 elsewhere
 * @text: the note
 *
 * Marks the block with a footnote: a superscript number after the text of
 * that unit (or cell), the note at the bottom of the page the mark is on.
 * Adding the same note to the same place twice marks it once.
 */
void
schakel_report_block_add_footnote (SchakelReportBlock *self,
                                   guint               unit,
                                   guint               column,
                                   const char         *text)
{
  SchakelReportFootnote note = { g_strdup (text), unit, column };

  g_return_if_fail (text != NULL && *text != '\0');

  if (self->footnotes == NULL)
    {
      self->footnotes = g_array_new (FALSE, FALSE, sizeof (SchakelReportFootnote));
      g_array_set_clear_func (self->footnotes, footnote_clear);
    }
  for (guint i = 0; i < self->footnotes->len; i++)
    {
      const SchakelReportFootnote *other = &g_array_index (self->footnotes, SchakelReportFootnote, i);

      if (other->unit == unit && other->column == column && g_str_equal (other->text, text))
        {
          g_free (note.text);
          return;
        }
    }
  g_array_append_val (self->footnotes, note);
}

static void
append_superscript (GString *out,
                    guint    number)
{
  static const char * const digits[] = { "⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹" };
  char decimal[16];

  g_snprintf (decimal, sizeof decimal, "%u", number);
  for (const char *d = decimal; *d != '\0'; d++)
    g_string_append (out, digits[*d - '0']);
}

/**
 * schakel_report_block_mark_text:
 * @self: a block
 * @context: its report's context, which numbers the notes
 * @unit: a unit, or %SCHAKEL_REPORT_FOOTNOTE_HEAD
 * @column: a table's column, 0 elsewhere
 * @text: (nullable): the text of that place
 *
 * Returns: (transfer full): @text followed by the superscript numbers of
 *   the footnotes marked there, e.g. “Norm compliance¹,³”
 */
char *
schakel_report_block_mark_text (SchakelReportBlock   *self,
                                SchakelReportContext *context,
                                guint                 unit,
                                guint                 column,
                                const char           *text)
{
  GString *out = g_string_new (text);
  g_autoptr(GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; self->footnotes != NULL && i < self->footnotes->len; i++)
    {
      const SchakelReportFootnote *note = &g_array_index (self->footnotes, SchakelReportFootnote, i);
      guint number, at;

      if (note->unit != unit || note->column != column)
        continue;
      number = schakel_report_context_footnote_number (context, note->text);
      at = numbers->len;
      while (at > 0 && g_array_index (numbers, guint, at - 1) > number)
        at--;
      g_array_insert_val (numbers, at, number);
    }
  /* A word joiner: the marks never start a line of their own. */
  if (numbers->len > 0)
    g_string_append (out, "\u2060");
  for (guint i = 0; i < numbers->len; i++)
    {
      if (i > 0)
        g_string_append (out, ",");
      append_superscript (out, g_array_index (numbers, guint, i));
    }
  return g_string_free (out, FALSE);
}

/* Text blocks: a heading, a paragraph. One unit: a paragraph is short in
 * these reports, and a split one reads badly. */

typedef struct
{
  SchakelReportBlock  parent;
  SchakelReportFont   font;
  guint               level;
  char               *text;
  const SchakelColor *color;
} TextBlock;

/* The text with the marks of its footnotes. */
static PangoLayout *
text_layout (TextBlock            *self,
             SchakelReportContext *context,
             double                width)
{
  g_autofree char *text = schakel_report_block_mark_text (&self->parent, context, 0, 0, self->text);

  return schakel_report_context_layout (context, self->font, text, width, PANGO_ALIGN_LEFT);
}

static void
text_measure (SchakelReportBlock   *block,
              SchakelReportContext *context,
              double                width,
              GArray               *heights,
              double               *head_height)
{
  g_autoptr(PangoLayout) layout = text_layout ((TextBlock *) block, context, width);
  double height = schakel_report_layout_height (layout);

  g_array_append_val (heights, height);
  *head_height = 0;
}

static void
text_draw (SchakelReportBlock   *block,
           SchakelReportContext *context,
           cairo_t              *cr,
           double                x,
           double                y,
           double                width,
           guint                 first,
           guint                 n)
{
  TextBlock *self = (TextBlock *) block;
  g_autoptr(PangoLayout) layout = text_layout (self, context, width);

  schakel_palette_set_source (cr, self->color, 1.0);
  schakel_report_draw_layout (cr, layout, x, y);
}

static void
text_finalize (SchakelReportBlock *block)
{
  g_free (((TextBlock *) block)->text);
}

static const SchakelReportBlockClass heading_class = {
  "heading", text_measure, text_draw, text_finalize,
};

static const SchakelReportBlockClass paragraph_class = {
  "paragraph", text_measure, text_draw, text_finalize,
};

/**
 * schakel_report_heading_new:
 * @level: 1 for a section (listed in the contents), 2 for a subsection
 * @text: the heading
 *
 * Returns: (transfer full): a heading that stays with what follows it
 */
SchakelReportBlock *
schakel_report_heading_new (guint       level,
                            const char *text)
{
  TextBlock *self = schakel_report_block_alloc (&heading_class, sizeof (TextBlock));

  g_return_val_if_fail (level == 1 || level == 2, NULL);

  self->parent.flags = SCHAKEL_REPORT_BLOCK_KEEP_WITH_NEXT;
  self->parent.space_before = level == 1 ? 18 : 12;
  self->parent.space_after = level == 1 ? 8 : 4;
  self->level = level;
  self->font = level == 1 ? SCHAKEL_REPORT_FONT_H1 : SCHAKEL_REPORT_FONT_H2;
  self->text = g_strdup (text);
  self->color = &schakel_report_color_accent;
  return &self->parent;
}

gboolean
schakel_report_block_is_heading (SchakelReportBlock *self)
{
  return self->klass == &heading_class;
}

const char *
schakel_report_heading_get_text (SchakelReportBlock *self)
{
  g_return_val_if_fail (schakel_report_block_is_heading (self), NULL);
  return ((TextBlock *) self)->text;
}

guint
schakel_report_heading_get_level (SchakelReportBlock *self)
{
  g_return_val_if_fail (schakel_report_block_is_heading (self), 0);
  return ((TextBlock *) self)->level;
}

/**
 * schakel_report_paragraph_new:
 * @font: the font, usually %SCHAKEL_REPORT_FONT_BODY
 * @text: plain text, wrapped at the width of the page
 *
 * Returns: (transfer full): a paragraph
 */
SchakelReportBlock *
schakel_report_paragraph_new (SchakelReportFont  font,
                              const char        *text)
{
  TextBlock *self = schakel_report_block_alloc (&paragraph_class, sizeof (TextBlock));

  self->parent.space_after = 6;
  self->font = font;
  self->text = g_strdup (text);
  self->color = font == SCHAKEL_REPORT_FONT_SMALL ? &schakel_report_color_muted : &schakel_report_color_text;
  return &self->parent;
}

/**
 * schakel_report_intro_new:
 * @text: plain text
 *
 * Returns: (transfer full): a paragraph that introduces the block after it
 *   and stays on its page
 */
SchakelReportBlock *
schakel_report_intro_new (const char *text)
{
  SchakelReportBlock *self = schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY, text);

  self->flags |= SCHAKEL_REPORT_BLOCK_KEEP_WITH_NEXT;
  return self;
}

/* The cover's title block: the title, a subtitle (the scope) and lines of
 * facts (peildatum, mode), under a thick accent rule. */

typedef struct
{
  SchakelReportBlock  parent;
  char               *title;
  char               *subtitle;
  char               *lines;
} TitleBlock;

#define TITLE_RULE_GAP 14.0

static void
title_layouts (TitleBlock           *self,
               SchakelReportContext *context,
               double                width,
               PangoLayout          *layouts[3])
{
  layouts[0] = schakel_report_context_layout (context, SCHAKEL_REPORT_FONT_TITLE, self->title, width, PANGO_ALIGN_LEFT);
  layouts[1] = schakel_report_context_layout (context, SCHAKEL_REPORT_FONT_H1, self->subtitle, width, PANGO_ALIGN_LEFT);
  layouts[2] = schakel_report_context_layout (context, SCHAKEL_REPORT_FONT_BODY, self->lines, width, PANGO_ALIGN_LEFT);
}

static void
title_measure (SchakelReportBlock   *block,
               SchakelReportContext *context,
               double                width,
               GArray               *heights,
               double               *head_height)
{
  PangoLayout *layouts[3];
  double height = 3 * TITLE_RULE_GAP;

  title_layouts ((TitleBlock *) block, context, width, layouts);
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      height += schakel_report_layout_height (layouts[i]);
      g_object_unref (layouts[i]);
    }
  g_array_append_val (heights, height);
  *head_height = 0;
}

static void
title_draw (SchakelReportBlock   *block,
            SchakelReportContext *context,
            cairo_t              *cr,
            double                x,
            double                y,
            double                width,
            guint                 first,
            guint                 n)
{
  PangoLayout *layouts[3];

  title_layouts ((TitleBlock *) block, context, width, layouts);
  schakel_palette_set_source (cr, &schakel_report_color_accent, 1.0);
  schakel_report_draw_rule (cr, x, y + 2, width * 0.25, 4.0);
  y += TITLE_RULE_GAP;
  for (guint i = 0; i < G_N_ELEMENTS (layouts); i++)
    {
      schakel_palette_set_source (cr, i == 0 ? &schakel_report_color_accent : &schakel_report_color_text, 1.0);
      schakel_report_draw_layout (cr, layouts[i], x, y);
      y += schakel_report_layout_height (layouts[i]) + (i == 1 ? TITLE_RULE_GAP : TITLE_RULE_GAP / 2);
      g_object_unref (layouts[i]);
    }
}

static void
title_finalize (SchakelReportBlock *block)
{
  TitleBlock *self = (TitleBlock *) block;

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->lines);
}

static const SchakelReportBlockClass title_class = {
  "title", title_measure, title_draw, title_finalize,
};

/**
 * schakel_report_title_new:
 * @title: the report's title
 * @subtitle: what it is about, e.g. the scope's name
 * @lines: facts, one per line
 *
 * Returns: (transfer full): the title block of a cover page
 */
SchakelReportBlock *
schakel_report_title_new (const char *title,
                          const char *subtitle,
                          const char *lines)
{
  TitleBlock *self = schakel_report_block_alloc (&title_class, sizeof (TitleBlock));

  self->parent.space_before = 120;
  self->parent.space_after = 36;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->lines = g_strdup (lines);
  return &self->parent;
}
