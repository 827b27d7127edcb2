/* schakel-metric-chart-private.h — what the metric charts share with the
 * listing of the minors behind a point.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-metric-chart.h"

G_BEGIN_DECLS

const char *_schakel_metric_chart_metric        (SchakelMetricChartKind           kind);
GArray     *_schakel_metric_chart_month_windows (const SchakelMetricChartRequest *request,
                                                 GArray                         **starts);

G_END_DECLS
