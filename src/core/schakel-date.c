/* schakel-date.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "schakel-date.h"

/* Days from civil and back, after Howard Hinnant's public-domain
 * algorithms: exact for the whole proleptic Gregorian calendar. */

/**
 * schakel_day_from_ymd:
 * @year: the year
 * @month: the month, 1..12
 * @day: the day of the month, 1..31
 *
 * Returns: the day number of the date; the date must be valid
 */
SchakelDay
schakel_day_from_ymd (int year,
                      int month,
                      int day)
{
  int y = month <= 2 ? year - 1 : year;
  int era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned) (y - era * 400);
  unsigned doy = (153u * (unsigned) (month + (month > 2 ? -3 : 9)) + 2u) / 5u + (unsigned) day - 1u;
  unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;

  return era * 146097 + (int) doe - 719468;
}

/**
 * schakel_day_to_ymd:
 * @d: a day number
 * @year: (out): the year
 * @month: (out): the month, 1..12
 * @day: (out): the day of the month
 *
 * Splits a day number into its calendar date.
 */
void
schakel_day_to_ymd (SchakelDay  d,
                    int        *year,
                    int        *month,
                    int        *day)
{
  int z = d + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned) (z - era * 146097);
  unsigned yoe = (doe - doe / 1460u + doe / 36524u - doe / 146096u) / 365u;
  int y = (int) yoe + era * 400;
  unsigned doy = doe - (365u * yoe + yoe / 4u - yoe / 100u);
  unsigned mp = (5u * doy + 2u) / 153u;
  unsigned dd = doy - (153u * mp + 2u) / 5u + 1u;
  unsigned mm = mp < 10u ? mp + 3u : mp - 9u;

  *year = mm <= 2u ? y + 1 : y;
  *month = (int) mm;
  *day = (int) dd;
}

/**
 * schakel_day_is_valid_ymd:
 * @year: the year
 * @month: the month
 * @day: the day of the month
 *
 * Returns: %TRUE when the three form a real calendar date (no 31-02)
 */
gboolean
schakel_day_is_valid_ymd (int year,
                          int month,
                          int day)
{
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
    return FALSE;

  return day <= g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

/**
 * schakel_day_parse_iso:
 * @text: a date as `YYYY-MM-DD`
 * @out: (out): the day number
 *
 * Parses a strict ISO 8601 calendar date, rejecting dates that do not
 * exist.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_day_parse_iso (const char *text,
                       SchakelDay *out)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  y = (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0');
  m = (text[5] - '0') * 10 + (text[6] - '0');
  d = (text[8] - '0') * 10 + (text[9] - '0');
  if (!schakel_day_is_valid_ymd (y, m, d))
    return FALSE;

  *out = schakel_day_from_ymd (y, m, d);
  return TRUE;
}

/**
 * schakel_day_format_iso:
 * @d: a day number
 * @buf: (out caller-allocates): room for `YYYY-MM-DD` and a NUL
 *
 * Writes @d as an ISO 8601 date.
 */
void
schakel_day_format_iso (SchakelDay d,
                        char       buf[SCHAKEL_ISO_DATE_LEN])
{
  int y, m, dd;

  /* Written digit by digit: snprintf makes GCC warn about truncation at -O0,
   * where it cannot see that the fields are in range. */
  schakel_day_to_ymd (d, &y, &m, &dd);
  y = CLAMP (y, 0, 9999);
  buf[0] = (char) ('0' + y / 1000);
  buf[1] = (char) ('0' + y / 100 % 10);
  buf[2] = (char) ('0' + y / 10 % 10);
  buf[3] = (char) ('0' + y % 10);
  buf[4] = '-';
  buf[5] = (char) ('0' + m / 10);
  buf[6] = (char) ('0' + m % 10);
  buf[7] = '-';
  buf[8] = (char) ('0' + dd / 10);
  buf[9] = (char) ('0' + dd % 10);
  buf[10] = '\0';
}

/**
 * schakel_day_to_iso:
 * @d: a day number
 *
 * Returns: (transfer full): @d as a newly allocated ISO 8601 date
 */
char *
schakel_day_to_iso (SchakelDay d)
{
  char buf[SCHAKEL_ISO_DATE_LEN];

  schakel_day_format_iso (d, buf);
  return g_strdup (buf);
}

/**
 * schakel_day_today:
 *
 * Returns: today's date in the local time zone
 */
SchakelDay
schakel_day_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return schakel_day_from_ymd (g_date_time_get_year (now),
                               g_date_time_get_month (now),
                               g_date_time_get_day_of_month (now));
}

