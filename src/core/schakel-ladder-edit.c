/* schakel-ladder-edit.c — changing an escalation ladder, each change one
 * transaction with its audit entry.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * History is kept: a step is retired, never deleted, and its code never
 * changes, so steps recorded against it keep their meaning. Positions are
 * unique within a ladder: a new step takes the next free one and a move
 * swaps two steps in use.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-audit.h"
#include "schakel-core-error.h"
#include "schakel-ladder-private.h"
#include "schakel-sqlite-private.h"

/**
 * _schakel_write_transaction:
 * @db: a writable database
 * @func: writes the change and its audit entry
 * @data: passed to @func
 * @error: return location for an error
 *
 * Runs @func in a transaction: all of it is written, or nothing.
 *
 * Returns: %TRUE when committed
 */
gboolean
_schakel_write_transaction (SchakelDatabase  *db,
                            gboolean        (*func) (SchakelDatabase *, gpointer, GError **),
                            gpointer          data,
                            GError          **error)
{
  if (schakel_database_is_read_only (db))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_READ_ONLY,
                           _("The database is open read-only"));
      return FALSE;
    }
  if (!schakel_database_begin (db, error))
    return FALSE;
  if (!func (db, data, error) || !schakel_database_commit (db, error))
    {
      schakel_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static gboolean
audit_ladder (SchakelDatabase  *db,
              gint64            ladder_id,
              const char       *detail,
              GError          **error)
{
  g_autoptr(SchakelLadder) ladder = schakel_ladder_get (db, ladder_id, error);

  return ladder != NULL && schakel_audit_record (db, "ladder.edit", "ladder", ladder->code, detail, error);
}

/* The ladder a step belongs to, read inside the transaction. */
static SchakelLadder *
ladder_of_step (SchakelDatabase          *db,
                gint64                    step_id,
                const SchakelLadderStep **step,
                GError                  **error)
{
  gint64 ladder_id = 0;
  g_autofree char *sql = g_strdup_printf ("SELECT coalesce ((SELECT ladder_id FROM escalation_ladder_step"
                                          " WHERE id = %" G_GINT64_FORMAT "), 0)", step_id);
  g_autoptr(SchakelLadder) ladder = NULL;

  if (!schakel_sqlite_query_int64 (schakel_database_get_handle (db), sql, &ladder_id, error))
    return NULL;
  if (ladder_id == 0)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                           _("There is no escalation step with this id"));
      return NULL;
    }
  if (!(ladder = schakel_ladder_get (db, ladder_id, error)))
    return NULL;
  *step = schakel_ladder_find_step (ladder, step_id);
  return g_steal_pointer (&ladder);
}

static gboolean
exec_stmt (SchakelDatabase  *db,
           sqlite3_stmt     *stmt,
           GError          **error)
{
  return stmt != NULL && schakel_sqlite_step_done (schakel_database_get_handle (db), stmt, error);
}

