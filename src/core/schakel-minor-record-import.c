/* schakel-minor-record-import.c — the import each row of a record came
 * from.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Since schema 6 the record tables point to the import_run that last
 * inserted or changed a row. One indexed look-up per item (a record has a
 * few hundred at most), with one statement per table.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-format.h"
#include "schakel-minor-record-private.h"
#include "schakel-sqlite-private.h"

/* The tables migration 6 traced; item tables are static strings. */
static const char * const traced_tables[] = {
  "minor", "placement", "enrolment", "waitlist_entry", "absence_report", "escalation_step", "procedure_event",
};

static gboolean
is_traced (const char *table)
{
  for (guint i = 0; i < G_N_ELEMENTS (traced_tables); i++)
    if (g_strcmp0 (table, traced_tables[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The import of row @row_id of @table, or %NULL (with @error unset) when
 * no import wrote it. */
static SchakelRecordImport *
lookup_import (SchakelRecordBuilder  *b,
               GHashTable            *statements,
               const char            *table,
               gint64                 row_id,
               GError               **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (statements, table);
  SchakelRecordImport *import = NULL;
  int rc;

  if (stmt == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT r.id, r.file_name, r.at, r.sha256 FROM %s t"
                                              " JOIN import_run r ON r.id = t.import_run_id WHERE t.id = ?1",
                                              table);

      if ((stmt = schakel_sqlite_prepare (b->handle, sql, error)) == NULL)
        return NULL;
      g_hash_table_insert (statements, (gpointer) table, stmt);
    }

  sqlite3_reset (stmt);
  sqlite3_bind_int64 (stmt, 1, row_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      import = g_new0 (SchakelRecordImport, 1);
      import->id = sqlite3_column_int64 (stmt, 0);
      import->file_name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      import->at = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      import->sha256 = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      rc = sqlite3_step (stmt);
    }
  if (rc != SQLITE_DONE)
    {
      g_clear_pointer (&import, schakel_record_import_free);
      schakel_sqlite_set_error (error, b->handle, _("Database error"));
    }
  return import;
}

/**
 * _schakel_record_read_imports:
 * @b: the builder, its rows read
 * @error: return location for an error
 *
 * Sets the import of the minor and of every item read from a traced table.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_record_read_imports (SchakelRecordBuilder  *b,
                              GError               **error)
{
  g_autoptr(GHashTable) statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                            (GDestroyNotify) sqlite3_finalize);
  GError *local = NULL;

  {
    g_autoptr(SchakelRecordImport) minor = lookup_import (b, statements, "minor", b->minor->id, &local);

    if (local != NULL)
      goto fail;
    b->minor->import_run_id = minor != NULL ? minor->id : 0;
  }

  for (guint i = 0; i < b->items->len; i++)
    {
      SchakelRecordItem *item = g_ptr_array_index (b->items, i);

      if (item->row_id <= 0 || !is_traced (item->table))
        continue;
      item->import = lookup_import (b, statements, item->table, item->row_id, &local);
      if (local != NULL)
        goto fail;
      item->import_run_id = item->import != NULL ? item->import->id : 0;
    }
  return TRUE;

fail:
  g_propagate_error (error, local);
  return FALSE;
}

/**
 * schakel_record_import_describe:
 * @import: an import
 *
 * Returns: (transfer full): one line for people: the file name, the day
 *   of the import in local time and the start of the file's SHA-256, e.g.
 *   "plaatsingen.csv, 3 March 2026, SHA-256 1a2b3c4d"
 */
char *
schakel_record_import_describe (const SchakelRecordImport *import)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *iso_day = NULL;
  g_autofree char *day = NULL;
  g_autofree char *sha = NULL;

  g_return_val_if_fail (import != NULL, NULL);

  if ((utc = g_date_time_new_from_iso8601 (import->at, NULL)) != NULL &&
      (local = g_date_time_to_local (utc)) != NULL)
    iso_day = g_date_time_format (local, "%Y-%m-%d");
  day = schakel_format_iso_date (iso_day);
  sha = g_strndup (import->sha256 != NULL ? import->sha256 : "", 8);
  /* Translators: where a record came from: the file name, the day it was
   * imported and the first 8 hex digits of the file's SHA-256, e.g.
   * "plaatsingen.csv, 3 March 2026, SHA-256 1a2b3c4d" */
  return g_strdup_printf (_("%s, %s, SHA-256 %s"), import->file_name, day, sha);
}

/**
 * schakel_record_import_free:
 * @import: (nullable): an import
 */
void
schakel_record_import_free (SchakelRecordImport *import)
{
  if (import == NULL)
    return;
  g_free (import->file_name);
  g_free (import->at);
  g_free (import->sha256);
  g_free (import);
}
