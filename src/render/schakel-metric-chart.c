/* schakel-metric-chart.c — the charts of issue 6 built from the metrics
 * engine (schakel-metrics-series.h, schakel-metrics-moves-detail.h): every
 * figure is what schakel_metrics_compute() says for its group, date and
 * window; publication mode is the engine's, drawn as such.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-render.h"
#include "schakel-metric-chart-private.h"

typedef struct
{
  const char *name;
  const char *metric;     /* NULL: the moves detail */
  const char *title;
  const char *y_label;
} KindInfo;

static const KindInfo kinds[] = {
  [SCHAKEL_METRIC_CHART_WAITLIST_OPEN] = { "waitlist_open", "waitlist_open",
                                           N_("Open wait-list entries at the end of each month"),
                                           N_("Open entries") },
  [SCHAKEL_METRIC_CHART_WAITLIST_WAIT] = { "waitlist_wait", "waitlist_wait",
                                           N_("Completed waits on a wait-list"), N_("Days") },
  [SCHAKEL_METRIC_CHART_WAITLIST_KM] = { "waitlist_km", "waitlist_wait",
                                         N_("Wait on a wait-list (Kaplan–Meier)"), N_("Still waiting") },
  [SCHAKEL_METRIC_CHART_MOVES_RATE] = { "moves_rate", "moves_per_child_year",
                                        N_("Moves per child-year, month by month"), N_("Moves per child-year") },
  [SCHAKEL_METRIC_CHART_MOVES_PER_MINOR] = { "moves_per_minor", NULL,
                                             N_("Minors by number of moves"), N_("Minors") },
  [SCHAKEL_METRIC_CHART_MOVES_FLOW] = { "moves_flow", NULL,
                                        N_("Moves from one type of location to another"), N_("From") },
  [SCHAKEL_METRIC_CHART_SCHOOL_GAP] = { "school_gap", "school_gap_median",
                                        N_("School gap after a move (Kaplan–Meier)"), N_("Still without school") },
  [SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM] = { "time_to_school_km", "time_to_school",
                                               N_("Time to school after placement (Kaplan–Meier)"),
                                               N_("Not yet at school") },
};

/**
 * schakel_metric_chart_kind_parse:
 * @text: a kind's name, e.g. `waitlist_open`
 * @kind: (out): the kind
 * @error: return location for an error
 *
 * Returns: %TRUE when @text names a kind
 */
gboolean
schakel_metric_chart_kind_parse (const char              *text,
                                 SchakelMetricChartKind  *kind,
                                 GError                 **error)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (g_strcmp0 (text, kinds[i].name) == 0)
        {
          *kind = i;
          return TRUE;
        }
      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", kinds[i].name);
    }
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
               _("Unknown chart “%s”: use one of %s"), text != NULL ? text : "", names->str);
  return FALSE;
}

/**
 * schakel_metric_chart_kind_to_string:
 * @kind: a kind
 *
 * Returns: its stable name
 */
const char *
schakel_metric_chart_kind_to_string (SchakelMetricChartKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kinds), NULL);
  return kinds[kind].name;
}

/**
 * schakel_metric_chart_allows_group:
 * @kind: a kind
 * @group_by: a grouping
 *
 * Returns: %TRUE when the chart can show one series per group
 */
gboolean
schakel_metric_chart_allows_group (SchakelMetricChartKind kind,
                                   SchakelMetricsGroupBy  group_by)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kinds), FALSE);
  if (group_by == SCHAKEL_METRICS_GROUP_NONE)
    return TRUE;
  return kinds[kind].metric != NULL && schakel_metrics_group_by_allows (group_by, kinds[kind].metric);
}

/* How a value is drawn: a hidden small count as `<k`, anything else
 * hidden as `x`, no value as a gap. */
static SchakelPointState
value_state (const SchakelMetricValue *v)
{
  if (v->published && v->suppressed)
    return v->display != NULL && !g_str_equal (v->display, "x") ? SCHAKEL_POINT_SUPPRESSED : SCHAKEL_POINT_HIDDEN;
  return isfinite (v->value) ? SCHAKEL_POINT_VISIBLE : SCHAKEL_POINT_MISSING;
}

