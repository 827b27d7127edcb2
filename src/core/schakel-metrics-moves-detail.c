/* schakel-metrics-moves-detail.c — the moves behind moves_per_child_year,
 * as the moves family counts them (it hands over its list), split by the
 * types of the locations moved out of and into, and per minor.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-metrics-moves-detail.h"
#include "schakel-metrics-private.h"
#include "schakel-sqlite-private.h"

/**
 * schakel_moves_detail_free:
 * @detail: (nullable): a detail
 */
void
schakel_moves_detail_free (SchakelMovesDetail *detail)
{
  if (detail == NULL)
    return;
  schakel_metric_value_free (detail->rate);
  g_strfreev (detail->types);
  g_free (detail->flows);
  g_free (detail->flow_states);
  g_free (detail->minors_by_moves);
  g_free (detail->bin_states);
  g_clear_pointer (&detail->moves, g_array_unref);
  g_clear_pointer (&detail->exposed, g_array_unref);
  g_free (detail);
}

/* Location id → interned type code. */
static GHashTable *
location_types (SchakelDatabase  *db,
                GError          **error)
{
  g_autoptr(GHashTable) types = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (schakel_database_get_handle (db),
                                                         "SELECT id, type_code FROM location", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (types, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0),
                         (gpointer) g_intern_string ((const char *) sqlite3_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, schakel_database_get_handle (db), _("Database error"));
      return NULL;
    }
  return g_steal_pointer (&types);
}

