/* schakel-ladder.c — escalation ladders: reading them, and where a case
 * stands on one.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ladder is data (DOMAIN.md §6): a national default and a variant per
 * region of an indeling. Steps are ordered by position; a retired step
 * keeps its row and position so the steps recorded against it keep their
 * meaning, but no new case is sent to it.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-codes.h"
#include "schakel-core-error.h"
#include "schakel-ladder-private.h"
#include "schakel-sqlite-private.h"

/**
 * schakel_ladder_step_free:
 * @step: (nullable): a step
 */
void
schakel_ladder_step_free (SchakelLadderStep *step)
{
  if (step == NULL)
    return;
  g_free (step->code);
  g_free (step->name);
  g_free (step->responsible);
  g_free (step->guidance);
  g_free (step);
}

/**
 * schakel_ladder_free:
 * @ladder: (nullable): a ladder
 */
void
schakel_ladder_free (SchakelLadder *ladder)
{
  if (ladder == NULL)
    return;
  g_free (ladder->code);
  g_free (ladder->name);
  g_free (ladder->scheme_code);
  g_free (ladder->region_code);
  g_clear_pointer (&ladder->steps, g_ptr_array_unref);
  g_free (ladder);
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

/* Every ladder with its steps, national first, in a list or keyed by id. */
static GPtrArray *
load_ladders (sqlite3  *db,
              gint64    only_id,
              GError  **error)
{
  g_autoptr(GPtrArray) ladders = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_ladder_free);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(sqlite3_stmt) ladder_stmt = NULL;
  g_autoptr(sqlite3_stmt) step_stmt = NULL;
  int rc;

  ladder_stmt = schakel_sqlite_prepare (db,
    "SELECT id, code, name, scheme_code, region_code FROM escalation_ladder"
    " WHERE ?1 = 0 OR id = ?1 ORDER BY scheme_code IS NOT NULL, scheme_code, region_code, id", error);
  step_stmt = schakel_sqlite_prepare (db,
    "SELECT ladder_id, id, code, name, position, responsible, deadline_working_days, guidance, retired_date"
    " FROM escalation_ladder_step WHERE ?1 = 0 OR ladder_id = ?1 ORDER BY ladder_id, position, id", error);
  if (ladder_stmt == NULL || step_stmt == NULL)
    return NULL;

  sqlite3_bind_int64 (ladder_stmt, 1, only_id);
  while ((rc = sqlite3_step (ladder_stmt)) == SQLITE_ROW)
    {
      SchakelLadder *ladder = g_new0 (SchakelLadder, 1);

      ladder->id = sqlite3_column_int64 (ladder_stmt, 0);
      ladder->code = dup_column (ladder_stmt, 1);
      ladder->name = dup_column (ladder_stmt, 2);
      ladder->scheme_code = dup_column (ladder_stmt, 3);
      ladder->region_code = dup_column (ladder_stmt, 4);
      ladder->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_ladder_step_free);
      g_ptr_array_add (ladders, ladder);
      g_hash_table_insert (by_id, &ladder->id, ladder);
    }
  if (rc != SQLITE_DONE)
    goto failed;

  sqlite3_bind_int64 (step_stmt, 1, only_id);
  while ((rc = sqlite3_step (step_stmt)) == SQLITE_ROW)
    {
      gint64 ladder_id = sqlite3_column_int64 (step_stmt, 0);
      SchakelLadder *ladder = g_hash_table_lookup (by_id, &ladder_id);
      SchakelLadderStep *step = g_new0 (SchakelLadderStep, 1);

      step->id = sqlite3_column_int64 (step_stmt, 1);
      step->code = dup_column (step_stmt, 2);
      step->name = dup_column (step_stmt, 3);
      step->position = sqlite3_column_int (step_stmt, 4);
      step->responsible = dup_column (step_stmt, 5);
      step->deadline_working_days = sqlite3_column_int (step_stmt, 6);
      step->guidance = dup_column (step_stmt, 7);
      if (sqlite3_column_type (step_stmt, 8) == SQLITE_NULL ||
          !schakel_day_parse_iso ((const char *) sqlite3_column_text (step_stmt, 8), &step->retired))
        step->retired = SCHAKEL_DAY_NONE;
      g_ptr_array_add (ladder->steps, step);
    }
  if (rc != SQLITE_DONE)
    goto failed;

  return g_steal_pointer (&ladders);

failed:
  schakel_sqlite_set_error (error, db, _("Could not read the escalation ladders"));
  return NULL;
}

/**
 * schakel_ladder_list:
 * @db: a database
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type SchakelLadder): every ladder with
 *   its steps, the national one first, then by region
 */
GPtrArray *
schakel_ladder_list (SchakelDatabase  *db,
                     GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  return load_ladders (schakel_database_get_handle (db), 0, error);
}

/**
 * schakel_ladder_get:
 * @db: a database
 * @ladder_id: the ladder's id
 * @error: return location for an error
 *
 * Returns: (transfer full): the ladder with its steps, or %NULL with
 *   %SCHAKEL_CORE_ERROR_NOT_FOUND
 */
