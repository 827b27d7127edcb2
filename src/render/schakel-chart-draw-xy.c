/* schakel-chart-draw-xy.c — line, step and stacked area charts.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A missing value breaks the line. A suppressed value breaks it too and
 * leaves a hatched band from zero to k in its place: the count lies
 * somewhere in there, and the chart must not pretend to know where.
 */

#include "config.h"

#include <math.h>

#include "schakel-chart-private.h"

#define STROKE_CHUNK 64

/* The x interval a point stands for: halfway to its neighbours. */
static void
point_span (const SchakelChartPoint *points,
            guint                    n,
            guint                    i,
            double                  *from,
            double                  *to)
{
  double left = i > 0 ? (points[i].x - points[i - 1].x) / 2 : NAN;
  double right = i + 1 < n ? (points[i + 1].x - points[i].x) / 2 : NAN;

  if (isnan (left))
    left = isnan (right) ? 0.5 : right;
  if (isnan (right))
    right = left;
  *from = points[i].x - left;
  *to = points[i].x + right;
}

static void
draw_suppressed_runs (const SchakelChart       *self,
                      cairo_t                  *cr,
                      const SchakelChartLayout *layout,
                      const SchakelChartPoint  *points,
                      guint                     n,
                      const SchakelColor       *color)
{
  double base = _schakel_chart_py (layout, MAX (layout->y_min, 0));

  for (guint i = 0; i < n; i++)
    {
      double from, to, unused, top;
      g_autofree char *label = NULL;
      g_autoptr(PangoLayout) pl = NULL;
      double tw;
      guint j = i;

      if (points[i].state != SCHAKEL_POINT_SUPPRESSED && points[i].state != SCHAKEL_POINT_HIDDEN)
        continue;
      while (j + 1 < n && points[j + 1].state == points[i].state)
        j++;
      point_span (points, n, i, &from, &unused);
      point_span (points, n, j, &unused, &to);
      from = MAX (_schakel_chart_px (layout, from), layout->plot.x);
      to = MIN (_schakel_chart_px (layout, to), layout->plot.x + layout->plot.width);
      top = _schakel_chart_py (layout, _schakel_chart_point_height (self, layout, &points[i]));
      cairo_rectangle (cr, from, top, MAX (to - from, 1), base - top);
      _schakel_chart_fill_hatched (self, cr, color);

      /* Say what the hatching means where there is room. */
      label = _schakel_chart_format_point (self, &points[i]);
      pl = _schakel_chart_text (self, cr, label, layout->font_size * 0.85, FALSE);
      _schakel_chart_text_size (pl, &tw, NULL);
      if (tw < to - from)
        _schakel_chart_draw_label (self, cr, label, layout->font_size * 0.85, (from + to) / 2,
                                   top - layout->font_size * 0.15, 0.5, 1, 0.8);
      i = j;
    }
}

/* Strokes the line through the visible points, in pieces: Cairo
 * tessellates a stroked path as one polygon, which gets slow when a long
 * line crosses itself thousands of times. Short pieces with round caps
 * look the same and draw many times faster; the dash pattern carries on
 * from one piece to the next. */
static void
stroke_line (const SchakelChart       *self,
             cairo_t                  *cr,
             const SchakelChartLayout *layout,
             const SchakelChartPoint  *points,
             guint                     n,
             double                    lw,
             guint                     dash)
{
  gboolean step = self->kind == SCHAKEL_CHART_STEP;
  gboolean pen_down = FALSE;
  double last_px = 0, last_py = 0, length = 0;
  guint in_piece = 0;

  /* Round joins where one can see them; where points are closer than a
   * pixel or two nobody can, and they cost a polygon each. */
  cairo_set_line_join (cr, n > layout->plot.width / 2 ? CAIRO_LINE_JOIN_BEVEL : CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n; i++)
    {
      double px, py;

      if (points[i].state != SCHAKEL_POINT_VISIBLE)
        {
          pen_down = FALSE;
          continue;
        }
      px = _schakel_chart_px (layout, points[i].x);
      py = _schakel_chart_py (layout, points[i].y);
      if (!pen_down)
        cairo_move_to (cr, px, py);
      else if (step)
        {
          cairo_line_to (cr, px, last_py);
          cairo_line_to (cr, px, py);
          length += fabs (px - last_px) + fabs (py - last_py);
        }
      else
        {
          cairo_line_to (cr, px, py);
          length += hypot (px - last_px, py - last_py);
        }
      pen_down = TRUE;
      last_px = px;
      last_py = py;
      if (++in_piece == STROKE_CHUNK)
        {
          cairo_stroke (cr);
          _schakel_chart_set_dash (cr, dash, lw, length);
          cairo_move_to (cr, px, py);
          in_piece = 0;
        }
    }
  cairo_stroke (cr);
}

