/* test-database.c — opening, migrating, refusing and locking databases.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "schakel-core.h"
#include "schakel-schema-private.h"
#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

static void
test_database_create (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("create.db");
  const char *path = schakel_database_get_path (db);
  GStatBuf st;

  g_assert_cmpint (schakel_database_get_schema_version (db), ==,
                   schakel_database_get_latest_schema_version ());
  g_assert_cmpint (schakel_test_query_int (db, "PRAGMA user_version"), ==, schakel_database_get_latest_schema_version ());
  g_assert_cmpint (schakel_test_query_int (db, "PRAGMA application_id"), ==, SCHAKEL_APPLICATION_ID);
  g_assert_cmpint (schakel_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "PRAGMA synchronous"), ==, 2); /* FULL */
  g_assert_false (schakel_database_is_read_only (db));
  g_assert_false (schakel_database_is_synthetic (db));

  /* Reference data of DOMAIN.md. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM province"), ==, 12);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM municipality"), ==, 342);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM region_municipality WHERE scheme_code = 'provincie'"), ==, 342);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM region WHERE scheme_code = 'provincie'"), ==, 12);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM municipality WHERE code = 'GM1992'"
                              " AND name = 'Voorne aan Zee' AND province_code = 'PV28'"), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM norm"), ==, 4);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT months FROM norm WHERE code = 'RCD2024'"), ==, 2);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM escalation_ladder_step"), ==, 8);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM location_type WHERE suitability = 'unsuitable'"), ==, 1);
  g_assert_cmpint (schakel_database_get_setting_int (db, "education_min_hours_per_week", -1), ==, 12);
  g_assert_cmpint (schakel_database_get_setting_int (db, "no-such-setting", 42), ==, 42);

  /* Private to the user, including SQLite's own files. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_database_migrate_from_every_version (void)
{
  int latest = schakel_database_get_latest_schema_version ();

  for (int from = 0; from < latest; from++)
    {
      g_autofree char *name = g_strdup_printf ("from-v%d.db", from);
      g_autofree char *path = schakel_test_tmp_path (name);
      g_autoptr(SchakelDatabase) db = NULL;
      g_autoptr(GError) error = NULL;
      sqlite3 *raw = NULL;

      /* Build a file as an older Schakel left it, with a row of data. */
      g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
      g_assert_true (schakel_sqlite_exec (raw, "PRAGMA foreign_keys = ON", NULL));
      g_assert_true (_schakel_schema_migrate (raw, from, &error));
      g_assert_no_error (error);
      if (from >= 1)
        g_assert_true (schakel_sqlite_exec (raw,
                                            "INSERT INTO minor (jongere_id, amv, birth_date)"
                                            " VALUES ('SYN-OLD', 1, '2010-05-01')", NULL));
      if (from >= 1 && from < 4)
        g_assert_true (schakel_sqlite_exec (raw,
                                            "INSERT INTO audit_log (at, actor, action, minor_id)"
                                            " VALUES ('2026-01-02 03:04:05', 'coord', 'print',"
                                            " (SELECT id FROM minor WHERE jongere_id = 'SYN-OLD'))", NULL));
      if (from >= 2 && from < 5)
        g_assert_true (schakel_sqlite_exec (raw,
                                            "INSERT INTO school (id, brin, branch, municipality_code)"
                                            " VALUES (1, '12AB', '00', 'GM0307');"
                                            "INSERT INTO absence_report (id, report_number, minor_id, school_id,"
                                            "  report_type, start_date, report_date, status)"
                                            " SELECT 1, 'VZ-OLD', id, 1, '16U_4WK', '2026-03-02', '2026-03-02',"
                                            "  'geregistreerd' FROM minor WHERE jongere_id = 'SYN-OLD';"
                                            "INSERT INTO escalation_step (report_id, step_code, date, outcome)"
                                            " VALUES (1, 'melding_duo', '2026-03-02', 'uitgevoerd');", NULL));
      sqlite3_close (raw);

      db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE, &error);
      g_assert_no_error (error);
      g_assert_cmpint (schakel_database_get_schema_version (db), ==, latest);
      g_assert_cmpint (schakel_test_query_int (db, "PRAGMA user_version"), ==, latest);
      g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM municipality"), ==, 342);
      if (from >= 1)
        g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE jongere_id = 'SYN-OLD'"), ==, 1);
      g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
      /* Migration 3: the import history starts empty. */
      g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run"), ==, 0);
      /* Migration 4: the old audit log is carried over, subject by id. */
      if (from >= 1 && from < 4)
        g_assert_cmpint (schakel_test_query_int (db,
                                                 "SELECT count(*) FROM audit_log WHERE action = 'minor.print'"
                                                 " AND subject_kind = 'minor' AND subject_id = 'SYN-OLD'"
                                                 " AND at = '2026-01-02T03:04:05Z' AND actor = 'coord'"), ==, 1);
      /* Migration 5: ladder steps get ids, an earlier step points to its
       * ladder step and counts as imported; this year's holidays are in. */
      g_assert_cmpint (schakel_test_query_int (db, "SELECT count(DISTINCT id) FROM escalation_ladder_step"), ==, 8);
      if (from >= 2 && from < 5)
        g_assert_cmpint (schakel_test_query_int (db,
                                                 "SELECT count(*) FROM escalation_step es JOIN escalation_ladder_step ls"
                                                 " ON ls.id = es.ladder_step_id WHERE ls.code = 'melding_duo'"
                                                 " AND es.source = 'import'"), ==, 1);
      g_assert_cmpint (schakel_test_query_int (db,
                                               "SELECT count(*) FROM public_holiday WHERE source = 'computed'"
                                               " AND date LIKE strftime ('%Y', 'now') || '-%'"), ==, 8);
      /* Migration 6: every record table knows its import, none yet. */
      {
        static const char * const traced[] = { "minor", "placement", "enrolment", "waitlist_entry",
                                                "absence_report", "escalation_step", "procedure_event" };

        for (guint t = 0; t < G_N_ELEMENTS (traced); t++)
          {
            g_autofree char *column = g_strdup_printf ("SELECT count(*) FROM pragma_foreign_key_list ('%s')"
                                                       " WHERE \"from\" = 'import_run_id' AND \"table\" = 'import_run'",
                                                       traced[t]);
            g_autofree char *rows = g_strdup_printf ("SELECT count(*) FROM %s WHERE import_run_id IS NOT NULL",
                                                     traced[t]);

            g_assert_cmpint (schakel_test_query_int (db, column), ==, 1);
            g_assert_cmpint (schakel_test_query_int (db, rows), ==, 0);
          }
        if (from >= 1)
          g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor WHERE jongere_id = 'SYN-OLD'"
                                                       " AND import_run_id IS NULL"), ==, 1);
      }
    }
}

