/* schakel-timeline-view-private.h — parts of the Tijdlijn page the tests drive.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-timeline-view.h"
#include "schakel-timeline-widget.h"

G_BEGIN_DECLS

gboolean               _schakel_timeline_view_is_loading       (SchakelTimelineView *self);
const char            *_schakel_timeline_view_get_page         (SchakelTimelineView *self);
SchakelTimelineWidget *_schakel_timeline_view_get_widget       (SchakelTimelineView *self);
GtkColumnView         *_schakel_timeline_view_get_list_view    (SchakelTimelineView *self);
AdwFlap               *_schakel_timeline_view_get_flap         (SchakelTimelineView *self);
GtkListBox            *_schakel_timeline_view_get_details_list (SchakelTimelineView *self);
GtkLabel              *_schakel_timeline_view_get_label        (SchakelTimelineView *self,
                                                                const char          *name);
gboolean               _schakel_timeline_view_get_audit_shown  (SchakelTimelineView *self);
gboolean               _schakel_timeline_view_print_to_file    (SchakelTimelineView *self,
                                                                const char          *path,
                                                                GError             **error);

G_END_DECLS
