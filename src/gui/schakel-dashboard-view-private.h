/* schakel-dashboard-view-private.h — parts of the dashboard the tests drive.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-dashboard-tile.h"
#include "schakel-dashboard-view.h"

G_BEGIN_DECLS

SchakelDashboardTile *_schakel_dashboard_view_get_tile          (SchakelDashboardView *self,
                                                                 const char           *metric_id);
GtkSwitch            *_schakel_dashboard_view_get_publication   (SchakelDashboardView *self);
GtkFlowBox           *_schakel_dashboard_view_get_tile_box      (SchakelDashboardView *self);
GtkColumnView        *_schakel_dashboard_view_get_table         (SchakelDashboardView *self);
GtkWidget            *_schakel_dashboard_view_get_warnings_box  (SchakelDashboardView *self);
const char           *_schakel_dashboard_view_get_page          (SchakelDashboardView *self);
GtkSearchEntry       *_schakel_dashboard_view_get_scope_search  (SchakelDashboardView *self);

G_END_DECLS