static void
test_database_upgrade_refused_read_only (void)
{
  g_autofree char *path = schakel_test_tmp_path ("old-ro.db");
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (_schakel_schema_migrate (raw, 1, NULL));
  sqlite3_close (raw);
  before = schakel_test_file_sha256 (path);

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NEEDS_UPGRADE);
  g_assert_null (db);
  after = schakel_test_file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
}

/* Each violation must be rejected by the schema itself, whatever code
 * path writes. */
static void
test_database_constraints (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("constraints.db");
  sqlite3 *h = schakel_database_get_handle (db);
  static const char * const rejected[] = {
    "INSERT INTO minor (jongere_id, amv) VALUES ('', 1)",
    "INSERT INTO minor (jongere_id, amv) VALUES ('SYN-A', 2)",
    "INSERT INTO minor (jongere_id, amv, birth_date) VALUES ('SYN-A', 1, '2010-02-31')",
    "INSERT INTO minor (jongere_id, amv, birth_date) VALUES ('SYN-A', 1, '31-01-2010')",
    "INSERT INTO minor (jongere_id, amv, gender) VALUES ('SYN-A', 1, 'q')",
    "INSERT INTO minor (jongere_id, amv, country_of_origin) VALUES ('SYN-A', 1, 'sy')",
    "INSERT INTO minor (jongere_id, amv, birth_date, birth_date_precision)"
    " VALUES ('SYN-A', 1, '2010-02-14', 'month')",
    "INSERT INTO minor (jongere_id, amv) VALUES ('SYN-1', 0)", /* duplicate id */
    "INSERT INTO location (code, type_code, municipality_code) VALUES ('L2', 'HOTEL', 'GM0014')",
    "INSERT INTO location (code, type_code, municipality_code) VALUES ('L2', 'AZC', 'GM9999')",
    "INSERT INTO placement (minor_id, location_id, start_date, end_date)"
    " VALUES (1, 1, '2025-03-01', '2025-02-01')",
    "INSERT INTO placement (minor_id, location_id, start_date) VALUES (999, 1, '2025-03-01')",
    "INSERT INTO placement (minor_id, location_id, start_date, reason)"
    " VALUES (1, 1, '2025-04-01', 'whim')",
    "INSERT INTO school (brin, branch, municipality_code) VALUES ('1ABC', '00', 'GM0014')",
    "INSERT INTO school (brin, branch, municipality_code) VALUES ('12AB', '0', 'GM0014')",
    "INSERT INTO enrolment (minor_id, school_id, school_type, start_date, hours_per_week)"
    " VALUES (1, 1, 'ISK', '2025-03-01', 80)",
    "INSERT INTO enrolment (minor_id, school_id, school_type, start_date)"
    " VALUES (1, 1, 'HBO', '2025-03-01')",
    "INSERT INTO waitlist_entry (minor_id, school_type, registered_date, end_date)"
    " VALUES (1, 'ISK', '2025-03-01', '2025-04-01')", /* ended without an outcome */
    "INSERT INTO waitlist_entry (minor_id, school_type, registered_date, outcome)"
    " VALUES (1, 'ISK', '2025-03-01', 'geplaatst')", /* outcome while open */
    "INSERT INTO absence_report (report_number, minor_id, report_type, start_date, report_date, status)"
    " VALUES ('VZ2', 1, '16U_4WK', '2025-03-10', '2025-03-01', 'geregistreerd')",
    "INSERT INTO absence_report (report_number, minor_id, report_type, start_date, report_date, status)"
    " VALUES ('VZ2', 1, 'SPIJBELEN', '2025-03-01', '2025-03-10', 'geregistreerd')",
    "INSERT INTO procedure_event (minor_id, date, event) VALUES (1, '2025-01-01', 'naturalisatie')",
    "INSERT INTO escalation_step (report_id, step_code, date, outcome)"
    " VALUES (1, 'schoolgesprek', '2025-03-12', 'vergeten')",
    "INSERT INTO dataset (id, synthetic, created) VALUES (2, 0, 'now')",
    "UPDATE location_type SET suitability = 'fine' WHERE code = 'AZC'",
  };

  g_assert_true (schakel_sqlite_exec (h,
    "INSERT INTO minor (jongere_id, amv, birth_date) VALUES ('SYN-1', 1, '2010-05-01');"
    "INSERT INTO location (code, type_code, municipality_code) VALUES ('L1', 'AZC', 'GM0014');"
    "INSERT INTO placement (minor_id, location_id, start_date) VALUES (1, 1, '2025-01-01');"
    "INSERT INTO school (brin, branch, municipality_code) VALUES ('12AB', '00', 'GM0014');"
    "INSERT INTO absence_report (report_number, minor_id, report_type, start_date, report_date, status)"
    " VALUES ('VZ1', 1, '16U_4WK', '2025-03-01', '2025-03-10', 'geregistreerd');",
    NULL));

  for (guint i = 0; i < G_N_ELEMENTS (rejected); i++)
    {
      g_autoptr(GError) error = NULL;

      if (schakel_sqlite_exec (h, rejected[i], &error))
        g_error ("accepted: %s", rejected[i]);
      g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_SQLITE);
    }

  /* Nothing of the rejected statements stayed behind. */
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor"), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM placement"), ==, 1);
}

