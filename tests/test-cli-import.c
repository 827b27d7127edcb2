/* test-cli-import.c — schakel-cli import, inspect and export as a user or
 * a script runs them, and an import killed with SIGKILL at random moments.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <glib/gstdio.h>

#include "schakel-core.h"
#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

static char *
corpus (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("expected “%s” in:\n%s", needle, haystack);
}

static gint64
query_file (const char *db_path,
            const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, &error);

  g_assert_no_error (error);
  return schakel_test_query_int (db, sql);
}

static void
test_cli_import_errors (void)
{
  g_autofree char *db = schakel_test_tmp_path ("errors.db");
  g_autofree char *bad = corpus ("bad-values.csv");
  g_autofree char *empty = corpus ("empty.csv");
  g_autofree char *good = corpus ("jongeren.csv");
  g_auto(SchakelCliResult) r = { 0 };
  g_auto(SchakelCliResult) r2 = { 0 };
  g_auto(SchakelCliResult) r3 = { 0 };
  g_auto(GStrv) lines = NULL;

  schakel_test_run_cli (&r, "en", "import", "--db", db, bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  lines = g_strsplit (r.err, "\n", -1);
  /* One line per error, FILE:LINE: column: message, then the summary. */
  g_assert_cmpuint (g_strv_length (lines), ==, 13);
  g_assert_true (g_str_has_prefix (lines[0], bad));
  assert_contains (lines[0], "bad-values.csv:2: jongere_id: is empty; a value is required");
  assert_contains (lines[1], "bad-values.csv:3: geboortedatum: “31-02-2010” does not exist");
  assert_contains (lines[10], "bad-values.csv:14: jongere_id: “J-0112” is also on line 13");
  g_assert_cmpstr (lines[11], ==, "schakel-cli: 11 errors; nothing was imported");
  assert_contains (r.out, "13 rows: 2 new, 0 updated, 0 unchanged, 11 rejected");
  /* The database was created (schema and reference data) and holds no data. */
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM minor"), ==, 0);
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM municipality"), ==, 342);
  g_assert_cmpint (query_file (db, "SELECT synthetic FROM dataset"), ==, 0);

  schakel_test_run_cli (&r2, "en", "import", "--db", db, empty, good, NULL);
  g_assert_cmpint (r2.status, ==, 1);
  assert_contains (r2.err, "empty.csv: The file is empty\n");
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM minor"), ==, 0);

  schakel_test_run_cli (&r3, "en", "import", "--db", db, "--valid-only", good, NULL);
  g_assert_cmpint (r3.status, ==, 2);
  assert_contains (r3.err, "--valid-only and --rejects go together");
}

static void
test_cli_import_valid_only_and_dry_run (void)
{
  g_autofree char *db = schakel_test_tmp_path ("valid.db");
  g_autofree char *missing = schakel_test_tmp_path ("never.db");
  g_autofree char *rejects = schakel_test_tmp_path ("afgewezen.csv");
  g_autofree char *bad = corpus ("bad-values.csv");
  g_autofree char *rejected = NULL;
  g_auto(SchakelCliResult) r = { 0 };
  g_auto(SchakelCliResult) r2 = { 0 };
  g_auto(SchakelCliResult) r3 = { 0 };

  schakel_test_run_cli (&r, "en", "import", "--db", missing, "--dry-run", bad, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));

  schakel_test_run_cli (&r2, "en", "import", "--db", db, "--valid-only", "--rejects", rejects, bad, NULL);
  g_assert_cmpint (r2.status, ==, 0);
  assert_contains (r2.out, "Rejected rows, with the reasons, are in");
  g_assert_cmpint (query_file (db, "SELECT count(*) FROM minor"), ==, 2);
  g_assert_true (g_file_get_contents (rejects, &rejected, NULL, NULL));
  assert_contains (rejected, "J-0102;31-02-2010;nee;v;SYR;ja;;;geboortedatum: “31-02-2010” does not exist");

  schakel_test_run_cli (&r3, "en", "import", "--db", db, "--dry-run", bad, NULL);
  g_assert_cmpint (r3.status, ==, 1);
}

