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
