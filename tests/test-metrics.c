/* test-metrics.c — the dashboard metrics on a hand-built database whose
 * values are worked out below, and on demo data against independent SQL.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-core.h"
#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

/* The peildatum: Monday 2 March 2026 (RCD2013 still in force).
 *
 * Locations: 1 azc Amersfoort (GM0307, PV26), 2 noodopvang Amersfoort
 * (temporary), 3 azc Utrecht (GM0344, PV26), 4 AC Amsterdam (GM0363,
 * PV27; temporary after 14 days). Schools: 1 ISK 01AB Amersfoort, 2 02CD
 * Utrecht.
 *
 * M1 15 y, amv, applied 2025-12-01; azc Amersfoort from 2025-12-05 (open);
 *    ISK from 2026-01-12, hours unknown (count as meeting the minimum, but
 *    incomplete). Norm RCD2013: deadline 2026-03-01; school 2026-01-12:
 *    within. Wait-list ISK 2025-12-08 → geplaatst 2026-01-12 (35 days).
 * M2 month-precise birth 2021-03 (stored 2021-03-01): 5 on 2026-03-01,
 *    so of school age on the peildatum only because the month counts from
 *    the 1st. Noodopvang Amersfoort since 2025-11-01, no school. Norm
 *    period starts at the 5th birthday (applied earlier): deadline
 *    2026-06-01, so without education *within* the norm, compliance
 *    pending. Open wait-list entry PO_NIEUWKOMERS 2026-02-20.
 * M3 born 2008-03-20 (18 on 2026-03-20), amv, applied 2025-06-01; azc
 *    Amersfoort 2025-06-10 to 2026-03-01, then moved to azc Utrecht ON the
 *    peildatum (capacity): on the date M3 is in Utrecht, not Amersfoort.
 *    ISK Amersfoort 2025-09-01 to 2026-03-01 (deadline 2025-09-01: school
 *    on the deadline day is within). Permit 2026-01-15. Open ISK entry in
 *    Utrecht from 2026-01-10: an 18th birthday inside the wait.
 * M4 born 2012-01-01, applied 2024-10-01 (deadline 2025-01-01); azc
 *    Amersfoort 2025-01-15 to 2025-06-30, azc Utrecht 2025-07-01 to
 *    2025-12-31, AC Amsterdam from 2026-01-01 (60 days there on the date:
 *    temporary). ISK Amersfoort 2025-02-10 to 2025-06-30 (late: after the
 *    deadline), Utrecht 2025-07-15 to 2025-12-31: a 15-day gap after the
 *    move. Wait-list ISK Amersfoort 2025-02-01 → verhuisd 2025-06-30.
 * M5 born 2000: an adult, never counted.
 * M6 birth date unknown, azc Amersfoort: not present, but incomplete.
 * M7 born 2019-01-01, applied 2023-06-01 before turning 5 (norm from
 *    2024-01-01, deadline 2024-04-01); azc Amersfoort since 2024-01-01, ISK
 *    from 2024-02-01 at 8 h/week: below 12, not in education, beyond the
 *    norm, compliant.
 * Absence at school 1: R1 (M7) reported 2026-01-12, last step
 *    uitnodiging_lpa on Tuesday 2026-01-20, next step due 10 working days
 *    later, 2026-02-03: overdue. R2 (M1) reported 2026-02-25, melding_duo
 *    that day, next due 2026-03-11: not overdue. R3 (M4) 2025-05-01, closed
 *    2025-05-20.
 */