static void
test_cli_inspect (void)
{
  g_autofree char *quoted = corpus ("quoted.csv");
  g_autofree char *cp1252 = corpus ("excel-windows-1252.csv");
  g_autofree char *unclosed = corpus ("unclosed-quote.csv");
  g_autofree char *binary = corpus ("binary.csv");
  g_auto(SchakelCliResult) json = { 0 };
  g_auto(SchakelCliResult) text = { 0 };
  g_auto(SchakelCliResult) broken = { 0 };
  g_auto(SchakelCliResult) junk = { 0 };

  schakel_test_run_cli (&json, "en", "inspect", "--json", quoted, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_cmpstr (json.out, ==,
                   "{\"jongere_id\":\"J-0001\",\"locatie_code\":\"TA01\",\"locatie_naam\":\"Ter Apel, \\\"Noord\\\"\",\"locatie_type\":\"AC\",\"gemeente_code\":\"GM1950\",\"startdatum\":\"2025-02-03\",\"einddatum\":\"2025-02-17\",\"reden\":\"\"}\n"
                   "{\"jongere_id\":\"J-0001\",\"locatie_code\":\"NO07\",\"locatie_naam\":\"Sporthal\\nDe Linde\",\"locatie_type\":\"NO\",\"gemeente_code\":\"GM0363\",\"startdatum\":\"2025-02-17\",\"einddatum\":\"\",\"reden\":\"capacity\"}\n"
                   "{\"jongere_id\":\"J-0002\",\"locatie_code\":\" TA01 \",\"locatie_naam\":\"  Ter Apel  \",\"locatie_type\":\"AC\",\"gemeente_code\":\"GM1950\",\"startdatum\":\"2025-03-01\",\"einddatum\":\"\",\"reden\":\"\"}\n");

  schakel_test_run_cli (&text, "en", "inspect", cp1252, NULL);
  g_assert_cmpint (text.status, ==, 0);
  assert_contains (text.out, "Encoding:       Windows-1252\n");
  assert_contains (text.out, "Separator:      semicolon (;)\n");
  assert_contains (text.out, "Type:           plaatsingen (Placements)\n");
  assert_contains (text.out, "Noodopvang € 5 — Sporthal Café");

  schakel_test_run_cli (&broken, "en", "inspect", "--json", unclosed, NULL);
  g_assert_cmpint (broken.status, ==, 1);
  assert_contains (broken.err, "unclosed-quote.csv:3: A quoted field never closes");

  schakel_test_run_cli (&junk, "en", "inspect", binary, NULL);
  g_assert_cmpint (junk.status, ==, 1);
  assert_contains (junk.err, "NUL byte");
}

static void
test_cli_export (void)
{
  g_autofree char *db = schakel_test_tmp_path ("export.db");
  g_autofree char *out = schakel_test_tmp_path ("plaatsingen-export.csv");
  g_autofree char *bad_dir = schakel_test_tmp_path ("no-such-dir/x.csv");
  g_autofree char *in = corpus ("excel-windows-1252.csv");
  g_autofree char *minors = schakel_test_tmp_path ("export-jongeren.csv");
  g_autofree char *contents = NULL;
  g_auto(SchakelCliResult) r = { 0 };
  g_auto(SchakelCliResult) e = { 0 };
  g_auto(SchakelCliResult) e2 = { 0 };
  g_auto(SchakelCliResult) e3 = { 0 };
  struct stat st;

  g_assert_true (g_file_set_contents (minors, "jongere_id,amv\nJ-0001,ja\nJ-0002,nee\n", -1, NULL));
  schakel_test_run_cli (&r, "en", "import", "--db", db, minors, in, NULL);
  g_assert_cmpint (r.status, ==, 0);

  schakel_test_run_cli (&e, "en", "export", "--db", db, "--table", "plaatsingen", "-o", out, "--excel", NULL);
  g_assert_cmpint (e.status, ==, 0);
  assert_contains (e.out, "Wrote 3 rows");
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==,
                   "\xEF\xBB\xBFjongere_id;locatie_code;locatie_naam;locatie_type;gemeente_code;startdatum;einddatum;reden\r\n"
                   "J-0001;TA01;Aanmeldcentrum “Ter Apel” – Noord;AC;GM1950;2025-02-03;2025-02-17;\r\n"
                   "J-0001;NO07;Noodopvang € 5 — Sporthal Café;NO;GM0363;2025-02-17;;capacity\r\n"
                   "J-0002;TA01;Aanmeldcentrum “Ter Apel” – Noord;AC;GM1950;2025-03-01;;\r\n");
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  schakel_test_run_cli (&e2, "en", "export", "--db", db, "--table", "nonsense", "-o", out, NULL);
  g_assert_cmpint (e2.status, ==, 2);
  assert_contains (e2.err, "Unknown table “nonsense”");

  schakel_test_run_cli (&e3, "en", "export", "--db", db, "--table", "jongeren", "-o", bad_dir, NULL);
  g_assert_cmpint (e3.status, ==, 1);
  assert_contains (e3.err, "Cannot write");

  /* The export is in the audit log, with the file's name but not its folder;
   * the failed ones are not. */
  {
    g_autoptr(SchakelDatabase) check = schakel_database_open (db, SCHAKEL_DATABASE_READ_ONLY, NULL);

    g_assert_nonnull (check);
    g_assert_cmpint (schakel_test_query_int (check, "SELECT count(*) FROM audit_log WHERE action = 'export.file'"), ==, 1);
    g_assert_cmpint (schakel_test_query_int (check, "SELECT count(*) FROM audit_log WHERE action = 'export.file'"
                                                    " AND detail = 'table=plaatsingen rows=3 format=excel"
                                                    " file=plaatsingen-export.csv' AND instr (detail, '/') = 0"), ==, 1);
  }
}

