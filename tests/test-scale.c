/* test-scale.c — ticks, ranges and locale labels of the chart axes.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "schakel-render.h"

static void
assert_ticks_sane (const SchakelTicks *t,
                   guint               max_ticks)
{
  g_assert_cmpuint (t->n, >=, 2);
  g_assert_cmpuint (t->n, <=, max_ticks + 1);
  g_assert_cmpfloat (t->max, >, t->min);
  for (guint i = 0; i < t->n; i++)
    {
      g_assert_true (isfinite (t->values[i]));
      g_assert_cmpfloat (t->values[i], >=, t->min);
      g_assert_cmpfloat (t->values[i], <=, t->max);
      g_assert_nonnull (t->labels[i]);
      g_assert_cmpstr (t->labels[i], !=, "");
      if (i > 0)
        {
          g_assert_cmpfloat (t->values[i], >, t->values[i - 1]);
          /* Two ticks never read the same. */
          g_assert_cmpstr (t->labels[i], !=, t->labels[i - 1]);
        }
    }
}

static void
test_ticks_nice_steps (void)
{
  SchakelTicks t;

  schakel_ticks_for_values (&t, 0, 97, 6, SCHAKEL_VALUE_COUNT);
  assert_ticks_sane (&t, 6);
  g_assert_cmpfloat (t.min, ==, 0);
  g_assert_cmpfloat (t.max, ==, 100);
  g_assert_cmpfloat (t.values[1] - t.values[0], ==, 20);
  g_assert_cmpstr (t.labels[1], ==, "20");
  schakel_ticks_clear (&t);

  /* 1-2-5 steps, and the axis covers the data. */
  schakel_ticks_for_values (&t, 3, 1234, 8, SCHAKEL_VALUE_COUNT);
  assert_ticks_sane (&t, 8);
  g_assert_cmpfloat (t.values[1] - t.values[0], ==, 200);
  g_assert_cmpfloat (t.max, >=, 1234);
  g_assert_cmpfloat (t.min, <=, 3);
  schakel_ticks_clear (&t);

  schakel_ticks_for_values (&t, -37, 12, 6, SCHAKEL_VALUE_DECIMAL);
  assert_ticks_sane (&t, 6);
  g_assert_cmpfloat (t.min, ==, -40);
  g_assert_cmpfloat (t.max, ==, 20);
  schakel_ticks_clear (&t);

  /* Counts never get fractional ticks. */
  schakel_ticks_for_values (&t, 0, 2, 10, SCHAKEL_VALUE_COUNT);
  assert_ticks_sane (&t, 10);
  for (guint i = 0; i < t.n; i++)
    g_assert_cmpfloat (t.values[i], ==, round (t.values[i]));
  schakel_ticks_clear (&t);

  /* Days fall on weeks and months where they can. */
  schakel_ticks_for_values (&t, 0, 400, 6, SCHAKEL_VALUE_DAYS);
  assert_ticks_sane (&t, 6);
  g_assert_cmpfloat (t.values[1] - t.values[0], ==, 90);
  schakel_ticks_clear (&t);
}

