/* test-minor-summary.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core.h"
#include "schakel-test-util.h"

/* The day of every load below. */
#define ON "2025-06-01"

/* Five minors built to hit the edge cases:
 *   J-001 amv; moved from COL to a KWV on 2024-03-01 (both placements
 *         active that day), and a future move on 2025-06-30 that must not
 *         count; two active enrolments: ISK 20 h and TIJDELIJK 8 h
 *   J-002 no birth date; the placement and enrolment ended the day before
 *   J-003 estimated birth date; in an azc; one enrolment of 8 h only
 *   J-004 three placements (two moves); enrolments with unknown hours and
 *         with 30 h, and a 4 h one
 *   J-005 arrives after the day: nothing yet; born exactly 12 years before
 */
static const char fixture_sql[] =
  "INSERT INTO location (id, code, name, type_code, municipality_code) VALUES"
  " (1, 'L-COL', 'COL Groningen', 'COL_AMV', 'GM0014'),"
  " (2, 'L-KWV', 'KWV Utrecht', 'KWV_AZC', 'GM0344'),"
  " (3, 'L-AZC', 'azc Rotterdam', 'AZC', 'GM0599'),"
  " (4, 'L-NO', 'noodopvang Amsterdam', 'NO', 'GM0363');"
  "INSERT INTO school (id, brin, branch, name, municipality_code) VALUES"
  " (1, '12AB', '00', 'ISK Utrecht', 'GM0344'),"
  " (2, '34CD', '00', 'Dagprogramma Utrecht', 'GM0344'),"
  " (3, '56EF', '01', 'Nieuwkomersschool Rotterdam', 'GM0599'),"
  " (4, '78GH', '00', 'ISK Amsterdam', 'GM0363');"
  "INSERT INTO minor (id, jongere_id, birth_date, birth_date_estimated, amv) VALUES"
  " (1, 'J-001', '2010-06-02', 0, 1),"
  " (2, 'J-002', NULL, 0, 0),"
  " (3, 'J-003', '2012-03-01', 1, 0),"
  " (4, 'J-004', '2009-01-15', 0, 1),"
  " (5, 'J-005', '2013-06-01', 0, 0);"
  "INSERT INTO placement (minor_id, location_id, start_date, end_date, reason) VALUES"
  " (1, 1, '2024-01-01', '2024-03-01', NULL),"
  " (1, 2, '2024-03-01', '2025-06-30', 'procedure'),"
  " (1, 3, '2025-06-30', NULL, 'capacity'),"
  " (2, 4, '2024-05-01', '2025-05-31', NULL),"
  " (3, 3, '2025-01-01', NULL, NULL),"
  " (4, 1, '2023-01-01', '2023-06-30', NULL),"
  " (4, 4, '2023-07-01', '2024-12-31', 'closure'),"
  " (4, 4, '2025-01-01', NULL, 'other'),"
  " (5, 3, '2025-06-02', NULL, NULL);"
  "INSERT INTO enrolment (minor_id, school_id, school_type, start_date, end_date, hours_per_week) VALUES"
  " (1, 1, 'ISK', '2024-04-01', NULL, 20),"
  " (1, 2, 'TIJDELIJK', '2024-03-15', NULL, 8),"
  " (2, 4, 'ISK', '2024-06-01', '2025-05-31', 25),"
  " (3, 3, 'PO_NIEUWKOMERS', '2025-02-01', NULL, 8),"
  " (4, 4, 'ISK', '2025-02-01', NULL, NULL),"
  " (4, 2, 'TIJDELIJK', '2025-01-10', NULL, 4),"
  " (4, 1, 'ISK', '2023-02-01', '2023-06-30', 30);";

static SchakelDay
iso (const char *text)
{
  SchakelDay d = 0;

  g_assert_true (schakel_day_parse_iso (text, &d));
  return d;
}

static SchakelDatabase *
make_fixture (void)
{
  SchakelDatabase *db = schakel_test_open_new ("summary.db");

  schakel_test_exec (db, fixture_sql);
  return db;
}

