/* schakel-report-contents.c — the table of contents: one line per section,
 * its page number on the right.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-report-contents-private.h"
#include "schakel-report-style.h"

#define ENTRY_GAP 5.0
#define PAGE_COLUMN 40.0

typedef struct
{
  char  *text;
  guint  block;
  guint  page;  /* from 1; 0 until known */
} Entry;

typedef struct
{
  SchakelReportBlock  parent;
  GArray             *entries;  /* of Entry */
} Contents;

static PangoLayout *
entry_layout (SchakelReportContext *context,
              const Entry          *entry,
              double                width)
{
  return schakel_report_context_layout (context, SCHAKEL_REPORT_FONT_BODY, entry->text,
                                        width - PAGE_COLUMN, PANGO_ALIGN_LEFT);
}

static PangoLayout *
title_layout (SchakelReportContext *context,
              double                width)
{
  return schakel_report_context_layout (context, SCHAKEL_REPORT_FONT_H2, _("Contents"), width, PANGO_ALIGN_LEFT);
}

static void
contents_measure (SchakelReportBlock   *block,
                  SchakelReportContext *context,
                  double                width,
                  GArray               *heights,
                  double               *head_height)
{
  Contents *self = (Contents *) block;
  g_autoptr(PangoLayout) title = title_layout (context, width);

  *head_height = schakel_report_layout_height (title) + 2 * ENTRY_GAP;
  for (guint i = 0; i < self->entries->len; i++)
    {
      g_autoptr(PangoLayout) layout = entry_layout (context, &g_array_index (self->entries, Entry, i), width);
      double height = schakel_report_layout_height (layout) + ENTRY_GAP;

      g_array_append_val (heights, height);
    }
}

static void
contents_draw (SchakelReportBlock   *block,
               SchakelReportContext *context,
               cairo_t              *cr,
               double                x,
               double                y,
               double                width,
               guint                 first,
               guint                 n)
{
  Contents *self = (Contents *) block;
  g_autoptr(PangoLayout) title = title_layout (context, width);

  schakel_palette_set_source (cr, &schakel_report_color_accent, 1.0);
  schakel_report_draw_layout (cr, title, x, y);
  y += schakel_report_layout_height (title) + ENTRY_GAP;
  schakel_palette_set_source (cr, &schakel_report_color_rule, 1.0);
  schakel_report_draw_rule (cr, x, y, width, 0.5);
  y += ENTRY_GAP;

  for (guint i = first; i < first + n; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      g_autoptr(PangoLayout) layout = entry_layout (context, entry, width);
      g_autofree char *number = entry->page > 0 ? g_strdup_printf ("%u", entry->page) : g_strdup ("");
      g_autoptr(PangoLayout) page = schakel_report_context_layout (context, SCHAKEL_REPORT_FONT_BODY, number,
                                                                   PAGE_COLUMN, PANGO_ALIGN_RIGHT);

      schakel_palette_set_source (cr, &schakel_report_color_text, 1.0);
      schakel_report_draw_layout (cr, layout, x, y);
      schakel_report_draw_layout (cr, page, x + width - PAGE_COLUMN, y);
      y += schakel_report_layout_height (layout) + ENTRY_GAP;
    }
}

static void
contents_finalize (SchakelReportBlock *block)
{
  g_array_unref (((Contents *) block)->entries);
}

static const SchakelReportBlockClass contents_class = {
  "contents", contents_measure, contents_draw, contents_finalize,
};

static void
entry_clear (gpointer data)
{
  g_free (((Entry *) data)->text);
}

SchakelReportBlock *
schakel_report_contents_new (void)
{
  Contents *self = schakel_report_block_alloc (&contents_class, sizeof (Contents));

  self->parent.space_after = 18;
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  return &self->parent;
}

void
schakel_report_contents_clear (SchakelReportBlock *self)
{
  g_array_set_size (((Contents *) self)->entries, 0);
}

void
schakel_report_contents_add (SchakelReportBlock *self,
                             const char         *text,
                             guint               block)
{
  Entry entry = { g_strdup (text), block, 0 };

  g_array_append_val (((Contents *) self)->entries, entry);
}

guint
schakel_report_contents_get_n_entries (SchakelReportBlock *self)
{
  return ((Contents *) self)->entries->len;
}

guint
schakel_report_contents_get_block (SchakelReportBlock *self,
                                   guint               entry)
{
  return g_array_index (((Contents *) self)->entries, Entry, entry).block;
}

void
schakel_report_contents_set_page (SchakelReportBlock *self,
                                  guint               entry,
                                  guint               page)
{
  g_array_index (((Contents *) self)->entries, Entry, entry).page = page;
}
