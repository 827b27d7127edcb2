/* test-metrics-warnings.c — the rules of the dashboard's warnings
 * (docs/metrics.md, "Warnings"), on values built by hand, and the text a
 * tile shows for a value.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

static SchakelMetricValue *
value_new (const char *id,
           gint64      numerator,
           gint64      n,
           double      value)
{
  SchakelMetricValue *v = g_new0 (SchakelMetricValue, 1);

  v->info = schakel_metric_info_lookup (id);
  g_assert_nonnull (v->info);
  v->numerator = numerator;
  v->n = n;
  v->value = value;
  v->median.value = v->median.lower = v->median.upper = NAN;
  v->p90 = v->median;
  return v;
}

static GPtrArray *
values_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_metric_value_free);
}

static SchakelMetricValue *
add_share (GPtrArray  *values,
           const char *id,
           gint64      numerator,
           gint64      n)
{
  SchakelMetricValue *v = value_new (id, numerator, n, n > 0 ? (double) numerator / n : NAN);

  g_ptr_array_add (values, v);
  return v;
}

static GPtrArray *
check (GPtrArray *values)
{
  SchakelMetricWarningLimits limits;

  schakel_metric_warning_limits_init (&limits);
  return schakel_metrics_check_warnings (values, &limits);
}

static void
assert_one (GPtrArray                *warnings,
            SchakelMetricWarningKind  kind,
            const char               *metric_id)
{
  const SchakelMetricWarning *w;

  g_assert_cmpuint (warnings->len, ==, 1);
  w = g_ptr_array_index (warnings, 0);
  g_assert_cmpint (w->kind, ==, kind);
  g_assert_cmpstr (w->metric_id, ==, metric_id);
  g_assert_true (w->message != NULL && w->message[0] != '\0');
}

/* Completeness: 90 % is enough, 89.9 % is not; no one placed, no warning. */
static void
test_warnings_completeness (void)
{
  g_autoptr(GPtrArray) ok = values_new ();
  g_autoptr(GPtrArray) low = values_new ();
  g_autoptr(GPtrArray) empty = values_new ();
  g_autoptr(GPtrArray) w_ok = NULL, w_low = NULL, w_empty = NULL;
  const SchakelMetricWarning *w;

  add_share (ok, "completeness", 90, 100);
  add_share (low, "completeness", 899, 1000);
  add_share (empty, "completeness", 0, 0);
  w_ok = check (ok);
  w_low = check (low);
  w_empty = check (empty);
  g_assert_cmpuint (w_ok->len, ==, 0);
  g_assert_cmpuint (w_empty->len, ==, 0);
  assert_one (w_low, SCHAKEL_METRIC_WARNING_COMPLETENESS, "completeness");
  /* The share is rounded down, so it never reads as the limit itself. */
  w = g_ptr_array_index (w_low, 0);
  g_assert_nonnull (strstr (w->message, "89%"));
  g_assert_nonnull (strstr (w->message, "90%"));
}

/* Moves per child-year: 8 is within what the field has seen, 8.01 not. */
static void
test_warnings_moves (void)
{
  g_autoptr(GPtrArray) ok = values_new ();
  g_autoptr(GPtrArray) high = values_new ();
  g_autoptr(GPtrArray) w_ok = NULL, w_high = NULL;

  g_ptr_array_add (ok, value_new ("moves_per_child_year", 80, 40, 8.0));
  g_ptr_array_add (high, value_new ("moves_per_child_year", 81, 40, 8.01));
  w_ok = check (ok);
  w_high = check (high);
  g_assert_cmpuint (w_ok->len, ==, 0);
  assert_one (w_high, SCHAKEL_METRIC_WARNING_IMPLAUSIBLE, "moves_per_child_year");
}

