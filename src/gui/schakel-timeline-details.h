/* schakel-timeline-details.h — every field of one timeline item.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"

G_BEGIN_DECLS

void schakel_timeline_details_fill (GtkListBox         *list,
                                    SchakelMinorRecord *record,
                                    guint               index);

G_END_DECLS
