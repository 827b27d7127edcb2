/* schakel-window.c — the main window.
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
 * The window holds the one writing connection of the app. When another
 * process holds the writer lock it falls back to a reading connection and
 * says so. On the very first start it makes the demo database in a worker
 * thread, so a new user sees a working app at once.
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "schakel-window.h"
#include "schakel-window-private.h"

G_DEFINE_FINAL_TYPE (SchakelWindow, schakel_window, ADW_TYPE_APPLICATION_WINDOW)

static const char * const view_names[] = {
  "dashboard", "jongeren", "tijdlijn", "verzuim", "achttien", "grafieken", "rapporten", NULL
};

static void
update_switcher_bar (SchakelWindow *self)
{
  gboolean content = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "content") == 0;

  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, content);
  adw_view_switcher_bar_set_reveal (self->switcher_bar,
                                    content && adw_view_switcher_title_get_title_visible (self->switcher_title));
}

static void
show_main_page (SchakelWindow *self,
                const char    *name)
{
  gtk_stack_set_visible_child_name (self->main_stack, name);
  update_switcher_bar (self);
}

static void
set_database (SchakelWindow   *self,
              SchakelDatabase *db,
              const char      *read_only_reason)
{
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;

  g_set_object (&self->db, db);
  schakel_timeline_view_set_database (self->timeline_view, db);
  /* The log window shows the log of the database it was opened on. */
  if (self->audit_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->audit_window));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.audit-log", db != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import",
                                 db != NULL && !schakel_database_is_read_only (db));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-history", db != NULL);

  if (db == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->demo_pill), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->read_only_pill), FALSE);
      gtk_info_bar_set_revealed (self->read_only_bar, FALSE);
      adw_view_switcher_title_set_subtitle (self->switcher_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), "Schakel");
      schakel_minors_view_set_database (self->minors_view, NULL);
      schakel_reports_view_set_database (self->reports_view, NULL);
      schakel_dashboard_view_set_database (self->dashboard_view, NULL);
      schakel_charts_view_set_database (self->charts_view, NULL);
      schakel_cases_view_set_database (self->cases_view, NULL);
      schakel_turning18_view_set_database (self->turning18_view, NULL);
      return;
    }

  basename = g_path_get_basename (schakel_database_get_path (db));
  /* Translators: the window title, e.g. "schakel.db — Schakel" */
  title = g_strdup_printf (_("%s — Schakel"), basename);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, basename);

  gtk_widget_set_visible (GTK_WIDGET (self->demo_pill), schakel_database_is_synthetic (db));

  gtk_widget_set_visible (GTK_WIDGET (self->read_only_pill), schakel_database_is_read_only (db));
  if (schakel_database_is_read_only (db))
    {
      g_autofree char *opened = NULL;
      g_autofree char *text = NULL;

      if (read_only_reason == NULL)
        read_only_reason = _("Another program has it open for changes.");
      /* Translators: %s explains why, e.g. who holds the database open */
      opened = g_strdup_printf (_("Opened read-only: %s"), read_only_reason);
      text = g_strconcat (opened, " ", _("Files cannot be imported into it."), NULL);
      gtk_label_set_label (self->read_only_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->read_only_pill), read_only_reason);
    }
  gtk_info_bar_set_revealed (self->read_only_bar, schakel_database_is_read_only (db));

  schakel_minors_view_set_database (self->minors_view, db);
  schakel_reports_view_set_database (self->reports_view, db);
  schakel_dashboard_view_set_database (self->dashboard_view, db);
  schakel_charts_view_set_database (self->charts_view, db);
  schakel_cases_view_set_database (self->cases_view, db);
  schakel_turning18_view_set_database (self->turning18_view, db);

  show_main_page (self, "content");

  if (!self->restored_view)
    {
      g_autofree char *last_view = g_settings_get_string (self->settings, "last-view");

      self->restored_view = TRUE;
      if (g_strv_contains (view_names, last_view))
        adw_view_stack_set_visible_child_name (self->view_stack, last_view);
    }
}

