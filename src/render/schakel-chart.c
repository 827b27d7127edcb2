/* schakel-chart.c — the chart's data and options, and its one entry point
 * for drawing.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-chart-private.h"
#include "schakel-render-fonts.h"

G_DEFINE_BOXED_TYPE (SchakelChart, schakel_chart, schakel_chart_ref, schakel_chart_unref)

static void
series_free (gpointer data)
{
  SchakelChartSeries *series = data;

  g_free (series->name);
  g_free (series->key);
  g_array_unref (series->points);
  schakel_box_stats_clear (&series->box);
  g_clear_pointer (&series->km_steps, g_array_unref);
  g_free (series);
}

static void
marker_clear (gpointer data)
{
  SchakelChartMarker *marker = data;

  g_free (marker->label);
}

/**
 * schakel_chart_new:
 * @kind: what sort of chart
 *
 * Returns: (transfer full): an empty chart with the light palette, a
 *   numeric x axis and counts on the y axis
 */
SchakelChart *
schakel_chart_new (SchakelChartKind kind)
{
  SchakelChart *self = g_new0 (SchakelChart, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->kind = kind;
  self->x_axis = kind == SCHAKEL_CHART_BOX || kind == SCHAKEL_CHART_FLOW_MATRIX
                 ? SCHAKEL_AXIS_CATEGORY : SCHAKEL_AXIS_NUMBER;
  self->value_format = kind == SCHAKEL_CHART_KM ? SCHAKEL_VALUE_PERCENT : SCHAKEL_VALUE_COUNT;
  self->bin_width = 1;
  self->markers = g_array_new (FALSE, TRUE, sizeof (SchakelChartMarker));
  g_array_set_clear_func (self->markers, marker_clear);
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->font_family = g_strdup (SCHAKEL_RENDER_FONT_FAMILY);
  schakel_publication_rules_init (&self->rules);
  self->small_label = schakel_publication_small_label (&self->rules);
  return self;
}

SchakelChart *
schakel_chart_ref (SchakelChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

void
schakel_chart_unref (SchakelChart *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->x_label);
  g_free (self->y_label);
  g_strfreev (self->categories);
  g_array_unref (self->markers);
  g_free (self->font_family);
  g_free (self->small_label);
  g_ptr_array_unref (self->series);
  g_free (self);
}

SchakelChartKind
schakel_chart_get_kind (const SchakelChart *self)
{
  return self->kind;
}

static void
replace_string (char       **field,
                const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/**
 * schakel_chart_set_title:
 * @self: a chart
 * @title: (nullable): what the chart shows, e.g. "Open wait-list entries per region"
 */
void
schakel_chart_set_title (SchakelChart *self,
                         const char   *title)
{
  replace_string (&self->title, title);
}

/**
 * schakel_chart_set_subtitle:
 * @self: a chart
 * @subtitle: (nullable): the scope and period, e.g. "Utrecht, 1 jan 2025 – 31 okt 2026"
 */
void
schakel_chart_set_subtitle (SchakelChart *self,
                            const char   *subtitle)
{
  replace_string (&self->subtitle, subtitle);
}

void
schakel_chart_set_x_label (SchakelChart *self,
                           const char   *label)
{
  replace_string (&self->x_label, label);
}

void
schakel_chart_set_y_label (SchakelChart *self,
                           const char   *label)
{
  replace_string (&self->y_label, label);
}

const char *
schakel_chart_get_title (const SchakelChart *self)
{
  return self->title;
}

const char *
schakel_chart_get_subtitle (const SchakelChart *self)
{
  return self->subtitle;
}

/**
 * schakel_chart_set_x_axis:
 * @self: a chart
 * @kind: numbers, days or categories
 *
 * Line, step, area and bar charts take any; histograms numbers; Kaplan–Meier
 * curves numbers (days); box plots and flow matrices always use categories.
 */
void
schakel_chart_set_x_axis (SchakelChart    *self,
                          SchakelAxisKind  kind)
{
  self->x_axis = kind;
}

/**
 * schakel_chart_set_value_format:
 * @self: a chart
 * @format: how the y values (or matrix cells) are written
 *
 * Kaplan–Meier charts always show shares.
 */
void
schakel_chart_set_value_format (SchakelChart       *self,
                                SchakelValueFormat  format)
{
  self->value_format = format;
}

/**
 * schakel_chart_set_categories:
 * @self: a chart
 * @categories: (array zero-terminated=1) (nullable): names for x values
 *   0, 1, 2… on a category axis; the columns of a flow matrix
 */
void
schakel_chart_set_categories (SchakelChart       *self,
                              const char * const *categories)
{
  g_strfreev (self->categories);
  self->categories = g_strdupv ((char **) categories);
}

/**
 * schakel_chart_set_bin_width:
 * @self: a chart
 * @width: the width of a histogram bin; a point's x is its bin's start
 */
void
schakel_chart_set_bin_width (SchakelChart *self,
                             double        width)
{
  g_return_if_fail (width > 0);

  self->bin_width = width;
}

/**
 * schakel_chart_add_x_marker:
 * @self: a chart
 * @x: where, on the x axis
 * @label: (nullable): what it marks, e.g. "norm: 3 months"
 *
 * Adds a dashed vertical reference line, such as the norm on a time to
 * school curve.
 */
void
schakel_chart_add_x_marker (SchakelChart *self,
                            double        x,
                            const char   *label)
{
  SchakelChartMarker marker = { x, g_strdup (label) };

  g_array_append_val (self->markers, marker);
}

void
schakel_chart_set_palette (SchakelChart          *self,
                           SchakelPaletteVariant  variant)
{
  self->palette = variant;
}

/**
 * schakel_chart_set_font_family:
 * @self: a chart
 * @family: a fontconfig family list, e.g. "Cantarell, DejaVu Sans"
 */
void
schakel_chart_set_font_family (SchakelChart *self,
                               const char   *family)
{
  g_return_if_fail (family != NULL);

  replace_string (&self->font_family, family);
}

/**
 * schakel_chart_set_publication:
 * @self: a chart
 * @rules: the rules whose small-number label (`<k`) marks suppressed
 *   values, and which the caller applied to the data
 *
 * Suppressed points are drawn as a hatched band from zero to k: the value
 * lies somewhere in it, never at zero.
 */
void
schakel_chart_set_publication (SchakelChart                  *self,
                               const SchakelPublicationRules *rules)
{
  g_return_if_fail (rules != NULL);

  self->rules = *rules;
  self->has_rules = TRUE;
  g_free (self->small_label);
  self->small_label = schakel_publication_small_label (rules);
}

/**
 * schakel_chart_set_confidential:
 * @self: a chart
 * @confidential: whether the chart leaves the screen outside publication
 *   mode
 *
 * A chart written to a file without the publication rules shows small
 * numbers, so it says so along its bottom edge, in red, as every page of
 * a report does (DOMAIN.md §11): confidential, not to be published. The
 * window shows the chart without it.
 */
void
schakel_chart_set_confidential (SchakelChart *self,
                                gboolean      confidential)
{
  self->confidential = !!confidential;
}

/**
 * schakel_chart_add_series:
 * @self: a chart
 * @name: the series name, as the legend shows it
 *
 * Returns: the new series' index
 */
guint
schakel_chart_add_series (SchakelChart *self,
                          const char   *name)
{
  SchakelChartSeries *series = g_new0 (SchakelChartSeries, 1);

  series->name = g_strdup (name != NULL ? name : "");
  series->points = g_array_new (FALSE, FALSE, sizeof (SchakelChartPoint));
  series->km_median = NAN;
  g_ptr_array_add (self->series, series);
  return self->series->len - 1;
}

SchakelChartSeries *
_schakel_chart_series (const SchakelChart *self,
                       guint               series)
{
  g_return_val_if_fail (series < self->series->len, NULL);

  return g_ptr_array_index (self->series, series);
}

/**
 * schakel_chart_add_point:
 * @self: a chart
 * @series: the series index
 * @x: the x value
 * @y: the y value; ignored unless @state is visible
 * @state: visible, suppressed or missing
 *
 * Adds a point. Points of line, step and area charts are drawn in x order
 * whatever order they came in.
 */
void
schakel_chart_add_point (SchakelChart      *self,
                         guint              series,
                         double             x,
                         double             y,
                         SchakelPointState  state)
{
  SchakelChartPoint point = { x, state == SCHAKEL_POINT_VISIBLE ? y : NAN, state };

  g_return_if_fail (series < self->series->len);

  if (state == SCHAKEL_POINT_VISIBLE && !isfinite (y))
    point.state = SCHAKEL_POINT_MISSING;
  g_array_append_val (_schakel_chart_series (self, series)->points, point);
}

/**
 * schakel_chart_add_box:
 * @self: a chart
 * @series: the series (one box per series)
 * @values: (array length=n): the observations
 * @n: their number
 * @state: %SCHAKEL_POINT_SUPPRESSED when too few to show
 *
 * Summarises @values as a box plot: median, quartiles, whiskers to the
 * furthest value within 1.5 times the interquartile range, and outliers.
 * A suppressed box keeps only its count, never its values.
 */
void
schakel_chart_add_box (SchakelChart      *self,
                       guint              series,
                       const double      *values,
                       guint              n,
                       SchakelPointState  state)
{
  SchakelChartSeries *s;

  g_return_if_fail (series < self->series->len);
  g_return_if_fail (values != NULL || n == 0);

  s = _schakel_chart_series (self, series);
  schakel_box_stats_clear (&s->box);
  s->has_box = TRUE;
  s->box_state = n == 0 && state == SCHAKEL_POINT_VISIBLE ? SCHAKEL_POINT_MISSING : state;
  if (s->box_state == SCHAKEL_POINT_VISIBLE)
    schakel_box_stats_compute (values, n, &s->box);
  else
    s->box.n = n;
}

/**
 * schakel_chart_add_km:
 * @self: a chart
 * @series: the series (one curve per series)
 * @km: the estimate
 * @rules: (nullable): publication rules: the curve is cut where fewer than
 *   their minimum group remain at risk, the median needs that many minors,
 *   and small at-risk counts show as `<k`; %NULL shows everything
 *
 * Copies the curve of @km into the chart.
 */
void
schakel_chart_add_km (SchakelChart                  *self,
                      guint                          series,
                      SchakelKm                     *km,
                      const SchakelPublicationRules *rules)
{
  SchakelChartSeries *s;
  const SchakelKmStep *steps;
  SchakelKmQuantile median;
  guint n_steps;

  g_return_if_fail (series < self->series->len);
  g_return_if_fail (km != NULL);

  s = _schakel_chart_series (self, series);
  steps = schakel_km_get_steps (km, &n_steps);
  g_clear_pointer (&s->km_steps, g_array_unref);
  s->km_steps = g_array_sized_new (FALSE, FALSE, sizeof (SchakelKmStep), n_steps);
  g_array_append_vals (s->km_steps, steps, n_steps);
  s->km_n = schakel_km_get_n (km);
  s->km_shown = rules != NULL ? schakel_publication_curve_length (rules, steps, n_steps) : n_steps;
  if (rules != NULL && !self->has_rules)
    schakel_chart_set_publication (self, rules);

  schakel_km_quantile (km, 0.5, &median);
  s->km_median = median.value;
  if (rules != NULL && !schakel_publication_allows_median (rules, s->km_n))
    s->km_median = NAN;
  /* A median beyond the cut would point at a part nobody may see. */
  if (isfinite (s->km_median) && (s->km_shown == 0 || s->km_median > steps[s->km_shown - 1].time))
    s->km_median = NAN;

  g_array_set_size (s->points, 0);
  for (guint i = 0; i < s->km_shown; i++)
    schakel_chart_add_point (self, series, steps[i].time, steps[i].surv, SCHAKEL_POINT_VISIBLE);
}

guint
schakel_chart_get_n_series (const SchakelChart *self)
{
  return self->series->len;
}

const char *
schakel_chart_get_series_name (const SchakelChart *self,
                               guint               series)
{
  g_return_val_if_fail (series < self->series->len, NULL);

  return _schakel_chart_series (self, series)->name;
}

/**
 * schakel_chart_set_series_key:
 * @self: a chart
 * @series: the series index
 * @key: (nullable): what the series stands for to the code that made the
 *   chart (a group's key), not shown
 */
void
schakel_chart_set_series_key (SchakelChart *self,
                              guint         series,
                              const char   *key)
{
  SchakelChartSeries *s;

  g_return_if_fail (series < self->series->len);

  s = _schakel_chart_series (self, series);
  g_free (s->key);
  s->key = g_strdup (key);
}

/**
 * schakel_chart_get_series_key:
 * @self: a chart
 * @series: the series index
 *
 * Returns: (nullable): the key given with schakel_chart_set_series_key()
 */
const char *
schakel_chart_get_series_key (const SchakelChart *self,
                              guint               series)
{
  g_return_val_if_fail (series < self->series->len, NULL);

  return _schakel_chart_series (self, series)->key;
}

/**
 * schakel_chart_get_points:
 * @self: a chart
 * @series: the series index
 * @n_points: (out): their number
 *
 * Returns: (transfer none) (array length=n_points): the points of @series,
 *   as added; for a Kaplan–Meier curve the steps that may be shown
 */
const SchakelChartPoint *
schakel_chart_get_points (const SchakelChart *self,
                          guint               series,
                          guint              *n_points)
{
  SchakelChartSeries *s;

  g_return_val_if_fail (series < self->series->len, NULL);

  s = _schakel_chart_series (self, series);
  *n_points = s->points->len;
  return (const SchakelChartPoint *) (gpointer) s->points->data;
}

/**
 * schakel_chart_set_series_hidden:
 * @self: a chart
 * @series: the series index, or %SCHAKEL_CHART_SERIES_OTHER for all the
 *   series drawn together as "Other"
 * @hidden: whether to leave it out of the plot
 *
 * A hidden series keeps its legend entry, drawn as switched off, so that
 * it can be switched on again.
 */
void
schakel_chart_set_series_hidden (SchakelChart *self,
                                 guint         series,
                                 gboolean      hidden)
{
  g_return_if_fail (series < self->series->len || series == SCHAKEL_CHART_SERIES_OTHER);

  if (series == SCHAKEL_CHART_SERIES_OTHER)
    {
      SchakelChartFold fold;

      _schakel_chart_fold (self, &fold);
      for (guint s = 0; s < self->series->len; s++)
        if (fold.styles[s].folded)
          _schakel_chart_series (self, s)->hidden = !!hidden;
      _schakel_chart_fold_clear (&fold);
      return;
    }
  _schakel_chart_series (self, series)->hidden = !!hidden;
}

/**
 * schakel_chart_get_series_hidden:
 * @self: a chart
 * @series: the series index, or %SCHAKEL_CHART_SERIES_OTHER
 *
 * Returns: whether the series is left out of the plot; for "Other",
 *   whether all its members are
 */
gboolean
schakel_chart_get_series_hidden (const SchakelChart *self,
                                 guint               series)
{
  g_return_val_if_fail (series < self->series->len || series == SCHAKEL_CHART_SERIES_OTHER, FALSE);

  if (series == SCHAKEL_CHART_SERIES_OTHER)
    {
      SchakelChartFold fold;
      gboolean hidden;

      _schakel_chart_fold (self, &fold);
      hidden = _schakel_chart_other_hidden (self, &fold);
      _schakel_chart_fold_clear (&fold);
      return hidden;
    }
  return _schakel_chart_series (self, series)->hidden;
}

gboolean
_schakel_chart_series_shown (const SchakelChart *self,
                             guint               series)
{
  return !_schakel_chart_series (self, series)->hidden;
}

guint
_schakel_chart_n_shown (const SchakelChart *self)
{
  guint n = 0;

  for (guint i = 0; i < self->series->len; i++)
    n += _schakel_chart_series_shown (self, i);
  return n;
}

guint
_schakel_chart_n_categories (const SchakelChart *self)
{
  return self->categories != NULL ? g_strv_length (self->categories) : 0;
}

const char *
_schakel_chart_category (const SchakelChart *self,
                         guint               index)
{
  if (index < _schakel_chart_n_categories (self))
    return self->categories[index];
  return "";
}

gboolean
_schakel_chart_has_legend (const SchakelChart *self)
{
  switch (self->kind)
    {
    case SCHAKEL_CHART_BOX:
    case SCHAKEL_CHART_FLOW_MATRIX:
      return FALSE;
    case SCHAKEL_CHART_LINE:
    case SCHAKEL_CHART_STEP:
    case SCHAKEL_CHART_STACKED_AREA:
    case SCHAKEL_CHART_BARS:
    case SCHAKEL_CHART_STACKED_BARS:
    case SCHAKEL_CHART_HISTOGRAM:
    case SCHAKEL_CHART_KM:
    default:
      return self->series->len > 1;
    }
}

/* The legend's explanation of hatched areas. */
char *
_schakel_chart_note_text (const SchakelChart *self)
{
  gboolean small = FALSE, stub = FALSE;

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      for (guint i = 0; !series->hidden && i < series->points->len; i++)
        {
          const SchakelChartPoint *point = &g_array_index (series->points, SchakelChartPoint, i);

          stub |= _schakel_chart_point_is_stub (self, point);
          small |= point->state == SCHAKEL_POINT_SUPPRESSED && !_schakel_chart_point_is_stub (self, point);
        }
    }
  if (small && stub)
    /* Translators: legend entry next to a hatched swatch; %s is e.g. "<5" */
    return g_strdup_printf (_("hidden (%s, x) under the publication rules"), self->small_label);
  if (small)
    /* Translators: legend entry next to a hatched swatch; %s is e.g. "<5" */
    return g_strdup_printf (_("hidden (%s) under the publication rules"), self->small_label);
  /* Translators: legend entry next to a hatched swatch */
  return g_strdup (_("hidden (x) under the publication rules"));
}

/* Whether any shown point is hidden by the publication rules. A hidden
 * box plot says so in its own place and needs no legend entry. */
gboolean
_schakel_chart_has_hidden (const SchakelChart *self)
{
  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      if (series->hidden)
        continue;
      for (guint i = 0; i < series->points->len; i++)
        {
          SchakelPointState state = g_array_index (series->points, SchakelChartPoint, i).state;

          if (state == SCHAKEL_POINT_SUPPRESSED || state == SCHAKEL_POINT_HIDDEN)
            return TRUE;
        }
    }
  return FALSE;
}

