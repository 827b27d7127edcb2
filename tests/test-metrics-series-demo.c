/* test-metrics-series-demo.c — on demo data, every value of a series and
 * of a table of groups is exactly schakel_metrics_compute() of its scope
 * at its date: every metric, every date, every group, down to the parts
 * in their order, the norms and the Kaplan–Meier curves. The series and
 * groups share what they read between dates and groups
 * (schakel-metrics-series.c); this is the guard that sharing never
 * changes a figure.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

static SchakelDatabase *
demo_db (void)
{
  static SchakelDatabase *db;

  if (db == NULL)
    {
      db = schakel_test_open_demo ("series-demo-all.db", 2000, 3, 41, schakel_day_from_ymd (2026, 9, 15));
      /* Gelderland follows a ladder of its own with shorter deadlines,
       * so the country has reports on two ladders. */
      schakel_test_add_short_ladder (db, "PV25");
    }
  return db;
}

static gboolean
same_double (double a,
             double b)
{
  return (isnan (a) && isnan (b)) || a == b;
}

static void
assert_same_km (SchakelKm *a,
                SchakelKm *b)
{
  const SchakelKmStep *sa, *sb;
  guint na, nb;

  g_assert_true ((a == NULL) == (b == NULL));
  if (a == NULL)
    return;
  sa = schakel_km_get_steps (a, &na);
  sb = schakel_km_get_steps (b, &nb);
  g_assert_cmpuint (na, ==, nb);
  for (guint i = 0; i < na; i++)
    {
      g_assert_cmpfloat (sa[i].time, ==, sb[i].time);
      g_assert_cmpuint (sa[i].n_risk, ==, sb[i].n_risk);
      g_assert_cmpuint (sa[i].n_event, ==, sb[i].n_event);
      g_assert_cmpuint (sa[i].n_censor, ==, sb[i].n_censor);
      g_assert_true (same_double (sa[i].surv, sb[i].surv));
    }
}

/* Everything a value holds, before and after publication mode. */
static void
assert_identical (const SchakelMetricValue *a,
                  const SchakelMetricValue *b,
                  const char               *where)
{
  g_test_message ("%s: %s", where, a->info->id);
  g_assert_true (a->info == b->info);
  g_assert_cmpint (a->numerator, ==, b->numerator);
  g_assert_cmpint (a->n, ==, b->n);
  g_assert_cmpint (a->n_minors, ==, b->n_minors);
  g_assert_true (a->exposure == b->exposure);
  g_assert_true (same_double (a->value, b->value));
  g_assert_cmpstr (a->norm, ==, b->norm);
  g_assert_true (same_double (a->median.value, b->median.value));
  g_assert_true (same_double (a->median.lower, b->median.lower));
  g_assert_true (same_double (a->median.upper, b->median.upper));
  g_assert_true (same_double (a->p90.value, b->p90.value));
  g_assert_cmpuint (a->curve_length, ==, b->curve_length);
  g_assert_cmpint (a->suppressed, ==, b->suppressed);
  g_assert_cmpstr (a->display, ==, b->display);
  assert_same_km (a->km, b->km);
  g_assert_true ((a->parts == NULL) == (b->parts == NULL));
  if (a->parts == NULL)
    return;
  g_assert_cmpuint (a->parts->len, ==, b->parts->len);
  for (guint i = 0; i < a->parts->len; i++)
    {
      const SchakelMetricPart *pa = &g_array_index (a->parts, SchakelMetricPart, i);
      const SchakelMetricPart *pb = &g_array_index (b->parts, SchakelMetricPart, i);

      g_assert_cmpstr (pa->key, ==, pb->key);
      g_assert_cmpint (pa->count, ==, pb->count);
      g_assert_cmpint (pa->state, ==, pb->state);
    }
}

/* Compares @values (from a series or a group) with a computation of
 * their own, as they are and in publication mode. */