static GListStore *
load (SchakelDatabase *db,
      const char      *scheme)
{
  g_autoptr(GError) error = NULL;
  GListStore *store = schakel_minor_summary_load (db, iso (ON), scheme, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 5);
  return store;
}

/* Rows come ordered by jongere_id: J-001 is item 0, and so on. */
static SchakelMinorSummary *
row (GListStore *store,
     guint       i)
{
  g_autoptr(SchakelMinorSummary) item = g_list_model_get_item (G_LIST_MODEL (store), i);
  g_autofree char *expected = g_strdup_printf ("J-%03u", i + 1);

  g_assert_cmpstr (schakel_minor_summary_get_jongere_id (item), ==, expected);
  g_assert_cmpint (schakel_minor_summary_get_id (item), ==, i + 1);
  return item; /* the store keeps it alive */
}

static void
test_minor_summary_fields (void)
{
  g_autoptr(SchakelDatabase) db = make_fixture ();
  g_autoptr(GListStore) store = load (db, NULL);
  SchakelMinorSummary *m;

  /* J-001: turns 15 the day after; the KWV placement is current although
   * it ends later and the next one is already recorded. */
  m = row (store, 0);
  g_assert_cmpint (schakel_minor_summary_get_age (m), ==, 14);
  g_assert_false (schakel_minor_summary_get_age_estimated (m));
  g_assert_true (schakel_minor_summary_get_amv (m));
  g_assert_cmpstr (schakel_minor_summary_get_location_type (m), ==, "KWV_AZC");
  g_assert_cmpstr (schakel_minor_summary_get_municipality_code (m), ==, "GM0344");
  g_assert_cmpstr (schakel_minor_summary_get_municipality_name (m), ==, "Utrecht");
  g_assert_cmpstr (schakel_minor_summary_get_region_code (m), ==, "PV26");
  g_assert_cmpstr (schakel_minor_summary_get_region_name (m), ==, "Utrecht");
  g_assert_cmpstr (schakel_minor_summary_get_school_name (m), ==, "ISK Utrecht");
  g_assert_cmpstr (schakel_minor_summary_get_school_brin (m), ==, "12AB");
  g_assert_cmpstr (schakel_minor_summary_get_school_type (m), ==, "ISK");
  g_assert_true (schakel_minor_summary_get_in_education (m));
  g_assert_cmpuint (schakel_minor_summary_get_n_moves (m), ==, 1);

  /* J-002: everything ended the day before. */
  m = row (store, 1);
  g_assert_cmpint (schakel_minor_summary_get_age (m), ==, -1);
  g_assert_false (schakel_minor_summary_get_amv (m));
  g_assert_null (schakel_minor_summary_get_location_type (m));
  g_assert_null (schakel_minor_summary_get_municipality_code (m));
  g_assert_null (schakel_minor_summary_get_municipality_name (m));
  g_assert_null (schakel_minor_summary_get_region_code (m));
  g_assert_null (schakel_minor_summary_get_region_name (m));
  g_assert_null (schakel_minor_summary_get_school_name (m));
  g_assert_null (schakel_minor_summary_get_school_brin (m));
  g_assert_null (schakel_minor_summary_get_school_type (m));
  g_assert_false (schakel_minor_summary_get_in_education (m));
  g_assert_cmpuint (schakel_minor_summary_get_n_moves (m), ==, 0);

  /* J-003: enrolled, but below the minimum hours. */
  m = row (store, 2);
  g_assert_cmpint (schakel_minor_summary_get_age (m), ==, 13);
  g_assert_true (schakel_minor_summary_get_age_estimated (m));
  g_assert_cmpstr (schakel_minor_summary_get_location_type (m), ==, "AZC");
  g_assert_cmpstr (schakel_minor_summary_get_municipality_name (m), ==, "Rotterdam");
  g_assert_cmpstr (schakel_minor_summary_get_region_code (m), ==, "PV28");
  g_assert_cmpstr (schakel_minor_summary_get_region_name (m), ==, "Zuid-Holland");
  g_assert_cmpstr (schakel_minor_summary_get_school_name (m), ==, "Nieuwkomersschool Rotterdam");
  g_assert_cmpstr (schakel_minor_summary_get_school_brin (m), ==, "56EF");
  g_assert_cmpstr (schakel_minor_summary_get_school_type (m), ==, "PO_NIEUWKOMERS");
  g_assert_false (schakel_minor_summary_get_in_education (m));
  g_assert_cmpuint (schakel_minor_summary_get_n_moves (m), ==, 0);

  /* J-004: unknown hours meet the minimum and beat 4 h; the 30 h school
   * ended long ago. */
  m = row (store, 3);
  g_assert_cmpint (schakel_minor_summary_get_age (m), ==, 16);
  g_assert_true (schakel_minor_summary_get_amv (m));
  g_assert_cmpstr (schakel_minor_summary_get_location_type (m), ==, "NO");
  g_assert_cmpstr (schakel_minor_summary_get_region_name (m), ==, "Noord-Holland");
  g_assert_cmpstr (schakel_minor_summary_get_school_name (m), ==, "ISK Amsterdam");
  g_assert_cmpstr (schakel_minor_summary_get_school_brin (m), ==, "78GH");
  g_assert_true (schakel_minor_summary_get_in_education (m));
  g_assert_cmpuint (schakel_minor_summary_get_n_moves (m), ==, 2);

  /* J-005: arrives the next day; exactly 12 today. */
  m = row (store, 4);
  g_assert_cmpint (schakel_minor_summary_get_age (m), ==, 12);
  g_assert_null (schakel_minor_summary_get_location_type (m));
  g_assert_null (schakel_minor_summary_get_region_code (m));
  g_assert_null (schakel_minor_summary_get_school_name (m));
  g_assert_false (schakel_minor_summary_get_in_education (m));
  g_assert_cmpuint (schakel_minor_summary_get_n_moves (m), ==, 0);
}

