/* schakel-minor-ids.c — finding a minor's id as it is typed: the ids that
 * contain the text, those that start with it first.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "schakel-minor-ids.h"
#include "schakel-sqlite-private.h"

/* @text as a LIKE pattern that matches it anywhere, its own % and _
 * taken literally. */
static char *
contains_pattern (const char *text)
{
  GString *pattern = g_string_new ("%");

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (pattern, '\\');
      g_string_append_c (pattern, *p);
    }
  g_string_append_c (pattern, '%');
  return g_string_free (pattern, FALSE);
}

/**
 * schakel_minor_ids_matching:
 * @db: a database
 * @text: part of a pseudonymous id, matched without regard to case (ASCII)
 * @limit: the most ids to return
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the ids of the minors whose id
 *   contains @text, those that start with it first, then in order; %NULL
 *   with @error set on a database error
 */
GStrv
schakel_minor_ids_matching (SchakelDatabase  *db,
                            const char       *text,
                            guint             limit,
                            GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autofree char *pattern = NULL;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  handle = schakel_database_get_handle (db);
  stmt = schakel_sqlite_prepare (handle,
                                 "SELECT jongere_id FROM minor WHERE jongere_id LIKE ?1 ESCAPE '\\'"
                                 " ORDER BY jongere_id NOT LIKE ?2 || '%' ESCAPE '\\', jongere_id LIMIT ?3",
                                 error);
  if (stmt == NULL)
    return NULL;
  pattern = contains_pattern (text);
  schakel_sqlite_bind_text (stmt, 1, pattern);
  /* The same text without the leading %: a prefix. */
  pattern[strlen (pattern) - 1] = '\0';
  schakel_sqlite_bind_text (stmt, 2, pattern + 1);
  sqlite3_bind_int64 (stmt, 3, limit);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_strv_builder_add (ids, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, "minor");
      return NULL;
    }
  return g_strv_builder_end (ids);
}
