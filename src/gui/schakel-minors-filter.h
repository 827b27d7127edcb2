/* schakel-minors-filter.h — which rows of the Jongeren list pass the
 * search and the filter drop-downs.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-core.h"

G_BEGIN_DECLS

typedef enum
{
  SCHAKEL_AMV_ALL,
  SCHAKEL_AMV_ONLY,
  SCHAKEL_AMV_ACCOMPANIED,
} SchakelAmvFilter;

typedef enum
{
  SCHAKEL_EDUCATION_ALL,
  SCHAKEL_EDUCATION_IN,
  SCHAKEL_EDUCATION_NOT,
} SchakelEducationFilter;

typedef enum
{
  SCHAKEL_LOCATION_ALL,
  SCHAKEL_LOCATION_PLACED,       /* any location: in reception */
  SCHAKEL_LOCATION_NOT_PLACED,
  SCHAKEL_LOCATION_TYPE,         /* one location type */
} SchakelLocationFilter;

/* How a new search changes the rows that pass. */
typedef enum
{
  SCHAKEL_SEARCH_DIFFERENT,
  SCHAKEL_SEARCH_LESS_STRICT,    /* shorter: can only add rows */
  SCHAKEL_SEARCH_MORE_STRICT,    /* longer: can only drop rows */
} SchakelSearchChange;

typedef struct _SchakelMinorsFilter SchakelMinorsFilter;

SchakelMinorsFilter *schakel_minors_filter_new           (void);
void                 schakel_minors_filter_free          (SchakelMinorsFilter    *self);
void                 schakel_minors_filter_forget_rows   (SchakelMinorsFilter    *self);
gboolean             schakel_minors_filter_set_search    (SchakelMinorsFilter    *self,
                                                          const char             *text,
                                                          SchakelSearchChange    *change);
void                 schakel_minors_filter_set_region    (SchakelMinorsFilter    *self,
                                                          const char             *region_code);
void                 schakel_minors_filter_set_location  (SchakelMinorsFilter    *self,
                                                          SchakelLocationFilter   location,
                                                          const char             *type_code);
void                 schakel_minors_filter_set_amv       (SchakelMinorsFilter    *self,
                                                          SchakelAmvFilter        amv);
void                 schakel_minors_filter_set_education (SchakelMinorsFilter    *self,
                                                          SchakelEducationFilter  education);
void                 schakel_minors_filter_set_ids       (SchakelMinorsFilter    *self,
                                                          GArray                 *ids);
gboolean             schakel_minors_filter_has_ids       (SchakelMinorsFilter    *self);
gboolean             schakel_minors_filter_is_active     (SchakelMinorsFilter    *self);
gboolean             schakel_minors_filter_match         (SchakelMinorsFilter    *self,
                                                          SchakelMinorSummary    *minor);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelMinorsFilter, schakel_minors_filter_free)

G_END_DECLS
