/* schakel-audit.c — the append-only audit log (schema v4).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An entry joins the caller's transaction when one is open, so a change
 * and its audit record are committed or rolled back together.
 */

#include "config.h"

#include <errno.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "schakel-audit.h"
#include "schakel-core-error.h"
#include "schakel-sqlite-private.h"

#define MAX_ACTOR 64

typedef struct
{
  const char *action;
  const char *label;
} ActionLabel;

/* Labels for the actions Schakel writes; an unknown action shows as is. */
static const ActionLabel action_labels[] = {
  { "timeline.open", N_("Opened timeline") },
  { "timeline.print", N_("Printed timeline") },
  { "timeline.export", N_("Exported timeline") },
  { "export.file", N_("Exported data") },
  { "report.dossier", N_("Produced dossier report") },
  { "escalation.record", N_("Recorded escalation step") },
  { "escalation.close", N_("Closed absence case") },
  { "escalation.undo", N_("Undid escalation change") },
  { "plan.record", N_("Recorded 18+ plan") },
  { "plan.undo", N_("Undid 18+ plan change") },
  { "ladder.edit", N_("Changed escalation ladder") },
  { "ladder.import", N_("Imported escalation ladder") },
  { "holidays.edit", N_("Changed public holidays") },
};

/**
 * schakel_audit_action_label:
 * @action: an action name such as "timeline.open"
 *
 * Returns: (transfer none): the translated label, or @action itself
 */
const char *
schakel_audit_action_label (const char *action)
{
  g_return_val_if_fail (action != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (action_labels); i++)
    if (g_str_equal (action_labels[i].action, action))
      return _(action_labels[i].label);

  return action;
}

/* The user name as the system knows it, cut to what the log accepts
 * without splitting a UTF-8 character. */
static char *
dup_actor (void)
{
  const char *name = g_get_user_name ();
  const char *end;

  if (name == NULL || *name == '\0' || !g_utf8_validate (name, -1, NULL))
    return g_strdup ("unknown");

  end = name;
  for (guint n = 0; *end != '\0' && n < MAX_ACTOR; n++)
    end = g_utf8_next_char (end);

  return g_strndup (name, end - name);
}

/**
 * schakel_audit_record:
 * @db: a writable database
 * @action: what was done, dotted lower case ("timeline.export")
 * @subject_kind: (nullable): what it was done to ("minor")
 * @subject_id: (nullable): the subject's id
 * @detail: (nullable): a short detail without personal data
 * @error: return location for an error
 *
 * Appends one entry to the audit log, inside the current transaction if
 * the caller has one open.
 *
 * Returns: %TRUE if the entry was written
 */
gboolean
schakel_audit_record (SchakelDatabase  *db,
                      const char       *action,
                      const char       *subject_kind,
                      const char       *subject_id,
                      const char       *detail,
                      GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *actor = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (schakel_database_is_read_only (db))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY,
                           _("The audit log cannot be written: the database is open read-only"));
      return FALSE;
    }

  if (detail != NULL && g_utf8_strlen (detail, -1) > SCHAKEL_AUDIT_MAX_DETAIL)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("An audit detail may be at most %d characters long"),
                   SCHAKEL_AUDIT_MAX_DETAIL);
      return FALSE;
    }

  handle = schakel_database_get_handle (db);
  stmt = schakel_sqlite_prepare (handle,
                                 "INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, detail)"
                                 " VALUES (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2, ?3, ?4, ?5)",
                                 error);
  if (stmt == NULL)
    return FALSE;

  actor = dup_actor ();
  schakel_sqlite_bind_text (stmt, 1, actor);
  schakel_sqlite_bind_text (stmt, 2, action);
  schakel_sqlite_bind_text (stmt, 3, subject_kind);
  schakel_sqlite_bind_text (stmt, 4, subject_id);
  schakel_sqlite_bind_text (stmt, 5, detail);

  return schakel_sqlite_step_done (handle, stmt, error);
}