/* The C code lists and the schema's CHECK lists must agree. */
static void
test_database_code_lists_match_schema (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("codes.db");
  sqlite3 *h = schakel_database_get_handle (db);
  static const struct {
    SchakelCodeList list;
    const char *sql;   /* ?1 is the code */
  } probes[] = {
    { SCHAKEL_CODE_LIST_LOCATION_TYPE, "INSERT INTO location (code, type_code, municipality_code) VALUES ('X' || ?1, ?1, 'GM0014')" },
    { SCHAKEL_CODE_LIST_MOVE_REASON, "INSERT INTO placement (minor_id, location_id, start_date, reason) VALUES (1, 1, date ('2000-01-01', '+' || (SELECT count(*) FROM placement) || ' days'), ?1)" },
    { SCHAKEL_CODE_LIST_SCHOOL_TYPE, "INSERT INTO enrolment (minor_id, school_id, school_type, start_date) VALUES (1, 1, ?1, date ('2000-01-01', '+' || (SELECT count(*) FROM enrolment) || ' days'))" },
    { SCHAKEL_CODE_LIST_WAITLIST_OUTCOME, "INSERT INTO waitlist_entry (minor_id, school_type, registered_date, end_date, outcome) VALUES (1, 'ISK', date ('2000-01-01', '+' || (SELECT count(*) FROM waitlist_entry) || ' days'), '2020-01-01', ?1)" },
    { SCHAKEL_CODE_LIST_REPORT_TYPE, "INSERT INTO absence_report (report_number, minor_id, report_type, start_date, report_date, status) VALUES ('R' || ?1, 1, ?1, '2025-01-01', '2025-01-02', 'geregistreerd')" },
    { SCHAKEL_CODE_LIST_REPORT_STATUS, "INSERT INTO absence_report (report_number, minor_id, report_type, start_date, report_date, status) VALUES ('S' || ?1, 1, 'LRV', '2025-01-01', '2025-01-02', ?1)" },
    { SCHAKEL_CODE_LIST_PROCEDURE_EVENT, "INSERT INTO procedure_event (minor_id, date, event) VALUES (1, '2025-01-01', ?1)" },
    { SCHAKEL_CODE_LIST_GENDER, "UPDATE minor SET gender = ?1 WHERE id = 1" },
    { SCHAKEL_CODE_LIST_SUITABILITY, "UPDATE location_type SET suitability = ?1 WHERE code = 'OVERIG'" },
    { SCHAKEL_CODE_LIST_RESPONSIBLE, "UPDATE escalation_ladder_step SET responsible = ?1 WHERE code = 'gesloten'" },
    { SCHAKEL_CODE_LIST_ESCALATION_OUTCOME, "INSERT INTO escalation_step (report_id, step_code, date, outcome) VALUES (1, 'schoolgesprek', date ('2025-01-05', '+' || (SELECT count(*) FROM escalation_step) || ' days'), ?1)" },
    { SCHAKEL_CODE_LIST_SKIP_REASON, "INSERT INTO escalation_step (report_id, step_code, date, skip_reason) VALUES (1, 'casusoverleg', date ('2025-02-05', '+' || (SELECT count(*) FROM escalation_step) || ' days'), ?1)" },
    { SCHAKEL_CODE_LIST_CASE_OUTCOME, "INSERT OR REPLACE INTO absence_closure (report_id, date, outcome, recorded_at) VALUES (1, '2025-04-01', ?1, '2025-04-01T10:00:00Z')" },
    { SCHAKEL_CODE_LIST_ADULT_PLAN, "INSERT OR REPLACE INTO adult_plan (minor_id, plan, recorded_at) VALUES (1, ?1, '2025-04-01T10:00:00Z')" },
    { SCHAKEL_CODE_LIST_ADULT_EDUCATION, "INSERT OR REPLACE INTO adult_plan (minor_id, plan, education, recorded_at) VALUES (1, 'onbekend', ?1, '2025-04-01T10:00:00Z')" },
  };

  g_assert_true (schakel_sqlite_exec (h,
    "INSERT INTO minor (jongere_id, amv) VALUES ('SYN-1', 1);"
    "INSERT INTO location (code, type_code, municipality_code) VALUES ('L1', 'AZC', 'GM0014');"
    "INSERT INTO school (brin, branch, municipality_code) VALUES ('12AB', '00', 'GM0014');"
    "INSERT INTO absence_report (report_number, minor_id, report_type, start_date, report_date, status)"
    " VALUES ('VZ1', 1, '16U_4WK', '2025-03-01', '2025-03-10', 'geregistreerd');",
    NULL));

  for (guint p = 0; p < G_N_ELEMENTS (probes); p++)
    {
      g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (h, probes[p].sql, NULL);
      const SchakelCode *codes;
      guint n_codes;

      g_assert_nonnull (stmt);
      codes = schakel_code_list_get (probes[p].list, &n_codes);
      g_assert_cmpuint (n_codes, >, 1);

      for (guint i = 0; i < n_codes; i++)
        {
          schakel_sqlite_bind_text (stmt, 1, codes[i].code);
          if (!schakel_sqlite_step_done (h, stmt, NULL))
            g_error ("schema refuses code %s of list %u", codes[i].code, probes[p].list);
          g_assert_cmpint (sqlite3_changes (h), ==, 1);
          g_assert_true (schakel_code_is_valid (probes[p].list, codes[i].code));
          g_assert_cmpstr (schakel_code_label (probes[p].list, codes[i].code), !=, "");
        }

      schakel_sqlite_bind_text (stmt, 1, "NOT_A_CODE");
      g_assert_false (schakel_sqlite_step_done (h, stmt, NULL));
      g_assert_false (schakel_code_is_valid (probes[p].list, "NOT_A_CODE"));
    }
}

