/* schakel-scale.h — axis ranges, nice ticks and their labels.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include <glib.h>

#include <schakel-core.h>

G_BEGIN_DECLS

/**
 * SchakelValueFormat:
 * @SCHAKEL_VALUE_COUNT: whole numbers with grouping (`1.234`)
 * @SCHAKEL_VALUE_DECIMAL: numbers with decimals as needed (`2,5`)
 * @SCHAKEL_VALUE_PERCENT: shares 0..1 written as percentages (`12,5%`)
 * @SCHAKEL_VALUE_DAYS: durations in days; ticks fall on weeks, months
 *   (30 days) or years (365 days) where that suits the range
 */
typedef enum
{
  SCHAKEL_VALUE_COUNT,
  SCHAKEL_VALUE_DECIMAL,
  SCHAKEL_VALUE_PERCENT,
  SCHAKEL_VALUE_DAYS,
} SchakelValueFormat;

/**
 * SchakelTicks:
 * @min: start of the axis
 * @max: end of the axis (always > @min)
 * @n: number of ticks
 * @values: (array length=n): the tick positions, ascending, within [@min, @max]
 * @labels: (array length=n): their labels in the user's locale
 */
typedef struct
{
  double  min;
  double  max;
  guint   n;
  double *values;
  char  **labels;
} SchakelTicks;

void  schakel_ticks_for_values (SchakelTicks       *ticks,
                                double              lo,
                                double              hi,
                                guint               max_ticks,
                                SchakelValueFormat  format);
void  schakel_ticks_for_days   (SchakelTicks       *ticks,
                                double              lo,
                                double              hi,
                                guint               max_ticks);
void  schakel_ticks_clear      (SchakelTicks       *ticks);

char *schakel_value_format     (SchakelValueFormat  format,
                                double              value);

G_END_DECLS