static int
compare_codes (const void *a,
               const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static guint
type_index (const SchakelMovesDetail *detail,
            const char               *code)
{
  for (guint i = 0; i < detail->n_types; i++)
    if (g_str_equal (detail->types[i], code))
      return i;
  g_return_val_if_reached (0);
}

/* Rewrites each move's locations as type indexes, and counts the flows. */
static gboolean
count_flows (SchakelMovesDetail  *detail,
             SchakelDatabase     *db,
             GError             **error)
{
  g_autoptr(GHashTable) types = location_types (db, error);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  if (types == NULL)
    return FALSE;
  for (guint i = 0; i < detail->moves->len; i++)
    {
      const SchakelMetricsMove *m = &g_array_index (detail->moves, SchakelMetricsMove, i);
      const char *ends[] = { g_hash_table_lookup (types, (gpointer) (gintptr) m->from_location),
                             g_hash_table_lookup (types, (gpointer) (gintptr) m->to_location) };

      for (guint e = 0; e < 2; e++)
        if (!g_ptr_array_find_with_equal_func (codes, ends[e], g_str_equal, NULL))
          g_ptr_array_add (codes, (gpointer) ends[e]);
    }
  g_ptr_array_sort (codes, compare_codes);
  g_ptr_array_add (codes, NULL);
  detail->types = g_strdupv ((char **) codes->pdata);
  detail->n_types = codes->len - 1;
  detail->flows = g_new0 (gint64, MAX (1, detail->n_types * detail->n_types));
  detail->flow_states = g_new0 (SchakelCellState, MAX (1, detail->n_types * detail->n_types));

  for (guint i = 0; i < detail->moves->len; i++)
    {
      SchakelMetricsMove *m = &g_array_index (detail->moves, SchakelMetricsMove, i);

      m->from_location = type_index (detail, g_hash_table_lookup (types, (gpointer) (gintptr) m->from_location));
      m->to_location = type_index (detail, g_hash_table_lookup (types, (gpointer) (gintptr) m->to_location));
      detail->flows[m->from_location * detail->n_types + m->to_location]++;
    }
  return TRUE;
}

/* The minors of the rate's denominator by their number of moves. The list
 * holds each minor's moves together. */
static void
count_per_minor (SchakelMovesDetail *detail)
{
  g_autoptr(GArray) bins = g_array_new (FALSE, TRUE, sizeof (gint64));
  gint64 movers = 0;
  guint i = 0;

  g_array_set_size (bins, 1);
  while (i < detail->moves->len)
    {
      const SchakelMetricsMove *m = &g_array_index (detail->moves, SchakelMetricsMove, i);
      guint j = i;

      while (j < detail->moves->len && g_array_index (detail->moves, SchakelMetricsMove, j).minor_id == m->minor_id)
        j++;
      if (m->exposed)
        {
          if (bins->len <= j - i)
            g_array_set_size (bins, j - i + 1);
          g_array_index (bins, gint64, j - i)++;
          movers++;
        }
      i = j;
    }
  g_array_index (bins, gint64, 0) = MAX (0, detail->rate->n - movers);
  detail->n_bins = bins->len;
  detail->minors_by_moves = g_memdup2 (bins->data, bins->len * sizeof (gint64));
  detail->bin_states = g_new0 (SchakelCellState, bins->len);
}

/**
 * schakel_metrics_compute_moves_detail:
 * @db: a database
 * @scope: the scope, checked with schakel_scope_validate()
 * @date: the peildatum
 * @window_start: the moves window is (@window_start, @date];
 *   %SCHAKEL_DAY_NONE for the setting `moves_window_months`
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Computes moves_per_child_year and splits its moves (docs/metrics.md):
 * by the type of the location moved out of and the one moved into, and
 * its minors by how many of those moves each made. The flows add up to
 * the rate's numerator; the bins to its `n`.
 *
 * Returns: (transfer full) (nullable): the detail
 */
SchakelMovesDetail *
schakel_metrics_compute_moves_detail (SchakelDatabase     *db,
                                      const SchakelScope  *scope,
                                      SchakelDay           date,
                                      SchakelDay           window_start,
                                      GCancellable        *cancellable,
                                      GError             **error)
{
  g_autoptr(SchakelMovesDetail) detail = g_new0 (SchakelMovesDetail, 1);
  const char * const ids[] = { "moves_per_child_year", NULL };
  SchakelMetricsOptions options = { .window_start = window_start };
  g_autoptr(GPtrArray) values = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  detail->moves = options.moves = g_array_new (FALSE, FALSE, sizeof (SchakelMetricsMove));
  detail->exposed = options.exposed = g_array_new (FALSE, FALSE, sizeof (gint64));
  values = _schakel_metrics_compute_with (db, scope, date, ids, &options, cancellable, error);
  _schakel_metrics_data_free (options.data);
  if (values == NULL)
    return NULL;
  detail->rate = g_ptr_array_steal_index (values, 0);
  if (!count_flows (detail, db, error))
    return NULL;
  count_per_minor (detail);
  return g_steal_pointer (&detail);
}

/* Protects @counts as an @n_rows × @n_cols table with its totals. */
static void
protect (const gint64                  *counts,
         SchakelCellState              *states,
         guint                          n_rows,
         guint                          n_cols,
         const SchakelPublicationRules *rules)
{
  g_autoptr(SchakelPublicationTable) table = NULL;

  if (n_rows == 0 || n_cols == 0)
    return;
  table = schakel_publication_table_new (n_rows, n_cols);
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_cols; c++)
      schakel_publication_table_set (table, r, c, counts[r * n_cols + c]);
  schakel_publication_table_protect (table, rules);
  for (guint r = 0; r < n_rows; r++)
    for (guint c = 0; c < n_cols; c++)
      states[r * n_cols + c] = schakel_publication_table_get_state (table, r, c);
}

/**
 * schakel_moves_detail_publish:
 * @detail: a detail
 * @rules: the publication rules
 *
 * Publishes the rate (schakel_metric_value_publish()), and protects the
 * flow matrix and the bins as tables with their totals: small counts
 * hidden, and secondary suppression so that no hidden count follows from
 * the visible ones and the totals.
 */
void
schakel_moves_detail_publish (SchakelMovesDetail            *detail,
                              const SchakelPublicationRules *rules)
{
  g_return_if_fail (detail != NULL && rules != NULL);

  schakel_metric_value_publish (detail->rate, rules);
  protect (detail->flows, detail->flow_states, detail->n_types, detail->n_types, rules);
  protect (detail->minors_by_moves, detail->bin_states, 1, detail->n_bins, rules);
}

