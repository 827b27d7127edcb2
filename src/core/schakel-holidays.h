/* schakel-holidays.h
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

/* The generally recognised public holidays of the Netherlands in a year
 * (Algemene termijnenwet, art. 3). */
#define SCHAKEL_HOLIDAYS_NL_PER_YEAR 8

typedef struct
{
  SchakelDay  day;
  const char *name; /* Dutch, static: the name the law gives it */
} SchakelHoliday;

SchakelDay schakel_holidays_easter      (int               year);
guint      schakel_holidays_nl          (int               year,
                                         SchakelHoliday    out[SCHAKEL_HOLIDAYS_NL_PER_YEAR]);
GArray    *schakel_holidays_load        (SchakelDatabase  *db,
                                         GError          **error);
gboolean   schakel_holidays_seed_nl     (SchakelDatabase  *db,
                                         int               first_year,
                                         int               last_year,
                                         GError          **error);
gboolean   schakel_holidays_add         (SchakelDatabase  *db,
                                         SchakelDay        day,
                                         const char       *name,
                                         GError          **error);
gboolean   schakel_holidays_remove      (SchakelDatabase  *db,
                                         SchakelDay        day,
                                         GError          **error);

/* One row of the list as the database holds it. */
typedef struct
{
  SchakelDay  day;
  char       *name;
  gboolean    computed;  /* seeded by Schakel rather than added by a user */
} SchakelHolidayEntry;

GPtrArray *schakel_holidays_list        (SchakelDatabase  *db,
                                         int               year,
                                         GError          **error);
void       schakel_holiday_entry_free   (SchakelHolidayEntry *entry);

G_END_DECLS
