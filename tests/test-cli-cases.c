/* test-cli-cases.c — `schakel-cli cases` and `schakel-cli ladder`.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

/* On Monday 2 November 2026: R1 (Amersfoort) had melding_duo on Friday
 * 16 October; uitnodiging_lpa was due 10 working days later, 30 October:
 * 3 days overdue. R2 (Amsterdam) was reported on 29 October without a
 * step: schoolgesprek due 5 working days later, 5 November. R3 is closed. */
static const char fixture_sql[] =
  "INSERT INTO school (id, brin, branch, name, municipality_code) VALUES"
  " (1, '01AB', '00', 'ISK Amersfoort', 'GM0307'), (2, '02CD', '00', 'ISK Amsterdam', 'GM0363');"
  "INSERT INTO minor (id, jongere_id, birth_date, amv) VALUES"
  " (1, 'J1', '2010-05-10', 1), (2, 'J2', '2011-02-01', 1), (3, 'J3', '2011-02-01', 0);"
  "INSERT INTO absence_report (id, report_number, minor_id, school_id, report_type, start_date,"
  "  report_date, end_date, status) VALUES"
  " (1, 'R1', 1, 1, '16U_4WK', '2026-10-01', '2026-10-16', NULL, 'in_behandeling'),"
  " (2, 'R2', 2, 2, 'LUXE', '2026-10-20', '2026-10-29', NULL, 'geregistreerd'),"
  " (3, 'R3', 3, 2, 'LRV', '2026-09-01', '2026-09-10', '2026-10-01', 'afgesloten');"
  "INSERT INTO escalation_step (report_id, step_code, date, outcome, ladder_step_id)"
  " SELECT 1, code, '2026-10-16', 'uitgevoerd', id FROM escalation_ladder_step WHERE code = 'melding_duo';";

static char *
fixture_path (const char *name)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new (name);

  schakel_test_exec (db, fixture_sql);
  return g_strdup (schakel_database_get_path (db));
}