/* Writes a minors file and a placements file of @n minors. */
static void
write_big_files (const char *minors,
                 const char *placements,
                 guint       n)
{
  g_autoptr(GString) m = g_string_new ("jongere_id;geboortedatum;geslacht;amv\r\n");
  g_autoptr(GString) p = g_string_new ("jongere_id;locatie_code;locatie_naam;locatie_type;gemeente_code;startdatum;einddatum;reden\r\n");

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (m, "K%07u;%02u-%02u-20%02u;v;ja\r\n", i, 1 + i % 28, 1 + i % 12, 8 + i % 10);
      g_string_append_printf (p, "K%07u;L%03u;Locatie %u;AZC;GM0363;01-%02u-2024;01-%02u-2025;\r\n",
                              i, i % 500, i % 500, 1 + i % 12, 1 + i % 12);
      g_string_append_printf (p, "K%07u;M%03u;Locatie %u;NO;GM0014;01-%02u-2025;;capacity\r\n",
                              i, i % 300, i % 300, 1 + i % 12);
    }
  g_assert_true (g_file_set_contents (minors, m->str, (gssize) m->len, NULL));
  g_assert_true (g_file_set_contents (placements, p->str, (gssize) p->len, NULL));
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (from, &contents, &len, NULL));
  g_unlink (to);
  g_assert_true (g_file_set_contents (to, contents, (gssize) len, NULL));
  g_chmod (to, 0600);
}

/* Killing the import at any moment leaves the database exactly as before
 * or exactly as after, and intact. */
