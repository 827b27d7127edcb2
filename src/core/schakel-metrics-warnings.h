/* schakel-metrics-warnings.h — when a dashboard figure should not be
 * trusted as it stands: low data completeness, implausible values.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include "schakel-database.h"
#include "schakel-metrics.h"

G_BEGIN_DECLS

#define SCHAKEL_WARNING_DEFAULT_COMPLETENESS_MIN     0.9
#define SCHAKEL_WARNING_DEFAULT_MOVES_PER_YEAR_MAX   8.0
#define SCHAKEL_WARNING_DEFAULT_MEDIAN_DAYS_MAX      365.0

/**
 * SchakelMetricWarningLimits:
 * @completeness_min: below this share of complete records, warn
 *   (setting `warning_completeness_min`)
 * @moves_per_year_max: more moves per child-year than this is implausible
 *   (setting `warning_moves_per_child_year_max`)
 * @median_days_max: a median wait or gap longer than this many days is
 *   implausible (setting `warning_median_days_max`)
 */
typedef struct
{
  double completeness_min;
  double moves_per_year_max;
  double median_days_max;
} SchakelMetricWarningLimits;

/**
 * SchakelMetricWarningKind:
 * @SCHAKEL_METRIC_WARNING_COMPLETENESS: too few records are complete; every
 *   figure may be off
 * @SCHAKEL_METRIC_WARNING_IMPLAUSIBLE: a figure outside the range the field
 *   knows; check the data behind it
 * @SCHAKEL_METRIC_WARNING_INCONSISTENT: figures that cannot both be true
 */
typedef enum
{
  SCHAKEL_METRIC_WARNING_COMPLETENESS,
  SCHAKEL_METRIC_WARNING_IMPLAUSIBLE,
  SCHAKEL_METRIC_WARNING_INCONSISTENT,
} SchakelMetricWarningKind;

/**
 * SchakelMetricWarning:
 * @kind: what is wrong
 * @metric_id: the metric it is about
 * @message: a translated sentence for the user, without personal data
 */
typedef struct
{
  SchakelMetricWarningKind  kind;
  char                     *metric_id;
  char                     *message;
} SchakelMetricWarning;

void       schakel_metric_warning_limits_init (SchakelMetricWarningLimits       *limits);
void       schakel_metric_warning_limits_load (SchakelMetricWarningLimits       *limits,
                                               SchakelDatabase                  *db);
GPtrArray *schakel_metrics_check_warnings     (GPtrArray                        *values,
                                               const SchakelMetricWarningLimits *limits);
void       schakel_metric_warning_free        (SchakelMetricWarning             *warning);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelMetricWarning, schakel_metric_warning_free)

G_END_DECLS
