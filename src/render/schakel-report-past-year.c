/* schakel-report-past-year.c — the charts of the year before the
 * peildatum that the report templates share: how often minors move, how
 * the wait-list grows or shrinks, how soon they get to school.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-metric-chart.h"
#include "schakel-report-chart.h"
#include "schakel-report-figures-private.h"

static const struct
{
  SchakelMetricChartKind kind;
  const char            *metric;  /* the figure it follows, for its norm */
  double                 aspect;  /* a Kaplan–Meier chart has its table of numbers at risk */
  const char            *caption;
} charts[SCHAKEL_REPORT_PAST_YEAR_N_CHARTS] = {
  { SCHAKEL_METRIC_CHART_MOVES_RATE, "moves_per_child_year", 0.3,
    N_("Moves per child-year: the moves of minors between locations in each month, "
       "divided by the time they were present that month.") },
  { SCHAKEL_METRIC_CHART_WAITLIST_OPEN, "waitlist_open", 0.3,
    N_("Open wait-list entries: minors waiting for a place at a school at the end of each month.") },
  { SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM, "time_to_school", 0.44,
    N_("Time to school (Kaplan–Meier): the share of minors still without education, "
       "by the days since their placement; minors who have not yet started count until the peildatum.") },
};

/* Builds the charts of the year before the peildatum for @scope, from
 * @db (the report's database, or a reader of it in a worker thread), with
 * the report's publication mode. */
gboolean
schakel_report_past_year_build (SchakelReportInput  *input,
                                SchakelDatabase     *db,
                                const SchakelScope  *scope,
                                SchakelChart        *built[SCHAKEL_REPORT_PAST_YEAR_N_CHARTS],
                                GError             **error)
{
  SchakelMetricChartRequest request = {
    .scope = scope,
    .from = schakel_day_add_months (input->date, -12) + 1,
    .to = input->date,
    .group_by = SCHAKEL_METRICS_GROUP_NONE,
    .publication = input->mode == SCHAKEL_REPORT_MODE_PUBLICATION,
  };

  for (guint i = 0; i < SCHAKEL_REPORT_PAST_YEAR_N_CHARTS; i++)
    {
      request.kind = charts[i].kind;
      if (!(built[i] = schakel_metric_chart_build (db, &request, input->cancellable, error)))
        {
          for (guint j = 0; j < i; j++)
            g_clear_pointer (&built[j], schakel_chart_unref);
          return FALSE;
        }
    }
  return TRUE;
}

/* Marks @block, which shows chart number @chart of the past year, with
 * the norm of its figure in @values and what publication mode took out. */
gboolean
schakel_report_past_year_mark (SchakelReportInput  *input,
                               SchakelReportBlock  *block,
                               guint                chart,
                               const SchakelChart  *built,
                               GPtrArray           *values,
                               GError             **error)
{
  g_return_val_if_fail (chart < SCHAKEL_REPORT_PAST_YEAR_N_CHARTS, FALSE);
  return schakel_report_mark_chart (input, block, built,
                                    schakel_report_figures_find (values, charts[chart].metric)->norm, error);
}

/* Adds the charts of the past year, @built, to @report, one under the
 * other at the text width, each with its caption and its notes. */
gboolean
schakel_report_past_year_add (SchakelReport       *report,
                              SchakelReportInput  *input,
                              SchakelChart        *built[SCHAKEL_REPORT_PAST_YEAR_N_CHARTS],
                              GPtrArray           *values,
                              GError             **error)
{
  for (guint i = 0; i < SCHAKEL_REPORT_PAST_YEAR_N_CHARTS; i++)
    {
      g_autoptr(SchakelReportBlock) block = schakel_report_chart_new (built[i], charts[i].aspect, _(charts[i].caption));

      if (!schakel_report_past_year_mark (input, block, i, built[i], values, error))
        return FALSE;
      schakel_report_add (report, g_steal_pointer (&block));
    }
  return TRUE;
}
