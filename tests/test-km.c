/* test-km.c — Kaplan–Meier against reference values.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-core.h"

#define TOL 5e-4 /* the published tables print 3–4 digits */

static SchakelKm *
km_from (const guint    *times,
         const gboolean *events,
         guint           n)
{
  SchakelKm *km = schakel_km_new ();

  for (guint i = 0; i < n; i++)
    schakel_km_add (km, times[i], events[i]);
  return km;
}

static void
assert_nan (double value)
{
  if (!isnan (value))
    g_error ("expected NA, got %g", value);
}

/* The `aml` data of R's survival package, group Maintained: 9, 13, 13+,
 * 18, 23, 28+, 31, 34, 45+, 48, 161+. The expected numbers are the
 * published output of summary (survfit (Surv (time, status) ~ x, aml))
 * for x = Maintained (the default conf.type = "log"), and of its print:
 * n 11, events 7, median 31, 0.95LCL 18, 0.95UCL NA. */
static void
test_km_aml_maintained (void)
{
  const guint times[] = { 9, 13, 13, 18, 23, 28, 31, 34, 45, 48, 161 };
  const gboolean events[] = { 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0 };
  /* time, n.risk, n.event, survival, lower 95% CI, upper 95% CI */
  const struct { guint time, n_risk, n_event; double surv, lower, upper; } published[] = {
    { 9, 11, 1, 0.909, 0.7541, 1.000 },
    { 13, 10, 1, 0.818, 0.6192, 1.000 },
    { 18, 8, 1, 0.716, 0.4884, 1.000 },
    { 23, 7, 1, 0.614, 0.3769, 0.999 },
    { 31, 5, 1, 0.491, 0.2549, 0.946 },
    { 34, 4, 1, 0.368, 0.1549, 0.875 },
    { 48, 2, 1, 0.184, 0.0359, 0.944 },
  };
  g_autoptr(SchakelKm) km = km_from (times, events, G_N_ELEMENTS (times));
  const SchakelKmStep *steps;
  SchakelKmQuantile median;
  guint n_steps, j = 0;

  g_assert_cmpuint (schakel_km_get_n (km), ==, 11);
  g_assert_cmpuint (schakel_km_get_n_events (km), ==, 7);

  steps = schakel_km_get_steps (km, &n_steps);
  /* One step per distinct time: 9 13 18 23 28 31 34 45 48 161. */
  g_assert_cmpuint (n_steps, ==, 10);
  for (guint i = 0; i < n_steps; i++)
    {
      if (steps[i].n_event == 0)
        continue;
      g_assert_cmpuint (steps[i].time, ==, published[j].time);
      g_assert_cmpuint (steps[i].n_risk, ==, published[j].n_risk);
      g_assert_cmpuint (steps[i].n_event, ==, published[j].n_event);
      g_assert_cmpfloat_with_epsilon (steps[i].surv, published[j].surv, TOL);
      g_assert_cmpfloat_with_epsilon (steps[i].lower, published[j].lower, TOL);
      g_assert_cmpfloat_with_epsilon (steps[i].upper, published[j].upper, TOL);
      j++;
    }
  g_assert_cmpuint (j, ==, G_N_ELEMENTS (published));
  /* 13 has an event and a censoring: the censored one is at risk at 13. */
  g_assert_cmpuint (steps[1].n_censor, ==, 1);
  g_assert_cmpuint (steps[2].n_risk, ==, 8);

  schakel_km_quantile (km, 0.5, &median);
  g_assert_cmpfloat (median.value, ==, 31);
  g_assert_cmpfloat (median.lower, ==, 18);
  assert_nan (median.upper);
}

/* The vector of R's survival package tests/quantile.R: time 9 3 1 1 6 6 8
 * 10, status 1 NA 1 0 1 1 0 0 (the NA row drops out). That file asserts
 * quantile (fit, 1 − qq) = 1, 3.5, 6, 9, 9.5, NA; lower 1, 1, 1, 6, 6, 9;
 * upper all NA; for qq = 13/14, 6/7, 2/3, .5, 9/35, .1.
 *
 * By hand: S = 6/7 after 1 (7 at risk, 1 event, 1 censored), 18/35 after 6
 * (5 at risk, 2 events), 9/35 after 9 (2 at risk, 1 event); the last
 * observation, 10, is censored. p = 1/7 meets the flat at 6/7 exactly, so
 * the answer is the middle of 1 and 6; p = 26/35 meets the last flat, so
 * the middle of 9 and the last time, 10. Greenwood: 1/42, + 2/15, + 1/2;
 * lower band 0.6334, 0.2365, 0.0525, so 1 − lower reaches 1/14, 1/7, 1/3
 * at 1, 0.5 and 26/35 at 6, 0.9 at 9; the upper band is 1 throughout. */
