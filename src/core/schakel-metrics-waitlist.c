/* schakel-metrics-waitlist.c — open wait-list entries, the wait by
 * Kaplan–Meier and closures by a move (docs/metrics.md).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-metrics-private.h"

/**
 * _schakel_metrics_waitlist:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes waitlist_open, waitlist_wait and waitlist_moved_share.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_waitlist (SchakelMetricsContext  *ctx,
                           GError                **error)
{
  GArray *entries = _schakel_metrics_rows_entries (ctx, error);
  g_autoptr(GHashTable) minors = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(SchakelKm) km = schakel_km_new ();
  SchakelMetricValue *open_value = _schakel_metrics_want (ctx, "waitlist_open");
  SchakelMetricValue *value;
  /* Grouped by school type (schakel-metrics-series.c). */
  const char *school_type = ctx->options != NULL ? ctx->options->school_type : NULL;
  gint64 n_open = 0, n_closed = 0, n_moved = 0;

  if (entries == NULL)
    return FALSE;
  /* The entries registered by the date that were still open after the
   * window's start: the open ones, those registered in the window and
   * those closed in it. An end after the date counts as open on it. */
  for (guint i = 0; i < entries->len; i++)
    {
      const SchakelMetricsEntry *entry = &g_array_index (entries, SchakelMetricsEntry, i);
      SchakelDay registered = entry->registered, end = entry->end, birth = entry->birth, censor;
      const char *outcome = entry->outcome;
      gboolean open;

      if (registered > ctx->t || (end != SCHAKEL_DAY_NONE && end <= ctx->w) ||
          !_schakel_metrics_in_scope (ctx, entry->municipality) ||
          (school_type != NULL && g_strcmp0 (entry->school_type, school_type) != 0))
        continue;
      open = end == SCHAKEL_DAY_NONE || end > ctx->t;

      if (open)
        {
          n_open++;
          _schakel_metrics_count_behind (ctx, "waitlist_open", entry->minor_id);
          if (open_value != NULL)
            _schakel_metrics_add_part (open_value, entry->school_type, 1);
        }
      else if (end > ctx->w)
        {
          n_closed++;
          n_moved += g_strcmp0 (outcome, "verhuisd") == 0;
        }

      if (registered <= ctx->w)
        continue;

      /* The wait: registered in the window; placed at that school is the
       * event; any other outcome, the date, or the day before the 18th
       * birthday censors. An entry made at 18 or later is no child's wait. */
      censor = open ? ctx->t : end;
      if (birth != SCHAKEL_DAY_NONE)
        {
          SchakelDay adult = schakel_day_add_years (birth, ctx->age_max_years);

          if (registered >= adult)
            continue;
          censor = MIN (censor, adult - 1);
        }
      g_hash_table_add (minors, (gpointer) (gintptr) entry->minor_id);
      if (!open && g_strcmp0 (outcome, "geplaatst") == 0 && end <= censor)
        _schakel_metrics_km_add (ctx, km, "waitlist_wait", entry->minor_id, (guint) (end - registered),
                                 TRUE);
      else
        _schakel_metrics_km_add (ctx, km, "waitlist_wait", entry->minor_id,
                                 (guint) (censor - registered), FALSE);
    }

  if (open_value != NULL)
    _schakel_metrics_set_count (open_value, n_open, n_open);
  if ((value = _schakel_metrics_want (ctx, "waitlist_moved_share")) != NULL)
    _schakel_metrics_set_share (value, n_moved, n_closed);
  if ((value = _schakel_metrics_want (ctx, "waitlist_wait")) != NULL)
    _schakel_metrics_set_km (value, g_steal_pointer (&km), g_hash_table_size (minors));
  return TRUE;
}
