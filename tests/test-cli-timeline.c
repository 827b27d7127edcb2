/* test-cli-timeline.c — `schakel-cli timeline`: the dossier read back with
 * pdftotext, the audit entry, and refusals.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "schakel-test-record.h"
#include "schakel-test-util.h"

static char *db_path;

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* The Dutch of @msgid from the build's catalog. When the catalog has it,
 * it must be @dutch; until the translations are merged the English text
 * is what the command prints, and the test looks for that. */
static char *
dutch (const char *msgid,
       const char *expected)
{
  g_autofree char *old_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *old_language = g_strdup (g_getenv ("LANGUAGE"));
  char *text;

  setlocale (LC_ALL, "nl_NL.UTF-8");
  g_setenv ("LANGUAGE", "nl", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SCHAKEL_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  text = g_strdup (g_dgettext (GETTEXT_PACKAGE, msgid));
  setlocale (LC_ALL, old_locale);
  if (old_language != NULL)
    g_setenv ("LANGUAGE", old_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  if (!g_str_equal (text, msgid))
    g_assert_cmpstr (text, ==, expected);
  else
    g_test_message ("“%s” is not translated yet", msgid);
  return text;
}

static gint64
count_exports (const char *jongere_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM audit_log WHERE action = 'timeline.export'"
                                          " AND subject_kind = 'minor' AND subject_id = '%s'"
                                          " AND detail NOT LIKE '%%/%%'", jongere_id);

  g_assert_no_error (error);
  return schakel_test_query_int (db, sql);
}

static void
test_cli_timeline_pdf (void)
{
  g_autofree char *out = schakel_test_tmp_path ("M-1.pdf");
  g_auto(SchakelCliResult) r = { 0 };
  g_autofree char *text = NULL;
  static const char * const lanes[][2] = {
    { "Reception", "Opvang" }, { "Education", "Onderwijs" }, { "Wait-list", "Wachtlijst" },
    { "Absence", "Verzuim" }, { "Procedure", "Procedure" },
  };
  g_autofree char *confidential = dutch ("Confidential", "Vertrouwelijk");
  gint64 before = count_exports ("M-1");

  schakel_test_run_cli (&r, "nl", "timeline", "--db", db_path, "--minor", "M-1", "-o", out,
                        "--from", "2024-12-01", "--to", "2025-06-30", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");

  text = pdf_text (out);
  g_assert_nonnull (strstr (text, "M-1"));
  g_assert_nonnull (strstr (text, confidential));
  for (guint i = 0; i < G_N_ELEMENTS (lanes); i++)
    {
      g_autofree char *lane = dutch (lanes[i][0], lanes[i][1]);

      g_assert_nonnull (strstr (text, lane));
    }
  /* The record table follows the timeline page: every placement's name. */
  g_assert_nonnull (strstr (text, "Crisisnoodopvang Zwolle"));
  g_assert_nonnull (strstr (text, "escalation_step #62"));
  g_assert_cmpint (count_exports ("M-1"), ==, before + 1);
}

static void
test_cli_timeline_png_svg (void)
{
  g_autofree char *png = schakel_test_tmp_path ("M-2.png");
  g_autofree char *svg = schakel_test_tmp_path ("M-2.SVG");
  g_auto(SchakelCliResult) r1 = { 0 };
  g_auto(SchakelCliResult) r2 = { 0 };
  g_autofree char *contents = NULL;
  gsize length;

  schakel_test_run_cli (&r1, "en", "timeline", "--db", db_path, "--minor", "M-2", "-o", png, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  /* A4 landscape at twice its size in points, from the IHDR chunk. */
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (gpointer) (contents + 16)), ==, 1684);
  g_assert_cmpuint (GUINT32_FROM_BE (*(guint32 *) (gpointer) (contents + 20)), ==, 1191);
  g_clear_pointer (&contents, g_free);

  schakel_test_run_cli (&r2, "en", "timeline", "--db", db_path, "--minor", "M-2", "-o", svg, NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_cmpint (count_exports ("M-2"), ==, 2);
}

/* While another connection holds the database for writing, the audit
 * entry cannot be written: no file, and an error that says why. */
static void
test_cli_timeline_refuses_without_audit (void)
{
  g_autofree char *out = schakel_test_tmp_path ("refused.pdf");
  g_auto(SchakelCliResult) r = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) writer = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_WRITE, &error);
  gint64 before;

  g_assert_no_error (error);
  before = schakel_test_query_int (writer, "SELECT count (*) FROM audit_log");
  schakel_test_run_cli (&r, "en", "timeline", "--db", db_path, "--minor", "M-1", "-o", out, NULL);
  g_assert_cmpint (r.status, !=, 0);
  schakel_test_assert_one_error_line (&r, "audit log cannot be written");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (schakel_test_query_int (writer, "SELECT count (*) FROM audit_log"), ==, before);
}

static void
test_cli_timeline_bad_input (void)
{
  g_autofree char *out = schakel_test_tmp_path ("bad.pdf");
  g_autofree char *txt = schakel_test_tmp_path ("bad.txt");
  g_auto(SchakelCliResult) unknown = { 0 };
  g_auto(SchakelCliResult) extension = { 0 };
  g_auto(SchakelCliResult) range = { 0 };
  g_auto(SchakelCliResult) date = { 0 };
  g_auto(SchakelCliResult) missing = { 0 };

  schakel_test_run_cli (&unknown, "en", "timeline", "--db", db_path, "--minor", "SECRET-ID", "-o", out, NULL);
  schakel_test_assert_one_error_line (&unknown, "no minor with this id");
  g_assert_null (strstr (unknown.err, "SECRET-ID"));

  schakel_test_run_cli (&extension, "en", "timeline", "--db", db_path, "--minor", "M-1", "-o", txt, NULL);
  g_assert_cmpint (extension.status, !=, 0);
  g_assert_false (g_file_test (txt, G_FILE_TEST_EXISTS));

  schakel_test_run_cli (&range, "en", "timeline", "--db", db_path, "--minor", "M-1", "-o", out,
                        "--from", "2025-05-01", "--to", "2025-04-01", NULL);
  schakel_test_assert_one_error_line (&range, "--to");

  schakel_test_run_cli (&date, "en", "timeline", "--db", db_path, "--minor", "M-1", "-o", out,
                        "--from", "2025-02-30", NULL);
  schakel_test_assert_one_error_line (&date, "--from");

  schakel_test_run_cli (&missing, "en", "timeline", "--db", db_path, "-o", out, NULL);
  schakel_test_assert_one_error_line (&missing, "--minor");
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_exports ("SECRET-ID"), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  {
    g_autoptr(SchakelDatabase) db = schakel_test_record_fixture ("cli-timeline.db");

    db_path = g_strdup (schakel_database_get_path (db));
  }

  g_test_add_func ("/cli/timeline/pdf", test_cli_timeline_pdf);
  g_test_add_func ("/cli/timeline/png-svg", test_cli_timeline_png_svg);
  g_test_add_func ("/cli/timeline/refuses-without-audit", test_cli_timeline_refuses_without_audit);
  g_test_add_func ("/cli/timeline/bad-input", test_cli_timeline_bad_input);

  status = g_test_run ();
  g_free (db_path);
  return status;
}