/* Whether the publication rules took anything away: a hidden point, a
 * hidden box plot, a Kaplan–Meier curve left out or cut short. */
gboolean
_schakel_chart_publication_hid (const SchakelChart *self)
{
  if (!self->has_rules)
    return FALSE;
  if (_schakel_chart_has_hidden (self))
    return TRUE;
  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      if (self->kind == SCHAKEL_CHART_BOX && series->has_box && series->box_state != SCHAKEL_POINT_VISIBLE)
        return TRUE;
      if (self->kind == SCHAKEL_CHART_KM && (series->km_steps == NULL || series->km_shown < series->km_steps->len))
        return TRUE;
    }
  return FALSE;
}

/* The upper end of a suppressed count's range: the hatched band reaches it. */
double
_schakel_chart_small_value (const SchakelChart *self)
{
  return self->rules.k;
}

/**
 * _schakel_chart_km_at_risk:
 * @series: a Kaplan–Meier series
 * @time: a time, in days
 *
 * Returns: how many are still at risk just before @time
 */
guint
_schakel_chart_km_at_risk (const SchakelChartSeries *series,
                           double                    time)
{
  const SchakelKmStep *steps = (const SchakelKmStep *) (gpointer) series->km_steps->data;
  guint n = series->km_steps->len;

  if (time <= 0 || n == 0)
    return series->km_n;
  for (guint i = 0; i < n; i++)
    if (steps[i].time >= time)
      return steps[i].n_risk;
  return steps[n - 1].n_risk - steps[n - 1].n_event - steps[n - 1].n_censor;
}