/**
 * schakel_day_weekday:
 * @d: a day number
 *
 * Returns: the ISO weekday, 1 (Monday) to 7 (Sunday)
 */
int
schakel_day_weekday (SchakelDay d)
{
  /* 1970-01-01 was a Thursday (4). */
  int w = (int) (((gint64) d + 3) % 7);

  if (w < 0)
    w += 7;
  return w + 1;
}

/**
 * schakel_day_is_working_day:
 * @d: a day number
 * @holidays: (nullable) (element-type SchakelDay): public holidays, sorted
 *   ascending, or %NULL for none
 *
 * Returns: whether @d is Monday to Friday and not in @holidays
 */
gboolean
schakel_day_is_working_day (SchakelDay    d,
                            const GArray *holidays)
{
  guint lo = 0, hi;

  if (schakel_day_weekday (d) > 5)
    return FALSE;
  if (holidays == NULL)
    return TRUE;

  hi = holidays->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      SchakelDay h = g_array_index (holidays, SchakelDay, mid);

      if (h == d)
        return FALSE;
      if (h < d)
        lo = mid + 1;
      else
        hi = mid;
    }
  return TRUE;
}

/**
 * schakel_day_add_working_days:
 * @d: a day number
 * @n: working days to add, may be negative
 * @holidays: (nullable) (element-type SchakelDay): public holidays, sorted
 *   ascending (schakel_holidays_load()), or %NULL to skip weekends only
 *
 * Steps @n working days (Monday to Friday, not a public holiday) from @d:
 * forward when @n is positive, backward when it is negative. @d itself
 * need not be a working day: two working days after a Saturday is the
 * Tuesday. With @n 0 the result is @d, even on a weekend.
 *
 * Returns: the new day number
 */
SchakelDay
schakel_day_add_working_days (SchakelDay    d,
                              int           n,
                              const GArray *holidays)
{
  int step = n < 0 ? -1 : 1;

  while (n != 0)
    {
      d += step;
      if (schakel_day_is_working_day (d, holidays))
        n -= step;
    }
  return d;
}

/**
 * schakel_day_add_months:
 * @d: a day number
 * @months: months to add, may be negative
 *
 * Adds calendar months, clamping the day to the end of a shorter month
 * (31 January plus one month is 28 or 29 February).
 *
 * Returns: the new day number
 */
SchakelDay
schakel_day_add_months (SchakelDay d,
                        int        months)
{
  int y, m, dd, total, days_in_month;

  schakel_day_to_ymd (d, &y, &m, &dd);
  total = y * 12 + (m - 1) + months;
  y = total / 12;
  m = total % 12 + 1;
  days_in_month = g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);
  return schakel_day_from_ymd (y, m, MIN (dd, days_in_month));
}

/**
 * schakel_day_add_years:
 * @d: a day number
 * @years: years to add
 *
 * Adds calendar years. Someone born on 29 February reaches an age on
 * 1 March in a common year, following the Dutch civil-law reading.
 *
 * Returns: the new day number
 */
SchakelDay
schakel_day_add_years (SchakelDay d,
                       int        years)
{
  int y, m, dd;

  schakel_day_to_ymd (d, &y, &m, &dd);
  y += years;
  if (m == 2 && dd == 29 && !g_date_is_leap_year ((GDateYear) y))
    {
      m = 3;
      dd = 1;
    }
  return schakel_day_from_ymd (y, m, dd);
}

/**
 * schakel_day_age_years:
 * @birth: the birth date
 * @on: the date on which to measure
 *
 * Returns: the age in whole years on @on
 */
int
schakel_day_age_years (SchakelDay birth,
                       SchakelDay on)
{
  int by, bm, bd, y, m, d, age;

  schakel_day_to_ymd (birth, &by, &bm, &bd);
  schakel_day_to_ymd (on, &y, &m, &d);
  age = y - by;
  if (schakel_day_add_years (birth, age) > on)
    age--;
  return age;
}

/**
 * schakel_day_to_date_time:
 * @d: a day number
 *
 * Returns: (transfer full): midnight of @d in local time, for formatting
 */
GDateTime *
schakel_day_to_date_time (SchakelDay d)
{
  int y, m, dd;

  schakel_day_to_ymd (d, &y, &m, &dd);
  return g_date_time_new_local (y, m, dd, 0, 0, 0);
}
