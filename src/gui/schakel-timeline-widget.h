/* schakel-timeline-widget.h — one minor's timeline, zoomable and pannable.
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

#define SCHAKEL_TYPE_TIMELINE_WIDGET (schakel_timeline_widget_get_type ())

G_DECLARE_FINAL_TYPE (SchakelTimelineWidget, schakel_timeline_widget, SCHAKEL, TIMELINE_WIDGET, GtkWidget)

GtkWidget          *schakel_timeline_widget_new              (void);
SchakelMinorRecord *schakel_timeline_widget_get_record       (SchakelTimelineWidget *self);
void                schakel_timeline_widget_set_record       (SchakelTimelineWidget *self,
                                                              SchakelMinorRecord    *record);
SchakelTimeline    *schakel_timeline_widget_get_timeline     (SchakelTimelineWidget *self);
void                schakel_timeline_widget_get_range        (SchakelTimelineWidget *self,
                                                              double                *from,
                                                              double                *to);
void                schakel_timeline_widget_set_range        (SchakelTimelineWidget *self,
                                                              double                 from,
                                                              double                 to);
void                schakel_timeline_widget_zoom             (SchakelTimelineWidget *self,
                                                              double                 factor,
                                                              double                 anchor_day);
void                schakel_timeline_widget_zoom_to_fit      (SchakelTimelineWidget *self);
int                 schakel_timeline_widget_get_focus_item   (SchakelTimelineWidget *self);
void                schakel_timeline_widget_set_focus_item   (SchakelTimelineWidget *self,
                                                              int                    index);

G_END_DECLS
