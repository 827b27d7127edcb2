/* schakel-metrics-absence.c — absence reports per 100 enrolment-years,
 * open escalations and escalations past their deadline (docs/metrics.md).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-holidays-private.h"
#include "schakel-ladder-private.h"
#include "schakel-metrics-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

/* Reports made in the window, or open on :t, with the ladder of their
 * region and the last escalation step taken by :t. */
static const char reports_sql[] =
  "SELECT r.report_type, r.report_date, " SCHAKEL_REPORT_END ","
  "  " SCHAKEL_LADDER_FOR_MUNICIPALITY (SCHAKEL_REPORT_MUNICIPALITY_OF ("r")) ","
  "  es.ladder_step_id, es.step_code, es.date, r.minor_id"
  " FROM absence_report r LEFT JOIN absence_closure c ON c.report_id = r.id"
  " LEFT JOIN escalation_step es ON es.id = " SCHAKEL_REPORT_LAST_STEP
  " WHERE r.report_date <= :t AND %s"
  " AND (r.report_date > :w OR r.end_date IS NULL OR r.end_date > :t OR c.date > :t)";

/* Steps taken in the window, with the step before them on the same report
 * (or the report date, for the first). */
static const char steps_sql[] =
  "SELECT x.ladder_id, x.ladder_step_id, x.step_code, x.date, coalesce (x.previous, x.report_date) FROM ("
  "  SELECT " SCHAKEL_LADDER_FOR_MUNICIPALITY (SCHAKEL_REPORT_MUNICIPALITY_OF ("r")) " AS ladder_id,"
  "    es.ladder_step_id, es.step_code, es.date, r.report_date,"
  "    lag (es.date) OVER (PARTITION BY es.report_id ORDER BY es.date, lls.position, es.id) AS previous"
  "  FROM absence_report r JOIN escalation_step es ON es.report_id = r.id"
  "  LEFT JOIN escalation_ladder_step lls ON lls.id = es.ladder_step_id"
  "  WHERE es.date <= :t AND %s"
  " ) x WHERE x.date > :w";

static const char enrolled_sql[] =
  "SELECT coalesce (sum (julianday (min (coalesce (e.end_date, :t), :t))"
  "                      - julianday (max (e.start_date, :w1)) + 1), 0),"
  "       count (DISTINCT e.minor_id)"
  " FROM enrolment e JOIN school s ON s.id = e.school_id"
  /* +e.start_date: one scan of the table, not a look-up per row through
   * enrolment_period (docs/performance.md, "Dashboard metrics"). */
  " WHERE +e.start_date <= :t AND (e.end_date IS NULL OR e.end_date > :w) AND %s";

static const SchakelLadderStep *
step_of (GHashTable   *ladders,
         sqlite3_stmt *stmt,
         int           ladder_col,
         int           step_col,
         int           code_col)
{
  gint64 ladder_id = sqlite3_column_int64 (stmt, ladder_col);
  const SchakelLadder *ladder = g_hash_table_lookup (ladders, &ladder_id);
  return _schakel_ladder_match_step (ladder, sqlite3_column_int64 (stmt, step_col),
                                     (const char *) sqlite3_column_text (stmt, code_col));
}

/* escalation_timeliness: of the steps taken in the window that have a
 * deadline (a known step that does not close the ladder), the share taken
 * by it; the deadline counts from the step before on the same report. */
static gboolean
timeliness (SchakelMetricsContext  *ctx,
            GHashTable             *ladders,
            const GArray           *holidays,
            SchakelMetricValue     *value,
            GError                **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (ctx->scope, SCHAKEL_REPORT_MUNICIPALITY_OF ("r"));
  g_autofree char *sql = g_strdup_printf (steps_sql, condition);
  g_autoptr(sqlite3_stmt) stmt = _schakel_metrics_prepare (ctx, sql, error);
  gint64 n_steps = 0, n_timely = 0;
  guint64 n_rows = 0;
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      const SchakelLadderStep *step;
      SchakelDay deadline;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      step = step_of (ladders, stmt, 0, 1, 2);
      deadline = _schakel_ladder_step_deadline (step, _schakel_metrics_column_day (stmt, 4), holidays);
      if (deadline == SCHAKEL_DAY_NONE)
        continue;
      n_steps++;
      if (_schakel_metrics_column_day (stmt, 3) <= deadline)
        {
          n_timely++;
          _schakel_metrics_add_part (value, step->code, 1);
        }
    }
  _schakel_metrics_set_share (value, n_timely, n_steps);
  return TRUE;
}

