/* schakel-paths.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

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

/* The writer lock lives beside the database, so every name of one file
 * must lead to the same lock; the window also uses this to see that a file
 * is the one already open. */
/**
 * schakel_paths_resolve:
 * @path: a file name, relative or absolute, possibly through links
 *
 * Returns: (transfer full): the absolute name of the file with links
 *   resolved; for a file that does not exist yet, its folder is resolved
 */
char *
schakel_paths_resolve (const char *path)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  char *real = realpath (path, NULL);

  if (real != NULL)
    {
      char *copy = g_strdup (real);

      free (real);
      return copy;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  real = realpath (dir, NULL);
  if (real != NULL)
    {
      char *joined = g_build_filename (real, base, NULL);

      free (real);
      return joined;
    }

  return g_canonicalize_filename (path, NULL);
}
