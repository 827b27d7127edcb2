/* test-cli.c — schakel-cli as a user or a script runs it.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core.h"
#include "schakel-schema-private.h"
#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

static char *
make_demo (const char *name,
           const char *minors)
{
  g_autofree char *path = schakel_test_tmp_path (name);
  g_auto(SchakelCliResult) r = { 0 };

  schakel_test_run_cli (&r, "en", "demo", "--db", path, "--minors", minors, "--years", "2",
                        "--seed", "7", "--until", "2026-10-01", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_nonnull (strstr (r.out, "Demo database"));
  return g_steal_pointer (&path);
}

static void
test_cli_usage (void)
{
  g_auto(SchakelCliResult) help = { 0 };
  g_auto(SchakelCliResult) none = { 0 };
  g_auto(SchakelCliResult) unknown = { 0 };
  g_auto(SchakelCliResult) bad_option = { 0 };

  schakel_test_run_cli (&help, "en", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "demo"));
  g_assert_nonnull (strstr (help.out, "check"));
  g_assert_nonnull (strstr (help.out, "info"));

  schakel_test_run_cli (&none, "en", NULL);
  g_assert_cmpint (none.status, ==, 2);

  schakel_test_run_cli (&unknown, "en", "frobnicate", NULL);
  schakel_test_assert_one_error_line (&unknown, "frobnicate");

  schakel_test_run_cli (&bad_option, "en", "info", "--colour", NULL);
  schakel_test_assert_one_error_line (&bad_option, "--colour");
}

static void
test_cli_demo_info_check (void)
{
  g_autofree char *path = make_demo ("cli-demo.db", "400");
  g_auto(SchakelCliResult) info = { 0 };
  g_auto(SchakelCliResult) check = { 0 };
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_minors = 0;

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (schakel_database_is_synthetic (db));
  g_assert_true (schakel_sqlite_query_int64 (schakel_database_get_handle (db),
                                             "SELECT count(*) FROM minor", &n_minors, NULL));
  g_assert_cmpint (n_minors, ==, 400);

  schakel_test_run_cli (&info, "en", "info", "--db", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  g_assert_nonnull (strstr (info.out, "synthetic demo data"));
  g_assert_nonnull (strstr (info.out, "seed=7"));
  {
    /* "Minors:" is padded to the widest label. */
    g_autoptr(GRegex) regex = g_regex_new ("^Minors: +400$", G_REGEX_MULTILINE, 0, NULL);
    g_assert_true (g_regex_match (regex, info.out, 0, NULL));
  }
  g_assert_nonnull (strstr (info.out, "1 October 2026"));

  schakel_test_run_cli (&check, "en", "check", "--db", path, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "Integrity: ok"));
  {
    g_autofree char *version = g_strdup_printf ("Schema version: %d", schakel_database_get_latest_schema_version ());

    g_assert_nonnull (strstr (check.out, version));
  }
  {
    g_autoptr(GRegex) regex = g_regex_new ("^  minor +400$", G_REGEX_MULTILINE, 0, NULL);
    g_assert_true (g_regex_match (regex, check.out, 0, NULL));
  }
}

