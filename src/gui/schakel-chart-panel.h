/* schakel-chart-panel.h — one chart of the Grafieken view: drawn with the
 * chart library, computed off the main thread, with tooltips, a table
 * alternative and exports.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include <schakel-core.h>
#include <schakel-render.h>

G_BEGIN_DECLS

#define SCHAKEL_TYPE_CHART_PANEL (schakel_chart_panel_get_type ())

G_DECLARE_FINAL_TYPE (SchakelChartPanel, schakel_chart_panel, SCHAKEL, CHART_PANEL, GtkBox)

SchakelChartPanel *schakel_chart_panel_new        (SchakelMetricChartKind           kind);
void               schakel_chart_panel_load       (SchakelChartPanel               *self,
                                                   const char                      *db_path,
                                                   const SchakelScope              *scope,
                                                   SchakelDay                       from,
                                                   SchakelDay                       to,
                                                   SchakelMetricsGroupBy            group_by,
                                                   gboolean                         publication);
void               schakel_chart_panel_clear      (SchakelChartPanel               *self);
SchakelChart      *schakel_chart_panel_get_chart  (SchakelChartPanel               *self);
gboolean           schakel_chart_panel_is_loading (SchakelChartPanel               *self);
SchakelMetricChartKind schakel_chart_panel_get_kind (SchakelChartPanel           *self);
const SchakelMetricChartRequest *
                   schakel_chart_panel_get_request (SchakelChartPanel              *self);

G_END_DECLS