static const char scenario_sql[] =
  "INSERT INTO location (id, code, name, type_code, municipality_code) VALUES"
  " (1, 'L1', 'azc Amersfoort', 'AZC', 'GM0307'), (2, 'L2', 'NO Amersfoort', 'NO', 'GM0307'),"
  " (3, 'L3', 'azc Utrecht', 'AZC', 'GM0344'), (4, 'L4', 'AC Amsterdam', 'AC', 'GM0363');"
  "INSERT INTO school (id, brin, branch, name, municipality_code) VALUES"
  " (1, '01AB', '00', 'ISK Amersfoort', 'GM0307'), (2, '02CD', '00', 'ISK Utrecht', 'GM0344');"
  "INSERT INTO minor (id, jongere_id, birth_date, birth_date_precision, amv, arrival_date, application_date) VALUES"
  " (1, 'J1', '2010-05-10', 'day', 1, '2025-11-28', '2025-12-01'),"
  " (2, 'J2', '2021-03-01', 'month', 0, '2025-10-28', '2025-11-01'),"
  " (3, 'J3', '2008-03-20', 'day', 1, '2025-05-30', '2025-06-01'),"
  " (4, 'J4', '2012-01-01', 'day', 0, '2024-09-28', '2024-10-01'),"
  " (5, 'J5', '2000-01-01', 'day', 0, NULL, NULL),"
  " (6, 'J6', NULL, 'day', 0, NULL, NULL),"
  " (7, 'J7', '2019-01-01', 'day', 0, '2023-05-30', '2023-06-01');"
  "INSERT INTO placement (minor_id, location_id, start_date, end_date, reason) VALUES"
  " (1, 1, '2025-12-05', NULL, NULL),"
  " (2, 2, '2025-11-01', NULL, NULL),"
  " (3, 1, '2025-06-10', '2026-03-01', NULL), (3, 3, '2026-03-02', NULL, 'capacity'),"
  " (4, 1, '2025-01-15', '2025-06-30', NULL), (4, 3, '2025-07-01', '2025-12-31', 'capacity'),"
  " (4, 4, '2026-01-01', NULL, 'procedure'),"
  " (5, 1, '2024-01-01', NULL, NULL),"
  " (6, 1, '2024-01-01', NULL, NULL),"
  " (7, 1, '2024-01-01', NULL, NULL);"
  "INSERT INTO enrolment (id, minor_id, school_id, school_type, start_date, end_date, hours_per_week) VALUES"
  " (1, 1, 1, 'ISK', '2026-01-12', NULL, NULL),"
  " (2, 3, 1, 'ISK', '2025-09-01', '2026-03-01', 25),"
  " (3, 4, 1, 'ISK', '2025-02-10', '2025-06-30', 20),"
  " (4, 4, 2, 'ISK', '2025-07-15', '2025-12-31', 20),"
  " (5, 7, 1, 'ISK', '2024-02-01', NULL, 8);"
  "INSERT INTO waitlist_entry (minor_id, school_id, school_type, registered_date, end_date, outcome) VALUES"
  " (1, 1, 'ISK', '2025-12-08', '2026-01-12', 'geplaatst'),"
  " (2, 1, 'PO_NIEUWKOMERS', '2026-02-20', NULL, NULL),"
  " (3, 2, 'ISK', '2026-01-10', NULL, NULL),"
  " (4, 1, 'ISK', '2025-02-01', '2025-06-30', 'verhuisd');"
  "INSERT INTO procedure_event (minor_id, date, event) VALUES (3, '2026-01-15', 'vergunning');"
  "INSERT INTO absence_report (id, report_number, minor_id, school_id, report_type, start_date, report_date,"
  "  end_date, status) VALUES"
  " (1, 'R1', 7, 1, '16U_4WK', '2026-01-05', '2026-01-12', NULL, 'in_behandeling'),"
  " (2, 'R2', 1, 1, 'LUXE', '2026-02-20', '2026-02-25', NULL, 'in_behandeling'),"
  " (3, 'R3', 4, 1, '16U_4WK', '2025-04-20', '2025-05-01', '2025-05-20', 'afgesloten');"
  "INSERT INTO escalation_step (report_id, step_code, date, outcome) VALUES"
  " (1, 'schoolgesprek', '2026-01-08', 'uitgevoerd'), (1, 'melding_duo', '2026-01-12', 'uitgevoerd'),"
  " (1, 'uitnodiging_lpa', '2026-01-20', NULL),"
  " (2, 'schoolgesprek', '2026-02-24', 'uitgevoerd'), (2, 'melding_duo', '2026-02-25', NULL),"
  " (3, 'schoolgesprek', '2025-04-30', 'uitgevoerd'), (3, 'melding_duo', '2025-05-01', 'uitgevoerd'),"
  " (3, 'gesloten', '2025-05-20', 'verzuim_gestopt');";

static SchakelDatabase *
scenario_db (void)
{
  static SchakelDatabase *db;

  if (db == NULL)
    {
      db = schakel_test_open_new ("metrics-scenario.db");
      schakel_test_exec (db, scenario_sql);
    }
  return db;
}

