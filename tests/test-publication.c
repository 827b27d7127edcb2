/* test-publication.c — publication mode: small counts, secondary
 * suppression, denominators and curves, on thousands of random tables.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "schakel-core.h"

static gboolean
hidden (SchakelPublicationTable *t,
        guint                    r,
        guint                    c)
{
  return schakel_publication_table_get_state (t, r, c) != SCHAKEL_CELL_VISIBLE;
}

/* The property of the brief: a hidden entry is recoverable when it is the
 * only hidden one in its row or column (totals included as entries of the
 * lines they close). */
static void
assert_no_lone_hidden (SchakelPublicationTable *t,
                       guint                    n_rows,
                       guint                    n_cols)
{
  for (guint r = 0; r <= n_rows; r++)
    {
      guint n = 0;

      for (guint c = 0; c <= n_cols; c++)
        n += hidden (t, r, c);
      g_assert_cmpuint (n, !=, 1);
    }
  for (guint c = 0; c <= n_cols; c++)
    {
      guint n = 0;

      for (guint r = 0; r <= n_rows; r++)
        n += hidden (t, r, c);
      g_assert_cmpuint (n, !=, 1);
    }
}

/* The stronger property, by linear algebra: with the totals negated, every
 * row and column of the extended table sums to zero. A hidden entry is
 * determined by the visible ones exactly when its unit vector lies in the
 * row space of the equations restricted to the hidden entries; check by
 * comparing ranks (Gaussian elimination; entries are 0 and 1). */
static guint
rank_of (double *m,
         guint   rows,
         guint   cols)
{
  guint rank = 0;

  for (guint c = 0; c < cols && rank < rows; c++)
    {
      guint pivot = rank;

      while (pivot < rows && fabs (m[pivot * cols + c]) < 1e-9)
        pivot++;
      if (pivot == rows)
        continue;
      for (guint k = 0; k < cols; k++)
        {
          double tmp = m[rank * cols + k];

          m[rank * cols + k] = m[pivot * cols + k];
          m[pivot * cols + k] = tmp;
        }
      for (guint r = 0; r < rows; r++)
        if (r != rank && fabs (m[r * cols + c]) > 1e-9)
          {
            double f = m[r * cols + c] / m[rank * cols + c];

            for (guint k = 0; k < cols; k++)
              m[r * cols + k] -= f * m[rank * cols + k];
          }
      rank++;
    }
  return rank;
}

static void
assert_none_determined (SchakelPublicationTable *t,
                        guint                    n_rows,
                        guint                    n_cols)
{
  guint n_eq = (n_rows + 1) + (n_cols + 1);
  g_autoptr(GArray) unknowns = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n;

  for (guint r = 0; r <= n_rows; r++)
    for (guint c = 0; c <= n_cols; c++)
      if (hidden (t, r, c))
        {
          guint cell = r * (n_cols + 1) + c;

          g_array_append_val (unknowns, cell);
        }
  n = unknowns->len;
  if (n == 0)
    return;

  for (guint u = 0; u < n; u++)
    {
      g_autofree double *a = g_new0 (double, (n_eq + 1) * n);
      guint base, with;

      for (guint j = 0; j < n; j++)
        {
          guint cell = g_array_index (unknowns, guint, j);
          guint r = cell / (n_cols + 1), c = cell % (n_cols + 1);

          a[r * n + j] = 1;                    /* row r's equation */
          a[(n_rows + 1 + c) * n + j] = 1;     /* column c's equation */
        }
      base = rank_of (a, n_eq, n);
      /* rank_of reorders rows; rebuild and add the unit vector. */
      memset (a, 0, sizeof (double) * (n_eq + 1) * n);
      for (guint j = 0; j < n; j++)
        {
          guint cell = g_array_index (unknowns, guint, j);
          guint r = cell / (n_cols + 1), c = cell % (n_cols + 1);

          a[r * n + j] = 1;
          a[(n_rows + 1 + c) * n + j] = 1;
        }
      a[n_eq * n + u] = 1;
      with = rank_of (a, n_eq + 1, n);
      if (with == base)
        g_error ("hidden entry %u of a %u×%u table can be worked out", g_array_index (unknowns, guint, u),
                 n_rows, n_cols);
    }
}

/* Many small random populations: counts in 0..20 with many small ones,
 * tables 1×1 to 6×6, k = 5 and k = 10; 3000 tables from a fixed seed. */
