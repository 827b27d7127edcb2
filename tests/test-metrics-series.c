/* test-metrics-series.c — metrics at many dates and per group: a tiny
 * hand-built database with values worked out below, and demo data where
 * every point must equal schakel_metrics_compute() at its date.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdarg.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

/* Locations: 1 azc Amersfoort (GM0307, PV26), 2 noodopvang Amersfoort
 * (NO), 3 azc Amsterdam (GM0363, PV27). All three minors were born
 * 2012-01-01: of school age all through 2025.
 *
 * A  azc Amersfoort 2025-01-01 – 03-31, NO Amersfoort 04-01 – 06-30, azc
 *    Amsterdam from 07-01: moves on 04-01 (AZC → NO, out of Amersfoort)
 *    and 07-01 (NO → AZC, out of Amersfoort). Wait-list ISK at school 1
 *    registered 02-01, placed 03-03 (30 days).
 * B  azc Amsterdam from 2025-01-01; never moves.
 * C  NO Amersfoort 2025-02-01 – 05-31, azc Amersfoort from 06-01: a move on
 *    06-01 (NO → AZC). Wait-list PO_NIEUWKOMERS registered 05-01, open.
 *
 * Present at month ends: Jan 2 (A, B), Feb to Dec 3.
 * On 2025-06-30: PV26 has A (NO) and C (azc), PV27 has B; by location
 * type AZC 2 (B, C), NO 1 (A).
 * Moves in June 2025, window (05-31, 06-30]: C's; school-age days in the
 * month: 30 each, 90 in all: 1 / (90 / 365.25) = 4.0583 per child-year.
 */
static const char scenario_sql[] =
  "INSERT INTO location (id, code, name, type_code, municipality_code) VALUES"
  " (1, 'L1', 'azc Amersfoort', 'AZC', 'GM0307'), (2, 'L2', 'NO Amersfoort', 'NO', 'GM0307'),"
  " (3, 'L3', 'azc Amsterdam', 'AZC', 'GM0363');"
  "INSERT INTO school (id, brin, branch, name, municipality_code) VALUES"
  " (1, '01AB', '00', 'ISK Amersfoort', 'GM0307');"
  "INSERT INTO minor (id, jongere_id, birth_date, birth_date_precision, amv, arrival_date, application_date) VALUES"
  " (1, 'A', '2012-01-01', 'day', 0, '2024-12-20', '2024-12-20'),"
  " (2, 'B', '2012-01-01', 'day', 0, '2024-12-20', '2024-12-20'),"
  " (3, 'C', '2012-01-01', 'day', 0, '2025-01-20', '2025-01-20');"
  "INSERT INTO placement (minor_id, location_id, start_date, end_date, reason) VALUES"
  " (1, 1, '2025-01-01', '2025-03-31', NULL), (1, 2, '2025-04-01', '2025-06-30', 'capacity'),"
  " (1, 3, '2025-07-01', NULL, 'capacity'),"
  " (2, 3, '2025-01-01', NULL, NULL),"
  " (3, 2, '2025-02-01', '2025-05-31', NULL), (3, 1, '2025-06-01', NULL, 'capacity');"
  "INSERT INTO waitlist_entry (minor_id, school_id, school_type, registered_date, end_date, outcome) VALUES"
  " (1, 1, 'ISK', '2025-02-01', '2025-03-03', 'geplaatst'),"
  " (3, 1, 'PO_NIEUWKOMERS', '2025-05-01', NULL, NULL);";

static SchakelDatabase *
scenario_db (void)
{
  static SchakelDatabase *db;

  if (db == NULL)
    {
      db = schakel_test_open_new ("series-scenario.db");
      schakel_test_exec (db, scenario_sql);
    }
  return db;
}

static const SchakelMetricsSeries *
group (GPtrArray  *groups,
       const char *key)
{
  for (guint i = 0; i < groups->len; i++)
    {
      const SchakelMetricsSeries *s = g_ptr_array_index (groups, i);

      if (g_strcmp0 (s->key, key) == 0)
        return s;
    }
  g_error ("no group %s", key);
}

