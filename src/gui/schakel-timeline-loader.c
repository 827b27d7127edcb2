/* schakel-timeline-loader.c — one minor's record, read in a worker thread.
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
 * Like the Jongeren list, the timeline reads on a connection of its own in
 * a worker, so flicking through minors with Alt+→ never blocks a frame.
 */

#include "config.h"

#include "schakel-timeline-loader.h"

typedef struct
{
  char       *path;
  char       *jongere_id;
  SchakelDay  today;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_free (load->path);
  g_free (load->jongere_id);
  g_free (load);
}

static void
load_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr(SchakelDatabase) reader = NULL;
  SchakelMinorRecord *record;
  GError *error = NULL;

  if (!(reader = schakel_database_open (load->path, SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !(record = schakel_minor_record_load (reader, load->jongere_id, load->today, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, record, (GDestroyNotify) schakel_minor_record_unref);
}

/**
 * schakel_timeline_load_async:
 * @db: the database
 * @jongere_id: the minor
 * @today: the day that decides what is open, overdue or planned
 * @cancellable: (nullable): a cancellable
 * @callback: called in the thread-default main context when done
 * @user_data: data for @callback
 *
 * Loads the record of @jongere_id on a reading connection of its own.
 */
void
schakel_timeline_load_async (SchakelDatabase     *db,
                             const char          *jongere_id,
                             SchakelDay           today,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (SCHAKEL_IS_DATABASE (db));
  g_return_if_fail (jongere_id != NULL);

  load = g_new0 (LoadData, 1);
  /* Only the path, as the Jongeren list does: holding @db would keep the
   * writing connection alive until the worker ends. */
  load->path = g_strdup (schakel_database_get_path (db));
  load->jongere_id = g_strdup (jongere_id);
  load->today = today;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, schakel_timeline_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_worker);
}

/**
 * schakel_timeline_load_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the record
 */
SchakelMinorRecord *
schakel_timeline_load_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
