/* schakel-metrics-format.h — dashboard figures as text for people.
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

G_BEGIN_DECLS

/**
 * SchakelMetricTrend:
 * @SCHAKEL_METRIC_TREND_NONE: no comparison possible (a value missing or hidden)
 * @SCHAKEL_METRIC_TREND_SAME: unchanged at the precision shown
 * @SCHAKEL_METRIC_TREND_UP: higher than before
 * @SCHAKEL_METRIC_TREND_DOWN: lower than before
 */
typedef enum
{
  SCHAKEL_METRIC_TREND_NONE,
  SCHAKEL_METRIC_TREND_SAME,
  SCHAKEL_METRIC_TREND_UP,
  SCHAKEL_METRIC_TREND_DOWN,
} SchakelMetricTrend;

char *schakel_metric_value_format        (const SchakelMetricValue *value);
char *schakel_metric_value_format_detail (const SchakelMetricValue *value);
char *schakel_metric_value_format_change (const SchakelMetricValue *value,
                                          const SchakelMetricValue *earlier,
                                          SchakelMetricTrend       *trend);

G_END_DECLS
