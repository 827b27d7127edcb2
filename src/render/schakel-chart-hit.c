/* schakel-chart-hit.c — what is under the pointer.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-chart-private.h"

typedef struct
{
  double   x;
  double   y;
  gboolean found;
  guint    series;
  guint    point;
} RectHit;

static gboolean
rect_contains (const SchakelRect *rect,
               double             x,
               double             y)
{
  return x >= rect->x && x < rect->x + rect->width && y >= rect->y && y < rect->y + rect->height;
}

static void
check_rect (const SchakelChart *self,
            guint               series,
            guint               point,
            const SchakelRect  *rect,
            gpointer            user_data)
{
  RectHit *hit = user_data;
  /* A bar of one pixel is hard to point at: give it some room. */
  SchakelRect grown = { rect->x, rect->y - 3, rect->width, rect->height + 6 };

  if (rect_contains (&grown, hit->x, hit->y))
    {
      hit->found = TRUE;
      hit->series = series;
      hit->point = point;
    }
}

/* The nearest point of any shown series within @radius, for lines and
 * curves. Stacked areas look up the band under the pointer instead. */
static gboolean
nearest_point (const SchakelChart       *self,
               const SchakelChartLayout *layout,
               double                    x,
               double                    y,
               double                    radius,
               guint                    *out_series,
               guint                    *out_point)
{
  double best = radius * radius;
  gboolean found = FALSE;

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      if (series->hidden)
        continue;
      for (guint i = 0; i < series->points->len; i++)
        {
          const SchakelChartPoint *p = &g_array_index (series->points, SchakelChartPoint, i);
          double h = _schakel_chart_point_height (self, layout, p);
          double dx, dy;

          if (!isfinite (h))
            continue;
          dx = _schakel_chart_px (layout, p->x) - x;
          /* A suppressed value is anywhere in its band from 0 to k. */
          if ((p->state == SCHAKEL_POINT_SUPPRESSED || p->state == SCHAKEL_POINT_HIDDEN) && y <= _schakel_chart_py (layout, 0) && y >= _schakel_chart_py (layout, h))
            dy = 0;
          else
            dy = _schakel_chart_py (layout, h) - y;
          if (dx * dx + dy * dy < best)
            {
              best = dx * dx + dy * dy;
              *out_series = s;
              *out_point = i;
              found = TRUE;
            }
        }
    }
  return found;
}

/* The point of @points nearest to @xv. */
static guint
nearest_x (const SchakelChartPoint *points,
           guint                    n,
           double                   xv)
{
  double best_dx = G_MAXDOUBLE;
  guint nearest = G_MAXUINT;

  for (guint i = 0; i < n; i++)
    {
      double dx = fabs (points[i].x - xv);

      if (dx < best_dx)
        best_dx = dx, nearest = i;
    }
  return nearest;
}

/* The band of the stack under the pointer: the series drawn in colour,
 * then "Other" with its hatched small counts, as draw_stacked_area()
 * stacks them. */
static gboolean
stacked_band (const SchakelChart       *self,
              const SchakelChartLayout *layout,
              double                    x,
              double                    y,
              guint                    *out_series,
              guint                    *out_point)
{
  double value = layout->y_min + (layout->plot.y + layout->plot.height - y) / layout->plot.height
                                 * (layout->y_max - layout->y_min);
  double base = 0;
  double xv = layout->x_min + (x - layout->plot.x) / layout->plot.width * (layout->x_max - layout->x_min);
  const SchakelChartSeries *other = layout->fold.other;

  for (guint s = 0; s <= self->series->len; s++)
    {
      gboolean is_other = s == self->series->len;
      const SchakelChartSeries *series = is_other ? other : _schakel_chart_series (self, s);
      guint nearest;
      double h;

      if (series == NULL || (!is_other && (series->hidden || layout->fold.styles[s].folded)))
        continue;
      nearest = nearest_x ((const SchakelChartPoint *) (gpointer) series->points->data, series->points->len, xv);
      if (nearest == G_MAXUINT)
        continue;
      h = _schakel_chart_point_height (self, layout, &g_array_index (series->points, SchakelChartPoint, nearest));
      if (!isfinite (h))
        return FALSE;
      if (is_other)
        h = MAX (h, 0) + g_array_index (layout->fold.other_small, guint, nearest) * _schakel_chart_small_value (self);
      if (value >= base && value <= base + h)
        {
          *out_series = is_other ? SCHAKEL_CHART_SERIES_OTHER : s;
          *out_point = nearest;
          return TRUE;
        }
      base += MAX (h, 0);
    }
  return FALSE;
}