/* Inserts @spec at @position of @ladder_id; also used by the ladder file. */
gint64
_schakel_ladder_insert_step (SchakelDatabase              *db,
                             gint64                        ladder_id,
                             const SchakelLadderStepSpec  *spec,
                             int                           position,
                             GError                      **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (handle,
    "INSERT INTO escalation_ladder_step (ladder_id, code, name, position, responsible,"
    " deadline_working_days, guidance) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, ladder_id);
  schakel_sqlite_bind_text (stmt, 2, spec->code);
  schakel_sqlite_bind_text (stmt, 3, spec->name);
  sqlite3_bind_int (stmt, 4, position);
  schakel_sqlite_bind_text (stmt, 5, spec->responsible);
  sqlite3_bind_int (stmt, 6, spec->deadline_working_days);
  schakel_sqlite_bind_text (stmt, 7, spec->guidance != NULL ? spec->guidance : "");
  if (!schakel_sqlite_step_done (handle, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (handle);
}

/* ------------------------------------------------------------------ */

/* Creates the regional ladder inside the caller's transaction; also used
 * by the ladder file import. */
gboolean
_schakel_ladder_create_regional (SchakelDatabase          *db,
                                 SchakelLadderCreateRegional *c,
                                 GError                  **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(GPtrArray) ladders = NULL;
  const SchakelLadder *national = NULL;
  g_autofree char *code = g_strdup_printf ("%s:%s", c->scheme_code, c->region_code);
  int position = 0;

  if (!(ladders = schakel_ladder_list (db, error)))
    return FALSE;
  for (guint i = 0; i < ladders->len; i++)
    {
      const SchakelLadder *l = g_ptr_array_index (ladders, i);

      if (l->scheme_code == NULL)
        national = l;
      else if (g_str_equal (l->scheme_code, c->scheme_code) && g_str_equal (l->region_code, c->region_code))
        {
          g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                               _("This region already has its own escalation ladder"));
          return FALSE;
        }
    }
  /* Codes are at most 32 characters; a long scheme and region get a digest. */
  if (strlen (code) > 32)
    {
      g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA1, code, -1);

      g_free (code);
      code = g_strdup_printf ("regio:%.24s", digest);
    }

  insert = schakel_sqlite_prepare (handle,
    "INSERT INTO escalation_ladder (code, name, scheme_code, region_code)"
    " SELECT ?1, 'Verzuimladder ' || name, scheme_code, code FROM region"
    " WHERE scheme_code = ?2 AND code = ?3", error);
  if (insert == NULL)
    return FALSE;
  schakel_sqlite_bind_text (insert, 1, code);
  schakel_sqlite_bind_text (insert, 2, c->scheme_code);
  schakel_sqlite_bind_text (insert, 3, c->region_code);
  if (!schakel_sqlite_step_done (handle, insert, error))
    return FALSE;
  if (sqlite3_changes (handle) == 0)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                           _("There is no such region in this region scheme"));
      return FALSE;
    }
  c->id = sqlite3_last_insert_rowid (handle);

  /* The region starts from the national agreement's steps in use. */
  for (guint i = 0; national != NULL && i < national->steps->len; i++)
    {
      const SchakelLadderStep *s = g_ptr_array_index (national->steps, i);
      SchakelLadderStepSpec spec = { s->code, s->name, s->responsible, s->deadline_working_days, s->guidance };

      if (s->retired != SCHAKEL_DAY_NONE)
        continue;
      if (_schakel_ladder_insert_step (db, c->id, &spec, ++position, error) == 0)
        return FALSE;
    }
  return audit_ladder (db, c->id, "create", error);
}

static gboolean
create_regional_cb (SchakelDatabase  *db,
                    gpointer          data,
                    GError          **error)
{
  return _schakel_ladder_create_regional (db, data, error);
}

/**
 * schakel_ladder_create_regional:
 * @db: a writable database
 * @scheme_code: a region scheme (indeling)
 * @region_code: a region of @scheme_code
 * @error: return location for an error
 *
 * Gives a region its own ladder, starting as a copy of the national
 * ladder's steps in use. Cases in the region's municipalities follow it
 * from then on.
 *
 * Returns: the new ladder's id, or 0 on error
 */
gint64
schakel_ladder_create_regional (SchakelDatabase  *db,
                                const char       *scheme_code,
                                const char       *region_code,
                                GError          **error)
{
  SchakelLadderCreateRegional c = { scheme_code, region_code, 0 };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), 0);
  g_return_val_if_fail (scheme_code != NULL && region_code != NULL, 0);

  return _schakel_write_transaction (db, create_regional_cb, &c, error) ? c.id : 0;
}

/* ------------------------------------------------------------------ */

typedef struct
{
  gint64                       ladder_id;
  gint64                       step_id;
  const SchakelLadderStepSpec *spec;
  int                          delta;
  SchakelDay                   on;
} StepEdit;

