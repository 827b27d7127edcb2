/* schakel-metrics-behind.c — the minors behind a point of a chart.
 *
 * A figure and its minors come from one computation: the families hand
 * each record they count to _schakel_metrics_count_behind() or, for a
 * Kaplan–Meier observation, _schakel_metrics_km_add(), at the very line
 * where the figure grows. Asking for the minors runs that computation for
 * the chart's group, date and window, and picks from its records.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-metrics-private.h"

/* The Kaplan–Meier figures whose observations are collected. */
static const char * const km_ids[] = { "waitlist_wait", "time_to_school", "school_gap_median", NULL };

/**
 * schakel_metrics_behind_supported:
 * @id: a metric id
 * @selection: which records
 *
 * Returns: %TRUE when schakel_metrics_group_minors_behind() can list the
 *   minors behind @id that way: counted records of the metrics of
 *   schakel_metric_lists_minors() and of `moves_per_child_year` (its
 *   moves); events and observations at risk of `waitlist_wait`,
 *   `time_to_school` and `school_gap_median`
 */
gboolean
schakel_metrics_behind_supported (const char                    *id,
                                  SchakelMetricsBehindSelection  selection)
{
  g_return_val_if_fail (id != NULL, FALSE);

  switch (selection)
    {
    case SCHAKEL_METRICS_BEHIND_COUNTED:
      return schakel_metric_lists_minors (id) || g_str_equal (id, "moves_per_child_year");
    case SCHAKEL_METRICS_BEHIND_EVENTS:
    case SCHAKEL_METRICS_BEHIND_AT_RISK:
      return g_strv_contains (km_ids, id);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * _schakel_metrics_km_add:
 * @ctx: the context
 * @km: the curve of @id
 * @id: the Kaplan–Meier metric
 * @minor_id: the minor observed
 * @time: the days observed
 * @event: whether the observation ended in the event
 *
 * schakel_km_add(), and the observation for the list behind @id when
 * that list is asked for: one call, so the curve and the list agree.
 */
void
_schakel_metrics_km_add (SchakelMetricsContext *ctx,
                         SchakelKm             *km,
                         const char            *id,
                         gint64                 minor_id,
                         guint                  time,
                         gboolean               event)
{
  schakel_km_add (km, time, event);
  if (ctx->behind_id != NULL && g_str_equal (ctx->behind_id, id))
    {
      SchakelMetricsBehind record = { minor_id, time, event };

      g_array_append_val (ctx->behind, record);
    }
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/**
 * _schakel_metrics_behind_select:
 * @records: (element-type SchakelMetricsBehind): collected records
 * @selection: which of them
 * @time: for %SCHAKEL_METRICS_BEHIND_AT_RISK, the time
 *
 * Returns: (transfer full) (element-type gint64): the minors of the
 *   records selected, each once, ascending
 */
GArray *
_schakel_metrics_behind_select (GArray                        *records,
                                SchakelMetricsBehindSelection  selection,
                                guint                          time)
{
  GArray *minors = g_array_sized_new (FALSE, FALSE, sizeof (gint64), records->len);
  guint n_unique = 0;

  for (guint i = 0; i < records->len; i++)
    {
      const SchakelMetricsBehind *r = &g_array_index (records, SchakelMetricsBehind, i);

      /* At risk at a time: observed that long or longer, events at that
       * time included (the Kaplan–Meier convention, schakel-km.c). */
      if ((selection == SCHAKEL_METRICS_BEHIND_EVENTS && !r->event) ||
          (selection == SCHAKEL_METRICS_BEHIND_AT_RISK && r->time < time))
        continue;
      g_array_append_val (minors, r->minor_id);
    }
  g_array_sort (minors, compare_ids);
  for (guint i = 0; i < minors->len; i++)
    if (n_unique == 0 || g_array_index (minors, gint64, i) != g_array_index (minors, gint64, n_unique - 1))
      g_array_index (minors, gint64, n_unique++) = g_array_index (minors, gint64, i);
  g_array_set_size (minors, n_unique);
  return minors;
}

/**
 * schakel_metrics_group_minors_behind:
 * @db: a database, preferably a read-only connection
 * @scope: the scope of the chart
 * @request: the point: metric, group, date, window and selection
 * @value: (out) (optional) (transfer full): the figure, from the same
 *   computation (not published)
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Lists the minors behind one point of a chart made with
 * schakel_metrics_compute_groups(): the figure of the group at the date is
 * computed again, exactly as there, and the records it counts are
 * collected on the way (docs/metrics.md, "The minors behind a chart").
 * A minor with several records is listed once, so the list can be
 * shorter than the count of records.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the minors'
 *   database ids, ascending
 */
GArray *
schakel_metrics_group_minors_behind (SchakelDatabase                    *db,
                                     const SchakelScope                 *scope,
                                     const SchakelMetricsBehindRequest  *request,
                                     SchakelMetricValue                **value,
                                     GCancellable                       *cancellable,
                                     GError                            **error)
{
  g_autoptr(GArray) records = g_array_new (FALSE, FALSE, sizeof (SchakelMetricsBehind));
  g_autoptr(SchakelMetricsSeries) series = NULL;
  const char *ids[] = { request != NULL ? request->id : NULL, NULL };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (request != NULL && request->id != NULL, NULL);

  if (!schakel_metrics_behind_supported (request->id, request->selection))
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("The minors behind “%s” cannot be listed"), request->id);
      return NULL;
    }
  series = _schakel_metrics_compute_group (db, scope, request->group_by, request->group, ids, request->date,
                                           request->window_start, request->id, records, cancellable, error);
  if (series == NULL)
    return NULL;
  if (value != NULL)
    *value = g_ptr_array_steal_index (g_ptr_array_index (series->values, 0), 0);
  return _schakel_metrics_behind_select (records, request->selection, request->time);
}
