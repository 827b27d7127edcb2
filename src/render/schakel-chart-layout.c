/* schakel-chart-layout.c — where the title, legend, axes and plot go.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything is measured with Pango in the context the chart is drawn
 * in, so labels never overlap: a long legend entry is shortened with an
 * ellipsis, category labels wrap to their slot and then shorten, and x
 * tick labels that would touch are thinned out to every second, third…
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "schakel-chart-private.h"

#define MAX_LABEL_LINES 3

double
_schakel_chart_px (const SchakelChartLayout *layout,
                   double                    x)
{
  return layout->plot.x + (x - layout->x_min) / (layout->x_max - layout->x_min) * layout->plot.width;
}

double
_schakel_chart_py (const SchakelChartLayout *layout,
                   double                    y)
{
  return layout->plot.y + layout->plot.height
         - (y - layout->y_min) / (layout->y_max - layout->y_min) * layout->plot.height;
}

void
_schakel_chart_layout_clear (SchakelChartLayout *layout)
{
  schakel_ticks_clear (&layout->x_ticks);
  schakel_ticks_clear (&layout->y_ticks);
  g_clear_pointer (&layout->legend, g_array_unref);
  _schakel_chart_fold_clear (&layout->fold);
}

static double
text_height (const SchakelChart *self,
             cairo_t            *cr,
             const char         *text,
             double              size,
             gboolean            bold,
             double              wrap_width)
{
  g_autoptr(PangoLayout) layout = NULL;
  double h;

  if (text == NULL || *text == '\0')
    return 0;
  layout = _schakel_chart_text_wrapped (self, cr, text, size, bold, wrap_width);
  _schakel_chart_text_size (layout, NULL, &h);
  return h;
}

static double
text_width (const SchakelChart *self,
            cairo_t            *cr,
            const char         *text,
            double              size)
{
  g_autoptr(PangoLayout) layout = _schakel_chart_text (self, cr, text, size, FALSE);
  double w;

  _schakel_chart_text_size (layout, &w, NULL);
  return w;
}

/* The x range of the data the plot must hold, and the slot one bar group
 * takes on a numeric or date axis. */
static void
data_x_range (const SchakelChart *self,
              double             *lo,
              double             *hi,
              double             *slot)
{
  gboolean bars = self->kind == SCHAKEL_CHART_BARS || self->kind == SCHAKEL_CHART_STACKED_BARS;
  g_autoptr(GArray) xs = g_array_new (FALSE, FALSE, sizeof (double));

  *lo = INFINITY;
  *hi = -INFINITY;
  *slot = self->kind == SCHAKEL_CHART_HISTOGRAM ? self->bin_width : INFINITY;
  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      if (series->hidden)
        continue;
      for (guint i = 0; i < series->points->len; i++)
        {
          double x = g_array_index (series->points, SchakelChartPoint, i).x;

          if (!isfinite (x))
            continue;
          *lo = MIN (*lo, x);
          *hi = MAX (*hi, x);
          if (bars)
            g_array_append_val (xs, x);
        }
      if (series->km_steps != NULL && series->km_steps->len > 0)
        {
          /* The curve runs on flat to where it is cut or ends. */
          guint end = MIN (series->km_shown, series->km_steps->len - 1);

          *lo = MIN (*lo, 0);
          *hi = MAX (*hi, g_array_index (series->km_steps, SchakelKmStep, end).time);
        }
    }
  for (guint m = 0; m < self->markers->len; m++)
    {
      double x = g_array_index (self->markers, SchakelChartMarker, m).x;

      *lo = MIN (*lo, x);
      *hi = MAX (*hi, x);
    }
  if (bars && xs->len > 1)
    {
      /* Bars are as wide as the closest two x values allow. */
      g_array_sort (xs, _schakel_chart_compare_doubles);
      for (guint i = 1; i < xs->len; i++)
        {
          double d = g_array_index (xs, double, i) - g_array_index (xs, double, i - 1);

          if (d > 0)
            *slot = MIN (*slot, d);
        }
    }
  if (!isfinite (*slot))
    *slot = 1;
}

