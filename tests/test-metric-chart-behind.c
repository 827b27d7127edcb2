/* test-metric-chart-behind.c — the minors behind a point of every chart
 * kind and grouping, on demo data: the list comes from a computation that
 * gives exactly the chart's figure, and holds no more minors than the
 * figure counts; publication mode does not stop the user from seeing who
 * is behind a hidden figure.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "schakel-render.h"
#include "schakel-test-util.h"

static SchakelDatabase *
demo_db (void)
{
  static SchakelDatabase *db;

  if (db == NULL)
    db = schakel_test_open_demo ("chart-behind.db", 500, 2, 11, schakel_day_from_ymd (2026, 6, 1));
  return db;
}

static SchakelScope *
national (void)
{
  g_autoptr(GError) error = NULL;
  SchakelScope *scope = schakel_scope_parse ("nl", &error);

  g_assert_no_error (error);
  return scope;
}

static void
request_init (SchakelMetricChartRequest *request,
              const SchakelScope        *scope,
              SchakelMetricChartKind     kind,
              SchakelMetricsGroupBy      group_by,
              gboolean                   publication)
{
  request->kind = kind;
  request->scope = scope;
  request->from = schakel_day_from_ymd (2025, 6, 1);
  request->to = schakel_day_from_ymd (2026, 5, 31);
  request->group_by = group_by;
  request->publication = publication;
}

static SchakelChart *
build (const SchakelMetricChartRequest *request)
{
  g_autoptr(GError) error = NULL;
  SchakelChart *chart = schakel_metric_chart_build (demo_db (), request, NULL, &error);

  g_assert_no_error (error);
  return chart;
}

static GArray *
chart_behind (const SchakelMetricChartRequest *request,
              const SchakelChart              *chart,
              guint                            series,
              guint                            point)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *description = NULL;
  g_autofree char *to = schakel_format_day (request->to);
  GArray *minors = schakel_metric_chart_minors_behind (demo_db (), request, chart, series, point, &description,
                                                       NULL, &error);
  const char *period;

  g_assert_no_error (error);
  g_assert_nonnull (description);
  g_assert_true (g_utf8_validate (description, -1, NULL));
  /* The period, where the description names it, once. */
  if ((period = strstr (description, to)) != NULL)
    g_assert_null (strstr (period + 1, to));
  for (guint i = 1; i < minors->len; i++)
    g_assert_cmpint (g_array_index (minors, gint64, i - 1), <, g_array_index (minors, gint64, i));
  return minors;
}

/* The same point asked of the core, with the figure of that computation. */
static GArray *
core_behind (const SchakelMetricChartRequest *request,
             const SchakelChart              *chart,
             guint                            series,
             const char                      *id,
             SchakelDay                       date,
             SchakelDay                       window_start,
             SchakelMetricsBehindSelection    selection,
             guint                            time,
             SchakelMetricValue             **value)
{
  SchakelMetricsBehindRequest behind = { id, request->group_by, schakel_chart_get_series_key (chart, series), date,
                                         window_start, selection, time };
  g_autoptr(GError) error = NULL;
  GArray *minors = schakel_metrics_group_minors_behind (demo_db (), request->scope, &behind, value, NULL, &error);

  g_assert_no_error (error);
  return minors;
}

static void
assert_same_minors (GArray *a,
                    GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, gint64, i), ==, g_array_index (b, gint64, i));
}

/* The points worth asking about: the largest of each series and its last. */
static void
pick_points (const SchakelChart *chart,
             guint               series,
             guint              *largest,
             guint              *last)
{
  guint n;
  const SchakelChartPoint *points = schakel_chart_get_points (chart, series, &n);

  *largest = *last = n > 0 ? n - 1 : G_MAXUINT;
  for (guint i = 0; i < n; i++)
    if (points[i].state == SCHAKEL_POINT_VISIBLE && points[i].y > points[*largest].y)
      *largest = i;
}

/* waitlist_open and moves_rate: a month end of a group. The core's pass
 * gives the chart's value; the entries or moves it counts are at least as
 * many as the minors listed, and a figure of 0 lists nobody. */