static void
test_series_month_ends (void)
{
  g_autoptr(GArray) ends = schakel_metrics_month_ends (schakel_day_from_ymd (2024, 11, 15),
                                                       schakel_day_from_ymd (2025, 2, 10));
  g_autoptr(GArray) one = schakel_metrics_month_ends (schakel_day_from_ymd (2025, 1, 31),
                                                      schakel_day_from_ymd (2025, 1, 31));
  g_autoptr(GArray) none = schakel_metrics_month_ends (schakel_day_from_ymd (2025, 2, 1),
                                                       schakel_day_from_ymd (2025, 1, 31));

  g_assert_cmpuint (ends->len, ==, 4);
  g_assert_cmpint (g_array_index (ends, SchakelDay, 0), ==, schakel_day_from_ymd (2024, 11, 30));
  g_assert_cmpint (g_array_index (ends, SchakelDay, 1), ==, schakel_day_from_ymd (2024, 12, 31));
  g_assert_cmpint (g_array_index (ends, SchakelDay, 2), ==, schakel_day_from_ymd (2025, 1, 31));
  g_assert_cmpint (g_array_index (ends, SchakelDay, 3), ==, schakel_day_from_ymd (2025, 2, 10));
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_series_scenario (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  g_autoptr(GArray) dates = schakel_metrics_month_ends (schakel_day_from_ymd (2025, 1, 1),
                                                        schakel_day_from_ymd (2025, 6, 30));
  const char * const ids[] = { "present", "waitlist_open", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelMetricsSeries) series = NULL;
  const gint64 present[] = { 2, 3, 3, 3, 3, 3 };
  const gint64 open[] = { 0, 1, 0, 0, 1, 1 };  /* A's entry Feb; C's from May */

  series = schakel_metrics_compute_series (db, nl, ids, (SchakelDay *) (gpointer) dates->data, dates->len,
                                           NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->n_dates, ==, 6);
  g_assert_null (series->key);
  for (guint d = 0; d < 6; d++)
    {
      g_assert_cmpint (schakel_metrics_series_get (series, d, 0)->numerator, ==, present[d]);
      g_assert_cmpint (schakel_metrics_series_get (series, d, 1)->numerator, ==, open[d]);
    }
}

static void
test_series_groups_scenario (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  SchakelDay date = schakel_day_from_ymd (2025, 6, 30);
  const char * const present[] = { "present", NULL };
  const char * const open[] = { "waitlist_open", "waitlist_wait", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GPtrArray) types = NULL;
  g_autoptr(GPtrArray) schools = NULL;
  const SchakelMetricValue *v;

  regions = schakel_metrics_compute_groups (db, nl, SCHAKEL_METRICS_GROUP_REGION, present, &date, NULL, 1,
                                            NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (regions->len, ==, 12);   /* the provinces */
  g_assert_cmpint (schakel_metrics_series_get (group (regions, "provincie:PV26"), 0, 0)->numerator, ==, 2);
  g_assert_cmpint (schakel_metrics_series_get (group (regions, "provincie:PV27"), 0, 0)->numerator, ==, 1);
  g_assert_cmpint (schakel_metrics_series_get (group (regions, "provincie:PV20"), 0, 0)->numerator, ==, 0);
  g_assert_true (schakel_metrics_series_is_empty (group (regions, "provincie:PV20"), 0));
  g_assert_false (schakel_metrics_series_is_empty (group (regions, "provincie:PV27"), 0));

  types = schakel_metrics_compute_groups (db, nl, SCHAKEL_METRICS_GROUP_LOCATION_TYPE, present, &date, NULL, 1,
                                          NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (schakel_metrics_series_get (group (types, "AZC"), 0, 0)->numerator, ==, 2);
  g_assert_cmpint (schakel_metrics_series_get (group (types, "NO"), 0, 0)->numerator, ==, 1);
  g_assert_cmpint (schakel_metrics_series_get (group (types, "AC"), 0, 0)->numerator, ==, 0);

  schools = schakel_metrics_compute_groups (db, nl, SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, open, &date, NULL, 1,
                                            NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (schakel_metrics_series_get (group (schools, "PO_NIEUWKOMERS"), 0, 0)->numerator, ==, 1);
  g_assert_cmpint (schakel_metrics_series_get (group (schools, "ISK"), 0, 0)->numerator, ==, 0);
  /* A's wait, registered in the window: only in the ISK group. */
  v = schakel_metrics_series_get (group (schools, "ISK"), 0, 1);
  g_assert_cmpint (v->n, ==, 1);
  g_assert_cmpfloat (v->value, ==, 30);
  g_assert_cmpint (schakel_metrics_series_get (group (schools, "SO"), 0, 1)->n, ==, 0);
}

static void
test_series_monthly_window (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  SchakelDay date = schakel_day_from_ymd (2025, 6, 30);
  SchakelDay start = schakel_day_from_ymd (2025, 5, 31);
  const char * const ids[] = { "moves_per_child_year", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  const SchakelMetricValue *v;

  groups = schakel_metrics_compute_groups (db, nl, SCHAKEL_METRICS_GROUP_NONE, ids, &date, &start, 1,
                                           NULL, &error);
  g_assert_no_error (error);
  v = schakel_metrics_series_get (g_ptr_array_index (groups, 0), 0, 0);
  g_assert_cmpint (v->numerator, ==, 1);
  g_assert_cmpint (v->n, ==, 3);
  g_assert_cmpfloat_with_epsilon (v->exposure, 90 / 365.25, 1e-12);
  g_assert_cmpfloat_with_epsilon (v->value, 365.25 / 90, 1e-12);
}

/* The minors behind a point of a chart, worked out by hand from the
 * scenario at the top. */
static GArray *
behind (SchakelDatabase               *db,
        const SchakelScope            *scope,
        const char                    *id,
        SchakelMetricsGroupBy          group_by,
        const char                    *key,
        SchakelDay                     start,
        SchakelMetricsBehindSelection  selection,
        guint                          time)
{
  SchakelMetricsBehindRequest request = { id, group_by, key, schakel_day_from_ymd (2025, 6, 30), start,
                                          selection, time };
  g_autoptr(GError) error = NULL;
  GArray *minors = schakel_metrics_group_minors_behind (db, scope, &request, NULL, NULL, &error);

  g_assert_no_error (error);
  return minors;
}

static void
assert_minors (GArray *minors,
               ...)
{
  va_list args;
  guint n = 0;
  gint64 id;

  va_start (args, minors);
  while ((id = va_arg (args, gint64)) != 0)
    {
      g_assert_cmpuint (n, <, minors->len);
      g_assert_cmpint (g_array_index (minors, gint64, n), ==, id);
      n++;
    }
  va_end (args);
  g_assert_cmpuint (minors->len, ==, n);
  g_array_unref (minors);
}

static void
test_series_behind_scenario (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  SchakelDay year = schakel_day_from_ymd (2024, 12, 31), june = schakel_day_from_ymd (2025, 5, 31);
  const SchakelMetricsBehindSelection counted = SCHAKEL_METRICS_BEHIND_COUNTED;
  const SchakelMetricsBehindSelection at_risk = SCHAKEL_METRICS_BEHIND_AT_RISK;
  SchakelMetricsBehindRequest unknown = { "waitlist_open", SCHAKEL_METRICS_GROUP_REGION, "provincie:PV99",
                                          schakel_day_from_ymd (2025, 6, 30), SCHAKEL_DAY_NONE, counted, 0 };
  SchakelMetricsBehindRequest rate = { "moves_per_child_year", SCHAKEL_METRICS_GROUP_NONE, NULL,
                                       schakel_day_from_ymd (2025, 6, 30), year, counted, 0 };
  g_autoptr(SchakelMetricValue) value = NULL;
  g_autoptr(GArray) movers = NULL;
  g_autoptr(GError) error = NULL;

  /* C's open PO_NIEUWKOMERS entry at the school in Amersfoort (PV26). */
  assert_minors (behind (db, nl, "waitlist_open", SCHAKEL_METRICS_GROUP_NONE, NULL, SCHAKEL_DAY_NONE, counted, 0),
                 (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "waitlist_open", SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, "PO_NIEUWKOMERS",
                         SCHAKEL_DAY_NONE, counted, 0), (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "waitlist_open", SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, "ISK",
                         SCHAKEL_DAY_NONE, counted, 0), (gint64) 0);
  assert_minors (behind (db, nl, "waitlist_open", SCHAKEL_METRICS_GROUP_REGION, "provincie:PV26",
                         SCHAKEL_DAY_NONE, counted, 0), (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "waitlist_open", SCHAKEL_METRICS_GROUP_REGION, "provincie:PV27",
                         SCHAKEL_DAY_NONE, counted, 0), (gint64) 0);

  /* Moves in June: C's (out of the NO). Over the half year also A's of
   * 1 April, out of the azc; A's of 1 July is after the date. */
  assert_minors (behind (db, nl, "moves_per_child_year", SCHAKEL_METRICS_GROUP_NONE, NULL, june, counted, 0),
                 (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "moves_per_child_year", SCHAKEL_METRICS_GROUP_LOCATION_TYPE, "AZC", year,
                         counted, 0), (gint64) 1, (gint64) 0);
  assert_minors (behind (db, nl, "moves_per_child_year", SCHAKEL_METRICS_GROUP_LOCATION_TYPE, "NO", year,
                         counted, 0), (gint64) 3, (gint64) 0);
  movers = schakel_metrics_group_minors_behind (db, nl, &rate, &value, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (movers->len, ==, 2);
  g_assert_cmpint (value->numerator, ==, 2);   /* the figure of the same computation */

  /* Waits registered in the half year: A placed after 30 days, C open
   * since 1 May (60 days on 30 June). */
  assert_minors (behind (db, nl, "waitlist_wait", SCHAKEL_METRICS_GROUP_NONE, NULL, year,
                         SCHAKEL_METRICS_BEHIND_EVENTS, 0), (gint64) 1, (gint64) 0);
  assert_minors (behind (db, nl, "waitlist_wait", SCHAKEL_METRICS_GROUP_NONE, NULL, year, at_risk, 30),
                 (gint64) 1, (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "waitlist_wait", SCHAKEL_METRICS_GROUP_NONE, NULL, year, at_risk, 31),
                 (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "waitlist_wait", SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, "ISK", year, at_risk, 0),
                 (gint64) 1, (gint64) 0);

  /* Time to school, no enrolments: every episode censored. A 89 and 90
   * days, B 180, C 119 and 29: five episodes of three minors. */
  assert_minors (behind (db, nl, "time_to_school", SCHAKEL_METRICS_GROUP_NONE, NULL, year, at_risk, 0),
                 (gint64) 1, (gint64) 2, (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "time_to_school", SCHAKEL_METRICS_GROUP_NONE, NULL, year, at_risk, 91),
                 (gint64) 2, (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "time_to_school", SCHAKEL_METRICS_GROUP_NONE, NULL, year, at_risk, 120),
                 (gint64) 2, (gint64) 0);
  assert_minors (behind (db, nl, "time_to_school", SCHAKEL_METRICS_GROUP_LOCATION_TYPE, "NO", year, at_risk, 90),
                 (gint64) 1, (gint64) 3, (gint64) 0);
  assert_minors (behind (db, nl, "time_to_school", SCHAKEL_METRICS_GROUP_NONE, NULL, year,
                         SCHAKEL_METRICS_BEHIND_EVENTS, 0), (gint64) 0);
  /* No enrolment, so no school gap after any move. */
  assert_minors (behind (db, nl, "school_gap_median", SCHAKEL_METRICS_GROUP_NONE, NULL, year, at_risk, 0),
                 (gint64) 0);

  /* A group that does not exist, a figure without records. */
  g_assert_null (schakel_metrics_group_minors_behind (db, nl, &unknown, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (schakel_metrics_behind_supported ("absence_reports_per_100", counted));
  g_assert_false (schakel_metrics_behind_supported ("waitlist_open", at_risk));
  g_assert_true (schakel_metrics_behind_supported ("school_gap_median", SCHAKEL_METRICS_BEHIND_EVENTS));
  unknown.id = "waitlist_moved_share";
  g_assert_null (schakel_metrics_group_minors_behind (db, nl, &unknown, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
}

static void
test_series_refused (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  g_autoptr(SchakelScope) gm = schakel_test_scope (db, "gemeente:GM0307");
  SchakelDay date = schakel_day_from_ymd (2025, 6, 30);
  const char * const present[] = { "present", NULL };
  const char * const open[] = { "waitlist_open", NULL };
  const char * const unknown[] = { "no_such_metric", NULL };
  SchakelMetricsGroupBy by;
  GError *error = NULL;

  g_assert_null (schakel_metrics_compute_groups (db, nl, SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, present, &date, NULL,
                                                 1, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (schakel_metrics_compute_groups (db, nl, SCHAKEL_METRICS_GROUP_LOCATION_TYPE, open, &date, NULL,
                                                 1, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (schakel_metrics_compute_groups (db, gm, SCHAKEL_METRICS_GROUP_REGION, present, &date, NULL,
                                                 1, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (schakel_metrics_compute_series (db, nl, unknown, &date, 1, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (schakel_metrics_group_by_parse ("location_type", &by, NULL));
  g_assert_cmpint (by, ==, SCHAKEL_METRICS_GROUP_LOCATION_TYPE);
  g_assert_cmpstr (schakel_metrics_group_by_to_string (by), ==, "location_type");
  g_assert_false (schakel_metrics_group_by_parse ("gemeente", &by, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The norms of the reference data (DOMAIN.md §5). */
  g_assert_cmpint (schakel_metrics_norm_months (db, "COA3M"), ==, 3);
  g_assert_cmpint (schakel_metrics_norm_months (db, "RCD2024"), ==, 2);
  g_assert_cmpint (schakel_metrics_norm_months (db, "NO_SUCH_NORM"), ==, -1);
}

/* Demo data. */
static SchakelDatabase *
demo_db (void)
{
  static SchakelDatabase *db;

  if (db == NULL)
    db = schakel_test_open_demo ("series-demo.db", 1500, 2, 23, schakel_day_from_ymd (2026, 6, 1));
  return db;
}

static void
assert_same_value (const SchakelMetricValue *a,
                   const SchakelMetricValue *b)
{
  g_assert_true (a->info == b->info);
  g_assert_cmpint (a->numerator, ==, b->numerator);
  g_assert_cmpint (a->n, ==, b->n);
  g_assert_cmpint (a->n_minors, ==, b->n_minors);
  g_assert_cmpfloat_with_epsilon (a->exposure, b->exposure, 1e-9);
  g_assert_true ((isnan (a->value) && isnan (b->value)) || a->value == b->value);
  g_assert_true ((a->parts == NULL) == (b->parts == NULL));
  for (guint i = 0; a->parts != NULL && i < a->parts->len; i++)
    {
      g_assert_cmpstr (g_array_index (a->parts, SchakelMetricPart, i).key, ==,
                       g_array_index (b->parts, SchakelMetricPart, i).key);
      g_assert_cmpint (g_array_index (a->parts, SchakelMetricPart, i).count, ==,
                       g_array_index (b->parts, SchakelMetricPart, i).count);
    }
}

/* Every point of a series is schakel_metrics_compute() at its date, for
 * every metric, nationally and in a province. */
static void
test_series_equals_compute (void)
{
  SchakelDatabase *db = demo_db ();
  const char * const scopes[] = { "nl", "provincie:PV26" };
  g_autoptr(GArray) dates = schakel_metrics_month_ends (schakel_day_from_ymd (2025, 6, 1),
                                                        schakel_day_from_ymd (2026, 6, 1));

  for (guint s = 0; s < G_N_ELEMENTS (scopes); s++)
    {
      g_autoptr(SchakelScope) scope = schakel_test_scope (db, scopes[s]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SchakelMetricsSeries) series = NULL;

      series = schakel_metrics_compute_series (db, scope, NULL, (SchakelDay *) (gpointer) dates->data, dates->len,
                                               NULL, &error);
      g_assert_no_error (error);
      for (guint d = 0; d < dates->len; d += 3)
        {
          g_autoptr(GPtrArray) values = schakel_metrics_compute (db, scope, g_array_index (dates, SchakelDay, d),
                                                                 NULL, NULL, &error);

          g_assert_no_error (error);
          for (guint m = 0; m < values->len; m++)
            assert_same_value (schakel_metrics_series_get (series, d, m), g_ptr_array_index (values, m));
        }
    }
}

/* Groups add up where the metric is a count over disjoint parts: the
 * provinces to the country, the location types to the scope, the school
 * types to the wait-list total. Each region equals its own computation. */
static void
test_series_groups_add_up (void)
{
  SchakelDatabase *db = demo_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  const char * const ids[] = { "present", "moves_per_child_year", NULL };
  const char * const open[] = { "waitlist_open", NULL };
  SchakelDay dates[] = { schakel_day_from_ymd (2025, 12, 31), schakel_day_from_ymd (2026, 5, 31) };
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelMetricsSeries) total = NULL;
  g_autoptr(SchakelMetricsSeries) total_open = NULL;
  const SchakelMetricsGroupBy by[] = { SCHAKEL_METRICS_GROUP_REGION, SCHAKEL_METRICS_GROUP_LOCATION_TYPE };

  total = schakel_metrics_compute_series (db, nl, ids, dates, 2, NULL, &error);
  g_assert_no_error (error);
  total_open = schakel_metrics_compute_series (db, nl, open, dates, 2, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (schakel_metrics_series_get (total, 1, 0)->numerator, >, 100);

  for (guint b = 0; b < G_N_ELEMENTS (by); b++)
    {
      g_autoptr(GPtrArray) groups = schakel_metrics_compute_groups (db, nl, by[b], ids, dates, NULL, 2, NULL, &error);

      g_assert_no_error (error);
      for (guint d = 0; d < 2; d++)
        {
          gint64 present = 0, moves = 0;
          double exposure = 0;

          for (guint g = 0; g < groups->len; g++)
            {
              present += schakel_metrics_series_get (g_ptr_array_index (groups, g), d, 0)->numerator;
              moves += schakel_metrics_series_get (g_ptr_array_index (groups, g), d, 1)->numerator;
              exposure += schakel_metrics_series_get (g_ptr_array_index (groups, g), d, 1)->exposure;
            }
          g_assert_cmpint (present, ==, schakel_metrics_series_get (total, d, 0)->numerator);
          g_assert_cmpint (moves, ==, schakel_metrics_series_get (total, d, 1)->numerator);
          g_assert_cmpfloat_with_epsilon (exposure, schakel_metrics_series_get (total, d, 1)->exposure, 1e-6);
        }
      if (by[b] == SCHAKEL_METRICS_GROUP_REGION)
        {
          const SchakelMetricsSeries *pv = group (groups, "provincie:PV26");
          g_autoptr(SchakelScope) scope = schakel_test_scope (db, "provincie:PV26");
          g_autoptr(GPtrArray) values = schakel_metrics_compute (db, scope, dates[1], ids, NULL, &error);

          g_assert_no_error (error);
          assert_same_value (schakel_metrics_series_get (pv, 1, 0), g_ptr_array_index (values, 0));
          assert_same_value (schakel_metrics_series_get (pv, 1, 1), g_ptr_array_index (values, 1));
        }
    }

  {
    g_autoptr(GPtrArray) groups = schakel_metrics_compute_groups (db, nl, SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, open,
                                                                  dates, NULL, 2, NULL, &error);
    gint64 sum = 0;

    g_assert_no_error (error);
    for (guint g = 0; g < groups->len; g++)
      sum += schakel_metrics_series_get (g_ptr_array_index (groups, g), 1, 0)->numerator;
    g_assert_cmpint (sum, ==, schakel_metrics_series_get (total_open, 1, 0)->numerator);
  }
}

/* Publication mode across groups: no visible count from 1 to 4, and no
 * group left as the only hidden one beside a visible total. */
static void
test_series_groups_publish (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  SchakelDay date = schakel_day_from_ymd (2025, 6, 30);
  const char * const present[] = { "present", NULL };
  SchakelPublicationRules rules;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) types = NULL;
  guint hidden = 0;

  types = schakel_metrics_compute_groups (db, nl, SCHAKEL_METRICS_GROUP_LOCATION_TYPE, present, &date, NULL, 1,
                                          NULL, &error);
  g_assert_no_error (error);
  schakel_publication_rules_init (&rules);
  schakel_metrics_groups_publish (types, &rules);
  for (guint g = 0; g < types->len; g++)
    {
      const SchakelMetricValue *v = schakel_metrics_series_get (g_ptr_array_index (types, g), 0, 0);

      g_assert_true (v->published);
      if (v->numerator >= 1 && v->numerator < 5)
        {
          g_assert_true (v->suppressed);
          g_assert_true (isnan (v->value));
          g_assert_cmpstr (v->display, ==, "<5");
        }
      hidden += v->suppressed;
    }
  g_assert_cmpuint (hidden, ==, 2);  /* AZC 2 and NO 1 */
  g_assert_cmpstr (schakel_metrics_series_get (group (types, "AC"), 0, 0)->display, ==, NULL);
}

/* The moves of the scenario in 2025: A AZC → NO and NO → AZC, C NO → AZC. */
static void
test_series_moves_detail (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelMovesDetail) detail = NULL;
  g_autoptr(GArray) no_azc = NULL;
  g_autoptr(GArray) twice = NULL;
  g_autoptr(GArray) never = NULL;
  SchakelPublicationRules rules;

  detail = schakel_metrics_compute_moves_detail (db, nl, schakel_day_from_ymd (2025, 12, 31),
                                                 schakel_day_from_ymd (2024, 12, 31), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (detail->rate->numerator, ==, 3);
  g_assert_cmpuint (detail->n_types, ==, 2);
  g_assert_cmpstr (detail->types[0], ==, "AZC");
  g_assert_cmpstr (detail->types[1], ==, "NO");
  g_assert_cmpint (detail->flows[0 * 2 + 1], ==, 1);   /* AZC → NO */
  g_assert_cmpint (detail->flows[1 * 2 + 0], ==, 2);   /* NO → AZC */
  g_assert_cmpint (detail->flows[0], ==, 0);
  g_assert_cmpint (detail->flows[3], ==, 0);
  g_assert_cmpuint (detail->n_bins, ==, 3);
  g_assert_cmpint (detail->minors_by_moves[0], ==, 1);  /* B */
  g_assert_cmpint (detail->minors_by_moves[1], ==, 1);  /* C */
  g_assert_cmpint (detail->minors_by_moves[2], ==, 1);  /* A */

  no_azc = schakel_moves_detail_minors_in_flow (detail, 1, 0);
  g_assert_cmpuint (no_azc->len, ==, 2);
  g_assert_cmpint (g_array_index (no_azc, gint64, 0), ==, 1);
  g_assert_cmpint (g_array_index (no_azc, gint64, 1), ==, 3);
  twice = schakel_moves_detail_minors_in_bin (detail, 2);
  g_assert_cmpuint (twice->len, ==, 1);
  g_assert_cmpint (g_array_index (twice, gint64, 0), ==, 1);
  /* B spent the year in the scope without a move. */
  never = schakel_moves_detail_minors_in_bin (detail, 0);
  g_assert_cmpuint (never->len, ==, 1);
  g_assert_cmpint (g_array_index (never, gint64, 0), ==, 2);

  schakel_publication_rules_init (&rules);
  schakel_moves_detail_publish (detail, &rules);
  for (guint i = 0; i < 4; i++)
    if (detail->flows[i] > 0)
      g_assert_cmpint (detail->flow_states[i], !=, SCHAKEL_CELL_VISIBLE);
  g_assert_cmpint (detail->flow_states[0], ==, SCHAKEL_CELL_VISIBLE);  /* a zero stays */
  g_assert_true (detail->rate->suppressed);
}

/* On demo data the flows add up to the rate's moves and the bins to its
 * minors, and the moves of the bins to the moves. */
static void
test_series_moves_detail_demo (void)
{
  SchakelDatabase *db = demo_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  SchakelDay date = schakel_day_from_ymd (2026, 5, 31);
  const char * const ids[] = { "moves_per_child_year", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelMovesDetail) detail = NULL;
  g_autoptr(GPtrArray) values = NULL;
  const SchakelMetricValue *rate;
  gint64 flows = 0, minors = 0, moves = 0;

  detail = schakel_metrics_compute_moves_detail (db, nl, date, SCHAKEL_DAY_NONE, NULL, &error);
  g_assert_no_error (error);
  values = schakel_metrics_compute (db, nl, date, ids, NULL, &error);
  g_assert_no_error (error);
  rate = g_ptr_array_index (values, 0);
  g_assert_cmpint (rate->numerator, >, 50);
  g_assert_cmpint (detail->rate->numerator, ==, rate->numerator);
  for (guint i = 0; i < detail->n_types * detail->n_types; i++)
    flows += detail->flows[i];
  for (guint b = 0; b < detail->n_bins; b++)
    {
      minors += detail->minors_by_moves[b];
      moves += b * detail->minors_by_moves[b];
    }
  g_assert_cmpint (flows, ==, rate->numerator);
  g_assert_cmpint (minors, ==, rate->n);
  g_assert_cmpint (moves, <=, rate->numerator);  /* less only for moves of minors without exposure */
  g_assert_cmpint (moves, >=, rate->numerator - 5);
}

static void
test_series_event_times (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  const char * const ids[] = { "waitlist_wait", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) values = schakel_metrics_compute (db, nl, schakel_day_from_ymd (2025, 6, 30), ids, NULL,
                                                         &error);
  g_autofree double *times = NULL;
  guint n;
  SchakelPublicationRules rules;

  g_assert_no_error (error);
  times = schakel_metric_value_event_times (g_ptr_array_index (values, 0), &n);
  g_assert_cmpuint (n, ==, 1);   /* A's 30 days; C's open entry is censored */
  g_assert_cmpfloat (times[0], ==, 30);
  g_clear_pointer (&times, g_free);

  schakel_publication_rules_init (&rules);
  schakel_metric_value_publish (g_ptr_array_index (values, 0), &rules);
  times = schakel_metric_value_event_times (g_ptr_array_index (values, 0), &n);
  g_assert_null (times);
  g_assert_cmpuint (n, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metrics-series/month-ends", test_series_month_ends);
  g_test_add_func ("/metrics-series/scenario", test_series_scenario);
  g_test_add_func ("/metrics-series/groups-scenario", test_series_groups_scenario);
  g_test_add_func ("/metrics-series/monthly-window", test_series_monthly_window);
  g_test_add_func ("/metrics-series/behind-scenario", test_series_behind_scenario);
  g_test_add_func ("/metrics-series/refused", test_series_refused);
  g_test_add_func ("/metrics-series/equals-compute", test_series_equals_compute);
  g_test_add_func ("/metrics-series/groups-add-up", test_series_groups_add_up);
  g_test_add_func ("/metrics-series/groups-publish", test_series_groups_publish);
  g_test_add_func ("/metrics-series/moves-detail", test_series_moves_detail);
  g_test_add_func ("/metrics-series/moves-detail-demo", test_series_moves_detail_demo);
  g_test_add_func ("/metrics-series/event-times", test_series_event_times);

  return g_test_run ();
}
