/* schakel-metric-chart.h — the charts of issue 6 (wait-lists, moves, time
 * to school), built from the metrics engine: one function for the window,
 * the command line and exports.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include <schakel-core.h>

#include "schakel-chart.h"

G_BEGIN_DECLS

/**
 * SchakelMetricChartKind:
 * @SCHAKEL_METRIC_CHART_WAITLIST_OPEN: open wait-list entries at each month's end
 * @SCHAKEL_METRIC_CHART_WAITLIST_WAIT: box plots of the completed waits
 * @SCHAKEL_METRIC_CHART_WAITLIST_KM: Kaplan–Meier of the wait
 * @SCHAKEL_METRIC_CHART_MOVES_RATE: moves per child-year, month by month
 * @SCHAKEL_METRIC_CHART_MOVES_PER_MINOR: minors by number of moves
 * @SCHAKEL_METRIC_CHART_MOVES_FLOW: moves from location type to type
 * @SCHAKEL_METRIC_CHART_SCHOOL_GAP: Kaplan–Meier of the school gap after a move
 * @SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM: Kaplan–Meier of the time to
 *   school after a placement, with the norm
 */
typedef enum
{
  SCHAKEL_METRIC_CHART_WAITLIST_OPEN,
  SCHAKEL_METRIC_CHART_WAITLIST_WAIT,
  SCHAKEL_METRIC_CHART_WAITLIST_KM,
  SCHAKEL_METRIC_CHART_MOVES_RATE,
  SCHAKEL_METRIC_CHART_MOVES_PER_MINOR,
  SCHAKEL_METRIC_CHART_MOVES_FLOW,
  SCHAKEL_METRIC_CHART_SCHOOL_GAP,
  SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM,
} SchakelMetricChartKind;

/**
 * SchakelMetricChartRequest:
 * @kind: which chart
 * @scope: the scope
 * @from: the first day of the period
 * @to: the last day
 * @group_by: one series per group, where the chart allows it
 * @publication: apply the publication rules of the database
 */
typedef struct
{
  SchakelMetricChartKind  kind;
  const SchakelScope     *scope;
  SchakelDay              from;
  SchakelDay              to;
  SchakelMetricsGroupBy   group_by;
  gboolean                publication;
} SchakelMetricChartRequest;

gboolean      schakel_metric_chart_kind_parse     (const char                      *text,
                                                   SchakelMetricChartKind          *kind,
                                                   GError                         **error);
const char   *schakel_metric_chart_kind_to_string (SchakelMetricChartKind           kind);
gboolean      schakel_metric_chart_allows_group   (SchakelMetricChartKind           kind,
                                                   SchakelMetricsGroupBy            group_by);
SchakelChart *schakel_metric_chart_build          (SchakelDatabase                 *db,
                                                   const SchakelMetricChartRequest *request,
                                                   GCancellable                    *cancellable,
                                                   GError                         **error);
gboolean      schakel_metric_chart_lists_minors   (SchakelMetricChartKind           kind);
GArray       *schakel_metric_chart_minors_behind  (SchakelDatabase                 *db,
                                                   const SchakelMetricChartRequest *request,
                                                   const SchakelChart              *chart,
                                                   guint                            series,
                                                   guint                            point,
                                                   char                           **description,
                                                   GCancellable                    *cancellable,
                                                   GError                         **error);

G_END_DECLS
