/* test-ladder.c — escalation ladders as data: the ladder of a region,
 * deadlines in working days on the peildatum, edits that keep history.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core.h"
#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

/* Two schools: 1 in Amersfoort (GM0307, province Utrecht PV26), 2 in
 * Amsterdam (GM0363, Noord-Holland PV27). R1 at school 1 and R2 at
 * school 2 both had uitnodiging_lpa on Friday 1 May 2026. The next step,
 * gesprek_lpa, is due 10 working days later on the national ladder:
 * skipping 5 May (Bevrijdingsdag) and 14 May (Ascension Day) that is
 * Tuesday 19 May, not Friday 15 May as weekends alone would give. */
static const char fixture_sql[] =
  "INSERT INTO school (id, brin, branch, name, municipality_code) VALUES"
  " (1, '01AB', '00', 'ISK Amersfoort', 'GM0307'), (2, '02CD', '00', 'ISK Amsterdam', 'GM0363');"
  "INSERT INTO minor (id, jongere_id, birth_date, amv) VALUES"
  " (1, 'J1', '2010-05-10', 1), (2, 'J2', '2011-02-01', 1);"
  "INSERT INTO absence_report (id, report_number, minor_id, school_id, report_type, start_date,"
  "  report_date, status) VALUES"
  " (1, 'R1', 1, 1, '16U_4WK', '2026-04-13', '2026-04-20', 'in_behandeling'),"
  " (2, 'R2', 2, 2, '16U_4WK', '2026-04-13', '2026-04-20', 'in_behandeling');"
  "INSERT INTO escalation_step (report_id, step_code, date, outcome, ladder_step_id)"
  " SELECT r.id, ls.code, '2026-05-01', 'uitgevoerd', ls.id FROM absence_report r, escalation_ladder_step ls"
  " WHERE ls.ladder_id = 1 AND ls.code = 'uitnodiging_lpa';";

static SchakelDatabase *
fixture (const char *name)
{
  SchakelDatabase *db = schakel_test_open_new (name);

  schakel_test_exec (db, fixture_sql);
  return db;
}

static SchakelDay
iso (const char *text)
{
  SchakelDay d = 0;

  g_assert_true (schakel_day_parse_iso (text, &d));
  return d;
}

/* escalations_open and escalations_overdue nationally on @date. */
static void
assert_escalations (SchakelDatabase *db,
                    const char      *date,
                    gint64           open,
                    gint64           overdue)
{
  static const char * const ids[] = { "escalations_open", "escalations_overdue", NULL };
  g_autoptr(SchakelScope) scope = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GError) error = NULL;
  const SchakelMetricValue *v;

  values = schakel_metrics_compute (db, scope, iso (date), ids, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (values->len, ==, 2);
  v = g_ptr_array_index (values, 0);
  g_assert_cmpstr (v->info->id, ==, "escalations_open");
  g_assert_cmpint (v->numerator, ==, open);
  v = g_ptr_array_index (values, 1);
  if (v->numerator != overdue)
    g_error ("%s: %" G_GINT64_FORMAT " overdue, expected %" G_GINT64_FORMAT,
             date, v->numerator, overdue);
}

static gint64
step_id (SchakelDatabase *db,
         gint64           ladder_id,
         const char      *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM escalation_ladder_step"
                                          " WHERE ladder_id = %" G_GINT64_FORMAT " AND code = '%s'",
                                          ladder_id, code);

  return schakel_test_query_int (db, sql);
}

/* Overdue is decided on the peildatum: the deadline day itself is on time. */
static void
test_ladder_overdue_on_peildatum (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("ladder-overdue.db");

  /* No step by then: no open escalation, but the first step (the school
   * conversation, 5 working days) was due Tuesday 28 April, after King's
   * Day: both cases are overdue. */
  assert_escalations (db, "2026-04-28", 0, 0);
  assert_escalations (db, "2026-04-30", 0, 2);
  assert_escalations (db, "2026-05-15", 2, 0);   /* would be late without holidays */
  assert_escalations (db, "2026-05-19", 2, 0);   /* the deadline day */
  assert_escalations (db, "2026-05-20", 2, 2);

  /* A holiday a user removes is a working day again: due 18 May. */
  g_assert_true (schakel_holidays_remove (db, iso ("2026-05-05"), NULL));
  assert_escalations (db, "2026-05-19", 2, 2);
  /* And one added (a regional agreement) moves the deadline on. */
  g_assert_true (schakel_holidays_add (db, iso ("2026-05-18"), "Regionale studiedag", NULL));
  g_assert_true (schakel_holidays_add (db, iso ("2026-05-05"), "Bevrijdingsdag", NULL));
  assert_escalations (db, "2026-05-20", 2, 0);
}

