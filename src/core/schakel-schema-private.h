/* schakel-schema-private.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "SCHK": PRAGMA application_id of every Schakel database. */
#define SCHAKEL_APPLICATION_ID 0x5343484B

/* One step of the schema: SQL, then C, either may be NULL. A migration
 * that rebuilds a table (create, copy, drop, rename) sets
 * foreign_keys_off, or dropping a parent would cascade into its children. */
typedef struct
{
  const char *sql;
  gboolean  (*apply) (sqlite3 *db, GError **error);
  gboolean    foreign_keys_off;
} SchakelMigration;

int      _schakel_schema_latest_version (void);
gboolean _schakel_schema_migrate_list   (sqlite3                *db,
                                         const SchakelMigration *list,
                                         int                     n_migrations,
                                         int                     target_version,
                                         GError                **error);
gboolean _schakel_schema_migrate        (sqlite3     *db,
                                         int          target_version,
                                         GError     **error);
gboolean _schakel_reference_seed        (sqlite3     *db,
                                         GError     **error);
gboolean _schakel_schema_v5_apply       (sqlite3     *db,
                                         GError     **error);

G_END_DECLS