static gboolean
is_stacked (const SchakelChart *self)
{
  return self->kind == SCHAKEL_CHART_STACKED_AREA
         || self->kind == SCHAKEL_CHART_STACKED_BARS
         || self->kind == SCHAKEL_CHART_HISTOGRAM;
}

/**
 * _schakel_chart_point_is_stub:
 *
 * Whether @point is hidden without a known range: drawn as a stub.
 */
gboolean
_schakel_chart_point_is_stub (const SchakelChart      *self,
                              const SchakelChartPoint *point)
{
  return point->state == SCHAKEL_POINT_HIDDEN
         || (point->state == SCHAKEL_POINT_SUPPRESSED && self->value_format != SCHAKEL_VALUE_COUNT);
}

/**
 * _schakel_chart_point_height:
 * @layout: (nullable): the layout, which gives a stub its height
 *
 * Returns: the height a point takes: its value; for a small count the top
 *   of the range it lies in; for a stub a fixed sliver of the plot, or NAN
 *   without a @layout; NAN for a missing value
 */
double
_schakel_chart_point_height (const SchakelChart       *self,
                             const SchakelChartLayout *layout,
                             const SchakelChartPoint  *point)
{
  if (point->state == SCHAKEL_POINT_VISIBLE)
    return point->y;
  if (point->state == SCHAKEL_POINT_MISSING)
    return NAN;
  if (!_schakel_chart_point_is_stub (self, point))
    return _schakel_chart_small_value (self);
  if (layout == NULL)
    return NAN;
  return (layout->y_max - layout->y_min) * layout->font_size * 1.2 / layout->plot.height;
}

static void
data_y_range (const SchakelChart *self,
              double             *lo,
              double             *hi)
{
  g_autoptr(GHashTable) sums = NULL;

  *lo = 0;
  *hi = 0;
  if (self->kind == SCHAKEL_CHART_KM)
    {
      *hi = 1;
      return;
    }
  if (is_stacked (self))
    sums = g_hash_table_new_full (g_double_hash, g_double_equal, g_free, g_free);

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      if (series->hidden)
        continue;
      if (series->has_box && series->box_state == SCHAKEL_POINT_VISIBLE)
        {
          *lo = MIN (*lo, series->box.whisker_low);
          *hi = MAX (*hi, series->box.whisker_high);
          for (guint i = 0; i < series->box.n_outliers; i++)
            {
              *lo = MIN (*lo, series->box.outliers[i]);
              *hi = MAX (*hi, series->box.outliers[i]);
            }
        }
      for (guint i = 0; i < series->points->len; i++)
        {
          const SchakelChartPoint *point = &g_array_index (series->points, SchakelChartPoint, i);
          double y = _schakel_chart_point_height (self, NULL, point);

          if (!isfinite (y))
            continue;
          if (sums != NULL)
            {
              double *sum = g_hash_table_lookup (sums, &point->x);

              if (sum == NULL)
                {
                  sum = g_new0 (double, 1);
                  g_hash_table_insert (sums, g_memdup2 (&point->x, sizeof (double)), sum);
                }
              *sum += MAX (y, 0);
              y = *sum;
            }
          *lo = MIN (*lo, y);
          *hi = MAX (*hi, y);
        }
    }
}

/* Lays the legend entries out left to right, wrapping, each at most
 * @entry_max wide: the series that have a look of their own, "Other" for
 * the rest, and the note on hatching. Returns the bottom of the last row. */
