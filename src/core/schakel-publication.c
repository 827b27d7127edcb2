/* schakel-publication.c — publication mode: small-count suppression,
 * secondary suppression over tables with totals, minimum denominators and
 * group sizes (DOMAIN.md §11).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Secondary suppression. A table of counts with its row totals, column
 * totals and grand total is a set of linear equations: each row and each
 * column adds up to its total. Write the totals with a minus sign and every
 * row and column of the extended (rows + 1) × (cols + 1) table adds up to
 * zero. The hidden entries are then the edges of a bipartite graph between
 * row and column nodes, and a hidden entry can be worked out from the
 * visible ones exactly when it lies on no cycle of that graph (a bridge):
 * a cycle, alternately plus and minus one, is a change to the hidden
 * values that keeps every total. So suppression runs to a fixed point:
 *   1. hide every count from 1 to k − 1, totals included;
 *   2. while a row or column has exactly one hidden entry, hide its
 *      smallest positive visible cell (else its smallest cell, else its
 *      total);
 *   3. while a hidden entry is a bridge, hide the smallest visible entry
 *      that closes a cycle through it;
 * and repeats 2–3 until neither finds anything. Step 2 alone is the usual
 * "no lone hidden cell in a line"; step 3 also covers combinations of
 * lines. The bounds that non-negativity puts on hidden cells are not
 * considered.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-publication.h"

/**
 * schakel_publication_rules_init:
 * @rules: (out caller-allocates): rules to fill
 *
 * Fills @rules with the defaults of DOMAIN.md §11: k = 5, percentages from
 * a denominator of 20, medians and curves from 10 minors.
 */
void
schakel_publication_rules_init (SchakelPublicationRules *rules)
{
  rules->k = SCHAKEL_PUBLICATION_DEFAULT_K;
  rules->min_denominator = SCHAKEL_PUBLICATION_DEFAULT_MIN_DENOMINATOR;
  rules->min_group = SCHAKEL_PUBLICATION_DEFAULT_MIN_GROUP;
}

/**
 * schakel_publication_rules_load:
 * @rules: (out caller-allocates): rules to fill
 * @db: a database
 *
 * Reads the settings `small_count_k` (kept within 2..10),
 * `min_denominator_percentage` and `min_group_median`; missing or
 * impossible values fall back to the defaults.
 */
void
schakel_publication_rules_load (SchakelPublicationRules *rules,
                                SchakelDatabase         *db)
{
  int k, denominator, group;

  schakel_publication_rules_init (rules);
  k = schakel_database_get_setting_int (db, "small_count_k", SCHAKEL_PUBLICATION_DEFAULT_K);
  denominator = schakel_database_get_setting_int (db, "min_denominator_percentage",
                                                  SCHAKEL_PUBLICATION_DEFAULT_MIN_DENOMINATOR);
  group = schakel_database_get_setting_int (db, "min_group_median", SCHAKEL_PUBLICATION_DEFAULT_MIN_GROUP);

  rules->k = (guint) CLAMP (k, 2, SCHAKEL_PUBLICATION_MAX_K);
  if (denominator >= 1)
    rules->min_denominator = (guint) denominator;
  if (group >= 1)
    rules->min_group = (guint) group;
}

/**
 * schakel_publication_hides_count:
 * @rules: the rules
 * @count: a count
 *
 * Returns: %TRUE when @count is from 1 to k − 1
 */
gboolean
schakel_publication_hides_count (const SchakelPublicationRules *rules,
                                 gint64                         count)
{
  return count >= 1 && count < (gint64) rules->k;
}

/**
 * schakel_publication_small_label:
 * @rules: the rules
 *
 * Returns: (transfer full): how a hidden small count is shown, `<5`
 */
char *
schakel_publication_small_label (const SchakelPublicationRules *rules)
{
  return g_strdup_printf ("<%u", rules->k);
}

/**
 * schakel_publication_allows_share:
 * @rules: the rules
 * @numerator: how many have the property
 * @denominator: out of how many
 *
 * A percentage needs a denominator of at least `min_denominator`. Because
 * the denominator is shown beside it, a percentage would also give away
 * its numerator and the rest (denominator − numerator); so neither may be
 * a small count. This is stricter than §11's wording, on purpose.
 *
 * Returns: %TRUE when the share may be shown
 */
