/* schakel-minors-view-private.h — parts of the Jongeren list the tests drive.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-minors-filter.h"
#include "schakel-minors-view.h"

G_BEGIN_DECLS

/* The amv and education drop-downs list SchakelAmvFilter and
 * SchakelEducationFilter in order. The location-type drop-down lists all,
 * in reception, each location type of the code list, then not placed. */
enum
{
  SCHAKEL_LOCATION_CHOICE_ALL,
  SCHAKEL_LOCATION_CHOICE_PLACED,
  SCHAKEL_LOCATION_CHOICE_FIRST_TYPE,
};

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
