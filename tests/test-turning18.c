/* test-turning18.c — minors turning 18: the list behind the 18+ planning
 * view and the metrics adult_plan_share and adult_plan_in_region.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

/* The day: Monday 2 March 2026. Locations: 1 azc Amersfoort (GM0307,
 * province Utrecht PV26), 2 azc Amsterdam (GM0363, PV27). School 1 is an
 * ISK in Amersfoort.
 *
 * A 18 on 20 March (18 days), at school, permit; plan verlengde opvang in
 *   Utrecht (GM0344, PV26): stays in the school's region.
 * B 18 on 15 April (44 days), at school, no plan: flagged (≤ 60 days).
 * C 18 on 20 May (79 days), at school, rejected; plan adult reception in
 *   Amsterdam (PV27): leaves the region, flagged.
 * D 18 on 1 July (121 days), Amsterdam, no school, plan `onbekend`: only
 *   within 180 days, not yet flagged.
 * E was 18 on 1 March, F turns 18 on the day itself: neither is listed.
 * G 18 tomorrow, no school; plan housing in Amersfoort: a plan, but no
 *   school region to compare with.
 * H would be listed but left reception on 1 February.
 *
 * Within 90 days: G, A, B, C; with a plan A, C, G: 3/4. With a municipality
 * and a school: A (stays), C (leaves): 1/2. */
static const char fixture_sql[] =
  "INSERT INTO location (id, code, name, type_code, municipality_code) VALUES"
  " (1, 'L1', 'azc Amersfoort', 'AZC', 'GM0307'), (2, 'L2', 'azc Amsterdam', 'AZC', 'GM0363');"
  "INSERT INTO school (id, brin, branch, name, municipality_code) VALUES (1, '01AB', '00', 'ISK Amersfoort', 'GM0307');"
  "INSERT INTO minor (id, jongere_id, birth_date, amv) VALUES"
  " (1, 'A', '2008-03-20', 1), (2, 'B', '2008-04-15', 1), (3, 'C', '2008-05-20', 1), (4, 'D', '2008-07-01', 0),"
  " (5, 'E', '2008-03-01', 1), (6, 'F', '2008-03-02', 1), (7, 'G', '2008-03-03', 1), (8, 'H', '2008-06-01', 1);"
  "INSERT INTO placement (minor_id, location_id, start_date, end_date) VALUES"
  " (1, 1, '2025-01-01', NULL), (2, 1, '2025-01-01', NULL), (3, 1, '2025-01-01', NULL), (4, 2, '2025-01-01', NULL),"
  " (5, 1, '2025-01-01', NULL), (6, 1, '2025-01-01', NULL), (7, 1, '2025-01-01', NULL),"
  " (8, 1, '2025-01-01', '2026-02-01');"
  "INSERT INTO enrolment (minor_id, school_id, school_type, start_date) VALUES"
  " (1, 1, 'ISK', '2025-02-01'), (2, 1, 'ISK', '2025-02-01'), (3, 1, 'ISK', '2025-02-01');"
  "INSERT INTO procedure_event (minor_id, date, event) VALUES"
  " (1, '2026-01-15', 'vergunning'), (3, '2025-12-01', 'afwijzing'), (3, '2026-03-05', 'vergunning');";

static SchakelDay
iso (const char *text)
{
  SchakelDay d = 0;

  g_assert_true (schakel_day_parse_iso (text, &d));
  return d;
}

static SchakelDatabase *
fixture (const char *name)
{
  SchakelDatabase *db = schakel_test_open_new (name);
  g_autoptr(GError) error = NULL;

  schakel_test_exec (db, fixture_sql);
  g_assert_true (schakel_adult_plan_record (db, 1, "verlengde_opvang", "GM0344", "zelfde_school", &error));
  g_assert_true (schakel_adult_plan_record (db, 3, "volwassenenopvang", "GM0363", "volwassenenonderwijs", &error));
  g_assert_true (schakel_adult_plan_record (db, 4, "onbekend", NULL, NULL, &error));
  g_assert_true (schakel_adult_plan_record (db, 7, "gemeente_huisvesting", "GM0307", "mbo", &error));
  g_assert_no_error (error);
  /* Recorded before the peildatum the tests look at. */
  schakel_test_exec (db, "UPDATE adult_plan SET recorded_at = '2026-02-01T10:00:00Z'");
  return db;
}