gboolean
schakel_publication_allows_share (const SchakelPublicationRules *rules,
                                  gint64                         numerator,
                                  gint64                         denominator)
{
  return denominator >= (gint64) rules->min_denominator &&
         !schakel_publication_hides_count (rules, numerator) &&
         !schakel_publication_hides_count (rules, denominator - numerator);
}

/**
 * schakel_publication_allows_median:
 * @rules: the rules
 * @n_minors: the number of different minors behind the figure
 *
 * Returns: %TRUE when a median, a quantile or a curve may be shown
 */
gboolean
schakel_publication_allows_median (const SchakelPublicationRules *rules,
                                   gint64                         n_minors)
{
  return n_minors >= (gint64) rules->min_group;
}

/**
 * schakel_publication_curve_length:
 * @rules: the rules
 * @steps: (array length=n_steps): a Kaplan–Meier curve
 * @n_steps: its length
 *
 * Returns: how many leading steps may be shown: the curve is cut at the
 *   first step where fewer than `min_group` remain at risk
 */
guint
schakel_publication_curve_length (const SchakelPublicationRules *rules,
                                  const SchakelKmStep           *steps,
                                  guint                          n_steps)
{
  guint i;

  for (i = 0; i < n_steps; i++)
    if (steps[i].n_risk < rules->min_group)
      break;
  return i;
}

/**
 * schakel_publication_describe:
 * @rules: the rules
 *
 * Returns: (transfer full): the rules as one sentence, for the footer of a
 *   report or export
 */
char *
schakel_publication_describe (const SchakelPublicationRules *rules)
{
  return g_strdup_printf (_("Publication mode: counts of 1 to %u are shown as <%u, other cells are hidden (x) "
                            "where totals would give them away, percentages need at least %u, medians and "
                            "curves at least %u minors."),
                          rules->k - 1, rules->k, rules->min_denominator, rules->min_group);
}

struct _SchakelPublicationTable
{
  guint             n_rows;
  guint             n_cols;
  gint64           *values;  /* (n_rows + 1) × (n_cols + 1); the last row and column are totals */
  SchakelCellState *states;
};

#define AT(self, r, c) ((r) * ((self)->n_cols + 1) + (c))

/**
 * schakel_publication_table_new:
 * @n_rows: rows of cells, at least 1
 * @n_cols: columns of cells, at least 1
 *
 * Makes a table of zero counts. Row @n_rows holds the column totals,
 * column @n_cols the row totals; both are worked out from the cells.
 *
 * Returns: (transfer full): the table
 */
SchakelPublicationTable *
schakel_publication_table_new (guint n_rows,
                               guint n_cols)
{
  SchakelPublicationTable *self;

  g_return_val_if_fail (n_rows >= 1 && n_cols >= 1, NULL);

  self = g_new0 (SchakelPublicationTable, 1);
  self->n_rows = n_rows;
  self->n_cols = n_cols;
  self->values = g_new0 (gint64, (gsize) (n_rows + 1) * (n_cols + 1));
  self->states = g_new0 (SchakelCellState, (gsize) (n_rows + 1) * (n_cols + 1));
  return self;
}

/**
 * schakel_publication_table_free:
 * @self: (nullable): a table
 *
 * Frees @self.
 */
void
schakel_publication_table_free (SchakelPublicationTable *self)
{
  if (self == NULL)
    return;
  g_free (self->values);
  g_free (self->states);
  g_free (self);
}

/**
 * schakel_publication_table_set:
 * @self: a table
 * @row: a row of cells
 * @col: a column of cells
 * @count: the count, ≥ 0
 *
 * Sets a cell and keeps the totals up to date; clears earlier suppression.
 */
void
schakel_publication_table_set (SchakelPublicationTable *self,
                               guint                    row,
                               guint                    col,
                               gint64                   count)
{
  gint64 delta;

  g_return_if_fail (row < self->n_rows && col < self->n_cols);
  g_return_if_fail (count >= 0);

  delta = count - self->values[AT (self, row, col)];
  self->values[AT (self, row, col)] = count;
  self->values[AT (self, row, self->n_cols)] += delta;
  self->values[AT (self, self->n_rows, col)] += delta;
  self->values[AT (self, self->n_rows, self->n_cols)] += delta;
  memset (self->states, 0, sizeof (SchakelCellState) * (self->n_rows + 1) * (self->n_cols + 1));
}

