/* schakel-scale.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers get ticks at 1, 2 or 5 times a power of ten, and the axis ends
 * on a tick so that no bar runs off the scale. Dates get ticks on calendar
 * boundaries — days, Mondays, the first of a month, quarter or year —
 * because "1 mrt" reads better than the 17th day after some start; the
 * date axis keeps the data's own range, since the period is what the
 * title states.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "schakel-scale.h"

/* Few enough ticks never to collide, even if a caller asks for silly counts. */
#define MAX_TICKS 64

void
schakel_ticks_clear (SchakelTicks *ticks)
{
  g_clear_pointer (&ticks->values, g_free);
  if (ticks->labels != NULL)
    for (guint i = 0; i < ticks->n; i++)
      g_free (ticks->labels[i]);
  g_clear_pointer (&ticks->labels, g_free);
  ticks->n = 0;
}

static void
ticks_alloc (SchakelTicks *ticks,
             guint         n)
{
  ticks->n = n;
  ticks->values = g_new0 (double, n);
  ticks->labels = g_new0 (char *, n);
}

static int
digits_for_step (double step)
{
  /* A step of 0.25 needs two decimals, 2.5 one, 5 none. */
  for (int d = 0; d < 9; d++)
    {
      double scaled = step * pow (10, d);

      if (fabs (scaled - round (scaled)) < 1e-6 * scaled)
        return d;
    }
  return 9;
}

static char *
format_with_digits (SchakelValueFormat format,
                    double             value,
                    int                digits)
{
  switch (format)
    {
    case SCHAKEL_VALUE_PERCENT:
      return schakel_format_percent (value, digits);
    case SCHAKEL_VALUE_DECIMAL:
      return schakel_format_decimal (value, digits);
    case SCHAKEL_VALUE_COUNT:
    case SCHAKEL_VALUE_DAYS:
    default:
      if (digits == 0 && fabs (value) < 9e18)
        return schakel_format_count ((gint64) round (value));
      return schakel_format_decimal (value, digits);
    }
}

/**
 * schakel_value_format:
 * @format: how the value is meant
 * @value: the value
 *
 * Returns: (transfer full): @value in the user's locale, with as many
 *   decimals as it needs (at most one for shares and two for decimals)
 */
char *
schakel_value_format (SchakelValueFormat format,
                      double             value)
{
  int digits;

  if (!isfinite (value))
    return g_strdup ("—");
  switch (format)
    {
    case SCHAKEL_VALUE_PERCENT:
      digits = fabs (value * 100 - round (value * 100)) < 0.05 ? 0 : 1;
      break;
    case SCHAKEL_VALUE_DECIMAL:
      digits = MIN (2, digits_for_step (fabs (value) > 0 ? fabs (value) : 1));
      break;
    case SCHAKEL_VALUE_COUNT:
    case SCHAKEL_VALUE_DAYS:
    default:
      digits = fabs (value - round (value)) < 1e-9 ? 0 : 1;
      break;
    }
  return format_with_digits (format, value, digits);
}

static double
nice_step (double raw,
           SchakelValueFormat format)
{
  static const double days_steps[] = { 7, 14, 30, 60, 90, 180, 365, 730 };
  double mag, norm;

  if (format == SCHAKEL_VALUE_DAYS && raw > 5 && raw <= 730)
    for (guint i = 0; i < G_N_ELEMENTS (days_steps); i++)
      if (raw <= days_steps[i])
        return days_steps[i];

  mag = pow (10, floor (log10 (raw)));
  norm = raw / mag;
  if (norm <= 1)
    norm = 1;
  else if (norm <= 2)
    norm = 2;
  else if (norm <= 5)
    norm = 5;
  else
    norm = 10;
  return norm * mag;
}

/**
 * schakel_ticks_for_values:
 * @ticks: (out caller-allocates): the ticks; free with schakel_ticks_clear()
 * @lo: lowest value to show
 * @hi: highest value to show
 * @max_ticks: at most this many ticks (at least 2 are used)
 * @format: how the values are meant, for the labels and the step
 *
 * Chooses a step of 1, 2 or 5 times a power of ten (whole numbers for
 * counts) and an axis from a multiple of it below @lo to one above @hi.
 * An empty or one-value range gets a sensible axis around it; values that
 * are not finite are ignored.
 */
