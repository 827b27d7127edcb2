/* test-demo.c — the synthetic demo-data generator.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calibration ranges asserted here are the ones documented in
 * docs/demo-data.md; change both together.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "schakel-core.h"
#include "schakel-demo-rng-private.h"
#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

#define UNTIL_ISO "2026-03-01"
#define CALIBRATION_MINORS 4000

/* Every table the generator writes, each with an id that fixes the order. */
static const char * const generated_tables[] = {
  "minor", "location", "placement", "school", "enrolment", "waitlist_entry",
  "absence_report", "escalation_step", "procedure_event",
};

static SchakelDay
until_day (void)
{
  SchakelDay day = 0;

  g_assert_true (schakel_day_parse_iso (UNTIL_ISO, &day));
  return day;
}

static void
options_for (SchakelDemoOptions *options,
             guint               n_minors,
             guint               n_years,
             guint64             seed)
{
  schakel_demo_options_init (options);
  options->n_minors = n_minors;
  options->n_years = n_years;
  options->seed = seed;
  options->until = until_day ();
}

static SchakelDatabase *
generate_new (const char *name,
              guint       n_minors,
              guint       n_years,
              guint64     seed)
{
  SchakelDatabase *db = schakel_test_open_new (name);
  g_autoptr(GError) error = NULL;
  SchakelDemoOptions options;

  options_for (&options, n_minors, n_years, seed);
  g_assert_true (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return db;
}

/* @sql with every ?1 bound to until, returning one number. */
static double
query_double (SchakelDatabase *db,
              const char      *sql)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (handle, sql, &error);

  g_assert_no_error (error);
  schakel_sqlite_bind_text (stmt, 1, UNTIL_ISO);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_double (stmt, 0);
}

/* A SHA-256 over every generated row in id order, and the dataset marker. */
static char *
content_hash (SchakelDatabase *db)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (generated_tables) + 1; i++)
    {
      g_autofree char *sql = NULL;
      g_autoptr(sqlite3_stmt) stmt = NULL;
      int rc;

      if (i < G_N_ELEMENTS (generated_tables))
        sql = g_strdup_printf ("SELECT * FROM %s ORDER BY id", generated_tables[i]);
      else
        sql = g_strdup ("SELECT synthetic, description FROM dataset");
      stmt = schakel_sqlite_prepare (handle, sql, &error);
      g_assert_no_error (error);
      g_checksum_update (sum, (const guchar *) sql, -1);

      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            {
              const guchar *text = sqlite3_column_text (stmt, c);

              g_checksum_update (sum, text != NULL ? text : (const guchar *) "\\N", -1);
              g_checksum_update (sum, (const guchar *) "\t", 1);
            }
          g_checksum_update (sum, (const guchar *) "\n", 1);
        }
      g_assert_cmpint (rc, ==, SQLITE_DONE);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static gint64