char *
_schakel_chart_format_x (const SchakelChart *self,
                         double              x)
{
  if (self->kind == SCHAKEL_CHART_FLOW_MATRIX)
    return g_strdup (_schakel_chart_category (self, (guint) x));
  switch (self->x_axis)
    {
    case SCHAKEL_AXIS_DAY:
      return schakel_format_day ((SchakelDay) round (x));
    case SCHAKEL_AXIS_CATEGORY:
      return g_strdup (_schakel_chart_category (self, (guint) x));
    case SCHAKEL_AXIS_NUMBER:
    default:
      return schakel_value_format (self->kind == SCHAKEL_CHART_KM ? SCHAKEL_VALUE_DAYS : SCHAKEL_VALUE_DECIMAL, x);
    }
}

/* A point's value as the chart writes it: the number, `<k`, or a dash. */
char *
_schakel_chart_format_point (const SchakelChart      *self,
                             const SchakelChartPoint *point)
{
  if (_schakel_chart_point_is_stub (self, point))
    return g_strdup ("x");
  switch (point->state)
    {
    case SCHAKEL_POINT_SUPPRESSED:
      return g_strdup (self->small_label);
    case SCHAKEL_POINT_MISSING:
      return g_strdup ("");
    case SCHAKEL_POINT_HIDDEN:
    case SCHAKEL_POINT_VISIBLE:
    default:
      return schakel_value_format (self->value_format, point->y);
    }
}