void
schakel_ticks_for_values (SchakelTicks       *ticks,
                          double              lo,
                          double              hi,
                          guint               max_ticks,
                          SchakelValueFormat  format)
{
  double step, first;
  int digits;
  guint n;

  memset (ticks, 0, sizeof *ticks);
  max_ticks = CLAMP (max_ticks, 2, MAX_TICKS);

  if (!isfinite (lo) && !isfinite (hi))
    lo = hi = 0;
  else if (!isfinite (lo))
    lo = hi;
  else if (!isfinite (hi))
    hi = lo;
  if (lo > hi)
    {
      double t = lo;

      lo = hi;
      hi = t;
    }

  /* A range too narrow for the doubles to tell apart counts as one value. */
  if (hi - lo <= fmax (fabs (lo), fabs (hi)) * 1e-12)
    {
      double pad = lo == 0 ? 1 : fabs (lo) * 0.1;

      if (lo >= 0 && lo - pad < 0)
        lo = 0, hi = hi + pad;
      else
        lo -= pad, hi += pad;
    }

  step = nice_step ((hi - lo) / (max_ticks - 1), format);
  if (format == SCHAKEL_VALUE_COUNT && step < 1)
    step = 1;
  /* Round the ends out to whole steps, then make sure they fit. */
  first = floor (lo / step + 1e-9) * step;
  n = (guint) ceil ((hi - first) / step - 1e-9) + 1;
  while (n > max_ticks)
    {
      step = nice_step (step * 1.01, format == SCHAKEL_VALUE_DAYS && step >= 730 ? SCHAKEL_VALUE_COUNT : format);
      first = floor (lo / step + 1e-9) * step;
      n = (guint) ceil ((hi - first) / step - 1e-9) + 1;
    }
  n = MAX (n, 2);

  digits = format == SCHAKEL_VALUE_PERCENT ? digits_for_step (step * 100) : digits_for_step (step);
  ticks_alloc (ticks, n);
  for (guint i = 0; i < n; i++)
    {
      double v = first + i * step;

      /* 0.1 * 3 is not 0.3: snap to the step's own precision. */
      v = round (v / step) * step;
      ticks->values[i] = v;
      ticks->labels[i] = format_with_digits (format, v, digits);
    }
  ticks->min = ticks->values[0];
  ticks->max = ticks->values[n - 1];
}

typedef enum
{
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
} DateUnit;

typedef struct
{
  DateUnit unit;
  int      count;
} DateStep;

static const DateStep date_steps[] = {
  { UNIT_DAY, 1 }, { UNIT_DAY, 2 }, { UNIT_WEEK, 1 }, { UNIT_WEEK, 2 },
  { UNIT_MONTH, 1 }, { UNIT_MONTH, 2 }, { UNIT_MONTH, 3 }, { UNIT_MONTH, 6 },
  { UNIT_YEAR, 1 }, { UNIT_YEAR, 2 }, { UNIT_YEAR, 5 }, { UNIT_YEAR, 10 },
  { UNIT_YEAR, 20 }, { UNIT_YEAR, 50 }, { UNIT_YEAR, 100 },
};

/* The first tick of @step on or after @lo. */
static SchakelDay
date_first (const DateStep *step,
            SchakelDay      lo)
{
  int y, m, d;

  schakel_day_to_ymd (lo, &y, &m, &d);
  switch (step->unit)
    {
    case UNIT_DAY:
      return lo;
    case UNIT_WEEK:
      /* Mondays. */
      return lo + (7 - (schakel_day_weekday (lo) - 1)) % 7;
    case UNIT_MONTH:
      {
        SchakelDay first = schakel_day_from_ymd (y, m, 1);

        if (first < lo)
          first = schakel_day_add_months (first, 1);
        schakel_day_to_ymd (first, &y, &m, &d);
        while ((m - 1) % step->count != 0)
          {
            first = schakel_day_add_months (first, 1);
            schakel_day_to_ymd (first, &y, &m, &d);
          }
        return first;
      }
    case UNIT_YEAR:
    default:
      {
        int year = y + (m > 1 || d > 1 ? 1 : 0);

        year = (year + step->count - 1) / step->count * step->count;
        return schakel_day_from_ymd (year, 1, 1);
      }
    }
}

