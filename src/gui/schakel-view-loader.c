/* schakel-view-loader.c — loading a view's list in a worker thread.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Verzuim and 18+ views read through a reading connection of their own
 * in a worker thread, so the window never waits on SQLite (DESIGN.md).
 */

#include "config.h"

#include "schakel-view-common.h"
#include "schakel-view-loader.h"

typedef struct
{
  char                *path;
  SchakelScope        *scope;
  SchakelViewLoadFunc  func;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_free (data->path);
  g_clear_pointer (&data->scope, schakel_scope_free);
  g_free (data);
}

/**
 * schakel_view_load_free:
 * @load: (transfer full) (nullable): a load
 */
void
schakel_view_load_free (SchakelViewLoad *load)
{
  if (load == NULL)
    return;
  g_clear_pointer (&load->items, g_ptr_array_unref);
  g_clear_pointer (&load->regions, g_ptr_array_unref);
  g_free (load->scheme);
  g_free (load);
}

static void
load_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  g_autoptr(SchakelViewLoad) load = g_new0 (SchakelViewLoad, 1);
  g_autoptr(SchakelDatabase) reader = NULL;
  SchakelDay last, today = schakel_day_today ();
  GError *error = NULL;

  if (!(reader = schakel_database_open (data->path, SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !schakel_db_get_last_day (reader, &last, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  /* A file exported last month describes last month. */
  load->day = last != SCHAKEL_DAY_NONE && last < today ? last : today;
  load->scheme = schakel_regions_dup_default_scheme (reader);
  if (!(load->regions = schakel_regions_list (reader, load->scheme, &error)) ||
      !(load->items = data->func (reader, data->scope, load->day, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&load), (GDestroyNotify) schakel_view_load_free);
}

/**
 * schakel_view_load_async:
 * @db: the database
 * @scope: (nullable): the scope, %NULL for the whole country
 * @func: what to load
 * @cancellable: (nullable): a cancellable
 * @callback: called when done
 * @user_data: data for @callback
 */
void
schakel_view_load_async (SchakelDatabase     *db,
                         const SchakelScope  *scope,
                         SchakelViewLoadFunc  func,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data = g_new0 (LoadData, 1);

  g_return_if_fail (SCHAKEL_IS_DATABASE (db));

  /* Only the path: holding @db would keep the writer alive in the worker. */
  data->path = g_strdup (schakel_database_get_path (db));
  data->scope = scope != NULL ? schakel_scope_copy (scope) : NULL;
  data->func = func;
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, schakel_view_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_worker);
}

/**
 * schakel_view_load_finish:
 * @result: the result
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the load
 */
SchakelViewLoad *
schakel_view_load_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * schakel_view_source_dup_scope:
 * @source: a source
 *
 * Returns: (transfer full) (nullable): the region chosen, %NULL for the
 *   whole country or before the first load
 */
SchakelScope *
schakel_view_source_dup_scope (SchakelViewSource *source)
{
  if (source->load == NULL)
    return NULL;
  return schakel_view_dup_scope (source->region_dropdown, source->load->scheme, source->load->regions);
}

static void
source_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GtkWidget) view = user_data;
  SchakelViewSource *source = g_object_get_data (G_OBJECT (view), "schakel-view-source");
  g_autoptr(SchakelViewLoad) load = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelScope) scope = NULL;

  load = schakel_view_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || source == NULL)
    return;
  g_clear_object (&source->cancellable);
  if (load == NULL)
    {
      adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (source->stack, "empty")),
                                       error->message);
      gtk_stack_set_visible_child_name (source->stack, "empty");
      return;
    }

  /* Keep the region chosen across reloads. */
  scope = schakel_view_source_dup_scope (source);
  g_clear_pointer (&source->load, schakel_view_load_free);
  source->load = g_steal_pointer (&load);
  source->filling = TRUE;
  schakel_view_fill_regions (source->region_dropdown, source->load->regions,
                             scope != NULL ? schakel_scope_get_code (scope) : NULL);
  source->filling = FALSE;
  source->loaded (source->view);
}

/**
 * schakel_view_source_reload:
 * @source: a source
 *
 * Loads the list again for the region chosen, in a worker thread; a load
 * still running is cancelled. The view's loaded function runs when done.
 */
void
schakel_view_source_reload (SchakelViewSource *source)
{
  g_autoptr(SchakelScope) scope = NULL;

  g_cancellable_cancel (source->cancellable);
  g_clear_object (&source->cancellable);
  if (source->db == NULL)
    return;
  g_object_set_data (G_OBJECT (source->view), "schakel-view-source", source);
  scope = schakel_view_source_dup_scope (source);
  source->cancellable = g_cancellable_new ();
  if (source->load == NULL)
    gtk_stack_set_visible_child_name (source->stack, "loading");
  schakel_view_load_async (source->db, scope, source->func, source->cancellable, source_loaded_cb,
                           g_object_ref (source->view));
}

/**
 * schakel_view_source_clear:
 * @source: a source
 *
 * Cancels a running load and forgets the last one.
 */
void
schakel_view_source_clear (SchakelViewSource *source)
{
  g_cancellable_cancel (source->cancellable);
  g_clear_object (&source->cancellable);
  g_clear_pointer (&source->load, schakel_view_load_free);
}
