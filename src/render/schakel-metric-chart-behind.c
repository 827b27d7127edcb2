/* schakel-metric-chart-behind.c — the minors behind a point, bar, box or
 * curve of a metric chart, from the computation that gave its figure
 * (schakel-metrics-behind.h, schakel-metrics-moves-detail.h), with a
 * sentence that says what they have in common.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-render.h"
#include "schakel-metric-chart-private.h"

/**
 * schakel_metric_chart_lists_minors:
 * @kind: a kind
 *
 * Returns: %TRUE when the minors behind the points of the chart can be
 *   listed with schakel_metric_chart_minors_behind(): every kind
 */
gboolean
schakel_metric_chart_lists_minors (SchakelMetricChartKind kind)
{
  return kind <= SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM;
}

/* The point clicked, and where to compute what is behind it. */
typedef struct
{
  SchakelDatabase                 *db;
  const SchakelMetricChartRequest *request;
  const SchakelChart              *chart;
  guint                            series;
  guint                            point;
  const SchakelChartPoint         *p;        /* NULL: a box, or no such point */
  GCancellable                    *cancellable;
} Click;

static gboolean
invalid_point (GError **error)
{
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
               _("The minors behind this point cannot be listed"));
  return FALSE;
}

/* The list's computation gives the very figure of the chart, unless the
 * data changed after the chart was made: then the list would not be
 * the one behind the figure shown. */
static GArray *
unless_changed (GArray    *minors,
                gboolean   same,
                GError   **error)
{
  if (minors == NULL || same)
    return minors;
  g_array_unref (minors);
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
               _("The data changed after the chart was made: update the chart and click again"));
  return NULL;
}

/* “What — group, from to to”: the group's name and the chart's period. */
static char *
over_period (const SchakelMetricChartRequest *request,
             const char                      *what,
             const char                      *group)
{
  g_autofree char *from = schakel_format_day (request->from);
  g_autofree char *to = schakel_format_day (request->to);
  /* Translators: scope, first day, last day of a chart's period */
  g_autofree char *where = g_strdup_printf (_("%s, %s to %s"), group, from, to);

  /* Translators: the filter of the Jongeren view after a click on a chart:
   * what the minors have in common — the group and the period */
  return g_strdup_printf (_("%s — %s"), what, where);
}

/* A point of a chart of month ends: the records its count or rate
 * counted at that date, in the window of that month. */
static GArray *
behind_month (const Click  *click,
              char        **description,
              GError      **error)
{
  const SchakelMetricChartRequest *request = click->request;
  g_autoptr(GArray) starts = NULL;
  g_autoptr(GArray) ends = _schakel_metric_chart_month_windows (request, &starts);
  SchakelMetricsBehindRequest behind = { _schakel_metric_chart_metric (request->kind), request->group_by,
                                         schakel_chart_get_series_key (click->chart, click->series),
                                         (SchakelDay) click->p->x, SCHAKEL_DAY_NONE,
                                         SCHAKEL_METRICS_BEHIND_COUNTED, 0 };
  g_autofree char *when = NULL, *what = NULL;
  g_autoptr(SchakelMetricValue) value = NULL;
  GArray *minors;
  guint d;

  for (d = 0; d < ends->len && g_array_index (ends, SchakelDay, d) != behind.date; d++)
    ;
  if (d == ends->len)
    return invalid_point (error), NULL;
  if (starts != NULL)
    behind.window_start = g_array_index (starts, SchakelDay, d);

  if (request->kind == SCHAKEL_METRIC_CHART_MOVES_RATE)
    {
      when = schakel_format_month (behind.date);
      /* Translators: minors behind a month of the moves rate; %s is a month */
      what = g_strdup_printf (_("Moved in %s"), when);
    }
  else
    {
      when = schakel_format_day (behind.date);
      /* Translators: minors behind a point of the open wait-list entries; %s is a day */
      what = g_strdup_printf (_("With an open wait-list entry on %s"), when);
    }
  /* Translators: the filter of the Jongeren view after a click on a chart:
   * what the minors have in common — the group */
  *description = g_strdup_printf (_("%s — %s"), what, schakel_chart_get_series_name (click->chart, click->series));
  minors = schakel_metrics_group_minors_behind (click->db, request->scope, &behind, &value, click->cancellable,
                                                error);
  return unless_changed (minors, value == NULL || click->p->state != SCHAKEL_POINT_VISIBLE ||
                                 value->value == click->p->y, error);
}