static SchakelDay
date_next (const DateStep *step,
           SchakelDay      day)
{
  switch (step->unit)
    {
    case UNIT_DAY:
      return day + step->count;
    case UNIT_WEEK:
      return day + 7 * step->count;
    case UNIT_MONTH:
      return schakel_day_add_months (day, step->count);
    case UNIT_YEAR:
    default:
      return schakel_day_add_years (day, step->count);
    }
}

static guint
date_count (const DateStep *step,
            SchakelDay      lo,
            SchakelDay      hi)
{
  guint n = 0;

  for (SchakelDay d = date_first (step, lo); d <= hi && n <= MAX_TICKS; d = date_next (step, d))
    n++;
  return n;
}

static char *
date_label (const DateStep *step,
            SchakelDay      day,
            SchakelDay      previous)
{
  int y, py, m, d;

  schakel_day_to_ymd (day, &y, &m, &d);
  switch (step->unit)
    {
    case UNIT_DAY:
    case UNIT_WEEK:
      {
        g_autofree char *short_day = schakel_format_day_short (day);

        /* The year under the first tick and wherever it changes. */
        if (previous != SCHAKEL_DAY_NONE)
          {
            schakel_day_to_ymd (previous, &py, &m, &d);
            if (py == y)
              return g_steal_pointer (&short_day);
          }
        return g_strdup_printf ("%s\n%d", short_day, y);
      }
    case UNIT_MONTH:
      return schakel_format_month (day);
    case UNIT_YEAR:
    default:
      return g_strdup_printf ("%d", y);
    }
}

/**
 * schakel_ticks_for_days:
 * @ticks: (out caller-allocates): the ticks; free with schakel_ticks_clear()
 * @lo: first day (a #SchakelDay)
 * @hi: last day
 * @max_ticks: at most this many ticks
 *
 * Chooses ticks on days, Mondays, months, quarters, half years or years,
 * whichever is the finest that fits in @max_ticks. The axis runs from @lo
 * to @hi; a single day gets a day either side.
 */
void
schakel_ticks_for_days (SchakelTicks *ticks,
                        double        lo,
                        double        hi,
                        guint         max_ticks)
{
  const DateStep *step = &date_steps[G_N_ELEMENTS (date_steps) - 1];
  SchakelDay from, to, previous = SCHAKEL_DAY_NONE;
  guint i = 0;

  memset (ticks, 0, sizeof *ticks);
  max_ticks = CLAMP (max_ticks, 2, MAX_TICKS);
  if (!isfinite (lo) || !isfinite (hi))
    lo = hi = isfinite (lo) ? lo : isfinite (hi) ? hi : schakel_day_today ();
  if (lo > hi)
    {
      double t = lo;

      lo = hi;
      hi = t;
    }
  /* Keep to years SchakelDay and GDateTime can hold. */
  lo = CLAMP (floor (lo), schakel_day_from_ymd (1, 1, 1), schakel_day_from_ymd (9000, 1, 1));
  hi = CLAMP (ceil (hi), lo, schakel_day_from_ymd (9000, 1, 1));
  if (hi - lo < 2)
    lo -= 1, hi += 1;
  from = (SchakelDay) lo;
  to = (SchakelDay) hi;

  for (guint s = 0; s < G_N_ELEMENTS (date_steps); s++)
    if (date_count (&date_steps[s], from, to) <= max_ticks)
      {
        step = &date_steps[s];
        break;
      }

  ticks_alloc (ticks, date_count (step, from, to));
  for (SchakelDay d = date_first (step, from); d <= to && i < ticks->n; d = date_next (step, d), i++)
    {
      ticks->values[i] = d;
      ticks->labels[i] = date_label (step, d, previous);
      previous = d;
    }
  ticks->n = i;
  ticks->min = lo;
  ticks->max = hi;
}
