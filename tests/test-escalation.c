/* test-escalation.c — recording steps, closing cases and 18+ plans in
 * Schakel: validation, the case list, undo, audit, and re-imports that
 * leave these records alone.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core.h"
#include "schakel-test-util.h"

/* Today is Wednesday 10 June 2026. R1 (J1, school in Amersfoort) began
 * 1 June, reported 3 June, schoolgesprek on 4 June: the next step,
 * melding_duo, is due 5 working days later, Thursday 11 June. R2 (J2,
 * Utrecht) reported Wednesday 20 May without any step: schoolgesprek was
 * due 5 working days after the report, past Whit Monday (25 May): 28 May,
 * 13 days overdue today. */
static const char fixture_sql[] =
  "INSERT INTO school (id, brin, branch, name, municipality_code) VALUES"
  " (1, '01AB', '00', 'ISK Amersfoort', 'GM0307'), (2, '02CD', '00', 'ISK Utrecht', 'GM0344');"
  "INSERT INTO minor (id, jongere_id, birth_date, amv) VALUES"
  " (1, 'J1', '2010-05-10', 1), (2, 'J2', '2011-02-01', 1);"
  "INSERT INTO absence_report (id, report_number, minor_id, school_id, report_type, start_date,"
  "  report_date, status) VALUES"
  " (1, 'R1', 1, 1, '16U_4WK', '2026-06-01', '2026-06-03', 'in_behandeling'),"
  " (2, 'R2', 2, 2, 'LRV', '2026-04-20', '2026-05-20', 'geregistreerd');"
  "INSERT INTO escalation_step (report_id, step_code, date, outcome, ladder_step_id)"
  " SELECT 1, code, '2026-06-04', 'uitgevoerd', id FROM escalation_ladder_step WHERE code = 'schoolgesprek';";

static SchakelDay
iso (const char *text)
{
  SchakelDay d = 0;

  g_assert_true (schakel_day_parse_iso (text, &d));
  return d;
}

static gint64
step_id (SchakelDatabase *db,
         const char      *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM escalation_ladder_step WHERE ladder_id = 1"
                                          " AND code = '%s'", code);

  return schakel_test_query_int (db, sql);
}

static SchakelDatabase *
fixture (const char *name)
{
  SchakelDatabase *db = schakel_test_open_new (name);

  schakel_test_exec (db, fixture_sql);
  return db;
}

static gint64
count_audit (SchakelDatabase *db,
             const char      *action)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE action = '%s'", action);

  return schakel_test_query_int (db, sql);
}

static GPtrArray *
list_cases (SchakelDatabase *db,
            const char      *date,
            gboolean         overdue_only)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *cases = schakel_cases_list (db, NULL, iso (date), overdue_only, &error);

  g_assert_no_error (error);
  return cases;
}

/* The list: most urgent first, with deadlines in working days. */
static void
test_escalation_case_list (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("cases-list.db");
  g_autoptr(GPtrArray) cases = list_cases (db, "2026-06-10", FALSE);
  g_autoptr(GPtrArray) overdue = list_cases (db, "2026-06-10", TRUE);
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(SchakelScope) amersfoort = schakel_scope_new (SCHAKEL_SCOPE_MUNICIPALITY, NULL, "GM0307");
  const SchakelCase *c;
  char buf[SCHAKEL_ISO_DATE_LEN];

  g_assert_cmpuint (cases->len, ==, 2);
  c = g_ptr_array_index (cases, 0);
  g_assert_cmpstr (c->report_number, ==, "R2");
  g_assert_null (c->current_step_code);
  g_assert_cmpstr (c->next_step_code, ==, "schoolgesprek");
  g_assert_cmpstr (c->next_responsible, ==, "school");
  schakel_day_format_iso (c->deadline, buf);
  g_assert_cmpstr (buf, ==, "2026-05-28");
  g_assert_cmpint (c->days_overdue, ==, 13);
  g_assert_cmpstr (c->municipality_code, ==, "GM0344");

  c = g_ptr_array_index (cases, 1);
  g_assert_cmpstr (c->report_number, ==, "R1");
  g_assert_cmpstr (c->current_step_code, ==, "schoolgesprek");
  g_assert_cmpstr (c->next_step_code, ==, "melding_duo");
  g_assert_nonnull (c->next_guidance);
  schakel_day_format_iso (c->deadline, buf);
  g_assert_cmpstr (buf, ==, "2026-06-11");
  g_assert_cmpint (c->days_overdue, ==, 0);

  g_assert_cmpuint (overdue->len, ==, 1);
  g_assert_cmpstr (((SchakelCase *) g_ptr_array_index (overdue, 0))->report_number, ==, "R2");

  /* On 12 June R1 is one day late; a scope keeps Utrecht out. */
  later = schakel_cases_list (db, amersfoort, iso ("2026-06-12"), TRUE, NULL);
  g_assert_cmpuint (later->len, ==, 1);
  g_assert_cmpint (((SchakelCase *) g_ptr_array_index (later, 0))->days_overdue, ==, 1);
}

