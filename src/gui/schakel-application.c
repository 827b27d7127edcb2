/* schakel-application.c
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

#include "schakel-application.h"
#include "schakel-bench.h"
#include "schakel-preferences-window.h"
#include "schakel-window.h"

struct _SchakelApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (SchakelApplication, schakel_application, ADW_TYPE_APPLICATION)

static SchakelWindow *
get_window (SchakelApplication *self,
            gboolean           *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  SchakelWindow *new_window;

  *created = FALSE;
  if (SCHAKEL_IS_WINDOW (window))
    return SCHAKEL_WINDOW (window);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (SCHAKEL_IS_WINDOW (l->data))
      return SCHAKEL_WINDOW (l->data);

  *created = TRUE;
  new_window = schakel_window_new (GTK_APPLICATION (self));
  schakel_bench_watch (new_window);
  return new_window;
}

static void
apply_color_scheme (SchakelApplication *self)
{
  AdwColorScheme scheme;

  switch (g_settings_get_enum (self->settings, "color-scheme"))
    {
    case 1:
      scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
      break;
    case 2:
      scheme = ADW_COLOR_SCHEME_FORCE_DARK;
      break;
    default:
      scheme = ADW_COLOR_SCHEME_DEFAULT;
      break;
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

/**
 * schakel_about_window_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer floating): the About window
 */
GtkWidget *
schakel_about_window_new (GtkWindow *parent)
{
  GtkWidget *about = adw_about_window_new ();

  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), "Schakel");
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("The Schakel authors"));
  adw_about_window_set_copyright (ADW_ABOUT_WINDOW (about), _("© 2026 The Schakel authors"));
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about),
                                 _("Schakel helps regional coordinators for newcomer education see how school-age "
                                   "minors in asylum reception, above all unaccompanied minors, are moved and "
                                   "schooled, and where that goes wrong."));
  /* Translators: your names, one per line, e.g. "Jan Jansen <jan@example.org>" */
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_set_modal (GTK_WINDOW (about), TRUE);

  return about;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  SchakelApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (schakel_about_window_new (parent)));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SchakelApplication *self = user_data;
  gboolean created;
  SchakelWindow *window = get_window (self, &created);

  if (created)
    {
      gtk_window_present (GTK_WINDOW (window));
      schakel_window_open_default (window);
    }
  gtk_window_present (GTK_WINDOW (schakel_preferences_window_new (window)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  SchakelApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing through close-request saves each window's size. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));

  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = about_action },
  { .name = "preferences", .activate = preferences_action },
  { .name = "quit", .activate = quit_action },
};

static void
schakel_application_activate (GApplication *application)
{
  SchakelApplication *self = SCHAKEL_APPLICATION (application);
  gboolean created;
  SchakelWindow *window = get_window (self, &created);

  /* Present first so the window shows while the database opens. */
  gtk_window_present (GTK_WINDOW (window));
  if (created)
    schakel_window_open_default (window);
}

static void
schakel_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  SchakelApplication *self = SCHAKEL_APPLICATION (application);
  gboolean created;
  SchakelWindow *window = get_window (self, &created);
  g_autofree char *path = n_files > 0 ? g_file_get_path (files[0]) : NULL;

  gtk_window_present (GTK_WINDOW (window));

  if (n_files > 1)
    g_warning ("Schakel opens one database at a time; opening only the first");

  if (path == NULL)
    {
      if (created)
        schakel_window_open_default (window);
      return;
    }

  /* A database named on the command line is for this session; the
   * preferences keep deciding what opens at start. Errors show in the
   * window. */
  schakel_window_open_file (window, path, SCHAKEL_OPEN_NONE);
}

static void
schakel_application_startup (GApplication *application)
{
  SchakelApplication *self = SCHAKEL_APPLICATION (application);
  static const char * const quit_accels[] = { "<Control>q", NULL };
  static const char * const preferences_accels[] = { "<Control>comma", NULL };
  static const char * const open_accels[] = { "<Control>o", NULL };
  static const char * const import_accels[] = { "<Control>i", NULL };

  G_APPLICATION_CLASS (schakel_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.import", import_accels);

  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme", G_CALLBACK (apply_color_scheme), self,
                           G_CONNECT_SWAPPED);
  apply_color_scheme (self);
}

static void
schakel_application_dispose (GObject *object)
{
  SchakelApplication *self = SCHAKEL_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (schakel_application_parent_class)->dispose (object);
}

static void
schakel_application_class_init (SchakelApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = schakel_application_dispose;
  app_class->activate = schakel_application_activate;
  app_class->open = schakel_application_open;
  app_class->startup = schakel_application_startup;
}

static void
schakel_application_init (SchakelApplication *self)
{
}

/**
 * schakel_application_new:
 *
 * Returns: (transfer full): the application
 */
SchakelApplication *
schakel_application_new (void)
{
  return g_object_new (SCHAKEL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", APP_PATH,
                       NULL);
}