static void
test_cli_import_sigkill (void)
{
  const guint n_minors = 40000;
  g_autofree char *minors = schakel_test_tmp_path ("kill-jongeren.csv");
  g_autofree char *placements = schakel_test_tmp_path ("kill-plaatsingen.csv");
  g_autofree char *base = schakel_test_tmp_path ("kill-base.db");
  g_autofree char *full = schakel_test_tmp_path ("kill-full.db");
  g_autofree char *work = schakel_test_tmp_path ("kill-work.db");
  g_auto(SchakelCliResult) r = { 0 };
  g_auto(SchakelCliResult) r2 = { 0 };
  gint64 start, duration;
  guint killed = 0, before = 0, after = 0;
  GRand *rand = g_rand_new_with_seed (2026);

  write_big_files (minors, placements, n_minors);
  schakel_test_run_cli (&r, "en", "import", "--db", base, minors, NULL);
  g_assert_cmpint (r.status, ==, 0);

  copy_file (base, full);
  start = g_get_monotonic_time ();
  schakel_test_run_cli (&r2, "en", "import", "--db", full, placements, NULL);
  duration = g_get_monotonic_time () - start;
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_cmpint (query_file (full, "SELECT count(*) FROM placement"), ==, 2 * n_minors);
  g_test_message ("the full import took %.2f s", duration / 1e6);

  for (guint i = 0; i < 10; i++)
    {
      const char *argv[] = { g_getenv ("SCHAKEL_CLI"), "import", "--db", work, placements, NULL };
      g_autoptr(GError) error = NULL;
      g_autofree char *wal = g_strconcat (work, "-wal", NULL);
      g_autofree char *shm = g_strconcat (work, "-shm", NULL);
      GPid pid;
      int status = 0;
      gint64 delay = (gint64) (g_rand_double (rand) * 1.1 * duration);
      gint64 n_placements, n_runs;

      g_unlink (wal);
      g_unlink (shm);
      copy_file (base, work);
      g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                    G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                                    NULL, NULL, &pid, &error));
      g_assert_no_error (error);
      g_usleep ((gulong) delay);
      kill (pid, SIGKILL);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_spawn_close_pid (pid);
      if (WIFSIGNALED (status))
        killed++;

      /* Opening for writing recovers the file as SQLite does after a crash. */
      {
        g_autoptr(SchakelDatabase) db = schakel_database_open (work, SCHAKEL_DATABASE_READ_WRITE, &error);
        g_autofree char *integrity = NULL;

        g_assert_no_error (error);
        integrity = schakel_sqlite_query_text (schakel_database_get_handle (db), "PRAGMA integrity_check", &error);
        g_assert_cmpstr (integrity, ==, "ok");
        g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
        n_placements = schakel_test_query_int (db, "SELECT count(*) FROM placement");
        n_runs = schakel_test_query_int (db, "SELECT count(*) FROM import_run WHERE file_type = 'plaatsingen'");
        g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM minor"), ==, n_minors);
      }
      if (n_placements == 0)
        {
          g_assert_cmpint (n_runs, ==, 0);
          before++;
        }
      else
        {
          g_assert_cmpint (n_placements, ==, 2 * n_minors);
          g_assert_cmpint (n_runs, ==, 1);
          after++;
        }
    }
  g_test_message ("%u of 10 runs killed; %u left the database as before, %u as after", killed, before, after);
  g_assert_cmpuint (killed, >, 0);
  g_rand_free (rand);
}

/* --profile NAME, and a saved profile found without it. */
static void
test_cli_import_profile (void)
{
  g_autofree char *config = g_strdup (g_getenv ("XDG_CONFIG_HOME"));
  g_autofree char *dir = g_build_filename (config, "schakel", "profiles", NULL);
  g_autofree char *profile = g_build_filename (dir, "duo.profile", NULL);
  g_autofree char *db = schakel_test_tmp_path ("profile-cli.db");
  g_autofree char *minors = schakel_test_tmp_path ("leerlingen.csv");
  g_auto(SchakelCliResult) given = { 0 };
  g_auto(SchakelCliResult) found = { 0 };
  g_auto(SchakelCliResult) unknown = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (profile, "[Profile]\nName=DUO leerlingen\nType=jongeren\n"
                                               "[Columns]\njongere_id=Leerlingnummer\namv=Alleenstaand\n", -1, NULL));
  g_assert_true (g_file_set_contents (minors, "Leerlingnummer;Alleenstaand\nL-1;ja\nL-2;nee\n", -1, NULL));

  schakel_test_run_cli (&given, "en", "import", "--db", db, "--profile", "DUO leerlingen", "--dry-run", minors, NULL);
  g_assert_cmpint (given.status, ==, 0);
  assert_contains (given.out, "leerlingen.csv was read with the mapping profile “DUO leerlingen”");
  assert_contains (given.out, "2 new");

  schakel_test_run_cli (&found, "en", "import", "--db", db, minors, NULL);
  g_assert_cmpint (found.status, ==, 0);
  assert_contains (found.out, "mapping profile “DUO leerlingen”");

  schakel_test_run_cli (&unknown, "en", "import", "--db", db, "--profile", "nobody", minors, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  assert_contains (unknown.err, "There is no mapping profile “nobody”");
}