static void
check_month_point (const SchakelMetricChartRequest *request,
                   const SchakelChart              *chart,
                   guint                            s,
                   guint                            i)
{
  gboolean rate = request->kind == SCHAKEL_METRIC_CHART_MOVES_RATE;
  guint n;
  const SchakelChartPoint *points = schakel_chart_get_points (chart, s, &n);
  SchakelDay start = !rate ? SCHAKEL_DAY_NONE : i == 0 ? request->from - 1 : (SchakelDay) points[i - 1].x;
  g_autoptr(SchakelMetricValue) value = NULL;
  g_autoptr(GArray) minors = chart_behind (request, chart, s, i);
  g_autoptr(GArray) core = core_behind (request, chart, s, rate ? "moves_per_child_year" : "waitlist_open",
                                        (SchakelDay) points[i].x, start, SCHAKEL_METRICS_BEHIND_COUNTED, 0, &value);

  assert_same_minors (minors, core);
  if (isfinite (points[i].y))
    g_assert_cmpfloat (value->value, ==, points[i].y);
  g_assert_cmpint (minors->len, <=, value->numerator);
  g_assert_cmpint (minors->len > 0, ==, value->numerator > 0);
}

/* A box: the completed waits; a curve: the observations at risk. */
static void
check_durations (const SchakelMetricChartRequest *request,
                 const SchakelChart              *chart,
                 guint                            s)
{
  const char *id = request->kind == SCHAKEL_METRIC_CHART_WAITLIST_WAIT || request->kind == SCHAKEL_METRIC_CHART_WAITLIST_KM
                   ? "waitlist_wait"
                   : request->kind == SCHAKEL_METRIC_CHART_SCHOOL_GAP ? "school_gap_median" : "time_to_school";
  guint n;
  const SchakelChartPoint *points = schakel_chart_get_points (chart, s, &n);
  const guint probes[] = { 0, n / 2, n - 1 };

  if (request->kind == SCHAKEL_METRIC_CHART_WAITLIST_WAIT)
    {
      g_autoptr(SchakelMetricValue) value = NULL;
      g_autoptr(GArray) minors = chart_behind (request, chart, s, 0);
      g_autoptr(GArray) core = core_behind (request, chart, s, id, request->to, request->from - 1,
                                            SCHAKEL_METRICS_BEHIND_EVENTS, 0, &value);

      assert_same_minors (minors, core);
      /* The box is drawn from the event times: one per completed wait. */
      g_assert_cmpint (minors->len, <=, value->numerator);
      g_assert_cmpint (minors->len > 0, ==, value->numerator > 0);
      g_assert_cmpint (minors->len, <=, value->n_minors);
      return;
    }
  for (guint k = 0; k < G_N_ELEMENTS (probes) && n > 0; k++)
    {
      guint i = probes[k], n_steps;
      g_autoptr(SchakelMetricValue) value = NULL;
      g_autoptr(GArray) minors = chart_behind (request, chart, s, i);
      g_autoptr(GArray) core = core_behind (request, chart, s, id, request->to, request->from - 1,
                                            SCHAKEL_METRICS_BEHIND_AT_RISK, (guint) points[i].x, &value);
      const SchakelKmStep *steps = schakel_km_get_steps (value->km, &n_steps);

      assert_same_minors (minors, core);
      /* The same curve: the point is the step of that computation. */
      g_assert_cmpuint (i, <, n_steps);
      g_assert_cmpfloat (steps[i].time, ==, points[i].x);
      g_assert_cmpfloat (steps[i].surv, ==, points[i].y);
      g_assert_cmpuint (minors->len, <=, steps[i].n_risk);
      g_assert_cmpuint (minors->len, >, 0);
      /* Everyone is at risk at the first step when nobody left before. */
      if (i == 0 && steps[0].n_risk == schakel_km_get_n (value->km))
        g_assert_cmpint (minors->len, ==, value->n_minors);
    }
}

/* Flow cells and bars of moves per minor: a bar counts minors, each in
 * one bar (the bar of no moves too), so it lists exactly that many; a
 * cell counts moves. */
