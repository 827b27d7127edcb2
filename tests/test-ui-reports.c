/* test-ui-reports.c — the Rapporten view under Xvfb: the print operation
 * exports the same pages as a PDF, the view makes a report in its worker
 * thread, saved setups survive a round trip through GSettings.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

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
  g_autoptr(SchakelReport) report = two_orientations ();
  g_autofree char *pdf = schakel_test_tmp_path ("printed.pdf");
  const char *info_argv[] = { "pdfinfo", "-f", "1", "-l", "9", pdf, NULL };
  const char *text_argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *info = NULL, *text = NULL;
  g_autoptr(GError) error = NULL;
  guint n_pages = schakel_report_get_n_pages (report);

  g_assert_cmpuint (n_pages, ==, 3);
  g_assert_cmpint (schakel_report_print (report, NULL, NULL, GTK_PRINT_OPERATION_ACTION_EXPORT, pdf, &error),
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
  return schakel_reports_view_get_report (data) != NULL && !schakel_reports_view_get_busy (data);
}

static void
test_ui_reports_view_generates (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_demo ("ui-reports.db", 400, 2, 3, schakel_day_from_ymd (2026, 5, 1));
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = g_object_new (SCHAKEL_TYPE_REPORTS_VIEW, NULL);
  SchakelReport *report;

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
  report = schakel_reports_view_get_report (SCHAKEL_REPORTS_VIEW (view));
  g_assert_cmpuint (schakel_report_get_n_pages (report), >=, 4);
  g_assert_cmpstr (schakel_report_get_title (report), ==, "Regional briefing");

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
  g_test_add_func ("/ui/reports/setups-round-trip", test_ui_reports_setups_round_trip);

  return g_test_run ();
}