/**
 * _schakel_metrics_absence:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes absence_reports_per_100, escalations_open,
 * escalations_overdue (both by the step a case has reached) and
 * escalation_timeliness. Each report follows the ladder of its region
 * (SCHAKEL_LADDER_FOR_MUNICIPALITY), and deadlines skip weekends and the
 * public holidays.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_absence (SchakelMetricsContext  *ctx,
                          GError                **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (ctx->scope, SCHAKEL_REPORT_MUNICIPALITY_OF ("r"));
  g_autofree char *sql = g_strdup_printf (reports_sql, condition);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) ladders = NULL;
  g_autoptr(GArray) holidays = NULL;
  SchakelMetricValue *rate = _schakel_metrics_want (ctx, "absence_reports_per_100");
  SchakelMetricValue *open = _schakel_metrics_want (ctx, "escalations_open");
  SchakelMetricValue *late = _schakel_metrics_want (ctx, "escalations_overdue");
  SchakelMetricValue *value;
  gint64 n_reports = 0, n_open = 0, n_overdue = 0, n_minors = 0;
  double days = 0;
  guint64 n_rows = 0;
  gboolean row;

  if (!(ladders = _schakel_ladders_load_handle (ctx->handle, error)) ||
      !(holidays = _schakel_holidays_load_handle (ctx->handle, error)) ||
      !(stmt = _schakel_metrics_prepare (ctx, sql, error)))
    return FALSE;

  for (;;)
    {
      SchakelDay reported, end;
      SchakelCaseState state;
      gint64 ladder_id;
      const char *last_code;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;

      reported = _schakel_metrics_column_day (stmt, 1);
      end = _schakel_metrics_column_day (stmt, 2);
      if (reported > ctx->w)
        {
          n_reports++;
          if (rate != NULL)
            _schakel_metrics_add_part (rate, (const char *) sqlite3_column_text (stmt, 0), 1);
        }
      if (end != SCHAKEL_DAY_NONE && end <= ctx->t)
        continue;

      ladder_id = sqlite3_column_int64 (stmt, 3);
      last_code = (const char *) sqlite3_column_text (stmt, 5);
      _schakel_case_state (g_hash_table_lookup (ladders, &ladder_id), sqlite3_column_int64 (stmt, 4),
                           last_code, _schakel_metrics_column_day (stmt, 6), reported, ctx->t,
                           holidays, &state);
      if (!state.escalating)
        continue;
      n_open++;
      _schakel_metrics_count_behind (ctx, "escalations_open", sqlite3_column_int64 (stmt, 7));
      if (open != NULL)
        _schakel_metrics_add_part (open, state.current != NULL ? state.current->code : last_code, 1);
      if (state.deadline != SCHAKEL_DAY_NONE && ctx->t > state.deadline)
        {
          n_overdue++;
          _schakel_metrics_count_behind (ctx, "escalations_overdue", sqlite3_column_int64 (stmt, 7));
          if (late != NULL)
            _schakel_metrics_add_part (late, state.current->code, 1);
        }
    }

  if (rate != NULL)
    {
      if (!_schakel_metrics_query_exposure (ctx, enrolled_sql, "s.municipality_code", &days, &n_minors, error))
        return FALSE;
      rate->numerator = n_reports;
      rate->n = n_minors;
      rate->exposure = days / 365.25;
      rate->value = days > 0 ? 100.0 * n_reports / (days / 365.25) : NAN;
    }
  if (open != NULL)
    _schakel_metrics_set_count (open, n_open, n_open);
  if (late != NULL)
    _schakel_metrics_set_count (late, n_overdue, n_open);
  if ((value = _schakel_metrics_want (ctx, "escalation_timeliness")) != NULL &&
      !timeliness (ctx, ladders, holidays, value, error))
    return FALSE;
  return TRUE;
}
