/* schakel-timeline-widget-private.h — what the tests ask the timeline widget.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-timeline-widget.h"

G_BEGIN_DECLS

char *_schakel_timeline_widget_dup_tooltip_at (SchakelTimelineWidget *self,
                                               double                 x,
                                               double                 y,
                                               gboolean               keyboard_mode,
                                               int                   *index);

G_END_DECLS
