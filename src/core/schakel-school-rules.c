/* schakel-school-rules.c — school age, education and the school-access
 * norm, read from the settings and the norm table once.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-school-rules-private.h"
#include "schakel-sqlite-private.h"

/**
 * _schakel_school_rules_init:
 * @rules: (out caller-allocates): the rules to fill
 * @db: the database whose settings apply
 *
 * Reads the settings `school_age_min_years` (default 5),
 * `school_age_max_years` (18) and `education_min_hours_per_week` (12);
 * out-of-range values fall back to sane bounds. The norms are read by
 * _schakel_school_rules_load_norms().
 */
void
_schakel_school_rules_init (SchakelSchoolRules *rules,
                            SchakelDatabase    *db)
{
  g_autofree char *hours = schakel_database_get_setting (db, "education_min_hours_per_week");
  int age_min = schakel_database_get_setting_int (db, "school_age_min_years", 5);
  int age_max = schakel_database_get_setting_int (db, "school_age_max_years", 18);
  char *end = NULL;

  rules->age_min_years = CLAMP (age_min, 0, 30);
  rules->age_max_years = CLAMP (age_max, rules->age_min_years + 1, 30);
  rules->min_hours = 12.0;
  if (hours != NULL)
    {
      double v = g_ascii_strtod (hours, &end);

      if (end != hours && *end == '\0' && v >= 0 && v <= 60)
        rules->min_hours = v;
    }
  rules->norms = g_array_new (FALSE, FALSE, sizeof (SchakelSchoolNorm));
}

/**
 * _schakel_school_rules_load_norms:
 * @rules: rules set up by _schakel_school_rules_init()
 * @handle: the connection to read from
 * @error: return location for an error
 *
 * Reads the school-access norms that start at the asylum application.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_school_rules_load_norms (SchakelSchoolRules  *rules,
                                  sqlite3             *handle,
                                  GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = schakel_sqlite_prepare (handle,
                                 "SELECT code, months, valid_from, valid_to FROM norm"
                                 " WHERE kind = 'school_access' AND start_event = 'asylum_application'"
                                 " AND months IS NOT NULL ORDER BY valid_from, code",
                                 error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelSchoolNorm norm = { { 0 }, (guint) sqlite3_column_int (stmt, 1),
                                 schakel_sqlite_column_day (stmt, 2), schakel_sqlite_column_day (stmt, 3) };

      g_strlcpy (norm.code, (const char *) sqlite3_column_text (stmt, 0), sizeof norm.code);
      g_array_append_val (rules->norms, norm);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

void
_schakel_school_rules_clear (SchakelSchoolRules *rules)
{
  g_clear_pointer (&rules->norms, g_array_unref);
}

/**
 * _schakel_school_rules_norm_for:
 * @rules: the rules
 * @start: the day the norm period starts
 *
 * Returns: (nullable): the school-access norm in force on @start
 */
const SchakelSchoolNorm *
_schakel_school_rules_norm_for (const SchakelSchoolRules *rules,
                                SchakelDay                start)
{
  for (guint i = 0; i < rules->norms->len; i++)
    {
      const SchakelSchoolNorm *norm = &g_array_index (rules->norms, SchakelSchoolNorm, i);

      if ((norm->valid_from == SCHAKEL_DAY_NONE || norm->valid_from <= start) &&
          (norm->valid_to == SCHAKEL_DAY_NONE || start <= norm->valid_to))
        return norm;
    }
  return NULL;
}

/**
 * _schakel_school_rules_is_education:
 * @rules: the rules
 * @hours: an enrolment's hours per week; NAN when unknown
 *
 * Returns: whether the enrolment counts as education; unknown hours do
 */
gboolean
_schakel_school_rules_is_education (const SchakelSchoolRules *rules,
                                    double                    hours)
{
  return isnan (hours) || hours >= rules->min_hours;
}

/**
 * _schakel_school_rules_norm_start:
 * @rules: the rules
 * @birth: the birth date, or %SCHAKEL_DAY_NONE
 * @applied: the asylum application (else the arrival), or %SCHAKEL_DAY_NONE
 *
 * Returns: the start of the norm period: @applied, but not before school
 *   age; %SCHAKEL_DAY_NONE when either is unknown
 */
SchakelDay
_schakel_school_rules_norm_start (const SchakelSchoolRules *rules,
                                  SchakelDay                birth,
                                  SchakelDay                applied)
{
  if (birth == SCHAKEL_DAY_NONE || applied == SCHAKEL_DAY_NONE)
    return SCHAKEL_DAY_NONE;
  return MAX (applied, schakel_day_add_years (birth, rules->age_min_years));
}
