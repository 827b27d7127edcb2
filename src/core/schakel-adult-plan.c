/* schakel-adult-plan.c — the plan for a minor's 18th birthday.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One plan per minor (DOMAIN.md §7): where the minor goes, which
 * municipality receives them and how education continues. Plans are made
 * in Schakel; no partner file carries them, so an import never touches
 * one. Each change is one transaction with its undo and audit entries.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-audit.h"
#include "schakel-codes.h"
#include "schakel-core-error.h"
#include "schakel-escalation.h"
#include "schakel-ladder-private.h"
#include "schakel-sqlite-private.h"

/**
 * schakel_adult_plan_free:
 * @plan: (nullable): a plan
 */
void
schakel_adult_plan_free (SchakelAdultPlan *plan)
{
  if (plan == NULL)
    return;
  g_free (plan->plan);
  g_free (plan->receiving_municipality);
  g_free (plan->education);
  g_free (plan->source);
  g_free (plan->recorded_at);
  g_free (plan);
}

/**
 * schakel_adult_plan_get:
 * @db: a database
 * @minor_id: a minor
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the minor's plan, or %NULL without
 *   an error when there is none
 */
SchakelAdultPlan *
schakel_adult_plan_get (SchakelDatabase  *db,
                        gint64            minor_id,
                        GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  SchakelAdultPlan *plan;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  handle = schakel_database_get_handle (db);
  stmt = schakel_sqlite_prepare (handle,
                                 "SELECT plan, receiving_municipality, education, source, recorded_at"
                                 " FROM adult_plan WHERE minor_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, minor_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      schakel_sqlite_set_error (error, handle, _("Could not read the 18+ plan"));
      return NULL;
    }
  plan = g_new0 (SchakelAdultPlan, 1);
  plan->minor_id = minor_id;
  plan->plan = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  plan->receiving_municipality = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
  plan->education = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  plan->source = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
  plan->recorded_at = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
  return plan;
}

typedef struct
{
  gint64      minor_id;
  const char *plan;
  const char *municipality;
  const char *education;
} RecordPlan;

static gboolean
record_plan (SchakelDatabase  *db,
             gpointer          data,
             GError          **error)
{
  RecordPlan *rp = data;
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) minor = schakel_sqlite_prepare (handle,
    "SELECT jongere_id, (?2 IS NULL OR EXISTS (SELECT 1 FROM municipality WHERE code = ?2))"
    " FROM minor WHERE id = ?1", error);
  g_autoptr(sqlite3_stmt) upsert = NULL;
  g_autofree char *jongere_id = NULL;
  g_autofree char *detail = NULL;

  if (minor == NULL)
    return FALSE;
  sqlite3_bind_int64 (minor, 1, rp->minor_id);
  schakel_sqlite_bind_text (minor, 2, rp->municipality);
  if (sqlite3_step (minor) != SQLITE_ROW)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                           _("There is no such minor in the database"));
      return FALSE;
    }
  if (sqlite3_column_int (minor, 1) == 0)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("The receiving municipality is not a known municipality (CBS code list)"));
      return FALSE;
    }
  jongere_id = g_strdup ((const char *) sqlite3_column_text (minor, 0));

  /* The journal keeps the plan as it was, so it goes in first. */
  if (!_schakel_journal_add (db, "adult_plan", rp->minor_id, error))
    return FALSE;
  upsert = schakel_sqlite_prepare (handle,
    "INSERT INTO adult_plan (minor_id, plan, receiving_municipality, education, source, recorded_at)"
    " VALUES (?1, ?2, ?3, ?4, 'app', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
    " ON CONFLICT (minor_id) DO UPDATE SET plan = excluded.plan,"
    "  receiving_municipality = excluded.receiving_municipality, education = excluded.education,"
    "  source = 'app', recorded_at = excluded.recorded_at", error);
  if (upsert == NULL)
    return FALSE;
  sqlite3_bind_int64 (upsert, 1, rp->minor_id);
  schakel_sqlite_bind_text (upsert, 2, rp->plan);
  schakel_sqlite_bind_text (upsert, 3, rp->municipality);
  schakel_sqlite_bind_text (upsert, 4, rp->education);
  if (!schakel_sqlite_step_done (handle, upsert, error))
    return FALSE;

  detail = g_strdup_printf ("plan %s, municipality %s, education %s", rp->plan,
                            rp->municipality != NULL ? rp->municipality : "-", rp->education);
  return schakel_audit_record (db, "plan.record", "minor", jongere_id, detail, error);
}

/**
 * schakel_adult_plan_record:
 * @db: a writable database
 * @minor_id: the minor
 * @plan: SCHAKEL_CODE_LIST_ADULT_PLAN
 * @receiving_municipality: (nullable): the municipality that receives the
 *   minor, a `GMnnnn` code, or %NULL when not known
 * @education: (nullable): SCHAKEL_CODE_LIST_ADULT_EDUCATION; %NULL is
 *   `onbekend`
 * @error: return location for an error
 *
 * Records or changes the minor's 18+ plan.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_adult_plan_record (SchakelDatabase  *db,
                           gint64            minor_id,
                           const char       *plan,
                           const char       *receiving_municipality,
                           const char       *education,
                           GError          **error)
{
  RecordPlan rp = { minor_id, plan, receiving_municipality, education != NULL ? education : "onbekend" };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);

  if (!schakel_code_is_valid (SCHAKEL_CODE_LIST_ADULT_PLAN, plan) ||
      !schakel_code_is_valid (SCHAKEL_CODE_LIST_ADULT_EDUCATION, rp.education))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("Choose the plan and how education continues from the lists"));
      return FALSE;
    }
  return _schakel_write_transaction (db, record_plan, &rp, error);
}
