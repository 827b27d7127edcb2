/* test-audit.c — the append-only audit log.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sqlite3.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

static void
record (SchakelDatabase *db,
        const char      *action,
        const char      *kind,
        const char      *id,
        const char      *detail)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (schakel_audit_record (db, action, kind, id, detail, &error));
  g_assert_no_error (error);
}

static GPtrArray *
list (SchakelDatabase *db,
      const char      *kind,
      const char      *id,
      guint            limit)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = schakel_audit_list (db, kind, id, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

static const SchakelAuditEntry *
entry_at (GPtrArray *entries,
          guint      i)
{
  return g_ptr_array_index (entries, i);
}

static void
test_audit_record_and_list (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("audit-list.db");
  g_autoptr(GPtrArray) all = NULL, about_one = NULL, newest = NULL;

  record (db, "timeline.open", "minor", "J000001", NULL);
  record (db, "timeline.export", "minor", "J000001", "pdf");
  record (db, "timeline.open", "minor", "J000002", NULL);
  record (db, "ladder.edit", "ladder", "landelijk", "step added");

  all = list (db, NULL, NULL, 0);
  g_assert_cmpuint (all->len, ==, 4);
  /* Newest first. */
  g_assert_cmpstr (entry_at (all, 0)->action, ==, "ladder.edit");
  g_assert_cmpstr (entry_at (all, 3)->action, ==, "timeline.open");
  g_assert_cmpstr (entry_at (all, 3)->actor, ==, g_get_user_name ());
  g_assert_true (g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$",
                                       entry_at (all, 3)->at, 0, 0));
  g_assert_null (entry_at (all, 3)->detail);

  about_one = list (db, "minor", "J000001", 0);
  g_assert_cmpuint (about_one->len, ==, 2);
  g_assert_cmpstr (entry_at (about_one, 0)->detail, ==, "pdf");

  newest = list (db, NULL, NULL, 1);
  g_assert_cmpuint (newest->len, ==, 1);
  g_assert_cmpstr (entry_at (newest, 0)->subject_id, ==, "landelijk");
}

/* Neither the application nor a stray SQL statement rewrites history. */
static void
test_audit_append_only (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("audit-append.db");
  sqlite3 *handle = schakel_database_get_handle (db);

  record (db, "timeline.print", "minor", "J000003", NULL);
  g_assert_cmpint (sqlite3_exec (handle, "UPDATE audit_log SET actor = 'x'", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (sqlite3_exec (handle, "DELETE FROM audit_log", NULL, NULL, NULL) & 0xff, ==, SQLITE_CONSTRAINT);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE actor <> 'x'"), ==, 1);
}

/* A change and its audit record share one transaction. */
static void
test_audit_follows_transaction (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("audit-tx.db");
  g_autoptr(GError) error = NULL;

  g_assert_true (schakel_database_begin (db, &error));
  record (db, "plan.record", "minor", "J000004", NULL);
  schakel_database_rollback (db);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_audit_refuses_bad_entries (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("audit-bad.db");
  g_autoptr(GError) error = NULL;
  g_autofree char *long_detail = g_strnfill (SCHAKEL_AUDIT_MAX_DETAIL + 1, 'x');

  g_assert_false (schakel_audit_record (db, "export.file", NULL, NULL, long_detail, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The schema holds the shape of an action name. */
  g_assert_false (schakel_audit_record (db, "Export File", NULL, NULL, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_SQLITE);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_audit_read_only (void)
{
  g_autofree char *path = schakel_test_tmp_path ("audit-ro.db");
  g_autoptr(SchakelDatabase) writer = NULL, reader = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  writer = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);
  record (writer, "timeline.open", "minor", "J000005", NULL);
  g_clear_object (&writer);

  reader = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (schakel_audit_record (reader, "timeline.open", "minor", "J000005", NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY);

  entries = list (reader, "minor", "J000005", 0);
  g_assert_cmpuint (entries->len, ==, 1);
}

typedef struct
{
  char     *folder;
  guint     n_files;
  gboolean  fail_after;   /* fail once every file is written */
} WriteJob;

static gboolean
write_files (gpointer   user_data,
             GPtrArray *written,
             GError   **error)
{
  WriteJob *job = user_data;

  for (guint i = 0; i < job->n_files; i++)
    {
      g_autofree char *name = g_strdup_printf ("out-%u.txt", i);
      char *path = g_build_filename (job->folder, name, NULL);

      g_assert_true (g_file_set_contents (path, "x", -1, NULL));
      g_ptr_array_add (written, path);
    }
  if (job->fail_after)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, "disk full");
      return FALSE;
    }
  return TRUE;
}

static guint
count_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Files and their entry go together: both or neither. */
static void
test_audit_write_files (void)
{
  g_autofree char *path = schakel_test_tmp_path ("audit-files.db");
  g_autofree char *folder = schakel_test_tmp_path ("audit-files");
  g_autoptr(SchakelDatabase) db = NULL, reader = NULL;
  g_autoptr(GError) error = NULL;
  WriteJob job = { folder, 2, FALSE };

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);

  g_assert_true (schakel_audit_write_files (db, "report.dossier", "minor", "J000006", "dossier csv",
                                            write_files, &job, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_files (folder), ==, 2);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'report.dossier'"
                                               " AND subject_id = 'J000006' AND detail = 'dossier csv'"), ==, 1);

  /* A write that fails halfway leaves no file and no entry. */
  job.n_files = 3;
  job.fail_after = TRUE;
  g_assert_false (schakel_audit_write_files (db, "report.dossier", "minor", "J000006", NULL, write_files, &job,
                                             &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_clear_error (&error);
  g_assert_cmpuint (count_files (folder), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, 1);
  g_clear_object (&db);

  /* Without a writable log nothing is written at all. */
  job.fail_after = FALSE;
  reader = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (schakel_audit_write_files (reader, "report.dossier", "minor", "J000006", NULL, write_files, &job,
                                             &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY);
  g_assert_cmpuint (count_files (folder), ==, 0);
}

static void
test_audit_action_labels (void)
{
  g_assert_cmpstr (schakel_audit_action_label ("timeline.open"), ==, "Opened timeline");
  g_assert_cmpstr (schakel_audit_action_label ("something.new"), ==, "something.new");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/audit/record-and-list", test_audit_record_and_list);
  g_test_add_func ("/audit/append-only", test_audit_append_only);
  g_test_add_func ("/audit/follows-transaction", test_audit_follows_transaction);
  g_test_add_func ("/audit/refuses-bad-entries", test_audit_refuses_bad_entries);
  g_test_add_func ("/audit/read-only", test_audit_read_only);
  g_test_add_func ("/audit/write-files", test_audit_write_files);
  g_test_add_func ("/audit/action-labels", test_audit_action_labels);

  return g_test_run ();
}
