/* schakel-timeline-output.c — a minor's timeline on paper and in files,
 * always with an audit record.
 *
 * Copyright 2026 The Schakel authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No dossier leaves the app unlogged (DOMAIN.md §12). A print writes its
 * audit record when the user has confirmed the print dialog, before the
 * first page goes out, and is cancelled when the record cannot be
 * written. An export writes its record and the file together
 * (schakel_audit_write_files()): the log never claims an export that did
 * not happen and no file exists that the log does not know.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "schakel-timeline-output.h"

/* Audit */

/**
 * schakel_timeline_audit_check:
 * @db: the window's database
 * @error: return location for an error
 *
 * Whether audit records can be written to @db: not when it is open
 * read-only.
 *
 * Returns: %TRUE when they can
 */
gboolean
schakel_timeline_audit_check (SchakelDatabase  *db,
                              GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);

  if (schakel_database_is_read_only (db))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY,
                           _("The audit log cannot be written: the database is open read-only"));
      return FALSE;
    }

  return TRUE;
}

/**
 * schakel_timeline_audit:
 * @db: the window's database
 * @action: `timeline.open`, `timeline.print` or `timeline.export`
 * @record: the minor
 * @detail: (nullable): what more there is to say, never personal data
 * @error: return location for an error
 *
 * Writes who did @action on the minor of @record, and when.
 *
 * Returns: %TRUE when the record is written
 */
gboolean
schakel_timeline_audit (SchakelDatabase     *db,
                        const char          *action,
                        SchakelMinorRecord  *record,
                        const char          *detail,
                        GError             **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (!schakel_timeline_audit_check (db, error))
    return FALSE;

  return schakel_audit_record (db, action, "minor", schakel_minor_record_get_minor (record)->jongere_id,
                               detail, error);
}

/* Files */

static SchakelDossier *
new_dossier (SchakelMinorRecord *record,
             double              from,
             double              to)
{
  return schakel_dossier_new (record, from, to, schakel_day_today ());
}

/**
 * schakel_timeline_export:
 * @db: the window's database, for the audit record
 * @record: the minor
 * @from: the first day of the timeline on the dossier
 * @to: the end of its range
 * @path: a `.pdf`, `.svg` or `.png` file
 * @error: return location for an error
 *
 * Writes the dossier of @record to @path and records `timeline.export`,
 * both or neither (schakel_dossier_write_audited()): it is refused beforehand
 * when the log cannot be written, and the file is removed when the record
 * is not committed.
 *
 * Returns: %TRUE when both the file and the audit record are written
 */
gboolean
schakel_timeline_export (SchakelDatabase     *db,
                         SchakelMinorRecord  *record,
                         double               from,
                         double               to,
                         const char          *path,
                         GError             **error)
{
  g_autoptr(SchakelDossier) dossier = NULL;
  g_autofree char *extension = NULL;
  SchakelFileKind kind;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (record != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!schakel_timeline_audit_check (db, error) ||
      !schakel_file_kind_from_path (path, &kind, error))
    return FALSE;

  dossier = new_dossier (record, from, to);
  /* The kind of file, never its name: a path can hold a user name. */
  extension = g_ascii_strdown (strrchr (path, '.') + 1, -1);
  return schakel_dossier_write_audited (dossier, db, "timeline.export", extension, path, error);
}

/* Printing */

struct _SchakelTimelinePrint
{
  GtkPrintOperation   parent_instance;

  SchakelDatabase    *db;
  SchakelMinorRecord *record;
  SchakelDossier     *dossier;
  GtkPageSetup       *page_setup;   /* the one printed on, kept for the session */
  GError             *error;
};

G_DEFINE_FINAL_TYPE (SchakelTimelinePrint, schakel_timeline_print, GTK_TYPE_PRINT_OPERATION)

static void
schakel_timeline_print_begin_print (GtkPrintOperation *operation,
                                    GtkPrintContext   *context)
{
  SchakelTimelinePrint *self = SCHAKEL_TIMELINE_PRINT (operation);

  g_clear_error (&self->error);
  if (!schakel_timeline_audit (self->db, "timeline.print", self->record, NULL, &self->error))
    {
      gtk_print_operation_cancel (operation);
      return;
    }

  g_set_object (&self->page_setup, gtk_print_context_get_page_setup (context));
  schakel_dossier_set_page_size (self->dossier,
                                 gtk_print_context_get_width (context),
                                 gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, schakel_dossier_get_n_pages (self->dossier));
}

static void
schakel_timeline_print_draw_page (GtkPrintOperation *operation,
                                  GtkPrintContext   *context,
                                  int                page_nr)
{
  SchakelTimelinePrint *self = SCHAKEL_TIMELINE_PRINT (operation);

  schakel_dossier_draw_page (self->dossier, gtk_print_context_get_cairo_context (context), page_nr);
}

static void
schakel_timeline_print_finalize (GObject *object)
{
  SchakelTimelinePrint *self = SCHAKEL_TIMELINE_PRINT (object);

  g_clear_object (&self->db);
  g_clear_object (&self->dossier);
  g_clear_object (&self->page_setup);
  g_clear_pointer (&self->record, schakel_minor_record_unref);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (schakel_timeline_print_parent_class)->finalize (object);
}

static void
schakel_timeline_print_class_init (SchakelTimelinePrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = schakel_timeline_print_finalize;
  operation_class->begin_print = schakel_timeline_print_begin_print;
  operation_class->draw_page = schakel_timeline_print_draw_page;
}

static void
schakel_timeline_print_init (SchakelTimelinePrint *self)
{
}

/**
 * schakel_timeline_print_new:
 * @db: the window's database, for the audit record
 * @record: the minor
 * @from: the first day of the timeline on paper
 * @to: the end of its range
 *
 * A print operation for the dossier of @record: A4 landscape unless the
 * caller sets another page setup. It writes `timeline.print` once the user
 * confirms the dialog, and cancels itself when it cannot.
 *
 * Returns: (transfer full): the operation
 */
SchakelTimelinePrint *
schakel_timeline_print_new (SchakelDatabase    *db,
                            SchakelMinorRecord *record,
                            double              from,
                            double              to)
{
  SchakelTimelinePrint *self;
  g_autoptr(GtkPageSetup) page_setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (SCHAKEL_TYPE_TIMELINE_PRINT, NULL);
  self->db = g_object_ref (db);
  self->record = schakel_minor_record_ref (record);
  self->dossier = new_dossier (record, from, to);

  gtk_page_setup_set_paper_size (page_setup, a4);
  gtk_page_setup_set_orientation (page_setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), page_setup);
  /* The job name shows in print queues: no id in it. */
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), _("Schakel timeline"));
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), FALSE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);

  return self;
}

/**
 * schakel_timeline_print_get_page_setup:
 * @self: a print operation
 *
 * Returns: (transfer none) (nullable): the page setup printed on, once
 *   printing began
 */
GtkPageSetup *
schakel_timeline_print_get_page_setup (SchakelTimelinePrint *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE_PRINT (self), NULL);

  return self->page_setup;
}

/**
 * schakel_timeline_print_get_error:
 * @self: a print operation
 *
 * Returns: (transfer none) (nullable): why the operation cancelled itself:
 *   the audit record could not be written
 */
const GError *
schakel_timeline_print_get_error (SchakelTimelinePrint *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE_PRINT (self), NULL);

  return self->error;
}
