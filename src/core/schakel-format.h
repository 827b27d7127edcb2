/* schakel-format.h — numbers and dates as the user's locale writes them.
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

#include "schakel-date.h"

G_BEGIN_DECLS

char *schakel_format_count     (gint64      value);
char *schakel_format_day       (SchakelDay  day);
char *schakel_format_iso_date  (const char *iso_date);
char *schakel_format_decimal   (double      value,
                                int         digits);
char *schakel_format_percent   (double      share,
                                int         digits);
char *schakel_format_month     (SchakelDay  day);
char *schakel_format_day_short (SchakelDay  day);

G_END_DECLS
