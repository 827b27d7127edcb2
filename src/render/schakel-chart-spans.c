/* schakel-chart-spans.c — a line with more points than the output has
 * pixel columns, drawn as one vertical span per column.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Ten years of daily values for forty regions are 146,000 segments, two or
 * three per pixel column of each line, and Cairo tessellates and
 * rasterises every one. What the eye sees of them in a column is the range
 * between the lowest and highest point the line reaches there (min/max per
 * column, as in M4 decimation), as thick as the line. So a dense line is
 * drawn as that range per device column: its coverage of each pixel goes
 * into an A8 mask, painted in the line's colour, which is many times
 * faster than stroking. The ranges come from the line's segments clipped
 * to the column, so the line stays connected and keeps every peak and
 * dip; a dash pattern is measured along x.
 *
 * Only where pixels are known: on image surfaces per device pixel, on
 * recording surfaces (GTK's drawing, replayed at the window's scale) per
 * half unit. PDF, PostScript and SVG keep every point, stroked exactly, so
 * a printed or zoomed chart shows what the data holds. Hit testing always
 * uses the points themselves.
 */

#include "config.h"

#include <math.h>

#include "schakel-chart-private.h"

/* Columns painted with one mask. */
#define TILE_COLUMNS 256

typedef struct
{
  double x0;
  double x1;
  double y0;
  double y1;
} Span;

typedef struct
{
  Span   *spans;
  guint   n_cols;
  double  first_col;
  double  col_w;
  double  reach;     /* how far to each side a column looks */
  /* user to device: dx = sx * x + ox, dy = sy * y + oy */
  double  sx, ox, sy, oy;
} SpanGrid;

/**
 * _schakel_chart_column_width:
 * @cr: where the chart is drawn
 *
 * Returns: the width, in device units, of the columns a dense line may be
 *   reduced to on @cr's target; 0 where every point must be kept (vector
 *   output, or a rotated or skewed transformation)
 */
double
_schakel_chart_column_width (cairo_t *cr)
{
  double rx = 0, ry = 1, ux = 1, uy = 0;

  cairo_user_to_device_distance (cr, &rx, &ry);
  cairo_user_to_device_distance (cr, &ux, &uy);
  if (rx != 0 || uy != 0 || ux <= 0)
    return 0;
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return 0;
    case CAIRO_SURFACE_TYPE_RECORDING:
      /* Replayed later at a scale we do not know: room for 2×. */
      return 0.5;
    case CAIRO_SURFACE_TYPE_IMAGE:
    default:
      return 1;
    }
}

/* Adds the segment from (ax, ay) to (bx, by), in device units, to the
 * spans of the columns it reaches. A stroke is as wide as the line across
 * its direction, so a steep segment also darkens the columns beside it a
 * little: each column takes the range of the segment's part within the
 * grid's reach of it. */
static void
grid_add (SpanGrid *grid,
          double    ax,
          double    ay,
          double    bx,
          double    by)
{
  double c0, c1, reach = grid->reach;

  if (bx < ax)
    {
      double t;

      t = ax, ax = bx, bx = t;
      t = ay, ay = by, by = t;
    }
  c0 = MAX (floor ((ax - reach) / grid->col_w) - grid->first_col, 0);
  c1 = MIN (floor ((bx + reach) / grid->col_w) - grid->first_col, grid->n_cols - 1.0);
  for (double c = c0; c <= c1; c++)
    {
      Span *span = &grid->spans[(guint) c];
      double left = (c + grid->first_col) * grid->col_w, right = left + grid->col_w;
      double lo = CLAMP (left - reach, ax, bx), hi = CLAMP (right + reach, ax, bx);
      double ylo = ay, yhi = by;

      if (bx > ax)
        {
          ylo = ay + (lo - ax) * (by - ay) / (bx - ax);
          yhi = ay + (hi - ax) * (by - ay) / (bx - ax);
        }
      span->x0 = MIN (span->x0, MAX (ax - reach, left));
      span->x1 = MAX (span->x1, MIN (bx + reach, right));
      span->y0 = MIN (span->y0, MIN (ylo, yhi));
      span->y1 = MAX (span->y1, MAX (ylo, yhi));
    }
}

/* Sets the coverage of the cells of column @c, from row @r0 on, in the
 * mask: as much of each cell as the column's range covers, times how much
 * of the column's width the line crosses (less where a run ends). */
static void
cover_column (const SpanGrid *grid,
              guint           c,
              double          half_h,
              guint8         *mask,
              int             stride,
              double          c0,
              double          r0)
{
  const Span *span = &grid->spans[c];
  double unit = grid->col_w;
  double across = (span->x1 - span->x0) / unit;
  double top = (span->y0 - half_h) / unit, bottom = (span->y1 + half_h) / unit;
  guint8 *cell = mask + (gsize) (c - c0);

  for (double r = floor (top); r < bottom; r++)
    {
      double covered = MIN (bottom, r + 1) - MAX (top, r);

      cell[(gsize) (r - r0) * stride] = (guint8) round (CLAMP (covered * across, 0, 1) * 255);
    }
}

/* Paints columns @from to @to of the line: the coverage of each cell as
 * an A8 mask of one byte per column and row, as tall as the line reaches
 * in these columns, in the line's colour. A mask per tile rather than one
 * for the whole line, which would be as tall as the line's whole range. */