/* What the minors at risk at a step of a curve have in common; at day 0,
 * the whole cohort. */
static char *
at_risk_text (SchakelMetricChartKind kind,
              guint                  time)
{
  g_autofree char *days = schakel_format_count (time);

  if (time == 0)
    switch (kind)
      {
      case SCHAKEL_METRIC_CHART_WAITLIST_KM:
        /* Translators: all minors of the wait-list curve */
        return g_strdup (_("Registered on a wait-list in the period"));
      case SCHAKEL_METRIC_CHART_SCHOOL_GAP:
        /* Translators: all minors of the school gap curve */
        return g_strdup (_("At school up to a move in the period"));
      case SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM:
        /* Translators: all minors of the time-to-school curve */
        return g_strdup (_("Placed in the period, not yet at a school there"));
      default:
        g_return_val_if_reached (NULL);
      }
  switch (kind)
    {
    case SCHAKEL_METRIC_CHART_WAITLIST_KM:
      /* Translators: minors at risk at a step of the wait-list curve; %s is a number of days */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "On a wait-list for at least %s day",
                                           "On a wait-list for at least %s days", time), days);
    case SCHAKEL_METRIC_CHART_SCHOOL_GAP:
      /* Translators: minors at risk at a step of the school gap curve; %s is a number of days */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Without school for at least %s day after a move",
                                           "Without school for at least %s days after a move", time), days);
    case SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM:
      /* Translators: minors at risk at a step of the time-to-school curve; %s is a number of days */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Not at school for at least %s day after placement",
                                           "Not at school for at least %s days after placement", time), days);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* Whether the clicked point is the step of the curve computed again. */
static gboolean
same_step (const SchakelMetricValue *value,
           const Click              *click)
{
  guint n_steps;
  const SchakelKmStep *steps = value->km != NULL ? schakel_km_get_steps (value->km, &n_steps) : NULL;

  return steps != NULL && click->point < n_steps && steps[click->point].time == click->p->x &&
         steps[click->point].surv == click->p->y;
}

/* A box (completed durations) or a step of a Kaplan–Meier curve of the
 * period: the observations of the group's figure that ended in the event,
 * or were still at risk at the step's time. */
static GArray *
behind_durations (const Click  *click,
                  char        **description,
                  GError      **error)
{
  const SchakelMetricChartRequest *request = click->request;
  SchakelMetricsBehindRequest behind = { _schakel_metric_chart_metric (request->kind), request->group_by,
                                         schakel_chart_get_series_key (click->chart, click->series),
                                         request->to, request->from - 1, SCHAKEL_METRICS_BEHIND_EVENTS, 0 };
  g_autofree char *what = NULL;
  g_autoptr(SchakelMetricValue) value = NULL;
  GArray *minors;

  if (request->kind == SCHAKEL_METRIC_CHART_WAITLIST_WAIT)
    /* Translators: minors behind a box of completed waits */
    what = g_strdup (_("Placed from a wait-list, registered in the period"));
  else if (click->p == NULL)
    return invalid_point (error), NULL;
  else
    {
      behind.selection = SCHAKEL_METRICS_BEHIND_AT_RISK;
      behind.time = (guint) click->p->x;
      what = at_risk_text (request->kind, behind.time);
    }
  *description = over_period (request, what, schakel_chart_get_series_name (click->chart, click->series));
  minors = schakel_metrics_group_minors_behind (click->db, request->scope, &behind, &value, click->cancellable,
                                                error);
  return unless_changed (minors, value == NULL || click->p == NULL || same_step (value, click), error);
}

/* A cell of the flow matrix or a bar of moves per minor, from the moves
 * the rate of the period counted. */
