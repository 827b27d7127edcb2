/* schakel-metrics-absence.c — absence reports per 100 enrolment-years,
 * open escalations and escalations past their deadline (docs/metrics.md).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-holidays-private.h"
#include "schakel-ladder-private.h"
#include "schakel-metrics-private.h"

/* The enrolment-years behind absence_reports_per_100: the days of each
 * enrolment at a school in the scope within the window (w, t], and the
 * minors enrolled, from the enrolments read once (_schakel_metrics_data()). */
static gboolean
enrolled_days (SchakelMetricsContext  *ctx,
               double                 *days,
               gint64                 *n_minors,
               GError                **error)
{
  const SchakelMetricsData *data = _schakel_metrics_data (ctx, error);
  const SchakelMetricsEnrolment *e, *e_end;
  gint64 total = 0, last_minor = 0;
  gboolean any = FALSE;

  if (data == NULL)
    return FALSE;
  *n_minors = 0;
  e = (const SchakelMetricsEnrolment *) (gpointer) data->enrolments->data;
  e_end = e + data->enrolments->len;
  for (; e < e_end; e++)
    {
      gpointer municipality;

      if (e->start > ctx->t || (e->end != SCHAKEL_DAY_NONE && e->end <= ctx->w) ||
          !g_hash_table_lookup_extended (data->school_municipality, (gpointer) (gintptr) e->school_id,
                                         NULL, &municipality) ||
          !_schakel_metrics_in_scope (ctx, municipality))
        continue;
      total += MIN (e->end != SCHAKEL_DAY_NONE ? e->end : ctx->t, ctx->t) - MAX (e->start, ctx->w + 1) + 1;
      /* The enrolments are by minor: count each minor at its first. */
      if (!any || e->minor_id != last_minor)
        (*n_minors)++;
      any = TRUE;
      last_minor = e->minor_id;
    }
  *days = (double) total;
  return TRUE;
}

/* escalation_timeliness: of the steps taken in the window that have a
 * deadline (a known step that does not close the ladder), the share taken
 * by it; the deadline counts from the step before on the same report.
 * Reports by id and their steps in order, as the window query over the
 * steps gave them. */
static void
timeliness (SchakelMetricsContext    *ctx,
            const SchakelMetricsRows *rows,
            SchakelMetricValue       *value)
{
  const SchakelMetricsReport *reports = (const SchakelMetricsReport *) (gpointer) rows->reports->data;
  const SchakelMetricsStep *steps = (const SchakelMetricsStep *) (gpointer) rows->steps->data;
  gint64 n_steps = 0, n_timely = 0;

  for (guint i = 0; i < rows->reports_by_id->len; i++)
    {
      const SchakelMetricsReport *report = &reports[g_array_index (rows->reports_by_id, guint, i)];
      const SchakelLadder *ladder;

      if (report->n_steps == 0 || !_schakel_metrics_in_scope (ctx, report->municipality))
        continue;
      ladder = g_hash_table_lookup (rows->ladders, &report->ladder_id);
      for (guint k = 0; k < report->n_steps; k++)
        {
          const SchakelMetricsStep *step = &steps[report->first_step + k];
          const SchakelLadderStep *ladder_step;
          SchakelDay deadline;

          if (step->date > ctx->t)
            break;
          if (step->date <= ctx->w)
            continue;
          ladder_step = _schakel_ladder_match_step (ladder, step->ladder_step_id, step->code);
          deadline = _schakel_ladder_step_deadline (ladder_step, k > 0 ? step[-1].date : report->reported,
                                                    rows->holidays);
          if (deadline == SCHAKEL_DAY_NONE)
            continue;
          n_steps++;
          if (step->date <= deadline)
            {
              n_timely++;
              _schakel_metrics_add_part (value, ladder_step->code, 1);
            }
        }
    }
  _schakel_metrics_set_share (value, n_timely, n_steps);
}

/**
 * _schakel_metrics_absence:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes absence_reports_per_100, escalations_open (by the step a case
 * has reached), escalations_overdue (of the open cases, by the step that
 * is late) and escalation_timeliness. Each report follows the ladder of its region
 * (SCHAKEL_LADDER_FOR_MUNICIPALITY), and deadlines skip weekends and the
 * public holidays.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_absence (SchakelMetricsContext  *ctx,
                          GError                **error)
{
  SchakelMetricsRows *rows = _schakel_metrics_rows_reports (ctx, error);
  SchakelMetricValue *rate = _schakel_metrics_want (ctx, "absence_reports_per_100");
  SchakelMetricValue *open = _schakel_metrics_want (ctx, "escalations_open");
  SchakelMetricValue *late = _schakel_metrics_want (ctx, "escalations_overdue");
  SchakelMetricValue *value;
  const SchakelMetricsStep *steps;
  gint64 n_reports = 0, n_cases = 0, n_open = 0, n_overdue = 0, n_minors = 0;
  double days = 0;

  if (rows == NULL)
    return FALSE;
  steps = (const SchakelMetricsStep *) (gpointer) rows->steps->data;

  /* Reports made in the window or open on the date, by report date. */
  for (guint i = 0; i < rows->reports->len; i++)
    {
      const SchakelMetricsReport *report = &g_array_index (rows->reports, SchakelMetricsReport, i);
      const SchakelMetricsStep *last = NULL;
      SchakelCaseState state;

      if (report->reported > ctx->t || !_schakel_metrics_in_scope (ctx, report->municipality))
        continue;
      if (report->reported > ctx->w)
        {
          n_reports++;
          if (rate != NULL)
            _schakel_metrics_add_part (rate, report->report_type, 1);
        }
      if (report->end != SCHAKEL_DAY_NONE && report->end <= ctx->t)
        continue;

      /* The last step taken by the date. */
      for (guint k = 0; k < report->n_steps && steps[report->first_step + k].date <= ctx->t; k++)
        last = &steps[report->first_step + k];
      _schakel_case_state (g_hash_table_lookup (rows->ladders, &report->ladder_id),
                           last != NULL ? last->ladder_step_id : 0, last != NULL ? last->code : NULL,
                           last != NULL ? last->date : SCHAKEL_DAY_NONE, report->reported, ctx->t,
                           rows->holidays, &state);
      /* Overdue: any open case past the deadline of its next step, the
       * first step's counting from the report date (the case list's). */
      n_cases++;
      if (state.days_overdue > 0)
        {
          n_overdue++;
          _schakel_metrics_count_behind (ctx, "escalations_overdue", report->minor_id);
          if (late != NULL)
            _schakel_metrics_add_part (late, state.next->code, 1);
        }
      if (!state.escalating)
        continue;
      n_open++;
      _schakel_metrics_count_behind (ctx, "escalations_open", report->minor_id);
      if (open != NULL)
        _schakel_metrics_add_part (open, state.current != NULL ? state.current->code : last->code, 1);
    }

  if (rate != NULL)
    {
      if (!enrolled_days (ctx, &days, &n_minors, error))
        return FALSE;
      rate->numerator = n_reports;
      rate->n = n_minors;
      rate->exposure = days / 365.25;
      rate->value = days > 0 ? 100.0 * n_reports / (days / 365.25) : NAN;
    }
  if (open != NULL)
    _schakel_metrics_set_count (open, n_open, n_open);
  if (late != NULL)
    _schakel_metrics_set_count (late, n_overdue, n_cases);
  if ((value = _schakel_metrics_want (ctx, "escalation_timeliness")) != NULL)
    timeliness (ctx, rows, value);
  return TRUE;
}
