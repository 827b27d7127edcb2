/* schakel-chart-draw-km.c — Kaplan–Meier curves and their at-risk table.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each curve starts at 100 % at time 0 and steps down at every event. The
 * 95 % band follows the same steps; a short vertical tick marks where
 * observations were censored. Under the publication rules the curve stops
 * where too few remain at risk: it holds its last value up to the time of
 * the first step it may not show, and no further. The number at risk is
 * written under the axis at the same x as each tick label.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-chart-private.h"

/* Where the shown part of the curve ends. */
static double
curve_end (const SchakelChartSeries *series)
{
  const SchakelKmStep *steps = (const SchakelKmStep *) (gpointer) series->km_steps->data;
  guint n = series->km_steps->len;

  if (n == 0)
    return 0;
  return steps[MIN (series->km_shown, n - 1)].time;
}

static double
band_value (double value)
{
  /* Greenwood's band is undefined where S reaches 0. */
  return isfinite (value) ? value : 0;
}

static void
trace_steps (cairo_t                  *cr,
             const SchakelChartLayout *layout,
             const SchakelChartSeries *series,
             int                       which,   /* 0 curve, -1 lower, 1 upper */
             gboolean                  backwards)
{
  const SchakelKmStep *steps = (const SchakelKmStep *) (gpointer) series->km_steps->data;
  guint n = series->km_shown;
  double end = curve_end (series);

#define VALUE(i) ((i) < 0 ? 1.0 : which == 0 ? steps[i].surv : band_value (which < 0 ? steps[i].lower : steps[i].upper))

  if (!backwards)
    {
      cairo_line_to (cr, _schakel_chart_px (layout, 0), _schakel_chart_py (layout, 1));
      for (guint i = 0; i < n; i++)
        {
          cairo_line_to (cr, _schakel_chart_px (layout, steps[i].time), _schakel_chart_py (layout, VALUE ((int) i - 1)));
          cairo_line_to (cr, _schakel_chart_px (layout, steps[i].time), _schakel_chart_py (layout, VALUE ((int) i)));
        }
      cairo_line_to (cr, _schakel_chart_px (layout, end), _schakel_chart_py (layout, VALUE ((int) n - 1)));
    }
  else
    {
      cairo_line_to (cr, _schakel_chart_px (layout, end), _schakel_chart_py (layout, VALUE ((int) n - 1)));
      for (int i = (int) n - 1; i >= 0; i--)
        {
          cairo_line_to (cr, _schakel_chart_px (layout, steps[i].time), _schakel_chart_py (layout, VALUE (i)));
          cairo_line_to (cr, _schakel_chart_px (layout, steps[i].time), _schakel_chart_py (layout, VALUE (i - 1)));
        }
      cairo_line_to (cr, _schakel_chart_px (layout, 0), _schakel_chart_py (layout, 1));
    }
#undef VALUE
}

static void
draw_curve (const SchakelChart       *self,
            cairo_t                  *cr,
            const SchakelChartLayout *layout,
            guint                     s)
{
  static const double dash[] = { 4, 3 };
  SchakelChartSeries *series = _schakel_chart_series (self, s);
  const SchakelKmStep *steps = (const SchakelKmStep *) (gpointer) series->km_steps->data;
  double fs = layout->font_size;
  double lw = MAX (1.5, fs * 0.17);
  double tick = MAX (4, fs * 0.45);
  const SchakelSeriesStyle *style = _schakel_chart_style (layout, s);
  SchakelColor color = style->color;

  if (series->km_shown == 0)
    return;

  cairo_new_path (cr);
  trace_steps (cr, layout, series, 1, FALSE);
  trace_steps (cr, layout, series, -1, TRUE);
  cairo_close_path (cr);
  schakel_palette_set_source (cr, &color, 0.16);
  cairo_fill (cr);

  cairo_new_path (cr);
  trace_steps (cr, layout, series, 0, FALSE);
  schakel_palette_set_source (cr, &color, 1.0);
  cairo_set_line_width (cr, style->folded ? lw * 0.6 : lw);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_MITER);
  cairo_save (cr);
  _schakel_chart_set_dash (cr, style->dash, lw, 0);
  cairo_stroke (cr);
  cairo_restore (cr);

  cairo_set_line_width (cr, MAX (1.0, lw * 0.7));
  for (guint i = 0; i < series->km_shown; i++)
    if (steps[i].n_censor > 0)
      {
        double x = _schakel_chart_px (layout, steps[i].time);
        double y = _schakel_chart_py (layout, steps[i].surv);

        cairo_move_to (cr, x, y - tick);
        cairo_line_to (cr, x, y + tick);
      }
  cairo_stroke (cr);

  if (isfinite (series->km_median))
    {
      double x = _schakel_chart_px (layout, series->km_median);
      double y = _schakel_chart_py (layout, 0.5);

      cairo_save (cr);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_set_line_width (cr, 1.0);
      schakel_palette_set_source (cr, &color, 0.8);
      cairo_move_to (cr, layout->plot.x, y);
      cairo_line_to (cr, x, y);
      cairo_line_to (cr, x, layout->plot.y + layout->plot.height);
      cairo_stroke (cr);
      cairo_restore (cr);
    }
}

static void
draw_risk_table (const SchakelChart       *self,
                 cairo_t                  *cr,
                 const SchakelChartLayout *layout)
{
  double fs = layout->font_size;
  double line_h = layout->line_h * 1.25;
  double y = layout->risk_y;
  g_autoptr(PangoLayout) header = _schakel_chart_text (self, cr, _("Number at risk"), fs, TRUE);
  SchakelColor fg;

  _schakel_chart_foreground (self, &fg);
  schakel_palette_set_source (cr, &fg, 0.9);
  cairo_move_to (cr, layout->pad, y);
  pango_cairo_show_layout (cr, header);
  y += line_h;

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);
      g_autoptr(PangoLayout) name = NULL;
      const SchakelColor *color = &_schakel_chart_style (layout, s)->color;

      if (series->hidden || series->km_steps == NULL)
        continue;
      name = _schakel_chart_text (self, cr, series->name, fs, FALSE);
      pango_layout_set_width (name, (int) (layout->risk_name_w * PANGO_SCALE));
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      schakel_palette_set_source (cr, color, 1.0);
      cairo_move_to (cr, layout->pad, y);
      pango_cairo_show_layout (cr, name);

      /* One count under each labelled tick, at its x. */
      for (guint i = 0; i < layout->x_ticks.n; i += (guint) layout->x_label_skip)
        {
          guint at_risk = _schakel_chart_km_at_risk (series, layout->x_ticks.values[i]);
          g_autofree char *text = NULL;

          if (self->has_rules && schakel_publication_hides_count (&self->rules, at_risk))
            text = g_strdup (self->small_label);
          else
            text = schakel_format_count (at_risk);
          _schakel_chart_draw_label (self, cr, text, fs, _schakel_chart_px (layout, layout->x_ticks.values[i]), y,
                                     0.5, 0, 0.8);
        }
      y += line_h;
    }
}

void
_schakel_chart_draw_km (const SchakelChart       *self,
                        cairo_t                  *cr,
                        const SchakelChartLayout *layout)
{
  _schakel_chart_draw_frame (self, cr, layout);
  _schakel_chart_clip_plot (cr, layout);
  for (guint s = 0; s < self->series->len; s++)
    if (_schakel_chart_series_shown (self, s) && _schakel_chart_series (self, s)->km_steps != NULL)
      draw_curve (self, cr, layout, s);
  cairo_restore (cr);
  draw_risk_table (self, cr, layout);
}