static void
show_no_database (SchakelWindow *self,
                  const char    *message)
{
  g_autofree char *chosen = g_settings_get_string (self->settings, "database-path");

  set_database (self, NULL, NULL);
  adw_status_page_set_description (self->no_database_page, message);
  gtk_widget_set_visible (self->use_standard_button, chosen[0] != '\0');
  show_main_page (self, "no-database");
}

void
_schakel_window_show_error (SchakelWindow *self,
                            const char    *heading,
                            const char    *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* First start: the demo database */

typedef struct
{
  char *path;
  char *tmp_path;
  int   permille;   /* progress, written by the worker */
} CreateData;

static void
create_data_free (gpointer data)
{
  CreateData *create = data;

  g_free (create->path);
  g_free (create->tmp_path);
  g_free (create);
}

static void
remove_database_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      if (g_unlink (file) != 0 && errno != ENOENT)
        g_debug ("Could not remove %s: %s", file, g_strerror (errno));
    }
}

static void
demo_progress_cb (double   fraction,
                  gpointer user_data)
{
  CreateData *create = user_data;

  g_atomic_int_set (&create->permille, (int) (CLAMP (fraction, 0.0, 1.0) * 1000));
}

/* The demo is made under a temporary name and renamed when complete, so
 * that an interrupted first start never leaves a half-filled database
 * where the app looks at the next start. */
static void
create_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  CreateData *create = task_data;
  g_autoptr(SchakelDatabase) db = NULL;
  SchakelDemoOptions options;
  GError *error = NULL;

  remove_database_files (create->tmp_path);

  db = schakel_database_open (create->tmp_path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  if (db == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  schakel_demo_options_init (&options);
  if (!schakel_demo_generate (db, &options, demo_progress_cb, create, cancellable, &error))
    {
      g_clear_object (&db);
      remove_database_files (create->tmp_path);
      g_task_return_error (task, error);
      return;
    }

  /* Closing checkpoints the WAL into the file and drops the lock. */
  g_clear_object (&db);

  if (g_cancellable_set_error_if_cancelled (cancellable, &error))
    {
      remove_database_files (create->tmp_path);
      g_task_return_error (task, error);
      return;
    }

  if (g_file_test (create->path, G_FILE_TEST_EXISTS))
    remove_database_files (create->tmp_path);
  else if (g_rename (create->tmp_path, create->path) != 0)
    {
      int saved_errno = errno;

      remove_database_files (create->tmp_path);
      g_task_return_new_error (task, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                               _("Cannot create “%s”: %s"), create->path, g_strerror (saved_errno));
      return;
    }
  else
    {
      g_autofree char *lock = g_strconcat (create->tmp_path, ".lock", NULL);

      g_unlink (lock);
    }

  g_task_return_boolean (task, TRUE);
}

static gboolean
create_progress_cb (gpointer user_data)
{
  SchakelWindow *self = user_data;
  GTask *task = g_object_get_data (G_OBJECT (self), "schakel-create-task");
  CreateData *create;
  int permille;
  g_autofree char *text = NULL;

  if (task == NULL)
    return G_SOURCE_CONTINUE;

  create = g_task_get_task_data (task);
  permille = g_atomic_int_get (&create->permille);
  gtk_progress_bar_set_fraction (self->creating_progress, permille / 1000.0);
  /* Translators: progress of making the demo data, e.g. "42 %" */
  text = g_strdup_printf (_("%d %%"), permille / 10);
  gtk_progress_bar_set_text (self->creating_progress, text);

  return G_SOURCE_CONTINUE;
}

static void
forget_creating (SchakelWindow *self)
{
  g_clear_object (&self->create_cancellable);
  g_clear_handle_id (&self->create_progress_source, g_source_remove);
  g_object_set_data (G_OBJECT (self), "schakel-create-task", NULL);
}

static void
stop_creating (SchakelWindow *self)
{
  if (self->create_cancellable != NULL)
    g_cancellable_cancel (self->create_cancellable);
  forget_creating (self);
}

static void
create_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  /* The task's reference, released here on the main thread. */
  g_autoptr(SchakelWindow) self = user_data;
  CreateData *create = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  forget_creating (self);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_autofree char *message = g_strdup_printf (_("The demo database could not be made: %s"),
                                                  error->message);

      show_no_database (self, message);
      return;
    }

  if (schakel_window_open_file (self, create->path, SCHAKEL_OPEN_NONE))
    schakel_window_add_toast (self, _("Made a database with synthetic demo data to try Schakel"));
}

