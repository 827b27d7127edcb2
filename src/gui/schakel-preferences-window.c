/* schakel-preferences-window.c
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

#include "schakel-preferences-window.h"

struct _SchakelPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwActionRow         *location_row;
  AdwActionRow         *open_now_row;
  AdwActionRow         *standard_row;
  GtkWidget            *reset_button;
  AdwComboRow          *style_row;

  GSettings            *settings;
  SchakelWindow        *window;        /* weak */
  GtkNativeDialog      *file_chooser;
  gboolean              updating_style;
};

G_DEFINE_FINAL_TYPE (SchakelPreferencesWindow, schakel_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_location (SchakelPreferencesWindow *self)
{
  g_autofree char *path = schakel_paths_get_default_database ();
  g_autofree char *standard = schakel_paths_get_standard_database ();

  SchakelDatabase *db = self->window != NULL ? schakel_window_get_database (self->window) : NULL;
  const char *open_now = db != NULL ? schakel_database_get_path (db) : NULL;

  adw_action_row_set_subtitle (self->location_row, path);
  adw_action_row_set_subtitle (self->standard_row, standard);
  gtk_widget_set_sensitive (self->reset_button, !g_str_equal (path, standard));

  /* A database opened from the command line is not the one of the start. */
  gtk_widget_set_visible (GTK_WIDGET (self->open_now_row), open_now != NULL && !g_str_equal (open_now, path));
  if (open_now != NULL)
    adw_action_row_set_subtitle (self->open_now_row, open_now);
}

static void
update_style (SchakelPreferencesWindow *self)
{
  guint selected = (guint) g_settings_get_enum (self->settings, "color-scheme");

  self->updating_style = TRUE;
  if (adw_combo_row_get_selected (self->style_row) != selected)
    adw_combo_row_set_selected (self->style_row, selected);
  self->updating_style = FALSE;
}

static void
change_response_cb (SchakelPreferencesWindow *self,
                    int                       response,
                    GtkFileChooserNative     *native)
{
  if (response == GTK_RESPONSE_ACCEPT && self->window != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      gboolean existed = path != NULL && g_file_test (path, G_FILE_TEST_EXISTS);

      /* An existing database is opened as it is, never replaced. */
      if (path != NULL &&
          schakel_window_open_file (self->window, path, SCHAKEL_OPEN_CREATE | SCHAKEL_OPEN_REMEMBER))
        {
          adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                            adw_toast_new (existed
                                                           ? _("Opened the existing database; it was not replaced")
                                                           : _("Made a new, empty database")));
          update_location (self);
        }
    }

  if (self->file_chooser == GTK_NATIVE_DIALOG (native))
    g_clear_object (&self->file_chooser);
}

static void
change_clicked_cb (SchakelPreferencesWindow *self,
                   GtkButton                *button)
{
  g_autofree char *path = schakel_paths_get_default_database ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *basename = g_file_get_basename (file);
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  GtkFileChooserNative *native;

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  native = gtk_file_chooser_native_new (_("Choose Database Location"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Select"), _("_Cancel"));
  gtk_file_filter_set_name (databases, _("Schakel databases"));
  gtk_file_filter_add_pattern (databases, "*.db");
  gtk_file_filter_add_pattern (databases, "*.sqlite");
  gtk_file_filter_add_pattern (databases, "*.sqlite3");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), databases);
  if (folder != NULL && g_file_query_exists (folder, NULL))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), basename);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (change_response_cb), self, G_CONNECT_SWAPPED);
  self->file_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->file_chooser);
}

static void
reset_clicked_cb (SchakelPreferencesWindow *self,
                  GtkButton                *button)
{
  g_settings_reset (self->settings, "database-path");
  if (self->window != NULL)
    schakel_window_open_default (self->window);
  update_location (self);
}

static void
style_row_notify_selected_cb (SchakelPreferencesWindow *self,
                              GParamSpec               *pspec,
                              AdwComboRow              *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating_style)
    return;

  if (selected != GTK_INVALID_LIST_POSITION && (int) selected != g_settings_get_enum (self->settings, "color-scheme"))
    g_settings_set_enum (self->settings, "color-scheme", (int) selected);
}

static void
settings_changed_cb (SchakelPreferencesWindow *self,
                     const char               *key,
                     GSettings                *settings)
{
  if (g_str_equal (key, "color-scheme"))
    update_style (self);
  else if (g_str_equal (key, "database-path"))
    update_location (self);
}

static void
schakel_preferences_window_dispose (GObject *object)
{
  SchakelPreferencesWindow *self = SCHAKEL_PREFERENCES_WINDOW (object);

  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);
  g_clear_weak_pointer (&self->window);
  g_clear_object (&self->settings);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (schakel_preferences_window_parent_class)->dispose (object);
}

static void
schakel_preferences_window_class_init (SchakelPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelPreferencesWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelPreferencesWindow, open_now_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelPreferencesWindow, standard_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelPreferencesWindow, reset_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelPreferencesWindow, style_row);
  gtk_widget_class_bind_template_callback (widget_class, change_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, style_row_notify_selected_cb);
}

static void
schakel_preferences_window_init (SchakelPreferencesWindow *self)
{
  self->settings = g_settings_new (APP_ID);

  /* Filling the style row from the template must not overwrite the setting. */
  self->updating_style = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating_style = FALSE;

  g_signal_connect_object (self->settings, "changed", G_CALLBACK (settings_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_location (self);
  update_style (self);
}

/**
 * schakel_preferences_window_new:
 * @window: the main window, whose database the location applies to
 *
 * Returns: (transfer floating): the preferences window
 */
GtkWidget *
schakel_preferences_window_new (SchakelWindow *window)
{
  SchakelPreferencesWindow *self;

  g_return_val_if_fail (SCHAKEL_IS_WINDOW (window), NULL);

  self = g_object_new (SCHAKEL_TYPE_PREFERENCES_WINDOW, "transient-for", window, NULL);
  g_set_weak_pointer (&self->window, window);
  update_location (self);

  return GTK_WIDGET (self);
}
