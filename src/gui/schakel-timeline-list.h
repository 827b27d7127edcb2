/* schakel-timeline-list.h — a minor's timeline as a table.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-render.h"

G_BEGIN_DECLS

GListModel *schakel_timeline_list_model_new   (SchakelTimeline *timeline);
void        schakel_timeline_list_add_columns (GtkColumnView   *column_view);

G_END_DECLS
