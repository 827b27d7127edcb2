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
    { "2026-12-31", 1, "2027-01-01" },   /* public holidays are not skipped */
    { "2026-12-31", 2, "2027-01-04" },
  };
  char buf[SCHAKEL_ISO_DATE_LEN];
  SchakelDay d;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      schakel_day_format_iso (schakel_day_add_working_days (iso (cases[i].from), cases[i].n), buf);
      g_assert_cmpstr (buf, ==, cases[i].expected);
    }

  /* Forward then back again lands on the same working day. */
  for (d = iso ("2026-11-23"); d < iso ("2026-12-07"); d++)
    {
      if (schakel_day_weekday (d) > 5)
        continue;
      for (int n = 0; n < 12; n++)
        g_assert_cmpint (schakel_day_add_working_days (schakel_day_add_working_days (d, n), -n), ==, d);
    }
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

  return g_test_run ();
}