total_rows (SchakelDatabase *db)
{
  gint64 total = 0;

  for (guint i = 0; i < G_N_ELEMENTS (generated_tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", generated_tables[i]);

      total += schakel_test_query_int (db, sql);
    }
  return total;
}

/* The mid-size data set shared by the checks and the calibration. */
static SchakelDatabase *calibration_db;

static SchakelDatabase *
get_calibration_db (void)
{
  if (calibration_db == NULL)
    calibration_db = generate_new ("calibration.db", CALIBRATION_MINORS, 3, SCHAKEL_DEMO_DEFAULT_SEED);
  return calibration_db;
}

static void
test_demo_options_init (void)
{
  SchakelDemoOptions options = { 0 };

  schakel_demo_options_init (&options);
  g_assert_cmpuint (options.n_minors, ==, 6000);
  g_assert_cmpuint (options.n_years, ==, 3);
  g_assert_cmpuint (options.seed, ==, 2026);
  g_assert_cmpint (options.until, ==, schakel_day_today ());
}

static void
test_demo_rng (void)
{
  SchakelDemoRng rng = { { 1, 2, 3, 4 } };
  SchakelDemoRng a, b, c;
  const double weights[] = { 0, 3, 1, 0 };
  guint hits[4] = { 0 };
  gboolean same = TRUE, differs = FALSE;

  /* The reference xoshiro256** sequence from the state 1, 2, 3, 4. */
  g_assert_cmpuint (_schakel_demo_rng_next (&rng), ==, 11520);
  g_assert_cmpuint (_schakel_demo_rng_next (&rng), ==, 0);
  g_assert_cmpuint (_schakel_demo_rng_next (&rng), ==, 1509978240);
  g_assert_cmpuint (_schakel_demo_rng_next (&rng), ==, G_GUINT64_CONSTANT (1215971899390074240));

  /* One seed and stream, one sequence; another stream, another one. */
  _schakel_demo_rng_init (&a, 2026, 5);
  _schakel_demo_rng_init (&b, 2026, 5);
  _schakel_demo_rng_init (&c, 2026, 6);
  for (guint i = 0; i < 100; i++)
    {
      guint64 x = _schakel_demo_rng_next (&a);

      same = same && x == _schakel_demo_rng_next (&b);
      differs = differs || x != _schakel_demo_rng_next (&c);
    }
  g_assert_true (same);
  g_assert_true (differs);

  for (guint i = 0; i < 20000; i++)
    {
      double u = _schakel_demo_rng_uniform (&a);
      int r = _schakel_demo_rng_range (&a, -2, 2);

      g_assert_cmpfloat (u, >=, 0.0);
      g_assert_cmpfloat (u, <, 1.0);
      g_assert_cmpint (r, >=, -2);
      g_assert_cmpint (r, <=, 2);
      g_assert_cmpuint (_schakel_demo_rng_below (&a, 7), <, 7);
      g_assert_cmpint (_schakel_demo_rng_days (&a, 30, 2.0, 5), >=, 5);
      hits[_schakel_demo_rng_pick (&a, weights, G_N_ELEMENTS (weights))]++;
    }
  /* Zero weights are never picked; the others in proportion, 3 : 1. */
  g_assert_cmpuint (hits[0] + hits[3], ==, 0);
  g_assert_cmpuint (hits[1], >, 14000);
  g_assert_cmpuint (hits[1], <, 16000);
}

static void
test_demo_deterministic (void)
{
  g_autoptr(SchakelDatabase) a = generate_new ("same-a.db", 1200, 2, 7);
  g_autoptr(SchakelDatabase) b = generate_new ("same-b.db", 1200, 2, 7);
  g_autoptr(SchakelDatabase) c = generate_new ("other-seed.db", 1200, 2, 8);
  g_autofree char *hash_a = content_hash (a);
  g_autofree char *hash_b = content_hash (b);
  g_autofree char *hash_c = content_hash (c);

  g_assert_cmpint (schakel_test_query_int (a, "SELECT count(*) FROM minor"), ==, 1200);
  g_assert_cmpint (total_rows (a), >, 1200 * 5);
  g_assert_cmpstr (hash_a, ==, hash_b);
  g_assert_cmpstr (hash_a, !=, hash_c);
  /* Another seed changes the data, not its size or its shape. */
  g_assert_cmpint (schakel_test_query_int (c, "SELECT count(*) FROM minor"), ==, 1200);
  g_assert_true (schakel_database_is_synthetic (a));
  g_assert_true (schakel_database_is_synthetic (c));
}

static void
test_demo_marker (void)
{
  SchakelDatabase *db = get_calibration_db ();
  g_autofree char *description = schakel_sqlite_query_text (schakel_database_get_handle (db),
                                                             "SELECT description FROM dataset", NULL);

  g_assert_true (schakel_database_is_synthetic (db));
  g_assert_cmpstr (description, ==, "seed=2026, minors=4000, years=3, until=" UNTIL_ISO);
}

static void
test_demo_constraints (void)
{
  SchakelDatabase *db = get_calibration_db ();
  g_autofree char *integrity = schakel_sqlite_query_text (schakel_database_get_handle (db),
                                                           "PRAGMA integrity_check", NULL);

  g_assert_cmpstr (integrity, ==, "ok");
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);

  /* Synthetic on sight. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE jongere_id NOT GLOB 'SYN-[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM location WHERE code NOT GLOB 'LOC[0-9][0-9][0-9][0-9]'"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM absence_report WHERE report_number NOT GLOB 'VZ[0-9][0-9][0-9][0-9][0-9][0-9]'"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM school WHERE branch NOT IN ('00', '01')"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM school WHERE branch = '01' AND brin NOT IN"
                                  " (SELECT brin FROM school WHERE branch = '00')"), ==, 0);

  /* A realistic set of locations in every province. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM location"), >=, 200);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM location"), <=, 600);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT m.province_code) FROM location l"
                                  " JOIN municipality m ON m.code = l.municipality_code"), ==, 12);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT type_code) FROM location"), ==, 17);
  /* Bigger provinces have more. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM location l JOIN municipality m"
                                  " ON m.code = l.municipality_code WHERE m.province_code = 'PV28'"), >,
                   2 * schakel_test_query_int (db, "SELECT count(*) FROM location l JOIN municipality m"
                                      " ON m.code = l.municipality_code WHERE m.province_code = 'PV29'"));
}

static void
test_demo_placements (void)
{
  SchakelDatabase *db = get_calibration_db ();

  /* Never two at once: each placement ends the day before the next. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement a JOIN placement b"
                                  " ON a.minor_id = b.minor_id AND a.id < b.id"
                                  " AND a.start_date <= coalesce (b.end_date, '9999-12-31')"
                                  " AND b.start_date <= coalesce (a.end_date, '9999-12-31')"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement a JOIN placement b"
                                  " ON b.minor_id = a.minor_id AND b.start_date = (SELECT min (start_date)"
                                  "  FROM placement c WHERE c.minor_id = a.minor_id AND c.start_date > a.start_date)"
                                  " WHERE a.end_date IS NULL OR b.start_date != date (a.end_date, '+1 day')"), ==, 0);

  /* Everyone starts in an AC on arrival without a reason; every later
   * placement has one. Unaccompanied minors register in Ter Apel. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor m JOIN placement p ON p.minor_id = m.id"
                                  " AND p.start_date = (SELECT min (start_date) FROM placement q WHERE q.minor_id = m.id)"
                                  " JOIN location l ON l.id = p.location_id"
                                  " WHERE l.type_code != 'AC' OR p.start_date != m.arrival_date OR p.reason IS NOT NULL"
                                  " OR (m.amv = 1 AND l.name != 'AC Ter Apel')"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement WHERE reason IS NULL"), ==,
                   schakel_test_query_int (db, "SELECT count(*) FROM minor"));

  /* Nidos small-scale housing is for 15–17-year-olds with a permit. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement p JOIN location l ON l.id = p.location_id"
                                  " JOIN minor m ON m.id = p.minor_id"
                                  " WHERE l.type_code IN ('NIDOS_KWE', 'NIDOS_KWE_PLUS', 'NIDOS_KWG')"
                                  " AND p.reason = 'to_nidos' AND (m.amv = 0"
                                  "  OR date (m.birth_date, '+15 years') > p.start_date"
                                  "  OR NOT EXISTS (SELECT 1 FROM procedure_event e WHERE e.minor_id = m.id"
                                  "   AND e.event = 'vergunning' AND e.date <= p.start_date))"), ==, 0);
  /* Verlengde opvang: unaccompanied, 18 or older, with a permit. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement p JOIN location l ON l.id = p.location_id"
                                  " JOIN minor m ON m.id = p.minor_id WHERE l.type_code = 'NIDOS_VERLENGD'"
                                  " AND (m.amv = 0 OR date (m.birth_date, '+18 years') > p.start_date"
                                  "  OR NOT EXISTS (SELECT 1 FROM procedure_event e WHERE e.minor_id = m.id"
                                  "   AND e.event = 'vergunning'))"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement p JOIN location l ON l.id = p.location_id"
                                  " WHERE l.type_code = 'NIDOS_VERLENGD'"), >, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement p JOIN minor m ON m.id = p.minor_id"
                                  " WHERE p.reason = 'age_18' AND p.start_date < date (m.birth_date, '+18 years')"), ==, 0);

  /* A closure moves everyone at the location on one day, and nobody is
   * there after it. */
  g_assert_cmpint (schakel_test_query_int (db,
                              "WITH moves AS (SELECT p.start_date AS day, (SELECT q.location_id FROM placement q"
                              "   WHERE q.minor_id = p.minor_id AND q.start_date < p.start_date"
                              "   ORDER BY q.start_date DESC LIMIT 1) AS from_loc"
                              "  FROM placement p WHERE p.reason = 'closure'),"
                              " closures AS (SELECT from_loc, min (day) AS day, count (DISTINCT day) AS n_days"
                              "  FROM moves GROUP BY from_loc)"
                              " SELECT count(*) FROM closures c WHERE c.n_days > 1 OR EXISTS (SELECT 1 FROM placement p"
                              "  WHERE p.location_id = c.from_loc AND coalesce (p.end_date, '9999-12-31') >= c.day)"),
                   ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement WHERE reason = 'closure'"), >, 0);
}

static void
test_demo_dates (void)
{
  SchakelDatabase *db = get_calibration_db ();
  static const char * const columns[] = {
    "minor.arrival_date", "minor.application_date", "placement.start_date", "placement.end_date",
    "enrolment.start_date", "enrolment.end_date", "waitlist_entry.registered_date",
    "waitlist_entry.end_date", "absence_report.start_date", "absence_report.threshold_date",
    "absence_report.report_date", "absence_report.end_date", "escalation_step.date",
    "procedure_event.date",
  };

  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_auto(GStrv) parts = g_strsplit (columns[i], ".", 2);
      g_autofree char *late = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s > '" UNTIL_ISO "'",
                                               parts[0], parts[1]);
      g_autofree char *early = g_strdup_printf ("SELECT count(*) FROM %s WHERE %s < '2023-03-02'",
                                                parts[0], parts[1]);

      g_test_message ("%s", columns[i]);
      g_assert_cmpint (schakel_test_query_int (db, late), ==, 0);
      /* The period is three years: minors arrive from 2023-03-02 on. */
      g_assert_cmpint (schakel_test_query_int (db, early), ==, 0);
    }

  /* Things still running on until stay open. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement WHERE end_date IS NULL"), >, 1000);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement WHERE end_date = '" UNTIL_ISO "'"), <, 20);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM enrolment WHERE end_date IS NULL"), >, 500);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM waitlist_entry WHERE end_date IS NULL"), >, 50);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM absence_report WHERE end_date IS NULL"), >, 10);

  /* Enrolments of one minor never overlap; schooling starts on school days. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM enrolment a JOIN enrolment b"
                                  " ON a.minor_id = b.minor_id AND a.id < b.id"
                                  " AND a.start_date <= coalesce (b.end_date, '9999-12-31')"
                                  " AND b.start_date <= coalesce (a.end_date, '9999-12-31')"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM enrolment WHERE strftime ('%w', start_date) IN ('0', '6')"), ==, 0);
  /* Nobody is enrolled or waiting outside reception: enrolments start
   * during a placement. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM enrolment e WHERE NOT EXISTS (SELECT 1 FROM placement p"
                                  " WHERE p.minor_id = e.minor_id AND p.start_date <= e.start_date"
                                  " AND coalesce (p.end_date, '9999-12-31') >= e.start_date)"), ==, 0);
  /* Procedure events come in a sensible order. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM procedure_event e JOIN minor m ON m.id = e.minor_id"
                                  " WHERE e.date < m.arrival_date"
                                  " OR (e.event IN ('vergunning', 'afwijzing') AND e.date <= m.application_date)"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM (SELECT minor_id FROM procedure_event"
                                  " WHERE event IN ('vergunning', 'afwijzing') GROUP BY minor_id HAVING count(*) > 1)"), ==, 0);
}

static void
test_demo_people (void)
{
  SchakelDatabase *db = get_calibration_db ();
  gint64 n = schakel_test_query_int (db, "SELECT count(*) FROM minor");

  /* Minors on arrival, some with estimated or month-only birth dates. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE date (birth_date, '+18 years') <= arrival_date"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE birth_date_precision = 'month'"), >, n / 50);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE birth_date_estimated = 1"), >, n / 20);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT gender) FROM minor"), ==, 4);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT country_of_origin) FROM minor"), >=, 10);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE amv = 1"), >, n * 35 / 100);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE amv = 1"), <, n * 55 / 100);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT event) FROM procedure_event"), ==, 6);
}

static void
test_demo_escalations (void)
{
  SchakelDatabase *db = get_calibration_db ();

  /* Every step is one of the ladder's, and they follow its order. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step s WHERE NOT EXISTS"
                                  " (SELECT 1 FROM escalation_ladder_step l JOIN escalation_ladder d ON d.id = l.ladder_id"
                                  "  WHERE d.code = 'landelijk' AND l.code = s.step_code)"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step a JOIN escalation_step b"
                                  " ON a.report_id = b.report_id AND a.id < b.id"
                                  " JOIN escalation_ladder_step la ON la.ladder_id = 1 AND la.code = a.step_code"
                                  " JOIN escalation_ladder_step lb ON lb.ladder_id = 1 AND lb.code = b.step_code"
                                  " WHERE lb.position <= la.position OR b.date < a.date"), ==, 0);
  /* Closed reports end with 'gesloten' on their end date; open ones have none. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM absence_report r WHERE r.status IN ('afgesloten', 'ingetrokken')"
                                  " AND NOT EXISTS (SELECT 1 FROM escalation_step s WHERE s.report_id = r.id"
                                  "  AND s.step_code = 'gesloten' AND s.date = r.end_date)"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM absence_report r WHERE r.end_date IS NULL"
                                  " AND (r.status NOT IN ('geregistreerd', 'in_behandeling') OR EXISTS"
                                  "  (SELECT 1 FROM escalation_step s WHERE s.report_id = r.id AND s.step_code = 'gesloten'))"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM absence_report WHERE (report_type = 'ABSOLUUT') != (school_id IS NULL)"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT report_type) FROM absence_report"), ==, 5);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT status) FROM absence_report"), ==, 5);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT step_code) FROM escalation_step"), ==, 8);
  /* Mostly the 16-hour report. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM absence_report WHERE report_type = '16U_4WK'"), >,
                   schakel_test_query_int (db, "SELECT count(*) FROM absence_report") / 2);
}

/* 18+ plans: recorded before the data end and before the birthday, for
 * minors placed that day; what happened on the birthday agrees. */
