/* schakel-metrics-population.c — the metrics about the minors present on
 * the date: present, amv, temporary reception, education, the norm,
 * repeated moves, turning 18 and completeness (docs/metrics.md).
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

/* The start of a minor's norm period: the asylum application (else the
 * arrival in the Netherlands), but not before the minor is of school age. */
#define NORM_START "max (coalesce (m.application_date, m.arrival_date), date (m.birth_date, :age_min))"

#define ACTIVE_ENROLMENT \
  "e.minor_id = m.id AND e.start_date <= :t AND (e.end_date IS NULL OR e.end_date >= :t)"

/* One row per minor with an active placement on :t (the one that started
 * last when a partner's data has overlaps) in the scope, of school age or
 * with an unknown birth date. */
static const char population_sql[] =
  "WITH a AS ("
  "  SELECT p.minor_id, max (p.start_date) AS start_date, p.location_id FROM placement p"
  "  WHERE p.start_date <= :t AND (p.end_date IS NULL OR p.end_date >= :t)"
  "  GROUP BY p.minor_id)"
  " SELECT m.id, m.amv, m.birth_date, " NORM_START ", a.start_date,"
  "  lt.suitability, lt.temporary_after_days,"
  /* 7: NULL without an active enrolment, else whether one meets the
   * minimum hours (unknown hours count as meeting it, as in the Jongeren view) */
  "  (SELECT max (coalesce (e.hours_per_week, :min_hours) >= :min_hours) FROM enrolment e"
  "    WHERE " ACTIVE_ENROLMENT "),"
  "  (SELECT count(*) FROM enrolment e WHERE " ACTIVE_ENROLMENT " AND e.hours_per_week IS NULL),"
  "  (SELECT count(*) FROM enrolment e JOIN school s ON s.id = e.school_id"
  "    WHERE " ACTIVE_ENROLMENT " AND NOT s.brin GLOB '[0-9][0-9][A-Z][A-Z]'),"
  /* 10: the first day at school on or after the norm start, up to :t */
  "  (SELECT min (max (e.start_date, " NORM_START ")) FROM enrolment e"
  "    WHERE e.minor_id = m.id AND e.start_date <= :t"
  "      AND (e.end_date IS NULL OR e.end_date >= " NORM_START ")),"
  /* 11: moves in the moves window: placements with an earlier placement
   * of the same minor at another location */
  "  (SELECT count(*) FROM placement q WHERE q.minor_id = m.id AND q.start_date > :mw AND q.start_date <= :t"
  "    AND (SELECT q0.location_id FROM placement q0 WHERE q0.minor_id = q.minor_id"
  "         AND q0.start_date < q.start_date ORDER BY q0.start_date DESC LIMIT 1) <> q.location_id),"
  /* 12: the last decision up to :t */
  "  (SELECT pe.event FROM procedure_event pe WHERE pe.minor_id = m.id"
  "    AND pe.event IN ('vergunning', 'afwijzing') AND pe.date <= :t ORDER BY pe.date DESC LIMIT 1)"
  " FROM a JOIN location l ON l.id = a.location_id"
  " JOIN location_type lt ON lt.code = l.type_code"
  " JOIN minor m ON m.id = a.minor_id"
  " WHERE %s"
  "  AND (m.birth_date IS NULL"
  "       OR (date (m.birth_date, :age_min) <= :t AND date (m.birth_date, :age_max) > :t))";

typedef struct
{
  gint64 present;
  gint64 amv;
  gint64 temporary;
  gint64 in_education;
  gint64 within_norm;
  gint64 beyond_norm;
  gint64 compliant;
  gint64 late;
  gint64 pending;
  gint64 moved_2;
  gint64 moved_3;
  gint64 turning_90;
  gint64 turning_180;
  gint64 placed;       /* present plus those with an unknown birth date */
  gint64 complete;
} Tally;

static void
set_norm_on (SchakelMetricsContext *ctx,
             const char            *id,
             const char            *code)
{
  SchakelMetricValue *value = _schakel_metrics_want (ctx, id);

  if (value != NULL)
    _schakel_metrics_add_norm (value, code);
}

static const char *
permit_status (sqlite3_stmt *stmt,
               int           col)
{
  const char *event = (const char *) sqlite3_column_text (stmt, col);

  return event != NULL ? event : "geen_besluit";
}

