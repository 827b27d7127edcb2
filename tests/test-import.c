/* test-import.c — importing into a database: all or nothing, valid rows
 * only, re-import, update by natural key, checks across rows, history, and
 * export → import round trips.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "schakel-core.h"
#include "schakel-import-private.h"
#include "schakel-test-util.h"

static const char minors_csv[] =
  "jongere_id;geboortedatum;geslacht;amv\r\n"
  "J1;14-05-2010;v;ja\r\n"
  "J2;2011-03;m;nee\r\n"
  "J3;01-01-2012;x;ja\r\n";

static const char placements_csv[] =
  "jongere_id;locatie_code;locatie_naam;locatie_type;gemeente_code;startdatum;einddatum;reden\r\n"
  "J1;TA01;Ter Apel;AC;GM1950;01-02-2025;10-02-2025;\r\n"
  "J1;AZC1;AZC Assen;AZC;GM0106;10-02-2025;;procedure\r\n"
  "J2;TA01;Ter Apel;AC;GM1950;01-03-2025;;\r\n"
  "J3;TA01;Ter Apel;AC;GM1950;01-04-2025;;\r\n";

static char *
write_tmp (const char *name,
           const char *contents)
{
  char *path = schakel_test_tmp_path (name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
collect_issue (const SchakelImportIssue *issue,
               gpointer                  user_data)
{
  GString *out = user_data;

  g_string_append_printf (out, "%s:%" G_GUINT64_FORMAT ":%s:%s:%s\n", issue->file_name, issue->line,
                          issue->column != NULL ? issue->column : "",
                          issue->severity == SCHAKEL_ISSUE_ERROR ? "E" : "W", issue->message);
}

/* Imports the files (NULL-terminated); issues collect in @issues. */
static SchakelImport *
run_import (SchakelDatabase     *db,
            SchakelImportFlags   flags,
            const char          *rejects,
            GString             *issues,
            gboolean            *ok,
            GError             **error,
            ...)
{
  SchakelImport *import = schakel_import_new (flags);
  const char *path;
  va_list ap;

  schakel_import_set_issue_func (import, collect_issue, issues);
  schakel_import_set_rejects_path (import, rejects);
  va_start (ap, error);
  while ((path = va_arg (ap, const char *)) != NULL)
    schakel_import_add_file (import, path, SCHAKEL_IMPORT_TYPE_NONE);
  va_end (ap);
  *ok = schakel_import_run (import, db, NULL, error);
  return import;
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

/* A digest of the data tables, to compare a database before and after. */
static char *
data_digest (SchakelDatabase *db)
{
  static const char * const tables[] = { "minor", "location", "placement", "school", "enrolment",
                                         "waitlist_entry", "absence_report", "escalation_step",
                                         "procedure_event", "municipality", "region", "region_municipality" };
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s ORDER BY 1", tables[t]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (schakel_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const char *text = (const char *) sqlite3_column_text (stmt, c);

            g_checksum_update (sum, (const guchar *) (text != NULL ? text : "\x01"), -1);
            g_checksum_update (sum, (const guchar *) "|", 1);
          }
      sqlite3_finalize (stmt);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static void
test_import_all_or_nothing (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("aon.db");
  g_autofree char *minors = write_tmp ("aon-jongeren.csv", minors_csv);
  g_autofree char *placements = write_tmp ("aon-plaatsingen.csv",
                                           "jongere_id;locatie_code;locatie_type;gemeente_code;startdatum;einddatum\r\n"
                                           "J1;TA01;AC;GM1950;01-02-2025;10-02-2025\r\n"
                                           "J2;TA01;AC;GM1950;01-03-2025;01-02-2025\r\n"
                                           "J4;TA01;AC;GM1950;01-03-2025;\r\n");
  g_autofree char *rejects = schakel_test_tmp_path ("aon-rejects.csv");
  g_autofree char *before = data_digest (db);
  g_autofree char *after = NULL;
  g_autofree char *rejected = NULL;
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) import = NULL;
  const SchakelImportFileResult *r;
  struct stat st;
  gboolean ok;

  /* Placements first on the command line: imported after the minors anyway. */
  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, placements, minors, NULL);
  g_assert_false (ok);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  assert_contains (error->message, "2 errors; nothing was imported");
  assert_contains (issues->str, "aon-plaatsingen.csv:3:einddatum:E:2025-02-01 is before startdatum 2025-03-01");
  assert_contains (issues->str, "aon-plaatsingen.csv:4:jongere_id:E:there is no minor “J4”");
  after = data_digest (db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run"), ==, 0);
  g_assert_false (schakel_import_get_committed (import));
  g_clear_object (&import);
  g_clear_error (&error);

  /* Valid rows only: the rest goes in, the two rows to the rejects file. */
  g_string_truncate (issues, 0);
  import = run_import (db, SCHAKEL_IMPORT_VALID_ONLY, rejects, issues, &ok, &error, placements, minors, NULL);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_true (schakel_import_get_committed (import));
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor"), ==, 3);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement"), ==, 1);
  r = schakel_import_get_result (import, 1);
  g_assert_cmpstr (r->file_name, ==, "aon-plaatsingen.csv");
  g_assert_cmpuint (r->rows, ==, 3);
  g_assert_cmpuint (r->inserted, ==, 1);
  g_assert_cmpuint (r->rejected, ==, 2);
  g_assert_nonnull (r->rejects_path);
  g_assert_true (g_file_get_contents (r->rejects_path, &rejected, NULL, NULL));
  g_assert_true (g_str_has_prefix (rejected, "\xEF\xBB\xBFjongere_id;locatie_code;locatie_type;gemeente_code;startdatum;einddatum;importfout\r\n"));
  assert_contains (rejected, "J2;TA01;AC;GM1950;01-03-2025;01-02-2025;einddatum: 2025-02-01 is before startdatum 2025-03-01\r\n");
  assert_contains (rejected, "J4;TA01;AC;GM1950;01-03-2025;;jongere_id: there is no minor");
  g_assert_null (strstr (rejected, "J1;"));
  g_assert_cmpint (g_stat (r->rejects_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run WHERE valid_only = 1"), ==, 2);
}

static void
test_import_reimport_and_update (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("re.db");
  g_autofree char *minors = write_tmp ("jongeren.csv", minors_csv);
  g_autofree char *placements = write_tmp ("plaatsingen.csv", placements_csv);
  g_autofree char *newer = write_tmp ("plaatsingen-2.csv",
                                      "jongere_id;locatie_code;locatie_naam;locatie_type;gemeente_code;startdatum;einddatum;reden\r\n"
                                      "J2;TA01;Ter Apel;AC;GM1950;01-03-2025;20-03-2025;\r\n"
                                      "J2;AZC1;;AZC;GM0106;20-03-2025;;procedure\r\n"
                                      "J3;TA01;Ter Apel;AC;GM1950;01-04-2025;;\r\n");
  g_autofree char *first = NULL, *second = NULL;
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) import = NULL;
  const SchakelImportFileResult *r;
  gboolean ok;

  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, minors, placements, NULL);
  g_assert_no_error (error);
  g_assert_cmpstr (issues->str, ==, "");
  r = schakel_import_get_result (import, 1);
  g_assert_cmpuint (r->inserted, ==, 4);
  {
    g_autofree char *sha256 = schakel_test_file_sha256 (placements);

    g_assert_cmpstr (r->sha256, ==, sha256);
  }
  first = data_digest (db);
  g_clear_object (&import);

  /* The same files again change nothing. */
  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, minors, placements, NULL);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      r = schakel_import_get_result (import, i);
      g_assert_cmpuint (r->inserted, ==, 0);
      g_assert_cmpuint (r->updated, ==, 0);
      g_assert_cmpuint (r->unchanged, ==, r->rows);
    }
  second = data_digest (db);
  g_assert_cmpstr (first, ==, second);
  g_clear_object (&import);

  /* A newer export: an end date filled in, a move added, one row as it was. */
  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, newer, NULL);
  g_assert_no_error (error);
  r = schakel_import_get_result (import, 0);
  g_assert_cmpuint (r->inserted, ==, 1);
  g_assert_cmpuint (r->updated, ==, 1);
  g_assert_cmpuint (r->unchanged, ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement p JOIN minor m ON m.id = p.minor_id"
                                               " WHERE m.jongere_id = 'J2' AND p.end_date = '2025-03-20'"), ==, 1);
  /* An empty name keeps the location's name. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM location WHERE code = 'AZC1' AND name = 'AZC Assen'"), ==, 1);

  /* History: base names only, one row per file per committed import. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run"), ==, 5);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run WHERE instr (file_name, '/') > 0"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT rows_updated FROM import_run WHERE file_name = 'plaatsingen-2.csv'"), ==, 1);
}

/* The import_run id of @table's rows of minor @jongere_id, joined with ','
 * in row order; "-" for a row without one. */