static void
test_demo_plans (void)
{
  SchakelDatabase *db = get_calibration_db ();
  gint64 n_plans = schakel_test_query_int (db, "SELECT count(*) FROM adult_plan");

  g_assert_cmpint (n_plans, >, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM adult_plan a JOIN minor m ON m.id = a.minor_id"
                                  " WHERE substr (a.recorded_at, 1, 10) > '" UNTIL_ISO "'"
                                  "  OR substr (a.recorded_at, 1, 10) >= date (m.birth_date, '+18 years')"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM adult_plan a WHERE NOT EXISTS"
                                  " (SELECT 1 FROM placement p WHERE p.minor_id = a.minor_id"
                                  "  AND p.start_date <= substr (a.recorded_at, 1, 10)"
                                  "  AND (p.end_date IS NULL OR p.end_date > substr (a.recorded_at, 1, 10)))"), ==, 0);
  /* Unknown plans name no municipality; the others do. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM adult_plan"
                                  " WHERE (plan = 'onbekend') != (receiving_municipality IS NULL)"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT plan) FROM adult_plan"), ==, 4);
  /* A move to verlengde opvang on the birthday was planned as such. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM adult_plan a JOIN placement p ON p.minor_id = a.minor_id"
                                  " AND p.reason = 'age_18' JOIN location l ON l.id = p.location_id"
                                  " WHERE a.plan NOT IN ('onbekend', CASE l.type_code WHEN 'NIDOS_VERLENGD'"
                                  "  THEN 'verlengde_opvang' ELSE 'volwassenenopvang' END)"), ==, 0);
  /* Mostly unaccompanied minors. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM adult_plan a JOIN minor m ON m.id = a.minor_id"
                                  " WHERE m.amv"), >, n_plans / 2);
}

/* Kaplan–Meier: the first time at which at least @q of the group has had
 * the event; -1 when the curve never gets there. */