static GPtrArray *
compute (SchakelDatabase *db,
         const char      *scope_text,
         const char      *date)
{
  g_autoptr(SchakelScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  SchakelDay day;
  GPtrArray *values;

  scope = schakel_scope_parse (scope_text, &error);
  g_assert_no_error (error);
  g_assert_true (schakel_scope_validate (scope, db, &error));
  g_assert_true (schakel_day_parse_iso (date, &day));
  values = schakel_metrics_compute (db, scope, day, NULL, NULL, &error);
  g_assert_no_error (error);
  return values;
}

static const SchakelMetricValue *
find (GPtrArray  *values,
      const char *id)
{
  for (guint i = 0; i < values->len; i++)
    {
      const SchakelMetricValue *v = g_ptr_array_index (values, i);

      if (g_str_equal (v->info->id, id))
        return v;
    }
  g_error ("no metric %s", id);
}

static void
assert_share (GPtrArray  *values,
              const char *id,
              gint64      numerator,
              gint64      denominator)
{
  const SchakelMetricValue *v = find (values, id);

  if (v->numerator != numerator || v->n != denominator)
    g_error ("%s: %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT "/%" G_GINT64_FORMAT,
             id, v->numerator, v->n, numerator, denominator);
  if (v->info->unit == SCHAKEL_METRIC_UNIT_COUNT)
    g_assert_cmpfloat (v->value, ==, numerator);
  else if (denominator > 0)
    g_assert_cmpfloat_with_epsilon (v->value, (double) numerator / denominator, 1e-12);
  else
    g_assert_true (isnan (v->value));
}

static gint64
part (const SchakelMetricValue *v,
      const char               *key)
{
  for (guint i = 0; v->parts != NULL && i < v->parts->len; i++)
    if (g_str_equal (g_array_index (v->parts, SchakelMetricPart, i).key, key))
      return g_array_index (v->parts, SchakelMetricPart, i).count;
  return 0;
}

/* Amersfoort on the date: M1, M2 (month-precise), M7. Not M3 (moved out
 * on the date), M5 (adult), M6 (birth date unknown). */
static void
test_metrics_municipality (void)
{
  g_autoptr(GPtrArray) v = compute (scenario_db (), "gemeente:GM0307", "2026-03-02");
  const SchakelMetricValue *m;

  assert_share (v, "present", 3, 3);
  assert_share (v, "present_amv", 1, 3);
  assert_share (v, "temporary_share", 1, 3);                 /* M2 in noodopvang */
  assert_share (v, "in_education_share", 1, 3);              /* M1; M7 has 8 h */
  assert_share (v, "without_education_within_norm", 1, 3);   /* M2 */
  assert_share (v, "without_education_beyond_norm", 1, 3);   /* M7 */
  assert_share (v, "norm_compliance", 2, 2);                 /* M1, M7; M2 pending */
  g_assert_cmpint (part (find (v, "norm_compliance"), "lopend"), ==, 1);
  g_assert_cmpstr (find (v, "norm_compliance")->norm, ==, "RCD2013");
  assert_share (v, "completeness", 2, 4);                    /* M1 hours, M6 birth date */
  assert_share (v, "repeated_moves_2", 0, 3);
  assert_share (v, "turning_18_90", 0, 3);

  /* Time to school: episodes starting in (2025-03-02, 2026-03-02] in
   * Amersfoort of school-age minors: M1 38 days (5 Dec → 12 Jan), M3 83
   * days (10 Jun → 1 Sep); M2 was 4 at the start. S = 1/2 from 38 to 83
   * exactly: the median is the middle, 60.5 (R's rule). */
  m = find (v, "time_to_school");
  g_assert_cmpint (m->n, ==, 2);
  g_assert_cmpfloat (m->median.value, ==, 60.5);
  g_assert_cmpfloat (m->p90.value, ==, 83);
  g_assert_cmpstr (m->norm, ==, "COA3M");

  /* Wait-list at school 1: open M2 (PO_NIEUWKOMERS); closed in the window
   * M1 geplaatst, M4 verhuisd; waits in the window: M1 35 (event), M2 10
   * (censored at the date). */
  assert_share (v, "waitlist_open", 1, 1);
  g_assert_cmpint (part (find (v, "waitlist_open"), "PO_NIEUWKOMERS"), ==, 1);
  assert_share (v, "waitlist_moved_share", 1, 2);
  m = find (v, "waitlist_wait");
  g_assert_cmpint (m->n, ==, 2);
  g_assert_cmpfloat (m->median.value, ==, 35);

  /* Moves out of Amersfoort in the window: M4 on 2025-07-01, M3 on the
   * date. School-age days in Amersfoort locations in [2025-03-03, date]:
   * M1 88, M2 2 (from its 5th birthday), M3 265, M4 120, M7 365 = 840;
   * 2 / (840 / 365.25). */
  m = find (v, "moves_per_child_year");
  g_assert_cmpint (m->numerator, ==, 2);
  g_assert_cmpint (m->n, ==, 5);
  g_assert_cmpfloat_with_epsilon (m->exposure, 840 / 365.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->value, 2 / (840 / 365.25), 1e-9);
  g_assert_cmpint (part (m, "capacity"), ==, 2);

  /* Gaps: M4 15 days (30 Jun → 15 Jul) > 7; M3 open 1 day (censored at
   * the date, not yet known to be long: left out of the share). */
  assert_share (v, "school_gap_share", 1, 1);
  m = find (v, "school_gap_median");
  g_assert_cmpint (m->n, ==, 2);
  g_assert_cmpfloat (m->median.value, ==, 15);

  /* Absence: R1, R2, R3 in the window; enrolment-days at school 1 in the
   * window: M1 50, M3 182, M4 120, M7 365 = 717. */
  m = find (v, "absence_reports_per_100");
  g_assert_cmpint (m->numerator, ==, 3);
  g_assert_cmpint (m->n, ==, 4);
  g_assert_cmpfloat_with_epsilon (m->value, 300 / (717 / 365.25), 1e-9);
  assert_share (v, "escalations_open", 2, 2);
  assert_share (v, "escalations_overdue", 1, 2);
  /* By the step that is late: R1's conversation with the leerplicht officer. */
  g_assert_cmpint (part (find (v, "escalations_overdue"), "gesprek_lpa"), ==, 1);
  /* Every step in the window came within its deadline; gesloten has none. */
  assert_share (v, "escalation_timeliness", 7, 7);
}

/* The whole country on the date adds M3 (Utrecht) and M4 (AC Amsterdam
 * 60 days: temporary). */
static void
test_metrics_national (void)
{
  g_autoptr(GPtrArray) v = compute (scenario_db (), "nl", "2026-03-02");
  const SchakelMetricValue *m;

  assert_share (v, "present", 5, 5);
  assert_share (v, "present_amv", 2, 5);
  assert_share (v, "temporary_share", 2, 5);
  assert_share (v, "in_education_share", 1, 5);
  assert_share (v, "without_education_within_norm", 1, 5);
  assert_share (v, "without_education_beyond_norm", 3, 5);
  assert_share (v, "norm_compliance", 3, 4);                 /* M4 late */
  assert_share (v, "completeness", 4, 6);
  assert_share (v, "repeated_moves_2", 1, 5);                /* M4: July and January */
  assert_share (v, "repeated_moves_3", 0, 5);
  m = find (v, "turning_18_90");
  g_assert_cmpint (m->numerator, ==, 1);
  g_assert_cmpint (part (m, "vergunning"), ==, 1);
  g_assert_cmpint (find (v, "turning_18_180")->numerator, ==, 1);
}

/* The province of Utrecht holds Amersfoort and Utrecht: M1, M2, M3, M7. A
 * region of a user's scheme works the same way. */
static void
test_metrics_province_and_region (void)
{
  SchakelDatabase *db = scenario_db ();
  g_autoptr(GPtrArray) province = compute (db, "provincie:PV26", "2026-03-02");
  g_autoptr(GPtrArray) region = NULL;
  g_autoptr(GPtrArray) utrecht = compute (db, "gemeente:GM0344", "2026-03-02");

  assert_share (province, "present", 4, 4);
  assert_share (utrecht, "present", 1, 1);
  assert_share (utrecht, "turning_18_90", 1, 1);

  schakel_test_exec (db, "INSERT OR IGNORE INTO region_scheme (code, name) VALUES ('test', 'Test');"
                         "INSERT OR IGNORE INTO region (scheme_code, code, name) VALUES ('test', 'EEM', 'Eemland');"
                         "INSERT OR IGNORE INTO region_municipality (scheme_code, region_code, municipality_code)"
                         " VALUES ('test', 'EEM', 'GM0307');");
  region = compute (db, "regio:test:EEM", "2026-03-02");
  assert_share (region, "present", 3, 3);
}

/* A month later M3 has turned 18 inside the wait: the open ISK entry in
 * Utrecht is censored on 2026-03-19, 68 days after 10 January; M3 is no
 * longer present anywhere. */
static void
test_metrics_eighteen_inside_wait (void)
{
  g_autoptr(GPtrArray) v = compute (scenario_db (), "gemeente:GM0344", "2026-04-01");
  const SchakelMetricValue *m = find (v, "waitlist_wait");
  const SchakelKmStep *steps;
  guint n_steps;

  assert_share (v, "present", 0, 0);
  steps = schakel_km_get_steps (m->km, &n_steps);
  g_assert_cmpuint (n_steps, ==, 1);
  g_assert_cmpuint (steps[0].time, ==, 68);
  g_assert_cmpuint (steps[0].n_censor, ==, 1);
  g_assert_true (isnan (m->median.value));
}

static void
test_metrics_publication (void)
{
  g_autoptr(GPtrArray) v = compute (scenario_db (), "gemeente:GM0307", "2026-03-02");
  SchakelPublicationRules rules;

  schakel_publication_rules_init (&rules);
  for (guint i = 0; i < v->len; i++)
    schakel_metric_value_publish (g_ptr_array_index (v, i), &rules);

  /* 3 present: <5. Shares of 3: no denominator of 20. KM on 2 minors. */
  g_assert_true (find (v, "present")->suppressed);
  g_assert_cmpstr (find (v, "present")->display, ==, "<5");
  g_assert_true (isnan (find (v, "present")->value));
  g_assert_true (find (v, "in_education_share")->suppressed);
  g_assert_true (find (v, "time_to_school")->suppressed);
  g_assert_cmpuint (find (v, "time_to_school")->curve_length, ==, 0);
  g_assert_true (isnan (find (v, "time_to_school")->median.value));
  /* 0 of 3 is no small count, but the rest, 3, is: hidden as x. */
  g_assert_true (find (v, "turning_18_90")->suppressed);
  g_assert_null (find (v, "turning_18_90")->display);
}

static void
test_metrics_unknown (void)
{
  g_autoptr(SchakelScope) nl = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(SchakelScope) missing = schakel_scope_parse ("gemeente:GM9999", NULL);
  g_autoptr(GError) error = NULL;
  const char * const ids[] = { "present", "frobnicate", NULL };
  GPtrArray *values;

  values = schakel_metrics_compute (scenario_db (), nl, schakel_day_from_ymd (2026, 3, 2), ids, NULL, &error);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_assert_null (values);
  g_clear_error (&error);

  g_assert_false (schakel_scope_validate (missing, scenario_db (), &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (schakel_scope_parse ("gemeente:0307", &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
}

static void
test_metrics_scope_text (void)
{
  const char * const texts[] = { "nl", "provincie:PV26", "regio:provincie:PV26", "gemeente:GM0307" };
  g_autoptr(SchakelScope) lower = schakel_scope_parse ("gemeente:gm0307", NULL);
  g_autoptr(SchakelScope) nl = schakel_scope_parse ("nl", NULL);
  g_autoptr(GPtrArray) provinces = NULL, municipalities = NULL;
  g_autofree char *lower_text = schakel_scope_to_string (lower);
  g_autofree char *name = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(SchakelScope) scope = schakel_scope_parse (texts[i], NULL);
      g_autofree char *text = schakel_scope_to_string (scope);

      g_assert_cmpstr (text, ==, texts[i]);
    }
  g_assert_cmpstr (lower_text, ==, "gemeente:GM0307");
  name = schakel_scope_dup_name (lower, scenario_db ());
  g_assert_cmpstr (name, ==, "Amersfoort");

  provinces = schakel_scope_list_children (nl, scenario_db (), NULL);
  g_assert_cmpuint (provinces->len, ==, 12);
  municipalities = schakel_scope_list_children (g_ptr_array_index (provinces, 6), scenario_db (), NULL);
  g_assert_cmpuint (municipalities->len, >, 10);
}

static GArray *
behind (SchakelDatabase *db,
        const char      *scope_text,
        const char      *date,
        const char      *id,
        GError         **error)
{
  g_autoptr(SchakelScope) scope = schakel_scope_parse (scope_text, NULL);
  SchakelDay day;

  g_assert_nonnull (scope);
  g_assert_true (schakel_day_parse_iso (date, &day));
  return schakel_metrics_minors_behind (db, scope, day, id, NULL, error);
}

static void
assert_behind (const char    *scope_text,
               const char    *id,
               const gint64  *expected,
               guint          n_expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = behind (scenario_db (), scope_text, "2026-03-02", id, &error);
  g_autoptr(GPtrArray) v = compute (scenario_db (), scope_text, "2026-03-02");

  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, (guint) find (v, id)->numerator);
  g_assert_cmpmem (ids->data, ids->len * sizeof (gint64), expected, n_expected * sizeof (gint64));
}

/* The minors behind a figure are exactly those its numerator counts, on
 * the hand-built database (the minors in the comment at the top). */
static void
test_metrics_minors_behind (void)
{
  const gint64 present[] = { 1, 2, 7 }, amv[] = { 1 }, in_education[] = { 1 }, within[] = { 2 };
  const gint64 beyond[] = { 7 }, complete[] = { 2, 7 }, compliant[] = { 1, 3, 7 }, national[] = { 1, 2, 3, 4, 7 };
  const gint64 turning[] = { 3 }, temporary[] = { 2, 4 }, moved_2[] = { 4 };
  const gint64 waiting[] = { 2, 3 }, escalating[] = { 1, 7 }, overdue[] = { 7 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) none = NULL;

  assert_behind ("gemeente:GM0307", "present", present, G_N_ELEMENTS (present));
  assert_behind ("gemeente:GM0307", "present_amv", amv, G_N_ELEMENTS (amv));
  assert_behind ("gemeente:GM0307", "in_education_share", in_education, G_N_ELEMENTS (in_education));
  assert_behind ("gemeente:GM0307", "without_education_within_norm", within, G_N_ELEMENTS (within));
  assert_behind ("gemeente:GM0307", "without_education_beyond_norm", beyond, G_N_ELEMENTS (beyond));
  assert_behind ("gemeente:GM0307", "completeness", complete, G_N_ELEMENTS (complete));
  assert_behind ("gemeente:GM0307", "repeated_moves_2", NULL, 0);
  assert_behind ("nl", "present", national, G_N_ELEMENTS (national));
  assert_behind ("nl", "norm_compliance", compliant, G_N_ELEMENTS (compliant));
  assert_behind ("nl", "temporary_share", temporary, G_N_ELEMENTS (temporary));
  assert_behind ("nl", "repeated_moves_2", moved_2, G_N_ELEMENTS (moved_2));
  assert_behind ("gemeente:GM0344", "turning_18_90", turning, G_N_ELEMENTS (turning));
  /* Entries and reports: M2 and M3 wait; R1 (M7) and R2 (M1) escalate. */
  assert_behind ("nl", "waitlist_open", waiting, G_N_ELEMENTS (waiting));
  assert_behind ("nl", "escalations_open", escalating, G_N_ELEMENTS (escalating));
  assert_behind ("nl", "escalations_overdue", overdue, G_N_ELEMENTS (overdue));

  /* A rate over enrolment time has no minors behind it: refused, clearly. */
  g_assert_false (schakel_metric_lists_minors ("absence_reports_per_100"));
  g_assert_true (schakel_metric_lists_minors ("present"));
  none = behind (scenario_db (), "nl", "2026-03-02", "absence_reports_per_100", &error);
  g_assert_null (none);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
}


/* Demo data against plain SQL written independently of the engine. */
static SchakelDatabase *
demo_db (void)
{
  static SchakelDatabase *db;

  if (db == NULL)
    {
      SchakelDemoOptions options;
      g_autoptr(GError) error = NULL;

      db = schakel_test_open_new ("metrics-demo.db");
      schakel_demo_options_init (&options);
      options.n_minors = 2500;
      options.n_years = 2;
      options.seed = 11;
      options.until = schakel_day_from_ymd (2026, 6, 1);
      g_assert_true (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
    }
  return db;
}

static gint64
query_at (SchakelDatabase *db,
          const char      *sql,
          const char      *date,
          const char      *code)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) error = NULL;

  stmt = schakel_sqlite_prepare (schakel_database_get_handle (db), sql, &error);
  g_assert_no_error (error);
  schakel_sqlite_bind_text (stmt, 1, date);
  schakel_sqlite_bind_text (stmt, 2, code);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

/* ?1 the date, ?2 a province code or NULL for the country. The wait-list
 * entries open on the date, where the school's municipality (else that of
 * the placement when registered) lies in the province. */
#define WAITING_ON \
  " FROM waitlist_entry w LEFT JOIN school sc ON sc.id = w.school_id" \
  " JOIN municipality g ON g.code = coalesce (sc.municipality_code," \
  "  (SELECT l.municipality_code FROM placement p JOIN location l ON l.id = p.location_id" \
  "   WHERE p.minor_id = w.minor_id AND p.start_date <= w.registered_date ORDER BY p.start_date DESC LIMIT 1))" \
  " WHERE w.registered_date <= ?1 AND (w.end_date IS NULL OR w.end_date > ?1)" \
  " AND (?2 IS NULL OR g.province_code = ?2)"

/* ?1 the date, ?2 a province code or NULL. The absence reports made by
 * the date, where the school's municipality (else the placement's when
 * reported) lies in the province. */
#define REPORTED_BY \
  " FROM absence_report r LEFT JOIN school sc ON sc.id = r.school_id" \
  " JOIN municipality g ON g.code = coalesce (sc.municipality_code," \
  "  (SELECT l.municipality_code FROM placement p JOIN location l ON l.id = p.location_id" \
  "   WHERE p.minor_id = r.minor_id AND p.start_date <= r.report_date ORDER BY p.start_date DESC LIMIT 1))" \
  " WHERE r.report_date <= ?1 AND (?2 IS NULL OR g.province_code = ?2)"

/* Each of @ids has an absence report made by @date in @province. */
static void
assert_reported (SchakelDatabase *db,
                 GArray          *ids,
                 const char      *date,
                 const char      *province)
{
  for (guint j = 0; j < ids->len; j++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*)" REPORTED_BY " AND r.minor_id = %" G_GINT64_FORMAT,
                                              g_array_index (ids, gint64, j));

      g_assert_cmpint (query_at (db, sql, date, province), >, 0);
    }
}

/* ?1 the date, ?2 a province code or NULL for the country. The minors
 * with a placement on the date (the demo has no overlaps), of school age,
 * where the location's municipality lies in the province. */
#define PLACED_ON \
  " FROM minor m JOIN placement p ON p.minor_id = m.id JOIN location l ON l.id = p.location_id" \
  " JOIN municipality g ON g.code = l.municipality_code" \
  " WHERE p.start_date <= ?1 AND coalesce (p.end_date, ?1) >= ?1" \
  " AND julianday (?1) >= julianday (m.birth_date, '+5 years')" \
  " AND julianday (?1) < julianday (m.birth_date, '+18 years')" \
  " AND (?2 IS NULL OR g.province_code = ?2)"

static void
test_metrics_demo_recomputed (void)
{
  const char * const dates[] = { "2025-09-01", "2026-01-05", "2026-06-01" };
  const char * const provinces[] = { NULL, "PV27", "PV21" };
  SchakelDatabase *db = demo_db ();

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (guint s = 0; s < G_N_ELEMENTS (provinces); s++)
      {
        g_autofree char *scope = provinces[s] ? g_strconcat ("provincie:", provinces[s], NULL) : g_strdup ("nl");
        g_autoptr(GPtrArray) v = compute (db, scope, dates[d]);
        gint64 present = query_at (db, "SELECT count(*)" PLACED_ON, dates[d], provinces[s]);
        gint64 amv = query_at (db, "SELECT sum (m.amv)" PLACED_ON, dates[d], provinces[s]);
        gint64 in_school = query_at (db, "SELECT count(*)" PLACED_ON
                                         " AND m.id IN (SELECT minor_id FROM enrolment WHERE start_date <= ?1"
                                         "  AND coalesce (end_date, ?1) >= ?1"
                                         "  AND (hours_per_week IS NULL OR hours_per_week >= 12))",
                                     dates[d], provinces[s]);
        gint64 temporary = query_at (db, "SELECT count(*)" PLACED_ON
                                         " AND (l.type_code IN ('NO', 'TGO', 'CNO')"
                                         "  OR (l.type_code = 'AC' AND julianday (?1) - julianday (p.start_date) > 14))",
                                     dates[d], provinces[s]);
        gint64 waiting = query_at (db, "SELECT count(*) FROM waitlist_entry w JOIN school sc ON sc.id = w.school_id"
                                       " JOIN municipality g ON g.code = sc.municipality_code"
                                       " WHERE w.registered_date <= ?1 AND (w.end_date IS NULL OR w.end_date > ?1)"
                                       " AND (?2 IS NULL OR g.province_code = ?2)",
                                   dates[d], provinces[s]);

        g_test_message ("%s %s: present %" G_GINT64_FORMAT, scope, dates[d], present);
        g_assert_cmpint (present, >, 0);
        assert_share (v, "present", present, present);
        assert_share (v, "present_amv", amv, present);
        assert_share (v, "in_education_share", in_school, present);
        assert_share (v, "temporary_share", temporary, present);
        assert_share (v, "waitlist_open", waiting, waiting);
        /* The parts of a figure add up to it. */
        g_assert_cmpint (find (v, "in_education_share")->numerator +
                         find (v, "without_education_within_norm")->numerator +
                         find (v, "without_education_beyond_norm")->numerator, ==, present);
      }
}

/* Moves out of a province per child-year, from the placements in plain SQL
 * (the demo never moves a minor to the same location). */
static void
test_metrics_demo_moves (void)
{
  SchakelDatabase *db = demo_db ();
  g_autoptr(GPtrArray) v = compute (db, "provincie:PV27", "2026-06-01");
  gint64 moves = query_at (db,
                           "SELECT count(*) FROM placement p2 JOIN minor m ON m.id = p2.minor_id"
                           " JOIN placement p1 ON p1.minor_id = p2.minor_id AND p1.end_date = date (p2.start_date, '-1 day')"
                           " JOIN location l ON l.id = p1.location_id JOIN municipality g ON g.code = l.municipality_code"
                           " WHERE p2.start_date > date (?1, '-12 months') AND p2.start_date <= ?1"
                           " AND g.province_code = ?2"
                           " AND p2.start_date >= date (m.birth_date, '+5 years')"
                           " AND p2.start_date < date (m.birth_date, '+18 years')",
                           "2026-06-01", "PV27");

  g_assert_cmpint (find (v, "moves_per_child_year")->numerator, ==, moves);
}

/* On demo data: for every metric that lists its minors, at several scopes
 * and dates, the list is as long as the numerator, and the minors present
 * are those of independent SQL. */
static void
test_metrics_demo_minors_behind (void)
{
  const char * const dates[] = { "2025-09-01", "2026-06-01" };
  const char * const scopes[] = { "nl", "provincie:PV27", "gemeente:GM0363" };
  const char * const per_record[] = { "waitlist_open", "escalations_open", "escalations_overdue", NULL };
  const char * const provinces[] = { NULL, "PV27" };
  SchakelDatabase *db = demo_db ();
  guint n_metrics;
  const SchakelMetricInfo *infos = schakel_metric_info_list (&n_metrics);

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (guint s = 0; s < G_N_ELEMENTS (scopes); s++)
      {
        g_autoptr(GPtrArray) v = compute (db, scopes[s], dates[d]);

        for (guint i = 0; i < n_metrics; i++)
          {
            g_autoptr(GError) error = NULL;
            g_autoptr(GArray) ids = NULL;

            if (!schakel_metric_lists_minors (infos[i].id))
              continue;
            ids = behind (db, scopes[s], dates[d], infos[i].id, &error);
            g_assert_no_error (error);
            /* Counted per entry or report, a minor can be in the numerator twice. */
            if (g_strv_contains (per_record, infos[i].id))
              g_assert_cmpuint (ids->len, <=, (guint) find (v, infos[i].id)->numerator);
            else
              g_assert_cmpuint (ids->len, ==, (guint) find (v, infos[i].id)->numerator);
            for (guint j = 1; j < ids->len; j++)
              g_assert_cmpint (g_array_index (ids, gint64, j - 1), <, g_array_index (ids, gint64, j));
          }
      }

  /* The same minors as plain SQL: the smallest and largest id and the sum. */
  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = behind (db, "provincie:PV27", dates[d], "present", &error);
      gint64 sum = 0;

      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, >, 0);
      for (guint j = 0; j < ids->len; j++)
        sum += g_array_index (ids, gint64, j);
      g_assert_cmpint (sum, ==, query_at (db, "SELECT sum (m.id)" PLACED_ON, dates[d], "PV27"));
      g_assert_cmpint (g_array_index (ids, gint64, 0), ==, query_at (db, "SELECT min (m.id)" PLACED_ON, dates[d], "PV27"));
      g_assert_cmpint (g_array_index (ids, gint64, ids->len - 1), ==,
                       query_at (db, "SELECT max (m.id)" PLACED_ON, dates[d], "PV27"));
    }

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (guint s = 0; s < G_N_ELEMENTS (provinces); s++)
      {
        g_autofree char *scope = provinces[s] != NULL ? g_strconcat ("provincie:", provinces[s], NULL) : g_strdup ("nl");
        g_autoptr(GError) error = NULL;
        g_autoptr(GArray) waiting = behind (db, scope, dates[d], "waitlist_open", &error);
        g_autoptr(GArray) open = behind (db, scope, dates[d], "escalations_open", &error);
        g_autoptr(GArray) overdue = behind (db, scope, dates[d], "escalations_overdue", &error);
        gint64 sum = 0;

        g_assert_no_error (error);
        g_assert_cmpuint (waiting->len, >, 0);
        for (guint j = 0; j < waiting->len; j++)
          sum += g_array_index (waiting, gint64, j);
        g_assert_cmpint (waiting->len, ==, query_at (db, "SELECT count (DISTINCT w.minor_id)" WAITING_ON, dates[d], provinces[s]));
        g_assert_cmpint (sum, ==, query_at (db, "SELECT sum (DISTINCT w.minor_id)" WAITING_ON, dates[d], provinces[s]));
        g_assert_cmpint (g_array_index (waiting, gint64, 0), ==,
                         query_at (db, "SELECT min (w.minor_id)" WAITING_ON, dates[d], provinces[s]));

        /* Escalation state needs the ladders; SQL can bound it: an open
         * escalation and an overdue case are reports made by then. The
         * overdue ones are exactly the case list's (test-overdue). */
        g_assert_cmpuint (open->len, >, 0);
        assert_reported (db, open, dates[d], provinces[s]);
        assert_reported (db, overdue, dates[d], provinces[s]);
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/metrics/municipality", test_metrics_municipality);
  g_test_add_func ("/core/metrics/national", test_metrics_national);
  g_test_add_func ("/core/metrics/province-and-region", test_metrics_province_and_region);
  g_test_add_func ("/core/metrics/eighteen-inside-wait", test_metrics_eighteen_inside_wait);
  g_test_add_func ("/core/metrics/publication", test_metrics_publication);
  g_test_add_func ("/core/metrics/unknown", test_metrics_unknown);
  g_test_add_func ("/core/metrics/scope-text", test_metrics_scope_text);
  g_test_add_func ("/core/metrics/demo-recomputed", test_metrics_demo_recomputed);
  g_test_add_func ("/core/metrics/demo-moves", test_metrics_demo_moves);
  g_test_add_func ("/core/metrics/minors-behind", test_metrics_minors_behind);
  g_test_add_func ("/core/metrics/demo-minors-behind", test_metrics_demo_minors_behind);

  return g_test_run ();
}