static char *
run_ids (SchakelDatabase *db,
         const char      *table,
         const char      *jongere_id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce (t.import_run_id, '-') FROM %s t"
                                          " JOIN minor m ON m.id = t.minor_id WHERE m.jongere_id = ?1"
                                          " ORDER BY t.id", table);
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (schakel_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, jongere_id, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s%s", out->len > 0 ? "," : "", sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gint64
run_id_of (SchakelDatabase *db,
           const char      *file_name)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM import_run WHERE file_name = '%s'", file_name);

  return schakel_test_query_int (db, sql);
}

#define assert_run_ids(db, table, jongere_id, expected) \
  G_STMT_START { \
    g_autofree char *ids_ = run_ids (db, table, jongere_id); \
    g_assert_cmpstr (ids_, ==, expected); \
  } G_STMT_END

/* Each row points to the import_run of the file that last inserted or
 * changed it; an unchanged row keeps its run, a failed import leaves no
 * run and no mark. */
static void
test_import_run_ids (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("runs.db");
  g_autofree char *minors = write_tmp ("runs-jongeren.csv", minors_csv);
  g_autofree char *placements = write_tmp ("runs-plaatsingen.csv", placements_csv);
  g_autofree char *newer = write_tmp ("runs-plaatsingen-2.csv",
                                      "jongere_id;locatie_code;locatie_naam;locatie_type;gemeente_code;startdatum;einddatum;reden\r\n"
                                      "J2;TA01;Ter Apel;AC;GM1950;01-03-2025;20-03-2025;\r\n"
                                      "J2;AZC1;;AZC;GM0106;20-03-2025;;procedure\r\n"
                                      "J3;TA01;Ter Apel;AC;GM1950;01-04-2025;;\r\n");
  g_autofree char *broken = write_tmp ("runs-plaatsingen-3.csv",
                                       "jongere_id;locatie_code;locatie_type;gemeente_code;startdatum;einddatum\r\n"
                                       "J3;AZC1;AZC;GM0106;01-05-2025;\r\n"
                                       "J9;AZC1;AZC;GM0106;01-05-2025;\r\n");
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) import = NULL;
  g_autofree char *first = NULL, *second = NULL;
  gint64 run_minors, run_placements, run_newer;
  gboolean ok;

  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, minors, placements, NULL);
  g_assert_no_error (error);
  g_clear_object (&import);
  run_minors = run_id_of (db, "runs-jongeren.csv");
  run_placements = run_id_of (db, "runs-plaatsingen.csv");
  g_assert_cmpint (run_minors, >, 0);
  g_assert_cmpint (run_placements, >, run_minors);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE import_run_id IS NOT"
                                               " (SELECT id FROM import_run WHERE file_name = 'runs-jongeren.csv')"), ==, 0);
  {
    g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT,
                                                 run_placements, run_placements);

    assert_run_ids (db, "placement", "J1", expected);
  }
  /* The run row has its final counts, written in the same transaction. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT rows_inserted FROM import_run"
                                               " WHERE file_name = 'runs-plaatsingen.csv'"), ==, 4);

  /* The same files again: new runs, but no row changed, so none moves. */
  first = data_digest (db);
  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, minors, placements, NULL);
  g_assert_no_error (error);
  g_clear_object (&import);
  second = data_digest (db);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run"), ==, 4);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT import_run_id) FROM placement"), ==, 1);

  /* A newer file: the updated and the inserted row get its run, the
   * unchanged one keeps the first. */
  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, newer, NULL);
  g_assert_no_error (error);
  g_clear_object (&import);
  run_newer = run_id_of (db, "runs-plaatsingen-2.csv");
  {
    g_autofree char *j2 = g_strdup_printf ("%" G_GINT64_FORMAT ",%" G_GINT64_FORMAT, run_newer, run_newer);
    g_autofree char *j3 = g_strdup_printf ("%" G_GINT64_FORMAT, run_placements);

    assert_run_ids (db, "placement", "J2", j2);
    assert_run_ids (db, "placement", "J3", j3);
  }

  /* A file with an error: no run row, no row marked. */
  g_free (second);
  second = data_digest (db);
  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, broken, NULL);
  g_assert_false (ok);
  g_clear_error (&error);
  g_clear_object (&import);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run"
                                               " WHERE file_name = 'runs-plaatsingen-3.csv'"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT max (id) FROM import_run"), ==, run_newer);
  {
    g_autofree char *third = data_digest (db);

    g_assert_cmpstr (second, ==, third);
  }

  /* A dry run is recorded, but marks nothing. */
  import = run_import (db, SCHAKEL_IMPORT_DRY_RUN, NULL, issues, &ok, &error, newer, NULL);
  g_assert_no_error (error);
  g_clear_object (&import);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run WHERE dry_run = 1"), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement WHERE import_run_id ="
                                               " (SELECT id FROM import_run WHERE dry_run = 1)"), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);

  /* The record loader names the file each row came from. */
  {
    g_autoptr(SchakelMinorRecord) record = schakel_minor_record_load (db, "J3", schakel_day_today (), NULL, &error);
    g_autofree char *sha256 = schakel_test_file_sha256 (placements);
    g_autofree char *expected = NULL;
    guint n_placements = 0;

    g_assert_no_error (error);
    g_assert_cmpint (schakel_minor_record_get_minor (record)->import_run_id, ==, run_minors);
    for (guint i = 0; i < schakel_minor_record_get_n_items (record); i++)
      {
        const SchakelRecordItem *item = schakel_minor_record_get_item (record, i);
        g_autofree char *text = NULL;

        if (item->table == NULL)
          {
            g_assert_null (item->import);
            continue;
          }
        if (item->kind != SCHAKEL_RECORD_PLACEMENT)
          continue;
        n_placements++;
        g_assert_nonnull (item->import);
        g_assert_cmpint (item->import_run_id, ==, run_placements);
        g_assert_cmpstr (item->import->file_name, ==, "runs-plaatsingen.csv");
        g_assert_cmpstr (item->import->sha256, ==, sha256);
        text = schakel_record_import_describe (item->import);
        expected = g_strdup_printf ("SHA-256 %.8s", sha256);
        g_assert_true (g_str_has_prefix (text, "runs-plaatsingen.csv, "));
        g_assert_true (g_str_has_suffix (text, expected));
      }
    g_assert_cmpuint (n_placements, ==, 1);
  }
}

