/* schakel-window-private.h — the main window's insides, shared with its
 * actions and the tests.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-cases-view.h"
#include "schakel-charts-view.h"
#include "schakel-import-assistant.h"
#include "schakel-import-history-window.h"
#include "schakel-reports-view.h"
#include "schakel-timeline-view.h"
#include "schakel-turning18-view.h"
#include "schakel-window.h"

G_BEGIN_DECLS

struct _SchakelWindow
{
  AdwApplicationWindow  parent_instance;

  /* template children */
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkLabel             *demo_pill;
  GtkLabel             *read_only_pill;
  GtkInfoBar           *read_only_bar;
  GtkLabel             *read_only_label;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  AdwStatusPage        *no_database_page;
  GtkWidget            *use_standard_button;
  GtkProgressBar       *creating_progress;
  AdwViewStack         *view_stack;
  SchakelDashboardView *dashboard_view;
  SchakelChartsView    *charts_view;
  SchakelMinorsView    *minors_view;
  SchakelReportsView   *reports_view;
  SchakelTimelineView  *timeline_view;
  SchakelCasesView     *cases_view;
  SchakelTurning18View *turning18_view;

  GSettings            *settings;
  SchakelDatabase      *db;
  GCancellable         *create_cancellable;
  guint                 create_progress_source;
  GtkNativeDialog      *file_chooser;
  GtkWidget            *audit_window;      /* weak */
  gboolean              restored_view;
};

void           _schakel_window_class_init_actions (GtkWidgetClass *widget_class);
void           _schakel_window_show_error         (SchakelWindow  *self,
                                                   const char     *heading,
                                                   const char     *message);

SchakelImportAssistant     *_schakel_window_import_files        (SchakelWindow      *self,
                                                                const char * const *paths);
SchakelImportHistoryWindow *_schakel_window_show_import_history (SchakelWindow      *self);

SchakelTimelineView *_schakel_window_get_timeline_view (SchakelWindow *self);
const char    *_schakel_window_get_main_page      (SchakelWindow  *self);
const char    *_schakel_window_get_selected_minor (SchakelWindow  *self);
gboolean       _schakel_window_get_demo_marked    (SchakelWindow  *self);

G_END_DECLS