/* Noord-Holland adopts its own ladder with a 5-day gesprek_lpa: R2 (in
 * Amsterdam) is due Monday 11 May, R1 keeps the national 19 May. */
static void
test_ladder_regional_variant (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("ladder-regional.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelLadder) ladder = NULL;
  const SchakelLadderStep *step;
  gint64 id;

  id = schakel_ladder_create_regional (db, "provincie", "PV27", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 1);
  g_assert_cmpint (schakel_ladder_for_municipality (db, "GM0363", NULL), ==, id);
  g_assert_cmpint (schakel_ladder_for_municipality (db, "GM0307", NULL), ==, 1);

  ladder = schakel_ladder_get (db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder->steps->len, ==, 8);
  step = schakel_ladder_find_code (ladder, "gesprek_lpa");
  {
    SchakelLadderStepSpec spec = { step->code, step->name, step->responsible, 5, "Binnen een week." };

    g_assert_true (schakel_ladder_update_step (db, step->id, &spec, &error));
    g_assert_no_error (error);
  }

  /* R2's step was linked to the national ladder: it is found by code. */
  assert_escalations (db, "2026-05-11", 2, 0);
  assert_escalations (db, "2026-05-12", 2, 1);
  assert_escalations (db, "2026-05-20", 2, 2);

  /* A second ladder for the same region is refused. */
  g_assert_cmpint (schakel_ladder_create_regional (db, "provincie", "PV27", &error), ==, 0);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (schakel_ladder_create_regional (db, "provincie", "PV99", &error), ==, 0);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND);

  /* Each edit left an audit entry naming the ladder, never a minor. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'ladder.edit'"
                                               " AND subject_kind = 'ladder' AND subject_id = 'provincie:PV27'"), ==, 2);
}

/* Retiring keeps the row and what was recorded against it; cases move on
 * to the next step in use. Reordering and adding keep positions unique. */
static void
test_ladder_edits_keep_history (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("ladder-history.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelLadder) ladder = NULL;
  SchakelLadderStepSpec spec = { "huisbezoek", "Huisbezoek", "gemeente", 5, "Ga langs op de opvanglocatie." };
  gint64 gesprek = step_id (db, 1, "gesprek_lpa");
  gint64 uitnodiging = step_id (db, 1, "uitnodiging_lpa");
  gint64 added;
  const SchakelLadderStep *next;

  g_assert_true (schakel_ladder_retire_step (db, gesprek, iso ("2026-05-04"), &error));
  g_assert_no_error (error);
  g_assert_false (schakel_ladder_retire_step (db, gesprek, iso ("2026-05-05"), &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The row stays, the recorded steps still point at their ladder step. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_ladder_step"
                                               " WHERE code = 'gesprek_lpa' AND retired_date = '2026-05-04'"), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_step es"
                                               " JOIN escalation_ladder_step ls ON ls.id = es.ladder_step_id"), ==, 2);

  /* From the retirement on, the next step is casusoverleg: 15 working
   * days after 1 May, past 5 May, Ascension and Whit Monday (25 May), is
   * 27 May; before the retirement, gesprek_lpa still applies. */
  ladder = schakel_ladder_get (db, 1, &error);
  next = schakel_ladder_next_step (ladder, schakel_ladder_find_step (ladder, uitnodiging), iso ("2026-05-04"));
  g_assert_cmpstr (next->code, ==, "casusoverleg");
  next = schakel_ladder_next_step (ladder, schakel_ladder_find_step (ladder, uitnodiging), iso ("2026-05-03"));
  g_assert_cmpstr (next->code, ==, "gesprek_lpa");
  assert_escalations (db, "2026-05-27", 2, 0);
  assert_escalations (db, "2026-05-28", 2, 2);

  /* A new step goes before the closing step; moving it up swaps it with
   * the nearest step in use. */
  added = schakel_ladder_add_step (db, 1, &spec, &error);
  g_assert_no_error (error);
  g_clear_pointer (&ladder, schakel_ladder_free);
  ladder = schakel_ladder_get (db, 1, NULL);
  g_assert_cmpstr (((SchakelLadderStep *) g_ptr_array_index (ladder->steps, ladder->steps->len - 1))->code, ==, "gesloten");
  g_assert_cmpstr (((SchakelLadderStep *) g_ptr_array_index (ladder->steps, ladder->steps->len - 2))->code, ==, "huisbezoek");
  g_assert_true (schakel_ladder_move_step (db, added, -1, &error));
  g_assert_no_error (error);
  g_clear_pointer (&ladder, schakel_ladder_free);
  ladder = schakel_ladder_get (db, 1, NULL);
  g_assert_cmpstr (((SchakelLadderStep *) g_ptr_array_index (ladder->steps, ladder->steps->len - 3))->code, ==, "huisbezoek");
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) - count(DISTINCT position) FROM escalation_ladder_step"), ==, 0);

  /* A retired step keeps its place and its code is not reused. */
  g_assert_false (schakel_ladder_move_step (db, gesprek, 1, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  spec.code = "gesprek_lpa";
  g_assert_cmpint (schakel_ladder_add_step (db, 1, &spec, &error), ==, 0);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Bad specs are refused before anything is written. */
  spec.code = "Hoofdletters";
  g_assert_cmpint (schakel_ladder_add_step (db, 1, &spec, &error), ==, 0);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);
  spec.code = "nieuw";
  spec.responsible = "politie";
  g_assert_cmpint (schakel_ladder_add_step (db, 1, &spec, &error), ==, 0);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  /* retire, add, move: three audited edits. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'ladder.edit'"
                                               " AND subject_id = 'landelijk'"), ==, 3);
}

/* Timeliness: each step against its own deadline after the step before.
 * uitnodiging_lpa (both reports) is the first step: 10 working days after
 * the report on 20 April, past King's Day (27 April), is 6 May; 1 May is
 * on time. gesprek_lpa is due 19 May: R2 on the 19th is on time, R1 on
 * the 20th is late. 3 of 4. */
static void
test_ladder_timeliness (void)
{
  static const char * const ids[] = { "escalation_timeliness", "escalations_open", NULL };
  g_autoptr(SchakelDatabase) db = fixture ("ladder-timeliness.db");
  g_autoptr(SchakelScope) scope = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GError) error = NULL;
  const SchakelMetricValue *v;

  schakel_test_exec (db,
                     "INSERT INTO escalation_step (report_id, step_code, date, outcome) VALUES"
                     " (1, 'gesprek_lpa', '2026-05-20', 'uitgevoerd'),"
                     " (2, 'gesprek_lpa', '2026-05-19', 'uitgevoerd');");
  values = schakel_metrics_compute (db, scope, iso ("2026-05-31"), ids, NULL, &error);
  g_assert_no_error (error);
  v = g_ptr_array_index (values, 0);
  g_assert_cmpstr (v->info->id, ==, "escalation_timeliness");
  g_assert_cmpint (v->numerator, ==, 3);
  g_assert_cmpint (v->n, ==, 4);
  g_assert_cmpfloat (v->value, ==, 0.75);

  /* Open escalations by the step each case has reached. */
  v = g_ptr_array_index (values, 1);
  g_assert_cmpint (v->numerator, ==, 2);
  g_assert_cmpuint (v->parts->len, ==, 1);
  g_assert_cmpstr (g_array_index (v->parts, SchakelMetricPart, 0).key, ==, "gesprek_lpa");
  g_assert_cmpint (g_array_index (v->parts, SchakelMetricPart, 0).count, ==, 2);
}

static void
assert_import_refused (SchakelDatabase *db,
                       const char      *contents,
                       const char      *message)
{
  g_autofree char *path = schakel_test_tmp_path ("bad-ladder.csv");
  g_autoptr(GError) error = NULL;
  gint64 before = schakel_test_query_int (db, "SELECT total (length (name || guidance || position"
                                              " || coalesce (retired_date, ''))) FROM escalation_ladder_step");

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_cmpint (schakel_ladder_import (db, "provincie", "PV27", path, iso ("2026-06-01"), &error), ==, 0);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  if (!g_str_equal (error->message, message))
    g_error ("“%s”, expected “%s”", error->message, message);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT total (length (name || guidance || position"
                                               " || coalesce (retired_date, ''))) FROM escalation_ladder_step"),
                   ==, before);
}

/* A region adopts the national agreement from a file; a changed
 * agreement retires what it dropped; bad files change nothing. */
static void
test_ladder_file_exchange (void)
{
  g_autoptr(SchakelDatabase) db = fixture ("ladder-file.db");
  g_autofree char *path = schakel_test_tmp_path ("landelijk.csv");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelLadder) national = NULL;
  g_autoptr(SchakelLadder) regional = NULL;
  const SchakelLadderStep *b = NULL;
  gint64 region;

  g_assert_true (schakel_ladder_export (db, 1, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBFstap;naam;verantwoordelijke;termijn_werkdagen;toelichting\r\n"
                                             "schoolgesprek;Gesprek op school;school;5;"));

  /* The region first trims its copy, then adopts the national file. */
  region = schakel_ladder_create_regional (db, "provincie", "PV27", NULL);
  g_assert_true (schakel_ladder_retire_step (db, step_id (db, region, "waarschuwing"), iso ("2026-01-01"), NULL));
  g_assert_cmpint (schakel_ladder_import (db, "provincie", "PV27", path, iso ("2026-06-01"), &error), ==, region);
  g_assert_no_error (error);
  national = schakel_ladder_get (db, 1, NULL);
  regional = schakel_ladder_get (db, region, NULL);
  /* The region's steps in use are the national ones, in order. */
  for (guint i = 0; i < national->steps->len; i++)
    {
      const SchakelLadderStep *a = g_ptr_array_index (national->steps, i);

      b = schakel_ladder_next_step (regional, b, iso ("2026-06-02"));
      g_assert_nonnull (b);
      g_assert_cmpstr (a->code, ==, b->code);
      g_assert_cmpstr (a->guidance, ==, b->guidance);
      g_assert_cmpint (a->deadline_working_days, ==, b->deadline_working_days);
    }
  g_assert_null (schakel_ladder_next_step (regional, b, iso ("2026-06-02")));
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_ladder_step"
                                               " WHERE retired_date IS NOT NULL"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'ladder.import'"
                                               " AND subject_id = 'provincie:PV27'"), ==, 1);

  /* A shorter agreement: casusoverleg dropped (retired, kept), one step new. */
  g_assert_true (g_file_set_contents (path,
                                      "stap,naam,verantwoordelijke,termijn_werkdagen\n"
                                      "schoolgesprek,Gesprek op school,school,3\n"
                                      "melding_duo,Melding bij DUO,school,5\n"
                                      "huisbezoek,Huisbezoek,nidos,10\n"
                                      "gesloten,Gesloten,none,0\n", -1, NULL));
  g_assert_cmpint (schakel_ladder_import (db, "provincie", "PV27", path, iso ("2026-06-01"), &error), ==, region);
  g_assert_no_error (error);
  g_clear_pointer (&regional, schakel_ladder_free);
  regional = schakel_ladder_get (db, region, NULL);
  g_assert_cmpuint (regional->steps->len, ==, 9);
  g_assert_cmpint (schakel_ladder_find_code (regional, "casusoverleg")->retired, ==, iso ("2026-06-01"));
  g_assert_cmpstr (schakel_ladder_next_step (regional, schakel_ladder_find_code (regional, "melding_duo"),
                                             iso ("2026-06-02"))->code, ==, "huisbezoek");
  g_assert_cmpint (schakel_ladder_find_code (regional, "schoolgesprek")->deadline_working_days, ==, 3);

  assert_import_refused (db,
                         "stap;naam;verantwoordelijke;termijn_werkdagen\n"
                         "a;A;school;5\n"
                         "b;B;school;tien\n",
                         "bad-ladder.csv:3: termijn_werkdagen: not a number of working days from 0 to 250");
  assert_import_refused (db,
                         "stap;naam;verantwoordelijke;termijn_werkdagen\n"
                         "a;A;school;5\n"
                         "a;B;school;5\n",
                         "bad-ladder.csv:3: stap: the step code is also on line 2");
  assert_import_refused (db,
                         "stap;naam;termijn_werkdagen\n"
                         "a;A;5\n",
                         "bad-ladder.csv:1: the header has no column “verantwoordelijke”");
  assert_import_refused (db,
                         "stap;naam;verantwoordelijke;termijn_werkdagen\n"
                         "gesloten;Gesloten;none;0\n"
                         "a;A;school;5\n",
                         "bad-ladder.csv:2: verantwoordelijke: only the last step may close the ladder (none)");
  assert_import_refused (db,
                         "stap;naam;verantwoordelijke;termijn_werkdagen\n"
                         "a;A;politie;5\n",
                         "bad-ladder.csv:2: The responsible partner is not one of school, gemeente, coordinator, coa, nidos or none");
  assert_import_refused (db,
                         "stap;naam;verantwoordelijke;termijn_werkdagen\n",
                         "bad-ladder.csv:1: the file has no steps");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/ladder/overdue-on-peildatum", test_ladder_overdue_on_peildatum);
  g_test_add_func ("/core/ladder/regional-variant", test_ladder_regional_variant);
  g_test_add_func ("/core/ladder/edits-keep-history", test_ladder_edits_keep_history);
  g_test_add_func ("/core/ladder/timeliness", test_ladder_timeliness);
  g_test_add_func ("/core/ladder/file-exchange", test_ladder_file_exchange);

  return g_test_run ();
}
