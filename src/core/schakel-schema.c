/* schakel-schema.c — numbered migrations, applied in one transaction.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PRAGMA user_version holds the number of the last migration applied;
 * PRAGMA application_id marks the file as Schakel's. Opening an older file
 * applies the missing migrations in place, all or nothing.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-format.h"
#include "schakel-schema-private.h"
#include "schakel-schema-v1.sql.h"
#include "schakel-schema-v3.sql.h"
#include "schakel-schema-v4.sql.h"
#include "schakel-sqlite-private.h"

typedef struct
{
  const char *sql;
  gboolean  (*apply) (sqlite3 *db, GError **error);
} Migration;

/* migrations[i] brings a file from version i to version i + 1. */
static const Migration migrations[] = {
  { schakel_schema_v1, NULL },
  { NULL, _schakel_reference_seed },
  { schakel_schema_v3, NULL },
  { schakel_schema_v4, NULL },
};

int
_schakel_schema_latest_version (void)
{
  return G_N_ELEMENTS (migrations);
}

static gboolean
read_user_version (sqlite3  *db,
                   int      *version,
                   GError  **error)
{
  gint64 value;

  if (!schakel_sqlite_query_int64 (db, "PRAGMA user_version", &value, error))
    return FALSE;
  *version = (int) value;
  return TRUE;
}

static gboolean
apply_migrations (sqlite3  *db,
                  int       from,
                  int       to,
                  GError  **error)
{
  g_autofree char *set_version = NULL;

  for (int v = from; v < to; v++)
    {
      const Migration *m = &migrations[v];

      if (m->sql != NULL && !schakel_sqlite_exec (db, m->sql, error))
        return FALSE;
      if (m->apply != NULL && !m->apply (db, error))
        return FALSE;
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d;"
                                 "PRAGMA application_id = %d;",
                                 to, SCHAKEL_APPLICATION_ID);
  return schakel_sqlite_exec (db, set_version, error);
}

/**
 * _schakel_schema_migrate:
 * @db: a writable connection with foreign keys on
 * @target_version: the version to reach, or -1 for the latest
 * @error: return location for an error
 *
 * Applies the migrations between the file's version and @target_version
 * in a single transaction. The tests use @target_version to build files
 * of every earlier version.
 *
 * Returns: %TRUE when the file is at @target_version
 */
gboolean
_schakel_schema_migrate (sqlite3  *db,
                         int       target_version,
                         GError  **error)
{
  int latest = _schakel_schema_latest_version ();
  int current;

  if (target_version < 0)
    target_version = latest;
  g_return_val_if_fail (target_version <= latest, FALSE);

  if (!schakel_sqlite_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!read_user_version (db, &current, error))
    goto rollback;

  if (current > latest)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_TOO_NEW,
                   _("The database was made by a newer version of Schakel (schema %d; this version knows up to %d)"),
                   current, latest);
      goto rollback;
    }

  if (current < target_version && !apply_migrations (db, current, target_version, error))
    goto rollback;

  /* Catch a broken migration here rather than in a user's dashboard. */
  if (current < target_version)
    {
      gint64 violations;

      if (!schakel_sqlite_query_int64 (db, "SELECT count(*) FROM pragma_foreign_key_check",
                                       &violations, error))
        goto rollback;
      if (violations > 0)
        {
          g_autofree char *count = schakel_format_count (violations);

          g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_SQLITE,
                       _("Upgrading the database left %s broken references"), count);
          goto rollback;
        }
    }

  return schakel_sqlite_exec (db, "COMMIT", error);

rollback:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}
