/* schakel-db-report.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-db-report.h"
#include "schakel-sqlite-private.h"

static void
table_count_clear (gpointer data)
{
  SchakelTableCount *count = data;

  g_clear_pointer (&count->name, g_free);
}

/**
 * schakel_db_table_counts:
 * @db: a database
 * @error: return location for an error
 *
 * Counts the rows of every table, in name order.
 *
 * Returns: (transfer full) (element-type SchakelTableCount) (nullable): the counts
 */
GArray *
schakel_db_table_counts (SchakelDatabase  *db,
                         GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (SchakelTableCount));
  g_autoptr(sqlite3_stmt) tables = NULL;
  int rc;

  g_array_set_clear_func (counts, table_count_clear);

  tables = schakel_sqlite_prepare (handle,
                                   "SELECT name FROM sqlite_schema WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%' ORDER BY name",
                                   error);
  if (tables == NULL)
    return NULL;

  while ((rc = sqlite3_step (tables)) == SQLITE_ROW)
    {
      SchakelTableCount count = { 0 };
      char *sql;

      count.name = g_strdup ((const char *) sqlite3_column_text (tables, 0));
      /* %w doubles quotes: a table name comes from the file itself. */
      sql = sqlite3_mprintf ("SELECT count(*) FROM \"%w\"", count.name);
      if (sql == NULL || !schakel_sqlite_query_int64 (handle, sql, &count.rows, error))
        {
          sqlite3_free (sql);
          g_free (count.name);
          return NULL;
        }
      sqlite3_free (sql);
      g_array_append_val (counts, count);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Checking the database failed"));
      return NULL;
    }

  return g_steal_pointer (&counts);
}

static gboolean
collect_problems (sqlite3     *handle,
                  const char  *sql,
                  gboolean     skip_ok,
                  GPtrArray   *problems,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (handle, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *text = (const char *) sqlite3_column_text (stmt, 0);

      if (skip_ok && g_strcmp0 (text, "ok") == 0)
        continue;
      g_ptr_array_add (problems, g_strdup (text));
    }

  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Checking the database failed"));
      return FALSE;
    }
  return TRUE;
}

/**
 * schakel_db_check:
 * @db: a database
 * @error: return location for an error
 *
 * Runs SQLite's integrity check and the foreign key check. Problems name
 * tables and row numbers, never values.
 *
 * Returns: (transfer full) (element-type utf8) (nullable): the problems
 *   found, empty when the database is sound
 */
GPtrArray *
schakel_db_check (SchakelDatabase  *db,
                  GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);

  if (!collect_problems (handle, "PRAGMA integrity_check", TRUE, problems, error) ||
      !collect_problems (handle,
                         "SELECT printf ('%s row %d: broken reference to %s', \"table\", rowid, parent)"
                         " FROM pragma_foreign_key_check",
                         FALSE, problems, error))
    return NULL;

  return g_steal_pointer (&problems);
}

static char *
column_text_dup (sqlite3_stmt *stmt,
                 int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Every dated record counts, so that data ending with an open wait or an
 * escalation step is covered too. The schema guarantees valid ISO dates,
 * which order as text. */
static const char last_day_sql[] =
  "SELECT max (d) FROM ("
  " SELECT max (coalesce (end_date, start_date)) AS d FROM placement"
  " UNION ALL SELECT max (start_date) FROM placement"
  " UNION ALL SELECT max (coalesce (end_date, start_date)) FROM enrolment"
  " UNION ALL SELECT max (start_date) FROM enrolment"
  " UNION ALL SELECT max (coalesce (end_date, registered_date)) FROM waitlist_entry"
  " UNION ALL SELECT max (coalesce (end_date, report_date)) FROM absence_report"
  " UNION ALL SELECT max (date) FROM escalation_step"
  " UNION ALL SELECT max (date) FROM procedure_event)";

/**
 * schakel_db_get_last_day:
 * @db: a database
 * @out_day: (out): return location for the day
 * @error: return location for an error
 *
 * Finds the last date of the data: the latest start, end or event date of
 * any placement, enrolment, wait-list entry, absence report, escalation
 * step or procedure event, but never later than today: later dates are
 * plans. When @db holds no dated records, @out_day is set to
 * %SCHAKEL_DAY_NONE.
 *
 * Returns: %TRUE on success, %FALSE with @error set when the query failed
 */
gboolean
schakel_db_get_last_day (SchakelDatabase  *db,
                         SchakelDay       *out_day,
                         GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *text;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (out_day != NULL, FALSE);

  *out_day = SCHAKEL_DAY_NONE;
  handle = schakel_database_get_handle (db);
  if (!(stmt = schakel_sqlite_prepare (handle, last_day_sql, error)))
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      schakel_sqlite_set_error (error, handle, _("Cannot find the last date of the data"));
      return FALSE;
    }

  text = (const char *) sqlite3_column_text (stmt, 0);
  if (text != NULL && !schakel_day_parse_iso (text, out_day))
    {
      *out_day = SCHAKEL_DAY_NONE;
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("The last date of the data is not a date"));
      return FALSE;
    }

  /* Partners send planned end dates (the end of the school year, a
   * contract); until that day comes they are plans, not data. */
  if (*out_day != SCHAKEL_DAY_NONE)
    *out_day = MIN (*out_day, schakel_day_today ());
  return TRUE;
}

