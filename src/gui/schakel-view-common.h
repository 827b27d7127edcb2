/* schakel-view-common.h — what the Verzuim and 18+ views share: the
 * region choice, and toasts that offer undo.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"

G_BEGIN_DECLS

void          schakel_view_fill_regions    (GtkDropDown      *dropdown,
                                            GPtrArray        *regions,
                                            const char       *selected_code);
SchakelScope *schakel_view_dup_scope       (GtkDropDown      *dropdown,
                                            const char       *scheme,
                                            GPtrArray        *regions);
void          schakel_view_toast           (GtkWidget        *widget,
                                            const char       *title,
                                            gboolean          offer_undo,
                                            GCallback         undo_cb,
                                            gpointer          undo_data);
gboolean      schakel_view_undo            (GtkWidget        *widget,
                                            SchakelDatabase  *db);

G_END_DECLS