SchakelLadder *
schakel_ladder_get (SchakelDatabase  *db,
                    gint64            ladder_id,
                    GError          **error)
{
  g_autoptr(GPtrArray) ladders = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  if (ladder_id <= 0 || !(ladders = load_ladders (schakel_database_get_handle (db), ladder_id, error)) ||
      ladders->len == 0)
    {
      if (error == NULL || *error == NULL)
        g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                     _("There is no escalation ladder with this id"));
      return NULL;
    }
  return g_ptr_array_steal_index (ladders, 0);
}

GHashTable *
_schakel_ladders_load_handle (sqlite3  *db,
                              GError  **error)
{
  g_autoptr(GPtrArray) ladders = load_ladders (db, 0, error);
  GHashTable *by_id;

  if (ladders == NULL)
    return NULL;
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) schakel_ladder_free);
  g_ptr_array_set_free_func (ladders, NULL);
  for (guint i = 0; i < ladders->len; i++)
    {
      SchakelLadder *ladder = g_ptr_array_index (ladders, i);

      g_hash_table_insert (by_id, &ladder->id, ladder);
    }
  return by_id;
}

/**
 * schakel_ladder_for_municipality:
 * @db: a database
 * @municipality_code: a `GMnnnn` code
 * @error: return location for an error
 *
 * The ladder that applies to cases in @municipality_code: the ladder of a
 * region that contains it (a region of the default region scheme first),
 * else the national ladder.
 *
 * Returns: the ladder's id, 0 when there is none, -1 on error
 */
gint64
schakel_ladder_for_municipality (SchakelDatabase  *db,
                                 const char       *municipality_code,
                                 GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = 0;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), -1);
  g_return_val_if_fail (municipality_code != NULL, -1);

  handle = schakel_database_get_handle (db);
  stmt = schakel_sqlite_prepare (handle, "SELECT " SCHAKEL_LADDER_FOR_MUNICIPALITY ("?1"), error);
  if (stmt == NULL)
    return -1;
  schakel_sqlite_bind_text (stmt, 1, municipality_code);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      schakel_sqlite_set_error (error, handle, _("Could not read the escalation ladders"));
      return -1;
    }
  id = sqlite3_column_int64 (stmt, 0);
  return id;
}

/**
 * schakel_ladder_lookup:
 * @db: a database
 * @scheme_code: (nullable): a region scheme, or %NULL for the national ladder
 * @region_code: (nullable): a region of @scheme_code
 * @error: return location for an error
 *
 * Returns: the id of the region's own ladder (the national one for
 *   %NULL), 0 when it has none, -1 on error
 */
gint64
schakel_ladder_lookup (SchakelDatabase  *db,
                       const char       *scheme_code,
                       const char       *region_code,
                       GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), -1);
  g_return_val_if_fail ((scheme_code == NULL) == (region_code == NULL), -1);

  handle = schakel_database_get_handle (db);
  stmt = schakel_sqlite_prepare (handle,
                                 "SELECT id FROM escalation_ladder WHERE scheme_code IS ?1 AND region_code IS ?2",
                                 error);
  if (stmt == NULL)
    return -1;
  schakel_sqlite_bind_text (stmt, 1, scheme_code);
  schakel_sqlite_bind_text (stmt, 2, region_code);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;
  schakel_sqlite_set_error (error, handle, _("Could not read the escalation ladders"));
  return -1;
}

/**
 * schakel_ladder_step_in_use:
 * @step: a step
 * @on: a day
 *
 * Returns: whether @step was not retired on or before @on
 */
gboolean
schakel_ladder_step_in_use (const SchakelLadderStep *step,
                            SchakelDay               on)
{
  return step->retired == SCHAKEL_DAY_NONE || step->retired > on;
}

/**
 * schakel_ladder_find_step:
 * @ladder: a ladder
 * @step_id: a step id
 *
 * Returns: (transfer none) (nullable): the step of @ladder with @step_id
 */
const SchakelLadderStep *
schakel_ladder_find_step (const SchakelLadder *ladder,
                          gint64               step_id)
{
  for (guint i = 0; ladder != NULL && i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *step = g_ptr_array_index (ladder->steps, i);

      if (step->id == step_id)
        return step;
    }
  return NULL;
}

/**
 * schakel_ladder_find_code:
 * @ladder: a ladder
 * @code: a step code
 *
 * Returns: (transfer none) (nullable): the step of @ladder with @code
 */
const SchakelLadderStep *
schakel_ladder_find_code (const SchakelLadder *ladder,
                          const char          *code)
{
  for (guint i = 0; ladder != NULL && i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *step = g_ptr_array_index (ladder->steps, i);

      if (g_strcmp0 (step->code, code) == 0)
        return step;
    }
  return NULL;
}

/**
 * schakel_ladder_next_step:
 * @ladder: a ladder
 * @after: (nullable): a step of @ladder, or %NULL for the first step
 * @on: the day that decides which steps are retired
 *
 * Returns: (transfer none) (nullable): the first step after @after that
 *   is in use on @on, or %NULL at the end of the ladder
 */
