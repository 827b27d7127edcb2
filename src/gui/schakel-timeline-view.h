/* schakel-timeline-view.h — the Tijdlijn page: one minor's timeline.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"
#include "schakel-minors-view.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_TIMELINE_VIEW (schakel_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (SchakelTimelineView, schakel_timeline_view, SCHAKEL, TIMELINE_VIEW, GtkWidget)

GtkWidget          *schakel_timeline_view_new             (void);
void                schakel_timeline_view_set_database    (SchakelTimelineView *self,
                                                           SchakelDatabase     *db);
void                schakel_timeline_view_set_minors_view (SchakelTimelineView *self,
                                                           SchakelMinorsView   *minors_view);
void                schakel_timeline_view_show_minor      (SchakelTimelineView *self,
                                                           const char          *jongere_id);
void                schakel_timeline_view_focus           (SchakelTimelineView *self);
const char         *schakel_timeline_view_get_jongere_id  (SchakelTimelineView *self);
SchakelMinorRecord *schakel_timeline_view_get_record      (SchakelTimelineView *self);
gboolean            schakel_timeline_view_get_list_mode   (SchakelTimelineView *self);
void                schakel_timeline_view_set_list_mode   (SchakelTimelineView *self,
                                                           gboolean             list_mode);

G_END_DECLS