static void
check_moves_detail (const SchakelMetricChartRequest *request,
                    const SchakelChart              *chart)
{
  for (guint s = 0; s < schakel_chart_get_n_series (chart); s++)
    {
      guint n;
      const SchakelChartPoint *points = schakel_chart_get_points (chart, s, &n);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GArray) minors = NULL;

          minors = chart_behind (request, chart, s, i);
          if (request->kind == SCHAKEL_METRIC_CHART_MOVES_PER_MINOR)
            g_assert_cmpfloat (minors->len, ==, points[i].y);
          else
            {
              g_assert_cmpfloat (minors->len, <=, points[i].y);
              g_assert_cmpint (minors->len > 0, ==, points[i].y > 0);
            }
        }
    }
}

static void
test_every_kind (void)
{
  g_autoptr(SchakelScope) nl = national ();
  const SchakelMetricsGroupBy groupings[] = { SCHAKEL_METRICS_GROUP_NONE, SCHAKEL_METRICS_GROUP_REGION,
                                              SCHAKEL_METRICS_GROUP_SCHOOL_TYPE,
                                              SCHAKEL_METRICS_GROUP_LOCATION_TYPE };
  guint n_checked = 0;

  for (SchakelMetricChartKind kind = SCHAKEL_METRIC_CHART_WAITLIST_OPEN;
       kind <= SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM; kind++)
    for (guint g = 0; g < G_N_ELEMENTS (groupings); g++)
      {
        SchakelMetricChartRequest request;
        g_autoptr(SchakelChart) chart = NULL;

        if (!schakel_metric_chart_allows_group (kind, groupings[g]))
          continue;
        g_assert_true (schakel_metric_chart_lists_minors (kind));
        request_init (&request, nl, kind, groupings[g], FALSE);
        chart = build (&request);
        g_test_message ("%s by %s: %u series", schakel_metric_chart_kind_to_string (kind),
                        schakel_metrics_group_by_to_string (groupings[g]), schakel_chart_get_n_series (chart));
        g_assert_cmpuint (schakel_chart_get_n_series (chart), >, 0);
        if (kind == SCHAKEL_METRIC_CHART_MOVES_FLOW || kind == SCHAKEL_METRIC_CHART_MOVES_PER_MINOR)
          {
            check_moves_detail (&request, chart);
            n_checked++;
            continue;
          }
        /* Three groups at most: each point computes its group again. */
        for (guint s = 0; s < MIN (3, schakel_chart_get_n_series (chart)); s++)
          {
            guint largest, last;

            if (kind == SCHAKEL_METRIC_CHART_WAITLIST_OPEN || kind == SCHAKEL_METRIC_CHART_MOVES_RATE)
              {
                pick_points (chart, s, &largest, &last);
                check_month_point (&request, chart, s, largest);
                check_month_point (&request, chart, s, last);
              }
            else
              check_durations (&request, chart, s);
          }
        n_checked++;
      }
  /* Every kind, and each grouping it allows. */
  g_assert_cmpuint (n_checked, ==, 20);
}

/* The groups split the records a figure counts, so the minors behind the
 * groups' points together are those behind the whole scope's. */
