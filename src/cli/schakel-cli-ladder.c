/* schakel-cli-ladder.c — `schakel-cli ladder export|import FILE`: an
 * escalation ladder as a file (docs/escalation.md).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

/* --region SCHEME:CODE, or NULL for the national ladder. */
static gboolean
split_region (const char  *text,
              char       **scheme,
              char       **region)
{
  const char *colon = text != NULL ? strchr (text, ':') : NULL;

  *scheme = *region = NULL;
  if (text == NULL)
    return TRUE;
  if (colon == NULL || colon == text || colon[1] == '\0')
    {
      g_autofree char *message = g_strdup_printf (_("--region: “%s” is not of the form INDELING:CODE"), text);

      schakel_cli_fail_message (message);
      return FALSE;
    }
  *scheme = g_strndup (text, colon - text);
  *region = g_strdup (colon + 1);
  return TRUE;
}

int
schakel_cli_ladder (int    argc,
                    char **argv)
{
  g_autofree char *db_path = NULL, *region_text = NULL, *scheme = NULL, *region = NULL;
  const GOptionEntry entries[] = {
    { "region", 0, 0, G_OPTION_ARG_STRING, &region_text,
      N_("The ladder of this region instead of the national one"), N_("INDELING:CODE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelLadder) ladder = NULL;
  g_autoptr(GError) error = NULL;
  gboolean export;
  gint64 ladder_id;

  context = schakel_cli_context_new ("ladder", "export|import FILE",
                                     _("Writes an escalation ladder to a CSV file, or makes a file’s steps the "
                                       "ladder’s steps in use, all or nothing (docs/escalation.md)."),
                                     entries, &db_path);
  /* Not schakel_cli_parse (): this command takes positional arguments. */
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      schakel_cli_fail (error);
      return 2;
    }
  if (argc != 3 || (!g_str_equal (argv[1], "export") && !g_str_equal (argv[1], "import")))
    return schakel_cli_fail_message (_("Give export or import and a file"));
  if (!split_region (region_text, &scheme, &region))
    return 1;
  export = g_str_equal (argv[1], "export");

  if (!(db = schakel_cli_open_database (db_path, export ? SCHAKEL_DATABASE_READ_ONLY : SCHAKEL_DATABASE_READ_WRITE)))
    return 1;

  if (export)
    {
      ladder_id = schakel_ladder_lookup (db, scheme, region, &error);
      if (ladder_id < 0)
        return schakel_cli_fail (error);
      if (ladder_id == 0)
        return schakel_cli_fail_message (_("This region has no escalation ladder of its own"));
      if (!schakel_ladder_export (db, ladder_id, argv[2], &error))
        return schakel_cli_fail (error);
    }
  else if (!(ladder_id = schakel_ladder_import (db, scheme, region, argv[2], schakel_day_today (), &error)))
    return schakel_cli_fail (error);

  if (!(ladder = schakel_ladder_get (db, ladder_id, &error)))
    return schakel_cli_fail (error);
  /* Translators: "Exported ‘Landelijke verzuimladder’" */
  g_print (export ? _("Exported ‘%s’\n") : _("Imported into ‘%s’\n"), ladder->name);
  return 0;
}
