/* schakel-metrics-behind.h — the minors behind a point of a chart: the
 * records a figure counts, collected by the computation of the figure.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include "schakel-metrics.h"
#include "schakel-metrics-series.h"

G_BEGIN_DECLS

/**
 * SchakelMetricsBehindSelection:
 * @SCHAKEL_METRICS_BEHIND_COUNTED: the minors of the records the figure's
 *   numerator counts (`waitlist_open`: open entries; `moves_per_child_year`:
 *   moves; the metrics of schakel_metric_lists_minors())
 * @SCHAKEL_METRICS_BEHIND_EVENTS: Kaplan–Meier figures: the minors of the
 *   observations that ended in the event (a box plot of completed durations)
 * @SCHAKEL_METRICS_BEHIND_AT_RISK: Kaplan–Meier figures: the minors of the
 *   observations still at risk at a time (observed that long or longer:
 *   the step's `n_risk`)
 */
typedef enum
{
  SCHAKEL_METRICS_BEHIND_COUNTED,
  SCHAKEL_METRICS_BEHIND_EVENTS,
  SCHAKEL_METRICS_BEHIND_AT_RISK,
} SchakelMetricsBehindSelection;

/**
 * SchakelMetricsBehindRequest:
 * @id: the metric
 * @group_by: the grouping of the chart
 * @group: (nullable): the key of the group (#SchakelMetricsSeries), %NULL
 *   without grouping
 * @date: the peildatum of the point
 * @window_start: the start of its window (exclusive), as given to
 *   schakel_metrics_compute_groups(); %SCHAKEL_DAY_NONE for the settings
 * @selection: which records
 * @time: for %SCHAKEL_METRICS_BEHIND_AT_RISK, the time in days
 */
typedef struct
{
  const char                    *id;
  SchakelMetricsGroupBy          group_by;
  const char                    *group;
  SchakelDay                     date;
  SchakelDay                     window_start;
  SchakelMetricsBehindSelection  selection;
  guint                          time;
} SchakelMetricsBehindRequest;

gboolean  schakel_metrics_behind_supported    (const char                         *id,
                                               SchakelMetricsBehindSelection       selection);
GArray   *schakel_metrics_group_minors_behind (SchakelDatabase                    *db,
                                               const SchakelScope                 *scope,
                                               const SchakelMetricsBehindRequest  *request,
                                               SchakelMetricValue                **value,
                                               GCancellable                       *cancellable,
                                               GError                            **error);

G_END_DECLS
