/* schakel-paths.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gio/gio.h>

#include "schakel-paths.h"

/**
 * schakel_paths_get_standard_database:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/schakel/schakel.db`
 */
char *
schakel_paths_get_standard_database (void)
{
  return g_build_filename (g_get_user_data_dir (), "schakel", "schakel.db", NULL);
}

/**
 * schakel_paths_get_default_database:
 *
 * The database the app opens: the location chosen in the preferences when
 * the settings schema is installed and a location was chosen, otherwise
 * the standard location. schakel-cli uses the same default.
 *
 * Returns: (transfer full): a file name
 */
char *
schakel_paths_get_default_database (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  if (schema != NULL && g_settings_schema_has_key (schema, "database-path"))
    {
      g_autoptr(GSettings) settings = g_settings_new (APP_ID);
      g_autofree char *chosen = g_settings_get_string (settings, "database-path");

      if (chosen != NULL && chosen[0] != '\0')
        return g_steal_pointer (&chosen);
    }

  return schakel_paths_get_standard_database ();
}
