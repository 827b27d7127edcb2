/* schakel-metrics-school.c — time to school after a placement, by
 * Kaplan–Meier (docs/metrics.md, time_to_school).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-metrics-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

/* Whether the minor was already at a school in @municipality when a
 * placement started on @start: an enrolment started before and still
 * running. */
static gboolean
at_school_in (const SchakelMetricsData      *data,
              const SchakelMetricsEnrolment *e,
              const SchakelMetricsEnrolment *e_end,
              const char                    *municipality,
              SchakelDay                     start)
{
  for (; e < e_end && e->start < start; e++)
    if ((e->end == SCHAKEL_DAY_NONE || e->end >= start) &&
        g_hash_table_lookup (data->school_municipality, (gpointer) (gintptr) e->school_id) == municipality)
      return TRUE;
  return FALSE;
}

/**
 * _schakel_metrics_time_to_school:
 * @ctx: the context
 * @error: return location for an error
 *
 * Time 0 is the placement's start; the event is the first enrolment's
 * start; an episode is censored at the placement's end, the day before the
 * 18th birthday or the date, whichever comes first.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_time_to_school (SchakelMetricsContext  *ctx,
                                 GError                **error)
{
  const SchakelMetricsData *data = _schakel_metrics_data (ctx, error);
  g_autoptr(GHashTable) minors = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(SchakelKm) km = schakel_km_new ();
  g_autofree char *norm = NULL;
  SchakelMetricValue *value;
  const SchakelMetricsPlacement *p, *p_end;
  const SchakelMetricsEnrolment *e, *e_end;

  if (data == NULL)
    return FALSE;

  p = (const SchakelMetricsPlacement *) (gpointer) data->placements->data;
  p_end = p + data->placements->len;
  e = (const SchakelMetricsEnrolment *) (gpointer) data->enrolments->data;
  e_end = e + data->enrolments->len;

  /* Placements in the scope that started in the window, of a minor of
   * school age on the start day who was not already at a school in that
   * municipality, with the first enrolment that started on or after the
   * placement's start. */
  for (; p < p_end; p++)
    {
      const SchakelMetricsEnrolment *f, *g;
      SchakelDay birth, adult, school = SCHAKEL_DAY_NONE, censor;

      if (p->start <= ctx->w || p->start > ctx->t ||
          !g_hash_table_contains (data->locations_in_scope, (gpointer) (gintptr) p->location_id) ||
          (birth = _schakel_metrics_data_birth (data, p->minor_id)) == SCHAKEL_DAY_NONE ||
          schakel_day_add_years (birth, ctx->age_min_years) > p->start ||
          (adult = schakel_day_add_years (birth, ctx->age_max_years)) <= p->start)
        continue;

      while (e < e_end && e->minor_id < p->minor_id)
        e++;
      for (f = e; f < e_end && f->minor_id == p->minor_id; f++)
        ;
      if (at_school_in (data, e, f,
                        g_hash_table_lookup (data->location_municipality, (gpointer) (gintptr) p->location_id),
                        p->start))
        continue;
      for (g = e; g < f; g++)
        if (g->start >= p->start && g->start <= ctx->t)
          {
            school = g->start;
            break;
          }

      censor = MIN (ctx->t, adult - 1);
      if (p->end != SCHAKEL_DAY_NONE)
        censor = MIN (censor, p->end);

      g_hash_table_add (minors, (gpointer) (gintptr) p->minor_id);
      if (school != SCHAKEL_DAY_NONE && school <= censor)
        _schakel_metrics_km_add (ctx, km, "time_to_school", p->minor_id, (guint) (school - p->start), TRUE);
      else
        _schakel_metrics_km_add (ctx, km, "time_to_school", p->minor_id, (guint) (censor - p->start), FALSE);
    }

  value = _schakel_metrics_want (ctx, "time_to_school");
  _schakel_metrics_set_km (value, g_steal_pointer (&km), g_hash_table_size (minors));
  norm = schakel_sqlite_query_text (ctx->handle,
                                    "SELECT code FROM norm WHERE kind = 'school_access'"
                                    " AND start_event = 'placement_start' ORDER BY code LIMIT 1",
                                    error);
  if (norm != NULL)
    _schakel_metrics_add_norm (value, norm);
  return error == NULL || *error == NULL;
}
