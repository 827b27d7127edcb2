/* schakel-metrics-format.c — dashboard figures as text for people, in the
 * locale's digits (the dashboard tiles; the tests compare with these).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-format.h"
#include "schakel-metrics-format.h"

#define NO_VALUE "–"

static const char *
hidden_text (const SchakelMetricValue *value)
{
  return value->display != NULL ? value->display : "x";
}

/* The value at the precision it is shown with: shares as percentages with
 * one decimal, rates with two, days with one (a KM median may be a
 * midpoint). */
static double
shown_number (const SchakelMetricValue *value)
{
  switch (value->info->unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      return (double) value->numerator;
    case SCHAKEL_METRIC_UNIT_SHARE:
      return round (value->value * 1000.0) / 10.0;
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      return round (value->value * 100.0) / 100.0;
    case SCHAKEL_METRIC_UNIT_DAYS:
      return round (value->value * 10.0) / 10.0;
    default:
      g_return_val_if_reached (NAN);
    }
}

static char *
format_days (double days)
{
  if (isnan (days))
    /* Translators: a Kaplan–Meier median the curve never gets to */
    return g_strdup (_("not reached"));
  /* Translators: a number of days, e.g. "60.5 days"; %g drops a ".0" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%g day", "%g days", days == 1.0 ? 1 : 2), days);
}

/**
 * schakel_metric_value_format:
 * @value: a value, published or not
 *
 * Formats the figure itself, as a tile shows it: a count with digit
 * grouping (`1.234`), a share as a percentage (`63,5 %`), a rate with
 * two decimals, a median in days or "not reached". A value hidden by
 * publication mode gives its display text (`<5`) or `x`; a value that
 * does not exist (an empty denominator) an en dash.
 *
 * Returns: (transfer full): the text
 */
char *
schakel_metric_value_format (const SchakelMetricValue *value)
{
  g_return_val_if_fail (value != NULL, NULL);

  if (value->suppressed)
    return g_strdup (hidden_text (value));
  if (value->info->unit == SCHAKEL_METRIC_UNIT_DAYS)
    return value->n == 0 ? g_strdup (NO_VALUE) : format_days (shown_number (value));
  if (isnan (value->value))
    return g_strdup (NO_VALUE);
  switch (value->info->unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      return schakel_format_count (value->numerator);
    case SCHAKEL_METRIC_UNIT_SHARE:
      /* Translators: a percentage, e.g. "63.5 %" */
      return g_strdup_printf (_("%.1f %%"), shown_number (value));
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      return g_strdup_printf ("%.2f", shown_number (value));
    case SCHAKEL_METRIC_UNIT_DAYS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * schakel_metric_value_format_detail:
 * @value: a value, published or not
 *
 * Formats what a tile shows under the figure: the denominator of a share
 * ("of 2.979"), the population of a count, the minors of a rate, or the
 * 95 % interval and the number of observations of a median.
 *
 * Returns: (transfer full) (nullable): the text, %NULL when there is none
 */
char *
schakel_metric_value_format_detail (const SchakelMetricValue *value)
{
  g_autofree char *n = NULL;

  g_return_val_if_fail (value != NULL, NULL);

  if (value->n_suppressed)
    n = g_strdup (hidden_text (value));
  else
    n = schakel_format_count (value->n);

  switch (value->info->unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      if (g_str_equal (value->info->id, "present") || g_str_equal (value->info->id, "waitlist_open") ||
          g_str_equal (value->info->id, "escalations_open"))
        return NULL;
      if (g_str_equal (value->info->id, "escalations_overdue"))
        /* Translators: the open escalations a count is part of, e.g. "of 12 open" */
        return g_strdup_printf (_("of %s open"), n);
      /* Translators: the population a count is part of, e.g. "of 2,979 present" */
      return g_strdup_printf (_("of %s present"), n);
    case SCHAKEL_METRIC_UNIT_SHARE:
      /* Translators: the denominator of a percentage, e.g. "of 2,979" */
      return g_strdup_printf (_("of %s"), n);
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      /* Translators: the minors behind a rate, e.g. "2,979 minors" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s minor", "%s minors", value->n_suppressed ? 0 : value->n), n);
    case SCHAKEL_METRIC_UNIT_DAYS:
      {
        g_autofree char *lower = NULL, *upper = NULL;

        if (value->suppressed || value->n == 0)
          /* Translators: the number of observations behind a median, e.g. "n = 40" */
          return g_strdup_printf (_("n = %s"), n);
        lower = format_days (value->median.lower);
        upper = format_days (value->median.upper);
        /* Translators: the 95 % confidence interval of a median and its number of observations */
        return g_strdup_printf (_("95 %% CI %s to %s, n = %s"), lower, upper, n);
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * schakel_metric_value_format_change:
 * @value: the value on the date
 * @earlier: (nullable): the same metric on an earlier date
 * @trend: (out): which way it went
 *
 * Formats the difference between @earlier and @value at the precision
 * they are shown with: `+12`, `−3.5 points` for shares, `+4 days`. With
 * either value missing or hidden there is no change to show.
 *
 * Returns: (transfer full) (nullable): the change, %NULL with
 *   %SCHAKEL_METRIC_TREND_NONE
 */
char *
schakel_metric_value_format_change (const SchakelMetricValue *value,
                                    const SchakelMetricValue *earlier,
                                    SchakelMetricTrend       *trend)
{
  double now, then, diff;
  const char *sign;

  g_return_val_if_fail (value != NULL, NULL);
  g_return_val_if_fail (trend != NULL, NULL);

  *trend = SCHAKEL_METRIC_TREND_NONE;
  if (earlier == NULL || value->suppressed || earlier->suppressed ||
      isnan (value->value) || isnan (earlier->value))
    return NULL;

  now = shown_number (value);
  then = shown_number (earlier);
  diff = now - then;
  if (fabs (diff) < 1e-9)
    {
      *trend = SCHAKEL_METRIC_TREND_SAME;
      /* Translators: a figure did not change since the earlier date */
      return g_strdup (_("unchanged"));
    }
  *trend = diff > 0 ? SCHAKEL_METRIC_TREND_UP : SCHAKEL_METRIC_TREND_DOWN;
  sign = diff > 0 ? "+" : "−";
  diff = fabs (diff);

  switch (value->info->unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      {
        g_autofree char *count = schakel_format_count ((gint64) diff);

        return g_strconcat (sign, count, NULL);
      }
    case SCHAKEL_METRIC_UNIT_SHARE:
      /* Translators: a change of a percentage in percentage points, e.g. "+3.5 points" */
      return g_strdup_printf (_("%s%.1f points"), sign, diff);
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      return g_strdup_printf ("%s%.2f", sign, diff);
    case SCHAKEL_METRIC_UNIT_DAYS:
      /* Translators: a change of a median, e.g. "+4 days"; the first %s is the sign */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s%g day", "%s%g days", diff == 1.0 ? 1 : 2),
                              sign, diff);
    default:
      g_return_val_if_reached (NULL);
    }
}
