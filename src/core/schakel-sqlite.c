/* schakel-sqlite.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-sqlite-private.h"

/**
 * schakel_sqlite_set_error:
 * @error: (out) (optional): where to put the error
 * @db: the connection that failed
 * @what: a short description of what was being done, for the message
 *
 * Sets @error from the connection's last error. SQLite messages name
 * tables and constraints, never the values involved, so they are safe to
 * show and log.
 */
void
schakel_sqlite_set_error (GError     **error,
                          sqlite3     *db,
                          const char  *what)
{
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_SQLITE,
               "%s: %s", what, sqlite3_errmsg (db));
}

/**
 * schakel_sqlite_exec:
 * @db: a connection
 * @sql: one or more statements without parameters
 * @error: return location for an error
 *
 * Returns: %TRUE when every statement ran
 */
gboolean
schakel_sqlite_exec (sqlite3     *db,
                     const char  *sql,
                     GError     **error)
{
  if (sqlite3_exec (db, sql, NULL, NULL, NULL) != SQLITE_OK)
    {
      schakel_sqlite_set_error (error, db, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

/**
 * schakel_sqlite_prepare:
 * @db: a connection
 * @sql: one statement
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the prepared statement
 */
sqlite3_stmt *
schakel_sqlite_prepare (sqlite3     *db,
                        const char  *sql,
                        GError     **error)
{
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      schakel_sqlite_set_error (error, db, _("Database error"));
      return NULL;
    }
  return stmt;
}

/**
 * schakel_sqlite_step_done:
 * @db: the statement's connection
 * @stmt: a statement that returns no rows
 * @error: return location for an error
 *
 * Runs @stmt to completion and resets it for the next bindings.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_sqlite_step_done (sqlite3       *db,
                          sqlite3_stmt  *stmt,
                          GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      schakel_sqlite_set_error (error, db, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

/**
 * schakel_sqlite_query_int64:
 * @db: a connection
 * @sql: a query returning one integer
 * @out: (out): the value, 0 when there is no row
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_sqlite_query_int64 (sqlite3     *db,
                            const char  *sql,
                            gint64      *out,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *out = sqlite3_column_int64 (stmt, 0);
  else if (rc == SQLITE_DONE)
    *out = 0;
  else
    {
      schakel_sqlite_set_error (error, db, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

/**
 * schakel_sqlite_query_text:
 * @db: a connection
 * @sql: a query returning one text value
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the value; %NULL with @error unset
 *   when there is no row or the value is NULL
 */
char *
schakel_sqlite_query_text (sqlite3     *db,
                           const char  *sql,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    schakel_sqlite_set_error (error, db, _("Database error"));
  return NULL;
}

/**
 * schakel_sqlite_bind_text:
 * @stmt: a statement
 * @index: the parameter, from 1
 * @text: (nullable): the value; %NULL binds SQL NULL
 *
 * Binds @text as a transient copy.
 */
void
schakel_sqlite_bind_text (sqlite3_stmt *stmt,
                          int           index,
                          const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

/**
 * schakel_sqlite_column_day:
 * @stmt: a statement with a row
 * @col: a column holding an ISO 8601 date or NULL
 *
 * Returns: the date, or %SCHAKEL_DAY_NONE for NULL or a malformed date
 */
SchakelDay
schakel_sqlite_column_day (sqlite3_stmt *stmt,
                           int           col)
{
  /* NULL text for an SQL NULL: one call per column, as this runs for
   * every date of every row the metrics read. */
  const char *text = (const char *) sqlite3_column_text (stmt, col);
  SchakelDay day;

  if (text == NULL || !schakel_day_parse_iso (text, &day))
    return SCHAKEL_DAY_NONE;
  return day;
}
