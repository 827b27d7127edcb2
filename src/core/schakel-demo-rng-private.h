/* schakel-demo-rng-private.h — the demo generator's own random numbers.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* xoshiro256** seeded through splitmix64: the same seed and stream give
 * the same numbers on every run, unlike g_random, which may change
 * between GLib versions. */
typedef struct
{
  guint64 s[4];
} SchakelDemoRng;

void     _schakel_demo_rng_init        (SchakelDemoRng *rng,
                                        guint64         seed,
                                        guint64         stream);
guint64  _schakel_demo_rng_next        (SchakelDemoRng *rng);
double   _schakel_demo_rng_uniform     (SchakelDemoRng *rng);
guint    _schakel_demo_rng_below       (SchakelDemoRng *rng,
                                        guint           n);
int      _schakel_demo_rng_range       (SchakelDemoRng *rng,
                                        int             lo,
                                        int             hi);
gboolean _schakel_demo_rng_chance      (SchakelDemoRng *rng,
                                        double          p);
double   _schakel_demo_rng_normal      (SchakelDemoRng *rng);
double   _schakel_demo_rng_lognormal   (SchakelDemoRng *rng,
                                        double          median,
                                        double          sigma);
int      _schakel_demo_rng_days        (SchakelDemoRng *rng,
                                        double          median,
                                        double          sigma,
                                        int             minimum);
double   _schakel_demo_rng_exponential (SchakelDemoRng *rng,
                                        double          mean);
guint    _schakel_demo_rng_poisson     (SchakelDemoRng *rng,
                                        double          mean);
guint    _schakel_demo_rng_pick        (SchakelDemoRng *rng,
                                        const double   *weights,
                                        guint           n);

G_END_DECLS