static double
flow_legend (const SchakelChart *self,
             cairo_t            *cr,
             SchakelChartLayout *layout,
             double              y,
             double              entry_max,
             gboolean            note)
{
  double fs = layout->font_size;
  double x = layout->pad, line_h, max_w = layout->width - 2 * layout->pad;
  double text_x = _schakel_chart_swatch_width (self, fs) + fs * 0.5;
  guint n = self->series->len;

  g_array_set_size (layout->legend, 0);
  line_h = text_height (self, cr, "Hg", fs, FALSE, max_w) * 1.3;
  for (guint i = 0; i < n + 2; i++)
    {
      gboolean is_note = i == n + 1, is_other = i == n;
      SchakelLegendEntry entry = { { 0 }, is_note ? SCHAKEL_LEGEND_NOTE : is_other ? SCHAKEL_CHART_SERIES_OTHER : i };
      g_autofree char *text = NULL;
      const char *label;
      double w;

      if (is_note ? !note
          : !_schakel_chart_has_legend (self)
            || (is_other ? layout->fold.n_folded == 0 : layout->fold.styles[i].folded))
        continue;
      /* The note looks at every point: only when it is shown. */
      text = is_note ? _schakel_chart_note_text (self) : NULL;
      label = is_note ? text : _schakel_chart_series_label (self, entry.series);
      /* The note is never shortened: it explains what hatching means. */
      w = text_x + MIN (text_width (self, cr, label, fs), is_note ? max_w - text_x : entry_max);
      if (x > layout->pad && x + w > layout->pad + max_w)
        {
          x = layout->pad;
          y += line_h;
        }
      entry.rect = (SchakelRect) { x, y, w, line_h };
      g_array_append_val (layout->legend, entry);
      x += w + fs * 1.2;
    }
  return y + line_h;
}

/* Legend entries flow left to right and wrap. Long names are shortened
 * with an ellipsis, more so when the legend would otherwise take more
 * than a quarter of the chart. */
static double
layout_legend (const SchakelChart *self,
               cairo_t            *cr,
               SchakelChartLayout *layout,
               double              y)
{
  static const double shares[] = { 0.45, 0.3, 0.2, 0.12 };
  gboolean note = self->kind != SCHAKEL_CHART_FLOW_MATRIX && _schakel_chart_has_hidden (self);
  double max_w = layout->width - 2 * layout->pad;
  double bottom = y;

  layout->legend = g_array_new (FALSE, FALSE, sizeof (SchakelLegendEntry));
  if (!_schakel_chart_has_legend (self) && !note)
    return y;
  for (guint i = 0; i < G_N_ELEMENTS (shares); i++)
    {
      bottom = flow_legend (self, cr, layout, y, MAX (max_w * shares[i], layout->font_size * 3), note);
      if (bottom - y <= layout->height / 4)
        break;
    }
  return bottom + layout->font_size * 0.4;
}

static guint
n_x_slots (const SchakelChart *self)
{
  guint n = 0;

  if (self->kind == SCHAKEL_CHART_BOX)
    return self->series->len;
  if (self->kind == SCHAKEL_CHART_FLOW_MATRIX)
    return _schakel_chart_n_categories (self);
  n = _schakel_chart_n_categories (self);
  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          double x = g_array_index (series->points, SchakelChartPoint, i).x;

          if (x >= 0 && x < 10000)
            n = MAX (n, (guint) x + 1);
        }
    }
  return n;
}