static void
test_turning18_list (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("turning18-list.db");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const order[] = { "G", "A", "B", "C", "D" };
  const SchakelTurning18 *e;

  list = schakel_turning18_list (db, NULL, iso ("2026-03-02"), 180, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (order));
  for (guint i = 0; i < list->len; i++)
    g_assert_cmpstr (((SchakelTurning18 *) g_ptr_array_index (list, i))->jongere_id, ==, order[i]);

  e = g_ptr_array_index (list, 1);   /* A */
  g_assert_cmpint (e->days_left, ==, 18);
  g_assert_cmpstr (e->permit, ==, "vergunning");
  g_assert_cmpstr (e->school_name, ==, "ISK Amersfoort");
  g_assert_cmpstr (e->school_type, ==, "ISK");
  g_assert_cmpstr (e->school_region, ==, "PV26");
  g_assert_cmpstr (e->location_region_name, ==, "Utrecht");
  g_assert_cmpstr (e->plan->plan, ==, "verlengde_opvang");
  g_assert_false (e->leaves_region);
  g_assert_false (e->plan_overdue);

  e = g_ptr_array_index (list, 2);   /* B */
  g_assert_null (e->plan);
  g_assert_true (e->plan_overdue);
  g_assert_cmpstr (e->permit, ==, "geen_besluit");

  e = g_ptr_array_index (list, 3);   /* C: the permit after the day does not count yet */
  g_assert_cmpstr (e->permit, ==, "afwijzing");
  g_assert_true (e->leaves_region);
  g_assert_cmpstr (e->plan_region, ==, "PV27");
  g_assert_cmpstr (e->plan_municipality_name, ==, "Amsterdam");
  g_assert_cmpstr (e->plan_region_name, ==, "Noord-Holland");

  e = g_ptr_array_index (list, 4);   /* D */
  g_assert_cmpint (e->days_left, ==, 121);
  g_assert_null (e->school_name);
  g_assert_false (e->plan_overdue);
  g_assert_false (schakel_turning18_has_plan (e));

  /* 90 days, and a scope by the location. */
  g_clear_pointer (&list, g_ptr_array_unref);
  list = schakel_turning18_list (db, NULL, iso ("2026-03-02"), 90, &error);
  g_assert_cmpuint (list->len, ==, 4);
  {
    g_autoptr(SchakelScope) amsterdam = schakel_scope_new (SCHAKEL_SCOPE_MUNICIPALITY, NULL, "GM0363");

    g_clear_pointer (&list, g_ptr_array_unref);
    list = schakel_turning18_list (db, amsterdam, iso ("2026-03-02"), 180, &error);
    g_assert_cmpuint (list->len, ==, 1);
    g_assert_cmpstr (((SchakelTurning18 *) g_ptr_array_index (list, 0))->jongere_id, ==, "D");
  }
}

static const SchakelMetricValue *
metric (GPtrArray  *values,
        const char *id)
{
  for (guint i = 0; i < values->len; i++)
    if (g_str_equal (((SchakelMetricValue *) g_ptr_array_index (values, i))->info->id, id))
      return g_ptr_array_index (values, i);
  g_error ("no metric %s", id);
}

static void
test_turning18_metrics (void)
{
  static const char * const ids[] = { "adult_plan_share", "adult_plan_in_region", NULL };
  g_autoptr(SchakelDatabase) db = fixture ("turning18-metrics.db");
  g_autoptr(SchakelScope) nl = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(SchakelScope) pv27 = schakel_scope_new (SCHAKEL_SCOPE_PROVINCE, NULL, "PV27");
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GPtrArray) amsterdam = NULL;
  g_autoptr(GError) error = NULL;
  const SchakelMetricValue *v;

  values = schakel_metrics_compute (db, nl, iso ("2026-03-02"), ids, NULL, &error);
  g_assert_no_error (error);
  v = metric (values, "adult_plan_share");
  g_assert_cmpint (v->numerator, ==, 3);
  g_assert_cmpint (v->n, ==, 4);
  g_assert_cmpfloat (v->value, ==, 0.75);
  g_assert_cmpuint (v->parts->len, ==, 3);
  v = metric (values, "adult_plan_in_region");
  g_assert_cmpint (v->numerator, ==, 1);
  g_assert_cmpint (v->n, ==, 2);

  /* The minors behind both figures: A, C and G with a plan; A staying. */
  {
    g_autoptr(GArray) planned = NULL;
    g_autoptr(GArray) staying = NULL;

    g_assert_true (schakel_metric_lists_minors ("adult_plan_share"));
    g_assert_true (schakel_metric_lists_minors ("adult_plan_in_region"));
    planned = schakel_metrics_minors_behind (db, nl, iso ("2026-03-02"), "adult_plan_share", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (planned->len, ==, 3);
    g_assert_cmpint (g_array_index (planned, gint64, 0), ==, 1);
    g_assert_cmpint (g_array_index (planned, gint64, 1), ==, 3);
    g_assert_cmpint (g_array_index (planned, gint64, 2), ==, 7);
    staying = schakel_metrics_minors_behind (db, nl, iso ("2026-03-02"), "adult_plan_in_region", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (staying->len, ==, 1);
    g_assert_cmpint (g_array_index (staying, gint64, 0), ==, 1);
  }

  /* Noord-Holland: only D, beyond 90 days: no share. */
  amsterdam = schakel_metrics_compute (db, pv27, iso ("2026-03-02"), ids, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (metric (amsterdam, "adult_plan_share")->n, ==, 0);
  g_assert_true (isnan (metric (amsterdam, "adult_plan_share")->value));
}

/* A plan counts from the day it was recorded: on an earlier date the
 * minor still had none. */
static void
test_turning18_plan_recorded_later (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("turning18-later.db");
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GError) error = NULL;
  const SchakelTurning18 *a;

  schakel_test_exec (db, "UPDATE adult_plan SET recorded_at = '2026-03-10T08:00:00Z' WHERE minor_id = 1");
  list = schakel_turning18_list (db, NULL, iso ("2026-03-02"), 90, &error);
  g_assert_no_error (error);
  a = g_ptr_array_index (list, 1);
  g_assert_cmpstr (a->jongere_id, ==, "A");
  g_assert_null (a->plan);
  g_assert_true (a->plan_overdue);

  g_clear_pointer (&list, g_ptr_array_unref);
  list = schakel_turning18_list (db, NULL, iso ("2026-03-10"), 90, &error);
  g_assert_no_error (error);
  a = g_ptr_array_index (list, 0);
  g_assert_cmpstr (a->jongere_id, ==, "A");
  g_assert_cmpstr (a->plan->plan, ==, "verlengde_opvang");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/turning18/list", test_turning18_list);
  g_test_add_func ("/core/turning18/metrics", test_turning18_metrics);
  g_test_add_func ("/core/turning18/plan-recorded-later", test_turning18_plan_recorded_later);

  return g_test_run ();
}
