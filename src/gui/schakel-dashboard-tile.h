/* schakel-dashboard-tile.h — one figure of the dashboard.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_DASHBOARD_TILE (schakel_dashboard_tile_get_type ())

G_DECLARE_FINAL_TYPE (SchakelDashboardTile, schakel_dashboard_tile, SCHAKEL, DASHBOARD_TILE, GtkFlowBoxChild)

GtkWidget  *schakel_dashboard_tile_new            (const SchakelMetricInfo  *info);
const SchakelMetricInfo *schakel_dashboard_tile_get_info (SchakelDashboardTile *self);
void        schakel_dashboard_tile_set_values     (SchakelDashboardTile     *self,
                                                   const SchakelMetricValue *value,
                                                   gboolean                  compared,
                                                   const SchakelMetricValue *earlier,
                                                   SchakelDay                earlier_day,
                                                   const double             *trend,
                                                   const gboolean           *trend_present,
                                                   guint                     n_trend);
void        schakel_dashboard_tile_set_steps      (SchakelDashboardTile     *self,
                                                   const char               *steps);
const char *schakel_dashboard_tile_get_value_text (SchakelDashboardTile     *self);
const char *schakel_dashboard_tile_get_steps_text (SchakelDashboardTile     *self);
const char *schakel_dashboard_tile_get_change_text (SchakelDashboardTile    *self);
gboolean    schakel_dashboard_tile_get_lists_minors (SchakelDashboardTile   *self);

G_END_DECLS
