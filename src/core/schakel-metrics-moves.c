/* schakel-metrics-moves.c — moves per child-year and the school gap after
 * a move (docs/metrics.md).
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

/* Moves in the moves window out of a location in the scope: a placement
 * whose minor's previous placement was at another location in the scope,
 * the minor of school age on the day of the move. With the enrolment the
 * minor had the day before (the latest end among those running then; NULL
 * when none), the first enrolment after that one ended, and the end of the
 * minor's last placement (the minor leaves the data there). */
static const char moves_sql[] =
  "WITH mv AS ("
  "  SELECT p2.minor_id, p2.start_date AS day, p2.location_id AS to_loc, p2.reason,"
  "    (SELECT p1.location_id FROM placement p1 WHERE p1.minor_id = p2.minor_id"
  "      AND p1.start_date < p2.start_date ORDER BY p1.start_date DESC LIMIT 1) AS from_loc"
  "  FROM placement p2 WHERE p2.start_date > :mw AND p2.start_date <= :t),"
  " gap AS ("
  "  SELECT mv.minor_id, mv.day, mv.reason, mi.birth_date,"
  "    (SELECT max (coalesce (e.end_date, '9999-12-31')) FROM enrolment e WHERE e.minor_id = mv.minor_id"
  "      AND e.start_date < mv.day AND (e.end_date IS NULL OR e.end_date >= date (mv.day, '-1 day'))) AS before_end"
  "  FROM mv JOIN location l ON l.id = mv.from_loc JOIN minor mi ON mi.id = mv.minor_id"
  "  WHERE mv.from_loc <> mv.to_loc AND %s"
  "    AND date (mi.birth_date, :age_min) <= mv.day AND date (mi.birth_date, :age_max) > mv.day)"
  " SELECT gap.minor_id, gap.day, gap.reason, gap.birth_date, gap.before_end,"
  "  (SELECT min (e.start_date) FROM enrolment e WHERE e.minor_id = gap.minor_id"
  "    AND e.start_date > gap.before_end AND e.start_date <= :t),"
  "  (SELECT max (coalesce (q.end_date, :t)) FROM placement q WHERE q.minor_id = gap.minor_id)"
  " FROM gap";

/* School-age days in locations of the scope within the moves window, and
 * the minors who spent them. */
static const char exposure_sql[] =
  "WITH d AS ("
  "  SELECT p.minor_id,"
  "    max (p.start_date, :mw1, date (m.birth_date, :age_min)) AS a,"
  "    min (coalesce (p.end_date, :t), :t, date (m.birth_date, :age_max, '-1 day')) AS b"
  "  FROM placement p JOIN location l ON l.id = p.location_id JOIN minor m ON m.id = p.minor_id"
  "  WHERE p.start_date <= :t AND (p.end_date IS NULL OR p.end_date > :mw)"
  "    AND m.birth_date IS NOT NULL AND %s)"
  " SELECT coalesce (sum (julianday (b) - julianday (a) + 1), 0), count (DISTINCT minor_id)"
  " FROM d WHERE b >= a";

/**
 * _schakel_metrics_moves:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes moves_per_child_year, school_gap_share and school_gap_median.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_moves (SchakelMetricsContext  *ctx,
                        GError                **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (ctx->scope, "l.municipality_code");
  g_autofree char *sql = g_strdup_printf (moves_sql, condition);
  g_autoptr(sqlite3_stmt) stmt = _schakel_metrics_prepare (ctx, sql, error);
  g_autoptr(GHashTable) gap_minors = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(SchakelKm) km = schakel_km_new ();
  SchakelMetricValue *rate = _schakel_metrics_want (ctx, "moves_per_child_year");
  SchakelMetricValue *value;
  gint64 n_moves = 0, long_gaps = 0, known_gaps = 0, n_minors = 0;
  double days = 0;
  guint64 n_rows = 0;
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      SchakelDay day, before_end, next, adult, left, censor;
      const char *reason;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;

      n_moves++;
      reason = (const char *) sqlite3_column_text (stmt, 2);
      if (rate != NULL)
        _schakel_metrics_add_part (rate, reason != NULL ? reason : "onbekend", 1);

      if (sqlite3_column_type (stmt, 4) == SQLITE_NULL)
        continue; /* not enrolled the day before the move */

      day = _schakel_metrics_column_day (stmt, 1);
      g_hash_table_add (gap_minors, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0));
      before_end = _schakel_metrics_column_day (stmt, 4);
      if (before_end == SCHAKEL_DAY_NONE || before_end >= day)
        {
          /* Still enrolled on the day of the move: no gap. */
          schakel_km_add (km, 0, TRUE);
          known_gaps++;
          continue;
        }

      next = _schakel_metrics_column_day (stmt, 5);
      adult = schakel_day_add_years (_schakel_metrics_column_day (stmt, 3), ctx->age_max_years);
      left = _schakel_metrics_column_day (stmt, 6);
      censor = MIN (ctx->t, adult - 1);
      if (left != SCHAKEL_DAY_NONE)
        censor = MIN (censor, left);

      if (next != SCHAKEL_DAY_NONE && next <= censor)
        {
          schakel_km_add (km, (guint) (next - before_end), TRUE);
          known_gaps++;
          long_gaps += next - before_end > ctx->gap_days;
        }
      else
        {
          schakel_km_add (km, (guint) (censor - before_end), FALSE);
          /* An open gap already longer than the limit is known to be long;
           * a shorter open one is not known either way. */
          if (censor - before_end > ctx->gap_days)
            {
              known_gaps++;
              long_gaps++;
            }
        }
    }

  if (rate != NULL)
    {
      if (!_schakel_metrics_query_exposure (ctx, exposure_sql, "l.municipality_code", &days, &n_minors, error))
        return FALSE;
      rate->numerator = n_moves;
      rate->n = n_minors;
      rate->exposure = days / 365.25;
      rate->value = days > 0 ? n_moves / (days / 365.25) : NAN;
    }
  if ((value = _schakel_metrics_want (ctx, "school_gap_share")) != NULL)
    _schakel_metrics_set_share (value, long_gaps, known_gaps);
  if ((value = _schakel_metrics_want (ctx, "school_gap_median")) != NULL)
    _schakel_metrics_set_km (value, g_steal_pointer (&km), g_hash_table_size (gap_minors));
  return TRUE;
}
