/* schakel-km.h — Kaplan–Meier estimates with right censoring.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* Longest time a curve takes, in days: far beyond any stay. */
#define SCHAKEL_KM_MAX_TIME 100000u

/**
 * SchakelKmStep:
 * @time: the time, in days
 * @n_risk: observations still at risk just before @time
 * @n_event: events at @time
 * @n_censor: observations censored at @time (they count as at risk at @time)
 * @surv: the estimate S(@time)
 * @std_err: Greenwood standard error of log S(@time)
 * @lower: lower bound of the 95 % log-transformed interval; NAN when S = 0
 * @upper: upper bound, at most 1; NAN when S = 0
 */
typedef struct
{
  guint  time;
  guint  n_risk;
  guint  n_event;
  guint  n_censor;
  double surv;
  double std_err;
  double lower;
  double upper;
} SchakelKmStep;

/**
 * SchakelKmQuantile:
 * @value: the quantile, in days; NAN when the curve never gets there
 * @lower: lower end of its 95 % interval; NAN when not reached
 * @upper: upper end of its 95 % interval; NAN when not reached
 */
typedef struct
{
  double value;
  double lower;
  double upper;
} SchakelKmQuantile;

typedef struct _SchakelKm SchakelKm;

SchakelKm           *schakel_km_new            (void);
void                 schakel_km_free           (SchakelKm          *self);
void                 schakel_km_add            (SchakelKm          *self,
                                                guint               time,
                                                gboolean            event);
guint                schakel_km_get_n          (SchakelKm          *self);
guint                schakel_km_get_n_events   (SchakelKm          *self);
const SchakelKmStep *schakel_km_get_steps      (SchakelKm          *self,
                                                guint              *n_steps);
void                 schakel_km_quantile       (SchakelKm          *self,
                                                double              p,
                                                SchakelKmQuantile  *out);
guint                schakel_km_get_max_time   (SchakelKm          *self);
void                 schakel_km_get_counts     (SchakelKm          *self,
                                                guint               time,
                                                guint              *n_event,
                                                guint              *n_censor);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelKm, schakel_km_free)

G_END_DECLS
