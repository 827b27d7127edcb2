/* schakel-format.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-format.h"

/**
 * schakel_format_count:
 * @value: a count
 *
 * Formats @value with the locale's digit grouping: `1.234` in Dutch,
 * `1,234` in English.
 *
 * Returns: (transfer full): the text
 */
char *
schakel_format_count (gint64 value)
{
  /* The ' flag is glibc's locale-aware grouping. */
  return g_strdup_printf ("%'" G_GINT64_FORMAT, value);
}

/**
 * schakel_format_day:
 * @day: a day number
 *
 * Formats @day as the locale writes a date in running text, such as
 * "28 november 2026".
 *
 * Returns: (transfer full): the text
 */
char *
schakel_format_day (SchakelDay day)
{
  g_autoptr(GDateTime) dt = schakel_day_to_date_time (day);

  /* Translators: a date in running text, see g_date_time_format(); e.g. "28 November 2026" */
  return g_date_time_format (dt, _("%-d %B %Y"));
}

/**
 * schakel_format_iso_date:
 * @iso_date: (nullable): a date as `YYYY-MM-DD`
 *
 * Returns: (transfer full): the date formatted with schakel_format_day(),
 *   or an em dash when @iso_date is %NULL or not a date
 */
char *
schakel_format_iso_date (const char *iso_date)
{
  SchakelDay day;

  if (!schakel_day_parse_iso (iso_date, &day))
    return g_strdup ("—");
  return schakel_format_day (day);
}
