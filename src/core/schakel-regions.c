/* schakel-regions.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-regions.h"
#include "schakel-sqlite-private.h"

/**
 * schakel_region_free:
 * @region: (transfer full) (nullable): a region
 *
 * Frees @region.
 */
void
schakel_region_free (SchakelRegion *region)
{
  if (region == NULL)
    return;

  g_free (region->code);
  g_free (region->name);
  g_free (region);
}

/**
 * schakel_regions_dup_default_scheme:
 * @db: a database
 *
 * Returns: (transfer full): the code of the region scheme that views and
 *   reports use unless told otherwise: the setting `default_region_scheme`,
 *   or %SCHAKEL_REGION_SCHEME_PROVINCES when the database has none
 */
char *
schakel_regions_dup_default_scheme (SchakelDatabase *db)
{
  char *scheme;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  scheme = schakel_database_get_setting (db, "default_region_scheme");
  return scheme != NULL ? scheme : g_strdup (SCHAKEL_REGION_SCHEME_PROVINCES);
}

/* Code and name pairs from @sql, whose one parameter is @param. */
static GPtrArray *
list_codes (SchakelDatabase  *db,
            const char       *sql,
            const char       *param,
            GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (handle, sql, error);
  g_autoptr(GPtrArray) regions = NULL;
  int rc;

  if (stmt == NULL)
    return NULL;
  schakel_sqlite_bind_text (stmt, 1, param);

  regions = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_region_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelRegion *region = g_new0 (SchakelRegion, 1);

      region->code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      region->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (regions, region);
    }

  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Cannot read the regions"));
      return NULL;
    }

  return g_steal_pointer (&regions);
}

/**
 * schakel_regions_list:
 * @db: a database
 * @scheme_code: (nullable): a region scheme; %NULL for the default one,
 *   see schakel_regions_dup_default_scheme()
 * @error: return location for an error
 *
 * Lists the regions of @scheme_code by name. A scheme the database does
 * not know has no regions.
 *
 * Returns: (transfer full) (element-type SchakelRegion) (nullable): the
 *   regions, or %NULL with @error set
 */
GPtrArray *
schakel_regions_list (SchakelDatabase  *db,
                      const char       *scheme_code,
                      GError          **error)
{
  g_autofree char *default_scheme = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  if (scheme_code == NULL)
    scheme_code = default_scheme = schakel_regions_dup_default_scheme (db);
  return list_codes (db, "SELECT code, name FROM region WHERE scheme_code = ?1 ORDER BY name, code",
                     scheme_code, error);
}

/**
 * schakel_regions_list_municipalities:
 * @db: a database
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type SchakelRegion) (nullable): every
 *   municipality as a code (`GMnnnn`) and name, by name
 */
GPtrArray *
schakel_regions_list_municipalities (SchakelDatabase  *db,
                                     GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  return list_codes (db, "SELECT code, name FROM municipality WHERE ?1 IS NULL ORDER BY name, code", NULL, error);
}