static SchakelPointState
cell_state (SchakelCellState state)
{
  switch (state)
    {
    case SCHAKEL_CELL_VISIBLE:
      return SCHAKEL_POINT_VISIBLE;
    case SCHAKEL_CELL_SMALL:
      return SCHAKEL_POINT_SUPPRESSED;
    case SCHAKEL_CELL_PROTECTING:
      return SCHAKEL_POINT_HIDDEN;
    default:
      g_return_val_if_reached (SCHAKEL_POINT_HIDDEN);
    }
}

static SchakelChart *
chart_new (SchakelDatabase                 *db,
           const SchakelMetricChartRequest *request,
           SchakelChartKind                 chart_kind,
           const SchakelPublicationRules   *rules)
{
  SchakelChart *chart = schakel_chart_new (chart_kind);
  g_autofree char *scope = schakel_scope_dup_name (request->scope, db);
  g_autofree char *from = schakel_format_day (request->from);
  g_autofree char *to = schakel_format_day (request->to);
  g_autofree char *subtitle = NULL;

  /* TRANSLATORS: scope, first day, last day of a chart's period */
  subtitle = g_strdup_printf (_("%s, %s to %s"), scope, from, to);
  schakel_chart_set_title (chart, _(kinds[request->kind].title));
  schakel_chart_set_subtitle (chart, subtitle);
  schakel_chart_set_y_label (chart, _(kinds[request->kind].y_label));
  if (rules != NULL)
    schakel_chart_set_publication (chart, rules);
  return chart;
}

/**
 * _schakel_metric_chart_metric:
 * @kind: a kind
 *
 * Returns: (nullable): the metric charted, %NULL for the moves detail
 */
const char *
_schakel_metric_chart_metric (SchakelMetricChartKind kind)
{
  g_return_val_if_fail (kind < G_N_ELEMENTS (kinds), NULL);
  return kinds[kind].metric;
}

/**
 * _schakel_metric_chart_month_windows:
 * @request: a chart of month ends
 * @starts: (out) (transfer full) (optional): each date's window start, for
 *   a rate; %NULL for a count, which uses the settings
 *
 * Returns: (transfer full) (element-type SchakelDay): the dates of the points
 */
GArray *
_schakel_metric_chart_month_windows (const SchakelMetricChartRequest *request,
                                     GArray                         **starts)
{
  gboolean rate = request->kind == SCHAKEL_METRIC_CHART_MOVES_RATE;
  GArray *ends = schakel_metrics_month_ends (request->from, request->to);

  /* A rate per month: each month is its own window. A last month cut
   * short by the period's end would be a rate over a few days. */
  if (rate && ends->len > 1 &&
      schakel_day_add_months (g_array_index (ends, SchakelDay, ends->len - 2) + 1, 1) - 1 != request->to)
    g_array_set_size (ends, ends->len - 1);
  if (starts == NULL)
    return ends;
  *starts = NULL;
  if (!rate)
    return ends;
  *starts = g_array_sized_new (FALSE, FALSE, sizeof (SchakelDay), ends->len);
  for (guint i = 0; i < ends->len; i++)
    {
      SchakelDay start = i == 0 ? request->from - 1 : g_array_index (ends, SchakelDay, i - 1);

      g_array_append_val (*starts, start);
    }
  return ends;
}

