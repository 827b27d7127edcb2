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
#include "schakel-schema-v5.sql.h"
#include "schakel-schema-v6.sql.h"
#include "schakel-sqlite-private.h"

/* migrations[i] brings a file from version i to version i + 1. */
static const SchakelMigration migrations[] = {
  { schakel_schema_v1, NULL, FALSE },
  { NULL, _schakel_reference_seed, FALSE },
  { schakel_schema_v3, NULL, FALSE },
  { schakel_schema_v4, NULL, FALSE },
  { schakel_schema_v5, _schakel_schema_v5_apply, TRUE },
  { schakel_schema_v6, NULL, FALSE },
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
apply_migrations (sqlite3                 *db,
                  const SchakelMigration  *list,
                  int                      from,
                  int                      to,
                  GError                 **error)
{
  g_autofree char *set_version = NULL;

  for (int v = from; v < to; v++)
    {
      const SchakelMigration *m = &list[v];

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

/* Whether a migration between @from and @to rebuilds tables and so must
 * run without foreign key enforcement. */
static gboolean
needs_foreign_keys_off (const SchakelMigration *list,
                        int                     from,
                        int                     to)
{
  for (int v = MAX (from, 0); v < to; v++)
    if (list[v].foreign_keys_off)
      return TRUE;
  return FALSE;
}

static gboolean
check_foreign_keys (sqlite3  *db,
                    GError  **error)
{
  gint64 violations;
  g_autofree char *count = NULL;

  if (!schakel_sqlite_query_int64 (db, "SELECT count(*) FROM pragma_foreign_key_check",
                                   &violations, error))
    return FALSE;
  if (violations == 0)
    return TRUE;

  count = schakel_format_count (violations);
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_SQLITE,
               _("Upgrading the database left %s broken references"), count);
  return FALSE;
}

/**
 * _schakel_schema_migrate_list:
 * @db: a writable connection with foreign keys on, outside a transaction
 * @list: the migrations; @list[i] brings a file from version i to i + 1
 * @n_migrations: the number of entries in @list
 * @target_version: the version to reach, or -1 for the latest
 * @error: return location for an error
 *
 * Applies the migrations between the file's version and @target_version
 * in a single transaction, and checks every foreign key before the
 * commit. When one of them is marked `foreign_keys_off` (it rebuilds a
 * table, and dropping a parent table with foreign keys on would cascade
 * into its children) the whole upgrade runs with enforcement off: SQLite
 * ignores `PRAGMA foreign_keys` inside a transaction, so it is switched
 * off before `BEGIN` and on again after the commit or rollback. The check
 * before the commit then is the only guard, and any violation fails the
 * upgrade. The tests pass their own @list.
 *
 * Returns: %TRUE when the file is at @target_version
 */
gboolean
_schakel_schema_migrate_list (sqlite3                 *db,
                              const SchakelMigration  *list,
                              int                      n_migrations,
                              int                      target_version,
                              GError                 **error)
{
  gboolean keys_off;
  gboolean ok = FALSE;
  int current;

  if (target_version < 0)
    target_version = n_migrations;
  g_return_val_if_fail (target_version <= n_migrations, FALSE);

  /* Read outside the transaction only to choose the pragma; the single
   * writer lock means the version cannot change before BEGIN. */
  if (!read_user_version (db, &current, error))
    return FALSE;
  keys_off = current < target_version && needs_foreign_keys_off (list, current, target_version);
  if (keys_off && !schakel_sqlite_exec (db, "PRAGMA foreign_keys = OFF", error))
    return FALSE;

  if (!schakel_sqlite_exec (db, "BEGIN IMMEDIATE", error))
    goto out;

  if (!read_user_version (db, &current, error))
    goto rollback;

  if (current > n_migrations)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_TOO_NEW,
                   _("The database was made by a newer version of Schakel (schema %d; this version knows up to %d)"),
                   current, n_migrations);
      goto rollback;
    }

  /* Catch a broken migration here rather than in a user's dashboard. */
  if (current < target_version &&
      (!apply_migrations (db, list, current, target_version, error) ||
       !check_foreign_keys (db, error)))
    goto rollback;

  ok = schakel_sqlite_exec (db, "COMMIT", error);
  if (!ok)
    goto rollback;
  goto out;

rollback:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
out:
  if (keys_off)
    sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);
  return ok;
}

/**
 * _schakel_schema_migrate:
 * @db: a writable connection with foreign keys on
 * @target_version: the version to reach, or -1 for the latest
 * @error: return location for an error
 *
 * Applies Schakel's migrations up to @target_version with
 * _schakel_schema_migrate_list(). The tests use @target_version to build
 * files of every earlier version.
 *
 * Returns: %TRUE when the file is at @target_version
 */
gboolean
_schakel_schema_migrate (sqlite3  *db,
                         int       target_version,
                         GError  **error)
{
  return _schakel_schema_migrate_list (db, migrations, G_N_ELEMENTS (migrations),
                                       target_version, error);
}