static void
tally_row (SchakelMetricsContext *ctx,
           sqlite3_stmt          *stmt,
           Tally                 *tally)
{
  SchakelDay birth = _schakel_metrics_column_day (stmt, 2);
  SchakelDay norm_start = _schakel_metrics_column_day (stmt, 3);
  SchakelDay placed_since = _schakel_metrics_column_day (stmt, 4);
  const char *suitability = (const char *) sqlite3_column_text (stmt, 5);
  gboolean has_enrolment = sqlite3_column_type (stmt, 7) != SQLITE_NULL;
  gboolean in_education = has_enrolment && sqlite3_column_int (stmt, 7) != 0;
  SchakelDay first_school = _schakel_metrics_column_day (stmt, 10);
  int moves = sqlite3_column_int (stmt, 11);
  const SchakelMetricsNorm *norm = NULL;
  SchakelDay deadline = SCHAKEL_DAY_NONE;
  SchakelDay adult;

  tally->placed++;
  if (birth != SCHAKEL_DAY_NONE &&
      sqlite3_column_int (stmt, 8) == 0 && sqlite3_column_int (stmt, 9) == 0)
    tally->complete++;
  if (birth == SCHAKEL_DAY_NONE)
    return;

  tally->present++;
  tally->amv += sqlite3_column_int (stmt, 1) != 0;

  if (g_strcmp0 (suitability, "regular") != 0 ||
      (sqlite3_column_type (stmt, 6) != SQLITE_NULL &&
       ctx->t - placed_since > sqlite3_column_int (stmt, 6)))
    tally->temporary++;

  if (norm_start != SCHAKEL_DAY_NONE && (norm = _schakel_metrics_norm_for (ctx, norm_start)) != NULL)
    {
      deadline = schakel_day_add_months (norm_start, (int) norm->months);
      set_norm_on (ctx, "without_education_within_norm", norm->code);
      set_norm_on (ctx, "without_education_beyond_norm", norm->code);
      set_norm_on (ctx, "norm_compliance", norm->code);
    }

  if (in_education)
    tally->in_education++;
  else if (deadline != SCHAKEL_DAY_NONE && ctx->t <= deadline)
    tally->within_norm++;
  else
    tally->beyond_norm++;

  if (deadline != SCHAKEL_DAY_NONE)
    {
      if (first_school != SCHAKEL_DAY_NONE && first_school <= ctx->t)
        {
          if (first_school <= deadline)
            tally->compliant++;
          else
            tally->late++;
        }
      else if (ctx->t > deadline)
        tally->late++;
      else
        tally->pending++;
    }

  tally->moved_2 += moves >= 2;
  tally->moved_3 += moves >= 3;

  adult = schakel_day_add_years (birth, ctx->age_max_years);
  if (adult > ctx->t && adult <= ctx->t + 180)
    {
      SchakelMetricValue *v180 = _schakel_metrics_want (ctx, "turning_18_180");
      SchakelMetricValue *v90 = _schakel_metrics_want (ctx, "turning_18_90");

      tally->turning_180++;
      if (v180 != NULL)
        _schakel_metrics_add_part (v180, permit_status (stmt, 12), 1);
      if (adult <= ctx->t + 90)
        {
          tally->turning_90++;
          if (v90 != NULL)
            _schakel_metrics_add_part (v90, permit_status (stmt, 12), 1);
        }
    }
}

static void
set_share_of (SchakelMetricsContext *ctx,
              const char            *id,
              gint64                 numerator,
              gint64                 denominator)
{
  SchakelMetricValue *value = _schakel_metrics_want (ctx, id);

  if (value != NULL)
    _schakel_metrics_set_share (value, numerator, denominator);
}

static void
set_count_of (SchakelMetricsContext *ctx,
              const char            *id,
              gint64                 count,
              gint64                 n)
{
  SchakelMetricValue *value = _schakel_metrics_want (ctx, id);

  if (value != NULL)
    _schakel_metrics_set_count (value, count, n);
}

/**
 * _schakel_metrics_population:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes the metrics about the minors present on the date, streaming one
 * row per minor.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_population (SchakelMetricsContext  *ctx,
                             GError                **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (ctx->scope, "l.municipality_code");
  g_autofree char *sql = g_strdup_printf (population_sql, condition);
  g_autoptr(sqlite3_stmt) stmt = _schakel_metrics_prepare (ctx, sql, error);
  Tally tally = { 0 };
  guint64 n_rows = 0;
  gboolean row;
  SchakelMetricValue *value;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      tally_row (ctx, stmt, &tally);
    }

  set_count_of (ctx, "present", tally.present, tally.present);
  set_count_of (ctx, "present_amv", tally.amv, tally.present);
  set_share_of (ctx, "temporary_share", tally.temporary, tally.present);
  set_share_of (ctx, "in_education_share", tally.in_education, tally.present);
  set_share_of (ctx, "without_education_within_norm", tally.within_norm, tally.present);
  set_share_of (ctx, "without_education_beyond_norm", tally.beyond_norm, tally.present);
  set_share_of (ctx, "norm_compliance", tally.compliant, tally.compliant + tally.late);
  set_share_of (ctx, "repeated_moves_2", tally.moved_2, tally.present);
  set_share_of (ctx, "repeated_moves_3", tally.moved_3, tally.present);
  set_count_of (ctx, "turning_18_90", tally.turning_90, tally.present);
  set_count_of (ctx, "turning_18_180", tally.turning_180, tally.present);
  set_share_of (ctx, "completeness", tally.complete, tally.placed);

  if ((value = _schakel_metrics_want (ctx, "norm_compliance")) != NULL)
    {
      _schakel_metrics_add_part (value, "binnen_norm", tally.compliant);
      _schakel_metrics_add_part (value, "te_laat", tally.late);
      _schakel_metrics_add_part (value, "lopend", tally.pending);
    }
  /* Name the norm in force on the date when no minor needed one. */
  for (guint i = 0; i < 3; i++)
    {
      static const char * const ids[] = { "without_education_within_norm", "without_education_beyond_norm",
                                          "norm_compliance" };
      const SchakelMetricsNorm *norm = _schakel_metrics_norm_for (ctx, ctx->t);

      if ((value = _schakel_metrics_want (ctx, ids[i])) != NULL && value->norm == NULL && norm != NULL)
        _schakel_metrics_add_norm (value, norm->code);
    }
  return TRUE;
}