/* One point per month end, whole scope or per group. */
static SchakelChart *
build_months (SchakelDatabase                 *db,
              const SchakelMetricChartRequest *request,
              const SchakelPublicationRules   *rules,
              GCancellable                    *cancellable,
              GError                         **error)
{
  const char * const ids[] = { kinds[request->kind].metric, NULL };
  gboolean rate = request->kind == SCHAKEL_METRIC_CHART_MOVES_RATE;
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GArray) ends = _schakel_metric_chart_month_windows (request, &starts);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(SchakelChart) chart = NULL;

  groups = schakel_metrics_compute_groups (db, request->scope, request->group_by, ids,
                                           (SchakelDay *) (gpointer) ends->data,
                                           starts != NULL ? (SchakelDay *) (gpointer) starts->data : NULL,
                                           ends->len, cancellable, error);
  if (groups == NULL)
    return NULL;
  if (rules != NULL)
    schakel_metrics_groups_publish (groups, rules);

  chart = chart_new (db, request,
                     request->group_by != SCHAKEL_METRICS_GROUP_NONE && !rate ? SCHAKEL_CHART_STACKED_AREA
                                                                              : SCHAKEL_CHART_LINE,
                     rules);
  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_DAY);
  schakel_chart_set_value_format (chart, rate ? SCHAKEL_VALUE_DECIMAL : SCHAKEL_VALUE_COUNT);
  for (guint g = 0; g < groups->len; g++)
    {
      const SchakelMetricsSeries *series = g_ptr_array_index (groups, g);
      guint s;

      if (groups->len > 1 && schakel_metrics_series_is_empty (series, 0))
        continue;
      s = schakel_chart_add_series (chart, series->name);
      schakel_chart_set_series_key (chart, s, series->key);
      for (guint d = 0; d < series->n_dates; d++)
        {
          const SchakelMetricValue *v = schakel_metrics_series_get (series, d, 0);

          schakel_chart_add_point (chart, s, series->dates[d], v->value, value_state (v));
        }
    }
  return g_steal_pointer (&chart);
}

/* Kaplan–Meier curves or box plots of the period, whole scope or per group. */
static SchakelChart *
build_durations (SchakelDatabase                 *db,
                 const SchakelMetricChartRequest *request,
                 const SchakelPublicationRules   *rules,
                 GCancellable                    *cancellable,
                 GError                         **error)
{
  const char * const ids[] = { kinds[request->kind].metric, NULL };
  gboolean box = request->kind == SCHAKEL_METRIC_CHART_WAITLIST_WAIT;
  SchakelDay start = request->from - 1;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(SchakelChart) chart = NULL;
  const char *norm = NULL;

  groups = schakel_metrics_compute_groups (db, request->scope, request->group_by, ids, &request->to, &start, 1,
                                           cancellable, error);
  if (groups == NULL)
    return NULL;
  if (rules != NULL)
    schakel_metrics_groups_publish (groups, rules);

  chart = chart_new (db, request, box ? SCHAKEL_CHART_BOX : SCHAKEL_CHART_KM, rules);
  schakel_chart_set_value_format (chart, box ? SCHAKEL_VALUE_DAYS : SCHAKEL_VALUE_PERCENT);
  schakel_chart_set_x_label (chart, box ? NULL : _("Days"));
  for (guint g = 0; g < groups->len; g++)
    {
      const SchakelMetricsSeries *series = g_ptr_array_index (groups, g);
      const SchakelMetricValue *v = schakel_metrics_series_get (series, 0, 0);
      guint s;

      if (groups->len > 1 && v->n == 0)
        continue;
      s = schakel_chart_add_series (chart, series->name);
      schakel_chart_set_series_key (chart, s, series->key);
      norm = norm != NULL ? norm : v->norm;
      if (box)
        {
          guint n;
          g_autofree double *times = schakel_metric_value_event_times (v, &n);

          schakel_chart_add_box (chart, s, times, n,
                                 v->published && v->suppressed ? SCHAKEL_POINT_HIDDEN : SCHAKEL_POINT_VISIBLE);
        }
      /* A curve of too few minors is not drawn at all (min_group). */
      else if (v->km != NULL && !(v->published && v->suppressed))
        schakel_chart_add_km (chart, s, v->km, rules);
    }

  /* Time to school: the norm as a line at its length in days. */
  if (request->kind == SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM && norm != NULL)
    {
      int months = schakel_metrics_norm_months (db, norm);

      if (months > 0)
        {
          g_autofree char *label = g_strdup_printf (_("Norm %s"), norm);

          schakel_chart_add_x_marker (chart, round (months * 365.25 / 12), label);
        }
    }
  return g_steal_pointer (&chart);
}

