/* schakel-norms.c — the norms as the database holds them.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-norms.h"
#include "schakel-sqlite-private.h"

/* The sources of the norms Schakel seeds (schakel-reference.c), so that a
 * report in Dutch says them in Dutch; a norm added later is shown as its
 * author wrote it. */
static const char * const seeded_sources[] = {
  N_("EU directive 2013/33, art. 14"),
  N_("EU directive 2024/1346"),
  N_("National practice: in school within 3 months of arrival at the location"),
  N_("Leerplichtwet 1969: from the month after the 5th birthday to the end of the school year of the 16th; "
     "qualification duty to 18"),
};

static char *
translated_source (const char *source)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeded_sources); i++)
    if (g_strcmp0 (source, seeded_sources[i]) == 0)
      return g_strdup (_(seeded_sources[i]));
  return g_strdup (source);
}

/**
 * schakel_norm_dup_source:
 * @db: a database
 * @code: a norm's code, e.g. `RCD2013`
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the norm's source, the text that
 *   says where it comes from and what it asks, in the user's language for
 *   the norms Schakel seeds; %NULL without an error when there is no such
 *   norm
 */
char *
schakel_norm_dup_source (SchakelDatabase  *db,
                         const char       *code,
                         GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = schakel_sqlite_prepare (handle, "SELECT source FROM norm WHERE code = ?1", error)))
    return NULL;
  schakel_sqlite_bind_text (stmt, 1, code);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return translated_source ((const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    schakel_sqlite_set_error (error, handle, _("Database error"));
  return NULL;
}