static void
remove_files (GPtrArray *paths)
{
  for (guint i = 0; i < paths->len; i++)
    if (g_unlink (g_ptr_array_index (paths, i)) != 0 && errno != ENOENT)
      g_debug ("Could not remove an unlogged output file: %s", g_strerror (errno));
}

/**
 * schakel_audit_write_files:
 * @db: a writable database
 * @action: what is done, as for schakel_audit_record()
 * @subject_kind: (nullable): what it is done to ("minor")
 * @subject_id: (nullable): the subject's id
 * @detail: (nullable): a short detail without personal data or file names
 * @write: writes the files
 * @user_data: data for @write
 * @error: return location for an error
 *
 * Writes files together with their audit entry, so there is never a file
 * without an entry nor an entry without its files: the entry is written
 * first, in a transaction that commits only once @write has written every
 * file. When @write fails or the commit does, the files it wrote are
 * removed again.
 *
 * Returns: %TRUE when the files and the entry are written
 */
gboolean
schakel_audit_write_files (SchakelDatabase       *db,
                           const char            *action,
                           const char            *subject_kind,
                           const char            *subject_id,
                           const char            *detail,
                           SchakelAuditWriteFunc  write,
                           gpointer               user_data,
                           GError               **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (action != NULL, FALSE);
  g_return_val_if_fail (write != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Refused with the log's own message, not SQLite's. */
  if (schakel_database_is_read_only (db))
    return schakel_audit_record (db, action, subject_kind, subject_id, detail, error);
  if (!schakel_database_begin (db, error))
    return FALSE;
  if (!schakel_audit_record (db, action, subject_kind, subject_id, detail, error)
      || !write (user_data, written, error))
    {
      schakel_database_rollback (db);
      remove_files (written);
      return FALSE;
    }
  if (!schakel_database_commit (db, error))
    {
      remove_files (written);
      return FALSE;
    }
  return TRUE;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/**
 * schakel_audit_list:
 * @db: a database
 * @subject_kind: (nullable): only entries about this kind of subject
 * @subject_id: (nullable): only entries about this subject
 * @limit: the most entries to return, 0 for all
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type SchakelAuditEntry): the entries,
 *   newest first, or %NULL on error
 */
GPtrArray *
schakel_audit_list (SchakelDatabase  *db,
                    const char       *subject_kind,
                    const char       *subject_id,
                    guint             limit,
                    GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  handle = schakel_database_get_handle (db);
  stmt = schakel_sqlite_prepare (handle,
                                 "SELECT id, at, actor, action, subject_kind, subject_id, detail"
                                 " FROM audit_log"
                                 " WHERE (?1 IS NULL OR subject_kind = ?1)"
                                 "   AND (?2 IS NULL OR subject_id = ?2)"
                                 " ORDER BY id DESC LIMIT ?3",
                                 error);
  if (stmt == NULL)
    return NULL;

  schakel_sqlite_bind_text (stmt, 1, subject_kind);
  schakel_sqlite_bind_text (stmt, 2, subject_id);
  sqlite3_bind_int64 (stmt, 3, limit > 0 ? (gint64) limit : -1);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_audit_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelAuditEntry *entry = g_new0 (SchakelAuditEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->at = dup_column (stmt, 1);
      entry->actor = dup_column (stmt, 2);
      entry->action = dup_column (stmt, 3);
      entry->subject_kind = dup_column (stmt, 4);
      entry->subject_id = dup_column (stmt, 5);
      entry->detail = dup_column (stmt, 6);
      g_ptr_array_add (entries, entry);
    }

  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, "audit_log");
      return NULL;
    }

  return g_steal_pointer (&entries);
}

void
schakel_audit_entry_free (SchakelAuditEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->at);
  g_free (entry->actor);
  g_free (entry->action);
  g_free (entry->subject_kind);
  g_free (entry->subject_id);
  g_free (entry->detail);
  g_free (entry);
}