/* The moves of the period by number per minor, or by location types. */
static SchakelChart *
build_moves_detail (SchakelDatabase                 *db,
                    const SchakelMetricChartRequest *request,
                    const SchakelPublicationRules   *rules,
                    GCancellable                    *cancellable,
                    GError                         **error)
{
  g_autoptr(SchakelMovesDetail) detail = NULL;
  g_autoptr(SchakelChart) chart = NULL;

  detail = schakel_metrics_compute_moves_detail (db, request->scope, request->to, request->from - 1,
                                                 cancellable, error);
  if (detail == NULL)
    return NULL;
  if (rules != NULL)
    schakel_moves_detail_publish (detail, rules);

  if (request->kind == SCHAKEL_METRIC_CHART_MOVES_PER_MINOR)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
      guint s;

      chart = chart_new (db, request, SCHAKEL_CHART_BARS, rules);
      for (guint b = 0; b < detail->n_bins; b++)
        g_ptr_array_add (labels, g_strdup_printf ("%u", b));
      g_ptr_array_add (labels, NULL);
      schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_CATEGORY);
      schakel_chart_set_categories (chart, (const char * const *) labels->pdata);
      schakel_chart_set_x_label (chart, _("Moves in the period"));
      schakel_chart_set_value_format (chart, SCHAKEL_VALUE_COUNT);
      s = schakel_chart_add_series (chart, _("Minors"));
      for (guint b = 0; b < detail->n_bins; b++)
        schakel_chart_add_point (chart, s, b, detail->minors_by_moves[b], cell_state (detail->bin_states[b]));
      return g_steal_pointer (&chart);
    }

  chart = chart_new (db, request, SCHAKEL_CHART_FLOW_MATRIX, rules);
  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_CATEGORY);
  schakel_chart_set_categories (chart, (const char * const *) detail->types);
  schakel_chart_set_x_label (chart, _("To"));
  schakel_chart_set_value_format (chart, SCHAKEL_VALUE_COUNT);
  for (guint from = 0; from < detail->n_types; from++)
    {
      guint s = schakel_chart_add_series (chart, detail->types[from]);

      for (guint to = 0; to < detail->n_types; to++)
        {
          guint cell = from * detail->n_types + to;

          schakel_chart_add_point (chart, s, to, detail->flows[cell], cell_state (detail->flow_states[cell]));
        }
    }
  return g_steal_pointer (&chart);
}

/**
 * schakel_metric_chart_build:
 * @db: a database
 * @request: what to chart
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Computes the figures of the chart with the metrics engine and fills a
 * chart with them, its title and a subtitle with scope and period. Runs
 * in any thread; draw the result with schakel_chart_draw().
 *
 * Returns: (transfer full) (nullable): the chart
 */
SchakelChart *
schakel_metric_chart_build (SchakelDatabase                 *db,
                            const SchakelMetricChartRequest *request,
                            GCancellable                    *cancellable,
                            GError                         **error)
{
  SchakelPublicationRules rules;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (request != NULL && request->scope != NULL, NULL);
  g_return_val_if_fail (request->kind < G_N_ELEMENTS (kinds), NULL);

  if (request->from == SCHAKEL_DAY_NONE || request->to == SCHAKEL_DAY_NONE || request->to < request->from)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("The period must end on or after the day it starts"));
      return NULL;
    }
  if (!schakel_metric_chart_allows_group (request->kind, request->group_by))
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("The chart %s cannot be grouped by %s"), kinds[request->kind].name,
                   schakel_metrics_group_by_to_string (request->group_by));
      return NULL;
    }
  if (request->publication)
    schakel_publication_rules_load (&rules, db);

  switch (request->kind)
    {
    case SCHAKEL_METRIC_CHART_WAITLIST_OPEN:
    case SCHAKEL_METRIC_CHART_MOVES_RATE:
      return build_months (db, request, request->publication ? &rules : NULL, cancellable, error);
    case SCHAKEL_METRIC_CHART_WAITLIST_WAIT:
    case SCHAKEL_METRIC_CHART_WAITLIST_KM:
    case SCHAKEL_METRIC_CHART_SCHOOL_GAP:
    case SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM:
      return build_durations (db, request, request->publication ? &rules : NULL, cancellable, error);
    case SCHAKEL_METRIC_CHART_MOVES_PER_MINOR:
    case SCHAKEL_METRIC_CHART_MOVES_FLOW:
      return build_moves_detail (db, request, request->publication ? &rules : NULL, cancellable, error);
    default:
      g_return_val_if_reached (NULL);
    }
}
