/* fuzz-import.c — libFuzzer target for the CSV reader and the validators.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each input is written to a file and imported as a dry run into one
 * database made at start-up, with the valid rows only, so every layer
 * runs: encoding and separator detection, the RFC 4180 reader, the header
 * match, each field's check, the checks over the whole file in SQL, the
 * merge, and the rollback. Built with -Dfuzzing=true (clang); see
 * docs/HACKING.md, "Fuzzing".
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include <glib/gstdio.h>

#include "schakel-core.h"

static char *input_path;
static SchakelDatabase *db;

static void
ignore_issue (const SchakelImportIssue *issue,
              gpointer                  user_data)
{
  /* Every message must be valid UTF-8: it reaches a terminal or a label. */
  if (!g_utf8_validate (issue->message, -1, NULL))
    abort ();
}

static void
remove_dir (void)
{
  g_autofree char *dir = g_path_get_dirname (input_path);
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  g_clear_object (&db);
  g_unlink (input_path);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (dir, "/fuzz.db", suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("schakel-fuzz-XXXXXX", &error);
  g_autofree char *db_path = NULL;

  if (dir == NULL)
    g_error ("%s", error->message);
  input_path = g_build_filename (dir, "input.csv", NULL);
  db_path = g_build_filename (dir, "fuzz.db", NULL);
  db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  if (db == NULL)
    g_error ("%s", error->message);
  atexit (remove_dir);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SchakelImport) import = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (input_path, (const char *) data, (gssize) size, &error))
    g_error ("%s", error->message);

  import = schakel_import_new (SCHAKEL_IMPORT_DRY_RUN | SCHAKEL_IMPORT_VALID_ONLY | SCHAKEL_IMPORT_UNRECORDED);
  schakel_import_set_issue_func (import, ignore_issue, NULL);
  schakel_import_add_file (import, input_path, SCHAKEL_IMPORT_TYPE_NONE);
  if (!schakel_import_run (import, db, NULL, &error) && !g_utf8_validate (error->message, -1, NULL))
    abort ();
  return 0;
}