static GArray *
minors_where (const SchakelMovesDetail *detail,
              gboolean                (*match) (const SchakelMetricsMove *m, guint a, guint b, guint n_moves),
              guint                     a,
              guint                     b)
{
  GArray *minors = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint i = 0;

  while (i < detail->moves->len)
    {
      guint j = i;
      gboolean found = FALSE;

      while (j < detail->moves->len &&
             g_array_index (detail->moves, SchakelMetricsMove, j).minor_id ==
             g_array_index (detail->moves, SchakelMetricsMove, i).minor_id)
        j++;
      for (guint k = i; k < j && !found; k++)
        found = match (&g_array_index (detail->moves, SchakelMetricsMove, k), a, b, j - i);
      if (found)
        g_array_append_val (minors, g_array_index (detail->moves, SchakelMetricsMove, i).minor_id);
      i = j;
    }
  return minors;
}

static gboolean
in_flow (const SchakelMetricsMove *m,
         guint                     from,
         guint                     to,
         guint                     n_moves)
{
  return m->from_location == from && m->to_location == to;
}

static gboolean
in_bin (const SchakelMetricsMove *m,
        guint                     bin,
        guint                     unused,
        guint                     n_moves)
{
  return m->exposed && n_moves == bin;
}

/**
 * schakel_moves_detail_minors_in_flow:
 * @detail: a detail
 * @from: a type index
 * @to: a type index
 *
 * Returns: (transfer full) (element-type gint64): the minors with a move
 *   from @from to @to, by id
 */
GArray *
schakel_moves_detail_minors_in_flow (const SchakelMovesDetail *detail,
                                     guint                     from,
                                     guint                     to)
{
  g_return_val_if_fail (detail != NULL, NULL);
  return minors_where (detail, in_flow, from, to);
}

/* The minors of the rate's denominator who made none of the moves; the
 * family reads the minors in the order of their ids. */
static GArray *
minors_without_moves (const SchakelMovesDetail *detail)
{
  g_autoptr(GHashTable) movers = g_hash_table_new (g_direct_hash, g_direct_equal);
  GArray *minors = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < detail->moves->len; i++)
    {
      const SchakelMetricsMove *m = &g_array_index (detail->moves, SchakelMetricsMove, i);

      if (m->exposed)
        g_hash_table_add (movers, (gpointer) (gintptr) m->minor_id);
    }
  for (guint i = 0; i < detail->exposed->len; i++)
    if (!g_hash_table_contains (movers, (gpointer) (gintptr) g_array_index (detail->exposed, gint64, i)))
      g_array_append_val (minors, g_array_index (detail->exposed, gint64, i));
  return minors;
}

/**
 * schakel_moves_detail_minors_in_bin:
 * @detail: a detail
 * @bin: a number of moves
 *
 * Returns: (transfer full) (element-type gint64): the minors of the rate's
 *   denominator with @bin of the moves counted, by id; for 0, those who
 *   spent days in the scope without a move
 */
GArray *
schakel_moves_detail_minors_in_bin (const SchakelMovesDetail *detail,
                                    guint                     bin)
{
  g_return_val_if_fail (detail != NULL, NULL);
  if (bin == 0)
    return minors_without_moves (detail);
  return minors_where (detail, in_bin, bin, 0);
}

/**
 * schakel_metric_value_event_times:
 * @value: a Kaplan–Meier value
 * @n_times: (out): how many
 *
 * The observed times of the events behind the curve, each as often as it
 * occurred: the input of a box plot of completed durations (censored
 * observations are left out). Empty when @value is hidden by publication
 * mode.
 *
 * Returns: (transfer full) (array length=n_times) (nullable): the times
 */
double *
schakel_metric_value_event_times (const SchakelMetricValue *value,
                                  guint                    *n_times)
{
  const SchakelKmStep *steps;
  guint n_steps, n = 0;
  double *times;

  g_return_val_if_fail (value != NULL && n_times != NULL, NULL);
  *n_times = 0;
  if (value->km == NULL || (value->published && value->suppressed))
    return NULL;
  steps = schakel_km_get_steps (value->km, &n_steps);
  times = g_new (double, MAX (1, schakel_km_get_n_events (value->km)));
  for (guint i = 0; i < n_steps; i++)
    for (guint e = 0; e < steps[i].n_event; e++)
      times[n++] = steps[i].time;
  *n_times = n;
  return times;
}
