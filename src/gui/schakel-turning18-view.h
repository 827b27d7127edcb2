/* schakel-turning18-view.h — 18+ planning: minors turning 18 soon.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_TURNING18_VIEW (schakel_turning18_view_get_type ())

G_DECLARE_FINAL_TYPE (SchakelTurning18View, schakel_turning18_view, SCHAKEL, TURNING18_VIEW, GtkWidget)

void       schakel_turning18_view_set_database (SchakelTurning18View *self,
                                                SchakelDatabase      *db);

/* For the tests. */
SchakelDay _schakel_turning18_view_get_day      (SchakelTurning18View *self);
gboolean   _schakel_turning18_view_is_busy     (SchakelTurning18View *self);
GPtrArray *_schakel_turning18_view_get_shown   (SchakelTurning18View *self);
GtkListBox *_schakel_turning18_view_get_list_box (SchakelTurning18View *self);
GtkWindow *_schakel_turning18_view_get_dialog  (SchakelTurning18View *self);
void       _schakel_turning18_view_set_within  (SchakelTurning18View *self,
                                                int                   days);

G_END_DECLS
