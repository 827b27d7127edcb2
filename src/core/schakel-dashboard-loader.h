/* schakel-dashboard-loader.h — computing the dashboard in a worker thread.
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
#include "schakel-metrics.h"
#include "schakel-metrics-series.h"
#include "schakel-publication.h"
#include "schakel-scope.h"

G_BEGIN_DECLS

/* Where the dashboard can look: the data's first and last day and the
 * scopes to choose from. */
typedef struct
{
  SchakelDay  first_day;     /* SCHAKEL_DAY_NONE: no data */
  SchakelDay  last_day;
  GPtrArray  *scopes;        /* SchakelScope: nl, the default scheme's regions, the municipalities */
  GPtrArray  *names;         /* char *, the scopes' names */
} SchakelDashboardRange;

/* The parts of a refresh, cheapest first: the view shows each as it comes. */
typedef enum
{
  SCHAKEL_DASHBOARD_FIGURES = 1 << 0,  /* every metric on the date, and the warnings */
  SCHAKEL_DASHBOARD_SERIES  = 1 << 1,  /* the tile metrics at twelve monthly dates */
  SCHAKEL_DASHBOARD_TABLE   = 1 << 2,  /* the scopes one level down */
  SCHAKEL_DASHBOARD_ALL     = 0x7,
} SchakelDashboardStages;

/* The figures for one scope and date. */
typedef struct
{
  SchakelScope         *scope;
  char                 *scope_name;
  SchakelDay            day;
  gboolean              publication;
  SchakelDashboardStages stages;    /* which of the fields below are filled */
  GPtrArray            *values;     /* SchakelMetricValue: every metric, on @day */
  GPtrArray            *earlier;    /* SchakelMetricValue: every metric, a quarter earlier */
  SchakelMetricsSeries *series;     /* the tile metrics at 12 monthly dates ending on @day */
  GPtrArray            *warnings;   /* SchakelMetricWarning, from the values before publication */
  GPtrArray            *children;   /* SchakelMetricsSeries: the table metrics per scope one level down */
  GHashTable           *steps;      /* metric id → its breakdown by escalation step, one line a step (FIGURES) */
} SchakelDashboardLoad;

extern const char * const schakel_dashboard_tile_ids[];
extern const char * const schakel_dashboard_table_ids[];
extern const char * const schakel_dashboard_step_ids[];

#define SCHAKEL_DASHBOARD_N_MONTHS 12

void                   schakel_dashboard_range_async  (const char           *db_path,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
SchakelDashboardRange *schakel_dashboard_range_finish (GAsyncResult         *result,
                                                       GError              **error);
void                   schakel_dashboard_range_free   (SchakelDashboardRange *range);

void                   schakel_dashboard_load_async   (const char           *db_path,
                                                       const SchakelScope   *scope,
                                                       SchakelDay            day,
                                                       gboolean              publication,
                                                       SchakelDashboardStages stages,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
SchakelDashboardLoad  *schakel_dashboard_load_finish  (GAsyncResult         *result,
                                                       GError              **error);
SchakelDashboardLoad  *schakel_dashboard_load_compute (SchakelDatabase      *db,
                                                       const SchakelScope   *scope,
                                                       SchakelDay            day,
                                                       gboolean              publication,
                                                       SchakelDashboardStages stages,
                                                       GCancellable         *cancellable,
                                                       GError              **error);
void                   schakel_dashboard_load_merge   (SchakelDashboardLoad *load,
                                                       SchakelDashboardLoad *part);
void                   schakel_dashboard_load_free    (SchakelDashboardLoad *load);
char                  *schakel_dashboard_format_steps (const SchakelMetricValue      *value,
                                                       GPtrArray                     *ladders,
                                                       const SchakelPublicationRules *rules);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelDashboardRange, schakel_dashboard_range_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelDashboardLoad, schakel_dashboard_load_free)

G_END_DECLS