static void
test_import_cross_row_checks (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("cross.db");
  g_autofree char *minors = write_tmp ("cross-jongeren.csv", minors_csv);
  g_autofree char *placements = write_tmp ("cross-plaatsingen.csv", placements_csv);
  g_autofree char *overlap = write_tmp ("overlap.csv",
                                        "jongere_id;locatie_code;locatie_type;gemeente_code;startdatum;einddatum\r\n"
                                        "J3;NO1;NO;GM0363;01-05-2025;01-06-2025\r\n"
                                        "J3;NO2;NO;GM0363;15-05-2025;\r\n"
                                        "J1;TA01;AC;GM1950;01-02-2025;10-02-2025\r\n"
                                        "J1;TA01;AC;GM1950;01-02-2025;11-02-2025\r\n"
                                        "J2;XX1;AC;GM1950;01-01-2025;05-01-2025\r\n"
                                        "J2;XX1;AZC;GM1950;05-01-2025;06-01-2025\r\n"
                                        "J2;XX2;AZC;GM9999;06-01-2025;07-01-2025\r\n"
                                        "J2;XX3;AZC;GM1950;01-01-2024;31-12-2024\r\n"
                                        "J2;XX3;AZC;GM1950;01-02-2024;01-03-2024\r\n"
                                        "J2;XX3;AZC;GM1950;01-04-2024;01-05-2024\r\n");
  g_autofree char *month_first = NULL;
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) import = NULL;
  g_autofree char *corpus_month_first = g_test_build_filename (G_TEST_DIST, "data", "import", "month-first.csv", NULL);
  gboolean ok;

  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, minors, placements, NULL);
  g_assert_no_error (error);
  g_clear_object (&import);

  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, overlap, NULL);
  g_assert_false (ok);
  g_clear_error (&error);
  /* J3's open placement from 01-04 in the database overlaps both new ones. */
  assert_contains (issues->str, "overlap.csv:2:startdatum:E:the placement from 2025-05-01 overlaps the placement of the same minor from 2025-04-01");
  /* … and the two new ones overlap each other; moving on the day one ends (J2) is fine. */
  assert_contains (issues->str, "overlap.csv:3:startdatum:E:the placement from 2025-05-15 overlaps the placement of the same minor from 2025-05-01");
  g_assert_null (strstr (issues->str, "overlap.csv:6:startdatum"));
  g_assert_null (strstr (issues->str, "overlap.csv:7:startdatum"));
  /* A long placement overlaps every later one it spans, not only the next;
   * {other} is the placement just before. */
  g_assert_null (strstr (issues->str, "overlap.csv:9:startdatum"));
  assert_contains (issues->str, "overlap.csv:10:startdatum:E:the placement from 2024-02-01 overlaps the placement of the same minor from 2024-01-01");
  assert_contains (issues->str, "overlap.csv:11:startdatum:E:the placement from 2024-04-01 overlaps the placement of the same minor from 2024-02-01");
  assert_contains (issues->str, "overlap.csv:5:jongere_id+startdatum:E:“J1 2025-02-01” is also on line 4");
  assert_contains (issues->str, "overlap.csv:7:locatie_code:E:location “XX1” has another type or municipality on line 6");
  assert_contains (issues->str, "overlap.csv:8:gemeente_code:E:“GM9999” is not a known municipality");
  g_clear_object (&import);

  /* With too many keys for the staged check, its SQL finds the same. */
  g_string_truncate (issues, 0);
  import = schakel_import_new (SCHAKEL_IMPORT_FLAGS_NONE);
  _schakel_import_set_max_staged_keys (import, 1);
  schakel_import_set_issue_func (import, collect_issue, issues);
  schakel_import_add_file (import, overlap, SCHAKEL_IMPORT_TYPE_NONE);
  g_assert_false (schakel_import_run (import, db, NULL, &error));
  g_clear_error (&error);
  assert_contains (issues->str, "overlap.csv:7:locatie_code:E:location “XX1” has another type or municipality on line 6");
  g_clear_object (&import);

  /* A conflict found while staging, before the fallback, is reported once. */
  g_string_truncate (issues, 0);
  import = schakel_import_new (SCHAKEL_IMPORT_FLAGS_NONE);
  _schakel_import_set_max_staged_keys (import, 4);
  schakel_import_set_issue_func (import, collect_issue, issues);
  schakel_import_add_file (import, overlap, SCHAKEL_IMPORT_TYPE_NONE);
  g_assert_false (schakel_import_run (import, db, NULL, &error));
  g_clear_error (&error);
  {
    const char *first = strstr (issues->str, "overlap.csv:7:locatie_code:E:");

    g_assert_nonnull (first);
    g_assert_null (strstr (first + 1, "overlap.csv:7:locatie_code:E:"));
  }
  g_clear_object (&import);

  /* A placement that replaces the database's row by key is compared as replaced. */
  g_string_truncate (issues, 0);
  {
    g_autofree char *moved = write_tmp ("moved.csv",
                                        "jongere_id;locatie_code;locatie_type;gemeente_code;startdatum;einddatum\r\n"
                                        "J3;NO1;NO;GM0363;01-05-2025;\r\n"
                                        "J3;TA01;AC;GM1950;01-04-2025;01-05-2025\r\n");

    import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, moved, NULL);
    g_assert_no_error (error);
    g_assert_cmpstr (issues->str, ==, "");
    g_clear_object (&import);
  }

  /* Month-first dates elsewhere in a file: the ambiguous ones are refused too. */
  month_first = g_strdup (corpus_month_first);
  import = run_import (db, SCHAKEL_IMPORT_VALID_ONLY, NULL, issues, &ok, &error, month_first, NULL);
  g_assert_no_error (error);
  assert_contains (issues->str, "month-first.csv:2:geboortedatum:E:“05/14/2010” cannot be day-first");
  assert_contains (issues->str, "month-first.csv:3::E:a date written as dd/mm/jjjj could also be month-first, and line 2");
  g_assert_cmpuint (schakel_import_get_result (import, 0)->inserted, ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE birth_date = '2011-04-20'"), ==, 1);
}