static void
start_creating (SchakelWindow *self,
                const char    *path)
{
  g_autoptr(GTask) task = NULL;
  CreateData *create;

  stop_creating (self);
  set_database (self, NULL, NULL);

  create = g_new0 (CreateData, 1);
  create->path = g_strdup (path);
  /* Unique, so a cancelled worker still rolling back never shares files
   * (or the writer lock) with the next one. */
  create->tmp_path = g_strdup_printf ("%s.new-%08x", path, g_random_int ());

  self->create_cancellable = g_cancellable_new ();
  /* No source object: the worker thread drops its reference to the task
   * last, and the window must never be finalized off the main thread. */
  task = g_task_new (NULL, self->create_cancellable, create_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, start_creating);
  g_task_set_task_data (task, create, create_data_free);
  g_object_set_data_full (G_OBJECT (self), "schakel-create-task", g_object_ref (task), g_object_unref);

  gtk_progress_bar_set_fraction (self->creating_progress, 0.0);
  gtk_progress_bar_set_text (self->creating_progress, NULL);
  self->create_progress_source = g_timeout_add (100, create_progress_cb, self);
  show_main_page (self, "creating");

  g_task_run_in_thread (task, create_worker);
}

/* Callbacks */

static void
view_stack_notify_visible_child_name_cb (SchakelWindow *self,
                                         GParamSpec    *pspec,
                                         AdwViewStack  *view_stack)
{
  const char *name = adw_view_stack_get_visible_child_name (view_stack);

  if (self->restored_view && name != NULL && self->settings != NULL)
    g_settings_set_string (self->settings, "last-view", name);
}

static void
minors_view_minor_activated_cb (SchakelWindow       *self,
                                SchakelMinorSummary *minor,
                                SchakelMinorsView   *view)
{
  schakel_timeline_view_show_minor (self->timeline_view, schakel_minor_summary_get_jongere_id (minor));
  adw_view_stack_set_visible_child_name (self->view_stack, "tijdlijn");
  /* The keys of the timeline (zoom, pan, Alt+→) work at once. */
  schakel_timeline_view_focus (self->timeline_view);
}

/* A dashboard figure was clicked: list the minors behind it. */
static void
dashboard_view_show_minors_cb (SchakelWindow        *self,
                               const char           *description,
                               GArray               *ids,
                               SchakelDashboardView *view)
{
  schakel_minors_view_show_only (self->minors_view, description, ids);
  adw_view_stack_set_visible_child_name (self->view_stack, "jongeren");
}

static void
charts_view_show_minors_cb (SchakelWindow     *self,
                            const char        *description,
                            GArray            *ids,
                            SchakelChartsView *view)
{
  schakel_minors_view_show_only (self->minors_view, description, ids);
  adw_view_stack_set_visible_child_name (self->view_stack, "jongeren");
}

static void
switcher_title_notify_title_visible_cb (SchakelWindow *self)
{
  update_switcher_bar (self);
}

static gboolean
schakel_window_close_request (GtkWindow *window)
{
  SchakelWindow *self = SCHAKEL_WINDOW (window);
  int width, height;

  stop_creating (self);

  gtk_window_get_default_size (window, &width, &height);
  g_settings_delay (self->settings);
  if (width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  g_settings_apply (self->settings);

  return GTK_WINDOW_CLASS (schakel_window_parent_class)->close_request (window);
}

/* gtk_window_destroy() does not dispose a window that a worker still
 * holds, so stop the worker when the window goes away from the screen. */
static void
schakel_window_unrealize (GtkWidget *widget)
{
  SchakelWindow *self = SCHAKEL_WINDOW (widget);

  stop_creating (self);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  GTK_WIDGET_CLASS (schakel_window_parent_class)->unrealize (widget);
}

static void
schakel_window_dispose (GObject *object)
{
  SchakelWindow *self = SCHAKEL_WINDOW (object);

  stop_creating (self);
  if (self->file_chooser != NULL)
    gtk_native_dialog_destroy (self->file_chooser);
  g_clear_object (&self->file_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_WINDOW);

  if (self->audit_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->audit_window));
  g_clear_weak_pointer (&self->audit_window);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (schakel_window_parent_class)->dispose (object);
}

