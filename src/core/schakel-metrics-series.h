/* schakel-metrics-series.h — metrics at many dates, whole or per group,
 * from one reading of the data (docs/metrics.md, "Series and groups").
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
 * SchakelMetricsGroupBy:
 * @SCHAKEL_METRICS_GROUP_NONE: the scope as a whole
 * @SCHAKEL_METRICS_GROUP_REGION: the scopes one level down
 *   (schakel_scope_list_children())
 * @SCHAKEL_METRICS_GROUP_SCHOOL_TYPE: per school type; wait-list metrics only
 * @SCHAKEL_METRICS_GROUP_LOCATION_TYPE: per type of location; the metrics
 *   that belong to a scope through a location only
 */
typedef enum
{
  SCHAKEL_METRICS_GROUP_NONE,
  SCHAKEL_METRICS_GROUP_REGION,
  SCHAKEL_METRICS_GROUP_SCHOOL_TYPE,
  SCHAKEL_METRICS_GROUP_LOCATION_TYPE,
} SchakelMetricsGroupBy;

/**
 * SchakelMetricsSeries:
 * @key: (nullable): the group: a scope (`gemeente:GM0307`), a school type
 *   or a location type code; %NULL for the whole scope
 * @name: the group's name for people (the scope's name, or the code)
 * @n_dates: how many dates
 * @dates: (array length=n_dates): the dates
 * @values: (element-type GPtrArray): per date, the #SchakelMetricValue in
 *   the order of the ids asked for
 */
typedef struct
{
  char       *key;
  char       *name;
  guint       n_dates;
  SchakelDay *dates;
  GPtrArray  *values;
} SchakelMetricsSeries;

gboolean              schakel_metrics_group_by_parse  (const char                    *text,
                                                       SchakelMetricsGroupBy         *group_by,
                                                       GError                       **error);
const char           *schakel_metrics_group_by_to_string (SchakelMetricsGroupBy       group_by);
gboolean              schakel_metrics_group_by_allows (SchakelMetricsGroupBy          group_by,
                                                       const char                    *id);

GArray               *schakel_metrics_month_ends      (SchakelDay                     from,
                                                       SchakelDay                     to);

SchakelMetricsSeries *schakel_metrics_compute_series  (SchakelDatabase               *db,
                                                       const SchakelScope            *scope,
                                                       const char * const            *ids,
                                                       const SchakelDay              *dates,
                                                       guint                          n_dates,
                                                       GCancellable                  *cancellable,
                                                       GError                       **error);
GPtrArray            *schakel_metrics_compute_groups  (SchakelDatabase               *db,
                                                       const SchakelScope            *scope,
                                                       SchakelMetricsGroupBy          group_by,
                                                       const char * const            *ids,
                                                       const SchakelDay              *dates,
                                                       const SchakelDay              *window_starts,
                                                       guint                          n_dates,
                                                       GCancellable                  *cancellable,
                                                       GError                       **error);

const SchakelMetricValue *schakel_metrics_series_get  (const SchakelMetricsSeries    *series,
                                                       guint                          date_index,
                                                       guint                          metric_index);
gboolean              schakel_metrics_series_is_empty (const SchakelMetricsSeries    *series,
                                                       guint                          metric_index);
void                  schakel_metrics_groups_publish  (GPtrArray                     *groups,
                                                       const SchakelPublicationRules *rules);
void                  schakel_metrics_series_free     (SchakelMetricsSeries          *series);
int                   schakel_metrics_norm_months     (SchakelDatabase               *db,
                                                       const char                    *code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelMetricsSeries, schakel_metrics_series_free)

G_END_DECLS
