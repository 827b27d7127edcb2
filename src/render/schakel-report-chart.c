/* schakel-report-chart.c — a chart as a block of a report page: drawn
 * with the light palette in the report's font across the width of the
 * text, the caption below; one unit, never split over two pages.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-report-chart.h"
#include "schakel-report-style.h"

#define CAPTION_GAP 4.0

typedef struct
{
  SchakelReportBlock  parent;
  SchakelChart       *chart;
  double              aspect;  /* height over width */
  char               *caption;
} ChartBlock;

/* The caption ends in the marks of the chart's footnotes. */
static PangoLayout *
caption_layout (ChartBlock           *self,
                SchakelReportContext *context,
                double                width)
{
  g_autofree char *caption = schakel_report_block_mark_text (&self->parent, context, 0, 0, self->caption);

  return schakel_report_context_layout (context, SCHAKEL_REPORT_FONT_SMALL, caption, width, PANGO_ALIGN_LEFT);
}

static void
chart_measure (SchakelReportBlock   *block,
               SchakelReportContext *context,
               double                width,
               GArray               *heights,
               double               *head_height)
{
  ChartBlock *self = (ChartBlock *) block;
  double height = width * self->aspect;

  if (self->caption != NULL || block->footnotes != NULL)
    {
      g_autoptr(PangoLayout) caption = caption_layout (self, context, width);

      height += CAPTION_GAP + schakel_report_layout_height (caption);
    }
  g_array_append_val (heights, height);
  *head_height = 0;
}

static void
chart_draw (SchakelReportBlock   *block,
            SchakelReportContext *context,
            cairo_t              *cr,
            double                x,
            double                y,
            double                width,
            guint                 first,
            guint                 n)
{
  ChartBlock *self = (ChartBlock *) block;
  double height = width * self->aspect;

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  schakel_chart_draw (self->chart, cr, width, height);
  cairo_restore (cr);

  if (self->caption != NULL || block->footnotes != NULL)
    {
      g_autoptr(PangoLayout) caption = caption_layout (self, context, width);

      schakel_palette_set_source (cr, &schakel_report_color_muted, 1.0);
      schakel_report_draw_layout (cr, caption, x, y + height + CAPTION_GAP);
    }
}

static void
chart_finalize (SchakelReportBlock *block)
{
  ChartBlock *self = (ChartBlock *) block;

  g_clear_pointer (&self->chart, schakel_chart_unref);
  g_free (self->caption);
}

static const SchakelReportBlockClass chart_class = {
  "chart", chart_measure, chart_draw, chart_finalize,
};

/**
 * schakel_report_chart_new:
 * @chart: the chart; the block takes a reference and sets its palette and
 *   font to the report's
 * @aspect: the chart's height as a fraction of its width
 * @caption: (nullable): a line below the chart: what it shows and from
 *   which data
 *
 * Returns: (transfer full): a block that is never split over two pages
 */
SchakelReportBlock *
schakel_report_chart_new (SchakelChart *chart,
                          double        aspect,
                          const char   *caption)
{
  ChartBlock *self;

  g_return_val_if_fail (chart != NULL && aspect > 0, NULL);

  self = schakel_report_block_alloc (&chart_class, sizeof (ChartBlock));
  self->parent.space_before = 8;
  self->parent.space_after = 10;
  self->chart = schakel_chart_ref (chart);
  schakel_chart_set_palette (chart, SCHAKEL_PALETTE_LIGHT);
  schakel_chart_set_font_family (chart, SCHAKEL_REPORT_FONT_FAMILY);
  self->aspect = aspect;
  self->caption = g_strdup (caption);
  return &self->parent;
}
