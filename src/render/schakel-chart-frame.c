/* schakel-chart-frame.c — title, legend, gridlines, axes and their labels.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-chart-private.h"

#define MAX_LABEL_LINES 3

static double
draw_wrapped (const SchakelChart *self,
              cairo_t            *cr,
              const char         *text,
              double              size,
              gboolean            bold,
              double              alpha,
              double              x,
              double              y,
              double              wrap_width)
{
  g_autoptr(PangoLayout) layout = NULL;
  SchakelColor fg;
  double h;

  if (text == NULL || *text == '\0')
    return 0;
  layout = _schakel_chart_text_wrapped (self, cr, text, size, bold, wrap_width);
  _schakel_chart_text_size (layout, NULL, &h);
  _schakel_chart_foreground (self, &fg);
  schakel_palette_set_source (cr, &fg, alpha);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return h;
}

/* The swatch of a series: a square of its colour, or a piece of its line
 * with its pattern; empty or faint when the series is switched off. */
static void
draw_swatch (const SchakelChart       *self,
             cairo_t                  *cr,
             const SchakelChartLayout *layout,
             const SchakelRect        *rect,
             guint                     series,
             gboolean                  off)
{
  const SchakelSeriesStyle *style = _schakel_chart_style (layout, series);
  double fs = layout->font_size, sw = _schakel_chart_swatch_width (self, fs);
  double cy = rect->y + rect->height / 2;

  cairo_save (cr);
  if (_schakel_chart_is_lines (self))
    {
      double lw = MAX (1.5, fs * 0.17);

      schakel_palette_set_source (cr, &style->color, off ? 0.35 : 1.0);
      cairo_set_line_width (cr, style->folded ? lw * 0.7 : lw);
      cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
      _schakel_chart_set_dash (cr, style->dash, lw, 0);
      cairo_move_to (cr, rect->x + lw, round (cy) + 0.5);
      cairo_line_to (cr, rect->x + sw - lw, round (cy) + 0.5);
      cairo_stroke (cr);
    }
  else
    {
      cairo_rectangle (cr, rect->x + 0.5, cy - sw / 2 + 0.5, sw - 1, sw - 1);
      schakel_palette_set_source (cr, &style->color, 1.0);
      /* A hidden series keeps an empty swatch, to be switched on again. */
      if (off)
        {
          cairo_set_line_width (cr, 1.0);
          cairo_stroke (cr);
        }
      else
        cairo_fill (cr);
    }
  cairo_restore (cr);
}

static void
draw_legend (const SchakelChart       *self,
             cairo_t                  *cr,
             const SchakelChartLayout *layout)
{
  double fs = layout->font_size, text_x = _schakel_chart_swatch_width (self, fs) + fs * 0.5;

  for (guint i = 0; i < layout->legend->len; i++)
    {
      const SchakelLegendEntry *entry = &g_array_index (layout->legend, SchakelLegendEntry, i);
      gboolean is_note = entry->series == SCHAKEL_LEGEND_NOTE;
      g_autofree char *note = is_note ? _schakel_chart_note_text (self) : NULL;
      g_autoptr(PangoLayout) text = NULL;
      gboolean off = FALSE;
      double th, cy = entry->rect.y + entry->rect.height / 2;
      SchakelColor fg;

      _schakel_chart_foreground (self, &fg);
      if (is_note)
        {
          double sw = fs * 0.9;

          cairo_rectangle (cr, entry->rect.x + 0.5, cy - sw / 2 + 0.5, sw - 1, sw - 1);
          _schakel_chart_fill_hatched (self, cr, &fg);
        }
      else
        {
          off = entry->series == SCHAKEL_CHART_SERIES_OTHER ? _schakel_chart_other_hidden (self, &layout->fold)
                                                            : _schakel_chart_series (self, entry->series)->hidden;
          draw_swatch (self, cr, layout, &entry->rect, entry->series, off);
        }

      text = _schakel_chart_text (self, cr, is_note ? note : _schakel_chart_series_label (self, entry->series),
                                  fs, FALSE);
      /* Rounded up: a name that fits must not lose its last letter to
       * rounding and get an ellipsis. */
      pango_layout_set_width (text, (int) ceil ((entry->rect.width - text_x) * PANGO_SCALE) + 1);
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      _schakel_chart_text_size (text, NULL, &th);
      schakel_palette_set_source (cr, &fg, off ? 0.45 : 0.9);
      cairo_move_to (cr, entry->rect.x + text_x, cy - th / 2);
      pango_cairo_show_layout (cr, text);
      if (off)
        {
          double tw;

          _schakel_chart_text_size (text, &tw, NULL);
          cairo_move_to (cr, entry->rect.x + text_x, round (cy) + 0.5);
          cairo_rel_line_to (cr, MIN (tw, entry->rect.width - text_x), 0);
          cairo_set_line_width (cr, 1);
          cairo_stroke (cr);
        }
    }
}

