/* schakel-cases.c — the open absence reports and where each stands on the
 * escalation ladder of its region.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same rules as the metrics escalations_open and escalations_overdue
 * (docs/metrics.md), one row per case, for the Verzuim view and
 * `schakel-cli cases`: a report without any step yet is listed too (it is
 * no open escalation yet), and is overdue, as in the metric, once its
 * first step's deadline after the report date has passed.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-cases.h"
#include "schakel-core-error.h"
#include "schakel-holidays-private.h"
#include "schakel-ladder-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

enum {
  COL_ID, COL_NUMBER, COL_MINOR, COL_JONGERE, COL_TYPE, COL_START, COL_REPORTED,
  COL_SCHOOL, COL_SCHOOL_NAME, COL_BRIN, COL_MUNICIPALITY, COL_MUNICIPALITY_NAME,
  COL_LADDER, COL_STEP, COL_STEP_CODE, COL_STEP_DATE,
};

static const char cases_sql[] =
  "SELECT r.id, r.report_number, r.minor_id, m.jongere_id, r.report_type, r.start_date, r.report_date,"
  "  r.school_id, sc.name, sc.brin, mun.code, mun.name,"
  "  " SCHAKEL_LADDER_FOR_MUNICIPALITY ("mun.code") ","
  "  es.ladder_step_id, es.step_code, es.date"
  " FROM absence_report r JOIN minor m ON m.id = r.minor_id"
  " LEFT JOIN school sc ON sc.id = r.school_id"
  " LEFT JOIN absence_closure c ON c.report_id = r.id"
  " LEFT JOIN municipality mun ON mun.code = " SCHAKEL_REPORT_MUNICIPALITY_OF ("r")
  " LEFT JOIN escalation_step es ON es.id = " SCHAKEL_REPORT_LAST_STEP
  " WHERE r.report_date <= :t AND coalesce (" SCHAKEL_REPORT_END ", '9999-12-31') > :t"
  " AND (:report = 0 OR r.id = :report) AND %s";

/**
 * schakel_case_free:
 * @self: (nullable): a case
 */
void
schakel_case_free (SchakelCase *self)
{
  if (self == NULL)
    return;
  g_free (self->report_number);
  g_free (self->jongere_id);
  g_free (self->report_type);
  g_free (self->school_name);
  g_free (self->brin);
  g_free (self->municipality_code);
  g_free (self->municipality_name);
  g_free (self->ladder_name);
  g_free (self->current_step_code);
  g_free (self->current_step_name);
  g_free (self->next_step_code);
  g_free (self->next_step_name);
  g_free (self->next_responsible);
  g_free (self->next_guidance);
  g_free (self);
}

