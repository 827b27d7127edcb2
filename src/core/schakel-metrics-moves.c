/* schakel-metrics-moves.c — moves per child-year and the school gap after
 * a move (docs/metrics.md).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <stdlib.h>

#include "schakel-metrics-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

/* A move counted for the figures: the placement moved into, for keeping
 * the order in which the reasons are first seen that of the start-date
 * index the query used before (start, end with open ones first, id). */
typedef struct
{
  SchakelDay  day;
  SchakelDay  end;
  gint64      id;
  const char *reason;
} Move;

static int
compare_moves (const void *a,
               const void *b)
{
  const Move *m = a, *n = b;

  if (m->day != n->day)
    return m->day < n->day ? -1 : 1;
  if (m->end != n->end)
    return m->end < n->end ? -1 : 1;
  return (m->id > n->id) - (m->id < n->id);
}

/* The gap after a move on @day of a minor with the enrolments @e..@e_end:
 * adds it to @km and the share's counts. Not enrolled the day before the
 * move: no gap. */
static void
add_gap (SchakelMetricsContext         *ctx,
         const SchakelMetricsEnrolment *e,
         const SchakelMetricsEnrolment *e_end,
         SchakelDay                     day,
         SchakelDay                     adult,
         SchakelDay                     left,
         gint64                         minor_id,
         GHashTable                    *gap_minors,
         SchakelKm                     *km,
         gint64                        *known_gaps,
         gint64                        *long_gaps)
{
  const SchakelMetricsEnrolment *f;
  gboolean enrolled = FALSE, still = FALSE;
  SchakelDay before_end = SCHAKEL_DAY_NONE, next = SCHAKEL_DAY_NONE, censor;

  /* The latest end among the enrolments running the day before the move. */
  for (f = e; f < e_end && f->start < day; f++)
    {
      if (f->end == SCHAKEL_DAY_NONE)
        enrolled = still = TRUE;
      else if (f->end >= day - 1)
        {
          enrolled = TRUE;
          before_end = before_end == SCHAKEL_DAY_NONE ? f->end : MAX (before_end, f->end);
        }
    }
  if (!enrolled)
    return;

  g_hash_table_add (gap_minors, (gpointer) (gintptr) minor_id);
  if (still || before_end >= day)
    {
      /* Still enrolled on the day of the move: no gap. */
      _schakel_metrics_km_add (ctx, km, "school_gap_median", minor_id, 0, TRUE);
      (*known_gaps)++;
      return;
    }

  /* The first enrolment that started after that one ended, by the date. */
  for (f = e; f < e_end; f++)
    if (f->start > before_end && f->start <= ctx->t)
      {
        next = f->start;
        break;
      }
  censor = MIN (ctx->t, adult - 1);
  censor = MIN (censor, left);

  if (next != SCHAKEL_DAY_NONE && next <= censor)
    {
      _schakel_metrics_km_add (ctx, km, "school_gap_median", minor_id, (guint) (next - before_end), TRUE);
      (*known_gaps)++;
      *long_gaps += next - before_end > ctx->gap_days;
    }
  else
    {
      _schakel_metrics_km_add (ctx, km, "school_gap_median", minor_id, (guint) (censor - before_end), FALSE);
      /* An open gap already longer than the limit is known to be long;
       * a shorter open one is not known either way. */
      if (censor - before_end > ctx->gap_days)
        {
          (*known_gaps)++;
          (*long_gaps)++;
        }
    }
}