static void
test_minor_summary_shared_strings (void)
{
  g_autoptr(SchakelDatabase) db = make_fixture ();
  g_autoptr(GListStore) store = load (db, NULL);
  SchakelMinorSummary *j1 = row (store, 0);
  SchakelMinorSummary *j4 = row (store, 3);

  /* Repeated values are stored once per load. */
  g_assert_true (schakel_minor_summary_get_school_type (j1) ==
                 schakel_minor_summary_get_school_type (j4));
  g_assert_true (schakel_minor_summary_get_municipality_name (j1) ==
                 schakel_minor_summary_get_region_name (j1));
}

static void
test_minor_summary_other_scheme (void)
{
  g_autoptr(SchakelDatabase) db = make_fixture ();
  g_autoptr(GListStore) store = NULL;
  SchakelMinorSummary *m;

  schakel_test_exec (db,
                     "INSERT INTO region_scheme (code, name) VALUES ('eigen', 'Eigen indeling');"
                     "INSERT INTO region (scheme_code, code, name) VALUES ('eigen', 'MIDDEN', 'Midden');"
                     "INSERT INTO region_municipality (scheme_code, region_code, municipality_code)"
                     " VALUES ('eigen', 'MIDDEN', 'GM0344');");

  store = load (db, "eigen");

  m = row (store, 0);
  g_assert_cmpstr (schakel_minor_summary_get_region_code (m), ==, "MIDDEN");
  g_assert_cmpstr (schakel_minor_summary_get_region_name (m), ==, "Midden");
  g_assert_cmpstr (schakel_minor_summary_get_municipality_name (m), ==, "Utrecht");

  /* Rotterdam is in no region of this scheme, but still placed. */
  m = row (store, 2);
  g_assert_null (schakel_minor_summary_get_region_code (m));
  g_assert_null (schakel_minor_summary_get_region_name (m));
  g_assert_cmpstr (schakel_minor_summary_get_municipality_name (m), ==, "Rotterdam");
  g_assert_cmpstr (schakel_minor_summary_get_location_type (m), ==, "AZC");

  /* The default scheme follows the setting. */
  schakel_test_exec (db, "UPDATE setting SET value = 'eigen' WHERE key = 'default_region_scheme'");
  g_clear_object (&store);
  store = load (db, NULL);
  g_assert_cmpstr (schakel_minor_summary_get_region_code (row (store, 0)), ==, "MIDDEN");
}

