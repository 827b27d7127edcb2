/* schakel-norms.c — the norms as the database holds them.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-norms.h"
#include "schakel-sqlite-private.h"

/**
 * schakel_norm_dup_source:
 * @db: a database
 * @code: a norm's code, e.g. `RCD2013`
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the norm's source, the text that
 *   says where it comes from and what it asks; %NULL without an error when
 *   there is no such norm
 */
char *
schakel_norm_dup_source (SchakelDatabase  *db,
                         const char       *code,
                         GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = schakel_sqlite_prepare (handle, "SELECT source FROM norm WHERE code = ?1", error)))
    return NULL;
  schakel_sqlite_bind_text (stmt, 1, code);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    schakel_sqlite_set_error (error, handle, _("Database error"));
  return NULL;
}
