/* schakel-edit-journal.c — undo of the last change made in Schakel.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * edit_journal lists the recorded steps, closures and 18+ plans, newest
 * last. Undo takes back the newest change, once: a second undo finds it
 * undone and does nothing. It is per database (every user of the file
 * shares it) and audited like the change itself.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-audit.h"
#include "schakel-core-error.h"
#include "schakel-escalation.h"
#include "schakel-ladder-private.h"
#include "schakel-sqlite-private.h"

/* The newest change, with what it needs for a message and the audit. */
static const char last_sql[] =
  "SELECT j.id, j.kind, j.row_key, j.undone_at IS NOT NULL,"
  "  CASE j.kind WHEN 'escalation_step' THEN (SELECT r.report_number || ' ' || es.step_code"
  "      FROM escalation_step es JOIN absence_report r ON r.id = es.report_id WHERE es.id = j.row_key)"
  "    WHEN 'absence_closure' THEN (SELECT report_number FROM absence_report WHERE id = j.row_key)"
  "  END,"
  "  CASE j.kind WHEN 'adult_plan' THEN (SELECT jongere_id FROM minor WHERE id = j.row_key)"
  "    WHEN 'escalation_step' THEN (SELECT m.jongere_id FROM escalation_step es"
  "      JOIN absence_report r ON r.id = es.report_id JOIN minor m ON m.id = r.minor_id WHERE es.id = j.row_key)"
  "    ELSE (SELECT m.jongere_id FROM absence_report r JOIN minor m ON m.id = r.minor_id WHERE r.id = j.row_key)"
  "  END"
  " FROM edit_journal j ORDER BY j.id DESC LIMIT 1";

typedef struct
{
  gint64  id;
  char   *kind;
  gint64  row_key;
  char   *what;       /* report and step, or report */
  char   *jongere_id;
  char   *message;    /* for the user, translated */
} LastEdit;

static void
last_edit_clear (LastEdit *e)
{
  g_free (e->kind);
  g_free (e->what);
  g_free (e->jongere_id);
  g_free (e->message);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LastEdit, last_edit_clear)

/* Reads the newest change that can still be undone; FALSE with no error
 * when there is none. */
static gboolean
read_last (SchakelDatabase  *db,
           LastEdit         *e,
           GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (handle, last_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return FALSE;
  if (rc != SQLITE_ROW)
    {
      schakel_sqlite_set_error (error, handle, _("Could not read the last change"));
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 3) != 0)
    return FALSE;

  e->id = sqlite3_column_int64 (stmt, 0);
  e->kind = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  e->row_key = sqlite3_column_int64 (stmt, 2);
  e->what = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  e->jongere_id = g_strdup ((const char *) sqlite3_column_text (stmt, 5));

  if (g_str_equal (e->kind, "escalation_step"))
    /* Translators: %s is a report number and a step code, e.g. "VZ-12 gesprek_lpa" */
    e->message = g_strdup_printf (_("Recorded step %s"), e->what != NULL ? e->what : "");
  else if (g_str_equal (e->kind, "absence_closure"))
    /* Translators: %s is a report number */
    e->message = g_strdup_printf (_("Closed report %s"), e->what != NULL ? e->what : "");
  else
    /* Translators: %s is a minor's pseudonymous id */
    e->message = g_strdup_printf (_("18+ plan of %s"), e->jongere_id != NULL ? e->jongere_id : "");
  return TRUE;
}

/**
 * schakel_edit_describe_last:
 * @db: a database
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a short description of the change
 *   that schakel_edit_undo() would take back, or %NULL when there is none
 */
char *
schakel_edit_describe_last (SchakelDatabase  *db,
                            GError          **error)
{
  g_auto(LastEdit) e = { 0 };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  if (!read_last (db, &e, error))
    return NULL;
  return g_steal_pointer (&e.message);
}

static const char *
undo_sql (const char *kind)
{
  if (g_str_equal (kind, "escalation_step"))
    return "DELETE FROM escalation_step WHERE id = ?1 AND source = 'app'";
  if (g_str_equal (kind, "absence_closure"))
    return "DELETE FROM absence_closure WHERE report_id = ?1";
  /* A plan goes back to what the journal kept, or goes when there was none. */
  return "DELETE FROM adult_plan WHERE minor_id = ?1 AND ?2 IS NULL;"
         "INSERT OR REPLACE INTO adult_plan (minor_id, plan, receiving_municipality, education, source, recorded_at)"
         " SELECT ?1, json_extract (?2, '$.plan'), json_extract (?2, '$.receiving_municipality'),"
         "  json_extract (?2, '$.education'), json_extract (?2, '$.source'), json_extract (?2, '$.recorded_at')"
         " WHERE ?2 IS NOT NULL";
}

static gboolean
undo_last (SchakelDatabase  *db,
           gpointer          data,
           GError          **error)
{
  char **message = data;
  sqlite3 *handle = schakel_database_get_handle (db);
  g_auto(LastEdit) e = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *lookup = NULL;
  g_autofree char *detail = NULL;
  const char *sql;

  if (!read_last (db, &e, error))
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                             _("There is no change to undo"));
      return FALSE;
    }

  lookup = g_strdup_printf ("SELECT before FROM edit_journal WHERE id = %" G_GINT64_FORMAT, e.id);
  before = schakel_sqlite_query_text (handle, lookup, NULL);

  /* The plan's SQL is two statements: run each with the same parameters. */
  sql = undo_sql (e.kind);
  while (sql != NULL && *sql != '\0')
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;
      const char *tail = NULL;

      if (sqlite3_prepare_v2 (handle, sql, -1, &stmt, &tail) != SQLITE_OK)
        {
          schakel_sqlite_set_error (error, handle, _("Could not undo the last change"));
          return FALSE;
        }
      sqlite3_bind_int64 (stmt, 1, e.row_key);
      if (sqlite3_bind_parameter_count (stmt) >= 2)
        schakel_sqlite_bind_text (stmt, 2, before);
      if (!schakel_sqlite_step_done (handle, stmt, error))
        return FALSE;
      sql = tail;
    }

  g_free (lookup);
  lookup = g_strdup_printf ("UPDATE edit_journal SET undone_at = strftime ('%%Y-%%m-%%dT%%H:%%M:%%SZ', 'now')"
                            " WHERE id = %" G_GINT64_FORMAT, e.id);
  if (!schakel_sqlite_exec (handle, lookup, error))
    return FALSE;

  detail = g_strdup_printf ("undo %s%s%s", e.kind, e.what != NULL ? ": " : "", e.what != NULL ? e.what : "");
  if (!schakel_audit_record (db, g_str_equal (e.kind, "adult_plan") ? "plan.undo" : "escalation.undo",
                             "minor", e.jongere_id, detail, error))
    return FALSE;
  *message = g_steal_pointer (&e.message);
  return TRUE;
}

/**
 * schakel_edit_undo:
 * @db: a writable database
 * @error: return location for an error
 *
 * Takes back the newest change recorded in Schakel (a step, a closure or
 * an 18+ plan, whoever made it), in one transaction with its audit entry.
 * A change can be undone once; with nothing to undo the error is
 * %SCHAKEL_CORE_ERROR_NOT_FOUND.
 *
 * Returns: (transfer full) (nullable): what was undone, for a message
 */
char *
schakel_edit_undo (SchakelDatabase  *db,
                   GError          **error)
{
  g_autofree char *message = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  if (!_schakel_write_transaction (db, undo_last, &message, error))
    return NULL;
  return g_steal_pointer (&message);
}