static void
assert_refused (SchakelDatabase         *db,
                const SchakelStepRecord *record,
                const char              *why)
{
  g_autoptr(GError) error = NULL;
  gint64 steps = schakel_test_query_int (db, "SELECT count(*) FROM escalation_step");
  gint64 audits = schakel_test_query_int (db, "SELECT count(*) FROM audit_log");

  if (schakel_escalation_record_step (db, record, iso ("2026-06-10"), &error) != 0)
    g_error ("accepted: %s", why);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step"), ==, steps);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, audits);
}

static void
test_escalation_validation (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("cases-validation.db");
  g_autoptr(GError) error = NULL;
  SchakelStepRecord r = { 1, step_id (db, "melding_duo"), iso ("2026-06-11"), "uitgevoerd", NULL, NULL };
  g_autofree char *long_note = g_strnfill (141, 'a');

  assert_refused (db, &r, "a date in the future");
  r.date = iso ("2026-05-29");
  assert_refused (db, &r, "before the absence began");
  r.date = iso ("2026-06-03");
  assert_refused (db, &r, "before the last step");
  r.date = iso ("2026-06-08");
  r.outcome = "prima";
  assert_refused (db, &r, "an outcome not on the list");
  r.outcome = "uitgevoerd";
  r.ladder_step_id = step_id (db, "casusoverleg");
  assert_refused (db, &r, "skipping three steps without a reason");
  r.skip_reason = "zomaar";
  assert_refused (db, &r, "a reason not on the list");
  r.skip_reason = NULL;
  r.ladder_step_id = step_id (db, "gesloten");
  assert_refused (db, &r, "the closing step");
  r.ladder_step_id = 999;
  assert_refused (db, &r, "a step of no ladder");

  r.ladder_step_id = step_id (db, "melding_duo");
  r.note = long_note;
  assert_refused (db, &r, "a note of 141 characters");
  r.note = "Gesprek ging over zijn depressie";
  assert_refused (db, &r, "a medical note");
  r.note = "Psycholoog ingeschakeld";
  assert_refused (db, &r, "a medical note, capitalised");
  r.note = "BSN 123456789 gebeld";
  assert_refused (db, &r, "an identifier");
  r.note = "twee\nregels";
  assert_refused (db, &r, "two lines");

  /* The next step with a short note is fine, on a Monday. */
  r.note = "Voogd en mentor gebeld; afspraak op school.";
  g_assert_cmpint (schakel_escalation_record_step (db, &r, iso ("2026-06-10"), &error), >, 0);
  g_assert_no_error (error);
  /* Twice on the same day is refused. */
  assert_refused (db, &r, "the same step on the same day");

  /* Skipping with a reason is recorded with it. */
  r.ladder_step_id = step_id (db, "gesprek_lpa");
  r.note = NULL;
  r.skip_reason = "spoed";
  g_assert_cmpint (schakel_escalation_record_step (db, &r, iso ("2026-06-10"), &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step WHERE source = 'app'"
                                               " AND skip_reason = 'spoed' AND step_code = 'gesprek_lpa'"), ==, 1);
  /* Going back down the ladder is refused. */
  r.ladder_step_id = step_id (db, "melding_duo");
  r.skip_reason = NULL;
  r.date = iso ("2026-06-09");
  assert_refused (db, &r, "a step below the current one");

  /* A closed case takes no more steps. */
  g_assert_true (schakel_escalation_close (db, 1, iso ("2026-06-10"), "terug_op_school", NULL,
                                           iso ("2026-06-10"), &error));
  g_assert_no_error (error);
  r.ladder_step_id = step_id (db, "casusoverleg");
  r.date = iso ("2026-06-10");
  g_assert_cmpint (schakel_escalation_record_step (db, &r, iso ("2026-06-10"), &error), ==, 0);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND);
}

