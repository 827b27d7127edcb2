/* test-date.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core.h"

static SchakelDay
iso (const char *text)
{
  SchakelDay d = 0;

  g_assert_true (schakel_day_parse_iso (text, &d));
  return d;
}

static void
test_date_roundtrip (void)
{
  /* Every day over four centuries survives ymd -> day -> ymd, and the
   * day numbers are consecutive. */
  SchakelDay start = schakel_day_from_ymd (1900, 1, 1);
  SchakelDay end = schakel_day_from_ymd (2300, 12, 31);

  g_assert_cmpint (schakel_day_from_ymd (1970, 1, 1), ==, 0);
  for (SchakelDay d = start; d <= end; d++)
    {
      int y, m, dd;

      schakel_day_to_ymd (d, &y, &m, &dd);
      g_assert_true (schakel_day_is_valid_ymd (y, m, dd));
      g_assert_cmpint (schakel_day_from_ymd (y, m, dd), ==, d);
    }
}

static void
test_date_parse (void)
{
  SchakelDay d;
  char buf[SCHAKEL_ISO_DATE_LEN];

  g_assert_true (schakel_day_parse_iso ("2024-02-29", &d));
  schakel_day_format_iso (d, buf);
  g_assert_cmpstr (buf, ==, "2024-02-29");

  g_assert_false (schakel_day_parse_iso ("2023-02-29", &d));
  g_assert_false (schakel_day_parse_iso ("2026-02-31", &d));
  g_assert_false (schakel_day_parse_iso ("2026-13-01", &d));
  g_assert_false (schakel_day_parse_iso ("2026-00-10", &d));
  g_assert_false (schakel_day_parse_iso ("26-01-2026", &d));
  g_assert_false (schakel_day_parse_iso ("2026-1-01", &d));
  g_assert_false (schakel_day_parse_iso ("2026-01-01x", &d));
  g_assert_false (schakel_day_parse_iso ("", &d));
  g_assert_false (schakel_day_parse_iso (NULL, &d));
}

static void
test_date_arithmetic (void)
{
  char buf[SCHAKEL_ISO_DATE_LEN];

  schakel_day_format_iso (schakel_day_add_months (iso ("2026-01-31"), 1), buf);
  g_assert_cmpstr (buf, ==, "2026-02-28");
  schakel_day_format_iso (schakel_day_add_months (iso ("2024-01-31"), 1), buf);
  g_assert_cmpstr (buf, ==, "2024-02-29");
  schakel_day_format_iso (schakel_day_add_months (iso ("2026-03-15"), -3), buf);
  g_assert_cmpstr (buf, ==, "2025-12-15");
  schakel_day_format_iso (schakel_day_add_months (iso ("2026-03-15"), 24), buf);
  g_assert_cmpstr (buf, ==, "2028-03-15");

  /* Born on 29 February: 18 on 1 March in a common year. */
  schakel_day_format_iso (schakel_day_add_years (iso ("2008-02-29"), 18), buf);
  g_assert_cmpstr (buf, ==, "2026-03-01");
  g_assert_cmpint (schakel_day_age_years (iso ("2008-02-29"), iso ("2026-02-28")), ==, 17);
  g_assert_cmpint (schakel_day_age_years (iso ("2008-02-29"), iso ("2026-03-01")), ==, 18);
  g_assert_cmpint (schakel_day_age_years (iso ("2010-06-15"), iso ("2026-06-14")), ==, 15);
  g_assert_cmpint (schakel_day_age_years (iso ("2010-06-15"), iso ("2026-06-15")), ==, 16);

  /* 2026-11-28 is a Saturday; 1970-01-01 a Thursday. */
  g_assert_cmpint (schakel_day_weekday (iso ("2026-11-28")), ==, 6);
  g_assert_cmpint (schakel_day_weekday (0), ==, 4);
  g_assert_cmpint (schakel_day_weekday (iso ("1969-12-29")), ==, 1);
}

/* 2026-11-27 is a Friday, 28 and 29 the weekend, 30 a Monday. */
static void
test_date_working_days (void)
{
  static const struct {
    const char *from;
    int         n;
    const char *expected;
  } cases[] = {
    { "2026-11-26", 1, "2026-11-27" },   /* Thursday to Friday */
    { "2026-11-27", 1, "2026-11-30" },   /* across the weekend */
    { "2026-11-27", 2, "2026-12-01" },
    { "2026-11-23", 5, "2026-11-30" },   /* a full week */
    { "2026-11-23", 10, "2026-12-07" },
    { "2026-11-25", 0, "2026-11-25" },
    { "2026-11-28", 0, "2026-11-28" },   /* n = 0 keeps a weekend day */
    { "2026-11-28", 1, "2026-11-30" },   /* from a Saturday */
    { "2026-11-28", 2, "2026-12-01" },
    { "2026-11-29", 1, "2026-11-30" },   /* from a Sunday */
    { "2026-11-30", -1, "2026-11-27" },  /* backward across the weekend */
    { "2026-12-01", -2, "2026-11-27" },
    { "2026-11-28", -1, "2026-11-27" },
    { "2026-11-29", -1, "2026-11-27" },
    { "2026-11-27", -5, "2026-11-20" },
    { "2026-12-31", 1, "2027-01-01" },   /* without a holiday list, holidays are working days */
    { "2026-12-31", 2, "2027-01-04" },
  };
  char buf[SCHAKEL_ISO_DATE_LEN];
  SchakelDay d;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      schakel_day_format_iso (schakel_day_add_working_days (iso (cases[i].from), cases[i].n, NULL), buf);
      g_assert_cmpstr (buf, ==, cases[i].expected);
    }

  /* Forward then back again lands on the same working day. */
  for (d = iso ("2026-11-23"); d < iso ("2026-12-07"); d++)
    {
      if (schakel_day_weekday (d) > 5)
        continue;
      for (int n = 0; n < 12; n++)
        g_assert_cmpint (schakel_day_add_working_days (schakel_day_add_working_days (d, n, NULL), -n, NULL), ==, d);
    }
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  SchakelDay x = *(const SchakelDay *) a, y = *(const SchakelDay *) b;

  return (x > y) - (x < y);
}

