/* schakel-turning18.c — the minors who turn 18 soon, with what is known
 * about where they go next.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DOMAIN.md §7: guardianship ends at 18; with a permit a minor may stay in
 * verlengde opvang, without one they go to adult reception, often in
 * another region. The list feeds the 18+ planning view and the metrics
 * adult_plan_share and adult_plan_in_region (docs/metrics.md).
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-regions.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"
#include "schakel-turning18.h"

enum {
  COL_ID, COL_JONGERE, COL_BIRTH, COL_AMV, COL_PERMIT,
  COL_LOCATION, COL_LOCATION_TYPE, COL_LOCATION_GM, COL_LOCATION_GM_NAME, COL_LOCATION_REGION,
  COL_LOCATION_REGION_NAME, COL_SCHOOL, COL_BRIN, COL_SCHOOL_TYPE, COL_SCHOOL_REGION, COL_SCHOOL_REGION_NAME,
  COL_PLAN, COL_PLAN_GM, COL_PLAN_EDUCATION, COL_PLAN_SOURCE, COL_PLAN_AT, COL_PLAN_REGION,
  COL_PLAN_GM_NAME, COL_PLAN_REGION_NAME,
};

/* Placed in the scope on :t (their latest placement open on :t: started by
 * then and not ended by then, docs/metrics.md), with a birth date that
 * makes them 18 in the coming :days days. */
static const char list_sql[] =
  "SELECT m.id, m.jongere_id, m.birth_date, m.amv,"
  "  (SELECT pe.event FROM procedure_event pe WHERE pe.minor_id = m.id"
  "    AND pe.event IN ('vergunning', 'afwijzing') AND pe.date <= :t ORDER BY pe.date DESC LIMIT 1),"
  "  l.name, l.type_code, l.municipality_code, lm.name, lr.region_code, lrn.name,"
  "  sc.name, sc.brin, e.school_type, sr.region_code, srn.name,"
  "  ap.plan, ap.receiving_municipality, ap.education, ap.source, ap.recorded_at, pr.region_code,"
  "  pm.name, prn.name"
  " FROM minor m JOIN placement p ON p.id = (SELECT p2.id FROM placement p2 WHERE p2.minor_id = m.id"
  "   AND p2.start_date <= :t AND (p2.end_date IS NULL OR p2.end_date > :t) ORDER BY p2.start_date DESC LIMIT 1)"
  " JOIN location l ON l.id = p.location_id"
  " LEFT JOIN municipality lm ON lm.code = l.municipality_code"
  " LEFT JOIN region_municipality lr ON lr.scheme_code = :scheme AND lr.municipality_code = l.municipality_code"
  " LEFT JOIN region lrn ON lrn.scheme_code = :scheme AND lrn.code = lr.region_code"
  " LEFT JOIN enrolment e ON e.id = (SELECT e2.id FROM enrolment e2 WHERE e2.minor_id = m.id"
  "   AND e2.start_date <= :t AND (e2.end_date IS NULL OR e2.end_date > :t) ORDER BY e2.start_date DESC LIMIT 1)"
  " LEFT JOIN school sc ON sc.id = e.school_id"
  " LEFT JOIN region_municipality sr ON sr.scheme_code = :scheme AND sr.municipality_code = sc.municipality_code"
  " LEFT JOIN region srn ON srn.scheme_code = :scheme AND srn.code = sr.region_code"
  /* A plan counts from the day it was recorded, so past dates show what was known then. */
  " LEFT JOIN adult_plan ap ON ap.minor_id = m.id AND substr (ap.recorded_at, 1, 10) <= :t"
  " LEFT JOIN region_municipality pr ON pr.scheme_code = :scheme AND pr.municipality_code = ap.receiving_municipality"
  " LEFT JOIN municipality pm ON pm.code = ap.receiving_municipality"
  " LEFT JOIN region prn ON prn.scheme_code = :scheme AND prn.code = pr.region_code"
  /* A day of slack either side; C decides on the exact birthday. */
  " WHERE m.birth_date >= date (:t, '-18 years', '-2 days')"
  "  AND m.birth_date <= date (:t, '-18 years', :days, '+2 days') AND %s"
  " ORDER BY m.birth_date, m.jongere_id";

/**
 * schakel_turning18_free:
 * @self: (nullable): an entry
 */
void
schakel_turning18_free (SchakelTurning18 *self)
{
  if (self == NULL)
    return;
  g_free (self->jongere_id);
  g_free (self->permit);
  g_free (self->school_name);
  g_free (self->brin);
  g_free (self->school_type);
  g_free (self->school_region);
  g_free (self->school_region_name);
  g_free (self->location_name);
  g_free (self->location_type);
  g_free (self->location_municipality);
  g_free (self->location_municipality_name);
  g_free (self->location_region);
  g_free (self->location_region_name);
  g_clear_pointer (&self->plan, schakel_adult_plan_free);
  g_free (self->plan_region);
  g_free (self->plan_municipality_name);
  g_free (self->plan_region_name);
  g_free (self);
}

/**
 * schakel_turning18_has_plan:
 * @self: an entry
 *
 * Returns: whether the minor has a plan that says where they go (a plan
 *   of `onbekend` is no plan yet)
 */
gboolean
schakel_turning18_has_plan (const SchakelTurning18 *self)
{
  return self->plan != NULL && !g_str_equal (self->plan->plan, "onbekend");
}

