/* schakel-date.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* A calendar date as a day number: days since 1970-01-01 (proleptic
 * Gregorian). Cheap to compare and subtract, which the demo generator and
 * the metrics rely on; stored in SQLite as ISO 8601 text. */
typedef gint32 SchakelDay;

#define SCHAKEL_DAY_NONE G_MININT32
#define SCHAKEL_ISO_DATE_LEN 11 /* "YYYY-MM-DD" plus NUL */

SchakelDay schakel_day_from_ymd    (int             year,
                                    int             month,
                                    int             day);
void       schakel_day_to_ymd      (SchakelDay      d,
                                    int            *year,
                                    int            *month,
                                    int            *day);
gboolean   schakel_day_is_valid_ymd (int            year,
                                    int             month,
                                    int             day);
gboolean   schakel_day_parse_iso   (const char     *text,
                                    SchakelDay     *out);
void       schakel_day_format_iso  (SchakelDay      d,
                                    char            buf[SCHAKEL_ISO_DATE_LEN]);
char      *schakel_day_to_iso      (SchakelDay      d);
SchakelDay schakel_day_today       (void);
int        schakel_day_weekday     (SchakelDay      d);
gboolean   schakel_day_is_working_day (SchakelDay    d,
                                       const GArray *holidays);
SchakelDay schakel_day_add_working_days (SchakelDay    d,
                                         int           n,
                                         const GArray *holidays);
SchakelDay schakel_day_add_months  (SchakelDay      d,
                                    int             months);
SchakelDay schakel_day_add_years   (SchakelDay      d,
                                    int             years);
int        schakel_day_age_years   (SchakelDay      birth,
                                    SchakelDay      on);
GDateTime *schakel_day_to_date_time (SchakelDay     d);

G_END_DECLS