static void
test_ticks_edge_cases (void)
{
  SchakelTicks t;

  /* Empty range at zero. */
  schakel_ticks_for_values (&t, 0, 0, 5, SCHAKEL_VALUE_COUNT);
  assert_ticks_sane (&t, 5);
  g_assert_cmpfloat (t.min, ==, 0);
  g_assert_cmpfloat (t.max, >=, 1);
  schakel_ticks_clear (&t);

  /* One point: a range around it. */
  schakel_ticks_for_values (&t, 250, 250, 5, SCHAKEL_VALUE_COUNT);
  assert_ticks_sane (&t, 5);
  g_assert_cmpfloat (t.min, <=, 250);
  g_assert_cmpfloat (t.max, >, 250);
  schakel_ticks_clear (&t);

  /* Reversed and not finite. */
  schakel_ticks_for_values (&t, 10, -10, 5, SCHAKEL_VALUE_DECIMAL);
  assert_ticks_sane (&t, 5);
  g_assert_cmpfloat (t.min, <=, -10);
  g_assert_cmpfloat (t.max, >=, 10);
  schakel_ticks_clear (&t);
  schakel_ticks_for_values (&t, NAN, INFINITY, 5, SCHAKEL_VALUE_DECIMAL);
  assert_ticks_sane (&t, 5);
  schakel_ticks_clear (&t);
  schakel_ticks_for_values (&t, NAN, 7, 5, SCHAKEL_VALUE_DECIMAL);
  assert_ticks_sane (&t, 5);
  schakel_ticks_clear (&t);

  /* Huge. */
  schakel_ticks_for_values (&t, 0, 3.2e12, 5, SCHAKEL_VALUE_COUNT);
  assert_ticks_sane (&t, 5);
  g_assert_cmpfloat (t.max, >=, 3.2e12);
  schakel_ticks_clear (&t);

  /* Huge but narrow: beyond what doubles tell apart. */
  schakel_ticks_for_values (&t, 1e15, 1e15 + 0.001, 5, SCHAKEL_VALUE_DECIMAL);
  assert_ticks_sane (&t, 5);
  schakel_ticks_clear (&t);

  /* Tiny. */
  schakel_ticks_for_values (&t, 0, 3e-7, 5, SCHAKEL_VALUE_DECIMAL);
  assert_ticks_sane (&t, 5);
  g_assert_cmpfloat (t.max, >=, 3e-7);
  schakel_ticks_clear (&t);

  /* Shares: at most 100 %, steps that read well. */
  schakel_ticks_for_values (&t, 0, 1, 6, SCHAKEL_VALUE_PERCENT);
  assert_ticks_sane (&t, 6);
  g_assert_cmpstr (t.labels[t.n - 1], ==, "100%");
  schakel_ticks_clear (&t);

  /* A silly tick count is limited. */
  schakel_ticks_for_values (&t, 0, 1e6, 100000, SCHAKEL_VALUE_COUNT);
  assert_ticks_sane (&t, 65);
  schakel_ticks_clear (&t);
}

static void
assert_days_sane (const SchakelTicks *t,
                  double              lo,
                  double              hi,
                  guint               max_ticks)
{
  assert_ticks_sane (t, max_ticks);
  g_assert_cmpfloat (t->min, <=, lo);
  g_assert_cmpfloat (t->max, >=, hi);
}

