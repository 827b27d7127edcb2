/* schakel-minors-view-private.h — parts of the Jongeren list the tests drive.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-minors-view.h"

G_BEGIN_DECLS

/* Positions in the filter drop-downs. */
enum { SCHAKEL_AMV_ALL, SCHAKEL_AMV_ONLY, SCHAKEL_AMV_ACCOMPANIED };
enum { SCHAKEL_EDUCATION_ALL, SCHAKEL_EDUCATION_IN, SCHAKEL_EDUCATION_NOT };

GtkSearchEntry *_schakel_minors_view_get_search_entry       (SchakelMinorsView *self);
GtkDropDown    *_schakel_minors_view_get_region_dropdown    (SchakelMinorsView *self);
GtkDropDown    *_schakel_minors_view_get_amv_dropdown       (SchakelMinorsView *self);
GtkDropDown    *_schakel_minors_view_get_location_dropdown  (SchakelMinorsView *self);
GtkDropDown    *_schakel_minors_view_get_education_dropdown (SchakelMinorsView *self);
GtkColumnView  *_schakel_minors_view_get_column_view        (SchakelMinorsView *self);
const char     *_schakel_minors_view_get_region_code        (SchakelMinorsView *self,
                                                             guint              position);
gboolean        _schakel_minors_view_is_busy                (SchakelMinorsView *self);

G_END_DECLS