/* The names in @path's folder, sorted and joined, to see that nothing
 * appeared beside a file (such as SQLite's -wal and -shm). */
static char *
list_folder (const char *path)
{
  g_autofree char *dir_name = g_path_get_dirname (path);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, (gpointer) name);
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv ("\n", (char **) names->pdata);
}

static void
assert_refused_unchanged (const char       *path,
                          SchakelCoreError  code)
{
  g_autofree char *before = schakel_test_file_sha256 (path);
  g_autofree char *folder_before = list_folder (path);
  g_autofree char *folder_after = NULL;
  g_autofree char *after = NULL;
  g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) ro_error = NULL;

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_error (error, SCHAKEL_CORE_ERROR, code);
  g_assert_null (db);
  g_assert_nonnull (strstr (error->message, "unchanged"));

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &ro_error);
  g_assert_error (ro_error, SCHAKEL_CORE_ERROR, code);
  g_assert_null (db);

  after = schakel_test_file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  folder_after = list_folder (path);
  g_assert_cmpstr (folder_before, ==, folder_after);
}

static void
test_database_refuses_text_file (void)
{
  g_autofree char *path = schakel_test_tmp_path ("notes.txt");

  g_assert_true (g_file_set_contents (path, "jongere_id;naam\n1;x\n", -1, NULL));
  assert_refused_unchanged (path, SCHAKEL_CORE_ERROR_NOT_A_DATABASE);
}