/* The hover text of a point of "Other": its sum, the small counts in it,
 * and what it holds. */
static char *
other_label (const SchakelChart       *self,
             const SchakelChartLayout *layout,
             guint                     i)
{
  const SchakelChartPoint *p = &g_array_index (layout->fold.other->points, SchakelChartPoint, i);
  guint small = g_array_index (layout->fold.other_small, guint, i);
  g_autofree char *x = _schakel_chart_format_x (self, p->x);
  g_autofree char *value = _schakel_chart_format_point (self, p);
  g_autofree char *names = _schakel_chart_other_names (self, &layout->fold);

  if (p->state == SCHAKEL_POINT_MISSING)
    {
      g_free (value);
      value = g_strdup (_("no data"));
    }
  if (small > 0)
    {
      char *sum = value;

      /* Translators: the sum of the shown values, then how many more are hidden as e.g. "<5" */
      value = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s and %u value shown as %s",
                                            "%s and %u values shown as %s", small),
                               sum, small, self->small_label);
      g_free (sum);
    }
  /* Translators: hover text on the band of the smallest series together:
   * "Other", the date, the value, then the names of the series in it */
  return g_strdup_printf (_("%s, %s: %s (%s)"), _schakel_chart_series_label (self, SCHAKEL_CHART_SERIES_OTHER),
                          x, value, names);
}

static char *
point_label (const SchakelChart *self,
             guint               s,
             guint               i)
{
  SchakelChartSeries *series = _schakel_chart_series (self, s);
  const SchakelChartPoint *p = &g_array_index (series->points, SchakelChartPoint, i);
  g_autofree char *x = _schakel_chart_format_x (self, p->x);
  g_autofree char *value = NULL;

  if (p->state == SCHAKEL_POINT_MISSING)
    value = g_strdup (_("no data"));
  else
    value = _schakel_chart_format_point (self, p);
  if (self->kind == SCHAKEL_CHART_KM)
    {
      g_autofree char *days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day", "%s days", (gulong) p->x), x);

      /* Translators: hover text on a curve: series, time, share */
      return g_strdup_printf (_("%s, %s: %s"), series->name, days, value);
    }
  if (self->kind == SCHAKEL_CHART_FLOW_MATRIX)
    /* Translators: hover text on a flow: from, to, count */
    return g_strdup_printf (_("%s → %s: %s"), series->name, x, value);
  /* Translators: hover text on a point or bar: series, x, value */
  return g_strdup_printf (_("%s, %s: %s"), series->name, x, value);
}

static char *
box_label (const SchakelChart *self,
           guint               s)
{
  SchakelChartSeries *series = _schakel_chart_series (self, s);
  g_autofree char *median = NULL, *q1 = NULL, *q3 = NULL;
  g_autofree char *n = schakel_format_count (series->box.n);

  if (series->box_state != SCHAKEL_POINT_VISIBLE)
    return g_strdup (series->name);
  median = schakel_value_format (self->value_format, series->box.median);
  q1 = schakel_value_format (self->value_format, series->box.q1);
  q3 = schakel_value_format (self->value_format, series->box.q3);
  /* Translators: hover text on a box plot: group, median, quartiles, count */
  return g_strdup_printf (_("%s: median %s, middle half %s to %s (n = %s)"), series->name, median, q1, q3, n);
}

