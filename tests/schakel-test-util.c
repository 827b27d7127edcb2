/* schakel-test-util.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

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
 * schakel_test_open_demo:
 * @name: a file name
 * @n_minors: how many minors the demo data have
 * @n_years: over how many years
 * @seed: the demo generator's seed
 * @until: the last day of the data
 *
 * Returns: (transfer full): a new database of synthetic demo data in the
 *   temporary folder
 */
SchakelDatabase *
schakel_test_open_demo (const char *name,
                        guint       n_minors,
                        guint       n_years,
                        guint64     seed,
                        SchakelDay  until)
{
  SchakelDatabase *db = schakel_test_open_new (name);
  g_autoptr(GError) error = NULL;
  SchakelDemoOptions options;

  schakel_demo_options_init (&options);
  options.n_minors = n_minors;
  options.n_years = n_years;
  options.seed = seed;
  options.until = until;
  g_assert_true (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  return db;
}

/**
 * schakel_test_scope:
 * @db: a database
 * @text: a scope, e.g. `provincie:PV26`
 *
 * Returns: (transfer full): the scope, parsed and validated; the test
 *   fails when it is not
 */
SchakelScope *
schakel_test_scope (SchakelDatabase *db,
                    const char      *text)
{
  g_autoptr(GError) error = NULL;
  SchakelScope *scope = schakel_scope_parse (text, &error);

  g_assert_no_error (error);
  g_assert_true (schakel_scope_validate (scope, db, &error));
  return scope;
}

/**
 * schakel_test_add_short_ladder:
 * @db: a database
 * @province: a province code, e.g. `PV26`
 *
 * Gives @province a ladder of its own, the national steps with half their
 * deadlines, so that reports on two ladders meet in the data.
 */
void
schakel_test_add_short_ladder (SchakelDatabase *db,
                               const char      *province)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  gint64 id = schakel_ladder_create_regional (db, "provincie", province, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  sql = g_strdup_printf ("UPDATE escalation_ladder_step SET deadline_working_days = deadline_working_days / 2"
                         " WHERE ladder_id = %" G_GINT64_FORMAT, id);
  schakel_test_exec (db, sql);
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

/**
 * schakel_cli_result_clear:
 * @result: a result
 *
 * Frees the output @result holds; for g_auto().
 */
void
schakel_cli_result_clear (SchakelCliResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

/**
 * schakel_test_run_cliv:
 * @result: (out caller-allocates): where the exit status and output go
 * @language: "en" (the C locale) or "nl" (Dutch)
 * @args: (array zero-terminated=1): the arguments, without the program
 *
 * Runs schakel-cli (the SCHAKEL_CLI environment variable) with @args under
 * @language and waits for it; the test fails when it cannot be started.
 */
void
schakel_test_run_cliv (SchakelCliResult   *result,
                       const char         *language,
                       const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("SCHAKEL_CLI");
  int wait_status = 0;

  g_assert_nonnull (cli);
  g_assert_true (g_str_equal (language, "en") || g_str_equal (language, "nl"));

  g_strv_builder_add (builder, cli);
  g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  if (g_str_equal (language, "nl"))
    {
      envp = g_environ_setenv (envp, "LC_ALL", "nl_NL.UTF-8", TRUE);
      envp = g_environ_setenv (envp, "LANGUAGE", "nl", TRUE);
    }
  else
    {
      envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
      envp = g_environ_unsetenv (envp, "LANGUAGE");
    }

  schakel_cli_result_clear (result);
  g_assert_true (g_spawn_sync (NULL, argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               &result->out, &result->err, &wait_status, &error));
  g_assert_no_error (error);
  result->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/**
 * schakel_test_run_cli:
 * @result: (out caller-allocates): where the exit status and output go
 * @language: "en" (the C locale) or "nl" (Dutch)
 * @...: the arguments, without the program, then %NULL
 *
 * Like schakel_test_run_cliv(), with the arguments inline.
 */
void
schakel_test_run_cli (SchakelCliResult *result,
                      const char       *language,
                      ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *arg;
  va_list ap;

  va_start (ap, language);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  schakel_test_run_cliv (result, language, (const char * const *) args->pdata);
}

/**
 * schakel_test_assert_one_error_line:
 * @result: a finished run
 * @needle: (nullable): text the error must contain
 *
 * Failures are one line on stderr, prefixed with the program name, and a
 * non-zero exit status; the test fails otherwise.
 */
void
schakel_test_assert_one_error_line (const SchakelCliResult *result,
                                    const char             *needle)
{
  g_assert_cmpint (result->status, !=, 0);
  g_assert_nonnull (result->err);
  g_assert_true (g_str_has_prefix (result->err, "schakel-cli: "));
  g_assert_true (g_str_has_suffix (result->err, "\n"));
  g_assert_true (strchr (result->err, '\n') == result->err + strlen (result->err) - 1);
  if (needle != NULL && strstr (result->err, needle) == NULL)
    g_error ("expected “%s” in: %s", needle, result->err);
}

/**
 * schakel_test_spawn_out:
 * @argv: (array zero-terminated=1): a program (looked up in PATH) and its
 *   arguments
 *
 * Runs @argv; the test fails unless it exits with status 0.
 *
 * Returns: (transfer full): what it wrote on stdout
 */
char *
schakel_test_spawn_out (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/**
 * schakel_test_pdf_page_text:
 * @pdf: a PDF file
 * @page: a page, from 0
 *
 * Returns: (transfer full): the text of that page alone, as
 *   `pdftotext -layout -f N -l N` reads it
 */
char *
schakel_test_pdf_page_text (const char *pdf,
                            guint       page)
{
  g_autofree char *number = g_strdup_printf ("%u", page + 1);
  const char *argv[] = { "pdftotext", "-layout", "-f", number, "-l", number, pdf, "-", NULL };

  return schakel_test_spawn_out (argv);
}