static void
draw_series_line (const SchakelChart       *self,
                  cairo_t                  *cr,
                  const SchakelChartLayout *layout,
                  guint                     s,
                  double                    col_w)
{
  SchakelChartSeries *series = _schakel_chart_series (self, s);
  const SchakelSeriesStyle *style = _schakel_chart_style (layout, s);
  g_autofree SchakelChartPoint *copy = NULL;
  const SchakelChartPoint *points = _schakel_chart_sorted_points (series, &copy);
  guint n = series->points->len;
  double lw = MAX (1.5, layout->font_size * 0.17);

  /* Series beyond those that can be told apart: thin grey lines behind. */
  if (style->folded)
    lw *= 0.6;
  draw_suppressed_runs (self, cr, layout, points, n, &style->color);

  cairo_save (cr);
  schakel_palette_set_source (cr, &style->color, style->folded ? 0.7 : 1.0);
  cairo_set_line_width (cr, lw);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  _schakel_chart_set_dash (cr, style->dash, lw, 0);
  if (!self->exact_lines && _schakel_chart_line_is_dense (cr, layout, n, col_w))
    _schakel_chart_fill_spans (cr, layout, points, n, self->kind == SCHAKEL_CHART_STEP, lw, style->dash,
                               &style->color, style->folded ? 0.7 : 1.0, col_w);
  else
    stroke_line (self, cr, layout, points, n, lw, style->dash);

  /* A value between two gaps would vanish as a line of no length. */
  for (guint i = 0; i < n; i++)
    if (points[i].state == SCHAKEL_POINT_VISIBLE
        && (i == 0 || points[i - 1].state != SCHAKEL_POINT_VISIBLE)
        && (i + 1 == n || points[i + 1].state != SCHAKEL_POINT_VISIBLE))
      {
        cairo_new_sub_path (cr);
        cairo_arc (cr, _schakel_chart_px (layout, points[i].x), _schakel_chart_py (layout, points[i].y),
                   lw * 1.2, 0, 2 * G_PI);
      }
  cairo_fill (cr);
  cairo_restore (cr);
}

typedef struct
{
  double            x;
  double            base;   /* NAN when a series below is missing here */
  double            top;
  SchakelPointState state;
} StackColumn;

static guint
find_x (const GArray *xs,
        double        x)
{
  guint lo = 0, hi = xs->len;

  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (xs, double, mid) < x)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* Fills one band of the stack between each column's base and top: solid
 * between visible values, hatched where either end is suppressed,
 * nothing where one is missing. */
static void
fill_band (const SchakelChart       *self,
           cairo_t                  *cr,
           const SchakelChartLayout *layout,
           const StackColumn        *cols,
           guint                     n,
           const SchakelColor       *color)
{
  SchakelColor bg;

  for (int pass = 0; pass < 2; pass++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i + 1 < n; i++)
        {
          const StackColumn *a = &cols[i], *b = &cols[i + 1];
          gboolean hatched = a->state == SCHAKEL_POINT_SUPPRESSED || b->state == SCHAKEL_POINT_SUPPRESSED;

          if (!isfinite (a->top) || !isfinite (b->top) || hatched != (pass == 1))
            continue;
          cairo_move_to (cr, _schakel_chart_px (layout, a->x), _schakel_chart_py (layout, a->base));
          cairo_line_to (cr, _schakel_chart_px (layout, a->x), _schakel_chart_py (layout, a->top));
          cairo_line_to (cr, _schakel_chart_px (layout, b->x), _schakel_chart_py (layout, b->top));
          cairo_line_to (cr, _schakel_chart_px (layout, b->x), _schakel_chart_py (layout, b->base));
          cairo_close_path (cr);
          any = TRUE;
        }
      if (!any)
        continue;
      if (pass == 0)
        {
          schakel_palette_set_source (cr, color, 0.85);
          cairo_fill (cr);
        }
      else
        _schakel_chart_fill_hatched (self, cr, color);
    }

  /* A thin edge in the background colour keeps the bands apart. */
  _schakel_chart_background (self, &bg);
  schakel_palette_set_source (cr, &bg, 0.9);
  cairo_set_line_width (cr, 1.0);
  for (guint i = 0; i + 1 < n; i++)
    if (isfinite (cols[i].top) && isfinite (cols[i + 1].top))
      {
        cairo_move_to (cr, _schakel_chart_px (layout, cols[i].x), _schakel_chart_py (layout, cols[i].top));
        cairo_line_to (cr, _schakel_chart_px (layout, cols[i + 1].x), _schakel_chart_py (layout, cols[i + 1].top));
      }
  cairo_stroke (cr);
}

