/* test-ui-reports.c — the Rapporten view under Xvfb: the print operation
 * exports the same pages as a PDF, the view makes a report in its worker
 * thread, the Dossieroverzicht of one minor is previewed, exported and
 * printed only with its audit entries, saved setups survive a round trip
 * through GSettings and never keep a minor.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "schakel-report-print.h"
#include "schakel-report-setups.h"
#include "schakel-reports-view.h"
#include "schakel-test-util.h"

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

typedef gboolean (*Condition) (gpointer data);

static void
wait_for (Condition   condition,
          gpointer    data,
          const char *what)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);
}

/* A report of a portrait section and a landscape one. */
static SchakelReport *
two_orientations (void)
{
  SchakelReport *report = schakel_report_new ("Print test", "Utrecht", "31 March 2026", "1 April 2026",
                                              SCHAKEL_REPORT_MODE_PUBLICATION);
  SchakelReportBlock *heading;
  SchakelReportBlock *table = schakel_report_table_new ("Rows", 2);

  schakel_report_table_set_column (table, 0, "Name", 2, FALSE);
  schakel_report_table_set_column (table, 1, "Count", 1, TRUE);
  for (guint r = 0; r < 60; r++)
    {
      g_autofree char *name = g_strdup_printf ("Row %u", r);
      const char *cells[] = { name, "7" };

      schakel_report_table_add_row (table, SCHAKEL_REPORT_ROW_NORMAL, cells);
    }
  schakel_report_add (report, schakel_report_heading_new (1, "Portrait section"));
  schakel_report_add (report, table);
  heading = schakel_report_heading_new (1, "Landscape section");
  heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
  heading->orientation = SCHAKEL_REPORT_LANDSCAPE;
  schakel_report_add (report, heading);
  schakel_report_paginate (report);
  return report;
}

/* GtkPrintOperation with an export file writes every page of the
 * pagination, in its orientation. */
