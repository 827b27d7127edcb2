/* schakel-regions.h — the regions of a region scheme (indeling).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include "schakel-database.h"

G_BEGIN_DECLS

/* The built-in scheme, used when the database names none. */
#define SCHAKEL_REGION_SCHEME_PROVINCES "provincie"

typedef struct
{
  char *code;
  char *name;
} SchakelRegion;

void       schakel_region_free                (SchakelRegion    *region);
char      *schakel_regions_dup_default_scheme (SchakelDatabase  *db);
GPtrArray *schakel_regions_list               (SchakelDatabase  *db,
                                               const char       *scheme_code,
                                               GError          **error);
GPtrArray *schakel_regions_list_municipalities (SchakelDatabase *db,
                                               GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelRegion, schakel_region_free)

G_END_DECLS
