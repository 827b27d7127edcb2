/* schakel-database.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Opening is careful because a coordinator may point Schakel at any file:
 * the file is first inspected read-only, and only a Schakel database (or
 * an empty or new file) is ever opened for writing. Writing connections
 * hold the writer lock for their whole life.
 */

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "schakel-core-error.h"
#include "schakel-database.h"
#include "schakel-paths.h"
#include "schakel-schema-private.h"
#include "schakel-sqlite-private.h"
#include "schakel-writer-lock-private.h"

struct _SchakelDatabase
{
  GObject            parent_instance;
  sqlite3           *handle;
  char              *path;
  SchakelWriterLock *lock;          /* NULL for readers */
  int                schema_version;
};

G_DEFINE_FINAL_TYPE (SchakelDatabase, schakel_database, G_TYPE_OBJECT)

static const char sqlite_magic[16] = "SQLite format 3";

typedef enum
{
  FILE_MISSING,
  FILE_EMPTY,      /* zero bytes, or an SQLite file with no tables */
  FILE_SCHAKEL,
} FileKind;

static void
schakel_database_finalize (GObject *object)
{
  SchakelDatabase *self = SCHAKEL_DATABASE (object);

  /* Close before unlocking, so no second writer can start while this
   * connection still exists. */
  if (self->handle != NULL && sqlite3_close (self->handle) != SQLITE_OK)
    {
      g_critical ("A database connection was closed with statements still open");
      sqlite3_close_v2 (self->handle);
    }
  g_clear_pointer (&self->lock, _schakel_writer_lock_release);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (schakel_database_parent_class)->finalize (object);
}

static void
schakel_database_class_init (SchakelDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_database_finalize;
}

static void
schakel_database_init (SchakelDatabase *self)
{
}

static guint32
read_be32 (const guint8 *bytes)
{
  return ((guint32) bytes[0] << 24) | ((guint32) bytes[1] << 16) | ((guint32) bytes[2] << 8) | bytes[3];
}

static gboolean
has_nonempty_wal (const char *path)
{
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf st;

  return g_stat (wal, &st) == 0 && st.st_size > 0;
}

/* Looks at an existing file by reading its 100-byte SQLite header
 * (https://sqlite.org/fileformat.html) without SQLite: even a read-only
 * SQLite connection creates -wal and -shm files beside a WAL-mode file,
 * and a file we refuse must be left exactly as it was, folder included. */
static gboolean
inspect_file (const char  *path,
              FileKind    *kind,
              int         *version,
              GError     **error)
{
  guint8 header[100] = { 0 };
  guint32 app_id, user_version, n_pages;
  ssize_t len;
  int fd;

  *version = 0;
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      *kind = FILE_MISSING;
      return TRUE;
    }

  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                   _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  len = read (fd, header, sizeof header);
  close (fd);

  if (len == 0)
    {
      *kind = FILE_EMPTY;
      return TRUE;
    }
  if (len != sizeof header || memcmp (header, sqlite_magic, sizeof sqlite_magic) != 0)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Schakel database; it was left unchanged"), path);
      return FALSE;
    }

  n_pages = read_be32 (header + 28);
  user_version = read_be32 (header + 60);
  app_id = read_be32 (header + 68);

  /* An SQLite file with nothing in it yet: one page, no marks, and no
   * write-ahead log that could hold tables the header does not show. */
  if (app_id == 0 && user_version == 0 && n_pages <= 1 && !has_nonempty_wal (path))
    {
      *kind = FILE_EMPTY;
      return TRUE;
    }

  if (app_id != SCHAKEL_APPLICATION_ID)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_FOREIGN,
                   _("“%s” is a database of another program, not of Schakel; it was left unchanged"),
                   path);
      return FALSE;
    }

  if (user_version > (guint32) _schakel_schema_latest_version ())
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Schakel; update Schakel to open it (the file was left unchanged)"),
                   path);
      return FALSE;
    }

  /* The header can lag behind a write-ahead log; open_reader and the
   * migration read the version again through SQLite. */
  *kind = FILE_SCHAKEL;
  *version = (int) user_version;
  return TRUE;
}