static void
assert_groups_partition (const char                    *id,
                         SchakelMetricsGroupBy          group_by,
                         SchakelDay                     start,
                         SchakelMetricsBehindSelection  selection)
{
  g_autoptr(SchakelScope) nl = national ();
  SchakelDay date = schakel_day_from_ymd (2026, 5, 31);
  const char * const ids[] = { id, NULL };
  SchakelMetricsBehindRequest request = { id, SCHAKEL_METRICS_GROUP_NONE, NULL, date, start, selection, 0 };
  g_autoptr(GHashTable) together = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GArray) whole = NULL;
  g_autoptr(GError) error = NULL;
  guint n_groups = 0;

  whole = schakel_metrics_group_minors_behind (demo_db (), nl, &request, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (whole->len, >, 0);
  groups = schakel_metrics_compute_groups (demo_db (), nl, group_by, ids, &date,
                                           start != SCHAKEL_DAY_NONE ? &start : NULL, 1, NULL, &error);
  g_assert_no_error (error);
  request.group_by = group_by;
  for (guint g = 0; g < groups->len; g++)
    {
      const SchakelMetricsSeries *series = g_ptr_array_index (groups, g);
      const SchakelMetricValue *v;
      g_autoptr(GArray) minors = NULL;

      request.group = series->key;
      minors = schakel_metrics_group_minors_behind (demo_db (), nl, &request, NULL, NULL, &error);
      g_assert_no_error (error);
      v = schakel_metrics_series_get (series, 0, 0);
      /* Counted records and events are the numerator; at risk at day 0, all observations. */
      g_assert_cmpint (minors->len, <=, selection == SCHAKEL_METRICS_BEHIND_AT_RISK ? v->n : v->numerator);
      n_groups += minors->len > 0;
      for (guint i = 0; i < minors->len; i++)
        g_hash_table_add (together, (gpointer) (gintptr) g_array_index (minors, gint64, i));
    }
  g_assert_cmpuint (n_groups, >, 1);
  g_assert_cmpuint (g_hash_table_size (together), ==, whole->len);
  for (guint i = 0; i < whole->len; i++)
    g_assert_true (g_hash_table_contains (together, (gpointer) (gintptr) g_array_index (whole, gint64, i)));
}

static void
test_groups_partition (void)
{
  SchakelDay year = schakel_day_from_ymd (2025, 5, 31);

  assert_groups_partition ("waitlist_open", SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, SCHAKEL_DAY_NONE,
                           SCHAKEL_METRICS_BEHIND_COUNTED);
  assert_groups_partition ("waitlist_open", SCHAKEL_METRICS_GROUP_REGION, SCHAKEL_DAY_NONE,
                           SCHAKEL_METRICS_BEHIND_COUNTED);
  assert_groups_partition ("moves_per_child_year", SCHAKEL_METRICS_GROUP_LOCATION_TYPE, year,
                           SCHAKEL_METRICS_BEHIND_COUNTED);
  assert_groups_partition ("moves_per_child_year", SCHAKEL_METRICS_GROUP_REGION, year,
                           SCHAKEL_METRICS_BEHIND_COUNTED);
  assert_groups_partition ("waitlist_wait", SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, year,
                           SCHAKEL_METRICS_BEHIND_EVENTS);
  assert_groups_partition ("time_to_school", SCHAKEL_METRICS_GROUP_LOCATION_TYPE, year,
                           SCHAKEL_METRICS_BEHIND_AT_RISK);
}

