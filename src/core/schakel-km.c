/* schakel-km.c — Kaplan–Meier estimates, their intervals and quantiles,
 * following the conventions of R's survival package (survfit with
 * conf.type = "log", quantile.survfit).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times are whole days, so observations are kept as counts per day: no
 * sorting, and memory grows with the longest time, not with the number of
 * observations.
 */

#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "schakel-km.h"

/* qnorm (0.975) */
#define Z_95 1.959963984540054

typedef struct
{
  guint events;
  guint censored;
} DayCounts;

struct _SchakelKm
{
  GArray   *days;     /* DayCounts, indexed by time */
  guint     n;
  guint     n_events;
  GArray   *steps;    /* SchakelKmStep; NULL until asked for */
};

/**
 * schakel_km_new:
 *
 * Returns: (transfer full): an estimator without observations
 */
SchakelKm *
schakel_km_new (void)
{
  SchakelKm *self = g_new0 (SchakelKm, 1);

  self->days = g_array_new (FALSE, TRUE, sizeof (DayCounts));
  return self;
}

/**
 * schakel_km_free:
 * @self: (nullable): an estimator
 *
 * Frees @self.
 */
void
schakel_km_free (SchakelKm *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->days);
  g_clear_pointer (&self->steps, g_array_unref);
  g_free (self);
}

/**
 * schakel_km_add:
 * @self: an estimator
 * @time: days from time 0 to the event or the censoring
 * @event: %TRUE for an event, %FALSE for a censored observation
 *
 * Adds one observation.
 */
void
schakel_km_add (SchakelKm *self,
                guint      time,
                gboolean   event)
{
  DayCounts *counts;

  g_return_if_fail (self != NULL);
  g_return_if_fail (time <= SCHAKEL_KM_MAX_TIME);

  if (time >= self->days->len)
    g_array_set_size (self->days, time + 1);
  counts = &g_array_index (self->days, DayCounts, time);
  if (event)
    {
      counts->events++;
      self->n_events++;
    }
  else
    counts->censored++;
  self->n++;
  g_clear_pointer (&self->steps, g_array_unref);
}

/**
 * schakel_km_get_n:
 * @self: an estimator
 *
 * Returns: the number of observations
 */
guint
schakel_km_get_n (SchakelKm *self)
{
  return self->n;
}

/**
 * schakel_km_get_n_events:
 * @self: an estimator
 *
 * Returns: the number of events
 */
guint
schakel_km_get_n_events (SchakelKm *self)
{
  return self->n_events;
}

/**
 * schakel_km_get_max_time:
 * @self: an estimator
 *
 * Returns: the longest time observed, 0 without observations
 */
guint
schakel_km_get_max_time (SchakelKm *self)
{
  return self->days->len > 0 ? self->days->len - 1 : 0;
}

/**
 * schakel_km_get_counts:
 * @self: an estimator
 * @time: a time
 * @n_event: (out): events at @time
 * @n_censor: (out): censored observations at @time
 *
 * Gives the observations at one time, so that they can be written out.
 */
void
schakel_km_get_counts (SchakelKm *self,
                       guint      time,
                       guint     *n_event,
                       guint     *n_censor)
{
  if (time < self->days->len)
    {
      const DayCounts *counts = &g_array_index (self->days, DayCounts, time);

      *n_event = counts->events;
      *n_censor = counts->censored;
    }
  else
    *n_event = *n_censor = 0;
}

/* One step per time with an observation. Censored observations count as
 * at risk at their own time, so events come first on a tie (R's rule).
 * The Greenwood sum d / (n (n − d)) is the variance of log S; the interval
 * is exp (log S ± z·se), the upper end capped at 1, undefined where S = 0. */
static void
compute_steps (SchakelKm *self)
{
  guint at_risk = self->n;
  double surv = 1.0;
  double greenwood = 0.0;

  self->steps = g_array_new (FALSE, FALSE, sizeof (SchakelKmStep));
  for (guint t = 0; t < self->days->len; t++)
    {
      const DayCounts *counts = &g_array_index (self->days, DayCounts, t);
      SchakelKmStep step = { t, at_risk, counts->events, counts->censored, 0, 0, NAN, NAN };

      if (counts->events == 0 && counts->censored == 0)
        continue;

      if (counts->events > 0)
        {
          surv *= 1.0 - (double) counts->events / at_risk;
          if (counts->events < at_risk)
            greenwood += (double) counts->events / ((double) at_risk * (at_risk - counts->events));
          else
            {
              surv = 0.0;
              greenwood = INFINITY;
            }
        }

      step.surv = surv;
      step.std_err = sqrt (greenwood);
      if (surv > 0.0)
        {
          step.lower = exp (log (surv) - Z_95 * step.std_err);
          step.upper = MIN (1.0, exp (log (surv) + Z_95 * step.std_err));
        }
      g_array_append_val (self->steps, step);
      at_risk -= counts->events + counts->censored;
    }
}