static char *
dup_text (sqlite3_stmt *stmt,
          int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

static SchakelDay
column_day (sqlite3_stmt *stmt,
            int           col)
{
  SchakelDay d;

  if (sqlite3_column_type (stmt, col) == SQLITE_NULL ||
      !schakel_day_parse_iso ((const char *) sqlite3_column_text (stmt, col), &d))
    return SCHAKEL_DAY_NONE;
  return d;
}

static SchakelCase *
case_from_row (sqlite3_stmt *stmt,
               GHashTable   *ladders,
               const GArray *holidays,
               SchakelDay    on)
{
  SchakelCase *c = g_new0 (SchakelCase, 1);
  const SchakelLadder *ladder;
  SchakelCaseState state;

  c->report_id = sqlite3_column_int64 (stmt, COL_ID);
  c->report_number = dup_text (stmt, COL_NUMBER);
  c->minor_id = sqlite3_column_int64 (stmt, COL_MINOR);
  c->jongere_id = dup_text (stmt, COL_JONGERE);
  c->report_type = dup_text (stmt, COL_TYPE);
  c->start_date = column_day (stmt, COL_START);
  c->report_date = column_day (stmt, COL_REPORTED);
  c->school_id = sqlite3_column_int64 (stmt, COL_SCHOOL);
  c->school_name = dup_text (stmt, COL_SCHOOL_NAME);
  c->brin = dup_text (stmt, COL_BRIN);
  c->municipality_code = dup_text (stmt, COL_MUNICIPALITY);
  c->municipality_name = dup_text (stmt, COL_MUNICIPALITY_NAME);
  c->ladder_id = sqlite3_column_int64 (stmt, COL_LADDER);
  c->current_step_code = dup_text (stmt, COL_STEP_CODE);
  c->current_step_date = column_day (stmt, COL_STEP_DATE);
  c->deadline = SCHAKEL_DAY_NONE;

  ladder = g_hash_table_lookup (ladders, &c->ladder_id);
  if (ladder != NULL)
    c->ladder_name = g_strdup (ladder->name);
  _schakel_case_state (ladder, sqlite3_column_int64 (stmt, COL_STEP), c->current_step_code,
                       c->current_step_date, c->report_date, on, holidays, &state);
  if (state.current != NULL)
    {
      c->current_step_id = state.current->id;
      c->current_step_name = g_strdup (state.current->name);
    }
  if (state.next != NULL)
    {
      c->next_step_id = state.next->id;
      c->next_step_code = g_strdup (state.next->code);
      c->next_step_name = g_strdup (state.next->name);
      c->next_responsible = g_strdup (state.next->responsible);
      c->next_guidance = g_strdup (state.next->guidance);
    }
  c->deadline = state.deadline;
  c->days_overdue = state.days_overdue;
  return c;
}

/**
 * schakel_case_compare_urgency:
 * @a: a case
 * @b: another case
 *
 * Most urgent first: the longest overdue, then the nearest deadline
 * (cases without one last), then the oldest report.
 *
 * Returns: negative when @a comes first
 */
int
schakel_case_compare_urgency (const SchakelCase *a,
                              const SchakelCase *b)
{
  gboolean a_none = a->deadline == SCHAKEL_DAY_NONE, b_none = b->deadline == SCHAKEL_DAY_NONE;

  if (a->days_overdue != b->days_overdue)
    return a->days_overdue > b->days_overdue ? -1 : 1;
  if (a_none != b_none)
    return a_none ? 1 : -1;
  if (a->deadline != b->deadline)
    return a->deadline < b->deadline ? -1 : 1;
  if (a->report_date != b->report_date)
    return a->report_date < b->report_date ? -1 : 1;
  return g_strcmp0 (a->report_number, b->report_number);
}

static int
compare_urgency_cb (gconstpointer a,
                    gconstpointer b)
{
  return schakel_case_compare_urgency (*(const SchakelCase * const *) a, *(const SchakelCase * const *) b);
}

static GPtrArray *
query_cases (SchakelDatabase     *db,
             const SchakelScope  *scope,
             gint64               report_id,
             SchakelDay           on,
             gboolean             overdue_only,
             GError             **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(SchakelScope) national = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  const SchakelScope *where = scope != NULL ? scope : national;
  g_autofree char *condition = _schakel_scope_sql_condition (where, "mun.code");
  g_autofree char *sql = g_strdup_printf (cases_sql, condition);
  g_autoptr(GHashTable) ladders = NULL;
  g_autoptr(GArray) holidays = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_case_free);
  char t[SCHAKEL_ISO_DATE_LEN];
  int rc;

  if (!(ladders = _schakel_ladders_load_handle (handle, error)) ||
      !(holidays = _schakel_holidays_load_handle (handle, error)) ||
      !(stmt = schakel_sqlite_prepare (handle, sql, error)))
    return NULL;

  schakel_day_format_iso (on, t);
  schakel_sqlite_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":t"), t);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":report"), report_id);
  _schakel_scope_bind (where, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelCase *c = case_from_row (stmt, ladders, holidays, on);

      if (overdue_only && c->days_overdue == 0)
        schakel_case_free (c);
      else
        g_ptr_array_add (cases, c);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Could not read the absence reports"));
      return NULL;
    }
  g_ptr_array_sort (cases, compare_urgency_cb);
  return g_steal_pointer (&cases);
}

/**
 * schakel_cases_list:
 * @db: a database
 * @scope: (nullable): where, by the report's municipality; %NULL for the
 *   whole country
 * @on: the peildatum
 * @overdue_only: list only cases whose next step is past its deadline
 * @error: return location for an error
 *
 * The absence reports open on @on (reported by then, and neither the
 * partner's end date nor a closure recorded in Schakel on or before it),
 * each with its current step, next step, deadline and days overdue,
 * most urgent first (schakel_case_compare_urgency()).
 *
 * Returns: (transfer full) (element-type SchakelCase): the cases
 */
GPtrArray *
schakel_cases_list (SchakelDatabase     *db,
                    const SchakelScope  *scope,
                    SchakelDay           on,
                    gboolean             overdue_only,
                    GError             **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  return query_cases (db, scope, 0, on, overdue_only, error);
}

/**
 * schakel_case_get:
 * @db: a database
 * @report_id: an absence report
 * @on: the day
 * @error: return location for an error
 *
 * Returns: (transfer full): the case, or %NULL with
 *   %SCHAKEL_CORE_ERROR_NOT_FOUND when the report is not open on @on
 */
SchakelCase *
schakel_case_get (SchakelDatabase  *db,
                  gint64            report_id,
                  SchakelDay        on,
                  GError          **error)
{
  g_autoptr(GPtrArray) cases = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  if (report_id <= 0 || !(cases = query_cases (db, NULL, report_id, on, FALSE, error)) || cases->len == 0)
    {
      if (error == NULL || *error == NULL)
        g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                             _("This absence report is not open"));
      return NULL;
    }
  return g_ptr_array_steal_index (cases, 0);
}