static void
test_publication_random_tables (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);
  guint n_protecting = 0;

  for (guint round = 0; round < 3000; round++)
    {
      guint n_rows = g_rand_int_range (rand, 1, 7);
      guint n_cols = g_rand_int_range (rand, 1, 7);
      g_autoptr(SchakelPublicationTable) t = schakel_publication_table_new (n_rows, n_cols);
      SchakelPublicationRules rules;

      schakel_publication_rules_init (&rules);
      rules.k = round % 3 == 0 ? 10 : 5;
      for (guint r = 0; r < n_rows; r++)
        for (guint c = 0; c < n_cols; c++)
          {
            gint64 v = g_rand_int_range (rand, 0, 3) == 0 ? 0
                       : g_rand_boolean (rand) ? g_rand_int_range (rand, 1, 6)
                       : g_rand_int_range (rand, 1, 21);

            schakel_publication_table_set (t, r, c, v);
          }
      schakel_publication_table_protect (t, &rules);

      for (guint r = 0; r <= n_rows; r++)
        for (guint c = 0; c <= n_cols; c++)
          {
            gint64 v = schakel_publication_table_get (t, r, c);
            g_autofree char *shown = schakel_publication_table_format (t, &rules, r, c);

            /* No visible count from 1 to k − 1. */
            if (!hidden (t, r, c))
              g_assert_false (v >= 1 && v < (gint64) rules.k);
            else
              g_assert_cmpstr (shown, !=, "0");
            n_protecting += schakel_publication_table_get_state (t, r, c) == SCHAKEL_CELL_PROTECTING;
          }
      assert_no_lone_hidden (t, n_rows, n_cols);
      assert_none_determined (t, n_rows, n_cols);
    }
  /* The secondary step really ran. */
  g_assert_cmpuint (n_protecting, >, 1000);
}

/* Worked by hand, k = 5: row A = 3, 10, 12 (25); row B = 8, 9, 7 (24);
 * totals 11, 19, 19 (49). 3 is small. Row A then has one hidden cell: its
 * smallest positive other cell, 10, is hidden too; column 1 has one
 * hidden (3): hide 8; column 2 has one hidden (10): hide 9. Every line now
 * has two hidden entries and the four form a cycle. */
static void
test_publication_hand_table (void)
{
  const gint64 cells[2][3] = { { 3, 10, 12 }, { 8, 9, 7 } };
  g_autoptr(SchakelPublicationTable) t = schakel_publication_table_new (2, 3);
  SchakelPublicationRules rules;
  g_autofree char *small = NULL, *protecting = NULL, *total = NULL;

  schakel_publication_rules_init (&rules);
  for (guint r = 0; r < 2; r++)
    for (guint c = 0; c < 3; c++)
      schakel_publication_table_set (t, r, c, cells[r][c]);
  g_assert_cmpint (schakel_publication_table_get (t, 2, 3), ==, 49);
  g_assert_cmpuint (schakel_publication_table_protect (t, &rules), ==, 4);
  g_assert_cmpint (schakel_publication_table_get_state (t, 0, 0), ==, SCHAKEL_CELL_SMALL);
  g_assert_cmpint (schakel_publication_table_get_state (t, 0, 1), ==, SCHAKEL_CELL_PROTECTING);
  g_assert_cmpint (schakel_publication_table_get_state (t, 1, 0), ==, SCHAKEL_CELL_PROTECTING);
  g_assert_cmpint (schakel_publication_table_get_state (t, 1, 1), ==, SCHAKEL_CELL_PROTECTING);
  small = schakel_publication_table_format (t, &rules, 0, 0);
  protecting = schakel_publication_table_format (t, &rules, 1, 1);
  total = schakel_publication_table_format (t, &rules, 2, 3);
  g_assert_cmpstr (small, ==, "<5");
  g_assert_cmpstr (protecting, ==, "x");
  g_assert_cmpstr (total, ==, "49");
}

/* Shares, medians and curves. */
static void
test_publication_thresholds (void)
{
  SchakelPublicationRules rules;
  SchakelKmStep steps[4] = { { 0 } };

  schakel_publication_rules_init (&rules);
  g_assert_false (schakel_publication_hides_count (&rules, 0));
  g_assert_true (schakel_publication_hides_count (&rules, 1));
  g_assert_true (schakel_publication_hides_count (&rules, 4));
  g_assert_false (schakel_publication_hides_count (&rules, 5));
  g_assert_false (schakel_publication_allows_share (&rules, 10, 19));
  g_assert_true (schakel_publication_allows_share (&rules, 10, 20));
  g_assert_false (schakel_publication_allows_share (&rules, 3, 40));   /* numerator small */
  g_assert_false (schakel_publication_allows_share (&rules, 38, 40));  /* the rest small */
  g_assert_true (schakel_publication_allows_share (&rules, 0, 40));
  g_assert_false (schakel_publication_allows_median (&rules, 9));
  g_assert_true (schakel_publication_allows_median (&rules, 10));

  steps[0].n_risk = 30;
  steps[1].n_risk = 12;
  steps[2].n_risk = 9;
  steps[3].n_risk = 4;
  g_assert_cmpuint (schakel_publication_curve_length (&rules, steps, 4), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/publication/random-tables", test_publication_random_tables);
  g_test_add_func ("/core/publication/hand-table", test_publication_hand_table);
  g_test_add_func ("/core/publication/thresholds", test_publication_thresholds);

  return g_test_run ();
}