static void
schakel_window_class_init (SchakelWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = schakel_window_dispose;
  window_class->close_request = schakel_window_close_request;
  widget_class->unrealize = schakel_window_unrealize;

  g_type_ensure (SCHAKEL_TYPE_MINORS_VIEW);
  g_type_ensure (SCHAKEL_TYPE_REPORTS_VIEW);
  g_type_ensure (SCHAKEL_TYPE_TIMELINE_VIEW);
  g_type_ensure (SCHAKEL_TYPE_DASHBOARD_VIEW);
  g_type_ensure (SCHAKEL_TYPE_CHARTS_VIEW);
  g_type_ensure (SCHAKEL_TYPE_CASES_VIEW);
  g_type_ensure (SCHAKEL_TYPE_TURNING18_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, demo_pill);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, read_only_pill);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, read_only_bar);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, read_only_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, no_database_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, use_standard_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, creating_progress);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, minors_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, reports_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, dashboard_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, charts_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, cases_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelWindow, turning18_view);
  gtk_widget_class_bind_template_callback (widget_class, view_stack_notify_visible_child_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, minors_view_minor_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, dashboard_view_show_minors_cb);
  gtk_widget_class_bind_template_callback (widget_class, charts_view_show_minors_cb);

  _schakel_window_class_init_actions (widget_class);
}

static void
schakel_window_init (SchakelWindow *self)
{
  int width, height;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);

  width = g_settings_get_int (self->settings, "window-width");
  height = g_settings_get_int (self->settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), MAX (width, 360), MAX (height, 400));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (switcher_title_notify_title_visible_cb), self, G_CONNECT_SWAPPED);

  update_switcher_bar (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-history", FALSE);
}

/* Public API */

/**
 * schakel_window_new:
 * @application: (nullable): the application
 *
 * Returns: (transfer floating): a new window with no database open
 */
SchakelWindow *
schakel_window_new (GtkApplication *application)
{
  return g_object_new (SCHAKEL_TYPE_WINDOW, "application", application, NULL);
}

/**
 * schakel_window_open_default:
 * @self: a window
 *
 * Opens the database of the preferences, or the standard one. When the
 * standard database does not exist yet — the very first start — it is
 * made with synthetic demo data first.
 */
void
schakel_window_open_default (SchakelWindow *self)
{
  g_autofree char *path = NULL;
  g_autofree char *chosen = NULL;

  g_return_if_fail (SCHAKEL_IS_WINDOW (self));

  path = schakel_paths_get_default_database ();
  chosen = g_settings_get_string (self->settings, "database-path");

  if (g_file_test (path, G_FILE_TEST_EXISTS))
    schakel_window_open_file (self, path, SCHAKEL_OPEN_NONE);
  else if (chosen[0] != '\0')
    {
      /* A location the user chose is gone (perhaps an unplugged drive):
       * say so rather than quietly put a demo there. */
      g_autofree char *message = g_strdup_printf (_("The database “%s” cannot be found. Open another one, or go back to the standard location."),
                                                  path);

      show_no_database (self, message);
    }
  else
    start_creating (self, path);
}

/**
 * schakel_window_open_file:
 * @self: a window
 * @path: a database file
 * @flags: how to open it
 *
 * Opens @path as the window's database: for changes when possible, and
 * read-only — saying so — when another process has it open for changes.
 * Errors are shown in a dialog.
 *
 * Returns: %TRUE when the database was opened
 */
