/* schakel-reports-view.h — the Rapporten view: choose, preview, print and
 * export reports.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"
#include "schakel-render.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_REPORTS_VIEW (schakel_reports_view_get_type ())

G_DECLARE_FINAL_TYPE (SchakelReportsView, schakel_reports_view, SCHAKEL, REPORTS_VIEW, GtkWidget)

void           schakel_reports_view_set_database (SchakelReportsView *self,
                                                  SchakelDatabase    *db);
void           schakel_reports_view_generate     (SchakelReportsView *self);
SchakelPaged  *schakel_reports_view_get_document (SchakelReportsView *self);
const char    *schakel_reports_view_get_status   (SchakelReportsView *self);
void           schakel_reports_view_show_dossier (SchakelReportsView *self,
                                                  const char         *jongere_id);
gboolean       schakel_reports_view_export_pdf   (SchakelReportsView *self,
                                                  const char         *path,
                                                  GError            **error);
gboolean       schakel_reports_view_export_csv   (SchakelReportsView *self,
                                                  const char         *folder,
                                                  guint              *n_files,
                                                  GError            **error);
gboolean       schakel_reports_view_get_busy     (SchakelReportsView *self);
guint          schakel_reports_view_get_n_scopes (SchakelReportsView *self);

G_END_DECLS