static char *
dup_text (sqlite3_stmt *stmt,
          int           col)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

static SchakelTurning18 *
entry_from_row (sqlite3_stmt *stmt,
                SchakelDay    birthday)
{
  SchakelTurning18 *e = g_new0 (SchakelTurning18, 1);

  e->minor_id = sqlite3_column_int64 (stmt, COL_ID);
  e->jongere_id = dup_text (stmt, COL_JONGERE);
  e->amv = sqlite3_column_int (stmt, COL_AMV) != 0;
  e->birthday_18 = birthday;
  e->permit = g_strdup (sqlite3_column_type (stmt, COL_PERMIT) != SQLITE_NULL
                        ? (const char *) sqlite3_column_text (stmt, COL_PERMIT) : "geen_besluit");
  e->location_name = dup_text (stmt, COL_LOCATION);
  e->location_type = dup_text (stmt, COL_LOCATION_TYPE);
  e->location_municipality = dup_text (stmt, COL_LOCATION_GM);
  e->location_municipality_name = dup_text (stmt, COL_LOCATION_GM_NAME);
  e->location_region = dup_text (stmt, COL_LOCATION_REGION);
  e->location_region_name = dup_text (stmt, COL_LOCATION_REGION_NAME);
  e->school_name = dup_text (stmt, COL_SCHOOL);
  e->brin = dup_text (stmt, COL_BRIN);
  e->school_type = dup_text (stmt, COL_SCHOOL_TYPE);
  e->school_region = dup_text (stmt, COL_SCHOOL_REGION);
  e->school_region_name = dup_text (stmt, COL_SCHOOL_REGION_NAME);
  if (sqlite3_column_type (stmt, COL_PLAN) != SQLITE_NULL)
    {
      e->plan = g_new0 (SchakelAdultPlan, 1);
      e->plan->minor_id = e->minor_id;
      e->plan->plan = dup_text (stmt, COL_PLAN);
      e->plan->receiving_municipality = dup_text (stmt, COL_PLAN_GM);
      e->plan->education = dup_text (stmt, COL_PLAN_EDUCATION);
      e->plan->source = dup_text (stmt, COL_PLAN_SOURCE);
      e->plan->recorded_at = dup_text (stmt, COL_PLAN_AT);
      e->plan_region = dup_text (stmt, COL_PLAN_REGION);
      e->plan_municipality_name = dup_text (stmt, COL_PLAN_GM_NAME);
      e->plan_region_name = dup_text (stmt, COL_PLAN_REGION_NAME);
    }
  e->leaves_region = e->plan_region != NULL && e->school_region != NULL &&
                     !g_str_equal (e->plan_region, e->school_region);
  return e;
}

/**
 * schakel_turning18_list:
 * @db: a database
 * @scope: (nullable): where, by the location of the placement; %NULL for
 *   the whole country
 * @on: the day
 * @within_days: how far ahead: the 18th birthday falls in (@on, @on + @within_days]
 * @error: return location for an error
 *
 * The minors placed in the scope on @on who turn 18 within @within_days
 * days, soonest first, with permit status (the last decision by @on),
 * current school and its type, location, the regions of school and
 * location in the default region scheme, and their 18+ plan. An entry is
 * flagged when the plan's receiving municipality lies outside the region of
 * the school, and when there is no plan (or only `onbekend`) 60 days or
 * less before the birthday.
 *
 * Returns: (transfer full) (element-type SchakelTurning18): the minors
 */
GPtrArray *
schakel_turning18_list (SchakelDatabase     *db,
                        const SchakelScope  *scope,
                        SchakelDay           on,
                        int                  within_days,
                        GError             **error)
{
  sqlite3 *handle;
  g_autoptr(SchakelScope) national = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  const SchakelScope *where = scope != NULL ? scope : national;
  g_autofree char *condition = _schakel_scope_sql_condition (where, "l.municipality_code");
  g_autofree char *sql = g_strdup_printf (list_sql, condition);
  g_autofree char *scheme = NULL;
  g_autofree char *days = g_strdup_printf ("+%d days", within_days);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_turning18_free);
  char t[SCHAKEL_ISO_DATE_LEN];
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (within_days >= 0, NULL);

  handle = schakel_database_get_handle (db);
  if (!(stmt = schakel_sqlite_prepare (handle, sql, error)))
    return NULL;
  scheme = schakel_regions_dup_default_scheme (db);
  schakel_day_format_iso (on, t);
  schakel_sqlite_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":t"), t);
  schakel_sqlite_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":scheme"), scheme);
  schakel_sqlite_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":days"), days);
  _schakel_scope_bind (where, stmt);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelTurning18 *e;
      SchakelDay birth, birthday;

      /* Leap-day birthdays and month precision: C decides, as the metrics do. */
      if (!schakel_day_parse_iso ((const char *) sqlite3_column_text (stmt, COL_BIRTH), &birth))
        continue;
      birthday = schakel_day_add_years (birth, 18);
      if (birthday <= on || birthday > on + within_days)
        continue;
      e = entry_from_row (stmt, birthday);
      e->days_left = birthday - on;
      e->plan_overdue = !schakel_turning18_has_plan (e) && e->days_left <= SCHAKEL_TURNING18_PLAN_DUE_DAYS;
      g_ptr_array_add (list, e);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Could not read the minors turning 18"));
      return NULL;
    }
  return g_steal_pointer (&list);
}
