/* schakel-minors-loader.c
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
 * Everything the Jongeren list needs from the database, read in a worker
 * thread on a reading connection of its own, so that the window stays
 * responsive while 100,000 rows load. The names are ranked there too.
 */

#include "config.h"

#include "schakel-minors-loader.h"

/**
 * schakel_minors_load_free:
 * @load: (transfer full) (nullable): a load
 */
void
schakel_minors_load_free (SchakelMinorsLoad *load)
{
  if (load == NULL)
    return;

  g_clear_object (&load->minors);
  g_clear_pointer (&load->regions, g_ptr_array_unref);
  g_clear_pointer (&load->ranks, schakel_minors_ranks_unref);
  g_free (load);
}

/* The peildatum: today, or the data's last day when the data ends earlier
 * (a file exported last month describes last month). */
static SchakelDay
choose_day (SchakelDay last)
{
  SchakelDay today = schakel_day_today ();

  return last != SCHAKEL_DAY_NONE && last < today ? last : today;
}

static void
load_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *path = task_data;
  g_autoptr(SchakelMinorsLoad) load = g_new0 (SchakelMinorsLoad, 1);
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autofree char *scheme = NULL;
  SchakelDay last;
  GError *error = NULL;

  if (!(reader = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !schakel_db_get_last_day (reader, &last, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  load->day = choose_day (last);
  scheme = schakel_regions_dup_default_scheme (reader);
  if (!(load->regions = schakel_regions_list (reader, scheme, &error)) ||
      !(load->minors = schakel_minor_summary_load (reader, load->day, scheme, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  load->ranks = schakel_minors_ranks_new (G_LIST_MODEL (load->minors));
  g_task_return_pointer (task, g_steal_pointer (&load), (GDestroyNotify) schakel_minors_load_free);
}

/**
 * schakel_minors_load_async:
 * @db: the database
 * @cancellable: (nullable): a cancellable
 * @callback: called in the thread-default main context when done
 * @user_data: data for @callback
 *
 * Loads the minors of @db as of the peildatum, the regions of its default
 * scheme, and the ranks of the names.
 */
void
schakel_minors_load_async (SchakelDatabase     *db,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SCHAKEL_IS_DATABASE (db));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, schakel_minors_load_async);
  /* Only the path: holding @db would keep the writing connection, and its
   * lock, alive until the worker ends, after a switch or a close. */
  g_task_set_task_data (task, g_strdup (schakel_database_get_path (db)), g_free);
  g_task_run_in_thread (task, load_worker);
}

/**
 * schakel_minors_load_finish:
 * @result: the result given to the callback
 * @error: return location for an error; %G_IO_ERROR_CANCELLED when the
 *   load was cancelled
 *
 * Returns: (transfer full) (nullable): the load
 */
SchakelMinorsLoad *
schakel_minors_load_finish (GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