/* Every change is audited with the minor's pseudonymous id and never the
 * note; undo takes back only the newest change, once. */
static void
test_escalation_undo_and_audit (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("cases-undo.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(SchakelAdultPlan) plan = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  SchakelStepRecord r = { 2, step_id (db, "schoolgesprek"), iso ("2026-06-08"), "geen_reactie", NULL,
                          "Mentor niet bereikt" };

  g_assert_cmpint (schakel_escalation_record_step (db, &r, iso ("2026-06-10"), &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (db, "escalation.record"), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE subject_kind = 'minor'"
                                               " AND subject_id = 'J2' AND detail LIKE 'report R2: schoolgesprek%'"
                                               " AND detail NOT LIKE '%Mentor%'"), ==, 1);

  undone = schakel_edit_describe_last (db, &error);
  g_assert_cmpstr (undone, ==, "Recorded step R2 schoolgesprek");
  g_clear_pointer (&undone, g_free);
  undone = schakel_edit_undo (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (undone, ==, "Recorded step R2 schoolgesprek");
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step WHERE report_id = 2"), ==, 0);
  g_assert_cmpint (count_audit (db, "escalation.undo"), ==, 1);
  /* Once only. */
  g_clear_pointer (&undone, g_free);
  g_assert_null (schakel_edit_describe_last (db, &error));
  g_assert_no_error (error);
  g_assert_null (schakel_edit_undo (db, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Closing removes the case from the list on its date; undo reopens it. */
  g_assert_true (schakel_escalation_close (db, 2, iso ("2026-06-09"), "verhuisd", NULL, iso ("2026-06-10"), &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (db, "escalation.close"), ==, 1);
  cases = list_cases (db, "2026-06-10", FALSE);
  g_assert_cmpuint (cases->len, ==, 1);
  g_clear_pointer (&cases, g_ptr_array_unref);
  cases = list_cases (db, "2026-06-08", FALSE);
  g_assert_cmpuint (cases->len, ==, 2);
  g_clear_pointer (&cases, g_ptr_array_unref);
  undone = schakel_edit_undo (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (undone, ==, "Closed report R2");
  cases = list_cases (db, "2026-06-10", FALSE);
  g_assert_cmpuint (cases->len, ==, 2);

  /* A plan, changed, then the change undone: back to the first plan. */
  g_assert_true (schakel_adult_plan_record (db, 1, "verlengde_opvang", "GM0307", "zelfde_school", &error));
  g_assert_no_error (error);
  g_assert_true (schakel_adult_plan_record (db, 1, "volwassenenopvang", "GM0014", "mbo", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_audit (db, "plan.record"), ==, 2);
  g_clear_pointer (&undone, g_free);
  undone = schakel_edit_undo (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (undone, ==, "18+ plan of J1");
  plan = schakel_adult_plan_get (db, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (plan->plan, ==, "verlengde_opvang");
  g_assert_cmpstr (plan->receiving_municipality, ==, "GM0307");
  g_assert_cmpstr (plan->education, ==, "zelfde_school");
  g_assert_cmpstr (plan->source, ==, "app");
  g_assert_cmpint (count_audit (db, "plan.undo"), ==, 1);

  /* Bad plans are refused. */
  g_assert_false (schakel_adult_plan_record (db, 1, "asielzoekerscentrum", NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (schakel_adult_plan_record (db, 1, "onbekend", "GM9999", NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (schakel_adult_plan_record (db, 99, "onbekend", NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The first plan of a minor undone leaves no plan. */
  g_assert_true (schakel_adult_plan_record (db, 2, "onbekend", NULL, NULL, &error));
  g_clear_pointer (&undone, g_free);
  undone = schakel_edit_undo (db, &error);
  g_assert_no_error (error);
  g_assert_null (schakel_adult_plan_get (db, 2, &error));
  g_assert_no_error (error);
}

/* A partner file with the same report, step and date as a step recorded
 * in Schakel leaves that step as it is; its own new steps come in, linked
 * to their ladder step. */
static void
test_escalation_reimport_keeps_app_records (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("cases-reimport.db");
  g_autofree char *path = schakel_test_tmp_path ("escalaties.csv");
  g_autoptr(SchakelImport) import = NULL;
  g_autoptr(GError) error = NULL;
  SchakelStepRecord r = { 1, step_id (db, "melding_duo"), iso ("2026-06-08"), "uitgevoerd", NULL, "Gemeld" };

  g_assert_cmpint (schakel_escalation_record_step (db, &r, iso ("2026-06-10"), &error), >, 0);
  g_assert_no_error (error);
  g_assert_true (schakel_adult_plan_record (db, 1, "verlengde_opvang", "GM0307", "zelfde_school", &error));
  g_assert_true (schakel_escalation_close (db, 2, iso ("2026-06-09"), "verhuisd", NULL, iso ("2026-06-10"), &error));
  g_assert_no_error (error);

  g_assert_true (g_file_set_contents (path,
                                      "melding_id;stap;datum;uitkomst\r\n"
                                      "R1;melding_duo;08-06-2026;geen_reactie\r\n"
                                      "R1;schoolgesprek;2026-06-04;doorverwezen\r\n"
                                      "R2;schoolgesprek;2026-05-22;uitgevoerd\r\n", -1, NULL));
  for (int round = 0; round < 2; round++)
    {
      g_clear_object (&import);
      import = schakel_import_new (SCHAKEL_IMPORT_FLAGS_NONE);
      schakel_import_add_file (import, path, SCHAKEL_IMPORT_TYPE_NONE);
      g_assert_true (schakel_import_run (import, db, NULL, &error));
      g_assert_no_error (error);
    }

  /* The app's step kept its outcome and note. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step WHERE report_id = 1"
                                               " AND step_code = 'melding_duo' AND source = 'app'"
                                               " AND outcome = 'uitgevoerd' AND note = 'Gemeld'"), ==, 1);
  /* An imported step is updated by the file, and a new one is linked. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step WHERE report_id = 1"
                                               " AND step_code = 'schoolgesprek' AND outcome = 'doorverwezen'"), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step es"
                                               " JOIN escalation_ladder_step ls ON ls.id = es.ladder_step_id"
                                               " WHERE es.report_id = 2 AND ls.code = 'schoolgesprek'"
                                               " AND es.source = 'import'"), ==, 1);
  /* The closure and the plan are untouched. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM absence_closure WHERE report_id = 2"
                                               " AND outcome = 'verhuisd'"), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM adult_plan WHERE minor_id = 1"
                                               " AND plan = 'verlengde_opvang' AND source = 'app'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/escalation/case-list", test_escalation_case_list);
  g_test_add_func ("/core/escalation/validation", test_escalation_validation);
  g_test_add_func ("/core/escalation/undo-and-audit", test_escalation_undo_and_audit);
  g_test_add_func ("/core/escalation/reimport-keeps-app-records", test_escalation_reimport_keeps_app_records);

  return g_test_run ();
}
