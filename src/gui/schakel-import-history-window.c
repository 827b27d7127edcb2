/* schakel-import-history-window.c — the files imported into a database.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per imported file, newest first: what, when, and what happened
 * to its rows. The fingerprint is shortened; the tooltip and the copy
 * button give all of it.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-import-history-window.h"

/* Enough for years of weekly imports; the rest stays in the database. */
#define MAX_RUNS 1000
#define SHORT_SHA256 12

struct _SchakelImportHistoryWindow
{
  AdwWindow            parent_instance;

  /* template children */
  AdwToastOverlay     *toast_overlay;
  GtkStack            *stack;
  AdwStatusPage       *empty_page;
  AdwPreferencesGroup *runs_group;

  GPtrArray           *rows;
};

G_DEFINE_FINAL_TYPE (SchakelImportHistoryWindow, schakel_import_history_window, ADW_TYPE_WINDOW)

static char *
format_at (const char *at)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (at, utc);
  g_autoptr(GDateTime) local = when != NULL ? g_date_time_to_local (when) : NULL;

  /* Translators: when a file was imported, in local time; see g_date_time_format() */
  return local != NULL ? g_date_time_format (local, _("%-d %b %Y, %H:%M")) : g_strdup (at);
}

static char *
describe_run (const SchakelImportRun *run)
{
  const SchakelImportFormat *format = run->type != SCHAKEL_IMPORT_TYPE_NONE ? schakel_import_format_get (run->type) : NULL;
  g_autofree char *when = format_at (run->at);
  g_autofree char *inserted = schakel_format_count ((gint64) run->rows_inserted);
  g_autofree char *updated = schakel_format_count ((gint64) run->rows_updated);
  g_autofree char *rejected = schakel_format_count ((gint64) run->rows_rejected);
  g_autofree char *warnings = schakel_format_count ((gint64) run->warnings);
  g_autofree char *counts = NULL;
  const char *how;

  /* Translators: what an import did with the rows of one file */
  counts = g_strdup_printf (_("%s new, %s updated, %s rejected; %s warnings"), inserted, updated, rejected, warnings);
  if (run->dry_run)
    how = _("checked only, nothing changed");
  else if (run->valid_only)
    how = _("valid rows only");
  else
    how = NULL;

  if (how != NULL)
    /* Translators: kind of file · when · counts (how it was imported) */
    return g_strdup_printf (_("%s · %s · %s (%s)"), format != NULL ? _(format->label) : "?", when, counts, how);
  /* Translators: kind of file · when · counts */
  return g_strdup_printf (_("%s · %s · %s"), format != NULL ? _(format->label) : "?", when, counts);
}

static void
copy_clicked_cb (GtkButton                  *button,
                 SchakelImportHistoryWindow *self)
{
  const char *sha256 = g_object_get_data (G_OBJECT (button), "schakel-sha256");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), sha256);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Fingerprint copied")));
}

static GtkWidget *
run_row (SchakelImportHistoryWindow *self,
         const SchakelImportRun     *run)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());
  g_autofree char *subtitle = describe_run (run);
  g_autofree char *short_sha = g_strndup (run->sha256, SHORT_SHA256);
  g_autofree char *tooltip = g_strdup_printf (_("SHA-256: %s"), run->sha256);
  GtkWidget *sha = gtk_label_new (short_sha);
  GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), run->file_name);
  adw_action_row_set_subtitle (row, subtitle);
  adw_action_row_set_subtitle_lines (row, 2);

  gtk_widget_add_css_class (sha, "monospace");
  gtk_widget_add_css_class (sha, "dim-label");
  gtk_widget_set_tooltip_text (sha, tooltip);
  adw_action_row_add_suffix (row, sha);

  gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (copy, "flat");
  gtk_widget_set_tooltip_text (copy, _("Copy the full fingerprint"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Copy the full fingerprint"), -1);
  g_object_set_data_full (G_OBJECT (copy), "schakel-sha256", g_strdup (run->sha256), g_free);
  g_signal_connect_object (copy, "clicked", G_CALLBACK (copy_clicked_cb), self, 0);
  adw_action_row_add_suffix (row, copy);

  return GTK_WIDGET (row);
}

static void
load (SchakelImportHistoryWindow *self,
      SchakelDatabase            *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = schakel_import_history_list (db, MAX_RUNS, &error);

  if (runs == NULL)
    {
      adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
      adw_status_page_set_title (self->empty_page, _("Cannot Read the Import History"));
      adw_status_page_set_description (self->empty_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  for (guint i = 0; i < runs->len; i++)
    {
      GtkWidget *row = run_row (self, g_ptr_array_index (runs, i));

      adw_preferences_group_add (self->runs_group, row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_stack_set_visible_child_name (self->stack, runs->len > 0 ? "list" : "empty");
}

static void
schakel_import_history_window_dispose (GObject *object)
{
  SchakelImportHistoryWindow *self = SCHAKEL_IMPORT_HISTORY_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_IMPORT_HISTORY_WINDOW);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (schakel_import_history_window_parent_class)->dispose (object);
}

static void
schakel_import_history_window_class_init (SchakelImportHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_import_history_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-import-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelImportHistoryWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportHistoryWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportHistoryWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportHistoryWindow, runs_group);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
schakel_import_history_window_init (SchakelImportHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/**
 * schakel_import_history_window_new:
 * @parent: the main window, to which it is modal
 * @db: the database whose history to show
 *
 * Returns: (transfer floating): a new window showing the history
 */
SchakelImportHistoryWindow *
schakel_import_history_window_new (GtkWindow       *parent,
                                   SchakelDatabase *db)
{
  SchakelImportHistoryWindow *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  self = g_object_new (SCHAKEL_TYPE_IMPORT_HISTORY_WINDOW, "transient-for", parent, NULL);
  load (self, db);
  return self;
}

/**
 * schakel_import_history_window_get_n_runs:
 * @self: a history window
 *
 * Returns: the number of imported files shown
 */
guint
schakel_import_history_window_get_n_runs (SchakelImportHistoryWindow *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_HISTORY_WINDOW (self), 0);

  return self->rows->len;
}

/**
 * schakel_import_history_window_get_row:
 * @self: a history window
 * @index: from 0, newest first
 *
 * Returns: (transfer none): the row (an AdwActionRow) of one imported file
 */
GtkWidget *
schakel_import_history_window_get_row (SchakelImportHistoryWindow *self,
                                       guint                       index)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_HISTORY_WINDOW (self), NULL);
  g_return_val_if_fail (index < self->rows->len, NULL);

  return g_ptr_array_index (self->rows, index);
}