static void
test_import_dry_run (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("dry.db");
  g_autofree char *minors = write_tmp ("dry-jongeren.csv", minors_csv);
  g_autofree char *before = data_digest (db);
  g_autofree char *after = NULL;
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) import = NULL;
  gboolean ok;

  import = run_import (db, SCHAKEL_IMPORT_DRY_RUN, NULL, issues, &ok, &error, minors, NULL);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpuint (schakel_import_get_result (import, 0)->inserted, ==, 3);
  after = data_digest (db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run WHERE dry_run = 1 AND rows_inserted = 3"), ==, 1);
}

/* The app's check before the user chooses: counts, detection, progress,
 * and nothing in the data or the history. */
static void
test_import_unrecorded_check (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("check.db");
  g_autofree char *minors = write_tmp ("check-jongeren.csv", "jongere_id,geboortedatum,geslacht,amv\n"
                                                              "J1,14-05-2010,v,ja\n"
                                                              "J2,31-02-2011,m,nee\n");
  g_autofree char *before = data_digest (db);
  g_autofree char *after = NULL;
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) import = NULL;
  const SchakelImportFileResult *result;
  gboolean ok;

  import = run_import (db, SCHAKEL_IMPORT_DRY_RUN | SCHAKEL_IMPORT_VALID_ONLY | SCHAKEL_IMPORT_UNRECORDED,
                       NULL, issues, &ok, &error, minors, NULL);
  g_assert_no_error (error);
  g_assert_true (ok);
  result = schakel_import_get_result (import, 0);
  g_assert_cmpint (result->type, ==, SCHAKEL_IMPORT_MINORS);
  g_assert_cmpint (result->encoding, ==, SCHAKEL_ENCODING_ASCII);
  g_assert_cmpint (result->separator, ==, ',');
  g_assert_cmpuint (result->rows, ==, 2);
  g_assert_cmpuint (result->inserted, ==, 1);
  g_assert_cmpuint (result->rejected, ==, 1);
  g_assert_cmpfloat (schakel_import_get_fraction (import), >=, 0.9);
  assert_contains (issues->str, "check-jongeren.csv:3:geboortedatum:E:");
  after = data_digest (db);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run"), ==, 0);
}

