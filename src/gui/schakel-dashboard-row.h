/* schakel-dashboard-row.h — one scope in the dashboard's table.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_DASHBOARD_ROW (schakel_dashboard_row_get_type ())

G_DECLARE_FINAL_TYPE (SchakelDashboardRow, schakel_dashboard_row, SCHAKEL, DASHBOARD_ROW, GObject)

SchakelDashboardRow      *schakel_dashboard_row_new        (const SchakelMetricsSeries *series);
const char               *schakel_dashboard_row_get_name   (SchakelDashboardRow        *self);
const char               *schakel_dashboard_row_get_scope  (SchakelDashboardRow        *self);
const SchakelMetricValue *schakel_dashboard_row_get_value  (SchakelDashboardRow        *self,
                                                            guint                       column);
double                    schakel_dashboard_row_sort_value (SchakelDashboardRow        *self,
                                                            gpointer                    column);

G_END_DECLS