static PangoLayout *
x_label_text (const SchakelChart       *self,
              cairo_t                  *cr,
              const SchakelChartLayout *layout,
              const char               *text,
              gboolean                  wrapped,
              double                    slot_w)
{
  PangoLayout *pl = _schakel_chart_text (self, cr, text, layout->font_size, FALSE);

  pango_layout_set_alignment (pl, PANGO_ALIGN_CENTER);
  if (wrapped)
    {
      pango_layout_set_width (pl, (int) (slot_w * PANGO_SCALE));
      pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (pl, -MAX_LABEL_LINES);
    }
  return pl;
}

/**
 * _schakel_chart_x_labels:
 *
 * Returns: (transfer full) (element-type SchakelAxisLabel): the labels
 *   under the x axis and where they go: categories wrapped to their slot,
 *   tick labels centred on their tick but kept inside the chart
 */
GArray *
_schakel_chart_x_labels (const SchakelChart       *self,
                         cairo_t                  *cr,
                         const SchakelChartLayout *layout)
{
  GArray *labels = g_array_new (FALSE, FALSE, sizeof (SchakelAxisLabel));
  double fs = layout->font_size;
  double top = layout->plot.y + layout->plot.height + fs * 0.4;
  guint skip = (guint) MAX (layout->x_label_skip, 1);

  if (self->kind == SCHAKEL_CHART_FLOW_MATRIX)
    return labels;
  if (self->x_axis == SCHAKEL_AXIS_CATEGORY || self->kind == SCHAKEL_CHART_BOX)
    {
      guint n = (guint) round (layout->x_max - layout->x_min);
      double slot_w = layout->plot.width / MAX (n, 1) * skip - fs * 0.3;

      for (guint i = 0; i < n; i += skip)
        {
          SchakelAxisLabel label = { { 0 }, NULL, i, TRUE };
          g_autoptr(PangoLayout) pl = NULL;
          double h;

          label.text = self->kind == SCHAKEL_CHART_BOX ? _schakel_chart_series (self, i)->name
                                                       : _schakel_chart_category (self, i);
          pl = x_label_text (self, cr, layout, label.text, TRUE, slot_w);
          _schakel_chart_text_size (pl, NULL, &h);
          label.rect = (SchakelRect) { _schakel_chart_px (layout, i) - slot_w / 2, top, slot_w, h };
          g_array_append_val (labels, label);
        }
      return labels;
    }
  for (guint i = 0; i < layout->x_ticks.n; i += skip)
    {
      SchakelAxisLabel label = { { 0 }, layout->x_ticks.labels[i], layout->x_ticks.values[i], FALSE };
      g_autoptr(PangoLayout) pl = x_label_text (self, cr, layout, label.text, FALSE, 0);
      double w, h, x = _schakel_chart_px (layout, label.value);

      _schakel_chart_text_size (pl, &w, &h);
      /* The outermost labels stay inside the chart. */
      x = CLAMP (x, w / 2 + 1, MAX (layout->width - w / 2 - 1, w / 2 + 1));
      label.rect = (SchakelRect) { x - w / 2, top + fs * 0.1, w, h };
      g_array_append_val (labels, label);
    }
  return labels;
}

static void
draw_x_labels (const SchakelChart       *self,
               cairo_t                  *cr,
               const SchakelChartLayout *layout)
{
  g_autoptr(GArray) labels = _schakel_chart_x_labels (self, cr, layout);
  SchakelColor fg;

  _schakel_chart_foreground (self, &fg);
  schakel_palette_set_source (cr, &fg, 0.75);
  for (guint i = 0; i < labels->len; i++)
    {
      const SchakelAxisLabel *label = &g_array_index (labels, SchakelAxisLabel, i);
      g_autoptr(PangoLayout) pl = x_label_text (self, cr, layout, label->text, label->wrapped, label->rect.width);

      cairo_move_to (cr, label->rect.x, label->rect.y);
      pango_cairo_show_layout (cr, pl);
    }
}

