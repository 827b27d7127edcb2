/* schakel-charts-view.h — the Grafieken view: wait-lists, moves and time
 * to school as charts, for a scope, a period and a grouping.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include <schakel-core.h>

G_BEGIN_DECLS

#define SCHAKEL_TYPE_CHARTS_VIEW (schakel_charts_view_get_type ())

G_DECLARE_FINAL_TYPE (SchakelChartsView, schakel_charts_view, SCHAKEL, CHARTS_VIEW, GtkBox)

void       schakel_charts_view_set_database (SchakelChartsView *self,
                                             SchakelDatabase   *db);
void       schakel_charts_view_set_page     (SchakelChartsView *self,
                                             const char        *name);
GPtrArray *schakel_charts_view_get_panels   (SchakelChartsView *self);

G_END_DECLS