static void
test_database_refuses_foreign_sqlite (void)
{
  g_autofree char *path = schakel_test_tmp_path ("other-app.sqlite");
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (schakel_sqlite_exec (raw, "CREATE TABLE photos (id INTEGER); INSERT INTO photos VALUES (1);", NULL));
  sqlite3_close (raw);
  assert_refused_unchanged (path, SCHAKEL_CORE_ERROR_FOREIGN);
}

/* SQLite creates -wal and -shm beside a WAL-mode file even for a reader;
 * refusing such a file must not. */
static void
test_database_refuses_foreign_wal_sqlite (void)
{
  g_autofree char *path = schakel_test_tmp_path ("other-app-wal.sqlite");
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (schakel_sqlite_exec (raw, "PRAGMA journal_mode = WAL;"
                                           "CREATE TABLE notes (id INTEGER); INSERT INTO notes VALUES (1);", NULL));
  sqlite3_close (raw);
  assert_refused_unchanged (path, SCHAKEL_CORE_ERROR_FOREIGN);
}

/* A failing migration leaves the file byte for byte as it was. */
static void
test_database_failed_migration_unchanged (void)
{
  g_autofree char *path = schakel_test_tmp_path ("broken-v1.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
  g_assert_true (_schakel_schema_migrate (raw, 1, NULL));
  /* Migration 2 inserts the provinces; a row already there makes it fail. */
  g_assert_true (schakel_sqlite_exec (raw, "INSERT INTO province VALUES ('PV20', 'Groningen')", NULL));
  sqlite3_close (raw);
  before = schakel_test_file_sha256 (path);

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE, &error);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_SQLITE);
  g_assert_null (db);
  after = schakel_test_file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
}

/* A migration that rebuilds a parent table runs with foreign keys off;
 * with them on, dropping the old parent would cascade into its children.
 * The check before the commit still refuses broken references. */
static const SchakelMigration rebuild_steps[] = {
  { "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
    "CREATE TABLE child (id INTEGER PRIMARY KEY,"
    "  parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE);"
    "INSERT INTO parent VALUES (1, 'a'); INSERT INTO child VALUES (10, 1);", NULL, FALSE },
  { "CREATE TABLE parent_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL, extra TEXT);"
    "INSERT INTO parent_new (id, name) SELECT id, name FROM parent;"
    "DROP TABLE parent; ALTER TABLE parent_new RENAME TO parent;", NULL, TRUE },
  { "INSERT INTO child VALUES (11, 99);", NULL, TRUE },
};