static GArray *
holidays_of (int first_year,
             int last_year)
{
  GArray *days = g_array_new (FALSE, FALSE, sizeof (SchakelDay));

  for (int y = first_year; y <= last_year; y++)
    {
      SchakelHoliday h[SCHAKEL_HOLIDAYS_NL_PER_YEAR];
      guint n = schakel_holidays_nl (y, h);

      for (guint i = 0; i < n; i++)
        g_array_append_val (days, h[i].day);
    }
  g_array_sort (days, compare_days);
  return days;
}

/* Easter by the algorithm against published dates, and the Dutch
 * holidays that follow from it. */
static void
test_date_holidays_nl (void)
{
  static const struct { int year; const char *easter; } easters[] = {
    { 2000, "2000-04-23" }, { 2008, "2008-03-23" }, { 2011, "2011-04-24" }, { 2019, "2019-04-21" },
    { 2024, "2024-03-31" }, { 2025, "2025-04-20" }, { 2026, "2026-04-05" }, { 2027, "2027-03-28" },
    { 2038, "2038-04-25" },
  };
  static const char * const nl_2026[] = {
    "2026-01-01", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26",
  };
  SchakelHoliday h[SCHAKEL_HOLIDAYS_NL_PER_YEAR];
  char buf[SCHAKEL_ISO_DATE_LEN];

  for (guint i = 0; i < G_N_ELEMENTS (easters); i++)
    {
      schakel_day_format_iso (schakel_holidays_easter (easters[i].year), buf);
      g_assert_cmpstr (buf, ==, easters[i].easter);
    }

  g_assert_cmpuint (schakel_holidays_nl (2026, h), ==, G_N_ELEMENTS (nl_2026));
  for (guint i = 0; i < G_N_ELEMENTS (nl_2026); i++)
    {
      schakel_day_format_iso (h[i].day, buf);
      g_assert_cmpstr (buf, ==, nl_2026[i]);
    }

  /* King's Day on a Sunday moves to the Saturday; Queen's Day before 2014. */
  schakel_holidays_nl (2025, h);
  schakel_day_format_iso (h[2].day, buf);
  g_assert_cmpstr (buf, ==, "2025-04-26");
  schakel_holidays_nl (2006, h);
  schakel_day_format_iso (h[2].day, buf);
  g_assert_cmpstr (buf, ==, "2006-04-29");
  g_assert_cmpstr (h[2].name, ==, "Koninginnedag");
}

/* Deadlines skip weekends and the holidays in the list. */
static void
test_date_working_days_holidays (void)
{
  static const struct { const char *from; int n; const char *expected; } cases[] = {
    { "2026-04-03", 1, "2026-04-07" },   /* a step on Good Friday: Easter Monday is skipped */
    { "2026-05-01", 5, "2026-05-11" },   /* a Friday, across 5 May */
    { "2026-05-13", 1, "2026-05-15" },   /* across Ascension Day */
    { "2026-05-22", 1, "2026-05-26" },   /* a Friday before Whit Monday */
    { "2026-12-24", 1, "2026-12-28" },   /* Christmas on a Friday and Saturday */
    { "2026-12-31", 1, "2027-01-04" },   /* New Year's Day on a Friday */
    { "2026-04-07", -1, "2026-04-03" },  /* backward across Easter Monday */
    { "2026-04-06", 0, "2026-04-06" },   /* n = 0 keeps a holiday */
  };
  g_autoptr(GArray) holidays = holidays_of (2025, 2027);
  char buf[SCHAKEL_ISO_DATE_LEN];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      schakel_day_format_iso (schakel_day_add_working_days (iso (cases[i].from), cases[i].n, holidays), buf);
      g_assert_cmpstr (buf, ==, cases[i].expected);
    }
  g_assert_false (schakel_day_is_working_day (iso ("2026-04-06"), holidays));
  g_assert_true (schakel_day_is_working_day (iso ("2026-04-06"), NULL));
  g_assert_true (schakel_day_is_working_day (iso ("2026-04-03"), holidays));
  g_assert_false (schakel_day_is_working_day (iso ("2026-04-04"), holidays));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/date/roundtrip", test_date_roundtrip);
  g_test_add_func ("/core/date/parse", test_date_parse);
  g_test_add_func ("/core/date/arithmetic", test_date_arithmetic);
  g_test_add_func ("/core/date/working-days", test_date_working_days);
  g_test_add_func ("/core/date/holidays-nl", test_date_holidays_nl);
  g_test_add_func ("/core/date/working-days-holidays", test_date_working_days_holidays);

  return g_test_run ();
}