typedef struct
{
  double time;
  int    event;
} Observation;

static int
compare_observations (gconstpointer a,
                      gconstpointer b)
{
  const Observation *x = a, *y = b;

  if (x->time != y->time)
    return x->time < y->time ? -1 : 1;
  return y->event - x->event;
}

static double
kaplan_meier_quantile (GArray *obs,
                       double  q)
{
  guint n = obs->len, i = 0;
  double survival = 1.0;

  g_array_sort (obs, compare_observations);
  while (i < n)
    {
      double t = g_array_index (obs, Observation, i).time;
      guint at_risk = n - i, events = 0;

      while (i < n && g_array_index (obs, Observation, i).time == t)
        events += g_array_index (obs, Observation, i++).event;
      survival *= 1.0 - (double) events / at_risk;
      if (1.0 - survival >= q - 1e-9)
        return t;
    }
  return -1;
}

static void
test_demo_kaplan_meier (void)
{
  g_autoptr(GArray) obs = g_array_new (FALSE, FALSE, sizeof (Observation));
  Observation o[] = { { 1, 1 }, { 2, 0 }, { 3, 1 }, { 4, 1 }, { 5, 0 } };

  g_array_append_vals (obs, o, G_N_ELEMENTS (o));
  /* S(1) = 4/5, S(3) = 4/5 · 2/3 = 8/15, S(4) = 8/15 · 1/2 = 4/15. */
  g_assert_cmpfloat (kaplan_meier_quantile (obs, 0.2), ==, 1);
  g_assert_cmpfloat (kaplan_meier_quantile (obs, 0.45), ==, 3);
  g_assert_cmpfloat (kaplan_meier_quantile (obs, 0.5), ==, 4);
  g_assert_cmpfloat (kaplan_meier_quantile (obs, 0.9), ==, -1);
}