/**
 * schakel_chart_hit_test:
 * @self: a chart
 * @width: the size it is drawn at
 * @height: its height
 * @x: pointer position, in the same units
 * @y: pointer position
 * @hit: (out caller-allocates): what is there; clear with schakel_chart_hit_clear()
 *
 * Finds the legend entry, bar, box, cell or nearest point at (@x, @y),
 * with a ready tooltip text. The layout is measured with the default
 * font options, as an image surface would draw it.
 *
 * Returns: whether anything is there
 */
gboolean
schakel_chart_hit_test (const SchakelChart *self,
                        double              width,
                        double              height,
                        double              x,
                        double              y,
                        SchakelChartHit    *hit)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  SchakelChartLayout layout;
  RectHit rect_hit = { x, y, FALSE, 0, 0 };
  guint s = 0, i = 0;
  gboolean found = FALSE;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  memset (hit, 0, sizeof *hit);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (surface);
  _schakel_chart_layout (self, cr, width, height, &layout);

  for (guint l = 0; l < layout.legend->len; l++)
    {
      const SchakelLegendEntry *entry = &g_array_index (layout.legend, SchakelLegendEntry, l);

      if (entry->series != SCHAKEL_LEGEND_NOTE && rect_contains (&entry->rect, x, y))
        {
          hit->kind = SCHAKEL_CHART_HIT_LEGEND;
          hit->series = entry->series;
          if (entry->series == SCHAKEL_CHART_SERIES_OTHER)
            {
              g_autofree char *names = _schakel_chart_other_names (self, &layout.fold);

              /* Translators: tooltip of the legend entry "Other": the series it holds */
              hit->label = g_strdup_printf (_("Other: %s"), names);
            }
          else
            hit->label = g_strdup (_schakel_chart_series (self, entry->series)->name);
          goto out;
        }
    }

  switch (self->kind)
    {
    case SCHAKEL_CHART_BARS:
    case SCHAKEL_CHART_STACKED_BARS:
    case SCHAKEL_CHART_HISTOGRAM:
      _schakel_chart_foreach_bar (self, &layout, check_rect, &rect_hit);
      found = rect_hit.found, s = rect_hit.series, i = rect_hit.point;
      break;
    case SCHAKEL_CHART_FLOW_MATRIX:
      _schakel_chart_foreach_cell (self, &layout, check_rect, &rect_hit);
      found = rect_hit.found, s = rect_hit.series, i = rect_hit.point;
      break;
    case SCHAKEL_CHART_BOX:
      for (guint b = 0; b < self->series->len; b++)
        {
          SchakelRect col;

          _schakel_chart_box_column (self, &layout, b, &col);
          if (rect_contains (&col, x, y))
            {
              hit->kind = SCHAKEL_CHART_HIT_POINT;
              hit->series = b;
              hit->label = box_label (self, b);
              goto out;
            }
        }
      break;
    case SCHAKEL_CHART_STACKED_AREA:
      if (rect_contains (&layout.plot, x, y))
        found = stacked_band (self, &layout, x, y, &s, &i);
      break;
    case SCHAKEL_CHART_LINE:
    case SCHAKEL_CHART_STEP:
    case SCHAKEL_CHART_KM:
    default:
      found = nearest_point (self, &layout, x, y, layout.font_size * 1.5, &s, &i);
      break;
    }
  if (found)
    {
      hit->kind = SCHAKEL_CHART_HIT_POINT;
      hit->series = s;
      hit->point = i;
      hit->label = s == SCHAKEL_CHART_SERIES_OTHER ? other_label (self, &layout, i) : point_label (self, s, i);
    }

out:
  _schakel_chart_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return hit->kind != SCHAKEL_CHART_HIT_NONE;
}