/* A median of more than a year; "not reached" (NAN) is no warning. */
static void
test_warnings_median (void)
{
  const char * const ids[] = { "time_to_school", "waitlist_wait", "school_gap_median" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GPtrArray) ok = values_new ();
      g_autoptr(GPtrArray) long_ = values_new ();
      g_autoptr(GPtrArray) none = values_new ();
      g_autoptr(GPtrArray) w_ok = NULL, w_long = NULL, w_none = NULL;

      g_ptr_array_add (ok, value_new (ids[i], 30, 50, 365.0));
      g_ptr_array_add (long_, value_new (ids[i], 30, 50, 365.5));
      g_ptr_array_add (none, value_new (ids[i], 3, 50, NAN));
      w_ok = check (ok);
      w_long = check (long_);
      w_none = check (none);
      g_assert_cmpuint (w_ok->len, ==, 0);
      g_assert_cmpuint (w_none->len, ==, 0);
      assert_one (w_long, SCHAKEL_METRIC_WARNING_IMPLAUSIBLE, ids[i]);
    }
}

/* Figures that cannot all be true. */
static void
test_warnings_inconsistent (void)
{
  g_autoptr(GPtrArray) amv = values_new ();
  g_autoptr(GPtrArray) turning = values_new ();
  g_autoptr(GPtrArray) education = values_new ();
  g_autoptr(GPtrArray) education_ok = values_new ();
  g_autoptr(GPtrArray) share = values_new ();
  g_autoptr(GPtrArray) w = NULL;

  g_ptr_array_add (amv, value_new ("present", 10, 10, 10));
  g_ptr_array_add (amv, value_new ("present_amv", 11, 10, 11));
  w = check (amv);
  assert_one (w, SCHAKEL_METRIC_WARNING_INCONSISTENT, "present_amv");
  g_clear_pointer (&w, g_ptr_array_unref);

  g_ptr_array_add (turning, value_new ("turning_18_90", 3, 10, 3));
  g_ptr_array_add (turning, value_new ("turning_18_180", 2, 10, 2));
  w = check (turning);
  assert_one (w, SCHAKEL_METRIC_WARNING_INCONSISTENT, "turning_18_90");
  g_clear_pointer (&w, g_ptr_array_unref);

  add_share (education, "in_education_share", 50, 100);
  add_share (education, "without_education_within_norm", 20, 100);
  add_share (education, "without_education_beyond_norm", 20, 100);
  w = check (education);
  assert_one (w, SCHAKEL_METRIC_WARNING_INCONSISTENT, "in_education_share");
  g_clear_pointer (&w, g_ptr_array_unref);

  add_share (education_ok, "in_education_share", 50, 100);
  add_share (education_ok, "without_education_within_norm", 20, 100);
  add_share (education_ok, "without_education_beyond_norm", 30, 100);
  w = check (education_ok);
  g_assert_cmpuint (w->len, ==, 0);
  g_clear_pointer (&w, g_ptr_array_unref);

  add_share (share, "temporary_share", 12, 10);
  w = check (share);
  assert_one (w, SCHAKEL_METRIC_WARNING_INCONSISTENT, "temporary_share");
}

/* Limits come from the settings; nonsense there keeps the default. */
static void
test_warnings_limits_from_settings (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("warnings-settings.db");
  SchakelMetricWarningLimits limits;

  schakel_metric_warning_limits_load (&limits, db);
  g_assert_cmpfloat (limits.completeness_min, ==, SCHAKEL_WARNING_DEFAULT_COMPLETENESS_MIN);
  g_assert_cmpfloat (limits.moves_per_year_max, ==, SCHAKEL_WARNING_DEFAULT_MOVES_PER_YEAR_MAX);
  g_assert_cmpfloat (limits.median_days_max, ==, SCHAKEL_WARNING_DEFAULT_MEDIAN_DAYS_MAX);

  schakel_test_exec (db, "INSERT OR REPLACE INTO setting (key, value) VALUES"
                         " ('warning_completeness_min', '0.75'), ('warning_moves_per_child_year_max', '12'),"
                         " ('warning_median_days_max', 'lots')");
  g_test_expect_message ("schakel-core", G_LOG_LEVEL_WARNING, "*warning_median_days_max*");
  schakel_metric_warning_limits_load (&limits, db);
  g_test_assert_expected_messages ();
  g_assert_cmpfloat (limits.completeness_min, ==, 0.75);
  g_assert_cmpfloat (limits.moves_per_year_max, ==, 12.0);
  g_assert_cmpfloat (limits.median_days_max, ==, SCHAKEL_WARNING_DEFAULT_MEDIAN_DAYS_MAX);
}

