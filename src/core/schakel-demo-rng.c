/* schakel-demo-rng.c — the demo generator's own random numbers.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * splitmix64 and xoshiro256** are public-domain algorithms by Sebastiano
 * Vigna and David Blackman, written out again here. Everything derived
 * from them uses only basic arithmetic and log/exp/sqrt/cos, so one build
 * always produces the same data for the same seed.
 */

#include "config.h"

#include <math.h>

#include "schakel-demo-rng-private.h"

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

static guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* Seeds one independent stream: each minor gets the stream of its index,
 * so a minor's data does not depend on how many numbers others drew. */
void
_schakel_demo_rng_init (SchakelDemoRng *rng,
                        guint64         seed,
                        guint64         stream)
{
  guint64 state = seed ^ (stream * G_GUINT64_CONSTANT (0xD1B54A32D192ED03));

  /* Two rounds so that neighbouring streams share no seeding state. */
  state = splitmix64 (&state) ^ stream;
  for (guint i = 0; i < 4; i++)
    rng->s[i] = splitmix64 (&state);
}

guint64
_schakel_demo_rng_next (SchakelDemoRng *rng)
{
  guint64 *s = rng->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);
  return result;
}

/* In [0, 1), with 53 random bits. */
double
_schakel_demo_rng_uniform (SchakelDemoRng *rng)
{
  return (double) (_schakel_demo_rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

/* In [0, n), without modulo bias (Lemire's method). */
guint
_schakel_demo_rng_below (SchakelDemoRng *rng,
                         guint           n)
{
  guint64 m;
  guint32 low;

  g_assert (n > 0);

  m = (guint64) (guint32) (_schakel_demo_rng_next (rng) >> 32) * n;
  low = (guint32) m;
  if (low < n)
    {
      guint32 threshold = (guint32) (-n) % n;

      while (low < threshold)
        {
          m = (guint64) (guint32) (_schakel_demo_rng_next (rng) >> 32) * n;
          low = (guint32) m;
        }
    }
  return (guint) (m >> 32);
}

/* In [lo, hi], both included. */
int
_schakel_demo_rng_range (SchakelDemoRng *rng,
                         int             lo,
                         int             hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) _schakel_demo_rng_below (rng, (guint) (hi - lo + 1));
}

gboolean
_schakel_demo_rng_chance (SchakelDemoRng *rng,
                          double          p)
{
  return _schakel_demo_rng_uniform (rng) < p;
}

/* Standard normal by Box–Muller; the second value is dropped so that the
 * generator carries no hidden state besides its four words. */
double
_schakel_demo_rng_normal (SchakelDemoRng *rng)
{
  double u = 1.0 - _schakel_demo_rng_uniform (rng); /* (0, 1] */
  double v = _schakel_demo_rng_uniform (rng);

  return sqrt (-2.0 * log (u)) * cos (2.0 * G_PI * v);
}

/* Durations: half the values lie below @median; @sigma sets the tail. */
double
_schakel_demo_rng_lognormal (SchakelDemoRng *rng,
                             double          median,
                             double          sigma)
{
  return median * exp (sigma * _schakel_demo_rng_normal (rng));
}

double
_schakel_demo_rng_exponential (SchakelDemoRng *rng,
                               double          mean)
{
  return -mean * log (1.0 - _schakel_demo_rng_uniform (rng));
}

/* A whole number of days, at least @minimum, lognormally around @median. */
int
_schakel_demo_rng_days (SchakelDemoRng *rng,
                        double          median,
                        double          sigma,
                        int             minimum)
{
  double days = _schakel_demo_rng_lognormal (rng, median, sigma);

  return days < minimum ? minimum : days > 100000 ? 100000 : (int) days;
}

/* Knuth's multiplication method; the means used here are small. */
guint
_schakel_demo_rng_poisson (SchakelDemoRng *rng,
                           double          mean)
{
  double limit = exp (-mean);
  double p = _schakel_demo_rng_uniform (rng);
  guint k = 0;

  while (p > limit && k < 64)
    {
      p *= _schakel_demo_rng_uniform (rng);
      k++;
    }
  return k;
}

/* An index in [0, n) with probability proportional to @weights. */
guint
_schakel_demo_rng_pick (SchakelDemoRng *rng,
                        const double   *weights,
                        guint           n)
{
  double total = 0.0, x;

  g_assert (n > 0);

  for (guint i = 0; i < n; i++)
    total += weights[i];
  x = _schakel_demo_rng_uniform (rng) * total;
  for (guint i = 0; i < n; i++)
    {
      if (x < weights[i])
        return i;
      x -= weights[i];
    }
  return n - 1;
}