/* inspect shows the mapping a profile makes: given, or the saved one an
 * import would use; the JSON rows stay the file's own. */
static void
test_cli_inspect_profile (void)
{
  g_autofree char *config = g_strdup (g_getenv ("XDG_CONFIG_HOME"));
  g_autofree char *dir = g_build_filename (config, "schakel", "profiles", NULL);
  g_autofree char *profile = g_build_filename (dir, "coa-inspect.profile", NULL);
  g_autofree char *file = schakel_test_tmp_path ("coa-inspect.csv");
  g_auto(SchakelCliResult) given = { 0 };
  g_auto(SchakelCliResult) found = { 0 };
  g_auto(SchakelCliResult) json = { 0 };
  g_auto(SchakelCliResult) unknown = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (profile, "[Profile]\nName=COA Inspect\nType=plaatsingen\n[Columns]\n"
                                               "jongere_id=Client\nlocatie_code=Plek\nlocatie_type=Soort\n"
                                               "gemeente_code=GM\nstartdatum=Van\n", -1, NULL));
  g_assert_true (g_file_set_contents (file, "Client;Plek;Soort;GM;Van;Notitie\nJ1;TA01;AC;GM1950;01-02-2025;x\n",
                                      -1, NULL));

  schakel_test_run_cli (&given, "en", "inspect", "--profile", "COA Inspect", file, NULL);
  g_assert_cmpint (given.status, ==, 0);
  assert_contains (given.out, "Profile:");
  assert_contains (given.out, "COA Inspect");
  assert_contains (given.out, "plaatsingen (Placements)");
  assert_contains (given.out, "Client");
  assert_contains (given.out, "→ jongere_id");
  assert_contains (given.out, "→ startdatum");
  assert_contains (given.out, "→ einddatum (missing)");
  assert_contains (given.out, "J1 │ TA01");

  /* Without --profile the saved one that fits is shown. */
  schakel_test_run_cli (&found, "en", "inspect", file, NULL);
  g_assert_cmpint (found.status, ==, 0);
  assert_contains (found.out, "COA Inspect");
  assert_contains (found.out, "→ gemeente_code");

  schakel_test_run_cli (&json, "en", "inspect", "--json", "--profile", "COA Inspect", file, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_cmpstr (json.out, ==, "{\"Client\":\"J1\",\"Plek\":\"TA01\",\"Soort\":\"AC\",\"GM\":\"GM1950\","
                                 "\"Van\":\"01-02-2025\",\"Notitie\":\"x\"}\n");

  schakel_test_run_cli (&unknown, "en", "inspect", "--profile", "nobody", file, NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  assert_contains (unknown.err, "There is no mapping profile “nobody”");
  g_assert_cmpstr (unknown.out, ==, "");
  g_assert_cmpint (g_remove (profile), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = NULL;

  g_test_init (&argc, &argv, NULL);
  /* The command line reads mapping profiles from here, not the user's. */
  config = schakel_test_tmp_path ("config");
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);

  g_test_add_func ("/cli/import/errors", test_cli_import_errors);
  g_test_add_func ("/cli/import/profile", test_cli_import_profile);
  g_test_add_func ("/cli/import/valid-only-and-dry-run", test_cli_import_valid_only_and_dry_run);
  g_test_add_func ("/cli/import/inspect", test_cli_inspect);
  g_test_add_func ("/cli/import/inspect-profile", test_cli_inspect_profile);
  g_test_add_func ("/cli/import/export", test_cli_export);
  g_test_add_func ("/cli/import/sigkill", test_cli_import_sigkill);

  return g_test_run ();
}