/* The marking of a chart outside publication mode. */
char *
_schakel_chart_footer_text (const SchakelChart *self)
{
  return g_strdup (_("Confidential: publication mode is off and small numbers are shown. Do not publish."));
}

static void
draw_footer (const SchakelChart       *self,
             cairo_t                  *cr,
             const SchakelChartLayout *layout)
{
  static const SchakelColor red = { 170 / 255.0, 30 / 255.0, 30 / 255.0 };
  static const SchakelColor light_red = { 255 / 255.0, 120 / 255.0, 110 / 255.0 };
  g_autofree char *text = _schakel_chart_footer_text (self);
  g_autoptr(PangoLayout) pl = _schakel_chart_text_wrapped (self, cr, text, layout->font_size, TRUE,
                                                           layout->width - 2 * layout->pad);

  schakel_palette_set_source (cr, self->palette == SCHAKEL_PALETTE_DARK ? &light_red : &red, 1.0);
  cairo_move_to (cr, layout->pad, layout->footer_y);
  pango_cairo_show_layout (cr, pl);
}

/**
 * schakel_chart_draw:
 * @self: a chart
 * @cr: where to draw: a window, a printer, an image, SVG or PDF surface
 * @width: width of the area, in @cr's user units
 * @height: its height
 *
 * Draws the chart, with its own background, into the rectangle from
 * (0, 0) to (@width, @height). Sizes of text and lines follow the size of
 * the area, so one chart reads the same on screen and on paper.
 */
