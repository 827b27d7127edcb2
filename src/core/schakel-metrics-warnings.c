/* schakel-metrics-warnings.c — the rules behind the dashboard's warnings
 * (docs/metrics.md, "Warnings").
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checks look at the computed values before publication mode: a
 * warning is about the data, not about what may be printed. Messages give
 * shares and days, never a count, so they leak no small number.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-metrics-warnings.h"

/**
 * schakel_metric_warning_limits_init:
 * @limits: (out caller-allocates): the limits to fill
 *
 * Fills @limits with the defaults: completeness at least 90 %, at most 8
 * moves per child-year (DOMAIN.md §3: 7 to 8 a year was "fairly normal"
 * in 2015), medians of at most a year.
 */
void
schakel_metric_warning_limits_init (SchakelMetricWarningLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->completeness_min = SCHAKEL_WARNING_DEFAULT_COMPLETENESS_MIN;
  limits->moves_per_year_max = SCHAKEL_WARNING_DEFAULT_MOVES_PER_YEAR_MAX;
  limits->median_days_max = SCHAKEL_WARNING_DEFAULT_MEDIAN_DAYS_MAX;
}

static void
load_limit (SchakelDatabase *db,
            const char      *key,
            double           min,
            double           max,
            double          *limit)
{
  g_autofree char *text = schakel_database_get_setting (db, key);
  char *end = NULL;
  double v;

  if (text == NULL)
    return;
  v = g_ascii_strtod (text, &end);
  if (end != text && *end == '\0' && v >= min && v <= max)
    *limit = v;
  else
    g_warning ("Setting %s is not a number from %g to %g; using %g", key, min, max, *limit);
}

/**
 * schakel_metric_warning_limits_load:
 * @limits: (out caller-allocates): the limits to fill
 * @db: a database
 *
 * Fills @limits from the database's settings, with the defaults of
 * schakel_metric_warning_limits_init() for those absent or out of range.
 */
void
schakel_metric_warning_limits_load (SchakelMetricWarningLimits *limits,
                                    SchakelDatabase            *db)
{
  g_return_if_fail (limits != NULL);
  g_return_if_fail (SCHAKEL_IS_DATABASE (db));

  schakel_metric_warning_limits_init (limits);
  load_limit (db, "warning_completeness_min", 0.0, 1.0, &limits->completeness_min);
  load_limit (db, "warning_moves_per_child_year_max", 0.0, 365.0, &limits->moves_per_year_max);
  load_limit (db, "warning_median_days_max", 1.0, 3650.0, &limits->median_days_max);
}

/**
 * schakel_metric_warning_free:
 * @warning: (nullable): a warning
 */
void
schakel_metric_warning_free (SchakelMetricWarning *warning)
{
  if (warning == NULL)
    return;
  g_free (warning->metric_id);
  g_free (warning->message);
  g_free (warning);
}

G_GNUC_PRINTF (4, 5)
static void
add (GPtrArray                *warnings,
     SchakelMetricWarningKind  kind,
     const char               *metric_id,
     const char               *format,
     ...)
{
  SchakelMetricWarning *warning = g_new0 (SchakelMetricWarning, 1);
  va_list args;

  va_start (args, format);
  warning->message = g_strdup_vprintf (format, args);
  va_end (args);
  warning->kind = kind;
  warning->metric_id = g_strdup (metric_id);
  g_ptr_array_add (warnings, warning);
}

static void
check_completeness (GPtrArray                        *values,
                    const SchakelMetricWarningLimits *limits,
                    GPtrArray                        *warnings)
{
  const SchakelMetricValue *v = schakel_metrics_find (values, "completeness");

  if (v == NULL || v->n == 0 || isnan (v->value) || v->value >= limits->completeness_min)
    return;
  /* Translators: the first %.0f is a percentage, the second the minimum percentage; "%%" prints a percent sign */
  add (warnings, SCHAKEL_METRIC_WARNING_COMPLETENESS, v->info->id,
       _("Only %.0f%% of the minors placed here have complete data (birth date, hours, school number); "
         "below %.0f%% every figure may be off."),
       floor (v->value * 100.0), limits->completeness_min * 100.0);
}

/* A share is a fraction: outside 0..1 the computation or the data are
 * broken, whatever the field. */