static void
paint_tile (cairo_t            *cr,
            const SpanGrid     *grid,
            guint               from,
            guint               to,
            double              half_h,
            guint               dash,
            double              lw_dev,
            double              left,
            const SchakelColor *color,
            double              alpha)
{
  guint c_lo = G_MAXUINT, c_hi = 0;
  double r_lo = INFINITY, r_hi = -INFINITY, unit = grid->col_w;
  cairo_surface_t *mask;
  guint8 *data;
  int stride;

  for (guint c = from; c < to; c++)
    if (grid->spans[c].x1 >= grid->spans[c].x0
        && _schakel_chart_dash_covers (dash, lw_dev, (grid->spans[c].x0 + grid->spans[c].x1) / 2 - left))
      {
        c_lo = MIN (c_lo, c);
        c_hi = MAX (c_hi, c);
        r_lo = MIN (r_lo, floor ((grid->spans[c].y0 - half_h) / unit));
        r_hi = MAX (r_hi, floor ((grid->spans[c].y1 + half_h) / unit));
      }
  if (c_lo > c_hi)
    return;

  mask = cairo_image_surface_create (CAIRO_FORMAT_A8, c_hi - c_lo + 1, (int) (r_hi - r_lo) + 1);
  if (cairo_surface_status (mask) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (mask);
      return;
    }
  data = cairo_image_surface_get_data (mask);
  stride = cairo_image_surface_get_stride (mask);
  cairo_surface_flush (mask);
  for (guint c = c_lo; c <= c_hi; c++)
    if (grid->spans[c].x1 >= grid->spans[c].x0
        && _schakel_chart_dash_covers (dash, lw_dev, (grid->spans[c].x0 + grid->spans[c].x1) / 2 - left))
      cover_column (grid, c, half_h, data, stride, c_lo, r_lo);
  cairo_surface_mark_dirty (mask);

  cairo_save (cr);
  schakel_palette_set_source (cr, color, alpha);
  /* Mask cell (i, j) is device cell (c_lo + i, r_lo + j), in user units. */
  cairo_translate (cr, ((c_lo + grid->first_col) * unit - grid->ox) / grid->sx, (r_lo * unit - grid->oy) / grid->sy);
  cairo_scale (cr, unit / grid->sx, unit / grid->sy);
  cairo_mask_surface (cr, mask, 0, 0);
  cairo_restore (cr);
  cairo_surface_destroy (mask);
}

/**
 * _schakel_chart_line_is_dense:
 * @n_points: the points of a line
 * @col_w: from _schakel_chart_column_width()
 *
 * Returns: whether the line has more points than the plot has columns
 */
gboolean
_schakel_chart_line_is_dense (cairo_t                  *cr,
                              const SchakelChartLayout *layout,
                              guint                     n_points,
                              double                    col_w)
{
  double w = layout->plot.width, unused = 0;

  if (col_w <= 0)
    return FALSE;
  cairo_user_to_device_distance (cr, &w, &unused);
  return n_points > w / col_w;
}

/**
 * _schakel_chart_fill_spans:
 * @points: (array length=n): the line's points in x order
 * @step: the value holds until the next point
 * @line_width: in user units
 * @dash: the line's dash pattern
 * @color: the line's colour
 * @alpha: its opacity
 * @col_w: from _schakel_chart_column_width(), > 0
 *
 * Fills the range the line covers in each device column. Breaks at points
 * that are not visible, like the stroked line.
 */
void
_schakel_chart_fill_spans (cairo_t                  *cr,
                           const SchakelChartLayout *layout,
                           const SchakelChartPoint  *points,
                           guint                     n,
                           gboolean                  step,
                           double                    line_width,
                           guint                     dash,
                           const SchakelColor       *color,
                           double                    alpha,
                           double                    col_w)
{
  SpanGrid grid = { NULL, 0, 0, col_w, 0, 0, 0, 0, 0 };
  double left, right, x1 = 1, y1 = 1, half_h, lw_dev;
  double last_x = 0, last_y = 0;
  gboolean pen_down = FALSE;

  g_return_if_fail (col_w > 0);

  /* The transformation has no rotation (see _schakel_chart_column_width()). */
  cairo_user_to_device (cr, &grid.ox, &grid.oy);
  cairo_user_to_device (cr, &x1, &y1);
  grid.sx = x1 - grid.ox;
  grid.sy = y1 - grid.oy;
  left = grid.sx * layout->plot.x + grid.ox;
  right = grid.sx * (layout->plot.x + layout->plot.width) + grid.ox;
  grid.first_col = floor (left / col_w) - 2;
  grid.n_cols = (guint) (ceil (right / col_w) - grid.first_col) + 3;
  grid.spans = g_new (Span, grid.n_cols);
  for (guint c = 0; c < grid.n_cols; c++)
    grid.spans[c] = (Span) { INFINITY, -INFINITY, INFINITY, -INFINITY };
  lw_dev = line_width * grid.sx;
  /* An eighth of the line's width: stands in for the width of steep
   * strokes and the round caps where a run ends. More makes dense lines
   * heavier than stroked ones (/chart/dense-lines measures it). */
  grid.reach = lw_dev / 8;
  half_h = line_width * fabs (grid.sy) / 2;

  for (guint i = 0; i < n; i++)
    {
      double x, y;

      if (points[i].state != SCHAKEL_POINT_VISIBLE)
        {
          pen_down = FALSE;
          continue;
        }
      x = grid.sx * _schakel_chart_px (layout, points[i].x) + grid.ox;
      y = grid.sy * _schakel_chart_py (layout, points[i].y) + grid.oy;
      if (pen_down && step)
        {
          grid_add (&grid, last_x, last_y, x, last_y);
          grid_add (&grid, x, last_y, x, y);
        }
      else if (pen_down)
        grid_add (&grid, last_x, last_y, x, y);
      pen_down = TRUE;
      last_x = x;
      last_y = y;
    }

  for (guint c = 0; c < grid.n_cols; c += TILE_COLUMNS)
    paint_tile (cr, &grid, c, MIN (c + TILE_COLUMNS, grid.n_cols), half_h, dash, lw_dev, left, color, alpha);
  g_free (grid.spans);
}