void
schakel_chart_draw (const SchakelChart *self,
                    cairo_t            *cr,
                    double              width,
                    double              height)
{
  SchakelChartLayout layout;
  SchakelColor bg;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (width < 1 || height < 1)
    return;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  _schakel_chart_background (self, &bg);
  schakel_palette_set_source (cr, &bg, 1.0);
  cairo_paint (cr);

  _schakel_chart_layout (self, cr, width, height, &layout);
  switch (self->kind)
    {
    case SCHAKEL_CHART_LINE:
    case SCHAKEL_CHART_STEP:
    case SCHAKEL_CHART_STACKED_AREA:
      _schakel_chart_draw_xy (self, cr, &layout);
      break;
    case SCHAKEL_CHART_BARS:
    case SCHAKEL_CHART_STACKED_BARS:
    case SCHAKEL_CHART_HISTOGRAM:
      _schakel_chart_draw_bars (self, cr, &layout);
      break;
    case SCHAKEL_CHART_BOX:
      _schakel_chart_draw_box (self, cr, &layout);
      break;
    case SCHAKEL_CHART_KM:
      _schakel_chart_draw_km (self, cr, &layout);
      break;
    case SCHAKEL_CHART_FLOW_MATRIX:
    default:
      _schakel_chart_draw_matrix (self, cr, &layout);
      break;
    }
  if (self->confidential)
    draw_footer (self, cr, &layout);
  _schakel_chart_layout_clear (&layout);
  cairo_restore (cr);
}