static GArray *
query_observations (SchakelDatabase *db,
                    const char      *sql)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (handle, sql, &error);
  GArray *obs = g_array_new (FALSE, FALSE, sizeof (Observation));

  g_assert_no_error (error);
  schakel_sqlite_bind_text (stmt, 1, UNTIL_ISO);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      Observation o = { sqlite3_column_double (stmt, 0), sqlite3_column_int (stmt, 1) };

      g_array_append_val (obs, o);
    }
  return obs;
}

/* DOMAIN.md §10.3: per placement of a school-age minor not already at
 * school in that municipality, from placement start to the first
 * enrolment, censored at the placement's end, the 18th birthday or until. */
static const char time_to_school_sql[] =
  "WITH ep AS ("
  "  SELECT p.minor_id, p.start_date AS s,"
  "         min (coalesce (p.end_date, ?1), date (m.birth_date, '+18 years', '-1 day'), ?1) AS c"
  "  FROM placement p JOIN minor m ON m.id = p.minor_id JOIN location l ON l.id = p.location_id"
  "  WHERE date (m.birth_date, '+5 years') <= p.start_date AND date (m.birth_date, '+18 years') > p.start_date"
  "    AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN school sc ON sc.id = e.school_id"
  "      WHERE e.minor_id = p.minor_id AND sc.municipality_code = l.municipality_code"
  "        AND e.start_date <= p.start_date AND coalesce (e.end_date, '9999-12-31') >= p.start_date)),"
  " firsts AS (SELECT ep.*, (SELECT min (e.start_date) FROM enrolment e"
  "   WHERE e.minor_id = ep.minor_id AND e.start_date BETWEEN ep.s AND ep.c) AS f FROM ep)"
  " SELECT julianday (coalesce (f, c)) - julianday (s), f IS NOT NULL FROM firsts";

/* DOMAIN.md §10.8: moves of enrolled minors, from the end of the old
 * enrolment to the start of the next; open gaps censored at until. */
static const char gap_sql[] =
  "SELECT julianday (coalesce (min (e2.start_date), ?1)) - julianday (e1.end_date) - 1,"
  "       min (e2.start_date) IS NOT NULL"
  " FROM placement p"
  " JOIN enrolment e1 ON e1.minor_id = p.minor_id AND e1.end_date = date (p.start_date, '-1 day')"
  " LEFT JOIN enrolment e2 ON e2.minor_id = p.minor_id AND e2.start_date >= p.start_date"
  " WHERE p.reason IS NOT NULL GROUP BY p.id";

