/* schakel-minors-view.h — the Jongeren list.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_MINORS_VIEW (schakel_minors_view_get_type ())

G_DECLARE_FINAL_TYPE (SchakelMinorsView, schakel_minors_view, SCHAKEL, MINORS_VIEW, GtkWidget)

GtkWidget       *schakel_minors_view_new          (void);
SchakelDatabase *schakel_minors_view_get_database (SchakelMinorsView *self);
void             schakel_minors_view_set_database (SchakelMinorsView *self,
                                                   SchakelDatabase   *db);
gboolean         schakel_minors_view_get_loading  (SchakelMinorsView *self);
SchakelDay       schakel_minors_view_get_day      (SchakelMinorsView *self);
guint            schakel_minors_view_get_n_minors (SchakelMinorsView *self);
guint            schakel_minors_view_get_n_shown  (SchakelMinorsView *self);
void             schakel_minors_view_focus_search (SchakelMinorsView *self);
void             schakel_minors_view_show_only    (SchakelMinorsView *self,
                                                   const char        *description,
                                                   GArray            *ids);
gboolean         schakel_minors_view_get_showing_only (SchakelMinorsView *self);

SchakelMinorSummary *schakel_minors_view_get_neighbour (SchakelMinorsView *self,
                                                        const char        *jongere_id,
                                                        int                step);
guint                schakel_minors_view_get_position  (SchakelMinorsView *self,
                                                        const char        *jongere_id,
                                                        guint             *n_shown);

G_END_DECLS
