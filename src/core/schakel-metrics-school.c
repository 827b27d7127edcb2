/* schakel-metrics-school.c — time to school after a placement, by
 * Kaplan–Meier (docs/metrics.md, time_to_school).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-metrics-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

/* Placements in the scope that started in the window, of a minor of school
 * age on the start day who was not already at a school in that
 * municipality (an enrolment started before and still running), with the
 * first enrolment that started on or after the placement's start. */
static const char episodes_sql[] =
  "SELECT p.minor_id, p.start_date, p.end_date, m.birth_date,"
  "  (SELECT min (e.start_date) FROM enrolment e WHERE e.minor_id = p.minor_id"
  "    AND e.start_date >= p.start_date AND e.start_date <= :t)"
  " FROM placement p JOIN location l ON l.id = p.location_id JOIN minor m ON m.id = p.minor_id"
  " WHERE p.start_date > :w AND p.start_date <= :t AND %s"
  "  AND date (m.birth_date, :age_min) <= p.start_date AND date (m.birth_date, :age_max) > p.start_date"
  "  AND NOT EXISTS (SELECT 1 FROM enrolment e JOIN school s ON s.id = e.school_id"
  "    WHERE e.minor_id = p.minor_id AND s.municipality_code = l.municipality_code"
  "      AND e.start_date < p.start_date AND (e.end_date IS NULL OR e.end_date >= p.start_date))";

/**
 * _schakel_metrics_time_to_school:
 * @ctx: the context
 * @error: return location for an error
 *
 * Time 0 is the placement's start; the event is the first enrolment's
 * start; an episode is censored at the placement's end, the day before the
 * 18th birthday or the date, whichever comes first.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_time_to_school (SchakelMetricsContext  *ctx,
                                 GError                **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (ctx->scope, "l.municipality_code");
  g_autofree char *sql = g_strdup_printf (episodes_sql, condition);
  g_autoptr(sqlite3_stmt) stmt = _schakel_metrics_prepare (ctx, sql, error);
  g_autoptr(GHashTable) minors = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(SchakelKm) km = schakel_km_new ();
  g_autofree char *norm = NULL;
  SchakelMetricValue *value;
  guint64 n_rows = 0;
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      SchakelDay start, end, adult, school, censor;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;

      start = _schakel_metrics_column_day (stmt, 1);
      end = _schakel_metrics_column_day (stmt, 2);
      adult = schakel_day_add_years (_schakel_metrics_column_day (stmt, 3), ctx->age_max_years);
      school = _schakel_metrics_column_day (stmt, 4);
      censor = MIN (ctx->t, adult - 1);
      if (end != SCHAKEL_DAY_NONE)
        censor = MIN (censor, end);

      g_hash_table_add (minors, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0));
      if (school != SCHAKEL_DAY_NONE && school <= censor)
        schakel_km_add (km, (guint) (school - start), TRUE);
      else
        schakel_km_add (km, (guint) (censor - start), FALSE);
    }

  value = _schakel_metrics_want (ctx, "time_to_school");
  _schakel_metrics_set_km (value, g_steal_pointer (&km), g_hash_table_size (minors));
  norm = schakel_sqlite_query_text (ctx->handle,
                                    "SELECT code FROM norm WHERE kind = 'school_access'"
                                    " AND start_event = 'placement_start' ORDER BY code LIMIT 1",
                                    error);
  if (norm != NULL)
    _schakel_metrics_add_norm (value, norm);
  return error == NULL || *error == NULL;
}