static void
check_shares (GPtrArray *values,
              GPtrArray *warnings)
{
  for (guint i = 0; i < values->len; i++)
    {
      const SchakelMetricValue *v = g_ptr_array_index (values, i);

      if (v->info->unit == SCHAKEL_METRIC_UNIT_SHARE && !isnan (v->value) &&
          (v->value < 0.0 || v->value > 1.0 || v->numerator > v->n))
        /* Translators: %s is the name of a figure, e.g. "In education" */
        add (warnings, SCHAKEL_METRIC_WARNING_INCONSISTENT, v->info->id,
             _("“%s” is not a share between 0 and 100%%; the data behind it are inconsistent."),
             _(v->info->label));
    }
}

/* A part counted beside its whole must not be larger than it. */
static void
check_part_of (GPtrArray  *values,
               const char *part_id,
               const char *whole_id,
               GPtrArray  *warnings)
{
  const SchakelMetricValue *part = schakel_metrics_find (values, part_id);
  const SchakelMetricValue *whole = schakel_metrics_find (values, whole_id);

  if (part != NULL && whole != NULL && part->numerator > whole->numerator)
    /* Translators: both %s are names of figures, e.g. "Turning 18 within 90 days" */
    add (warnings, SCHAKEL_METRIC_WARNING_INCONSISTENT, part_id,
         _("“%s” is larger than “%s”; the data behind them are inconsistent."),
         _(part->info->label), _(whole->info->label));
}

static void
check_median (GPtrArray                        *values,
              const char                       *id,
              const SchakelMetricWarningLimits *limits,
              GPtrArray                        *warnings)
{
  const SchakelMetricValue *v = schakel_metrics_find (values, id);

  if (v == NULL || isnan (v->value) || v->value <= limits->median_days_max)
    return;
  /* Translators: %s is the name of a figure, %.0f a number of days */
  add (warnings, SCHAKEL_METRIC_WARNING_IMPLAUSIBLE, id,
       _("“%s” is more than %.0f days; check for missing enrolments or end dates."),
       _(v->info->label), limits->median_days_max);
}

/**
 * schakel_metrics_check_warnings:
 * @values: (element-type SchakelMetricValue): values from
 *   schakel_metrics_compute(), before publication mode
 * @limits: the limits
 *
 * Checks the values against the rules of docs/metrics.md ("Warnings"):
 * completeness below @limits->completeness_min; a share outside 0..1; a
 * part larger than its whole (`present_amv` of `present`,
 * `turning_18_90` of `turning_18_180`); the three education shares not
 * adding up to 1;
 * more moves per child-year than @limits->moves_per_year_max; a median
 * time to school, wait or school gap above @limits->median_days_max.
 * Metrics not in @values are not checked.
 *
 * Returns: (transfer full) (element-type SchakelMetricWarning): the
 *   warnings, completeness first; empty when all is well
 */
GPtrArray *
schakel_metrics_check_warnings (GPtrArray                        *values,
                                const SchakelMetricWarningLimits *limits)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_metric_warning_free);
  const SchakelMetricValue *in, *within, *beyond, *moves;

  g_return_val_if_fail (values != NULL, NULL);
  g_return_val_if_fail (limits != NULL, NULL);

  check_completeness (values, limits, warnings);
  check_shares (values, warnings);
  check_part_of (values, "present_amv", "present", warnings);
  check_part_of (values, "turning_18_90", "turning_18_180", warnings);

  in = schakel_metrics_find (values, "in_education_share");
  within = schakel_metrics_find (values, "without_education_within_norm");
  beyond = schakel_metrics_find (values, "without_education_beyond_norm");
  if (in != NULL && within != NULL && beyond != NULL && in->n > 0 &&
      (in->n != within->n || in->n != beyond->n ||
       in->numerator + within->numerator + beyond->numerator != in->n))
    add (warnings, SCHAKEL_METRIC_WARNING_INCONSISTENT, in->info->id, "%s",
         _("In education and without education, within and beyond the norm, do not add up to everyone present."));

  moves = schakel_metrics_find (values, "moves_per_child_year");
  if (moves != NULL && !isnan (moves->value) && moves->value > limits->moves_per_year_max)
    /* Translators: %.1f are numbers of moves per child-year, e.g. "9.3" and "8.0" */
    add (warnings, SCHAKEL_METRIC_WARNING_IMPLAUSIBLE, moves->info->id,
         _("%.1f moves per child-year is more than the %.1f the field has seen; check for placements listed twice."),
         moves->value, limits->moves_per_year_max);

  check_median (values, "time_to_school", limits, warnings);
  check_median (values, "waitlist_wait", limits, warnings);
  check_median (values, "school_gap_median", limits, warnings);
  return g_steal_pointer (&warnings);
}