/**
 * schakel_km_get_steps:
 * @self: an estimator
 * @n_steps: (out): the number of steps
 *
 * Returns: (transfer none) (array length=n_steps): the curve, one step per
 *   time with an event or a censoring, in time order; valid until the next
 *   schakel_km_add()
 */
const SchakelKmStep *
schakel_km_get_steps (SchakelKm *self,
                      guint     *n_steps)
{
  g_return_val_if_fail (self != NULL, NULL);

  if (self->steps == NULL)
    compute_steps (self);
  *n_steps = self->steps->len;
  return (const SchakelKmStep *) (gpointer) self->steps->data;
}

typedef enum
{
  BAND_SURV,
  BAND_LOWER,
  BAND_UPPER,
} Band;

static double
band_value (const SchakelKmStep *step,
            Band                 band)
{
  switch (band)
    {
    case BAND_SURV:
      return step->surv;
    case BAND_LOWER:
      return step->lower;
    case BAND_UPPER:
      return step->upper;
    default:
      g_return_val_if_reached (NAN);
    }
}

/* The time where the distribution function F = 1 − band reaches @p, by
 * the rule of R's quantile.survfit: of the points (0, 0), (time, F) with
 * F defined and not seen before, take the one with the smallest F ≥ p,
 * within a tolerance. When F equals p on a flat stretch, the answer is
 * the midpoint between the start of the stretch and the next point; when
 * the flat stretch is the end of the curve, the midpoint between its start
 * and the last time observed. NAN when F never reaches p. */
static double
band_quantile (const SchakelKmStep *steps,
               guint                n_steps,
               Band                 band,
               double               p)
{
  const double tol = sqrt (DBL_EPSILON);
  g_autoptr(GArray) xs = g_array_sized_new (FALSE, FALSE, sizeof (double), n_steps + 1);
  g_autoptr(GArray) ys = g_array_sized_new (FALSE, FALSE, sizeof (double), n_steps + 1);
  double x_max = n_steps > 0 ? steps[n_steps - 1].time : 0.0;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  double zero = 0.0, y_max = -INFINITY, y_last;
  gboolean seen_nan = FALSE;
  int i1 = -1, i2 = -1;

  g_array_append_val (xs, zero);
  g_array_append_val (ys, zero);
  {
    gint64 bits;

    memcpy (&bits, &zero, sizeof bits);
    g_hash_table_add (seen, g_memdup2 (&bits, sizeof bits));
  }
  for (guint i = 0; i < n_steps; i++)
    {
      double x = steps[i].time;
      double y = 1.0 - band_value (&steps[i], band);
      gboolean duplicate = FALSE;

      if (isnan (y))
        {
          duplicate = seen_nan;
          seen_nan = TRUE;
        }
      else
        {
          gint64 bits;

          y += 0.0; /* −0 and +0 are the same value */
          memcpy (&bits, &y, sizeof bits);
          duplicate = !g_hash_table_add (seen, g_memdup2 (&bits, sizeof bits));
        }
      if (duplicate)
        continue;
      g_array_append_val (xs, x);
      g_array_append_val (ys, y);
    }

  for (guint j = 0; j < ys->len; j++)
    {
      double y = g_array_index (ys, double, j);

      if (isnan (y))
        continue;
      y_max = MAX (y_max, y);
      if (y >= p - tol && (i1 < 0 || y < g_array_index (ys, double, i1)))
        i1 = (int) j;
      if (y >= p + tol && (i2 < 0 || y < g_array_index (ys, double, i2)))
        i2 = (int) j;
    }

  if (y_max < p || i1 < 0)
    return NAN;
  if (p == 0.0)
    return 0.0;

  y_last = g_array_index (ys, double, ys->len - 1);
  if (!isnan (y_last) && fabs (p - y_last) < tol)
    return (g_array_index (xs, double, i1) + x_max) / 2.0;
  if (i2 < 0)
    return NAN;
  return (g_array_index (xs, double, i1) + g_array_index (xs, double, i2)) / 2.0;
}

/**
 * schakel_km_quantile:
 * @self: an estimator
 * @p: the fraction that has had the event, e.g. 0.5 for the median
 * @out: (out caller-allocates): the quantile and its 95 % interval
 *
 * Finds the time by which a fraction @p has had the event: the first time
 * the curve drops below 1 − @p, or, where it stays exactly at 1 − @p for a
 * while, the middle of that stretch (R's rule). The interval is where the
 * confidence bands reach 1 − @p (Brookmeyer–Crowley). Values are NAN when
 * not reached.
 */
void
schakel_km_quantile (SchakelKm         *self,
                     double             p,
                     SchakelKmQuantile *out)
{
  const SchakelKmStep *steps;
  guint n_steps;

  g_return_if_fail (self != NULL);
  g_return_if_fail (p >= 0.0 && p <= 1.0);

  steps = schakel_km_get_steps (self, &n_steps);
  out->value = band_quantile (steps, n_steps, BAND_SURV, p);
  /* A lower survival band crosses first, so it gives the lower end. */
  out->lower = band_quantile (steps, n_steps, BAND_LOWER, p);
  out->upper = band_quantile (steps, n_steps, BAND_UPPER, p);
}