static void
test_minor_summary_min_hours (void)
{
  g_autoptr(SchakelDatabase) db = make_fixture ();
  g_autoptr(GListStore) store = NULL;

  /* With a minimum of 5 h, J-003's 8 h count; J-004's current school is
   * still the one with unknown hours (which now count as 5, beating 4). */
  schakel_test_exec (db, "UPDATE setting SET value = '5' WHERE key = 'education_min_hours_per_week'");
  store = load (db, NULL);
  g_assert_true (schakel_minor_summary_get_in_education (row (store, 2)));
  g_assert_cmpstr (schakel_minor_summary_get_school_brin (row (store, 3)), ==, "78GH");

  /* With 25 h nobody with known hours qualifies (J-001's 20 h is still
   * its current school); unknown hours still do. */
  schakel_test_exec (db, "UPDATE setting SET value = '25' WHERE key = 'education_min_hours_per_week'");
  g_clear_object (&store);
  store = load (db, NULL);
  g_assert_false (schakel_minor_summary_get_in_education (row (store, 0)));
  g_assert_cmpstr (schakel_minor_summary_get_school_brin (row (store, 0)), ==, "12AB");
  g_assert_true (schakel_minor_summary_get_in_education (row (store, 3)));

  /* A broken setting falls back to 12. */
  schakel_test_exec (db, "UPDATE setting SET value = 'twaalf' WHERE key = 'education_min_hours_per_week'");
  g_clear_object (&store);
  store = load (db, NULL);
  g_assert_false (schakel_minor_summary_get_in_education (row (store, 2)));
  g_assert_true (schakel_minor_summary_get_in_education (row (store, 0)));
}

static void
test_minor_summary_other_day (void)
{
  g_autoptr(SchakelDatabase) db = make_fixture ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(SchakelMinorSummary) m = NULL;

  /* On the moving day of J-001 the new placement is current. */
  store = schakel_minor_summary_load (db, iso ("2024-03-01"), NULL, NULL, &error);
  g_assert_no_error (error);
  m = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_assert_cmpstr (schakel_minor_summary_get_location_type (m), ==, "KWV_AZC");
  g_assert_cmpuint (schakel_minor_summary_get_n_moves (m), ==, 1);
  g_assert_null (schakel_minor_summary_get_school_name (m));
  g_assert_cmpint (schakel_minor_summary_get_age (m), ==, 13);
  g_clear_object (&m);

  /* The day before, the old one; J-005 is not born yet. */
  g_clear_object (&store);
  store = schakel_minor_summary_load (db, iso ("2013-05-31"), NULL, NULL, &error);
  g_assert_no_error (error);
  m = g_list_model_get_item (G_LIST_MODEL (store), 4);
  g_assert_cmpint (schakel_minor_summary_get_age (m), ==, -1);
}

static void
test_minor_summary_empty_and_cancelled (void)
{
  g_autofree char *path = schakel_test_tmp_path ("empty.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) empty = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  empty = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);
  store = schakel_minor_summary_load (empty, iso (ON), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (store)) == SCHAKEL_TYPE_MINOR_SUMMARY);
  g_clear_object (&store);

  db = make_fixture ();
  g_cancellable_cancel (cancellable);
  store = schakel_minor_summary_load (db, iso (ON), NULL, cancellable, &error);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED);
  g_assert_null (store);
}