/**
 * schakel_publication_table_get:
 * @self: a table
 * @row: a row, or n_rows for the column totals
 * @col: a column, or n_cols for the row totals
 *
 * Returns: the count, whether or not it may be shown
 */
gint64
schakel_publication_table_get (SchakelPublicationTable *self,
                               guint                    row,
                               guint                    col)
{
  g_return_val_if_fail (row <= self->n_rows && col <= self->n_cols, 0);

  return self->values[AT (self, row, col)];
}

/**
 * schakel_publication_table_get_state:
 * @self: a table
 * @row: a row, or n_rows for the column totals
 * @col: a column, or n_cols for the row totals
 *
 * Returns: whether the entry is shown; valid after
 *   schakel_publication_table_protect()
 */
SchakelCellState
schakel_publication_table_get_state (SchakelPublicationTable *self,
                                     guint                    row,
                                     guint                    col)
{
  g_return_val_if_fail (row <= self->n_rows && col <= self->n_cols, SCHAKEL_CELL_VISIBLE);

  return self->states[AT (self, row, col)];
}

static gboolean
is_hidden (SchakelPublicationTable *self,
           guint                    r,
           guint                    c)
{
  return self->states[AT (self, r, c)] != SCHAKEL_CELL_VISIBLE;
}

/* Better candidate to hide: a cell before a total, a positive count before
 * a zero (a hidden zero protects little when zeros are known to be common),
 * then the smaller count, then the first. */
static gboolean
better_candidate (SchakelPublicationTable *self,
                  guint                    r,
                  guint                    c,
                  int                      best_r,
                  int                      best_c)
{
  gint64 v, b;
  gboolean total, best_total;

  if (best_r < 0)
    return TRUE;
  total = r == self->n_rows || c == self->n_cols;
  best_total = (guint) best_r == self->n_rows || (guint) best_c == self->n_cols;
  if (total != best_total)
    return !total;
  v = self->values[AT (self, r, c)];
  b = self->values[AT (self, best_r, best_c)];
  if ((v > 0) != (b > 0))
    return v > 0;
  return v < b;
}

/* Step 2: no row or column with exactly one hidden entry. */
static guint
protect_lone_entries (SchakelPublicationTable *self)
{
  guint added = 0;

  for (guint line = 0; line < (self->n_rows + 1) + (self->n_cols + 1); line++)
    {
      gboolean is_row = line <= self->n_rows;
      guint fixed = is_row ? line : line - (self->n_rows + 1);
      guint len = is_row ? self->n_cols + 1 : self->n_rows + 1;
      guint n_hidden = 0;
      int best_r = -1, best_c = -1;

      for (guint i = 0; i < len; i++)
        {
          guint r = is_row ? fixed : i, c = is_row ? i : fixed;

          if (is_hidden (self, r, c))
            n_hidden++;
          else if (better_candidate (self, r, c, best_r, best_c))
            {
              best_r = (int) r;
              best_c = (int) c;
            }
        }
      if (n_hidden == 1 && best_r >= 0)
        {
          self->states[AT (self, best_r, best_c)] = SCHAKEL_CELL_PROTECTING;
          added++;
        }
    }
  return added;
}

/* Marks in @side the nodes reachable from @start over hidden entries,
 * leaving out the entry (@skip_r, @skip_c). Nodes 0..n_rows are rows,
 * then the columns. */
static void
reach (SchakelPublicationTable *self,
       guint                    start,
       guint                    skip_r,
       guint                    skip_c,
       guint8                  *side)
{
  guint n_nodes = self->n_rows + 1 + self->n_cols + 1;
  g_autofree guint *stack = g_new (guint, n_nodes);
  guint top = 0;

  memset (side, 0, n_nodes);
  side[start] = 1;
  stack[top++] = start;
  while (top > 0)
    {
      guint node = stack[--top];
      gboolean is_row = node <= self->n_rows;
      guint len = is_row ? self->n_cols + 1 : self->n_rows + 1;

      for (guint i = 0; i < len; i++)
        {
          guint r = is_row ? node : i;
          guint c = is_row ? i : node - (self->n_rows + 1);
          guint other = is_row ? self->n_rows + 1 + c : r;

          if ((r == skip_r && c == skip_c) || !is_hidden (self, r, c) || side[other])
            continue;
          side[other] = 1;
          stack[top++] = other;
        }
    }
}