static void
assert_equals_compute (SchakelDatabase    *db,
                       const SchakelScope *scope,
                       SchakelDay          date,
                       GPtrArray          *values,
                       const char         *where)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) own = schakel_metrics_compute (db, scope, date, NULL, NULL, &error);
  SchakelPublicationRules rules;

  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, values->len);
  for (guint m = 0; m < own->len; m++)
    assert_identical (g_ptr_array_index (values, m), g_ptr_array_index (own, m), where);

  schakel_publication_rules_init (&rules);
  for (guint m = 0; m < own->len; m++)
    {
      schakel_metric_value_publish (g_ptr_array_index (values, m), &rules);
      schakel_metric_value_publish (g_ptr_array_index (own, m), &rules);
      assert_identical (g_ptr_array_index (values, m), g_ptr_array_index (own, m), where);
    }
}

/* Twelve monthly dates, as the dashboard's sparklines, at three levels. */
static void
test_series_every_date (void)
{
  SchakelDatabase *db = demo_db ();
  const char * const scopes[] = { "nl", "provincie:PV25", "gemeente:GM0203" };
  SchakelDay dates[12];

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    dates[i] = schakel_day_add_months (schakel_day_from_ymd (2026, 9, 15), -(int) (11 - i));
  for (guint s = 0; s < G_N_ELEMENTS (scopes); s++)
    {
      g_autoptr(SchakelScope) scope = schakel_test_scope (db, scopes[s]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SchakelMetricsSeries) series = schakel_metrics_compute_series (db, scope, NULL, dates,
                                                                               G_N_ELEMENTS (dates), NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpint (schakel_metrics_series_get (series, 11, 0)->numerator, >, 0);
      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        {
          g_autofree char *where = g_strdup_printf ("%s, date %u", scopes[s], d);

          assert_equals_compute (db, scope, dates[d], g_ptr_array_index (series->values, d), where);
        }
    }
}

/* The table one level down: each province (and each municipality of a
 * province) is its own computation, at two dates. */
static void
test_groups_every_region (void)
{
  SchakelDatabase *db = demo_db ();
  const char * const scopes[] = { "nl", "provincie:PV25" };
  SchakelDay dates[] = { schakel_day_from_ymd (2025, 12, 31), schakel_day_from_ymd (2026, 9, 15) };

  for (guint s = 0; s < G_N_ELEMENTS (scopes); s++)
    {
      g_autoptr(SchakelScope) scope = schakel_test_scope (db, scopes[s]);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) groups = schakel_metrics_compute_groups (db, scope, SCHAKEL_METRICS_GROUP_REGION, NULL,
                                                                    dates, NULL, G_N_ELEMENTS (dates), NULL, &error);
      gint64 present = 0;

      g_assert_no_error (error);
      for (guint g = 0; g < groups->len; g++)
        {
          const SchakelMetricsSeries *series = g_ptr_array_index (groups, g);
          g_autoptr(SchakelScope) child = schakel_test_scope (db, series->key);

          present += schakel_metrics_series_get (series, 1, 0)->numerator;
          for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
            {
              g_autofree char *where = g_strdup_printf ("%s, date %u", series->key, d);

              assert_equals_compute (db, child, dates[d], g_ptr_array_index (series->values, d), where);
            }
        }
      g_assert_cmpint (present, >, 0);
    }
}

/* A series whose dates are not in order, and with windows of their own,
 * still gives each date its own figures: the dates of the moves chart. */
static void
test_series_unordered_dates (void)
{
  SchakelDatabase *db = demo_db ();
  g_autoptr(SchakelScope) nl = schakel_test_scope (db, "nl");
  SchakelDay dates[] = { schakel_day_from_ymd (2026, 3, 31), schakel_day_from_ymd (2024, 11, 30),
                         schakel_day_from_ymd (2026, 9, 15) };
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelMetricsSeries) series = schakel_metrics_compute_series (db, nl, NULL, dates, G_N_ELEMENTS (dates),
                                                                           NULL, &error);

  g_assert_no_error (error);
  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    assert_equals_compute (db, nl, dates[d], g_ptr_array_index (series->values, d), "unordered");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/metrics-series-demo/every-date", test_series_every_date);
  g_test_add_func ("/metrics-series-demo/every-region", test_groups_every_region);
  g_test_add_func ("/metrics-series-demo/unordered-dates", test_series_unordered_dates);

  return g_test_run ();
}