/* The text of a tile, and of its change since a quarter earlier. */
static void
test_format_values (void)
{
  g_autoptr(SchakelMetricValue) count = value_new ("present", 1234, 1234, 1234);
  g_autoptr(SchakelMetricValue) count_before = value_new ("present", 1300, 1300, 1300);
  g_autoptr(SchakelMetricValue) share = value_new ("in_education_share", 127, 200, 0.635);
  g_autoptr(SchakelMetricValue) share_before = value_new ("in_education_share", 120, 200, 0.6);
  g_autoptr(SchakelMetricValue) median = value_new ("time_to_school", 30, 40, 60.5);
  g_autoptr(SchakelMetricValue) empty = value_new ("in_education_share", 0, 0, NAN);
  g_autoptr(SchakelMetricValue) small = value_new ("present", 3, 3, 3);
  SchakelPublicationRules rules;
  SchakelMetricTrend trend;
  g_autofree char *text = NULL, *change = NULL, *detail = NULL;

  text = schakel_metric_value_format (share);
  g_assert_cmpstr (text, ==, "63.5 %");
  g_clear_pointer (&text, g_free);
  text = schakel_metric_value_format (empty);
  g_assert_cmpstr (text, ==, "–");
  g_clear_pointer (&text, g_free);
  median->median.value = 60.5;
  median->median.lower = 38;
  text = schakel_metric_value_format (median);
  g_assert_cmpstr (text, ==, "60.5 days");
  detail = schakel_metric_value_format_detail (median);
  g_assert_cmpstr (detail, ==, "95 % CI 38 days to not reached, n = 40");

  change = schakel_metric_value_format_change (count, count_before, &trend);
  g_assert_cmpint (trend, ==, SCHAKEL_METRIC_TREND_DOWN);
  g_assert_cmpstr (change, ==, "−66");
  g_clear_pointer (&change, g_free);
  change = schakel_metric_value_format_change (share, share_before, &trend);
  g_assert_cmpint (trend, ==, SCHAKEL_METRIC_TREND_UP);
  g_assert_cmpstr (change, ==, "+3.5 points");
  g_clear_pointer (&change, g_free);
  change = schakel_metric_value_format_change (share, share, &trend);
  g_assert_cmpint (trend, ==, SCHAKEL_METRIC_TREND_SAME);
  g_clear_pointer (&change, g_free);
  change = schakel_metric_value_format_change (share, empty, &trend);
  g_assert_null (change);
  g_assert_cmpint (trend, ==, SCHAKEL_METRIC_TREND_NONE);

  /* Publication mode: a small count reads <5, and has no change. */
  schakel_publication_rules_init (&rules);
  schakel_metric_value_publish (small, &rules);
  g_clear_pointer (&text, g_free);
  text = schakel_metric_value_format (small);
  g_assert_cmpstr (text, ==, "<5");
  change = schakel_metric_value_format_change (small, count, &trend);
  g_assert_null (change);
  g_assert_cmpint (trend, ==, SCHAKEL_METRIC_TREND_NONE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  setlocale (LC_ALL, "C.UTF-8");

  g_test_add_func ("/core/metrics-warnings/completeness", test_warnings_completeness);
  g_test_add_func ("/core/metrics-warnings/moves", test_warnings_moves);
  g_test_add_func ("/core/metrics-warnings/median", test_warnings_median);
  g_test_add_func ("/core/metrics-warnings/inconsistent", test_warnings_inconsistent);
  g_test_add_func ("/core/metrics-warnings/limits-from-settings", test_warnings_limits_from_settings);
  g_test_add_func ("/core/metrics-format/values", test_format_values);

  return g_test_run ();
}