static void
test_minor_summary_reader_outlives_rows (void)
{
  g_autoptr(SchakelDatabase) db = make_fixture ();
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(SchakelMinorSummary) m = NULL;
  g_autoptr(GError) error = NULL;

  /* Rows keep their strings after the connection and the store are gone. */
  reader = schakel_database_open_reader (db, &error);
  g_assert_no_error (error);
  store = schakel_minor_summary_load (reader, iso (ON), NULL, NULL, &error);
  g_assert_no_error (error);
  m = g_list_model_get_item (G_LIST_MODEL (store), 0);
  g_clear_object (&store);
  g_clear_object (&reader);
  g_assert_cmpstr (schakel_minor_summary_get_school_name (m), ==, "ISK Utrecht");
  g_assert_cmpstr (schakel_minor_summary_get_jongere_id (m), ==, "J-001");
  g_assert_finalize_object (g_steal_pointer (&m));
}

/* Only with -m perf: 100,000 minors with 3 placements and 2 enrolments
 * each, built with SQL; the load should take well under a second. */
static void
test_minor_summary_perf (void)
{
  g_autofree char *path = schakel_test_tmp_path ("perf.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GListStore) store = NULL;
  g_autoptr(GTimer) timer = NULL;

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);
  schakel_test_exec (db,
                     "BEGIN;"
                     "CREATE TEMP TABLE gm AS"
                     " SELECT row_number () OVER (ORDER BY code) AS r, code, name FROM municipality;"
                     "INSERT INTO location (id, code, type_code, municipality_code)"
                     " SELECT r, 'L' || r, 'AZC', code FROM gm;"
                     "INSERT INTO school (id, brin, name, municipality_code)"
                     " SELECT r, printf ('%02d', r % 100) || char (65 + r % 26, 65 + (r / 26) % 26),"
                     "        'School ' || name, code FROM gm;"
                     "WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000)"
                     " INSERT INTO minor (id, jongere_id, birth_date, amv)"
                     " SELECT i, printf ('SYN-%07d', i), date ('2008-01-01', '+' || (i % 3650) || ' days'), i % 3 = 0"
                     " FROM n;"
                     "INSERT INTO placement (minor_id, location_id, start_date, end_date)"
                     " SELECT id, 1 + id % 300, '2023-01-01', '2023-12-31' FROM minor;"
                     "INSERT INTO placement (minor_id, location_id, start_date, end_date)"
                     " SELECT id, 1 + (id * 7) % 300, '2024-01-01', '2024-12-31' FROM minor;"
                     "INSERT INTO placement (minor_id, location_id, start_date, end_date)"
                     " SELECT id, 1 + (id * 13) % 300, '2025-01-01', NULL FROM minor WHERE id % 10 <> 0;"
                     "INSERT INTO enrolment (minor_id, school_id, school_type, start_date, end_date, hours_per_week)"
                     " SELECT id, 1 + id % 300, 'ISK', '2023-02-01', '2024-12-31', 24 FROM minor;"
                     "INSERT INTO enrolment (minor_id, school_id, school_type, start_date, end_date, hours_per_week)"
                     " SELECT id, 1 + (id * 13) % 300, 'ISK', '2025-02-01', NULL, id % 30 FROM minor;"
                     "COMMIT; ANALYZE;");

  timer = g_timer_new ();
  store = schakel_minor_summary_load (db, iso (ON), NULL, NULL, &error);
  g_assert_no_error (error);
  g_test_minimized_result (g_timer_elapsed (timer, NULL), "load of 100,000 minors: %.3f s",
                           g_timer_elapsed (timer, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 100000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/minor-summary/fields", test_minor_summary_fields);
  g_test_add_func ("/core/minor-summary/shared-strings", test_minor_summary_shared_strings);
  g_test_add_func ("/core/minor-summary/other-scheme", test_minor_summary_other_scheme);
  g_test_add_func ("/core/minor-summary/min-hours", test_minor_summary_min_hours);
  g_test_add_func ("/core/minor-summary/other-day", test_minor_summary_other_day);
  g_test_add_func ("/core/minor-summary/empty-and-cancelled", test_minor_summary_empty_and_cancelled);
  g_test_add_func ("/core/minor-summary/reader-outlives-rows", test_minor_summary_reader_outlives_rows);
  if (g_test_perf ())
    g_test_add_func ("/core/minor-summary/perf", test_minor_summary_perf);

  return g_test_run ();
}