/* School-age minors with an active placement on until (DOMAIN.md §10). */
#define PRESENT_SQL(extra) \
  "SELECT count(*) FROM placement p JOIN minor m ON m.id = p.minor_id" \
  " JOIN location l ON l.id = p.location_id" \
  " WHERE p.start_date <= ?1 AND (p.end_date IS NULL OR p.end_date >= ?1)" \
  " AND date (m.birth_date, '+5 years') <= ?1 AND date (m.birth_date, '+18 years') > ?1 " extra

static void
test_demo_calibration (void)
{
  SchakelDatabase *db = get_calibration_db ();
  g_autoptr(GArray) to_school = query_observations (db, time_to_school_sql);
  g_autoptr(GArray) gaps = query_observations (db, gap_sql);
  double present = query_double (db, PRESENT_SQL (""));
  double emergency = query_double (db, PRESENT_SQL ("AND l.type_code IN ('NO', 'TGO')"));
  double crisis = query_double (db, PRESENT_SQL ("AND l.type_code = 'CNO'"));
  double moves, child_years, high_movers, movers, isk_open, median, p90;
  double worst, best, verhuisd, closed_waits;

  /* Moves per child-year in the 12 months before until (§10.6). */
  moves = query_double (db, "SELECT count(*) FROM placement WHERE reason IS NOT NULL"
                            " AND start_date > date (?1, '-365 days') AND start_date <= ?1");
  child_years = query_double (db, "SELECT sum (julianday (min (coalesce (end_date, ?1), ?1))"
                                  " - julianday (max (start_date, date (?1, '-365 days'))) + 1) / 365.25"
                                  " FROM placement WHERE start_date <= ?1"
                                  " AND coalesce (end_date, ?1) > date (?1, '-365 days')");
  g_test_message ("moves per child-year %.2f", moves / child_years);
  g_assert_cmpfloat (moves / child_years, >=, 2.0);
  g_assert_cmpfloat (moves / child_years, <=, 4.0);

  /* A long tail: of the minors in reception for at least half of that
   * year, a few percent moved at a rate of 5 to 8 a year or more. */
  movers = query_double (db, "WITH w AS (SELECT minor_id,"
                             "  sum (julianday (min (coalesce (end_date, ?1), ?1))"
                             "   - julianday (max (start_date, date (?1, '-365 days'))) + 1) AS days,"
                             "  sum (reason IS NOT NULL AND start_date > date (?1, '-365 days')) AS n"
                             " FROM placement WHERE start_date <= ?1"
                             " AND coalesce (end_date, ?1) > date (?1, '-365 days') GROUP BY minor_id)"
                             " SELECT count(*) FROM w WHERE days >= 182");
  high_movers = query_double (db, "WITH w AS (SELECT minor_id,"
                                  "  sum (julianday (min (coalesce (end_date, ?1), ?1))"
                                  "   - julianday (max (start_date, date (?1, '-365 days'))) + 1) AS days,"
                                  "  sum (reason IS NOT NULL AND start_date > date (?1, '-365 days')) AS n"
                                  " FROM placement WHERE start_date <= ?1"
                                  " AND coalesce (end_date, ?1) > date (?1, '-365 days') GROUP BY minor_id)"
                                  " SELECT count(*) FROM w WHERE days >= 182 AND n * 365.25 / days >= 5");
  g_test_message ("moving 5+ times a year: %.1f %%", 100 * high_movers / movers);
  g_assert_cmpfloat (high_movers / movers, >=, 0.05);
  g_assert_cmpfloat (high_movers / movers, <=, 0.30);

  /* In noodopvang or TGO on until: 10–25 %; in CNO: a few percent. */
  g_test_message ("present %.0f, NO/TGO %.1f %%, CNO %.1f %%", present,
                  100 * emergency / present, 100 * crisis / present);
  g_assert_cmpfloat (present, >, CALIBRATION_MINORS / 3.0);
  g_assert_cmpfloat (emergency / present, >=, 0.10);
  g_assert_cmpfloat (emergency / present, <=, 0.25);
  g_assert_cmpfloat (crisis / present, >=, 0.005);
  g_assert_cmpfloat (crisis / present, <=, 0.05);

  /* ISK wait-list: LOWAN's ~2000 of ~20,000 school-age minors in
   * reception, about 10 %; accepted 5–15 %. */
  isk_open = query_double (db, "SELECT count(*) FROM waitlist_entry WHERE school_type = 'ISK'"
                               " AND registered_date <= ?1 AND end_date IS NULL");
  g_test_message ("open ISK entries %.0f = %.1f %%", isk_open, 100 * isk_open / present);
  g_assert_cmpfloat (isk_open / present, >=, 0.05);
  g_assert_cmpfloat (isk_open / present, <=, 0.15);

  /* Some provinces clearly worse: open ISK entries per present 12–17-year-old
   * in Noord- and Zuid-Holland against Groningen, Fryslân and Drenthe. */
  worst = query_double (db, "SELECT CAST ((SELECT count(*) FROM waitlist_entry w JOIN school s ON s.id = w.school_id"
                            "  JOIN municipality m ON m.code = s.municipality_code"
                            "  WHERE w.school_type = 'ISK' AND w.end_date IS NULL AND m.province_code IN ('PV27', 'PV28'))"
                            " AS REAL) / (SELECT count(*) FROM placement p JOIN minor n ON n.id = p.minor_id"
                            "  JOIN location l ON l.id = p.location_id JOIN municipality m ON m.code = l.municipality_code"
                            "  WHERE p.start_date <= ?1 AND (p.end_date IS NULL OR p.end_date >= ?1)"
                            "  AND date (n.birth_date, '+12 years') <= ?1 AND date (n.birth_date, '+18 years') > ?1"
                            "  AND m.province_code IN ('PV27', 'PV28'))");
  best = query_double (db, "SELECT CAST ((SELECT count(*) FROM waitlist_entry w JOIN school s ON s.id = w.school_id"
                           "  JOIN municipality m ON m.code = s.municipality_code"
                           "  WHERE w.school_type = 'ISK' AND w.end_date IS NULL AND m.province_code IN ('PV20', 'PV21', 'PV22'))"
                           " AS REAL) / (SELECT count(*) FROM placement p JOIN minor n ON n.id = p.minor_id"
                           "  JOIN location l ON l.id = p.location_id JOIN municipality m ON m.code = l.municipality_code"
                           "  WHERE p.start_date <= ?1 AND (p.end_date IS NULL OR p.end_date >= ?1)"
                           "  AND date (n.birth_date, '+12 years') <= ?1 AND date (n.birth_date, '+18 years') > ?1"
                           "  AND m.province_code IN ('PV20', 'PV21', 'PV22'))");
  g_test_message ("waiting per present 12-17: Holland %.1f %%, north %.1f %%", 100 * worst, 100 * best);
  g_assert_cmpfloat (worst, >=, 3 * best);

  /* Wait-list closures: placed most often; a move ends a good share. */
  closed_waits = query_double (db, "SELECT count(*) FROM waitlist_entry WHERE end_date IS NOT NULL");
  verhuisd = query_double (db, "SELECT count(*) FROM waitlist_entry WHERE outcome = 'verhuisd'");
  g_assert_cmpfloat (verhuisd / closed_waits, >=, 0.2);
  g_assert_cmpfloat (verhuisd / closed_waits, <=, 0.5);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT outcome) FROM waitlist_entry"), ==, 5);

  /* Time from placement to school: median 4–10 weeks, a long tail. */
  median = kaplan_meier_quantile (to_school, 0.5);
  p90 = kaplan_meier_quantile (to_school, 0.9);
  g_test_message ("time to school: median %.0f d, P90 %.0f d, %u episodes", median, p90, to_school->len);
  g_assert_cmpfloat (median, >=, 28);
  g_assert_cmpfloat (median, <=, 70);
  g_assert_true (p90 < 0 || p90 >= 3 * median);

  /* School gap after a move: median a few weeks (7–42 days). */
  median = kaplan_meier_quantile (gaps, 0.5);
  g_test_message ("gap after a move: median %.0f d, %u moves of enrolled minors", median, gaps->len);
  g_assert_cmpuint (gaps->len, >, 1000);
  g_assert_cmpfloat (median, >=, 7);
  g_assert_cmpfloat (median, <=, 42);

  /* Hours: some ISK pupils below the 12-hour minimum, most day-activity
   * style temporary provision below it. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM enrolment WHERE school_type = 'ISK' AND hours_per_week < 12"), >, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM enrolment WHERE school_type = 'ISK' AND hours_per_week < 12") * 5, <,
                   schakel_test_query_int (db, "SELECT count(*) FROM enrolment WHERE school_type = 'ISK'"));
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM enrolment WHERE school_type = 'TIJDELIJK' AND hours_per_week < 12") * 2, >,
                   schakel_test_query_int (db, "SELECT count(*) FROM enrolment WHERE school_type = 'TIJDELIJK'"));
  /* School type fits age at the start. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM enrolment e JOIN minor m ON m.id = e.minor_id"
                                  " WHERE (e.school_type LIKE 'PO%' AND date (m.birth_date, '+12 years') <= e.start_date)"
                                  " OR (e.school_type = 'ISK' AND date (m.birth_date, '+12 years') > e.start_date)"
                                  " OR (e.school_type = 'MBO_ENTREE' AND date (m.birth_date, '+16 years') > e.start_date)"
                                  " OR date (m.birth_date, '+5 years') > e.start_date"), ==, 0);

  /* Escalations open on until, some past the deadline of their next step. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM absence_report WHERE end_date IS NULL"
                                  " AND report_date < date ('" UNTIL_ISO "', '-120 days')"), >, 0);
}

typedef struct
{
  GCancellable *cancellable;
  double        cancel_at;
  double        last;
  guint         calls;
  gboolean      monotonic;
} ProgressLog;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  ProgressLog *log = user_data;

  if (fraction < log->last || fraction < 0.0 || fraction > 1.0)
    log->monotonic = FALSE;
  log->last = fraction;
  log->calls++;
  if (log->cancellable != NULL && fraction >= log->cancel_at)
    g_cancellable_cancel (log->cancellable);
}

static void
test_demo_progress (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("progress.db");
  g_autoptr(GError) error = NULL;
  ProgressLog log = { NULL, 0, 0, 0, TRUE };
  SchakelDemoOptions options;

  options_for (&options, 3000, 1, 1);
  g_assert_true (schakel_demo_generate (db, &options, progress_cb, &log, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (log.monotonic);
  g_assert_cmpfloat (log.last, ==, 1.0);
  g_assert_cmpuint (log.calls, >=, 10);
  g_assert_cmpuint (log.calls, <=, 300);
}

static void
test_demo_cancel (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("cancel.db");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  ProgressLog log = { cancellable, 0.5, 0, 0, TRUE };
  SchakelDemoOptions options;

  options_for (&options, 2000, 2, 3);
  g_assert_false (schakel_demo_generate (db, &options, progress_cb, &log, cancellable, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED);
  g_assert_cmpfloat (log.last, <, 1.0);
  g_assert_cmpfloat (log.last, >=, 0.5);

  /* Rolled back: nothing of the half-made data set is left. */
  g_assert_cmpint (total_rows (db), ==, 0);
  g_assert_false (schakel_database_is_synthetic (db));
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM municipality"), ==, 342);

  /* And the database is usable again afterwards. */
  g_clear_error (&error);
  g_cancellable_reset (cancellable);
  g_assert_true (schakel_demo_generate (db, &options, NULL, NULL, cancellable, &error));
  g_assert_no_error (error);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor"), ==, 2000);
}

