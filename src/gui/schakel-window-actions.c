/* schakel-window-actions.c — the main window's actions.
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
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-import-assistant.h"
#include "schakel-import-history-window.h"
#include "schakel-audit-window.h"
#include "schakel-window-private.h"

static void
open_response_cb (SchakelWindow        *self,
                  int                   response,
                  GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        schakel_window_open_file (self, path, SCHAKEL_OPEN_REMEMBER);
    }

  if (self->file_chooser == GTK_NATIVE_DIALOG (native))
    g_clear_object (&self->file_chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SchakelWindow *self = SCHAKEL_WINDOW (widget);
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  native = gtk_file_chooser_native_new (_("Open Database"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (databases, _("Schakel databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_pattern (databases, "*.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), databases);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  if (self->db != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (schakel_database_get_path (self->db));
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
    }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (open_response_cb), self, G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

static void
assistant_imported_cb (SchakelWindow          *self,
                       SchakelImportAssistant *assistant)
{
  /* The views read on connections of their own: let them read again. */
  schakel_minors_view_set_database (self->minors_view, self->db);
}

/**
 * _schakel_window_import_files:
 * @self: a window with a writable database
 * @paths: (array zero-terminated=1): the files to import
 *
 * Opens the import assistant, modal to the window, on @paths.
 *
 * Returns: (transfer none): the assistant
 */
SchakelImportAssistant *
_schakel_window_import_files (SchakelWindow      *self,
                              const char * const *paths)
{
  SchakelImportAssistant *assistant;

  g_return_val_if_fail (self->db != NULL && !schakel_database_is_read_only (self->db), NULL);

  assistant = schakel_import_assistant_new (GTK_WINDOW (self), self->db);
  g_signal_connect_object (assistant, "imported", G_CALLBACK (assistant_imported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (assistant));
  schakel_import_assistant_check_files (assistant, paths);
  return assistant;
}

static void
import_response_cb (SchakelWindow        *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT && self->db != NULL && !schakel_database_is_read_only (self->db))
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (native));
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *path = g_file_get_path (file);

          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_ptr_array_add (paths, NULL);
      if (paths->len > 1)
        _schakel_window_import_files (self, (const char * const *) paths->pdata);
    }

  if (self->file_chooser == GTK_NATIVE_DIALOG (native))
    g_clear_object (&self->file_chooser);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SchakelWindow *self = SCHAKEL_WINDOW (widget);
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  native = gtk_file_chooser_native_new (_("Import Files"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Check"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (native), TRUE);
  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), csv);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), all);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (import_response_cb), self, G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

/**
 * _schakel_window_show_import_history:
 * @self: a window with a database
 *
 * Returns: (transfer none): the history window, modal to @self
 */
SchakelImportHistoryWindow *
_schakel_window_show_import_history (SchakelWindow *self)
{
  SchakelImportHistoryWindow *history;

  g_return_val_if_fail (self->db != NULL, NULL);

  history = schakel_import_history_window_new (GTK_WINDOW (self), self->db);
  gtk_window_present (GTK_WINDOW (history));
  return history;
}

static void
import_history_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _schakel_window_show_import_history (SCHAKEL_WINDOW (widget));
}

static void
use_standard_location_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  SchakelWindow *self = SCHAKEL_WINDOW (widget);

  g_settings_reset (self->settings, "database-path");
  schakel_window_open_default (self);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SchakelWindow *self = SCHAKEL_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "content") == 0)
    schakel_window_set_visible_view (self, g_variant_get_string (parameter, NULL));
}

/* The Tijdlijn view asks for the Dossieroverzicht of its minor. */
static void
report_dossier_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  SchakelWindow *self = SCHAKEL_WINDOW (widget);

  if (self->db == NULL)
    return;
  schakel_window_set_visible_view (self, "rapporten");
  schakel_reports_view_show_dossier (self->reports_view, g_variant_get_string (parameter, NULL));
}

static void
audit_log_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SchakelWindow *self = SCHAKEL_WINDOW (widget);

  if (self->db == NULL)
    return;

  /* One log window per main window, read again when asked for again. */
  if (self->audit_window != NULL)
    schakel_audit_window_reload (SCHAKEL_AUDIT_WINDOW (self->audit_window));
  else
    g_set_weak_pointer (&self->audit_window, schakel_audit_window_new (GTK_WINDOW (self), self->db));
  gtk_window_present (GTK_WINDOW (self->audit_window));
}

void
_schakel_window_class_init_actions (GtkWidgetClass *widget_class)
{
  static const char * const views[] = { "dashboard", "jongeren", "tijdlijn", "verzuim", "achttien",
                                        "grafieken", "rapporten" };

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-history", NULL, import_history_action);
  gtk_widget_class_install_action (widget_class, "win.use-standard-location", NULL,
                                   use_standard_location_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.audit-log", NULL, audit_log_action);
  gtk_widget_class_install_action (widget_class, "win.report-dossier", "s", report_dossier_action);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK,
                                         "win.show-view", "s", views[i]);
}
