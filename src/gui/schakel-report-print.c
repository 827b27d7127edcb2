/* schakel-report-print.c — printing a report: the same pages as the PDF
 * and the preview, each scaled to fit the paper, landscape pages on
 * landscape paper. The print settings (printer, paper, orientation,
 * copies) are kept in GSettings for the next time.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-report-print.h"

#define SETTINGS_KEY "report-print-settings"

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                SchakelReport     *report)
{
  gtk_print_operation_set_n_pages (operation, (int) schakel_report_get_n_pages (report));
}

static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr,
                       GtkPageSetup      *setup,
                       SchakelReport     *report)
{
  const SchakelReportPage *page = schakel_report_get_page (report, (guint) page_nr);

  gtk_page_setup_set_orientation (setup, page->orientation == SCHAKEL_REPORT_LANDSCAPE
                                         ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              SchakelReport     *report)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  const SchakelReportPage *page = schakel_report_get_page (report, (guint) page_nr);
  double width, height, scale;
  double paper_width = gtk_print_context_get_width (context);
  double paper_height = gtk_print_context_get_height (context);

  /* The report's own margins stay: the page is drawn on the whole sheet,
   * scaled down when the paper is smaller than A4 (Letter). */
  schakel_report_page_size (page->orientation, &width, &height);
  scale = MIN (1.0, MIN (paper_width / width, paper_height / height));
  cairo_scale (cr, scale, scale);
  schakel_report_draw_page (report, cr, (guint) page_nr);
}

/**
 * schakel_report_print:
 * @report: a paginated report
 * @parent: (nullable): the window the dialog belongs to
 * @settings: (nullable): where the print settings are remembered
 * @action: show the dialog, or export without one
 * @export_filename: (nullable): with %GTK_PRINT_OPERATION_ACTION_EXPORT,
 *   the PDF file to write
 * @error: return location for an error
 *
 * Returns: how the operation ended
 */
GtkPrintOperationResult
schakel_report_print (SchakelReport            *report,
                      GtkWindow                *parent,
                      GSettings                *settings,
                      GtkPrintOperationAction   action,
                      const char               *export_filename,
                      GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  GtkPrintOperationResult result;

  if (settings != NULL)
    {
      g_autoptr(GVariant) stored = g_settings_get_value (settings, SETTINGS_KEY);

      if (g_variant_n_children (stored) > 0)
        {
          g_autoptr(GtkPrintSettings) print_settings = gtk_print_settings_new_from_gvariant (stored);

          gtk_print_operation_set_print_settings (operation, print_settings);
        }
    }
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, schakel_report_get_title (report));
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), report);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb), report);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), report);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && settings != NULL)
    {
      GtkPrintSettings *used = gtk_print_operation_get_print_settings (operation);

      if (used != NULL)
        g_settings_set_value (settings, SETTINGS_KEY, gtk_print_settings_to_gvariant (used));
    }
  return result;
}