static void
draw_markers (const SchakelChart       *self,
              cairo_t                  *cr,
              const SchakelChartLayout *layout)
{
  static const double dash[] = { 5, 4 };
  SchakelColor fg;

  _schakel_chart_foreground (self, &fg);
  for (guint m = 0; m < self->markers->len; m++)
    {
      const SchakelChartMarker *marker = &g_array_index (self->markers, SchakelChartMarker, m);
      double x = round (_schakel_chart_px (layout, marker->x)) + 0.5;

      if (marker->x < layout->x_min || marker->x > layout->x_max)
        continue;
      cairo_save (cr);
      schakel_palette_set_source (cr, &fg, 0.7);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 1.2);
      cairo_move_to (cr, x, layout->plot.y);
      cairo_line_to (cr, x, layout->plot.y + layout->plot.height);
      cairo_stroke (cr);
      cairo_restore (cr);
      if (marker->label != NULL)
        _schakel_chart_draw_label (self, cr, marker->label, layout->font_size * 0.9,
                                   x + layout->font_size * 0.3, layout->plot.y, 0, 0, 0.8);
    }
}

/**
 * _schakel_chart_draw_frame:
 *
 * Draws everything but the data: title and subtitle, the legend, the
 * gridlines, the tick labels and the axis labels.
 */
void
_schakel_chart_draw_frame (const SchakelChart       *self,
                           cairo_t                  *cr,
                           const SchakelChartLayout *layout)
{
  double fs = layout->font_size, inner_w = layout->width - 2 * layout->pad;
  double y = layout->title_y;
  const SchakelRect *plot = &layout->plot;
  SchakelColor fg;

  _schakel_chart_foreground (self, &fg);
  y += draw_wrapped (self, cr, self->title, fs * 1.35, TRUE, 1.0, layout->pad, y, inner_w);
  draw_wrapped (self, cr, self->subtitle, fs, FALSE, 0.7, layout->pad, y, inner_w);
  draw_legend (self, cr, layout);

  if (self->kind == SCHAKEL_CHART_FLOW_MATRIX)
    return;

  /* Horizontal gridlines, faint, at every y tick. */
  cairo_set_line_width (cr, 1.0);
  schakel_palette_set_source (cr, &fg, 0.12);
  for (guint i = 0; i < layout->y_ticks.n; i++)
    {
      double py = round (_schakel_chart_py (layout, layout->y_ticks.values[i])) + 0.5;

      cairo_move_to (cr, plot->x, py);
      cairo_line_to (cr, plot->x + plot->width, py);
    }
  cairo_stroke (cr);
  for (guint i = 0; i < layout->y_ticks.n; i++)
    _schakel_chart_draw_label (self, cr, layout->y_ticks.labels[i], fs,
                               plot->x - fs * 0.5, _schakel_chart_py (layout, layout->y_ticks.values[i]),
                               1.0, 0.5, 0.75);

  /* The x axis line, and ticks under it. */
  schakel_palette_set_source (cr, &fg, 0.5);
  cairo_move_to (cr, plot->x, round (plot->y + plot->height) + 0.5);
  cairo_line_to (cr, plot->x + plot->width, round (plot->y + plot->height) + 0.5);
  for (guint i = 0; i < layout->x_ticks.n; i++)
    {
      double px = round (_schakel_chart_px (layout, layout->x_ticks.values[i])) + 0.5;

      cairo_move_to (cr, px, plot->y + plot->height);
      cairo_line_to (cr, px, plot->y + plot->height + fs * 0.3);
    }
  cairo_stroke (cr);

  draw_x_labels (self, cr, layout);

  if (self->x_label != NULL && *self->x_label != '\0')
    {
      _schakel_chart_draw_label (self, cr, self->x_label, fs, plot->x + plot->width / 2, layout->x_label_y, 0.5, 0, 0.8);
    }
  if (self->y_label != NULL && *self->y_label != '\0')
    {
      g_autoptr(PangoLayout) pl = _schakel_chart_text (self, cr, self->y_label, fs, FALSE);

      pango_layout_set_width (pl, (int) (plot->height * PANGO_SCALE));
      pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (pl, PANGO_ALIGN_CENTER);
      cairo_save (cr);
      cairo_translate (cr, layout->y_label_x, plot->y + plot->height);
      cairo_rotate (cr, -G_PI / 2);
      schakel_palette_set_source (cr, &fg, 0.8);
      cairo_move_to (cr, 0, 0);
      pango_cairo_show_layout (cr, pl);
      cairo_restore (cr);
    }
  draw_markers (self, cr, layout);
}
