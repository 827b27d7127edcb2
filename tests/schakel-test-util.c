/* schakel-test-util.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

static char *tmp_dir;

/* Removes @path and, when it is a folder, everything below it. */
static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static void
remove_tmp_dir (void)
{
  remove_tree (tmp_dir);
}

/**
 * schakel_test_tmp_path:
 * @name: a file name
 *
 * Returns: (transfer full): @name inside a private temporary folder of
 *   this test process, removed when the process exits; the file does not
 *   exist yet
 */
char *
schakel_test_tmp_path (const char *name)
{
  char *path;

  if (tmp_dir == NULL)
    {
      tmp_dir = g_dir_make_tmp ("schakel-test-XXXXXX", NULL);
      g_assert_nonnull (tmp_dir);
      atexit (remove_tmp_dir);
    }

  path = g_build_filename (tmp_dir, name, NULL);
  g_unlink (path);
  return path;
}

/**
 * schakel_test_file_sha256:
 * @path: a file
 *
 * Returns: (transfer full): the SHA-256 of the file's bytes
 */
char *
schakel_test_file_sha256 (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

/**
 * schakel_test_open_new:
 * @name: a file name
 *
 * Returns: (transfer full): a new, writable database in the temporary folder
 */
SchakelDatabase *
schakel_test_open_new (const char *name)
{
  g_autofree char *path = schakel_test_tmp_path (name);
  g_autoptr(GError) error = NULL;
  SchakelDatabase *db;

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

/**
 * schakel_test_query_int:
 * @db: a database
 * @sql: a query returning one integer
 *
 * Returns: the integer; the test fails when the query does
 */
gint64
schakel_test_query_int (SchakelDatabase *db,
                        const char      *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  if (!schakel_sqlite_query_int64 (schakel_database_get_handle (db), sql, &value, &error))
    g_error ("%s: %s", sql, error->message);
  return value;
}

/**
 * schakel_test_exec:
 * @db: a database
 * @sql: statements without results
 *
 * Runs @sql; the test fails when it does.
 */
void
schakel_test_exec (SchakelDatabase *db,
                   const char      *sql)
{
  g_autoptr(GError) error = NULL;

  if (!schakel_sqlite_exec (schakel_database_get_handle (db), sql, &error))
    g_error ("%s: %s", sql, error->message);
}