int
_schakel_chart_compare_doubles (gconstpointer a,
                                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * _schakel_chart_distinct_xs:
 * @shown_only: leave out hidden series
 *
 * Returns: (transfer full) (element-type double): every x value of the
 *   series, sorted, each once
 */
GArray *
_schakel_chart_distinct_xs (const SchakelChart *self,
                            gboolean            shown_only)
{
  GArray *xs = g_array_new (FALSE, FALSE, sizeof (double));
  guint j = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      if (shown_only && series->hidden)
        continue;
      for (guint i = 0; i < series->points->len; i++)
        g_array_append_val (xs, g_array_index (series->points, SchakelChartPoint, i).x);
    }
  g_array_sort (xs, _schakel_chart_compare_doubles);
  for (guint i = 0; i < xs->len; i++)
    if (j == 0 || g_array_index (xs, double, i) != g_array_index (xs, double, j - 1))
      g_array_index (xs, double, j++) = g_array_index (xs, double, i);
  g_array_set_size (xs, j);
  return xs;
}

static int
compare_points (const void *a,
                const void *b)
{
  const SchakelChartPoint *p = a, *q = b;

  return (p->x > q->x) - (p->x < q->x);
}

/* The points of @series in x order: the chart's own array when it is
 * already sorted (the usual case, and free), else a sorted copy. */
