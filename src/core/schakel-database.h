/* schakel-database.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib-object.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/**
 * SchakelDatabaseFlags:
 * @SCHAKEL_DATABASE_READ_WRITE: the single writing connection; takes the writer lock
 * @SCHAKEL_DATABASE_READ_ONLY: a reading connection; works beside a writer
 * @SCHAKEL_DATABASE_CREATE: with read-write, create the file when it is missing
 * @SCHAKEL_DATABASE_ALLOW_OLDER: with read-only, also open a file an older
 *   Schakel made, as it is, for commands that only inspect it
 */
typedef enum
{
  SCHAKEL_DATABASE_READ_WRITE   = 0,
  SCHAKEL_DATABASE_READ_ONLY    = 1 << 0,
  SCHAKEL_DATABASE_CREATE       = 1 << 1,
  SCHAKEL_DATABASE_ALLOW_OLDER  = 1 << 2,
} SchakelDatabaseFlags;

#define SCHAKEL_TYPE_DATABASE (schakel_database_get_type ())

G_DECLARE_FINAL_TYPE (SchakelDatabase, schakel_database, SCHAKEL, DATABASE, GObject)

SchakelDatabase *schakel_database_open               (const char            *path,
                                                      SchakelDatabaseFlags   flags,
                                                      GError               **error);
SchakelDatabase *schakel_database_open_reader        (SchakelDatabase       *self,
                                                      GError               **error);
const char      *schakel_database_get_path           (SchakelDatabase       *self);
gboolean         schakel_database_is_read_only       (SchakelDatabase       *self);
sqlite3         *schakel_database_get_handle         (SchakelDatabase       *self);
int              schakel_database_get_schema_version (SchakelDatabase       *self);
int              schakel_database_get_latest_schema_version (void);
gboolean         schakel_database_is_synthetic       (SchakelDatabase       *self);
gboolean         schakel_database_set_synthetic      (SchakelDatabase       *self,
                                                      gboolean               synthetic,
                                                      const char            *description,
                                                      GError               **error);
int              schakel_database_get_setting_int    (SchakelDatabase       *self,
                                                      const char            *key,
                                                      int                    fallback);
char            *schakel_database_get_setting        (SchakelDatabase       *self,
                                                      const char            *key);
gboolean         schakel_database_begin              (SchakelDatabase       *self,
                                                      GError               **error);
gboolean         schakel_database_commit             (SchakelDatabase       *self,
                                                      GError               **error);
void             schakel_database_rollback           (SchakelDatabase       *self);

G_END_DECLS
