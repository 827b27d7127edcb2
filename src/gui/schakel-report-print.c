/* schakel-report-print.c — printing a report or a dossier: the same pages
 * as the PDF and the preview, each scaled to fit the paper, landscape
 * pages on landscape paper. The print settings (printer, paper,
 * orientation, copies) are kept in GSettings for the next time.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A document about one minor (a dossier) is printed only with its audit
 * entry: it is written once the user has confirmed the print dialog,
 * before the first page goes out, and the operation cancels itself when
 * the entry cannot be written.
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "schakel-report-print.h"

#define SETTINGS_KEY "report-print-settings"

typedef struct
{
  SchakelPaged    *document;
  SchakelDatabase *audit_db;
  GError          *audit_error;
} PrintJob;

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintJob          *job)
{
  const char *minor = schakel_paged_get_minor (job->document);

  if (minor != NULL
      && !schakel_audit_record (job->audit_db, "report.dossier", "minor", minor, "dossier print", &job->audit_error))
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) schakel_paged_get_n_pages (job->document));
}

static void
request_page_setup_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page_nr,
                       GtkPageSetup      *setup,
                       PrintJob          *job)
{
  double width, height;

  schakel_paged_get_page_size (job->document, (guint) page_nr, &width, &height);
  gtk_page_setup_set_orientation (setup, width > height ? GTK_PAGE_ORIENTATION_LANDSCAPE
                                                        : GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width, height, scale;
  double paper_width = gtk_print_context_get_width (context);
  double paper_height = gtk_print_context_get_height (context);

  /* The document's own margins stay: the page is drawn on the whole sheet,
   * scaled down when the paper is smaller than A4 (Letter). */
  schakel_paged_get_page_size (job->document, (guint) page_nr, &width, &height);
  scale = MIN (1.0, MIN (paper_width / width, paper_height / height));
  cairo_scale (cr, scale, scale);
  schakel_paged_draw_page (job->document, cr, (guint) page_nr);
}

/**
 * schakel_report_print:
 * @document: a report or a dossier
 * @parent: (nullable): the window the dialog belongs to
 * @settings: (nullable): where the print settings are remembered
 * @audit_db: (nullable): the writable database that logs printing a
 *   document about a minor; required for one
 * @action: show the dialog, or export without one
 * @export_filename: (nullable): with %GTK_PRINT_OPERATION_ACTION_EXPORT,
 *   the PDF file to write
 * @error: return location for an error
 *
 * Returns: how the operation ended; %GTK_PRINT_OPERATION_RESULT_ERROR with
 *   @error set when the audit entry could not be written
 */
GtkPrintOperationResult
schakel_report_print (SchakelPaged             *document,
                      GtkWindow                *parent,
                      GSettings                *settings,
                      SchakelDatabase          *audit_db,
                      GtkPrintOperationAction   action,
                      const char               *export_filename,
                      GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob job = { document, audit_db, NULL };
  GtkPrintOperationResult result;

  /* Refused before the dialog rather than after it, when it is clear
   * already that the entry cannot be written. */
  if (schakel_paged_get_minor (document) != NULL
      && (audit_db == NULL || schakel_database_is_read_only (audit_db)))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY,
                           _("The audit log cannot be written, and no dossier may leave Schakel unlogged"));
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }
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
  /* Print queues show the job name: the title holds no id. */
  gtk_print_operation_set_job_name (operation, schakel_paged_get_title (document));
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);

  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), &job);
  g_signal_connect (operation, "request-page-setup", G_CALLBACK (request_page_setup_cb), &job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), &job);

  result = gtk_print_operation_run (operation, action, parent, error);
  if (job.audit_error != NULL)
    {
      /* An export has its file open before ::begin-print: no page went
       * into it, and no file stays without its entry. */
      if (export_filename != NULL && g_unlink (export_filename) != 0 && errno != ENOENT)
        g_debug ("Could not remove an unlogged print file: %s", g_strerror (errno));
      g_propagate_error (error, job.audit_error);
      return GTK_PRINT_OPERATION_RESULT_ERROR;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_APPLY && settings != NULL)
    {
      GtkPrintSettings *used = gtk_print_operation_get_print_settings (operation);

      if (used != NULL)
        g_settings_set_value (settings, SETTINGS_KEY, gtk_print_settings_to_gvariant (used));
    }
  return result;
}
