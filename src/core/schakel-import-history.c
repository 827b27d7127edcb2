/* schakel-import-history.c — reads the import_run table.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-import-history.h"
#include "schakel-sqlite-private.h"

/**
 * schakel_import_run_free:
 * @run: (nullable): a run
 */
void
schakel_import_run_free (SchakelImportRun *run)
{
  if (run == NULL)
    return;

  g_free (run->at);
  g_free (run->file_name);
  g_free (run->sha256);
  g_free (run);
}

static guint64
column_count (sqlite3_stmt *stmt,
              int           column)
{
  return (guint64) MAX (sqlite3_column_int64 (stmt, column), 0);
}

/**
 * schakel_import_history_list:
 * @db: a database
 * @limit: the most runs to return, 0 for all
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type SchakelImportRun) (nullable): the
 *   imported files, newest first, or %NULL with @error set
 */
GPtrArray *
schakel_import_history_list (SchakelDatabase  *db,
                             guint             limit,
                             GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  handle = schakel_database_get_handle (db);
  stmt = schakel_sqlite_prepare (handle,
                                 "SELECT id, at, file_name, sha256, file_type, rows_read, rows_inserted,"
                                 " rows_updated, rows_unchanged, rows_rejected, warnings, valid_only, dry_run"
                                 " FROM import_run ORDER BY at DESC, id DESC LIMIT ?1",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, limit > 0 ? (sqlite3_int64) limit : -1);

  runs = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_import_run_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelImportRun *run = g_new0 (SchakelImportRun, 1);

      run->id = sqlite3_column_int64 (stmt, 0);
      run->at = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      run->file_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      run->sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      run->type = schakel_import_type_from_name ((const char *) sqlite3_column_text (stmt, 4));
      run->rows_read = column_count (stmt, 5);
      run->rows_inserted = column_count (stmt, 6);
      run->rows_updated = column_count (stmt, 7);
      run->rows_unchanged = column_count (stmt, 8);
      run->rows_rejected = column_count (stmt, 9);
      run->warnings = column_count (stmt, 10);
      run->valid_only = sqlite3_column_int (stmt, 11) != 0;
      run->dry_run = sqlite3_column_int (stmt, 12) != 0;
      g_ptr_array_add (runs, run);
    }

  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Cannot read the import history"));
      return NULL;
    }

  return g_steal_pointer (&runs);
}