static gboolean
add_step (SchakelDatabase  *db,
          gpointer          data,
          GError          **error)
{
  StepEdit *e = data;
  g_autoptr(SchakelLadder) ladder = schakel_ladder_get (db, e->ladder_id, error);
  g_autofree char *detail = NULL;
  const SchakelLadderStep *closing = NULL;
  int position = 0;

  if (ladder == NULL)
    return FALSE;
  if (schakel_ladder_find_code (ladder, e->spec->code) != NULL)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("This ladder already has a step with this code (it may be retired)"));
      return FALSE;
    }
  for (guint i = 0; i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *s = g_ptr_array_index (ladder->steps, i);

      position = MAX (position, s->position);
      if (s->retired == SCHAKEL_DAY_NONE && g_str_equal (s->responsible, "none"))
        closing = s;
    }
  if (!(e->step_id = _schakel_ladder_insert_step (db, e->ladder_id, e->spec, position + 1, error)))
    return FALSE;

  /* A new step goes before the step that closes the ladder. */
  if (closing != NULL && !g_str_equal (e->spec->responsible, "none"))
    {
      g_autoptr(sqlite3_stmt) swap = schakel_sqlite_prepare (schakel_database_get_handle (db),
        "UPDATE escalation_ladder_step SET position = CASE id WHEN ?1 THEN ?3 ELSE ?4 END"
        " WHERE id IN (?1, ?2)", error);

      if (swap == NULL)
        return FALSE;
      sqlite3_bind_int64 (swap, 1, e->step_id);
      sqlite3_bind_int64 (swap, 2, closing->id);
      sqlite3_bind_int (swap, 3, closing->position);
      sqlite3_bind_int (swap, 4, position + 1);
      if (!exec_stmt (db, swap, error))
        return FALSE;
    }
  detail = g_strdup_printf ("add %s", e->spec->code);
  return audit_ladder (db, e->ladder_id, detail, error);
}

/**
 * schakel_ladder_add_step:
 * @db: a writable database
 * @ladder_id: the ladder
 * @spec: the new step (schakel_ladder_step_spec_validate())
 * @error: return location for an error
 *
 * Adds a step at the end of the ladder, before the step that closes it.
 * Its code must be new to the ladder, retired steps included.
 *
 * Returns: the new step's id, or 0 on error
 */
gint64
schakel_ladder_add_step (SchakelDatabase              *db,
                         gint64                        ladder_id,
                         const SchakelLadderStepSpec  *spec,
                         GError                      **error)
{
  StepEdit e = { ladder_id, 0, spec, 0, SCHAKEL_DAY_NONE };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), 0);
  g_return_val_if_fail (spec != NULL, 0);

  if (!schakel_ladder_step_spec_validate (spec, error) ||
      !_schakel_write_transaction (db, add_step, &e, error))
    return 0;
  return e.step_id;
}

static gboolean
update_step (SchakelDatabase  *db,
             gpointer          data,
             GError          **error)
{
  StepEdit *e = data;
  const SchakelLadderStep *old = NULL;
  g_autoptr(SchakelLadder) ladder = ladder_of_step (db, e->step_id, &old, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *detail = NULL;

  if (ladder == NULL)
    return FALSE;
  if (!g_str_equal (old->code, e->spec->code))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("A step’s code cannot change; retire the step and add a new one"));
      return FALSE;
    }
  stmt = schakel_sqlite_prepare (schakel_database_get_handle (db),
    "UPDATE escalation_ladder_step SET name = ?2, responsible = ?3, deadline_working_days = ?4,"
    " guidance = ?5 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->step_id);
  schakel_sqlite_bind_text (stmt, 2, e->spec->name);
  schakel_sqlite_bind_text (stmt, 3, e->spec->responsible);
  sqlite3_bind_int (stmt, 4, e->spec->deadline_working_days);
  schakel_sqlite_bind_text (stmt, 5, e->spec->guidance != NULL ? e->spec->guidance : "");
  if (!exec_stmt (db, stmt, error))
    return FALSE;
  /* The old values, so the audit log holds the ladder's history. */
  detail = g_strdup_printf ("update %s: responsible %s→%s, deadline %d→%d", old->code,
                            old->responsible, e->spec->responsible,
                            old->deadline_working_days, e->spec->deadline_working_days);
  return audit_ladder (db, ladder->id, detail, error);
}