/* Puts @points on the stack, on top of @base, and raises @base to their
 * tops; above a missing value the stack has no floor. With @small (the
 * "Other" band), each point's small counts follow as a hatched band of
 * k each, the most they can be. */
static void
stack_points (const SchakelChart       *self,
              cairo_t                  *cr,
              const SchakelChartLayout *layout,
              const GArray             *xs,
              double                   *base,
              StackColumn              *cols,
              const SchakelChartPoint  *points,
              guint                     n_points,
              const guint              *small,
              const SchakelColor       *color)
{
  guint n = xs->len;
  gboolean any_small = FALSE;

  for (guint i = 0; i < n; i++)
    cols[i] = (StackColumn) { g_array_index (xs, double, i), base[i], NAN, SCHAKEL_POINT_MISSING };
  for (guint i = 0; i < n_points; i++)
    {
      StackColumn *col = &cols[find_x (xs, points[i].x)];

      col->state = points[i].state;
      col->top = col->base + MAX (_schakel_chart_point_height (self, layout, &points[i]), 0);
    }
  fill_band (self, cr, layout, cols, n, color);
  for (guint i = 0; i < n; i++)
    base[i] = cols[i].top;

  for (guint i = 0; small != NULL && i < n; i++)
    cols[i] = (StackColumn) { cols[i].x, base[i], base[i], SCHAKEL_POINT_VISIBLE };
  for (guint i = 0; small != NULL && i < n_points; i++)
    if (small[i] > 0)
      {
        StackColumn *col = &cols[find_x (xs, points[i].x)];

        col->state = SCHAKEL_POINT_SUPPRESSED;
        col->top = col->base + small[i] * _schakel_chart_small_value (self);
        any_small = TRUE;
      }
  if (!any_small)
    return;
  fill_band (self, cr, layout, cols, n, color);
  for (guint i = 0; i < n; i++)
    base[i] = cols[i].top;
}

static void
draw_stacked_area (const SchakelChart       *self,
                   cairo_t                  *cr,
                   const SchakelChartLayout *layout)
{
  g_autoptr(GArray) xs = _schakel_chart_distinct_xs (self, TRUE);
  guint n = xs->len;
  g_autofree double *base = g_new0 (double, MAX (n, 1));
  g_autofree StackColumn *cols = g_new0 (StackColumn, MAX (n, 1));
  const SchakelChartSeries *other = layout->fold.other;

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);
      const SchakelSeriesStyle *style = _schakel_chart_style (layout, s);

      if (series->hidden || style->folded)
        continue;
      stack_points (self, cr, layout, xs, base, cols, (const SchakelChartPoint *) (gpointer) series->points->data,
                    series->points->len, NULL, &style->color);
    }
  if (other != NULL)
    stack_points (self, cr, layout, xs, base, cols, (const SchakelChartPoint *) (gpointer) other->points->data,
                  other->points->len, (const guint *) (gpointer) layout->fold.other_small->data,
                  &layout->fold.other_style.color);
}

void
_schakel_chart_draw_xy (const SchakelChart       *self,
                        cairo_t                  *cr,
                        const SchakelChartLayout *layout)
{
  double col_w = _schakel_chart_column_width (cr);

  _schakel_chart_draw_frame (self, cr, layout);
  _schakel_chart_clip_plot (cr, layout);
  if (self->kind == SCHAKEL_CHART_STACKED_AREA)
    draw_stacked_area (self, cr, layout);
  else
    /* Grey lines of the series folded into "Other" go behind the rest. */
    for (int folded = 1; folded >= 0; folded--)
      for (guint s = 0; s < self->series->len; s++)
        if (_schakel_chart_series_shown (self, s) && _schakel_chart_style (layout, s)->folded == folded)
          draw_series_line (self, cr, layout, s, col_w);
  cairo_restore (cr);
}
