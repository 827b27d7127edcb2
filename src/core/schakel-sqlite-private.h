/* schakel-sqlite-private.h — small helpers around the SQLite C API.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

#include "schakel-date.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

gboolean      schakel_sqlite_exec        (sqlite3      *db,
                                          const char   *sql,
                                          GError      **error);
sqlite3_stmt *schakel_sqlite_prepare     (sqlite3      *db,
                                          const char   *sql,
                                          GError      **error);
gboolean      schakel_sqlite_step_done   (sqlite3      *db,
                                          sqlite3_stmt *stmt,
                                          GError      **error);
gboolean      schakel_sqlite_query_int64 (sqlite3      *db,
                                          const char   *sql,
                                          gint64       *out,
                                          GError      **error);
char         *schakel_sqlite_query_text  (sqlite3      *db,
                                          const char   *sql,
                                          GError      **error);
void          schakel_sqlite_set_error   (GError      **error,
                                          sqlite3      *db,
                                          const char   *what);
void          schakel_sqlite_bind_text   (sqlite3_stmt *stmt,
                                          int           index,
                                          const char   *text);
SchakelDay    schakel_sqlite_column_day  (sqlite3_stmt *stmt,
                                          int           col);

G_END_DECLS