static gboolean
create_private_file (const char  *path,
                     GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                   _("Cannot create the folder “%s”: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* SQLite gives its -wal and -shm files the mode of the database. */
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                   _("Cannot create “%s”: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static gboolean
configure_connection (sqlite3   *db,
                      gboolean   writer,
                      GError   **error)
{
  sqlite3_busy_timeout (db, 5000);
  sqlite3_extended_result_codes (db, 1);

  if (!writer)
    return schakel_sqlite_exec (db, "PRAGMA foreign_keys = ON; PRAGMA query_only = ON;", error);

  return schakel_sqlite_exec (db,
                              "PRAGMA synchronous = FULL;"
                              "PRAGMA foreign_keys = ON;",
                              error);
}

/* WAL lets the app's readers and a read-only schakel-cli work beside the
 * one writer. Switched on only after a successful migration, because the
 * switch itself rewrites the file header. */
static gboolean
enable_wal (sqlite3  *db,
            GError  **error)
{
  return schakel_sqlite_exec (db, "PRAGMA journal_mode = WAL;", error);
}

static gboolean
ensure_dataset_row (sqlite3  *db,
                    GError  **error)
{
  return schakel_sqlite_exec (db,
                              "INSERT OR IGNORE INTO dataset (id, synthetic, created)"
                              " VALUES (1, 0, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'));",
                              error);
}

static void
set_open_error (GError      **error,
                const char   *path,
                sqlite3      *handle)
{
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
               _("Cannot open “%s”: %s"), path,
               handle != NULL ? sqlite3_errmsg (handle) : g_strerror (ENOMEM));
}

/* A reader needs to create the -shm file of a WAL database. On read-only
 * media (a backup on a USB stick, a read-only share) it cannot, so when no
 * writer can be active — no -wal file — the file is opened as immutable. */
static gboolean
open_read_only_handle (SchakelDatabase  *self,
                       GError          **error)
{
  const int flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_FULLMUTEX;
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *escaped = NULL;
  g_autofree char *uri = NULL;

  if (sqlite3_open_v2 (self->path, &self->handle, flags, NULL) == SQLITE_OK &&
      sqlite3_exec (self->handle, "SELECT count(*) FROM sqlite_schema", NULL, NULL, NULL) == SQLITE_OK)
    return TRUE;

  if (g_access (dir, W_OK) == 0 || has_nonempty_wal (self->path))
    {
      set_open_error (error, self->path, self->handle);
      return FALSE;
    }

  sqlite3_close (self->handle);
  self->handle = NULL;
  escaped = g_uri_escape_string (self->path, "/", FALSE);
  uri = g_strconcat ("file:", escaped, "?immutable=1", NULL);
  if (sqlite3_open_v2 (uri, &self->handle, flags | SQLITE_OPEN_URI, NULL) != SQLITE_OK)
    {
      set_open_error (error, self->path, self->handle);
      return FALSE;
    }
  return TRUE;
}

static SchakelDatabase *
open_writer (const char  *path,
             gboolean     create,
             GError     **error)
{
  g_autoptr(SchakelDatabase) self = NULL;
  FileKind kind;
  int version;

  if (!inspect_file (path, &kind, &version, error))
    return NULL;

  if (kind == FILE_MISSING && !create)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                   _("The database “%s” does not exist"), path);
      return NULL;
    }

  if (kind == FILE_MISSING && !create_private_file (path, error))
    return NULL;

  self = g_object_new (SCHAKEL_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  /* Held by self from here on, so finalize closes SQLite before unlocking. */
  if (!(self->lock = _schakel_writer_lock_acquire (path, error)))
    return NULL;

  if (sqlite3_open_v2 (path, &self->handle,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK)
    {
      set_open_error (error, path, self->handle);
      return NULL;
    }

  if (!configure_connection (self->handle, TRUE, error) ||
      !_schakel_schema_migrate (self->handle, -1, error) ||
      !enable_wal (self->handle, error) ||
      !ensure_dataset_row (self->handle, error))
    return NULL;

  self->schema_version = _schakel_schema_latest_version ();
  return g_steal_pointer (&self);
}

static SchakelDatabase *
open_reader (const char  *path,
             gboolean     allow_older,
             GError     **error)
{
  g_autoptr(SchakelDatabase) self = NULL;
  gint64 current = 0;
  FileKind kind;
  int version;

  if (!inspect_file (path, &kind, &version, error))
    return NULL;

  if (kind == FILE_MISSING)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                   _("The database “%s” does not exist"), path);
      return NULL;
    }
  if (kind == FILE_EMPTY)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is empty; it is not a Schakel database yet"), path);
      return NULL;
    }
  self = g_object_new (SCHAKEL_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  if (!open_read_only_handle (self, error) ||
      !configure_connection (self->handle, FALSE, error))
    return NULL;

  /* The header may lag behind the write-ahead log of a running writer. */
  if (!schakel_sqlite_query_int64 (self->handle, "PRAGMA user_version", &current, error))
    return NULL;
  if (current > _schakel_schema_latest_version ())
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_TOO_NEW,
                   _("“%s” was made by a newer version of Schakel; update Schakel to open it (the file was left unchanged)"),
                   path);
      return NULL;
    }
  if (current < _schakel_schema_latest_version () && !allow_older)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NEEDS_UPGRADE,
                   _("“%s” was made by an older version of Schakel; open it once for changes to upgrade it"),
                   path);
      return NULL;
    }
  self->schema_version = (int) current;

  return g_steal_pointer (&self);
}

/**
 * schakel_database_open:
 * @path: the database file
 * @flags: how to open it
 * @error: return location for an error
 *
 * Opens a Schakel database. A writer takes the writer lock, creates the
 * file with mode 0600 when asked to, and upgrades an older schema in
 * place. A file that is not a Schakel database, or that a newer Schakel
 * made, is refused and left as it was.
 *
 * Returns: (transfer full) (nullable): the database
 */
