/* schakel-metrics.h — the figures of the regional dashboard (DOMAIN.md §10,
 * docs/metrics.md).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "schakel-database.h"
#include "schakel-date.h"
#include "schakel-km.h"
#include "schakel-publication.h"
#include "schakel-scope.h"

G_BEGIN_DECLS

/**
 * SchakelMetricUnit:
 * @SCHAKEL_METRIC_UNIT_COUNT: a number of minors, entries or reports
 * @SCHAKEL_METRIC_UNIT_SHARE: a fraction from 0 to 1
 * @SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR: events per child-year
 * @SCHAKEL_METRIC_UNIT_PER_100_YEARS: events per 100 enrolment-years
 * @SCHAKEL_METRIC_UNIT_DAYS: a Kaplan–Meier median, in days
 */
typedef enum
{
  SCHAKEL_METRIC_UNIT_COUNT,
  SCHAKEL_METRIC_UNIT_SHARE,
  SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR,
  SCHAKEL_METRIC_UNIT_PER_100_YEARS,
  SCHAKEL_METRIC_UNIT_DAYS,
} SchakelMetricUnit;

/**
 * SchakelMetricInfo:
 * @id: the stable id, e.g. `present`
 * @label: short name, untranslated (N_); show with _()
 * @definition: one-sentence definition, untranslated (N_)
 * @unit: what the value counts
 * @kaplan_meier: the value is the median of a Kaplan–Meier curve
 */
typedef struct
{
  const char        *id;
  const char        *label;
  const char        *definition;
  SchakelMetricUnit  unit;
  gboolean           kaplan_meier;
} SchakelMetricInfo;

/**
 * SchakelMetricPart:
 * @key: a code: a move reason, school type, report type or permit status
 * @count: how many of the metric's numerator have it
 * @state: after publishing, whether @count may be shown
 */
typedef struct
{
  char             *key;
  gint64            count;
  SchakelCellState  state;
} SchakelMetricPart;

/**
 * SchakelMetricValue:
 * @info: which metric
 * @value: the figure (a share as 0..1); NAN when there is none: an empty
 *   denominator, a median not reached, or hidden by publication mode
 * @numerator: the count behind @value (counts, shares and rates)
 * @n: the denominator or population: minors, entries, episodes, moves
 * @exposure: for rates, the child-years or enrolment-years
 * @norm: (nullable): the norm codes used, comma-separated
 * @km: (nullable): the curve, for Kaplan–Meier metrics
 * @n_minors: the different minors behind @n
 * @median: the median and its 95 % interval (Kaplan–Meier metrics)
 * @p90: the 90th percentile and its interval
 * @parts: (element-type SchakelMetricPart) (nullable): a breakdown of @numerator
 * @published: publication rules were applied
 * @suppressed: @value is hidden
 * @n_suppressed: @n is hidden
 * @display: (nullable): how a hidden small count is shown, `<5`
 * @curve_length: steps of @km that may be shown
 */
typedef struct
{
  const SchakelMetricInfo *info;
  double                   value;
  gint64                   numerator;
  gint64                   n;
  double                   exposure;
  char                    *norm;
  SchakelKm               *km;
  gint64                   n_minors;
  SchakelKmQuantile        median;
  SchakelKmQuantile        p90;
  GArray                  *parts;
  gboolean                 published;
  gboolean                 suppressed;
  gboolean                 n_suppressed;
  char                    *display;
  guint                    curve_length;
} SchakelMetricValue;

const SchakelMetricInfo *schakel_metric_info_list    (guint                          *n_metrics);
const SchakelMetricInfo *schakel_metric_info_lookup  (const char                     *id);
const char              *schakel_metric_unit_name    (SchakelMetricUnit               unit);

GPtrArray               *schakel_metrics_compute     (SchakelDatabase                *db,
                                                      const SchakelScope             *scope,
                                                      SchakelDay                      date,
                                                      const char * const             *ids,
                                                      GCancellable                   *cancellable,
                                                      GError                        **error);
const SchakelMetricValue *schakel_metrics_find      (GPtrArray                      *values,
                                                      const char                     *id);
gboolean                 schakel_metric_lists_minors (const char                     *id);
GArray                  *schakel_metrics_minors_behind (SchakelDatabase              *db,
                                                      const SchakelScope             *scope,
                                                      SchakelDay                      date,
                                                      const char                     *id,
                                                      GCancellable                   *cancellable,
                                                      GError                        **error);
void                     schakel_metric_value_free   (SchakelMetricValue             *value);
void                     schakel_metric_value_publish (SchakelMetricValue            *value,
                                                      const SchakelPublicationRules  *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelMetricValue, schakel_metric_value_free)

G_END_DECLS