static void
test_km_survival_quantile_vector (void)
{
  const guint times[] = { 9, 1, 1, 6, 6, 8, 10 };
  const gboolean events[] = { 1, 1, 0, 1, 1, 0, 0 };
  const double probs[] = { 1 - 13.0 / 14, 1 - 6.0 / 7, 1 - 2.0 / 3, 0.5, 1 - 9.0 / 35, 0.9 };
  const double quantile[] = { 1, 3.5, 6, 9, 9.5, NAN };
  const double lower[] = { 1, 1, 1, 6, 6, 9 };
  g_autoptr(SchakelKm) km = km_from (times, events, G_N_ELEMENTS (times));
  const SchakelKmStep *steps;
  guint n_steps;

  steps = schakel_km_get_steps (km, &n_steps);
  g_assert_cmpuint (n_steps, ==, 5);
  g_assert_cmpfloat_with_epsilon (steps[0].surv, 6.0 / 7, 1e-12);
  g_assert_cmpfloat_with_epsilon (steps[1].surv, 18.0 / 35, 1e-12);
  g_assert_cmpfloat_with_epsilon (steps[3].surv, 9.0 / 35, 1e-12);
  g_assert_cmpfloat_with_epsilon (steps[3].std_err, sqrt (1.0 / 42 + 2.0 / 15 + 1.0 / 2), 1e-12);
  g_assert_cmpfloat_with_epsilon (steps[0].lower, 0.6334, 1e-4);

  for (guint i = 0; i < G_N_ELEMENTS (probs); i++)
    {
      SchakelKmQuantile q;

      schakel_km_quantile (km, probs[i], &q);
      if (isnan (quantile[i]))
        assert_nan (q.value);
      else
        g_assert_cmpfloat_with_epsilon (q.value, quantile[i], 1e-9);
      g_assert_cmpfloat_with_epsilon (q.lower, lower[i], 1e-9);
      assert_nan (q.upper);
    }
}

/* Worked by hand: 1, 2, 3, 4 all events. S = 3/4, 1/2, 1/4, 0. The median
 * meets the flat at exactly 1/2 from 2 to 3: (2 + 3) / 2 = 2.5. P90: S
 * first below 0.1 at 4. At 4 S = 0: no interval there (NA, as R). */
static void
test_km_flat_median_and_zero (void)
{
  const guint times[] = { 1, 2, 3, 4 };
  const gboolean events[] = { 1, 1, 1, 1 };
  g_autoptr(SchakelKm) km = km_from (times, events, G_N_ELEMENTS (times));
  const SchakelKmStep *steps;
  SchakelKmQuantile q;
  guint n_steps;

  schakel_km_quantile (km, 0.5, &q);
  g_assert_cmpfloat (q.value, ==, 2.5);
  schakel_km_quantile (km, 0.9, &q);
  g_assert_cmpfloat (q.value, ==, 4);
  steps = schakel_km_get_steps (km, &n_steps);
  g_assert_cmpfloat (steps[3].surv, ==, 0);
  assert_nan (steps[3].lower);
  assert_nan (steps[3].upper);
}

/* Ties: an event and a censoring at the same time; events first, so the
 * censored one is still at risk: 3 at risk at 5, S = 2/3, not 1/2. Never
 * reaching the median gives NA. */
static void
test_km_ties_and_not_reached (void)
{
  const guint times[] = { 5, 5, 7 };
  const gboolean events[] = { 1, 0, 0 };
  g_autoptr(SchakelKm) km = km_from (times, events, G_N_ELEMENTS (times));
  g_autoptr(SchakelKm) empty = schakel_km_new ();
  const SchakelKmStep *steps;
  SchakelKmQuantile q;
  guint n_steps;

  steps = schakel_km_get_steps (km, &n_steps);
  g_assert_cmpuint (steps[0].n_risk, ==, 3);
  g_assert_cmpfloat_with_epsilon (steps[0].surv, 2.0 / 3, 1e-12);
  schakel_km_quantile (km, 0.5, &q);
  assert_nan (q.value);

  schakel_km_quantile (empty, 0.5, &q);
  assert_nan (q.value);
  assert_nan (q.lower);
  steps = schakel_km_get_steps (empty, &n_steps);
  g_assert_cmpuint (n_steps, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/km/aml-maintained", test_km_aml_maintained);
  g_test_add_func ("/core/km/survival-quantile-vector", test_km_survival_quantile_vector);
  g_test_add_func ("/core/km/flat-median-and-zero", test_km_flat_median_and_zero);
  g_test_add_func ("/core/km/ties-and-not-reached", test_km_ties_and_not_reached);

  return g_test_run ();
}