SchakelDatabase *
schakel_database_open (const char            *path,
                       SchakelDatabaseFlags   flags,
                       GError               **error)
{
  g_autofree char *resolved = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  resolved = schakel_paths_resolve (path);
  if (flags & SCHAKEL_DATABASE_READ_ONLY)
    return open_reader (resolved, (flags & SCHAKEL_DATABASE_ALLOW_OLDER) != 0, error);

  return open_writer (resolved, (flags & SCHAKEL_DATABASE_CREATE) != 0, error);
}

/**
 * schakel_database_open_reader:
 * @self: a database
 * @error: return location for an error
 *
 * Opens another, read-only connection to the same file, for a worker
 * thread.
 *
 * Returns: (transfer full) (nullable): the reader
 */
SchakelDatabase *
schakel_database_open_reader (SchakelDatabase  *self,
                              GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), NULL);

  return open_reader (self->path, FALSE, error);
}

/**
 * schakel_database_get_path:
 * @self: a database
 *
 * Returns: (transfer none): the file name
 */
const char *
schakel_database_get_path (SchakelDatabase *self)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), NULL);

  return self->path;
}

/**
 * schakel_database_is_read_only:
 * @self: a database
 *
 * Returns: %TRUE for a reading connection
 */
gboolean
schakel_database_is_read_only (SchakelDatabase *self)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), TRUE);

  return self->lock == NULL;
}

/**
 * schakel_database_get_handle:
 * @self: a database
 *
 * Returns: (transfer none): the SQLite connection; use it from one thread
 *   at a time
 */
sqlite3 *
schakel_database_get_handle (SchakelDatabase *self)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), NULL);

  return self->handle;
}

/**
 * schakel_database_get_schema_version:
 * @self: a database
 *
 * Returns: the schema version of the open file
 */
int
schakel_database_get_schema_version (SchakelDatabase *self)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), 0);

  return self->schema_version;
}

/**
 * schakel_database_get_latest_schema_version:
 *
 * Returns: the schema version this Schakel writes
 */
int
schakel_database_get_latest_schema_version (void)
{
  return _schakel_schema_latest_version ();
}

/**
 * schakel_database_is_synthetic:
 * @self: a database
 *
 * Returns: %TRUE when the data was made by the demo generator
 */
gboolean
schakel_database_is_synthetic (SchakelDatabase *self)
{
  gint64 synthetic = 0;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), FALSE);

  if (!schakel_sqlite_query_int64 (self->handle, "SELECT synthetic FROM dataset WHERE id = 1",
                                   &synthetic, NULL))
    return FALSE;
  return synthetic != 0;
}

/**
 * schakel_database_set_synthetic:
 * @self: a writable database
 * @synthetic: whether the data is synthetic
 * @description: (nullable): how the data was made
 * @error: return location for an error
 *
 * Sets the synthetic-data marker. Call it inside the transaction that
 * writes the data, so that marker and data never disagree.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_database_set_synthetic (SchakelDatabase  *self,
                                gboolean          synthetic,
                                const char       *description,
                                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), FALSE);

  stmt = schakel_sqlite_prepare (self->handle,
                                 "UPDATE dataset SET synthetic = ?1, description = ?2 WHERE id = 1",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, synthetic ? 1 : 0);
  schakel_sqlite_bind_text (stmt, 2, description ? description : "");
  return schakel_sqlite_step_done (self->handle, stmt, error);
}

/**
 * schakel_database_get_setting:
 * @self: a database
 * @key: a setting key
 *
 * Returns: (transfer full) (nullable): the value, or %NULL when unset
 */
char *
schakel_database_get_setting (SchakelDatabase *self,
                              const char      *key)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), NULL);

  stmt = schakel_sqlite_prepare (self->handle, "SELECT value FROM setting WHERE key = ?1", NULL);
  if (stmt == NULL)
    return NULL;
  schakel_sqlite_bind_text (stmt, 1, key);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
}

/**
 * schakel_database_get_setting_int:
 * @self: a database
 * @key: a setting key
 * @fallback: the value when the setting is missing or not a number
 *
 * Returns: the setting as an integer
 */
int
schakel_database_get_setting_int (SchakelDatabase *self,
                                  const char      *key,
                                  int              fallback)
{
  g_autofree char *text = schakel_database_get_setting (self, key);
  gint64 value;

  if (text == NULL || !g_ascii_string_to_signed (text, 10, G_MININT, G_MAXINT, &value, NULL))
    return fallback;
  return (int) value;
}

/**
 * schakel_database_begin:
 * @self: a writable database
 * @error: return location for an error
 *
 * Starts a write transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_database_begin (SchakelDatabase  *self,
                        GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), FALSE);

  return schakel_sqlite_exec (self->handle, "BEGIN IMMEDIATE", error);
}

/**
 * schakel_database_commit:
 * @self: a writable database
 * @error: return location for an error
 *
 * Returns: %TRUE when the transaction was committed
 */
gboolean
schakel_database_commit (SchakelDatabase  *self,
                         GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (self), FALSE);

  return schakel_sqlite_exec (self->handle, "COMMIT", error);
}

/**
 * schakel_database_rollback:
 * @self: a writable database
 *
 * Abandons the open transaction, if any.
 */
void
schakel_database_rollback (SchakelDatabase *self)
{
  g_return_if_fail (SCHAKEL_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}
