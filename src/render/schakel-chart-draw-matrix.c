/* schakel-chart-draw-matrix.c — flows between location types as a matrix.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why a matrix and not a Sankey diagram: with about ten location types
 * there are up to a hundred flows. A Sankey draws them as ribbons that
 * cross each other, small flows become hairlines nobody can compare, and
 * a suppressed flow has no honest width at all. A matrix gives every
 * flow a cell with its exact number, reads along a row (where children
 * came from) and down a column (where they went), shows the returns to
 * the same type on the diagonal, and has room for `<k` in a hatched cell.
 * It is also exactly its own table alternative.
 */

#include "config.h"

#include <math.h>

#include "schakel-chart-private.h"

/**
 * _schakel_chart_foreach_cell:
 *
 * Calls @func with the rectangle of every cell that has a point: row =
 * series, column = the point's x.
 */
void
_schakel_chart_foreach_cell (const SchakelChart       *self,
                             const SchakelChartLayout *layout,
                             SchakelChartRectFunc      func,
                             gpointer                  user_data)
{
  guint n_cols = (guint) layout->x_max;
  guint n_rows = (guint) layout->y_max;
  double cw = layout->plot.width / MAX (n_cols, 1);
  double ch = MIN (layout->plot.height / MAX (n_rows, 1), layout->font_size * 3);

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          const SchakelChartPoint *point = &g_array_index (series->points, SchakelChartPoint, i);
          SchakelRect rect;

          if (point->x < 0 || point->x >= n_cols)
            continue;
          rect = (SchakelRect) { layout->plot.x + floor (point->x) * cw, layout->plot.y + s * ch, cw, ch };
          func (self, s, i, &rect, user_data);
        }
    }
}

typedef struct
{
  cairo_t                  *cr;
  const SchakelChartLayout *layout;
  double                    max;
} CellDraw;

static void
find_max (const SchakelChart *self,
          guint               series,
          guint               point,
          const SchakelRect  *rect,
          gpointer            user_data)
{
  CellDraw *draw = user_data;
  const SchakelChartPoint *p = _schakel_chart_point (self, series, point);

  if (p->state == SCHAKEL_POINT_VISIBLE)
    draw->max = MAX (draw->max, p->y);
}

static void
draw_cell (const SchakelChart *self,
           guint               series,
           guint               point,
           const SchakelRect  *rect,
           gpointer            user_data)
{
  CellDraw *draw = user_data;
  cairo_t *cr = draw->cr;
  const SchakelChartPoint *p = _schakel_chart_point (self, series, point);
  g_autofree char *text = NULL;
  SchakelColor color, fg, bg;
  double strength = 0;

  schakel_palette_get_series (self->palette, 0, &color);
  _schakel_chart_foreground (self, &fg);
  _schakel_chart_background (self, &bg);
  cairo_rectangle (cr, rect->x + 1, rect->y + 1, rect->width - 2, rect->height - 2);
  switch (p->state)
    {
    case SCHAKEL_POINT_VISIBLE:
      /* Square root: the many small flows stay apart from nothing. */
      strength = draw->max > 0 ? sqrt (MAX (p->y, 0) / draw->max) : 0;
      schakel_palette_set_source (cr, &color, 0.06 + 0.84 * strength);
      cairo_fill (cr);
      text = _schakel_chart_format_point (self, p);
      break;
    case SCHAKEL_POINT_SUPPRESSED:
      _schakel_chart_fill_hatched (self, cr, &fg);
      text = g_strdup (self->small_label);
      break;
    case SCHAKEL_POINT_MISSING:
    default:
      schakel_palette_set_source (cr, &fg, 0.04);
      cairo_fill (cr);
      text = g_strdup ("–");
      break;
    }

  {
    g_autoptr(PangoLayout) pl = _schakel_chart_text (self, cr, text, draw->layout->font_size, FALSE);
    double tw, th;

    pango_layout_set_width (pl, (int) ((rect->width - 4) * PANGO_SCALE));
    pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
    _schakel_chart_text_size (pl, &tw, &th);
    /* Light text on the strong cells, for contrast. */
    if (strength > 0.6)
      schakel_palette_set_source (cr, &bg, 1.0);
    else if (p->state == SCHAKEL_POINT_SUPPRESSED)
      {
        schakel_palette_set_source (cr, &bg, 0.9);
        cairo_rectangle (cr, rect->x + (rect->width - tw) / 2 - 2, rect->y + (rect->height - th) / 2, tw + 4, th);
        cairo_fill (cr);
        schakel_palette_set_source (cr, &fg, 1.0);
      }
    else
      schakel_palette_set_source (cr, &fg, p->state == SCHAKEL_POINT_MISSING ? 0.5 : 0.9);
    cairo_move_to (cr, rect->x + (rect->width - tw) / 2, rect->y + (rect->height - th) / 2);
    pango_cairo_show_layout (cr, pl);
  }
}

