/* schakel-cli-import.c — `schakel-cli import`: partner files into the
 * database, all or nothing.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Errors and warnings go to stderr one per line as FILE:LINE: column:
 * message, in the order of the lines; the counts per file go to stdout.
 * The exit status is 0 only when the data went in as asked.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "schakel-cli-private.h"

#define MAX_MESSAGES_PER_FILE 1000

static void
print_issue (const SchakelImportIssue *issue,
             gpointer                  user_data)
{
  g_autoptr(GString) line = g_string_new (issue->path);
  g_autofree char *message = g_strdelimit (g_strdup (issue->message), "\r\n", ' ');

  if (issue->line > 0)
    g_string_append_printf (line, ":%" G_GUINT64_FORMAT, issue->line);
  g_string_append (line, ": ");
  if (issue->column != NULL)
    g_string_append_printf (line, "%s: ", issue->column);
  if (issue->severity == SCHAKEL_ISSUE_WARNING)
    g_string_append_printf (line, "%s ", _("warning:"));
  g_string_append (line, message);
  g_printerr ("%s\n", line->str);
}

static void
print_results (SchakelImport *import,
               gboolean       committed,
               gboolean       dry_run)
{
  for (guint i = 0; i < schakel_import_get_n_files (import); i++)
    {
      const SchakelImportFileResult *r = schakel_import_get_result (import, i);
      g_autofree char *rows = schakel_format_count ((gint64) r->rows);
      g_autofree char *inserted = schakel_format_count ((gint64) r->inserted);
      g_autofree char *updated = schakel_format_count ((gint64) r->updated);
      g_autofree char *unchanged = schakel_format_count ((gint64) r->unchanged);
      g_autofree char *rejected = schakel_format_count ((gint64) r->rejected);
      g_autofree char *warnings = schakel_format_count ((gint64) r->warnings);
      const char *type = r->type != SCHAKEL_IMPORT_TYPE_NONE ? schakel_import_format_get (r->type)->name : "?";

      /* Translators: a file, its type, then counts of rows */
      g_print (_("%s (%s): %s rows: %s new, %s updated, %s unchanged, %s rejected; %s warnings\n"),
               r->path, type, rows, inserted, updated, unchanged, rejected, warnings);
      if (r->profile != NULL)
        g_print (_("%s was read with the mapping profile “%s”\n"), r->path, r->profile);
      if (committed && r->rejects_path != NULL)
        g_print (_("Rejected rows, with the reasons, are in %s\n"), r->rejects_path);
    }
  if (dry_run)
    g_print ("%s\n", _("Dry run: the database was not changed"));
}

/* A dry run against a database that does not exist yet checks against a
 * new, empty one that is removed afterwards. */
static char *
dry_run_database (void)
{
  g_autofree char *dir = g_dir_make_tmp ("schakel-dry-run-XXXXXX", NULL);

  return dir != NULL ? g_build_filename (dir, "schakel.db", NULL) : NULL;
}

static void
remove_dry_run_database (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  const char * const suffixes[] = { "", "-wal", "-shm", "-journal", ".lock" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

int
schakel_cli_import (int    argc,
                    char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *type_name = NULL;
  g_autofree char *profile_name = NULL;
  g_autofree char *rejects = NULL;
  g_autofree char *default_path = NULL;
  g_autofree char *scratch = NULL;
  gboolean dry_run = FALSE, valid_only = FALSE;
  const GOptionEntry entries[] = {
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_name,
      N_("The type of the files (default: recognised from the header)"), N_("TYPE") },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name,
      N_("Read the files with this mapping profile (default: a saved profile that fits a non-canonical header)"),
      N_("NAME") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run,
      N_("Check and count, but change nothing"), NULL },
    { "valid-only", 0, 0, G_OPTION_ARG_NONE, &valid_only,
      N_("Import the valid rows and write the others to the --rejects file"), NULL },
    { "rejects", 0, 0, G_OPTION_ARG_FILENAME, &rejects,
      N_("Where rejected rows go, with --valid-only"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelImport) import = NULL;
  g_autoptr(SchakelImportProfile) profile = NULL;
  g_autoptr(GPtrArray) candidates = NULL;
  SchakelImportType type = SCHAKEL_IMPORT_TYPE_NONE;
  SchakelImportFlags flags = SCHAKEL_IMPORT_FLAGS_NONE;
  gboolean ok;

  context = schakel_cli_context_new ("import", _("FILE…"),
                                     _("Imports canonical CSV files (docs/import-formats.md) in one transaction: "
                                       "with an error nothing is imported, unless --valid-only is given. "
                                       "A database that does not exist yet is created."),
                                     entries, &db_path);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      schakel_cli_fail (error);
      return 2;
    }
  if (argc < 2)
    {
      schakel_cli_fail_message (_("Give one or more files to import"));
      return 2;
    }
  if (valid_only != (rejects != NULL))
    {
      schakel_cli_fail_message (_("--valid-only and --rejects go together: the rejected rows must go somewhere"));
      return 2;
    }
  if (type_name != NULL && (type = schakel_import_type_from_name (type_name)) == SCHAKEL_IMPORT_TYPE_NONE)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown type “%s”; known types: %s"), type_name,
                                                  "gemeenten, regio_indeling, jongeren, plaatsingen, inschrijvingen, "
                                                  "wachtlijst, verzuim, escalaties, procedure");

      schakel_cli_fail_message (message);
      return 2;
    }

  if (profile_name != NULL)
    {
      if (!(profile = schakel_import_profile_find (profile_name, &error)))
        {
          schakel_cli_fail (error);
          return 2;
        }
    }
  else if (!(candidates = schakel_import_profile_load_all (&error)))
    {
      /* A broken profile must not stop canonical files: say so and go on. */
      g_printerr ("%s: %s\n", _("warning:"), error->message);
      g_clear_error (&error);
    }

  if (db_path == NULL)
    db_path = default_path = schakel_paths_get_default_database ();
  if (dry_run && !g_file_test (db_path, G_FILE_TEST_EXISTS) &&
      (scratch = dry_run_database ()) == NULL)
    return schakel_cli_fail_message (_("Cannot make a temporary database for the dry run"));
  db = schakel_cli_open_database (scratch != NULL ? scratch : db_path,
                                  SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE);
  if (db == NULL)
    {
      if (scratch != NULL)
        remove_dry_run_database (scratch);
      return 1;
    }

  if (dry_run)
    flags |= SCHAKEL_IMPORT_DRY_RUN;
  if (valid_only)
    flags |= SCHAKEL_IMPORT_VALID_ONLY;
  import = schakel_import_new (flags);
  schakel_import_set_issue_func (import, print_issue, NULL);
  schakel_import_set_max_issues (import, MAX_MESSAGES_PER_FILE);
  schakel_import_set_rejects_path (import, rejects);
  schakel_import_set_profile (import, g_steal_pointer (&profile));
  schakel_import_set_candidate_profiles (import, candidates);
  for (int i = 1; i < argc; i++)
    schakel_import_add_file (import, argv[i], type);

  ok = schakel_import_run (import, db, NULL, &error);
  g_clear_object (&db);
  if (scratch != NULL)
    remove_dry_run_database (scratch);

  print_results (import, schakel_import_get_committed (import), ok && dry_run);
  if (!ok)
    return schakel_cli_fail (error);
  return 0;
}
