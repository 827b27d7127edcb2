/* schakel-format.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

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

/**
 * schakel_format_decimal:
 * @value: a number
 * @digits: digits after the decimal separator, 0..9
 *
 * Formats @value with the locale's grouping and decimal separator:
 * `1.234,5` in Dutch, `1,234.5` in English. Negative zero is written as 0.
 *
 * Returns: (transfer full): the text
 */
char *
schakel_format_decimal (double value,
                        int    digits)
{
  digits = CLAMP (digits, 0, 9);
  /* Rounding can leave -0, which would print as "-0". */
  if (value == 0 || fabs (value) < 0.5 * pow (10, -digits))
    value = 0;
  return g_strdup_printf ("%'.*f", digits, value);
}

/**
 * schakel_format_percent:
 * @share: a share, 0..1
 * @digits: digits after the decimal separator
 *
 * Formats @share as a percentage the way the locale writes it: `12,5%`
 * in Dutch.
 *
 * Returns: (transfer full): the text
 */
char *
schakel_format_percent (double share,
                        int    digits)
{
  g_autofree char *number = schakel_format_decimal (share * 100.0, digits);

  /* Translators: a percentage; %s is the number, e.g. "12.5%" */
  return g_strdup_printf (_("%s%%"), number);
}

/**
 * schakel_format_month:
 * @day: a day number
 *
 * Formats the month of @day in short, such as "mrt 2026" in Dutch.
 *
 * Returns: (transfer full): the text
 */
char *
schakel_format_month (SchakelDay day)
{
  g_autoptr(GDateTime) dt = schakel_day_to_date_time (day);

  /* Translators: a month on a chart axis, see g_date_time_format(); e.g. "Mar 2026" */
  return g_date_time_format (dt, _("%b %Y"));
}

/**
 * schakel_format_day_short:
 * @day: a day number
 *
 * Formats @day without its year, such as "3 mrt" in Dutch.
 *
 * Returns: (transfer full): the text
 */
char *
schakel_format_day_short (SchakelDay day)
{
  g_autoptr(GDateTime) dt = schakel_day_to_date_time (day);

  /* Translators: a day on a chart axis, see g_date_time_format(); e.g. "3 Mar" */
  return g_date_time_format (dt, _("%-d %b"));
}