/**
 * schakel_db_info_collect:
 * @db: a database
 * @error: return location for an error
 *
 * Summarises what @db holds: whether it is synthetic, the period it covers
 * and its main counts. The period ends on schakel_db_get_last_day().
 *
 * Returns: (transfer full) (nullable): the summary
 */
SchakelDbInfo *
schakel_db_info_collect (SchakelDatabase  *db,
                         GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(SchakelDbInfo) info = g_new0 (SchakelDbInfo, 1);
  g_autoptr(sqlite3_stmt) dataset = NULL;
  g_autoptr(sqlite3_stmt) first = NULL;
  g_autoptr(sqlite3_stmt) placed = NULL;
  SchakelDay last_day;

  dataset = schakel_sqlite_prepare (handle,
                                    "SELECT synthetic, description, created FROM dataset WHERE id = 1",
                                    error);
  if (dataset == NULL)
    return NULL;
  if (sqlite3_step (dataset) == SQLITE_ROW)
    {
      info->synthetic = sqlite3_column_int (dataset, 0) != 0;
      info->description = column_text_dup (dataset, 1);
      info->created = column_text_dup (dataset, 2);
    }

  first = schakel_sqlite_prepare (handle, "SELECT min (start_date) FROM placement", error);
  if (first == NULL)
    return NULL;
  if (sqlite3_step (first) == SQLITE_ROW)
    info->first_date = column_text_dup (first, 0);

  if (!schakel_db_get_last_day (db, &last_day, error))
    return NULL;
  if (last_day != SCHAKEL_DAY_NONE)
    info->last_date = schakel_day_to_iso (last_day);

  if (!schakel_sqlite_query_int64 (handle, "SELECT count(*) FROM minor", &info->n_minors, error) ||
      !schakel_sqlite_query_int64 (handle, "SELECT count(*) FROM minor WHERE amv = 1", &info->n_amv, error) ||
      !schakel_sqlite_query_int64 (handle, "SELECT count(*) FROM location", &info->n_locations, error) ||
      !schakel_sqlite_query_int64 (handle, "SELECT count(*) FROM school", &info->n_schools, error) ||
      !schakel_sqlite_query_int64 (handle, "SELECT count(DISTINCT municipality_code) FROM location",
                                   &info->n_municipalities_with_locations, error))
    return NULL;

  placed = schakel_sqlite_prepare (handle,
                                   "SELECT count(DISTINCT minor_id) FROM placement"
                                   " WHERE start_date <= ?1 AND (end_date IS NULL OR end_date >= ?1)",
                                   error);
  if (placed == NULL)
    return NULL;
  schakel_sqlite_bind_text (placed, 1, info->last_date);
  if (info->last_date != NULL && sqlite3_step (placed) == SQLITE_ROW)
    info->n_placed_on_last_date = sqlite3_column_int64 (placed, 0);

  return g_steal_pointer (&info);
}

/**
 * schakel_db_info_free:
 * @info: (transfer full) (nullable): a summary
 *
 * Frees @info.
 */
void
schakel_db_info_free (SchakelDbInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->description);
  g_free (info->created);
  g_free (info->first_date);
  g_free (info->last_date);
  g_free (info);
}