static sqlite3 *
open_memory_with_keys (void)
{
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &raw), ==, SQLITE_OK);
  g_assert_true (schakel_sqlite_exec (raw, "PRAGMA foreign_keys = ON", NULL));
  return raw;
}

static void
test_database_migration_foreign_keys_off (void)
{
  SchakelMigration cascading[2] = { rebuild_steps[0], rebuild_steps[1] };
  g_autoptr(GError) error = NULL;
  gint64 value;
  sqlite3 *raw = open_memory_with_keys ();

  /* The rebuild keeps the child row and turns enforcement back on. */
  g_assert_true (_schakel_schema_migrate_list (raw, rebuild_steps, 3, 2, &error));
  g_assert_no_error (error);
  g_assert_true (schakel_sqlite_query_int64 (raw, "SELECT count(*) FROM child", &value, NULL));
  g_assert_cmpint (value, ==, 1);
  g_assert_true (schakel_sqlite_query_int64 (raw, "PRAGMA foreign_keys", &value, NULL));
  g_assert_cmpint (value, ==, 1);

  /* A migration that leaves a dangling reference fails as a whole. */
  g_assert_false (_schakel_schema_migrate_list (raw, rebuild_steps, 3, 3, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_SQLITE);
  g_assert_true (schakel_sqlite_query_int64 (raw, "PRAGMA user_version", &value, NULL));
  g_assert_cmpint (value, ==, 2);
  g_assert_true (schakel_sqlite_query_int64 (raw, "SELECT count(*) FROM child", &value, NULL));
  g_assert_cmpint (value, ==, 1);
  g_assert_true (schakel_sqlite_query_int64 (raw, "PRAGMA foreign_keys", &value, NULL));
  g_assert_cmpint (value, ==, 1);
  sqlite3_close (raw);

  /* Why the flag exists: the same rebuild with enforcement on loses the child. */
  cascading[1].foreign_keys_off = FALSE;
  raw = open_memory_with_keys ();
  g_assert_true (_schakel_schema_migrate_list (raw, cascading, 2, 2, NULL));
  g_assert_true (schakel_sqlite_query_int64 (raw, "SELECT count(*) FROM child", &value, NULL));
  g_assert_cmpint (value, ==, 0);
  sqlite3_close (raw);
}

/* Every name of one file leads to the same writer lock. */
static void
test_database_symlink_shares_lock (void)
{
  g_autoptr(SchakelDatabase) writer = schakel_test_open_new ("linked.db");
  g_autofree char *link = schakel_test_tmp_path ("link-to-linked.db");
  g_autoptr(SchakelDatabase) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (symlink (schakel_database_get_path (writer), link), ==, 0);
  second = schakel_database_open (link, SCHAKEL_DATABASE_READ_WRITE, &error);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_LOCKED);
  g_assert_null (second);
}

static void
test_database_refuses_newer (void)
{
  g_autofree char *path = NULL;

  {
    g_autoptr(SchakelDatabase) db = schakel_test_open_new ("newer.db");
    path = g_strdup (schakel_database_get_path (db));
  }
  {
    sqlite3 *raw = NULL;

    g_assert_cmpint (sqlite3_open (path, &raw), ==, SQLITE_OK);
    g_assert_true (schakel_sqlite_exec (raw, "PRAGMA user_version = 999", NULL));
    sqlite3_close (raw);
  }
  {
    g_autofree char *lock_path = g_strconcat (path, ".lock", NULL);
    g_unlink (lock_path);
  }
  assert_refused_unchanged (path, SCHAKEL_CORE_ERROR_TOO_NEW);
}

static void
test_database_empty_file_becomes_database (void)
{
  g_autofree char *path = schakel_test_tmp_path ("empty.db");
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM province"), ==, 12);
}

