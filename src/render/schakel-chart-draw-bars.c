/* schakel-chart-draw-bars.c — grouped and stacked bars, histograms.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A suppressed count is drawn as a hatched bar up to k with `<k` over it:
 * an empty slot would read as zero.
 */

#include "config.h"

#include <math.h>

#include "schakel-chart-private.h"

/* Value labels over the bars only when there are few enough to read. */
#define MAX_LABELLED_BARS 24

/**
 * _schakel_chart_foreach_bar:
 *
 * Calls @func with the rectangle of every bar of a shown series, in
 * drawing order. Missing values have no bar.
 */
void
_schakel_chart_foreach_bar (const SchakelChart       *self,
                            const SchakelChartLayout *layout,
                            SchakelChartRectFunc      func,
                            gpointer                  user_data)
{
  gboolean stacked = self->kind != SCHAKEL_CHART_BARS;
  gboolean histogram = self->kind == SCHAKEL_CHART_HISTOGRAM;
  guint n_shown = MAX (_schakel_chart_n_shown (self), 1);
  double group_w = histogram ? layout->slot : layout->slot * 0.8;
  double bar_w = stacked ? group_w : group_w / n_shown;
  g_autoptr(GHashTable) stack = g_hash_table_new_full (g_double_hash, g_double_equal, g_free, g_free);
  guint k = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      if (series->hidden)
        continue;
      for (guint i = 0; i < series->points->len; i++)
        {
          const SchakelChartPoint *point = &g_array_index (series->points, SchakelChartPoint, i);
          double h = _schakel_chart_point_height (self, layout, point);
          double left, base = 0, *sum;
          double y0, y1, x0, x1;
          SchakelRect rect;

          if (!isfinite (h))
            continue;
          if (histogram)
            left = point->x;
          else
            left = point->x - group_w / 2 + (stacked ? 0 : k * bar_w);
          if (stacked)
            {
              sum = g_hash_table_lookup (stack, &point->x);
              if (sum == NULL)
                {
                  sum = g_new0 (double, 1);
                  g_hash_table_insert (stack, g_memdup2 (&point->x, sizeof (double)), sum);
                }
              base = *sum;
              *sum += MAX (h, 0);
            }
          x0 = _schakel_chart_px (layout, left);
          x1 = _schakel_chart_px (layout, left + bar_w);
          y0 = _schakel_chart_py (layout, base);
          y1 = _schakel_chart_py (layout, base + h);
          /* A hair of space between touching bars. */
          rect = (SchakelRect) { x0 + (histogram ? 0.5 : 0), MIN (y0, y1),
                                 MAX (x1 - x0 - (histogram || !stacked ? 1 : 0), 1), fabs (y1 - y0) };
          func (self, s, i, &rect, user_data);
        }
      k++;
    }
}

typedef struct
{
  cairo_t                  *cr;
  const SchakelChartLayout *layout;
  gboolean                  labels;
  gboolean                  on_top;  /* nothing stacked on a bar */
  guint                     n_bars;
} BarDraw;

static void
count_bar (const SchakelChart *self,
           guint               series,
           guint               point,
           const SchakelRect  *rect,
           gpointer            user_data)
{
  ((BarDraw *) user_data)->n_bars++;
}

static void
draw_bar (const SchakelChart *self,
          guint               series,
          guint               point,
          const SchakelRect  *rect,
          gpointer            user_data)
{
  BarDraw *draw = user_data;
  cairo_t *cr = draw->cr;
  const SchakelChartPoint *p = _schakel_chart_point (self, series, point);
  gboolean suppressed = p->state == SCHAKEL_POINT_SUPPRESSED || p->state == SCHAKEL_POINT_HIDDEN;
  double fs = draw->layout->font_size;
  SchakelColor color = _schakel_chart_style (draw->layout, series)->color;

  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  if (suppressed)
    _schakel_chart_fill_hatched (self, cr, &color);
  else
    {
      schakel_palette_set_source (cr, &color, 1.0);
      cairo_fill (cr);
    }

  /* Values over single bars when there are few; `<k` and `x` always,
   * over the bar when nothing is stacked on it, else inside if it fits. */
  if ((draw->labels && draw->on_top) || suppressed)
    {
      g_autofree char *text = _schakel_chart_format_point (self, p);
      g_autoptr(PangoLayout) pl = _schakel_chart_text (self, cr, text, fs * 0.85, FALSE);
      double tw, th;

      _schakel_chart_text_size (pl, &tw, &th);
      if (tw > rect->width + fs * 0.2)
        return;
      if (draw->on_top)
        _schakel_chart_draw_label (self, cr, text, fs * 0.85, rect->x + rect->width / 2, rect->y - fs * 0.15, 0.5, 1, 0.85);
      else if (rect->height > th)
        _schakel_chart_draw_label (self, cr, text, fs * 0.85, rect->x + rect->width / 2,
                                   rect->y + rect->height / 2, 0.5, 0.5, 1.0);
    }
}

void
_schakel_chart_draw_bars (const SchakelChart       *self,
                          cairo_t                  *cr,
                          const SchakelChartLayout *layout)
{
  BarDraw draw = { cr, layout, FALSE, FALSE, 0 };

  _schakel_chart_draw_frame (self, cr, layout);
  _schakel_chart_foreach_bar (self, layout, count_bar, &draw);
  draw.labels = draw.n_bars <= MAX_LABELLED_BARS;
  draw.on_top = self->kind == SCHAKEL_CHART_BARS || _schakel_chart_n_shown (self) == 1;
  cairo_save (cr);
  cairo_rectangle (cr, 0, layout->plot.y - layout->font_size * 1.5, layout->width,
                   layout->plot.height + layout->font_size * 1.5 + 1);
  cairo_clip (cr);
  _schakel_chart_foreach_bar (self, layout, draw_bar, &draw);
  cairo_restore (cr);
}
