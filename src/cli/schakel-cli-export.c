/* schakel-cli-export.c — `schakel-cli export`: a table as a canonical CSV
 * file.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

int
schakel_cli_export (int    argc,
                    char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *table = NULL;
  g_autofree char *output = NULL;
  gboolean excel = FALSE;
  const GOptionEntry entries[] = {
    { "table", 0, 0, G_OPTION_ARG_STRING, &table,
      N_("The table, as the name of its canonical file: jongeren, plaatsingen, …"), N_("TYPE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The file to write (replaced atomically, readable by you only)"), N_("FILE") },
    { "excel", 0, 0, G_OPTION_ARG_NONE, &excel,
      N_("Write for Dutch Excel: byte-order mark, semicolons, CRLF, decimal commas"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL;
  SchakelImportType type;
  guint64 n_rows = 0;

  context = schakel_cli_context_new ("export", NULL,
                                     _("Writes a table as the canonical CSV file that imports it again."),
                                     entries, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;
  if (table == NULL || output == NULL)
    {
      schakel_cli_fail_message (_("Give the table with --table and the file with -o"));
      return 2;
    }
  if ((type = schakel_import_type_from_name (table)) == SCHAKEL_IMPORT_TYPE_NONE)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown table “%s”; known tables: %s"), table,
                                                  "gemeenten, regio_indeling, jongeren, plaatsingen, inschrijvingen, "
                                                  "wachtlijst, verzuim, escalaties, procedure");

      schakel_cli_fail_message (message);
      return 2;
    }

  /* Writable: every export is recorded in the database's audit log. */
  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_WRITE)))
    return 1;
  if (!schakel_export_table (db, type, output, excel, &n_rows, &error))
    return schakel_cli_fail (error);

  count = schakel_format_count ((gint64) n_rows);
  g_print (_("Wrote %s rows to %s\n"), count, output);
  return 0;
}
