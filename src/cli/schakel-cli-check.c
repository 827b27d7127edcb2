/* schakel-cli-check.c — `schakel-cli check`: integrity, schema version, row counts.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

int
schakel_cli_check (int    argc,
                   char **argv)
{
  g_autofree char *db_path = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GArray) counts = NULL;
  g_autoptr(GError) error = NULL;

  context = schakel_cli_context_new ("check", NULL, _("Checks a database read-only; it works while the app has the database open."),
                                     NULL, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;

  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_ONLY | SCHAKEL_DATABASE_ALLOW_OLDER)))
    return 1;

  if (!(problems = schakel_db_check (db, &error)) ||
      !(counts = schakel_db_table_counts (db, &error)))
    return schakel_cli_fail (error);

  g_print (_("Database: %s\n"), schakel_database_get_path (db));
  g_print (_("Schema version: %d (current: %d)\n"),
           schakel_database_get_schema_version (db),
           schakel_database_get_latest_schema_version ());
  if (schakel_database_get_schema_version (db) < schakel_database_get_latest_schema_version ())
    g_print ("%s\n", _("Made by an older Schakel: opening it for changes upgrades it."));
  g_print ("%s\n", _("Rows per table:"));
  for (guint i = 0; i < counts->len; i++)
    {
      const SchakelTableCount *c = &g_array_index (counts, SchakelTableCount, i);
      g_autofree char *rows = schakel_format_count (c->rows);

      g_print ("  %-24s %12s\n", c->name, rows);
    }

  if (problems->len == 0)
    {
      g_print ("%s\n", _("Integrity: ok"));
      return 0;
    }

  for (guint i = 0; i < problems->len; i++)
    g_print ("  %s\n", (const char *) g_ptr_array_index (problems, i));
  {
    g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "The database has %u integrity problem",
                                                             "The database has %u integrity problems",
                                                             problems->len),
                                                problems->len);
    return schakel_cli_fail_message (message);
  }
}