static void
test_cli_cases_formats (void)
{
  g_autofree char *path = fixture_path ("cli-cases.db");
  g_auto(SchakelCliResult) text = { 0 };
  g_auto(SchakelCliResult) csv = { 0 };
  g_auto(SchakelCliResult) json = { 0 };
  g_auto(SchakelCliResult) overdue = { 0 };
  g_auto(SchakelCliResult) scoped = { 0 };
  g_auto(GStrv) lines = NULL;

  schakel_test_run_cli (&text, "en", "cases", "--db", path, "--scope", "nl", "--date", "2026-11-02", NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_cmpstr (text.err, ==, "");
  g_assert_true (g_str_has_prefix (text.out, "Open absence reports, The Netherlands, 2026-11-02: 2 (1 overdue)\n"));
  g_assert_nonnull (strstr (text.out, "  Next: Uitnodiging leerplichtambtenaar (Municipality), due 2026-10-30, 3 days overdue\n"));
  g_assert_nonnull (strstr (text.out, "  Now: no step yet\n  Next: Gesprek op school (School), due 2026-11-05\n"));
  /* Most urgent first. */
  g_assert_true (strstr (text.out, "R1 ·") < strstr (text.out, "R2 ·"));
  g_assert_null (strstr (text.out, "R3"));

  schakel_test_run_cli (&csv, "en", "cases", "--db", path, "--scope", "nl", "--date", "2026-11-02",
                        "--format", "csv", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  lines = g_strsplit (csv.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_true (g_str_has_prefix (lines[1], "R1,J1,16U_4WK,01AB,ISK Amersfoort,GM0307,Amersfoort,melding_duo,"
                                             "2026-10-16,uitnodiging_lpa,gemeente,2026-10-30,3,"));
  g_assert_true (g_str_has_prefix (lines[2], "R2,J2,LUXE,02CD,ISK Amsterdam,GM0363,Amsterdam,,,schoolgesprek,"
                                             "school,2026-11-05,0,"));

  schakel_test_run_cli (&json, "en", "cases", "--db", path, "--scope", "nl", "--date", "2026-11-02",
                        "--format", "json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "\"report_number\": \"R1\""));
  g_assert_nonnull (strstr (json.out, "\"days_overdue\": 3"));
  g_assert_nonnull (strstr (json.out, "\"current_step\": null"));

  schakel_test_run_cli (&overdue, "en", "cases", "--db", path, "--scope", "nl", "--date", "2026-11-02",
                        "--overdue", "--format", "csv", NULL);
  g_assert_cmpint (overdue.status, ==, 0);
  g_assert_nonnull (strstr (overdue.out, "\nR1,"));
  g_assert_null (strstr (overdue.out, "\nR2,"));

  schakel_test_run_cli (&scoped, "en", "cases", "--db", path, "--scope", "gemeente:GM0363", "--date",
                        "2026-11-02", "--format", "csv", NULL);
  g_assert_cmpint (scoped.status, ==, 0);
  g_assert_null (strstr (scoped.out, "\nR1,"));
  g_assert_nonnull (strstr (scoped.out, "\nR2,"));
}

static void
test_cli_cases_errors (void)
{
  g_autofree char *path = fixture_path ("cli-cases-errors.db");
  g_auto(SchakelCliResult) no_scope = { 0 };
  g_auto(SchakelCliResult) bad_date = { 0 };
  g_auto(SchakelCliResult) bad_format = { 0 };
  g_auto(SchakelCliResult) bad_scope = { 0 };

  schakel_test_run_cli (&no_scope, "en", "cases", "--db", path, "--date", "2026-11-02", NULL);
  schakel_test_assert_one_error_line (&no_scope, "--scope is required");
  schakel_test_run_cli (&bad_date, "en", "cases", "--db", path, "--scope", "nl", "--date", "2-11-2026", NULL);
  schakel_test_assert_one_error_line (&bad_date, "--date");
  schakel_test_run_cli (&bad_format, "en", "cases", "--db", path, "--scope", "nl", "--date", "2026-11-02",
                        "--format", "xml", NULL);
  schakel_test_assert_one_error_line (&bad_format, "--format");
  schakel_test_run_cli (&bad_scope, "en", "cases", "--db", path, "--scope", "gemeente:GM9999", "--date",
                        "2026-11-02", NULL);
  schakel_test_assert_one_error_line (&bad_scope, NULL);
}

/* A region adopts the national ladder from a file, all or nothing. */
static void
test_cli_ladder_exchange (void)
{
  g_autofree char *path = fixture_path ("cli-ladder.db");
  g_autofree char *file = schakel_test_tmp_path ("national-ladder.csv");
  g_autofree char *bad = schakel_test_tmp_path ("bad-ladder.csv");
  g_auto(SchakelCliResult) exported = { 0 };
  g_auto(SchakelCliResult) imported = { 0 };
  g_auto(SchakelCliResult) refused = { 0 };
  g_auto(SchakelCliResult) no_region = { 0 };
  g_auto(SchakelCliResult) usage = { 0 };
  g_autoptr(SchakelDatabase) db = NULL;

  schakel_test_run_cli (&exported, "en", "ladder", "export", file, "--db", path, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_cmpstr (exported.out, ==, "Exported ‘Landelijke verzuimladder’\n");

  schakel_test_run_cli (&imported, "en", "ladder", "import", file, "--db", path, "--region", "provincie:PV27", NULL);
  g_assert_cmpint (imported.status, ==, 0);
  g_assert_cmpstr (imported.out, ==, "Imported into ‘Verzuimladder Noord-Holland’\n");

  g_assert_true (g_file_set_contents (bad, "stap;naam;verantwoordelijke;termijn_werkdagen\r\n"
                                           "a;A;school;5\r\n"
                                           "b;;school;5\r\n", -1, NULL));
  schakel_test_run_cli (&refused, "en", "ladder", "import", bad, "--db", path, "--region", "provincie:PV26", NULL);
  schakel_test_assert_one_error_line (&refused, "bad-ladder.csv:3: A step name is 1 to 80 characters");

  schakel_test_run_cli (&no_region, "en", "ladder", "export", file, "--db", path, "--region", "provincie:PV20", NULL);
  schakel_test_assert_one_error_line (&no_region, "no escalation ladder");
  schakel_test_run_cli (&usage, "en", "ladder", "copy", file, "--db", path, NULL);
  schakel_test_assert_one_error_line (&usage, "export or import");

  /* Amsterdam follows the new ladder; the refused file left Utrecht without one. */
  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, NULL);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_ladder"), ==, 2);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_ladder_step es"
                                               " JOIN escalation_ladder l ON l.id = es.ladder_id"
                                               " WHERE l.region_code = 'PV27' AND es.retired_date IS NULL"), ==, 8);
  g_assert_cmpint (schakel_ladder_for_municipality (db, "GM0363", NULL), ==, 2);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'ladder.import'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_assert_nonnull (g_getenv ("SCHAKEL_CLI"));

  g_test_add_func ("/cli/cases/formats", test_cli_cases_formats);
  g_test_add_func ("/cli/cases/errors", test_cli_cases_errors);
  g_test_add_func ("/cli/ladder/exchange", test_cli_ladder_exchange);

  return g_test_run ();
}