static GArray *
behind_moves (const Click  *click,
              char        **description,
              GError      **error)
{
  const SchakelMetricChartRequest *request = click->request;
  guint from = click->series, to = click->point;
  g_autoptr(SchakelMovesDetail) detail = NULL;
  g_autofree char *what = NULL;
  GArray *minors = NULL;

  detail = schakel_metrics_compute_moves_detail (click->db, request->scope, request->to, request->from - 1,
                                                 click->cancellable, error);
  if (detail == NULL)
    return NULL;
  if (request->kind == SCHAKEL_METRIC_CHART_MOVES_FLOW && from < detail->n_types && to < detail->n_types)
    {
      minors = schakel_moves_detail_minors_in_flow (detail, from, to);
      /* Translators: minors behind a cell of the flow matrix; two location types */
      what = g_strdup_printf (_("Moved from %s to %s"), detail->types[from], detail->types[to]);
    }
  else if (request->kind == SCHAKEL_METRIC_CHART_MOVES_PER_MINOR && click->point < detail->n_bins)
    {
      minors = schakel_moves_detail_minors_in_bin (detail, click->point);
      /* Translators: minors behind a bar of moves per minor */
      what = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Moved %u time", "Moved %u times", click->point),
                              click->point);
    }
  if (minors == NULL)
    return invalid_point (error), NULL;
  /* Translators: the filter of the Jongeren view after a click on a chart:
   * what the minors have in common — the scope and the period */
  *description = g_strdup_printf (_("%s — %s"), what, schakel_chart_get_subtitle (click->chart));
  return minors;
}

/**
 * schakel_metric_chart_minors_behind:
 * @db: a database
 * @request: the request the chart was built from
 * @chart: the chart, as schakel_metric_chart_build() made it
 * @series: the series of the point, or of the box
 * @point: the point (ignored for a box)
 * @description: (out) (transfer full) (optional): what the minors have in
 *   common, with the group and the date or period, for the Jongeren view
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * The minors behind a point of the chart, from the computation of its
 * figure (docs/metrics.md, "The minors behind a chart"): the open
 * entries of a point of `waitlist_open`; the moves of a month of
 * `moves_rate`; the completed waits of a box of `waitlist_wait`; the
 * observations still at risk at a step of a Kaplan–Meier curve; the moves
 * of a cell of `moves_flow`; the minors of a bar of `moves_per_minor`.
 * Publication mode hides small figures in what
 * leaves the screen; the user may still see who is behind them.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): minor ids,
 *   ascending, each once
 */
GArray *
schakel_metric_chart_minors_behind (SchakelDatabase                 *db,
                                    const SchakelMetricChartRequest *request,
                                    const SchakelChart              *chart,
                                    guint                            series,
                                    guint                            point,
                                    char                           **description,
                                    GCancellable                    *cancellable,
                                    GError                         **error)
{
  Click click = { db, request, chart, series, point, NULL, cancellable };
  g_autofree char *text = NULL;
  const SchakelChartPoint *points;
  guint n_points;
  GArray *minors = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (request != NULL && request->scope != NULL && chart != NULL, NULL);

  if (series >= schakel_chart_get_n_series (chart))
    return invalid_point (error), NULL;
  points = schakel_chart_get_points (chart, series, &n_points);
  if (point < n_points)
    click.p = &points[point];

  switch (request->kind)
    {
    case SCHAKEL_METRIC_CHART_WAITLIST_OPEN:
    case SCHAKEL_METRIC_CHART_MOVES_RATE:
      if (click.p == NULL)
        return invalid_point (error), NULL;
      minors = behind_month (&click, &text, error);
      break;
    case SCHAKEL_METRIC_CHART_WAITLIST_WAIT:
    case SCHAKEL_METRIC_CHART_WAITLIST_KM:
    case SCHAKEL_METRIC_CHART_SCHOOL_GAP:
    case SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM:
      minors = behind_durations (&click, &text, error);
      break;
    case SCHAKEL_METRIC_CHART_MOVES_PER_MINOR:
    case SCHAKEL_METRIC_CHART_MOVES_FLOW:
      minors = behind_moves (&click, &text, error);
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  if (minors != NULL && description != NULL)
    *description = g_steal_pointer (&text);
  return minors;
}