/**
 * _schakel_metrics_moves:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes moves_per_child_year, school_gap_share and school_gap_median.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_moves (SchakelMetricsContext  *ctx,
                        GError                **error)
{
  const SchakelMetricsData *data = _schakel_metrics_data (ctx, error);
  g_autoptr(GHashTable) gap_minors = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (Move));
  g_autoptr(SchakelKm) km = schakel_km_new ();
  SchakelMetricValue *rate = _schakel_metrics_want (ctx, "moves_per_child_year");
  GArray *recorded = ctx->options != NULL ? ctx->options->moves : NULL;
  SchakelMetricValue *value;
  gint64 long_gaps = 0, known_gaps = 0, n_minors = 0, days = 0;
  const SchakelMetricsPlacement *p, *p_end;
  const SchakelMetricsEnrolment *e, *e_end;

  if (data == NULL)
    return FALSE;

  p = (const SchakelMetricsPlacement *) (gpointer) data->placements->data;
  p_end = p + data->placements->len;
  e = (const SchakelMetricsEnrolment *) (gpointer) data->enrolments->data;
  e_end = e + data->enrolments->len;

  /* One minor at a time: its placements p..q, its enrolments e..f. */
  while (p < p_end)
    {
      const SchakelMetricsPlacement *q, *r;
      const SchakelMetricsEnrolment *f;
      gint64 minor_id = p->minor_id;
      SchakelDay birth = _schakel_metrics_data_birth (data, minor_id);
      SchakelDay school_age, adult, left = SCHAKEL_DAY_NONE;
      gboolean exposed = FALSE;
      guint first_recorded = recorded != NULL ? recorded->len : 0;

      for (q = p; q < p_end && q->minor_id == minor_id; q++)
        left = MAX (left, q->end == SCHAKEL_DAY_NONE ? ctx->t : q->end);
      while (e < e_end && e->minor_id < minor_id)
        e++;
      for (f = e; f < e_end && f->minor_id == minor_id; f++)
        ;
      if (birth == SCHAKEL_DAY_NONE)
        {
          p = q;
          continue;
        }
      school_age = schakel_day_add_years (birth, ctx->age_min_years);
      adult = schakel_day_add_years (birth, ctx->age_max_years);

      for (r = p; r < q; r++)
        {
          SchakelDay a, b;

          /* Exposure: school-age days in the scope within the moves window. */
          if (r->start <= ctx->t && (r->end == SCHAKEL_DAY_NONE || r->end > ctx->mw) &&
              g_hash_table_contains (data->locations_in_scope, (gpointer) (gintptr) r->location_id))
            {
              a = MAX (MAX (r->start, ctx->mw + 1), school_age);
              b = MIN (MIN (r->end == SCHAKEL_DAY_NONE ? ctx->t : r->end, ctx->t), adult - 1);
              if (b >= a)
                {
                  days += b - a + 1;
                  exposed = TRUE;
                }
            }

          /* A move: a placement in the moves window whose previous one
           * was at another location, in the scope; of school age. */
          if (r == p || r->start <= ctx->mw || r->start > ctx->t ||
              r[-1].location_id == r->location_id ||
              !g_hash_table_contains (data->locations_in_scope, (gpointer) (gintptr) r[-1].location_id) ||
              school_age > r->start || adult <= r->start)
            continue;

          {
            Move move = { r->start, r->end, r->id, r->reason };

            g_array_append_val (moves, move);
            _schakel_metrics_count_behind (ctx, "moves_per_child_year", minor_id);
          }
          if (recorded != NULL)
            {
              SchakelMetricsMove move = { minor_id, r[-1].location_id, r->location_id, r->start, FALSE };

              g_array_append_val (recorded, move);
            }
          add_gap (ctx, e, f, r->start, adult, left, minor_id, gap_minors, km, &known_gaps, &long_gaps);
        }
      n_minors += exposed;
      if (exposed && ctx->options != NULL && ctx->options->exposed != NULL)
        g_array_append_val (ctx->options->exposed, minor_id);
      for (guint i = first_recorded; recorded != NULL && i < recorded->len; i++)
        g_array_index (recorded, SchakelMetricsMove, i).exposed = exposed;
      p = q;
      e = f;
    }

  if (rate != NULL)
    {
      if (moves->len > 1)
        qsort (moves->data, moves->len, sizeof (Move), compare_moves);
      for (guint i = 0; i < moves->len; i++)
        {
          const char *reason = g_array_index (moves, Move, i).reason;

          _schakel_metrics_add_part (rate, reason != NULL ? reason : "onbekend", 1);
        }
      rate->numerator = moves->len;
      rate->n = n_minors;
      rate->exposure = (double) days / 365.25;
      rate->value = days > 0 ? moves->len / ((double) days / 365.25) : NAN;
    }
  if ((value = _schakel_metrics_want (ctx, "school_gap_share")) != NULL)
    _schakel_metrics_set_share (value, long_gaps, known_gaps);
  if ((value = _schakel_metrics_want (ctx, "school_gap_median")) != NULL)
    _schakel_metrics_set_km (value, g_steal_pointer (&km), g_hash_table_size (gap_minors));
  return TRUE;
}