gboolean
schakel_window_open_file (SchakelWindow    *self,
                          const char       *path,
                          SchakelOpenFlags  flags)
{
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *read_only_reason = NULL;
  SchakelDatabaseFlags db_flags = SCHAKEL_DATABASE_READ_WRITE;

  g_return_val_if_fail (SCHAKEL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (flags & SCHAKEL_OPEN_CREATE)
    db_flags |= SCHAKEL_DATABASE_CREATE;

  /* Opening the file that is open already would meet our own writer lock
   * and fall back to read-only; there is nothing to do. */
  if (self->db != NULL)
    {
      g_autofree char *resolved = schakel_paths_resolve (path);

      if (g_str_equal (resolved, schakel_database_get_path (self->db)))
        {
          schakel_window_add_toast (self, _("This database is already open"));
          return TRUE;
        }
    }

  /* A database being made for the first start is no longer wanted. */
  stop_creating (self);

  db = schakel_database_open (path, db_flags, &error);
  /* Held by another program, or not writable here (a read-only share, a
   * backup on a stick): reading still works, and the window says why. */
  if (db == NULL &&
      (g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_LOCKED) ||
       g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO)))
    {
      g_autoptr(GError) read_error = NULL;

      db = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &read_error);
      /* When reading fails too, the first error says more. */
      if (db != NULL)
        read_only_reason = g_strdup (error->message);
    }

  if (db == NULL)
    {
      _schakel_window_show_error (self, _("Cannot Open Database"), error->message);
      if (self->db == NULL)
        show_no_database (self, error->message);
      return FALSE;
    }

  g_clear_error (&error);
  set_database (self, db, read_only_reason);

  if (flags & SCHAKEL_OPEN_REMEMBER)
    {
      g_autofree char *standard = schakel_paths_get_standard_database ();

      g_settings_set_string (self->settings, "database-path",
                             g_str_equal (standard, path) ? "" : path);
    }

  return TRUE;
}

/**
 * schakel_window_get_database:
 * @self: a window
 *
 * Returns: (transfer none) (nullable): the open database
 */
SchakelDatabase *
schakel_window_get_database (SchakelWindow *self)
{
  g_return_val_if_fail (SCHAKEL_IS_WINDOW (self), NULL);

  return self->db;
}

/**
 * schakel_window_get_minors_view:
 * @self: a window
 *
 * Returns: (transfer none): the Jongeren view
 */
SchakelMinorsView *
schakel_window_get_minors_view (SchakelWindow *self)
{
  g_return_val_if_fail (SCHAKEL_IS_WINDOW (self), NULL);

  return self->minors_view;
}

/**
 * schakel_window_get_visible_view:
 * @self: a window
 *
 * Returns: (nullable): the name of the view shown: `dashboard`,
 *   `jongeren`, `tijdlijn`, `grafieken` or `rapporten`
 */
const char *
schakel_window_get_visible_view (SchakelWindow *self)
{
  g_return_val_if_fail (SCHAKEL_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * schakel_window_set_visible_view:
 * @self: a window
 * @name: a view name, see schakel_window_get_visible_view()
 *
 * Shows the view @name.
 */
void
schakel_window_set_visible_view (SchakelWindow *self,
                                 const char    *name)
{
  g_return_if_fail (SCHAKEL_IS_WINDOW (self));
  g_return_if_fail (name != NULL && g_strv_contains (view_names, name));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/**
 * schakel_window_add_toast:
 * @self: a window
 * @title: the message
 *
 * Shows a short message at the bottom of the window.
 */
void
schakel_window_add_toast (SchakelWindow *self,
                          const char    *title)
{
  g_return_if_fail (SCHAKEL_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

SchakelTimelineView *
_schakel_window_get_timeline_view (SchakelWindow *self)
{
  return self->timeline_view;
}

const char *
_schakel_window_get_main_page (SchakelWindow *self)
{
  return gtk_stack_get_visible_child_name (self->main_stack);
}

const char *
_schakel_window_get_selected_minor (SchakelWindow *self)
{
  return schakel_timeline_view_get_jongere_id (self->timeline_view);
}

gboolean
_schakel_window_get_demo_marked (SchakelWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->demo_pill));
}

/**
 * schakel_window_get_dashboard_view:
 * @self: a window
 *
 * Returns: (transfer none): the dashboard
 */
SchakelDashboardView *
schakel_window_get_dashboard_view (SchakelWindow *self)
{
  g_return_val_if_fail (SCHAKEL_IS_WINDOW (self), NULL);

  return self->dashboard_view;
}
