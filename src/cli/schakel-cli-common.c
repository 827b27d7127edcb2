/* schakel-cli-common.c — option parsing, opening and failing, the same way
 * for every command.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

/**
 * schakel_cli_context_new:
 * @command: the command name
 * @parameter: (nullable): text after the options in the usage line
 * @summary: (nullable): translated text shown above the options
 * @entries: (nullable): the command's own options
 * @db_path: (out): where --db goes
 *
 * Makes an option context with the command's options and --db, which
 * every command takes.
 *
 * Returns: (transfer full): the context
 */
GOptionContext *
schakel_cli_context_new (const char          *command,
                         const char          *parameter,
                         const char          *summary,
                         const GOptionEntry  *entries,
                         char               **db_path)
{
  const GOptionEntry db_entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, db_path,
      N_("The database (default: the app’s database)"), N_("FILE") },
    { NULL }
  };
  g_autofree char *usage = g_strdup_printf ("%s%s%s", command,
                                            parameter ? " " : "",
                                            parameter ? parameter : "");
  GOptionContext *context = g_option_context_new (usage);

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, db_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (summary != NULL)
    g_option_context_set_summary (context, summary);

  return context;
}

/**
 * schakel_cli_parse:
 * @context: a context from schakel_cli_context_new()
 * @argc: (inout): argument count
 * @argv: (inout): arguments
 *
 * Parses the arguments, reporting a usage error the usual way.
 *
 * Returns: %TRUE when parsing succeeded
 */
gboolean
schakel_cli_parse (GOptionContext   *context,
                   int              *argc,
                   char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      schakel_cli_fail (error);
      return FALSE;
    }
  if (*argc > 1)
    {
      g_autofree char *message = g_strdup_printf (_("Unexpected argument “%s”"), (*argv)[1]);

      schakel_cli_fail_message (message);
      return FALSE;
    }
  return TRUE;
}

/**
 * schakel_cli_open_database:
 * @db_path: (nullable): the --db value, %NULL for the default
 * @flags: how to open it
 *
 * Opens the database, reporting failure on stderr.
 *
 * Returns: (transfer full) (nullable): the database
 */
SchakelDatabase *
schakel_cli_open_database (const char           *db_path,
                           SchakelDatabaseFlags  flags)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GError) error = NULL;
  SchakelDatabase *db;

  if (db_path == NULL)
    db_path = default_path = schakel_paths_get_default_database ();

  db = schakel_database_open (db_path, flags, &error);
  if (db == NULL)
    schakel_cli_fail (error);
  return db;
}

/**
 * schakel_cli_print_table:
 * @cells: label, value, label, value, … (2 × @n_rows strings)
 * @n_rows: the number of rows
 *
 * Prints labels and values in two columns, aligned on characters rather
 * than bytes so that translated labels line up too.
 */
void
schakel_cli_print_table (const char * const *cells,
                         guint               n_rows)
{
  glong width = 0;

  for (guint i = 0; i < n_rows; i++)
    width = MAX (width, g_utf8_strlen (cells[2 * i], -1));

  for (guint i = 0; i < n_rows; i++)
    {
      glong pad = width - g_utf8_strlen (cells[2 * i], -1) + 1;

      g_print ("%s%*s%s\n", cells[2 * i], (int) pad, "", cells[2 * i + 1]);
    }
}

/**
 * schakel_cli_fail_message:
 * @message: what went wrong, translated
 *
 * Prints one line on stderr.
 *
 * Returns: the exit status for a failure
 */
int
schakel_cli_fail_message (const char *message)
{
  g_printerr ("schakel-cli: %s\n", message);
  return 1;
}

/**
 * schakel_cli_fail:
 * @error: what went wrong
 *
 * Prints the error as one line on stderr.
 *
 * Returns: the exit status for a failure
 */
int
schakel_cli_fail (const GError *error)
{
  g_autofree char *line = g_strdelimit (g_strdup (error->message), "\n", ' ');

  return schakel_cli_fail_message (line);
}

/**
 * schakel_cli_parse_format:
 * @text: (nullable): the --format value; %NULL is text
 * @format: (out): the format
 *
 * Prints one line on stderr when @text is not text, csv or json.
 *
 * Returns: %TRUE when @text is a format
 */
gboolean
schakel_cli_parse_format (const char       *text,
                          SchakelCliFormat *format)
{
  g_autofree char *message = NULL;

  if (text == NULL || g_str_equal (text, "text"))
    *format = SCHAKEL_CLI_FORMAT_TEXT;
  else if (g_str_equal (text, "csv"))
    *format = SCHAKEL_CLI_FORMAT_CSV;
  else if (g_str_equal (text, "json"))
    *format = SCHAKEL_CLI_FORMAT_JSON;
  else
    {
      message = g_strdup_printf (_("--format: “%s” is not text, csv or json"), text);
      schakel_cli_fail_message (message);
      return FALSE;
    }
  return TRUE;
}

/**
 * schakel_cli_parse_scope_date:
 * @scope_text: (nullable): the --scope value, required
 * @date_text: (nullable): the --date value, required
 * @scope: (out) (transfer full): the scope
 * @date: (out): the date
 *
 * Prints one line on stderr when either is missing or malformed.
 *
 * Returns: %TRUE when both are valid
 */
gboolean
schakel_cli_parse_scope_date (const char    *scope_text,
                              const char    *date_text,
                              SchakelScope **scope,
                              SchakelDay    *date)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (scope_text == NULL)
    {
      schakel_cli_fail_message (_("--scope is required"));
      return FALSE;
    }
  if (date_text == NULL)
    {
      schakel_cli_fail_message (_("--date is required"));
      return FALSE;
    }
  if (!(*scope = schakel_scope_parse (scope_text, &error)))
    {
      schakel_cli_fail (error);
      return FALSE;
    }
  if (!schakel_day_parse_iso (date_text, date))
    {
      message = g_strdup_printf (_("--date: “%s” is not a date of the form YYYY-MM-DD"), date_text);
      schakel_cli_fail_message (message);
      g_clear_pointer (scope, schakel_scope_free);
      return FALSE;
    }
  return TRUE;
}