/**
 * schakel_ladder_update_step:
 * @db: a writable database
 * @step_id: the step
 * @spec: what it should say; its code must be the step's own
 * @error: return location for an error
 *
 * Changes a step's name, responsible partner, deadline and guidance.
 * Deadlines of open cases follow the new value; the audit log keeps the
 * old partner and deadline.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_ladder_update_step (SchakelDatabase              *db,
                            gint64                        step_id,
                            const SchakelLadderStepSpec  *spec,
                            GError                      **error)
{
  StepEdit e = { 0, step_id, spec, 0, SCHAKEL_DAY_NONE };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (spec != NULL, FALSE);

  return schakel_ladder_step_spec_validate (spec, error) &&
         _schakel_write_transaction (db, update_step, &e, error);
}

static gboolean
move_step (SchakelDatabase  *db,
           gpointer          data,
           GError          **error)
{
  StepEdit *e = data;
  const SchakelLadderStep *step = NULL, *other = NULL;
  g_autoptr(SchakelLadder) ladder = ladder_of_step (db, e->step_id, &step, error);
  g_autoptr(sqlite3_stmt) swap = NULL;
  g_autofree char *detail = NULL;
  int index = -1;

  if (ladder == NULL)
    return FALSE;
  if (step->retired != SCHAKEL_DAY_NONE)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("A retired step keeps its place"));
      return FALSE;
    }
  for (guint i = 0; i < ladder->steps->len; i++)
    if (g_ptr_array_index (ladder->steps, i) == step)
      index = (int) i;
  /* The nearest step in use in the direction of the move. */
  for (int i = index + e->delta; other == NULL && i >= 0 && i < (int) ladder->steps->len; i += e->delta)
    {
      const SchakelLadderStep *s = g_ptr_array_index (ladder->steps, i);

      if (s->retired == SCHAKEL_DAY_NONE)
        other = s;
    }
  if (other == NULL)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           e->delta < 0 ? _("The step is already the first") : _("The step is already the last"));
      return FALSE;
    }

  swap = schakel_sqlite_prepare (schakel_database_get_handle (db),
    "UPDATE escalation_ladder_step SET position = CASE id WHEN ?1 THEN ?4 ELSE ?3 END"
    " WHERE id IN (?1, ?2)", error);
  if (swap == NULL)
    return FALSE;
  sqlite3_bind_int64 (swap, 1, step->id);
  sqlite3_bind_int64 (swap, 2, other->id);
  sqlite3_bind_int (swap, 3, step->position);
  sqlite3_bind_int (swap, 4, other->position);
  if (!exec_stmt (db, swap, error))
    return FALSE;
  detail = g_strdup_printf ("move %s %s %s", step->code, e->delta < 0 ? "before" : "after", other->code);
  return audit_ladder (db, ladder->id, detail, error);
}

/**
 * schakel_ladder_move_step:
 * @db: a writable database
 * @step_id: a step in use
 * @delta: -1 to move it up, 1 to move it down
 * @error: return location for an error
 *
 * Swaps the step with the nearest step in use above or below it. Retired
 * steps keep their place.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_ladder_move_step (SchakelDatabase  *db,
                          gint64            step_id,
                          int               delta,
                          GError          **error)
{
  StepEdit e = { 0, step_id, NULL, delta < 0 ? -1 : 1, SCHAKEL_DAY_NONE };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (delta != 0, FALSE);

  return _schakel_write_transaction (db, move_step, &e, error);
}

static gboolean
retire_step (SchakelDatabase  *db,
             gpointer          data,
             GError          **error)
{
  StepEdit *e = data;
  const SchakelLadderStep *step = NULL;
  g_autoptr(SchakelLadder) ladder = ladder_of_step (db, e->step_id, &step, error);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *detail = NULL;
  char iso[SCHAKEL_ISO_DATE_LEN];

  if (ladder == NULL)
    return FALSE;
  if (step->retired != SCHAKEL_DAY_NONE)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("The step is already retired"));
      return FALSE;
    }
  schakel_day_format_iso (e->on, iso);
  stmt = schakel_sqlite_prepare (schakel_database_get_handle (db),
                                 "UPDATE escalation_ladder_step SET retired_date = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, e->step_id);
  schakel_sqlite_bind_text (stmt, 2, iso);
  if (!exec_stmt (db, stmt, error))
    return FALSE;
  detail = g_strdup_printf ("retire %s from %s", step->code, iso);
  return audit_ladder (db, ladder->id, detail, error);
}

/**
 * schakel_ladder_retire_step:
 * @db: a writable database
 * @step_id: a step in use
 * @on: the first day the step is no longer used
 * @error: return location for an error
 *
 * Retires a step: from @on no case is sent to it, while the steps already
 * recorded against it keep pointing at it.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_ladder_retire_step (SchakelDatabase  *db,
                            gint64            step_id,
                            SchakelDay        on,
                            GError          **error)
{
  StepEdit e = { 0, step_id, NULL, 0, on };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);

  return _schakel_write_transaction (db, retire_step, &e, error);
}
