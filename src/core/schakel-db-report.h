/* schakel-db-report.h — what a database holds and whether it is sound.
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
#include "schakel-date.h"

G_BEGIN_DECLS

typedef struct
{
  char   *name;
  gint64  rows;
} SchakelTableCount;

typedef struct
{
  gboolean   synthetic;
  char      *description;    /* how the data was made, may be empty */
  char      *created;        /* ISO 8601 time the file was created */
  char      *first_date;     /* first placement start, NULL when empty */
  char      *last_date;      /* last date of any record, NULL when empty */
  gint64     n_minors;
  gint64     n_amv;
  gint64     n_placed_on_last_date;
  gint64     n_locations;
  gint64     n_schools;
  gint64     n_municipalities_with_locations;
} SchakelDbInfo;

GArray        *schakel_db_table_counts (SchakelDatabase  *db,
                                        GError          **error);
GPtrArray     *schakel_db_check        (SchakelDatabase  *db,
                                        GError          **error);
gboolean       schakel_db_get_last_day (SchakelDatabase  *db,
                                        SchakelDay       *out_day,
                                        GError          **error);
SchakelDbInfo *schakel_db_info_collect (SchakelDatabase  *db,
                                        GError          **error);
void           schakel_db_info_free    (SchakelDbInfo    *info);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelDbInfo, schakel_db_info_free)

G_END_DECLS