const SchakelLadderStep *
schakel_ladder_next_step (const SchakelLadder     *ladder,
                          const SchakelLadderStep *after,
                          SchakelDay               on)
{
  for (guint i = 0; ladder != NULL && i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *step = g_ptr_array_index (ladder->steps, i);

      if (after != NULL && (step->position < after->position ||
                            (step->position == after->position && step->id <= after->id)))
        continue;
      if (schakel_ladder_step_in_use (step, on))
        return step;
    }
  return NULL;
}

static gboolean
is_closing (const SchakelLadderStep *step)
{
  return strcmp (step->responsible, "none") == 0;
}

/* The state of a case on @on: its current step is the last one taken
 * (@last_step_id, on @last_date; found by @last_step_code when it is linked
 * to another ladder, as when a region adopted its own); the next is the first step after it in
 * use on @on, due @deadline_working_days after @last_date (after
 * @report_date when no step was taken). The closing step has no deadline:
 * a case may stay at its last real step as long as it needs. The case is
 * overdue when @on is later than the deadline, whether or not a step was
 * taken yet: the metric, the case list and the timeline all read it here. */
void
_schakel_case_state (const SchakelLadder *ladder,
                     gint64               last_step_id,
                     const char          *last_step_code,
                     SchakelDay           last_date,
                     SchakelDay           report_date,
                     SchakelDay           on,
                     const GArray        *holidays,
                     SchakelCaseState    *state)
{
  SchakelDay base = report_date;

  memset (state, 0, sizeof *state);
  state->deadline = SCHAKEL_DAY_NONE;

  if (last_step_code != NULL)
    {
      state->current = _schakel_ladder_match_step (ladder, last_step_id, last_step_code);
      if (state->current != NULL && is_closing (state->current))
        return;
      state->escalating = TRUE;
      if (state->current == NULL)
        return; /* a step of another ladder: no deadline known */
      base = last_date;
    }

  state->next = schakel_ladder_next_step (ladder, state->current, on);
  state->deadline = _schakel_ladder_step_deadline (state->next, base, holidays);
  if (state->deadline != SCHAKEL_DAY_NONE && on > state->deadline)
    state->days_overdue = on - state->deadline;
}

/* A recorded step on @ladder: by its link (@step_id), else by its code (a
 * step recorded against another ladder); NULL when it is on neither. */
const SchakelLadderStep *
_schakel_ladder_match_step (const SchakelLadder *ladder,
                            gint64               step_id,
                            const char          *code)
{
  const SchakelLadderStep *step = schakel_ladder_find_step (ladder, step_id);

  return step != NULL ? step : schakel_ladder_find_code (ladder, code);
}

/* When @step is due if the step before it on the report (or the report
 * itself) was on @previous; SCHAKEL_DAY_NONE for no step or the closing
 * step, which have no deadline (docs/metrics.md). */
SchakelDay
_schakel_ladder_step_deadline (const SchakelLadderStep *step,
                               SchakelDay               previous,
                               const GArray            *holidays)
{
  if (step == NULL || is_closing (step))
    return SCHAKEL_DAY_NONE;
  return schakel_day_add_working_days (previous, step->deadline_working_days, holidays);
}

/**
 * schakel_ladder_step_spec_validate:
 * @spec: what a step should say
 * @error: return location for an error
 *
 * Checks a step before it is written: a code of lower-case letters,
 * digits and `_` (1 to 32), a name (1 to 80 characters), a responsible
 * partner from its code list, a deadline of 0 to 250 working days and
 * guidance of at most 500 characters.
 *
 * Returns: %TRUE when @spec is valid
 */
gboolean
schakel_ladder_step_spec_validate (const SchakelLadderStepSpec  *spec,
                                   GError                      **error)
{
  const char *what = NULL;
  gsize code_len = spec->code != NULL ? strlen (spec->code) : 0;
  glong name_len = spec->name != NULL ? g_utf8_strlen (spec->name, -1) : 0;

  if (code_len < 1 || code_len > 32 ||
      strspn (spec->code, "abcdefghijklmnopqrstuvwxyz0123456789_") != code_len)
    what = _("A step code is 1 to 32 lower-case letters, digits or underscores");
  else if (spec->name == NULL || !g_utf8_validate (spec->name, -1, NULL) ||
           name_len < 1 || name_len > SCHAKEL_LADDER_NAME_MAX)
    what = _("A step name is 1 to 80 characters");
  else if (spec->responsible == NULL ||
           !schakel_code_is_valid (SCHAKEL_CODE_LIST_RESPONSIBLE, spec->responsible))
    what = _("The responsible partner is not one of school, gemeente, coordinator, coa, nidos or none");
  else if (spec->deadline_working_days < 0 || spec->deadline_working_days > SCHAKEL_LADDER_DEADLINE_MAX)
    what = _("A deadline is 0 to 250 working days");
  else if (spec->guidance != NULL &&
           (!g_utf8_validate (spec->guidance, -1, NULL) ||
            g_utf8_strlen (spec->guidance, -1) > SCHAKEL_LADDER_GUIDANCE_MAX))
    what = _("Guidance is at most 500 characters");

  if (what != NULL)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID, what);
      return FALSE;
    }
  return TRUE;
}
