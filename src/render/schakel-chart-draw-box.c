/* schakel-chart-draw-box.c — box plots, one per series.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The boxes share one colour: they are groups on one scale, and a colour
 * per region would suggest a meaning the position already carries.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-chart-private.h"

/**
 * _schakel_chart_box_column:
 * @slot: the series index
 * @rect: (out): the column the box of @slot stands in, full plot height
 */
void
_schakel_chart_box_column (const SchakelChart       *self,
                           const SchakelChartLayout *layout,
                           guint                     slot,
                           SchakelRect              *rect)
{
  double slot_w = layout->plot.width / MAX (self->series->len, 1);
  double w = MIN (slot_w * 0.5, layout->font_size * 6);
  double cx = _schakel_chart_px (layout, slot);

  *rect = (SchakelRect) { cx - w / 2, layout->plot.y, w, layout->plot.height };
}

static void
draw_one_box (const SchakelChart       *self,
              cairo_t                  *cr,
              const SchakelChartLayout *layout,
              guint                     s,
              const SchakelColor       *color)
{
  SchakelChartSeries *series = _schakel_chart_series (self, s);
  const SchakelBoxStats *b = &series->box;
  double fs = layout->font_size;
  double lw = MAX (1.0, fs * 0.1);
  SchakelRect col;
  double cx, q1, q3;

  _schakel_chart_box_column (self, layout, s, &col);
  cx = col.x + col.width / 2;

  if (series->box_state != SCHAKEL_POINT_VISIBLE)
    {
      g_autofree char *text = NULL;

      if (series->box_state == SCHAKEL_POINT_SUPPRESSED)
        {
          /* Translators: in place of a box plot with too few values; %u is the minimum */
          text = g_strdup_printf (_("fewer than %u"), self->rules.min_group);
          /* A low hatched block: a box is hidden here, its size unknown. */
          cairo_rectangle (cr, col.x, col.y + col.height * 0.75, col.width, col.height * 0.25);
          _schakel_chart_fill_hatched (self, cr, color);
        }
      else
        text = g_strdup (_("no data"));
      _schakel_chart_draw_label_boxed (self, cr, text, fs * 0.85, cx, col.y + col.height * 0.875);
      return;
    }

  cairo_set_line_width (cr, lw);
  schakel_palette_set_source (cr, color, 1.0);
  /* Whiskers with caps. */
  cairo_move_to (cr, cx, _schakel_chart_py (layout, b->whisker_low));
  cairo_line_to (cr, cx, _schakel_chart_py (layout, b->q1));
  cairo_move_to (cr, cx, _schakel_chart_py (layout, b->q3));
  cairo_line_to (cr, cx, _schakel_chart_py (layout, b->whisker_high));
  cairo_move_to (cr, cx - col.width / 4, _schakel_chart_py (layout, b->whisker_low));
  cairo_rel_line_to (cr, col.width / 2, 0);
  cairo_move_to (cr, cx - col.width / 4, _schakel_chart_py (layout, b->whisker_high));
  cairo_rel_line_to (cr, col.width / 2, 0);
  cairo_stroke (cr);

  q1 = _schakel_chart_py (layout, b->q1);
  q3 = _schakel_chart_py (layout, b->q3);
  cairo_rectangle (cr, col.x, q3, col.width, MAX (q1 - q3, 1));
  schakel_palette_set_source (cr, color, 0.3);
  cairo_fill_preserve (cr);
  schakel_palette_set_source (cr, color, 1.0);
  cairo_stroke (cr);

  cairo_set_line_width (cr, lw * 2.5);
  cairo_move_to (cr, col.x, _schakel_chart_py (layout, b->median));
  cairo_rel_line_to (cr, col.width, 0);
  cairo_stroke (cr);

  cairo_set_line_width (cr, lw);
  for (guint i = 0; i < b->n_outliers; i++)
    {
      cairo_new_sub_path (cr);
      cairo_arc (cr, cx, _schakel_chart_py (layout, b->outliers[i]), fs * 0.22, 0, 2 * G_PI);
    }
  cairo_stroke (cr);
}

void
_schakel_chart_draw_box (const SchakelChart       *self,
                         cairo_t                  *cr,
                         const SchakelChartLayout *layout)
{
  SchakelColor color;

  _schakel_chart_draw_frame (self, cr, layout);
  schakel_palette_get_series (self->palette, 0, &color);
  for (guint s = 0; s < self->series->len; s++)
    if (_schakel_chart_series (self, s)->has_box)
      draw_one_box (self, cr, layout, s, &color);
}