/* Bad points are refused with a message, never a crash. */
static void
test_refused (void)
{
  g_autoptr(SchakelScope) nl = national ();
  SchakelMetricChartRequest request;
  g_autoptr(SchakelChart) chart = NULL;
  g_autoptr(SchakelChart) bars = NULL;
  g_autoptr(GError) error = NULL;

  request_init (&request, nl, SCHAKEL_METRIC_CHART_WAITLIST_KM, SCHAKEL_METRICS_GROUP_NONE, FALSE);
  chart = build (&request);
  g_assert_null (schakel_metric_chart_minors_behind (demo_db (), &request, chart, 7, 0, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (schakel_metric_chart_minors_behind (demo_db (), &request, chart, 0, 100000, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A bar of moves per minor past the last. */
  request_init (&request, nl, SCHAKEL_METRIC_CHART_MOVES_PER_MINOR, SCHAKEL_METRICS_GROUP_NONE, FALSE);
  bars = build (&request);
  g_assert_null (schakel_metric_chart_minors_behind (demo_db (), &request, bars, 0, 1000, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
}

/* Publication mode governs what leaves the screen; whoever uses the app
 * may see the minors, so a hidden count or box lists them as without it. */
static void
test_publication (void)
{
  g_autoptr(SchakelScope) nl = national ();
  SchakelMetricChartRequest published, plain;
  g_autoptr(SchakelChart) chart = NULL;
  g_autoptr(SchakelChart) boxes = NULL;
  g_autoptr(SchakelChart) plain_chart = NULL;
  gboolean found_small = FALSE, found_box = FALSE;

  request_init (&published, nl, SCHAKEL_METRIC_CHART_WAITLIST_OPEN, SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, TRUE);
  request_init (&plain, nl, SCHAKEL_METRIC_CHART_WAITLIST_OPEN, SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, FALSE);
  chart = build (&published);
  plain_chart = build (&plain);
  g_assert_cmpuint (schakel_chart_get_n_series (chart), ==, schakel_chart_get_n_series (plain_chart));
  for (guint s = 0; s < schakel_chart_get_n_series (chart) && !found_small; s++)
    {
      guint n;
      const SchakelChartPoint *points = schakel_chart_get_points (chart, s, &n);

      for (guint i = 0; i < n && !found_small; i++)
        if (points[i].state == SCHAKEL_POINT_SUPPRESSED)
          {
            g_autoptr(GArray) minors = chart_behind (&published, chart, s, i);
            g_autoptr(GArray) same = chart_behind (&plain, plain_chart, s, i);
            guint n_plain;

            /* Fewer than k entries, so fewer than k minors, but some. */
            g_assert_cmpuint (minors->len, >, 0);
            g_assert_cmpuint (minors->len, <, 5);
            g_assert_cmpfloat (minors->len, <=, schakel_chart_get_points (plain_chart, s, &n_plain)[i].y);
            assert_same_minors (minors, same);
            found_small = TRUE;
          }
    }
  g_assert_true (found_small);

  /* A box of too few minors is not drawn, yet clicking its place lists them. */
  request_init (&published, nl, SCHAKEL_METRIC_CHART_WAITLIST_WAIT, SCHAKEL_METRICS_GROUP_REGION, TRUE);
  boxes = build (&published);
  for (guint s = 0; s < schakel_chart_get_n_series (boxes) && !found_box; s++)
    {
      g_autoptr(GArray) minors = chart_behind (&published, boxes, s, 0);
      g_autoptr(SchakelMetricValue) value = NULL;
      g_autoptr(GArray) core = core_behind (&published, boxes, s, "waitlist_wait", published.to,
                                            published.from - 1, SCHAKEL_METRICS_BEHIND_EVENTS, 0, &value);

      assert_same_minors (minors, core);
      if (value->n_minors < 10 && minors->len > 0)
        found_box = TRUE;
    }
  g_assert_true (found_box);
}

/* A list from data changed after the chart was made is refused: it would
 * not be the list behind the figure shown. */
static void
test_changed (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_demo ("chart-behind-changed.db", 150, 1, 5,
                                                          schakel_day_from_ymd (2026, 6, 1));
  g_autoptr(SchakelScope) nl = national ();
  SchakelMetricChartRequest request;
  g_autoptr(SchakelChart) chart = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  request_init (&request, nl, SCHAKEL_METRIC_CHART_WAITLIST_OPEN, SCHAKEL_METRICS_GROUP_NONE, FALSE);
  chart = schakel_metric_chart_build (db, &request, NULL, &error);
  g_assert_no_error (error);
  schakel_chart_get_points (chart, 0, &n);
  before = schakel_metric_chart_minors_behind (db, &request, chart, 0, n - 1, NULL, NULL, &error);
  g_assert_no_error (error);

  schakel_test_exec (db, "INSERT INTO waitlist_entry (minor_id, school_id, school_type, registered_date)"
                         " SELECT min(id), (SELECT min(id) FROM school), 'ISK', '2026-01-05' FROM minor");
  g_assert_null (schakel_metric_chart_minors_behind (db, &request, chart, 0, n - 1, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/metric-chart-behind/every-kind", test_every_kind);
  g_test_add_func ("/render/metric-chart-behind/groups-partition", test_groups_partition);
  g_test_add_func ("/render/metric-chart-behind/refused", test_refused);
  g_test_add_func ("/render/metric-chart-behind/publication", test_publication);
  g_test_add_func ("/render/metric-chart-behind/changed", test_changed);

  return g_test_run ();
}