static void
test_cli_demo_refuses_filled_database (void)
{
  g_autofree char *path = make_demo ("cli-twice.db", "50");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(SchakelCliResult) again = { 0 };

  before = schakel_test_file_sha256 (path);
  schakel_test_run_cli (&again, "en", "demo", "--db", path, "--minors", "60", NULL);
  schakel_test_assert_one_error_line (&again, NULL);
  after = schakel_test_file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_cli_bad_values (void)
{
  g_autofree char *path = schakel_test_tmp_path ("cli-bad.db");
  g_auto(SchakelCliResult) minors = { 0 };
  g_auto(SchakelCliResult) until = { 0 };

  schakel_test_run_cli (&minors, "en", "demo", "--db", path, "--minors", "0", NULL);
  schakel_test_assert_one_error_line (&minors, "--minors");
  schakel_test_run_cli (&until, "en", "demo", "--db", path, "--until", "2026-02-30", NULL);
  schakel_test_assert_one_error_line (&until, "--until");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_cli_errors (void)
{
  g_autofree char *missing = schakel_test_tmp_path ("cli-missing.db");
  g_autofree char *text = schakel_test_tmp_path ("cli-text.csv");
  g_auto(SchakelCliResult) info_missing = { 0 };
  g_auto(SchakelCliResult) check_missing = { 0 };
  g_auto(SchakelCliResult) info_text = { 0 };
  g_auto(SchakelCliResult) demo_text = { 0 };

  schakel_test_run_cli (&info_missing, "en", "info", "--db", missing, NULL);
  schakel_test_assert_one_error_line (&info_missing, "does not exist");
  schakel_test_run_cli (&check_missing, "en", "check", "--db", missing, NULL);
  schakel_test_assert_one_error_line (&check_missing, "does not exist");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (text, "jongere_id;geboortedatum\n", -1, NULL));
  schakel_test_run_cli (&info_text, "en", "info", "--db", text, NULL);
  schakel_test_assert_one_error_line (&info_text, "not a Schakel database");
  schakel_test_run_cli (&demo_text, "en", "demo", "--db", text, NULL);
  schakel_test_assert_one_error_line (&demo_text, "not a Schakel database");
}

/* A writing command is refused while another process holds the database;
 * reading commands work beside it. */
static void
test_cli_second_writer (void)
{
  g_autofree char *path = make_demo ("cli-locked.db", "30");
  g_autoptr(SchakelDatabase) holder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pid = g_strdup_printf ("process %d", (int) getpid ());
  g_auto(SchakelCliResult) demo = { 0 };
  g_auto(SchakelCliResult) info = { 0 };
  g_auto(SchakelCliResult) check = { 0 };

  holder = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE, &error);
  g_assert_no_error (error);

  schakel_test_run_cli (&demo, "en", "demo", "--db", path, NULL);
  schakel_test_assert_one_error_line (&demo, pid);
  g_assert_nonnull (strstr (demo.err, "already open"));

  schakel_test_run_cli (&info, "en", "info", "--db", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  schakel_test_run_cli (&check, "en", "check", "--db", path, NULL);
  g_assert_cmpint (check.status, ==, 0);
}

/* Reading commands inspect a file an older Schakel made without
 * upgrading it. */
static void
test_cli_older_database (void)
{
  g_autofree char *path = schakel_test_tmp_path ("cli-v1.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *version_line = NULL;
  g_auto(SchakelCliResult) check = { 0 };
  g_auto(SchakelCliResult) info = { 0 };
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (_schakel_schema_migrate (raw, 1, NULL));
  sqlite3_close (raw);
  before = schakel_test_file_sha256 (path);

  schakel_test_run_cli (&check, "en", "check", "--db", path, NULL);
  g_assert_cmpint (check.status, ==, 0);
  version_line = g_strdup_printf ("Schema version: 1 (current: %d)",
                                  schakel_database_get_latest_schema_version ());
  g_assert_nonnull (strstr (check.out, version_line));
  g_assert_nonnull (strstr (check.out, "upgrades it"));
  g_assert_nonnull (strstr (check.out, "Integrity: ok"));

  schakel_test_run_cli (&info, "en", "info", "--db", path, NULL);
  g_assert_cmpint (info.status, ==, 0);

  after = schakel_test_file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_cli_dutch (void)
{
  g_autofree char *path = make_demo ("cli-nl.db", "1500");
  g_auto(SchakelCliResult) help = { 0 };
  g_auto(SchakelCliResult) info = { 0 };
  g_auto(SchakelCliResult) error = { 0 };

  schakel_test_run_cli (&help, "nl", "demo", "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "--minors"));
  g_assert_null (strstr (help.out, "How many minors"));

  schakel_test_run_cli (&info, "nl", "info", "--db", path, NULL);
  g_assert_cmpint (info.status, ==, 0);
  /* Dutch digit grouping and month names. */
  g_assert_nonnull (strstr (info.out, "1.500"));
  g_assert_nonnull (strstr (info.out, "1 oktober 2026"));
  g_assert_null (strstr (info.out, "Minors:"));

  schakel_test_run_cli (&error, "nl", "info", "--db", "/nonexistent/x.db", NULL);
  schakel_test_assert_one_error_line (&error, "/nonexistent/x.db");
  g_assert_null (strstr (error.err, "does not exist"));
}

/* `audit` lists what the log holds, newest first, filtered by minor. */
static void
test_cli_audit (void)
{
  g_autofree char *path = schakel_test_tmp_path ("cli-audit.db");
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(SchakelCliResult) all = { 0 };
  g_auto(SchakelCliResult) one = { 0 };
  g_auto(SchakelCliResult) bad = { 0 };
  g_auto(GStrv) lines = NULL;

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (schakel_audit_record (db, "timeline.open", "minor", "J000101", NULL, &error));
  g_assert_true (schakel_audit_record (db, "timeline.export", "minor", "J000102", "pdf", &error));
  g_assert_no_error (error);
  g_clear_object (&db);

  schakel_test_run_cli (&all, "en", "audit", "--db", path, NULL);
  g_assert_cmpint (all.status, ==, 0);
  lines = g_strsplit (all.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* header, two entries, "" */
  g_assert_cmpstr (lines[0], ==, "when\twho\twhat\tsubject\tdetail");
  g_assert_nonnull (strstr (lines[1], "\tExported timeline\tminor:J000102\tpdf"));
  g_assert_nonnull (strstr (lines[2], "\tOpened timeline\tminor:J000101\t"));

  schakel_test_run_cli (&one, "nl", "audit", "--db", path, "--minor", "J000101", NULL);
  g_assert_cmpint (one.status, ==, 0);
  g_assert_null (strstr (one.out, "J000102"));
  g_assert_nonnull (strstr (one.out, "J000101"));

  schakel_test_run_cli (&bad, "en", "audit", "--db", path, "--limit", "-1", NULL);
  schakel_test_assert_one_error_line (&bad, "--limit");
}

/* `holidays` lists the seeded holidays and changes the list, audited. */
static void
test_cli_holidays (void)
{
  g_autofree char *path = schakel_test_tmp_path ("cli-holidays.db");
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(SchakelCliResult) list = { 0 };
  g_auto(SchakelCliResult) add = { 0 };
  g_auto(SchakelCliResult) after_add = { 0 };
  g_auto(SchakelCliResult) remove = { 0 };
  g_auto(SchakelCliResult) after_remove = { 0 };
  g_auto(SchakelCliResult) bad = { 0 };

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  schakel_test_run_cli (&list, "en", "holidays", "--db", path, "list", "--year", "2026", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "2026-04-27\tKoningsdag\n"));
  g_assert_nonnull (strstr (list.out, "2026-12-25\t"));
  g_assert_null (strstr (list.out, "2025-"));

  schakel_test_run_cli (&add, "en", "holidays", "--db", path, "add", "2026-12-24", "Kerstavond", NULL);
  g_assert_cmpint (add.status, ==, 0);
  schakel_test_run_cli (&after_add, "en", "holidays", "--db", path, "list", "--year", "2026", NULL);
  g_assert_nonnull (strstr (after_add.out, "2026-12-24\tKerstavond (added by a user)\n"));

  schakel_test_run_cli (&remove, "en", "holidays", "--db", path, "remove", "2026-12-24", NULL);
  g_assert_cmpint (remove.status, ==, 0);
  schakel_test_run_cli (&after_remove, "en", "holidays", "--db", path, "list", NULL);
  g_assert_null (strstr (after_remove.out, "2026-12-24"));

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'holidays.edit'"), ==, 2);
  g_clear_object (&db);

  schakel_test_run_cli (&bad, "en", "holidays", "--db", path, "add", "2026-02-30", "Nergensdag", NULL);
  schakel_test_assert_one_error_line (&bad, "2026-02-30");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("SCHAKEL_CLI"));

  g_test_add_func ("/cli/usage", test_cli_usage);
  g_test_add_func ("/cli/demo-info-check", test_cli_demo_info_check);
  g_test_add_func ("/cli/demo-refuses-filled-database", test_cli_demo_refuses_filled_database);
  g_test_add_func ("/cli/bad-values", test_cli_bad_values);
  g_test_add_func ("/cli/errors", test_cli_errors);
  g_test_add_func ("/cli/second-writer", test_cli_second_writer);
  g_test_add_func ("/cli/older-database", test_cli_older_database);
  g_test_add_func ("/cli/dutch", test_cli_dutch);
  g_test_add_func ("/cli/audit", test_cli_audit);
  g_test_add_func ("/cli/holidays", test_cli_holidays);

  return g_test_run ();
}