static void
test_ui_reports_print_export (void)
{
  g_autoptr(SchakelPaged) report = schakel_report_to_paged (two_orientations ());
  g_autofree char *pdf = schakel_test_tmp_path ("printed.pdf");
  const char *info_argv[] = { "pdfinfo", "-f", "1", "-l", "9", pdf, NULL };
  const char *text_argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *info = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = schakel_paged_get_n_pages (report);

  g_assert_cmpuint (n_pages, ==, 3);
  g_assert_cmpint (schakel_report_print (report, NULL, NULL, NULL, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  info = schakel_test_spawn_out (info_argv);
  g_assert_true (g_regex_match_simple ("^Pages: +3$", info, G_REGEX_MULTILINE, 0));
  /* Portrait A4, then the landscape page on its side. */
  g_assert_true (g_regex_match_simple ("^Page +1 size: +595\\.\\d* x 841\\.\\d*", info, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^Page +3 size: +841\\.\\d* x 595\\.\\d*", info, G_REGEX_MULTILINE, 0));

  text = schakel_test_spawn_out (text_argv);
  g_assert_nonnull (strstr (text, "Row 59"));
  g_assert_nonnull (strstr (text, "Landscape section"));
  g_assert_nonnull (strstr (text, "Page 3 of 3"));
}

static gboolean
scopes_loaded (gpointer data)
{
  return schakel_reports_view_get_n_scopes (data) > 0 && !schakel_reports_view_get_busy (data);
}

static gboolean
report_made (gpointer data)
{
  return schakel_reports_view_get_document (data) != NULL && !schakel_reports_view_get_busy (data);
}

static gboolean
not_busy (gpointer data)
{
  return !schakel_reports_view_get_busy (data);
}

static void
test_ui_reports_view_generates (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_demo ("ui-reports.db", 400, 2, 3, schakel_day_from_ymd (2026, 5, 1));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = g_object_new (SCHAKEL_TYPE_REPORTS_VIEW, NULL);
  SchakelPaged *report;

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  schakel_reports_view_set_database (SCHAKEL_REPORTS_VIEW (view), db);
  wait_for (scopes_loaded, view, "the list of scopes");
  /* The country, 12 provinces and the 342 municipalities. */
  g_assert_cmpuint (schakel_reports_view_get_n_scopes (SCHAKEL_REPORTS_VIEW (view)), ==, 1 + 12 + 342);

  schakel_reports_view_generate (SCHAKEL_REPORTS_VIEW (view));
  g_assert_true (schakel_reports_view_get_busy (SCHAKEL_REPORTS_VIEW (view)));
  wait_for (report_made, view, "the report");
  report = schakel_reports_view_get_document (SCHAKEL_REPORTS_VIEW (view));
  g_assert_cmpuint (schakel_paged_get_n_pages (report), >=, 4);
  g_assert_cmpstr (schakel_paged_get_title (report), ==, "Regional briefing");
  g_assert_null (schakel_paged_get_minor (report));
  g_assert_cmpuint (schakel_paged_get_n_tables (report), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The minor of the demo data with the most placements. */
static char *
busy_minor (SchakelDatabase *db)
{
  sqlite3_stmt *stmt = NULL;
  char *id;

  g_assert_cmpint (sqlite3_prepare_v2 (schakel_database_get_handle (db),
                                       "SELECT m.jongere_id FROM minor m JOIN placement p ON p.minor_id = m.id"
                                       " GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT 1", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return id;
}

static gint64
count_audit (SchakelDatabase *db,
             const char      *action,
             const char      *detail)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM audit_log WHERE action = '%s'"
                                          " AND subject_kind = 'minor' AND detail = '%s'", action, detail);

  return schakel_test_query_int (db, sql);
}

static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };

  return schakel_test_spawn_out (argv);
}

/* The Dossieroverzicht: an unknown id says so and leaves no trace; a
 * known one is previewed, exported as PDF and CSV and printed, each with
 * its audit entry, and nothing leaves without one. */
static void
test_ui_reports_dossier (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_demo ("ui-dossier.db", 200, 2, 5,
                                                          schakel_day_from_ymd (2026, 5, 1));
  g_autofree char *minor = busy_minor (db);
  g_autofree char *pdf = schakel_test_tmp_path ("dossier.pdf");
  g_autofree char *printed = schakel_test_tmp_path ("dossier-printed.pdf");
  g_autofree char *refused = schakel_test_tmp_path ("dossier-refused.pdf");
  g_autofree char *folder = schakel_test_tmp_path ("dossier-csv");
  g_autofree char *csv_path = g_build_filename (folder, "01-records.csv", NULL);
  g_autofree char *text = NULL, *csv = NULL;
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  SchakelReportsView *view = g_object_new (SCHAKEL_TYPE_REPORTS_VIEW, NULL);
  SchakelPaged *dossier;
  double width, height;
  guint n_files = 0;

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  schakel_reports_view_set_database (view, db);
  wait_for (scopes_loaded, view, "the list of scopes");

  /* An unknown id: said clearly, nothing shown, nothing logged. */
  schakel_reports_view_show_dossier (view, "J-NOT-THERE");
  wait_for (not_busy, view, "the unknown minor");
  g_assert_null (schakel_reports_view_get_document (view));
  g_assert_nonnull (strstr (schakel_reports_view_get_status (view), "no minor with the id “J-NOT-THERE”"));
  g_assert_false (schakel_reports_view_export_pdf (view, pdf, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, 0);

  /* A demo minor: its pages, landscape, and the opening in the log. */
  schakel_reports_view_show_dossier (view, minor);
  wait_for (report_made, view, "the dossier");
  dossier = schakel_reports_view_get_document (view);
  g_assert_null (schakel_reports_view_get_status (view));
  g_assert_cmpstr (schakel_paged_get_minor (dossier), ==, minor);
  g_assert_cmpstr (schakel_paged_get_title (dossier), ==, "Dossier overview");
  g_assert_cmpuint (schakel_paged_get_n_pages (dossier), >=, 2);
  schakel_paged_get_page_size (dossier, 1, &width, &height);
  g_assert_cmpfloat (width, >, height);
  g_assert_cmpint (count_audit (db, "timeline.open", "dossier preview"), ==, 1);

  /* Export PDF: confidential, about this minor, logged. */
  g_assert_true (schakel_reports_view_export_pdf (view, pdf, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Confidential"));
  g_assert_nonnull (strstr (text, minor));
  g_assert_cmpint (count_audit (db, "report.dossier", "dossier pdf"), ==, 1);

  /* Export CSV: the record table, logged. */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (schakel_reports_view_export_csv (view, folder, &n_files, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_files, ==, 1);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "Start,End,Kind,What,Details,Table,Row"));
  g_assert_cmpint (count_audit (db, "report.dossier", "dossier csv"), ==, 1);

  /* Print (exported to a file under Xvfb): logged once printing begins. */
  g_assert_cmpint (schakel_report_print (dossier, NULL, NULL, db, GTK_PRINT_OPERATION_ACTION_EXPORT, printed, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);
  text = pdf_text (printed);
  g_assert_nonnull (strstr (text, "Confidential"));
  g_assert_cmpint (count_audit (db, "report.dossier", "dossier print"), ==, 1);

  /* Without a writable log a dossier is not printed. */
  reader = schakel_database_open (schakel_database_get_path (db), SCHAKEL_DATABASE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (schakel_report_print (dossier, NULL, NULL, reader, GTK_PRINT_OPERATION_ACTION_EXPORT, refused,
                                         &error), ==, GTK_PRINT_OPERATION_RESULT_ERROR);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, 4);

  /* A read-only database: the dossier is shown, but leaves nothing. */
  schakel_reports_view_set_database (view, reader);
  wait_for (scopes_loaded, view, "the list of scopes, read-only");
  schakel_reports_view_show_dossier (view, minor);
  wait_for (report_made, view, "the dossier, read-only");
  g_assert_false (schakel_reports_view_export_pdf (view, refused, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (schakel_reports_view_export_csv (view, folder, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (g_file_test (refused, G_FILE_TEST_EXISTS));
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_reports_setups_round_trip (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) setups = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_report_setup_free);
  g_autoptr(GPtrArray) loaded = NULL;
  SchakelReportSetup *a = g_new0 (SchakelReportSetup, 1);
  SchakelReportSetup *b = g_new0 (SchakelReportSetup, 1);

  a->template_ = SCHAKEL_REPORT_TEMPLATE_REGIO;
  a->scope = g_strdup ("provincie:PV26");
  a->period = SCHAKEL_REPORT_PERIOD_LAST_MONTH;
  a->fixed = SCHAKEL_DAY_NONE;
  a->publication = TRUE;
  b->template_ = SCHAKEL_REPORT_TEMPLATE_LANDELIJK;
  b->scope = g_strdup ("nl");
  b->period = SCHAKEL_REPORT_PERIOD_FIXED;
  b->fixed = schakel_day_from_ymd (2026, 3, 31);
  b->publication = FALSE;
  g_ptr_array_add (setups, a);
  g_ptr_array_add (setups, b);
  schakel_report_setups_save (settings, setups);

  /* One this version cannot read is skipped, not fatal. */
  {
    g_autoptr(GVariant) stored = g_settings_get_value (settings, "report-setups");
    GVariantBuilder builder;
    GVariantIter iter;
    GVariant *child;

    g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ssssb)"));
    g_variant_iter_init (&iter, stored);
    while ((child = g_variant_iter_next_value (&iter)) != NULL)
      {
        g_variant_builder_add_value (&builder, child);
        g_variant_unref (child);
      }
    g_variant_builder_add (&builder, "(ssssb)", "dossier", "nl", "fixed", "2026-01-01", TRUE);
    g_settings_set_value (settings, "report-setups", g_variant_builder_end (&builder));
  }

  loaded = schakel_report_setups_load (settings);
  g_assert_cmpuint (loaded->len, ==, 2);
  g_clear_pointer (&loaded, g_ptr_array_unref);

  /* A dossier setup would keep a child's id in the settings: never saved. */
  {
    SchakelReportSetup *dossier = g_new0 (SchakelReportSetup, 1);

    dossier->template_ = SCHAKEL_REPORT_TEMPLATE_DOSSIER;
    dossier->scope = g_strdup ("nl");
    dossier->period = SCHAKEL_REPORT_PERIOD_LAST_MONTH;
    dossier->fixed = SCHAKEL_DAY_NONE;
    g_ptr_array_add (setups, dossier);
    schakel_report_setups_save (settings, setups);
    g_ptr_array_remove_index (setups, 2);
  }
  loaded = schakel_report_setups_load (settings);
  g_assert_cmpuint (loaded->len, ==, 2);
  g_assert_true (schakel_report_setup_equal (g_ptr_array_index (loaded, 0), a));
  g_assert_true (schakel_report_setup_equal (g_ptr_array_index (loaded, 1), b));
  g_assert_false (schakel_report_setup_equal (g_ptr_array_index (loaded, 0), b));
  g_settings_reset (settings, "report-setups");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/reports/print-export", test_ui_reports_print_export);
  g_test_add_func ("/ui/reports/view-generates", test_ui_reports_view_generates);
  g_test_add_func ("/ui/reports/dossier", test_ui_reports_dossier);
  g_test_add_func ("/ui/reports/setups-round-trip", test_ui_reports_setups_round_trip);

  return g_test_run ();
}