static void
draw_headers (const SchakelChart       *self,
              cairo_t                  *cr,
              const SchakelChartLayout *layout)
{
  double fs = layout->font_size;
  guint n_cols = (guint) layout->x_max;
  double cw = layout->plot.width / MAX (n_cols, 1);
  double ch = MIN (layout->plot.height / MAX (layout->y_max, 1), fs * 3);
  SchakelColor fg;

  _schakel_chart_foreground (self, &fg);
  for (guint c = 0; c < n_cols; c++)
    {
      g_autoptr(PangoLayout) pl = _schakel_chart_text (self, cr, _schakel_chart_category (self, c),
                                                       layout->col_font_size, FALSE);
      double th;

      schakel_palette_set_source (cr, &fg, 0.8);
      if (layout->col_vertical)
        {
          /* Upright, reading upwards from the grid, centred on the column. */
          pango_layout_set_width (pl, (int) ((layout->col_label_h - fs * 0.4) * PANGO_SCALE));
          pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
          _schakel_chart_text_size (pl, NULL, &th);
          cairo_save (cr);
          cairo_translate (cr, layout->plot.x + (c + 0.5) * cw - th / 2, layout->plot.y - fs * 0.3);
          cairo_rotate (cr, -G_PI / 2);
          cairo_move_to (cr, 0, 0);
          pango_cairo_show_layout (cr, pl);
          cairo_restore (cr);
          continue;
        }
      pango_layout_set_width (pl, (int) ((cw - fs * 0.3) * PANGO_SCALE));
      pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (pl, -3);
      pango_layout_set_alignment (pl, PANGO_ALIGN_CENTER);
      _schakel_chart_text_size (pl, NULL, &th);
      /* Bottom-aligned, so that every label touches its column. */
      cairo_move_to (cr, layout->plot.x + c * cw + fs * 0.15, layout->plot.y - th - fs * 0.3);
      pango_cairo_show_layout (cr, pl);
    }
  for (guint s = 0; s < self->series->len; s++)
    {
      g_autoptr(PangoLayout) pl = _schakel_chart_text (self, cr, _schakel_chart_series (self, s)->name, fs, FALSE);
      double th;

      pango_layout_set_width (pl, (int) ((layout->row_label_w - fs * 0.6) * PANGO_SCALE));
      pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
      _schakel_chart_text_size (pl, NULL, &th);
      schakel_palette_set_source (cr, &fg, 0.8);
      cairo_move_to (cr, layout->pad, layout->plot.y + s * ch + (ch - th) / 2);
      pango_cairo_show_layout (cr, pl);
    }
  /* The corner says which way the flows go: rows from, columns to. */
  if (self->y_label != NULL)
    _schakel_chart_draw_label (self, cr, self->y_label, fs * 0.85, layout->pad, layout->plot.y - fs * 0.3, 0, 1, 0.6);
  if (self->x_label != NULL)
    _schakel_chart_draw_label (self, cr, self->x_label, fs * 0.85, layout->plot.x - fs * 0.4,
                               layout->plot.y - layout->col_label_h, 1, 0, 0.6);
}

void
_schakel_chart_draw_matrix (const SchakelChart       *self,
                            cairo_t                  *cr,
                            const SchakelChartLayout *layout)
{
  CellDraw draw = { cr, layout, 0 };

  _schakel_chart_draw_frame (self, cr, layout);
  draw_headers (self, cr, layout);
  _schakel_chart_foreach_cell (self, layout, find_max, &draw);
  _schakel_chart_foreach_cell (self, layout, draw_cell, &draw);
}