/* The app writes each file's rejected rows beside it, never over a file. */
static void
test_import_rejects_beside (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("beside.db");
  g_autofree char *minors = write_tmp ("beside.csv", "jongere_id;geboortedatum;geslacht;amv\nJ1;14-05-2010;v;ja\nJ2;31-02-2011;m;nee\n");
  g_autofree char *first = schakel_test_tmp_path ("beside-afgekeurd.csv");
  g_autofree char *second = schakel_test_tmp_path ("beside-afgekeurd-2.csv");
  g_autofree char *contents = NULL;
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(SchakelImport) import =
        run_import (db, SCHAKEL_IMPORT_VALID_ONLY | SCHAKEL_IMPORT_REJECTS_BESIDE, NULL, issues, &ok, &error,
                    minors, NULL);

      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_cmpstr (schakel_import_get_result (import, 0)->rejects_path, ==, i == 0 ? first : second);
    }
  g_file_get_contents (second, &contents, NULL, &error);
  g_assert_no_error (error);
  assert_contains (contents, "J2;31-02-2011;m;nee;geboortedatum: ");
  g_assert_true (g_file_test (first, G_FILE_TEST_EXISTS));
}

/* Mapping profiles: a partner's own header read as a canonical file,
 * given by name or found automatically; broken profiles say what is wrong. */
