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

#include "schakel-metrics-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

typedef struct
{
  char       code[33];
  int        position;
  int        deadline_working_days;
  gboolean   closing;     /* responsible 'none': the ladder's end */
  SchakelDay retired;     /* SCHAKEL_DAY_NONE: in use */
} LadderStep;

/* Where a report belongs: its school's municipality, else (ABSOLUUT: no
 * school) that of the minor's placement on the report date. */
#define REPORT_MUNICIPALITY \
  "coalesce (s.municipality_code, (SELECT l.municipality_code FROM placement p" \
  " JOIN location l ON l.id = p.location_id WHERE p.minor_id = r.minor_id" \
  " AND p.start_date <= r.report_date ORDER BY p.start_date DESC LIMIT 1))"

/* Reports made in the window, or open on :t; with the last escalation step
 * taken by :t as "code date" (ties on a day broken by ladder position). */
static const char reports_sql[] =
  "SELECT r.report_type, r.report_date, r.end_date,"
  "  (SELECT es.step_code || ' ' || es.date FROM escalation_step es"
  "    LEFT JOIN escalation_ladder_step ls ON ls.ladder_id = :ladder AND ls.code = es.step_code"
  "    WHERE es.report_id = r.id AND es.date <= :t"
  "    ORDER BY es.date DESC, ls.position DESC, es.id DESC LIMIT 1)"
  " FROM absence_report r LEFT JOIN school s ON s.id = r.school_id"
  " WHERE r.report_date <= :t AND (r.report_date > :w OR r.end_date IS NULL OR r.end_date > :t) AND %s";

static const char enrolled_sql[] =
  "SELECT coalesce (sum (julianday (min (coalesce (e.end_date, :t), :t))"
  "                      - julianday (max (e.start_date, :w1)) + 1), 0),"
  "       count (DISTINCT e.minor_id)"
  " FROM enrolment e JOIN school s ON s.id = e.school_id"
  /* +e.start_date: one scan of the table, not a look-up per row through
   * enrolment_period (docs/performance.md, "Dashboard metrics"). */
  " WHERE +e.start_date <= :t AND (e.end_date IS NULL OR e.end_date > :w) AND %s";

/* The national ladder (the one without a region); regional ladders are
 * not applied yet. */
static GArray *
load_ladder (SchakelMetricsContext  *ctx,
             gint64                 *ladder_id,
             GError                **error)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (LadderStep));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!schakel_sqlite_query_int64 (ctx->handle,
                                   "SELECT coalesce (min (id), 0) FROM escalation_ladder WHERE scheme_code IS NULL",
                                   ladder_id, error))
    return NULL;
  stmt = schakel_sqlite_prepare (ctx->handle,
                                 "SELECT code, position, deadline_working_days, responsible = 'none', retired_date"
                                 " FROM escalation_ladder_step WHERE ladder_id = ?1 ORDER BY position",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, *ladder_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LadderStep step = { { 0 }, sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2),
                          sqlite3_column_int (stmt, 3) != 0, _schakel_metrics_column_day (stmt, 4) };

      g_strlcpy (step.code, (const char *) sqlite3_column_text (stmt, 0), sizeof step.code);
      g_array_append_val (steps, step);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, ctx->handle, _("Database error"));
      return NULL;
    }
  return g_steal_pointer (&steps);
}

/* Whether an open report is under escalation on :t, and whether its next
 * step is past its deadline. */
static void
classify_open (SchakelMetricsContext *ctx,
               GArray                *ladder,
               const char            *last_step,
               gboolean              *escalating,
               gboolean              *overdue)
{
  const char *space = last_step != NULL ? strchr (last_step, ' ') : NULL;
  const LadderStep *current = NULL;
  SchakelDay taken;

  *escalating = *overdue = FALSE;
  if (space == NULL || !schakel_day_parse_iso (space + 1, &taken))
    return; /* no step taken yet */

  for (guint i = 0; i < ladder->len; i++)
    {
      const LadderStep *step = &g_array_index (ladder, LadderStep, i);

      if (strncmp (step->code, last_step, space - last_step) == 0 && step->code[space - last_step] == '\0')
        current = step;
    }
  if (current != NULL && current->closing)
    return;

  *escalating = TRUE;
  if (current == NULL)
    return; /* a step of another ladder: no deadline known */

  for (guint i = 0; i < ladder->len; i++)
    {
      const LadderStep *next = &g_array_index (ladder, LadderStep, i);

      if (next->position <= current->position ||
          (next->retired != SCHAKEL_DAY_NONE && next->retired <= ctx->t))
        continue;
      *overdue = ctx->t > schakel_day_add_working_days (taken, next->deadline_working_days);
      return;
    }
}

/**
 * _schakel_metrics_absence:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes absence_reports_per_100, escalations_open and
 * escalations_overdue.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_absence (SchakelMetricsContext  *ctx,
                          GError                **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (ctx->scope, REPORT_MUNICIPALITY);
  g_autofree char *sql = g_strdup_printf (reports_sql, condition);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GArray) ladder = NULL;
  SchakelMetricValue *rate = _schakel_metrics_want (ctx, "absence_reports_per_100");
  SchakelMetricValue *value;
  gint64 ladder_id = 0, n_reports = 0, n_open = 0, n_overdue = 0, n_minors = 0;
  double days = 0;
  guint64 n_rows = 0;
  gboolean row;

  if (!(ladder = load_ladder (ctx, &ladder_id, error)) ||
      !(stmt = _schakel_metrics_prepare (ctx, sql, error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":ladder"), ladder_id);

  for (;;)
    {
      SchakelDay reported, end;
      gboolean escalating, overdue;

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

      classify_open (ctx, ladder, (const char *) sqlite3_column_text (stmt, 3), &escalating, &overdue);
      n_open += escalating;
      n_overdue += overdue;
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
  if ((value = _schakel_metrics_want (ctx, "escalations_open")) != NULL)
    _schakel_metrics_set_count (value, n_open, n_open);
  if ((value = _schakel_metrics_want (ctx, "escalations_overdue")) != NULL)
    _schakel_metrics_set_count (value, n_overdue, n_open);
  return TRUE;
}
