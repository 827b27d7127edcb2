/* schakel-sparkline.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A sparkline has no axes: it only shows the shape of the trend and where
 * it ends. The last value gets a dot; a missing value breaks the line,
 * because drawing across it would invent a figure nobody measured.
 */

#include "config.h"

#include <math.h>

#include "schakel-sparkline.h"

#define LINE_WIDTH 1.5
#define DOT_RADIUS 2.5

static gboolean
is_present (const double   *values,
            const gboolean *present,
            guint           i)
{
  return (present == NULL || present[i]) && isfinite (values[i]);
}

/**
 * schakel_sparkline_draw:
 * @cr: where to draw
 * @width: width of the area, in user units
 * @height: its height
 * @values: (array length=n): the values, oldest first
 * @present: (array length=n) (nullable): which values exist; %NULL when all do
 * @n: number of values
 * @color: the line colour
 *
 * Draws a small line through @values from the left to the right edge of
 * the area, scaled to their own minimum and maximum, with gaps where a
 * value is missing and a dot on the last value present. A value standing
 * alone between gaps is drawn as a small dot so that it is not lost.
 */
void
schakel_sparkline_draw (cairo_t            *cr,
                        double              width,
                        double              height,
                        const double       *values,
                        const gboolean     *present,
                        guint               n,
                        const SchakelColor *color)
{
  double lo = INFINITY, hi = -INFINITY;
  double inset = DOT_RADIUS + 0.5;
  double plot_h = height - 2 * inset;
  double plot_w = width - 2 * inset;
  guint last = G_MAXUINT;
  gboolean pen_down = FALSE;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (values != NULL || n == 0);
  g_return_if_fail (color != NULL);

  for (guint i = 0; i < n; i++)
    if (is_present (values, present, i))
      {
        lo = MIN (lo, values[i]);
        hi = MAX (hi, values[i]);
        last = i;
      }
  if (last == G_MAXUINT || plot_w <= 0 || plot_h <= 0)
    return;

  cairo_save (cr);
  schakel_palette_set_source (cr, color, 1.0);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);

#define PX(i) (inset + (n > 1 ? plot_w * (i) / (double) (n - 1) : plot_w / 2))
#define PY(v) (inset + (hi > lo ? plot_h * (hi - (v)) / (hi - lo) : plot_h / 2))

  /* The line, broken at every gap. */
  for (guint i = 0; i < n; i++)
    {
      if (!is_present (values, present, i))
        pen_down = FALSE;
      else if (pen_down)
        cairo_line_to (cr, PX (i), PY (values[i]));
      else
        {
          cairo_move_to (cr, PX (i), PY (values[i]));
          pen_down = TRUE;
        }
    }
  cairo_stroke (cr);

  /* A value alone between gaps would be an invisible zero-length line. */
  for (guint i = 0; i < last; i++)
    if (is_present (values, present, i)
        && (i == 0 || !is_present (values, present, i - 1))
        && !is_present (values, present, i + 1))
      {
        cairo_new_sub_path (cr);
        cairo_arc (cr, PX (i), PY (values[i]), LINE_WIDTH, 0, 2 * G_PI);
      }
  cairo_new_sub_path (cr);
  cairo_arc (cr, PX (last), PY (values[last]), DOT_RADIUS, 0, 2 * G_PI);
  cairo_fill (cr);

#undef PX
#undef PY

  cairo_restore (cr);
}