static void
test_demo_refuses_filled (void)
{
  g_autoptr(SchakelDatabase) db = generate_new ("twice.db", 300, 1, 5);
  g_autoptr(SchakelDatabase) manual = schakel_test_open_new ("manual.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = content_hash (db);
  g_autofree char *after = NULL;
  g_autofree char *manual_before = NULL;
  g_autofree char *manual_after = NULL;
  SchakelDemoOptions options;

  options_for (&options, 300, 1, 6);
  g_assert_false (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  after = content_hash (db);
  g_assert_cmpstr (before, ==, after);
  g_clear_error (&error);

  /* One real minor is enough to refuse, and nothing is marked synthetic. */
  g_assert_true (schakel_sqlite_exec (schakel_database_get_handle (manual),
                                      "INSERT INTO minor (jongere_id, amv) VALUES ('J1', 1)", &error));
  manual_before = content_hash (manual);
  g_assert_false (schakel_demo_generate (manual, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  manual_after = content_hash (manual);
  g_assert_cmpstr (manual_before, ==, manual_after);
  g_assert_false (schakel_database_is_synthetic (manual));
  g_assert_cmpint (total_rows (manual), ==, 1);
}

static void
test_demo_invalid_options (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("invalid.db");
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autoptr(GError) error = NULL;
  SchakelDemoOptions options;

  options_for (&options, 0, 1, 1);
  g_assert_false (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  options_for (&options, 10, 0, 1);
  g_assert_false (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Inside a transaction of the caller's: refused, and that transaction
   * is left alone. */
  g_assert_true (schakel_database_begin (db, &error));
  options_for (&options, 10, 1, 1);
  g_assert_false (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (sqlite3_get_autocommit (schakel_database_get_handle (db)));
  schakel_database_rollback (db);

  reader = schakel_database_open_reader (db, &error);
  g_assert_no_error (error);
  options_for (&options, 10, 1, 1);
  g_assert_false (schakel_demo_generate (reader, &options, NULL, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_assert_cmpint (total_rows (db), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/demo/options-init", test_demo_options_init);
  g_test_add_func ("/core/demo/rng", test_demo_rng);
  g_test_add_func ("/core/demo/deterministic", test_demo_deterministic);
  g_test_add_func ("/core/demo/marker", test_demo_marker);
  g_test_add_func ("/core/demo/constraints", test_demo_constraints);
  g_test_add_func ("/core/demo/placements", test_demo_placements);
  g_test_add_func ("/core/demo/dates", test_demo_dates);
  g_test_add_func ("/core/demo/people", test_demo_people);
  g_test_add_func ("/core/demo/escalations", test_demo_escalations);
  g_test_add_func ("/core/demo/plans", test_demo_plans);
  g_test_add_func ("/core/demo/kaplan-meier", test_demo_kaplan_meier);
  g_test_add_func ("/core/demo/calibration", test_demo_calibration);
  g_test_add_func ("/core/demo/progress", test_demo_progress);
  g_test_add_func ("/core/demo/cancel", test_demo_cancel);
  g_test_add_func ("/core/demo/refuses-filled", test_demo_refuses_filled);
  g_test_add_func ("/core/demo/invalid-options", test_demo_invalid_options);

  status = g_test_run ();
  g_clear_object (&calibration_db);
  return status;
}