/* Height of the tallest category label wrapped to @slot_w. */
static double
category_labels_height (const SchakelChart *self,
                        cairo_t            *cr,
                        double              fs,
                        double              slot_w)
{
  double h = 0;
  guint n = n_x_slots (self);

  for (guint i = 0; i < n; i++)
    {
      const char *label = self->kind == SCHAKEL_CHART_BOX
                          ? _schakel_chart_series (self, i)->name : _schakel_chart_category (self, i);
      g_autoptr(PangoLayout) pl = _schakel_chart_text (self, cr, label, fs, FALSE);
      double lh;

      pango_layout_set_width (pl, (int) (slot_w * PANGO_SCALE));
      pango_layout_set_wrap (pl, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (pl, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (pl, -MAX_LABEL_LINES);
      _schakel_chart_text_size (pl, NULL, &lh);
      h = MAX (h, lh);
    }
  return h;
}

static void
layout_matrix (const SchakelChart *self,
               cairo_t            *cr,
               SchakelChartLayout *layout,
               double              top)
{
  double fs = layout->font_size;
  guint n_cols = MAX (_schakel_chart_n_categories (self), 1);
  double name_w = 0, grid_w;

  for (guint s = 0; s < self->series->len; s++)
    name_w = MAX (name_w, text_width (self, cr, _schakel_chart_series (self, s)->name, fs));
  layout->row_label_w = MIN (name_w, layout->width * 0.28) + fs * 0.6;
  grid_w = layout->width - 2 * layout->pad - layout->row_label_w;

  /* Column labels wrap between words, in a slightly smaller font if that
   * saves splitting a word. Where even that would split one, they stand
   * upright instead, shortened to at most 30 % of the chart's height. */
  {
    double cell_w = grid_w / n_cols - fs * 0.3, longest_word = 0, longest = 0;

    for (guint c = 0; c < n_cols; c++)
      {
        g_auto(GStrv) words = g_strsplit_set (_schakel_chart_category (self, c), " -", -1);

        for (guint w = 0; words[w] != NULL; w++)
          longest_word = MAX (longest_word, text_width (self, cr, words[w], fs));
        longest = MAX (longest, text_width (self, cr, _schakel_chart_category (self, c), fs * 0.9));
      }
    layout->col_vertical = longest_word * 0.85 > cell_w;
    if (layout->col_vertical)
      {
        layout->col_font_size = fs * 0.9;
        layout->col_label_h = MIN (longest, layout->height * 0.3) + fs * 0.4;
      }
    else
      {
        layout->col_font_size = longest_word > cell_w ? fs * 0.85 : fs;
        layout->col_label_h = category_labels_height (self, cr, layout->col_font_size, cell_w) + fs * 0.4;
      }
  }
  layout->plot = (SchakelRect) {
    layout->pad + layout->row_label_w,
    top + layout->col_label_h,
    grid_w,
    MAX (layout->height - top - layout->col_label_h - layout->pad, 1),
  };
  layout->x_min = 0;
  layout->x_max = n_cols;
  layout->y_min = 0;
  layout->y_max = MAX (self->series->len, 1);
}

static void
drop_ticks_outside (SchakelTicks *ticks,
                    double        lo,
                    double        hi)
{
  guint j = 0;

  for (guint i = 0; i < ticks->n; i++)
    {
      if (ticks->values[i] < lo - 1e-9 || ticks->values[i] > hi + 1e-9)
        {
          g_free (ticks->labels[i]);
          continue;
        }
      ticks->values[j] = ticks->values[i];
      ticks->labels[j] = ticks->labels[i];
      j++;
    }
  ticks->n = j;
}

static void
layout_x_axis (const SchakelChart *self,
               cairo_t            *cr,
               SchakelChartLayout *layout)
{
  double fs = layout->font_size;
  double lo, hi, slot, widest = 0;
  guint max_ticks = (guint) MAX (2, layout->plot.width / (fs * 7));

  schakel_ticks_clear (&layout->x_ticks);
  layout->x_label_skip = 1;
  if (self->x_axis == SCHAKEL_AXIS_CATEGORY || self->kind == SCHAKEL_CHART_BOX)
    {
      guint n = MAX (n_x_slots (self), 1);

      layout->x_min = -0.5;
      layout->x_max = n - 0.5;
      /* A slot too narrow for even a short label: label every n-th. */
      layout->x_label_skip = MAX (1, ceil (fs * 3.5 / (layout->plot.width / n)));
      layout->slot = 1;
      return;
    }

  data_x_range (self, &lo, &hi, &slot);
  layout->slot = slot;
  if (!isfinite (lo))
    lo = hi = self->x_axis == SCHAKEL_AXIS_DAY ? schakel_day_today () : 0;
  if (self->kind == SCHAKEL_CHART_HISTOGRAM)
    hi += slot;
  else if (self->kind == SCHAKEL_CHART_BARS || self->kind == SCHAKEL_CHART_STACKED_BARS)
    lo -= slot / 2, hi += slot / 2;

  if (self->x_axis == SCHAKEL_AXIS_DAY)
    {
      schakel_ticks_for_days (&layout->x_ticks, lo, hi, max_ticks);
      layout->x_min = MIN (lo, layout->x_ticks.min);
      layout->x_max = MAX (hi, layout->x_ticks.max);
    }
  else
    {
      SchakelValueFormat format = self->kind == SCHAKEL_CHART_KM ? SCHAKEL_VALUE_DAYS : SCHAKEL_VALUE_DECIMAL;

      schakel_ticks_for_values (&layout->x_ticks, lo, hi, max_ticks, format);
      if (self->kind == SCHAKEL_CHART_KM || self->kind == SCHAKEL_CHART_LINE
          || self->kind == SCHAKEL_CHART_STEP || self->kind == SCHAKEL_CHART_STACKED_AREA)
        {
          layout->x_min = layout->x_ticks.min;
          layout->x_max = layout->x_ticks.max;
        }
      else
        {
          layout->x_min = lo;
          layout->x_max = hi > lo ? hi : lo + 1;
          drop_ticks_outside (&layout->x_ticks, layout->x_min, layout->x_max);
        }
    }

  for (guint i = 0; i < layout->x_ticks.n; i++)
    {
      g_auto(GStrv) lines = g_strsplit (layout->x_ticks.labels[i], "\n", -1);

      for (guint l = 0; lines[l] != NULL; l++)
        widest = MAX (widest, text_width (self, cr, lines[l], fs));
    }
  if (layout->x_ticks.n > 1)
    {
      double spacing = layout->plot.width * (layout->x_ticks.values[1] - layout->x_ticks.values[0])
                       / (layout->x_max - layout->x_min);

      layout->x_label_skip = MAX (1, ceil ((widest + fs) / MAX (spacing, 1)));
    }
}

static double
x_labels_height (const SchakelChart *self,
                 cairo_t            *cr,
                 SchakelChartLayout *layout)
{
  double h = 0;

  if (self->x_axis == SCHAKEL_AXIS_CATEGORY || self->kind == SCHAKEL_CHART_BOX)
    {
      double slot_w = layout->plot.width / MAX (n_x_slots (self), 1) * layout->x_label_skip;

      return category_labels_height (self, cr, layout->font_size, slot_w - layout->font_size * 0.3);
    }
  for (guint i = 0; i < layout->x_ticks.n; i++)
    h = MAX (h, text_height (self, cr, layout->x_ticks.labels[i], layout->font_size, FALSE, layout->width));
  return h;
}

static double
risk_table_height (const SchakelChart *self,
                   double              line_h)
{
  if (self->kind != SCHAKEL_CHART_KM)
    return 0;
  return (1 + _schakel_chart_n_shown (self)) * line_h * 1.25 + line_h * 0.5;
}

/**
 * _schakel_chart_layout:
 * @self: a chart
 * @cr: the context the chart will be drawn in; only measured with
 * @width: the chart's width
 * @height: its height
 * @layout: (out caller-allocates): the result; clear with _schakel_chart_layout_clear()
 */
void
_schakel_chart_layout (const SchakelChart *self,
                       cairo_t            *cr,
                       double              width,
                       double              height,
                       SchakelChartLayout *layout)
{
  double fs, top, line_h, inner_w, y_lo, y_hi, bottom, left, y_label_w;

  memset (layout, 0, sizeof *layout);
  _schakel_chart_fold (self, &layout->fold);
  layout->width = width;
  layout->height = height;
  /* About 12 px on an 800 × 500 chart; never unreadably small or huge. */
  layout->font_size = fs = CLAMP (MIN (width / 66, height / 40), 8, 16);
  layout->pad = fs * 1.2;
  inner_w = width - 2 * layout->pad;

  /* The confidentiality line takes the bottom; the chart the rest. */
  if (self->confidential)
    {
      g_autofree char *footer = _schakel_chart_footer_text (self);
      double footer_h = text_height (self, cr, footer, fs, TRUE, inner_w);

      layout->footer_y = height - layout->pad - footer_h;
      height = MAX (height - footer_h - fs * 0.6, 1);
      layout->height = height;
    }

  top = layout->pad;
  layout->title_y = top;
  top += text_height (self, cr, self->title, fs * 1.35, TRUE, inner_w);
  top += text_height (self, cr, self->subtitle, fs, FALSE, inner_w);
  top += fs * 0.8;
  layout->legend_y = top;
  top = layout_legend (self, cr, layout, top);

  if (self->kind == SCHAKEL_CHART_FLOW_MATRIX)
    {
      layout_matrix (self, cr, layout, top);
      return;
    }

  layout->line_h = line_h = text_height (self, cr, "Hg", fs, FALSE, width);
  /* Room for the top y label, which is centred on its tick. */
  top += line_h * 0.5;
  y_label_w = self->y_label != NULL && *self->y_label != '\0' ? line_h * 1.2 : 0;
  data_y_range (self, &y_lo, &y_hi);

  if (self->kind == SCHAKEL_CHART_KM)
    {
      double count_w = 0;

      for (guint s = 0; s < self->series->len; s++)
        if (_schakel_chart_series_shown (self, s))
          {
            g_autofree char *n = schakel_format_count (_schakel_chart_series (self, s)->km_n);

            layout->row_label_w = MAX (layout->row_label_w,
                                       MIN (text_width (self, cr, _schakel_chart_series (self, s)->name, fs),
                                            width * 0.22));
            count_w = MAX (count_w, text_width (self, cr, n, fs));
          }
      /* The at-risk count under the first tick is centred on the axis:
       * half of it reaches into the names' column. */
      layout->risk_name_w = layout->row_label_w;
      layout->row_label_w += count_w / 2;
    }

  /* The y labels' width depends on the ticks, which depend on the plot's
   * height, which depends on the x labels' wrapping, which depends on the
   * plot's width: two rounds settle it. */
  bottom = line_h * 2;
  left = layout->pad + y_label_w + fs * 3;
  for (int round = 0; round < 2; round++)
    {
      double plot_h = MAX (height - top - bottom - layout->pad, 1);
      double widest = 0;

      schakel_ticks_clear (&layout->y_ticks);
      schakel_ticks_for_values (&layout->y_ticks, y_lo, y_hi, (guint) MAX (2, plot_h / (fs * 3.2)),
                                self->kind == SCHAKEL_CHART_KM ? SCHAKEL_VALUE_PERCENT : self->value_format);
      if (self->kind == SCHAKEL_CHART_KM)
        {
          layout->y_ticks.min = 0;
          layout->y_ticks.max = 1;
          drop_ticks_outside (&layout->y_ticks, 0, 1);
        }
      for (guint i = 0; i < layout->y_ticks.n; i++)
        widest = MAX (widest, text_width (self, cr, layout->y_ticks.labels[i], fs));
      left = layout->pad + y_label_w + MAX (widest + fs * 0.6, layout->row_label_w + fs * 0.6);
      layout->y_label_x = left - widest - fs * 0.6 - y_label_w;
      layout->plot = (SchakelRect) { left, top, MAX (width - left - layout->pad - fs, 1), plot_h };
      layout_x_axis (self, cr, layout);
      bottom = fs * 0.5 + x_labels_height (self, cr, layout)
               + (self->x_label != NULL && *self->x_label != '\0' ? line_h * 1.4 : 0)
               + risk_table_height (self, line_h);
    }
  layout->y_min = layout->y_ticks.min;
  layout->y_max = layout->y_ticks.max;
  layout->x_label_y = layout->plot.y + layout->plot.height + fs * 0.5 + x_labels_height (self, cr, layout) + line_h * 0.3;
  layout->risk_y = layout->x_label_y + (self->x_label != NULL && *self->x_label != '\0' ? line_h * 1.4 : 0) + line_h * 0.3;
}