/* Step 3: every hidden entry on a cycle. For a bridge (r, c), the rows
 * reachable from column c without it and the columns reachable from row r
 * without it are on different sides; hiding an entry between those closes
 * a cycle through the bridge. */
static guint
protect_bridges (SchakelPublicationTable *self)
{
  guint n_nodes = self->n_rows + 1 + self->n_cols + 1;
  g_autofree guint8 *from_row = g_new (guint8, n_nodes);
  g_autofree guint8 *from_col = g_new (guint8, n_nodes);

  for (guint r = 0; r <= self->n_rows; r++)
    for (guint c = 0; c <= self->n_cols; c++)
      {
        int best_r = -1, best_c = -1;

        if (!is_hidden (self, r, c))
          continue;
        reach (self, self->n_rows + 1 + c, r, c, from_col);
        if (from_col[r])
          continue; /* on a cycle */
        reach (self, r, r, c, from_row);
        for (guint r2 = 0; r2 <= self->n_rows; r2++)
          for (guint c2 = 0; c2 <= self->n_cols; c2++)
            if (from_col[r2] && from_row[self->n_rows + 1 + c2] && !is_hidden (self, r2, c2) &&
                better_candidate (self, r2, c2, best_r, best_c))
              {
                best_r = (int) r2;
                best_c = (int) c2;
              }
        /* After step 2, row r has a second hidden entry (r, c') and column
         * c a second one (r', c); (r', c') is visible, or (r, c) would not
         * be a bridge. So a candidate is always found. */
        g_assert (best_r >= 0);
        self->states[AT (self, best_r, best_c)] = SCHAKEL_CELL_PROTECTING;
        return 1;
      }
  return 0;
}

/**
 * schakel_publication_table_protect:
 * @self: a table
 * @rules: the rules
 *
 * Hides every count from 1 to k − 1 and then as many other entries as it
 * takes that no hidden entry can be worked out from the visible ones and
 * the totals (see the top of this file).
 *
 * Returns: the number of entries hidden, totals included
 */
guint
schakel_publication_table_protect (SchakelPublicationTable       *self,
                                   const SchakelPublicationRules *rules)
{
  guint n_hidden = 0;
  guint n_entries = (self->n_rows + 1) * (self->n_cols + 1);

  for (guint i = 0; i < n_entries; i++)
    {
      self->states[i] = schakel_publication_hides_count (rules, self->values[i])
                          ? SCHAKEL_CELL_SMALL : SCHAKEL_CELL_VISIBLE;
    }

  /* Step 2 to its fixed point first: then every node has no hidden entry
   * or at least two, which step 3 relies on. */
  do
    while (protect_lone_entries (self) > 0)
      ;
  while (protect_bridges (self) > 0);

  for (guint i = 0; i < n_entries; i++)
    n_hidden += self->states[i] != SCHAKEL_CELL_VISIBLE;
  return n_hidden;
}

/**
 * schakel_publication_table_format:
 * @self: a protected table
 * @rules: the rules it was protected with
 * @row: a row, or n_rows for the column totals
 * @col: a column, or n_cols for the row totals
 *
 * Returns: (transfer full): the entry as it may be shown: the count, `<k`
 *   for a small count, `x` for an entry hidden to protect another
 */
char *
schakel_publication_table_format (SchakelPublicationTable       *self,
                                  const SchakelPublicationRules *rules,
                                  guint                          row,
                                  guint                          col)
{
  switch (schakel_publication_table_get_state (self, row, col))
    {
    case SCHAKEL_CELL_VISIBLE:
      return g_strdup_printf ("%" G_GINT64_FORMAT, schakel_publication_table_get (self, row, col));
    case SCHAKEL_CELL_SMALL:
      return schakel_publication_small_label (rules);
    case SCHAKEL_CELL_PROTECTING:
      return g_strdup ("x");
    default:
      g_return_val_if_reached (NULL);
    }
}