static void
test_ticks_days (void)
{
  SchakelTicks t;
  SchakelDay a = schakel_day_from_ymd (2024, 11, 12), b = schakel_day_from_ymd (2027, 2, 3);
  int y, m, d;

  /* Across years: quarters or half years, on the first of the month. */
  schakel_ticks_for_days (&t, a, b, 8);
  assert_days_sane (&t, a, b, 8);
  for (guint i = 0; i < t.n; i++)
    {
      schakel_day_to_ymd ((SchakelDay) t.values[i], &y, &m, &d);
      g_assert_cmpint (d, ==, 1);
      g_assert_cmpint ((m - 1) % 3, ==, 0);
    }
  g_assert_cmpstr (t.labels[0], ==, "Jan 2025");
  schakel_ticks_clear (&t);

  /* Ten years: whole years. */
  a = schakel_day_from_ymd (2016, 1, 1);
  b = schakel_day_from_ymd (2025, 12, 31);
  schakel_ticks_for_days (&t, a, b, 12);
  assert_days_sane (&t, a, b, 12);
  g_assert_cmpstr (t.labels[0], ==, "2016");
  g_assert_cmpstr (t.labels[1], ==, "2017");
  schakel_ticks_clear (&t);

  /* A few weeks: Mondays, the year under the first label and where it changes. */
  a = schakel_day_from_ymd (2026, 12, 1);
  b = schakel_day_from_ymd (2027, 1, 20);
  schakel_ticks_for_days (&t, a, b, 8);
  assert_days_sane (&t, a, b, 8);
  for (guint i = 0; i < t.n; i++)
    g_assert_cmpint (schakel_day_weekday ((SchakelDay) t.values[i]), ==, 1);
  g_assert_nonnull (strstr (t.labels[0], "2026"));
  g_assert_null (strstr (t.labels[1], "20"));
  for (guint i = 1; i < t.n; i++)
    {
      schakel_day_to_ymd ((SchakelDay) t.values[i], &y, &m, &d);
      if (y == 2027)
        {
          g_assert_nonnull (strstr (t.labels[i], "2027"));
          break;
        }
    }
  schakel_ticks_clear (&t);

  /* Days. */
  schakel_ticks_for_days (&t, a, a + 5, 10);
  assert_days_sane (&t, a, a + 5, 10);
  g_assert_cmpfloat (t.values[1] - t.values[0], ==, 1);
  schakel_ticks_clear (&t);

  /* One day, and nothing at all. */
  schakel_ticks_for_days (&t, a, a, 5);
  assert_days_sane (&t, a, a, 5);
  schakel_ticks_clear (&t);
  schakel_ticks_for_days (&t, NAN, NAN, 5);
  assert_ticks_sane (&t, 5);
  schakel_ticks_clear (&t);

  /* Centuries. */
  schakel_ticks_for_days (&t, schakel_day_from_ymd (1900, 1, 1), schakel_day_from_ymd (2100, 1, 1), 6);
  assert_ticks_sane (&t, 6);
  schakel_ticks_clear (&t);
}

/* Dutch labels come from the locale: `1.234`, `12,5%`, `mrt 2026`. */
static void
test_labels_dutch (void)
{
  g_autofree char *count = NULL, *percent = NULL, *month = NULL, *decimal = NULL, *day = NULL;
  SchakelTicks t;

  if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    {
      g_test_skip ("no nl_NL.UTF-8 locale");
      return;
    }
  count = schakel_format_count (1234);
  percent = schakel_format_percent (0.125, 1);
  month = schakel_format_month (schakel_day_from_ymd (2026, 3, 15));
  decimal = schakel_format_decimal (-0.0001, 2);
  day = schakel_format_day_short (schakel_day_from_ymd (2026, 3, 3));
  g_assert_cmpstr (count, ==, "1.234");
  g_assert_cmpstr (percent, ==, "12,5%");
  g_assert_cmpstr (month, ==, "mrt 2026");
  g_assert_cmpstr (decimal, ==, "0,00");
  g_assert_cmpstr (day, ==, "3 mrt");

  schakel_ticks_for_values (&t, 0, 0.3, 4, SCHAKEL_VALUE_PERCENT);
  g_assert_cmpstr (t.labels[1], ==, "10%");
  schakel_ticks_clear (&t);
  schakel_ticks_for_values (&t, 0, 0.05, 6, SCHAKEL_VALUE_PERCENT);
  g_assert_cmpstr (t.labels[1], ==, "1%");
  schakel_ticks_clear (&t);
  schakel_ticks_for_values (&t, 0, 2.5, 6, SCHAKEL_VALUE_DECIMAL);
  g_assert_cmpstr (t.labels[1], ==, "0,5");
  schakel_ticks_clear (&t);
  schakel_ticks_for_values (&t, 0, 25000, 6, SCHAKEL_VALUE_COUNT);
  g_assert_cmpstr (t.labels[1], ==, "5.000");
  schakel_ticks_clear (&t);
  setlocale (LC_ALL, "C.UTF-8");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scale/nice-steps", test_ticks_nice_steps);
  g_test_add_func ("/scale/edge-cases", test_ticks_edge_cases);
  g_test_add_func ("/scale/days", test_ticks_days);
  g_test_add_func ("/scale/labels-dutch", test_labels_dutch);

  return g_test_run ();
}