static const char coa_profile[] =
  "[Profile]\n"
  "Name=COA Noord\n"
  "Type=plaatsingen\n"
  "[Columns]\n"
  "jongere_id=Clientnummer\n"
  "locatie_code=Locatie\n"
  "locatie_type=Soort opvang\n"
  "gemeente_code=Gemeente\n"
  "startdatum=Datum in\n"
  "einddatum=Datum uit\n";

static void
write_profile (const char *name,
               const char *contents)
{
  g_autofree char *dir = schakel_import_profile_get_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
assert_profile_error (const char *contents,
                      const char *expected)
{
  g_autofree char *path = write_tmp ("broken.profile", contents);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImportProfile) profile = schakel_import_profile_load (path, &error);

  g_assert_null (profile);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  assert_contains (error->message, "broken.profile");
  assert_contains (error->message, expected);
}

static void
test_import_profiles (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("profile.db");
  g_autofree char *minors = write_tmp ("profile-jongeren.csv", minors_csv);
  g_autofree char *coa = write_tmp ("coa-export.csv",
                                    "CLIENTNUMMER;Locatie;Soort opvang;Gemeente;Datum in;Datum uit;Opmerking\r\n"
                                    "J1;TA01;AC;GM1950;01-02-2025;10-02-2025;x\r\n"
                                    "J2;TA01;AC;GM1950;01-03-2025;;\r\n");
  static const char * const header[] = { "Clientnummer", "locatie", "SOORT OPVANG", "Gemeente", "Datum in", "Datum uit", "Extra" };
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) first = NULL;
  g_autoptr(SchakelImport) import = NULL;
  g_autoptr(SchakelImportProfile) profile = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_auto(GStrv) renamed = NULL;
  gboolean ok;

  first = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, minors, NULL);
  g_assert_no_error (error);

  /* Without a profile the header is not recognised. */
  g_clear_object (&import);
  import = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, coa, NULL);
  g_assert_false (ok);
  g_clear_error (&error);

  write_profile ("coa-noord.profile", coa_profile);
  profile = schakel_import_profile_find ("coa noord", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (schakel_import_profile_get_name (profile), ==, "COA Noord");
  g_assert_cmpint (schakel_import_profile_get_type (profile), ==, SCHAKEL_IMPORT_PLACEMENTS);
  g_assert_true (schakel_import_profile_matches (profile, header, G_N_ELEMENTS (header)));
  g_assert_false (schakel_import_profile_matches (profile, header, 3));
  renamed = schakel_import_profile_rename_header (profile, header, G_N_ELEMENTS (header));
  g_assert_cmpstr (renamed[0], ==, "jongere_id");
  g_assert_cmpstr (renamed[2], ==, "locatie_type");
  g_assert_cmpstr (renamed[6], ==, "Extra");

  /* Given explicitly. */
  g_clear_object (&import);
  g_string_truncate (issues, 0);
  import = schakel_import_new (SCHAKEL_IMPORT_DRY_RUN);
  schakel_import_set_issue_func (import, collect_issue, issues);
  schakel_import_add_file (import, coa, SCHAKEL_IMPORT_TYPE_NONE);
  schakel_import_set_profile (import, g_steal_pointer (&profile));
  g_assert_true (schakel_import_run (import, db, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (schakel_import_get_result (import, 0)->profile, ==, "COA Noord");
  g_assert_cmpuint (schakel_import_get_result (import, 0)->inserted, ==, 2);
  assert_contains (issues->str, "“Opmerking” is not a column");

  /* Found automatically among the saved ones. */
  all = schakel_import_profile_load_all (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_clear_object (&import);
  import = schakel_import_new (SCHAKEL_IMPORT_FLAGS_NONE);
  schakel_import_add_file (import, coa, SCHAKEL_IMPORT_TYPE_NONE);
  schakel_import_add_file (import, minors, SCHAKEL_IMPORT_TYPE_NONE);
  schakel_import_set_candidate_profiles (import, all);
  g_assert_true (schakel_import_run (import, db, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (schakel_import_get_result (import, 0)->profile);  /* jongeren: canonical, first in order */
  g_assert_cmpstr (schakel_import_get_result (import, 1)->profile, ==, "COA Noord");
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement"), ==, 2);

  g_assert_null (schakel_import_profile_find ("nobody", &error));
  assert_contains (error->message, "no mapping profile “nobody”");
  g_clear_error (&error);

  assert_profile_error ("[Profile]\nType=nonsense\n[Columns]\njongere_id=X\n", "Type=");
  assert_profile_error ("[Profile]\nType=jongeren\n", "maps no column");
  assert_profile_error ("[Profile]\nType=jongeren\n[Columns]\nstartdatum=X\n", "“startdatum” is not a column of a jongeren file");
  assert_profile_error ("[Profile]\nType=jongeren\n[Columns]\njongere_id=X\namv=x\n", "“x” is mapped to two columns");
  assert_profile_error ("[Profile]\nType=jongeren\n[Columns]\njongere_id=--\n", "mapped to no name");
  assert_profile_error ("not a key file", "broken.profile");
}

/* The history lists every committed file and dry run, newest first. */
static void
test_import_history_list (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("history.db");
  g_autofree char *minors = write_tmp ("history-jongeren.csv", minors_csv);
  g_autofree char *placements = write_tmp ("history-plaatsingen.csv", placements_csv);
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autoptr(SchakelImport) first = NULL;
  g_autoptr(SchakelImport) second = NULL;
  const SchakelImportRun *run;
  gboolean ok;

  runs = schakel_import_history_list (db, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 0);
  g_clear_pointer (&runs, g_ptr_array_unref);

  first = run_import (db, SCHAKEL_IMPORT_FLAGS_NONE, NULL, issues, &ok, &error, minors, NULL);
  g_assert_no_error (error);
  second = run_import (db, SCHAKEL_IMPORT_DRY_RUN, NULL, issues, &ok, &error, placements, NULL);
  g_assert_no_error (error);

  runs = schakel_import_history_list (db, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 2);
  run = g_ptr_array_index (runs, 0);
  g_assert_cmpstr (run->file_name, ==, "history-plaatsingen.csv");
  g_assert_cmpint (run->type, ==, SCHAKEL_IMPORT_PLACEMENTS);
  g_assert_true (run->dry_run);
  g_assert_cmpuint (run->rows_inserted, ==, 4);
  run = g_ptr_array_index (runs, 1);
  g_assert_cmpstr (run->file_name, ==, "history-jongeren.csv");
  g_assert_cmpstr (run->sha256, ==, schakel_import_get_result (first, 0)->sha256);
  g_assert_cmpint (strlen (run->sha256), ==, 64);
  g_assert_cmpuint (run->rows_read, ==, 3);
  g_assert_cmpuint (run->rows_inserted, ==, 3);
  g_assert_false (run->dry_run);
  g_assert_nonnull (run->at);
  g_clear_pointer (&runs, g_ptr_array_unref);

  runs = schakel_import_history_list (db, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (runs->len, ==, 1);
}

static void
test_import_reference_files (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("ref.db");
  g_autofree char *gemeenten = write_tmp ("gemeenten.csv",
                                          "gemeente_code,gemeente_naam,provincie_code\n"
                                          "GM0363,Amsterdam (hoofdstad),PV27\n"
                                          "GM9001,Nieuwgemeente,PV26\n"
                                          "GM9002,Ergens,PV99\n");
  g_autofree char *regions = write_tmp ("regio_indeling.csv",
                                        "indeling,regio_code,regio_naam,gemeente_code\n"
                                        "rmc,R1,Regio Een,GM0363\n"
                                        "rmc,R1,Regio Een,GM9001\n"
                                        "provincie,PV27,Noord-Holland,GM0014\n");
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) import = NULL;
  gboolean ok;

  import = run_import (db, SCHAKEL_IMPORT_VALID_ONLY, NULL, issues, &ok, &error, regions, gemeenten, NULL);
  g_assert_no_error (error);
  assert_contains (issues->str, "gemeenten.csv:4:provincie_code:E:“PV99” is not a known province");
  assert_contains (issues->str, "regio_indeling.csv:4:indeling:E:“provincie” is Schakel’s built-in region scheme");
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM municipality"), ==, 343);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM region_municipality WHERE scheme_code = 'rmc'"), ==, 2);
  g_assert_cmpuint (schakel_import_get_result (import, 0)->updated, ==, 1);
}

/* Every table out and into a new database: the same data, byte for byte
 * in the canonical files. */
static void
test_import_round_trip (void)
{
  g_autoptr(SchakelDatabase) source = schakel_test_open_new ("rt-source.db");
  g_autoptr(SchakelDatabase) target = schakel_test_open_new ("rt-target.db");
  g_autoptr(SchakelImport) import = schakel_import_new (SCHAKEL_IMPORT_FLAGS_NONE);
  g_autoptr(GString) issues = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  SchakelDemoOptions options;

  schakel_demo_options_init (&options);
  options.n_minors = 300;
  options.n_years = 2;
  options.until = schakel_day_from_ymd (2026, 10, 1);
  g_assert_true (schakel_demo_generate (source, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  schakel_test_exec (source, "INSERT INTO region_scheme (code, name) VALUES ('eigen', 'Eigen');"
                             "INSERT INTO region (scheme_code, code, name) VALUES ('eigen', 'A', 'Regio “A” – west');"
                             "INSERT INTO region_municipality (scheme_code, region_code, municipality_code)"
                             " VALUES ('eigen', 'A', 'GM0363');");

  for (int t = 0; t < SCHAKEL_N_IMPORT_TYPES; t++)
    {
      const SchakelImportFormat *format = schakel_import_format_get (t);
      g_autofree char *name = g_strdup_printf ("rt-%s.csv", format->name);
      g_autofree char *path = schakel_test_tmp_path (name);

      g_assert_true (schakel_export_table (source, t, path, t % 2 == 0, NULL, &error));
      g_assert_no_error (error);
      schakel_import_add_file (import, path, SCHAKEL_IMPORT_TYPE_NONE);
    }
  schakel_import_set_issue_func (import, collect_issue, issues);
  g_assert_true (schakel_import_run (import, target, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (issues->str, ==, "");

  for (int t = 0; t < SCHAKEL_N_IMPORT_TYPES; t++)
    {
      const SchakelImportFormat *format = schakel_import_format_get (t);
      g_autofree char *name_a = g_strdup_printf ("rt-a-%s.csv", format->name);
      g_autofree char *name_b = g_strdup_printf ("rt-b-%s.csv", format->name);
      g_autofree char *a = schakel_test_tmp_path (name_a);
      g_autofree char *b = schakel_test_tmp_path (name_b);
      g_autofree char *sum_a = NULL, *sum_b = NULL;
      guint64 rows_a = 0, rows_b = 0;

      g_assert_true (schakel_export_table (source, t, a, FALSE, &rows_a, &error));
      g_assert_true (schakel_export_table (target, t, b, FALSE, &rows_b, &error));
      g_assert_cmpuint (rows_a, ==, rows_b);
      if (t == SCHAKEL_IMPORT_MINORS || t == SCHAKEL_IMPORT_PLACEMENTS || t == SCHAKEL_IMPORT_ABSENCE)
        g_assert_cmpuint (rows_a, >, 0);
      sum_a = schakel_test_file_sha256 (a);
      sum_b = schakel_test_file_sha256 (b);
      g_assert_cmpstr (sum_a, ==, sum_b);
    }
  g_assert_cmpint (schakel_test_query_int (target, "SELECT count(*) FROM minor"), ==,
                   schakel_test_query_int (source, "SELECT count(*) FROM minor"));
  g_assert_cmpint (schakel_test_query_int (target, "SELECT count(*) FROM school"), <=,
                   schakel_test_query_int (source, "SELECT count(*) FROM school"));
}

static void
test_export_neutralises (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("formula.db");
  g_autoptr(SchakelDatabase) again = schakel_test_open_new ("formula-again.db");
  g_autofree char *path = schakel_test_tmp_path ("formula.csv");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImport) import = schakel_import_new (SCHAKEL_IMPORT_FLAGS_NONE);
  struct stat st;

  schakel_test_exec (db, "INSERT INTO minor (jongere_id, amv) VALUES ('=HYPERLINK(\"x\")', 1), ('+31', 0),"
                         " ('-1', 0), ('@SUM(A1)', 1), ('a;b', 1), ('plain', 0)");
  g_assert_true (schakel_export_table (db, SCHAKEL_IMPORT_MINORS, path, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBFjongere_id;geboortedatum;"));
  assert_contains (contents, "\r\n\"'=HYPERLINK(\"\"x\"\")\";");
  assert_contains (contents, "\r\n'+31;");
  assert_contains (contents, "\r\n'-1;");
  assert_contains (contents, "\r\n'@SUM(A1);");
  assert_contains (contents, "\r\n\"a;b\";");
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* Read back, the ' is gone again. */
  schakel_import_add_file (import, path, SCHAKEL_IMPORT_TYPE_NONE);
  g_assert_true (schakel_import_run (import, again, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (schakel_test_query_int (again, "SELECT count(*) FROM minor WHERE jongere_id IN"
                                                  " ('=HYPERLINK(\"x\")', '+31', '-1', '@SUM(A1)', 'a;b', 'plain')"), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = NULL;

  g_test_init (&argc, &argv, NULL);
  /* Mapping profiles are read from here; keep the user's out. */
  config = schakel_test_tmp_path ("config");
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  g_test_add_func ("/core/import/all-or-nothing", test_import_all_or_nothing);
  g_test_add_func ("/core/import/reimport-and-update", test_import_reimport_and_update);
  g_test_add_func ("/core/import/cross-row-checks", test_import_cross_row_checks);
  g_test_add_func ("/core/import/run-ids", test_import_run_ids);
  g_test_add_func ("/core/import/dry-run", test_import_dry_run);
  g_test_add_func ("/core/import/unrecorded-check", test_import_unrecorded_check);
  g_test_add_func ("/core/import/history-list", test_import_history_list);
  g_test_add_func ("/core/import/rejects-beside", test_import_rejects_beside);
  g_test_add_func ("/core/import/profiles", test_import_profiles);
  g_test_add_func ("/core/import/reference-files", test_import_reference_files);
  g_test_add_func ("/core/import/round-trip", test_import_round_trip);
  g_test_add_func ("/core/import/export-neutralises", test_export_neutralises);

  return g_test_run ();
}
