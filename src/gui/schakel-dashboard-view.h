/* schakel-dashboard-view.h — the regional dashboard.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_DASHBOARD_VIEW (schakel_dashboard_view_get_type ())

G_DECLARE_FINAL_TYPE (SchakelDashboardView, schakel_dashboard_view, SCHAKEL, DASHBOARD_VIEW, GtkWidget)

GtkWidget *schakel_dashboard_view_new          (void);
void       schakel_dashboard_view_set_database (SchakelDashboardView *self,
                                                SchakelDatabase      *db);
gboolean   schakel_dashboard_view_set_scope    (SchakelDashboardView *self,
                                                const char           *scope);
char      *schakel_dashboard_view_dup_scope    (SchakelDashboardView *self);
void       schakel_dashboard_view_set_day      (SchakelDashboardView *self,
                                                SchakelDay            day);
SchakelDay schakel_dashboard_view_get_day      (SchakelDashboardView *self);
gboolean   schakel_dashboard_view_get_loading  (SchakelDashboardView *self);

G_END_DECLS