static void
test_database_missing (void)
{
  g_autofree char *path = schakel_test_tmp_path ("missing.db");
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) ro_error = NULL;

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE, &error);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND);
  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &ro_error);
  g_assert_error (ro_error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_database_second_writer (void)
{
  g_autoptr(SchakelDatabase) writer = schakel_test_open_new ("writers.db");
  g_autofree char *path = g_strdup (schakel_database_get_path (writer));
  g_autoptr(SchakelDatabase) second = NULL;
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());

  second = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE, &error);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_LOCKED);
  g_assert_null (second);
  /* The message names the holder. */
  g_assert_nonnull (strstr (error->message, pid));
  g_assert_nonnull (strstr (error->message, g_get_prgname ()));
  g_clear_error (&error);

  /* Readers keep working beside the writer and see its commits. */
  reader = schakel_database_open_reader (writer, &error);
  g_assert_no_error (error);
  g_assert_true (schakel_database_is_read_only (reader));
  g_assert_true (schakel_sqlite_exec (schakel_database_get_handle (writer),
                                      "INSERT INTO minor (jongere_id, amv) VALUES ('SYN-W', 0)", NULL));
  g_assert_cmpint (schakel_test_query_int (reader, "SELECT count(*) FROM minor"), ==, 1);
  g_assert_false (schakel_sqlite_exec (schakel_database_get_handle (reader),
                                       "DELETE FROM minor", NULL));

  /* Once the writer is gone, the next one may write. */
  g_clear_object (&writer);
  second = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
}

static void
test_database_synthetic_marker (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("synthetic.db");
  g_autoptr(SchakelDbInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (schakel_database_is_synthetic (db));
  g_assert_true (schakel_database_set_synthetic (db, TRUE, "seed=1", &error));
  g_assert_no_error (error);
  g_assert_true (schakel_database_is_synthetic (db));

  info = schakel_db_info_collect (db, &error);
  g_assert_no_error (error);
  g_assert_true (info->synthetic);
  g_assert_cmpstr (info->description, ==, "seed=1");
  g_assert_cmpint (info->n_minors, ==, 0);
  g_assert_null (info->first_date);
}

static void
test_database_check (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("check.db");
  sqlite3 *h = schakel_database_get_handle (db);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;
  gboolean saw_municipality = FALSE;

  problems = schakel_db_check (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  counts = schakel_db_table_counts (db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < counts->len; i++)
    {
      SchakelTableCount *c = &g_array_index (counts, SchakelTableCount, i);

      if (g_str_equal (c->name, "municipality"))
        {
          saw_municipality = TRUE;
          g_assert_cmpint (c->rows, ==, 342);
        }
    }
  g_assert_true (saw_municipality);

  /* A broken reference, written with the checks off, is reported. */
  g_assert_true (schakel_sqlite_exec (h,
                                      "PRAGMA foreign_keys = OFF;"
                                      "INSERT INTO placement (minor_id, location_id, start_date)"
                                      " VALUES (77, 88, '2025-01-01');"
                                      "PRAGMA foreign_keys = ON;", NULL));
  g_clear_pointer (&problems, g_ptr_array_unref);
  problems = schakel_db_check (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "placement"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/database/create", test_database_create);
  g_test_add_func ("/core/database/migrate-from-every-version", test_database_migrate_from_every_version);
  g_test_add_func ("/core/database/upgrade-refused-read-only", test_database_upgrade_refused_read_only);
  g_test_add_func ("/core/database/constraints", test_database_constraints);
  g_test_add_func ("/core/database/code-lists-match-schema", test_database_code_lists_match_schema);
  g_test_add_func ("/core/database/refuses-text-file", test_database_refuses_text_file);
  g_test_add_func ("/core/database/refuses-foreign-sqlite", test_database_refuses_foreign_sqlite);
  g_test_add_func ("/core/database/refuses-foreign-wal-sqlite", test_database_refuses_foreign_wal_sqlite);
  g_test_add_func ("/core/database/refuses-newer", test_database_refuses_newer);
  g_test_add_func ("/core/database/failed-migration-unchanged", test_database_failed_migration_unchanged);
  g_test_add_func ("/core/database/migration-foreign-keys-off", test_database_migration_foreign_keys_off);
  g_test_add_func ("/core/database/symlink-shares-lock", test_database_symlink_shares_lock);
  g_test_add_func ("/core/database/empty-file", test_database_empty_file_becomes_database);
  g_test_add_func ("/core/database/missing", test_database_missing);
  g_test_add_func ("/core/database/second-writer", test_database_second_writer);
  g_test_add_func ("/core/database/synthetic-marker", test_database_synthetic_marker);
  g_test_add_func ("/core/database/check", test_database_check);

  return g_test_run ();
}