const SchakelChartPoint *
_schakel_chart_sorted_points (SchakelChartSeries  *series,
                              SchakelChartPoint  **copy)
{
  const SchakelChartPoint *points = (const SchakelChartPoint *) (gpointer) series->points->data;
  guint n = series->points->len;

  *copy = NULL;
  for (guint i = 1; i < n; i++)
    if (points[i].x < points[i - 1].x)
      {
        *copy = g_memdup2 (points, n * sizeof *points);
        qsort (*copy, n, sizeof **copy, compare_points);
        return *copy;
      }
  return points;
}

const SchakelChartPoint *
_schakel_chart_point (const SchakelChart *self,
                      guint               series,
                      guint               point)
{
  return &g_array_index (_schakel_chart_series (self, series)->points, SchakelChartPoint, point);
}

/* Quantile by linear interpolation between order statistics (type 7, the
 * default of R and of most spreadsheets). */
static double
quantile_sorted (const double *sorted,
                 guint         n,
                 double        p)
{
  double h = (n - 1) * p;
  guint lo = (guint) floor (h);

  if (lo + 1 >= n)
    return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}

/**
 * schakel_box_stats_compute:
 * @values: (array length=n): observations; not finite ones are skipped
 * @n: their number
 * @out: (out caller-allocates): the summary; clear with schakel_box_stats_clear()
 */
void
schakel_box_stats_compute (const double    *values,
                           guint            n,
                           SchakelBoxStats *out)
{
  g_autofree double *sorted = g_new (double, MAX (n, 1));
  GArray *outliers = g_array_new (FALSE, FALSE, sizeof (double));
  double iqr, low_fence, high_fence;
  guint m = 0;

  memset (out, 0, sizeof *out);
  for (guint i = 0; i < n; i++)
    if (isfinite (values[i]))
      sorted[m++] = values[i];
  out->n = m;
  if (m == 0)
    {
      out->median = out->q1 = out->q3 = out->whisker_low = out->whisker_high = NAN;
      g_array_unref (outliers);
      return;
    }
  qsort (sorted, m, sizeof (double), _schakel_chart_compare_doubles);
  out->median = quantile_sorted (sorted, m, 0.5);
  out->q1 = quantile_sorted (sorted, m, 0.25);
  out->q3 = quantile_sorted (sorted, m, 0.75);
  iqr = out->q3 - out->q1;
  low_fence = out->q1 - 1.5 * iqr;
  high_fence = out->q3 + 1.5 * iqr;
  out->whisker_low = out->q1;
  out->whisker_high = out->q3;
  for (guint i = 0; i < m; i++)
    {
      if (sorted[i] < low_fence || sorted[i] > high_fence)
        g_array_append_val (outliers, sorted[i]);
      else
        {
          out->whisker_low = MIN (out->whisker_low, sorted[i]);
          out->whisker_high = MAX (out->whisker_high, sorted[i]);
        }
    }
  out->n_outliers = outliers->len;
  out->outliers = (double *) (gpointer) g_array_free (outliers, FALSE);
}

void
schakel_box_stats_clear (SchakelBoxStats *stats)
{
  g_clear_pointer (&stats->outliers, g_free);
  stats->n_outliers = 0;
}

void
schakel_chart_hit_clear (SchakelChartHit *hit)
{
  g_clear_pointer (&hit->label, g_free);
  hit->kind = SCHAKEL_CHART_HIT_NONE;
}
