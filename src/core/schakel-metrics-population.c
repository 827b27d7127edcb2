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

/* What the figures need to know of one minor present on the date: the
 * placement active on the date (the one that started last when a
 * partner's data has overlaps) in the scope, of a minor of school age or
 * with an unknown birth date. */
typedef struct
{
  gint64      minor_id;
  gboolean    amv;
  SchakelDay  birth;
  /* The start of the norm period: the asylum application (else the
   * arrival in the Netherlands), but not before the minor is of school
   * age; NONE when either is unknown. */
  SchakelDay  norm_start;
  SchakelDay  placed_since;
  const char *suitability;
  gboolean    has_after_days;
  int         after_days;
  gboolean    has_enrolment;  /* an enrolment active on the date */
  gboolean    in_education;   /* one meets the minimum hours (unknown hours count as meeting it) */
  int         unknown_hours;  /* active enrolments without hours */
  int         bad_brin;       /* active enrolments at a school without a valid BRIN */
  SchakelDay  first_school;   /* the first day at school on or after the norm start, up to the date */
  int         moves;          /* in the moves window, anywhere */
  const char *decision;       /* the last permit decision up to the date; NULL: none */
} Row;

typedef struct
{
  gint64     id;
  gboolean   amv;
  SchakelDay birth;
  SchakelDay applied;  /* the application, else the arrival */
} Minor;

typedef struct
{
  const char *suitability;
  gboolean    has_after_days;
  int         after_days;
} LocationType;

typedef struct
{
  SchakelDay  day;
  const char *event;
} Decision;

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

/* The metrics whose numerator counts minors present, one each: for these
 * the minors behind the figure can be listed (tally_row). */
static const char * const listed_ids[] = {
  "present", "present_amv", "temporary_share", "in_education_share",
  "without_education_within_norm", "without_education_beyond_norm",
  "norm_compliance", "repeated_moves_2", "repeated_moves_3",
  "turning_18_90", "turning_18_180", "completeness", NULL
};

/**
 * _schakel_metrics_population_lists:
 * @id: a metric id
 *
 * Returns: %TRUE when this family can list the minors behind @id
 */
gboolean
_schakel_metrics_population_lists (const char *id)
{
  return g_strv_contains (listed_ids, id);
}

/* Adds the minor of @row to the list behind @id, when that is asked for.
 * Called exactly where the numerator of @id is incremented, so that the
 * list and the figure cannot disagree. */
static void
count_behind (SchakelMetricsContext *ctx,
              const char            *id,
              const Row             *row)
{
  _schakel_metrics_count_behind (ctx, id, row->minor_id);
}

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
permit_status (const Row *row)
{
  return row->decision != NULL ? row->decision : "geen_besluit";
}

static void
tally_row (SchakelMetricsContext *ctx,
           const Row             *row,
           Tally                 *tally)
{
  SchakelDay birth = row->birth;
  SchakelDay norm_start = row->norm_start;
  SchakelDay first_school = row->first_school;
  const SchakelMetricsNorm *norm = NULL;
  SchakelDay deadline = SCHAKEL_DAY_NONE;
  SchakelDay adult;

  tally->placed++;
  if (birth != SCHAKEL_DAY_NONE && row->unknown_hours == 0 && row->bad_brin == 0)
    {
      tally->complete++;
      count_behind (ctx, "completeness", row);
    }
  if (birth == SCHAKEL_DAY_NONE)
    return;

  tally->present++;
  count_behind (ctx, "present", row);
  if (row->amv)
    {
      tally->amv++;
      count_behind (ctx, "present_amv", row);
    }

  if (g_strcmp0 (row->suitability, "regular") != 0 ||
      (row->has_after_days && ctx->t - row->placed_since > row->after_days))
    {
      tally->temporary++;
      count_behind (ctx, "temporary_share", row);
    }

  if (norm_start != SCHAKEL_DAY_NONE && (norm = _schakel_metrics_norm_for (ctx, norm_start)) != NULL)
    {
      deadline = schakel_day_add_months (norm_start, (int) norm->months);
      set_norm_on (ctx, "without_education_within_norm", norm->code);
      set_norm_on (ctx, "without_education_beyond_norm", norm->code);
      set_norm_on (ctx, "norm_compliance", norm->code);
    }

  if (row->has_enrolment && row->in_education)
    {
      tally->in_education++;
      count_behind (ctx, "in_education_share", row);
    }
  else if (deadline != SCHAKEL_DAY_NONE && ctx->t <= deadline)
    {
      tally->within_norm++;
      count_behind (ctx, "without_education_within_norm", row);
    }
  else
    {
      tally->beyond_norm++;
      count_behind (ctx, "without_education_beyond_norm", row);
    }

  if (deadline != SCHAKEL_DAY_NONE)
    {
      if (first_school != SCHAKEL_DAY_NONE && first_school <= ctx->t)
        {
          if (first_school <= deadline)
            {
              tally->compliant++;
              count_behind (ctx, "norm_compliance", row);
            }
          else
            tally->late++;
        }
      else if (ctx->t > deadline)
        tally->late++;
      else
        tally->pending++;
    }

  if (row->moves >= 2)
    {
      tally->moved_2++;
      count_behind (ctx, "repeated_moves_2", row);
    }
  if (row->moves >= 3)
    {
      tally->moved_3++;
      count_behind (ctx, "repeated_moves_3", row);
    }

  adult = schakel_day_add_years (birth, ctx->age_max_years);
  if (adult > ctx->t && adult <= ctx->t + 180)
    {
      SchakelMetricValue *v180 = _schakel_metrics_want (ctx, "turning_18_180");
      SchakelMetricValue *v90 = _schakel_metrics_want (ctx, "turning_18_90");

      tally->turning_180++;
      count_behind (ctx, "turning_18_180", row);
      if (v180 != NULL)
        _schakel_metrics_add_part (v180, permit_status (row), 1);
      if (adult <= ctx->t + 90)
        {
          tally->turning_90++;
          count_behind (ctx, "turning_18_90", row);
          if (v90 != NULL)
            _schakel_metrics_add_part (v90, permit_status (row), 1);
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

/* The minors' own fields, by id; kept in the rows of the run. */
static const GArray *
load_minors (SchakelMetricsContext  *ctx,
             GError                **error)
{
  g_autoptr(GArray) minors = g_array_new (FALSE, FALSE, sizeof (Minor));
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint64 n_rows = 0;
  gboolean row;

  if (ctx->rows->minors != NULL)
    return ctx->rows->minors;
  if (!(stmt = _schakel_metrics_prepare (ctx,
                                         "SELECT id, amv, birth_date, coalesce (application_date, arrival_date)"
                                         " FROM minor ORDER BY id",
                                         error)))
    return NULL;
  for (;;)
    {
      Minor minor;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return NULL;
      if (!row)
        break;
      minor.id = sqlite3_column_int64 (stmt, 0);
      minor.amv = sqlite3_column_int (stmt, 1) != 0;
      minor.birth = _schakel_metrics_column_day (stmt, 2);
      minor.applied = _schakel_metrics_column_day (stmt, 3);
      g_array_append_val (minors, minor);
    }
  ctx->rows->minors = g_steal_pointer (&minors);
  return ctx->rows->minors;
}

/* Location id → LocationType. */
static GHashTable *
load_location_types (SchakelMetricsContext  *ctx,
                     GError                **error)
{
  g_autoptr(GHashTable) types = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint64 n_rows = 0;
  gboolean row;

  if (ctx->rows->location_types != NULL)
    return ctx->rows->location_types;
  if (!(stmt = _schakel_metrics_prepare (ctx,
                                         "SELECT l.id, lt.suitability, lt.temporary_after_days FROM location l"
                                         " JOIN location_type lt ON lt.code = l.type_code",
                                         error)))
    return NULL;
  for (;;)
    {
      LocationType *type;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return NULL;
      if (!row)
        break;
      type = g_new0 (LocationType, 1);
      type->suitability = sqlite3_column_type (stmt, 1) == SQLITE_NULL
        ? NULL : g_intern_string ((const char *) sqlite3_column_text (stmt, 1));
      type->has_after_days = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
      type->after_days = sqlite3_column_int (stmt, 2);
      g_hash_table_insert (types, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0), type);
    }
  ctx->rows->location_types = g_steal_pointer (&types);
  return ctx->rows->location_types;
}

/* The ids of the schools without a valid BRIN. */
static GHashTable *
load_bad_brin (SchakelMetricsContext  *ctx,
               GError                **error)
{
  g_autoptr(GHashTable) schools = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint64 n_rows = 0;
  gboolean row;

  if (ctx->rows->bad_brin != NULL)
    return ctx->rows->bad_brin;
  if (!(stmt = _schakel_metrics_prepare (ctx,
                                         "SELECT id FROM school WHERE NOT brin GLOB '[0-9][0-9][A-Z][A-Z]'",
                                         error)))
    return NULL;
  for (;;)
    {
      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return NULL;
      if (!row)
        break;
      g_hash_table_add (schools, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0));
    }
  ctx->rows->bad_brin = g_steal_pointer (&schools);
  return ctx->rows->bad_brin;
}

/* Minor id → its permit decisions up to the latest date of the run
 * (GArray of Decision), in the order read from the table. */
static GHashTable *
load_decisions (SchakelMetricsContext  *ctx,
                GError                **error)
{
  g_autoptr(GHashTable) decisions = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  char until[SCHAKEL_ISO_DATE_LEN];
  guint64 n_rows = 0;
  gboolean row;

  if (ctx->rows->decisions != NULL)
    return ctx->rows->decisions;
  if (!(stmt = _schakel_metrics_prepare (ctx,
                                         "SELECT minor_id, date, event FROM procedure_event"
                                         " WHERE +event IN ('vergunning', 'afwijzing') AND +date <= ?1",
                                         error)))
    return NULL;
  schakel_day_format_iso (ctx->rows->until, until);
  schakel_sqlite_bind_text (stmt, 1, until);
  decisions = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, (GDestroyNotify) g_array_unref);
  for (;;)
    {
      gpointer key;
      GArray *list;
      Decision decision;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return NULL;
      if (!row)
        break;
      key = (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0);
      decision.day = _schakel_metrics_column_day (stmt, 1);
      decision.event = g_intern_string ((const char *) sqlite3_column_text (stmt, 2));
      if ((list = g_hash_table_lookup (decisions, key)) == NULL)
        g_hash_table_insert (decisions, key, list = g_array_new (FALSE, FALSE, sizeof (Decision)));
      g_array_append_val (list, decision);
    }
  ctx->rows->decisions = g_steal_pointer (&decisions);
  return ctx->rows->decisions;
}

/* The last permit decision of a minor up to the date; of two on that
 * day, the one read first. NULL: none. */
static const char *
decision_on (SchakelMetricsContext *ctx,
             GHashTable            *decisions,
             gint64                 minor_id)
{
  GArray *list = g_hash_table_lookup (decisions, (gpointer) (gintptr) minor_id);
  const Decision *last = NULL;

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      const Decision *decision = &g_array_index (list, Decision, i);

      if (decision->day <= ctx->t && (last == NULL || decision->day > last->day))
        last = decision;
    }
  return last != NULL ? last->event : NULL;
}

/* Fills @row from the minor's enrolments @e..@e_end. */
static void
add_enrolments (SchakelMetricsContext         *ctx,
                GHashTable                    *bad_brin,
                const SchakelMetricsEnrolment *e,
                const SchakelMetricsEnrolment *e_end,
                Row                           *row)
{
  for (; e < e_end && e->start <= ctx->t; e++)
    {
      if (e->end == SCHAKEL_DAY_NONE || e->end >= ctx->t)
        {
          row->has_enrolment = TRUE;
          row->in_education |= _schakel_school_rules_is_education (&ctx->rules, e->hours);
          row->unknown_hours += isnan (e->hours);
          row->bad_brin += g_hash_table_contains (bad_brin, (gpointer) (gintptr) e->school_id);
        }
      if (row->norm_start != SCHAKEL_DAY_NONE && (e->end == SCHAKEL_DAY_NONE || e->end >= row->norm_start))
        {
          SchakelDay first = MAX (e->start, row->norm_start);

          if (row->first_school == SCHAKEL_DAY_NONE || first < row->first_school)
            row->first_school = first;
        }
    }
}

/**
 * _schakel_metrics_population:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes the metrics about the minors present on the date, one minor at
 * a time from the placements and enrolments read in one pass
 * (_schakel_metrics_data()).
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_population (SchakelMetricsContext  *ctx,
                             GError                **error)
{
  const SchakelMetricsData *data = _schakel_metrics_data (ctx, error);
  const GArray *minors = NULL;
  GHashTable *types = NULL;
  GHashTable *bad_brin = NULL;
  GHashTable *decisions = NULL;
  const SchakelMetricsPlacement *p, *p_end;
  const SchakelMetricsEnrolment *e, *e_end;
  const Minor *m, *m_end;
  Tally tally = { 0 };
  SchakelMetricValue *value;

  if (data == NULL ||
      !(minors = load_minors (ctx, error)) ||
      !(types = load_location_types (ctx, error)) ||
      !(bad_brin = load_bad_brin (ctx, error)) ||
      !(decisions = load_decisions (ctx, error)))
    return FALSE;

  p = (const SchakelMetricsPlacement *) (gpointer) data->placements->data;
  p_end = p + data->placements->len;
  e = (const SchakelMetricsEnrolment *) (gpointer) data->enrolments->data;
  e_end = e + data->enrolments->len;
  m = (const Minor *) (gpointer) minors->data;
  m_end = m + minors->len;

  /* One minor at a time, in the order of their ids. */
  while (p < p_end)
    {
      const SchakelMetricsPlacement *q, *r, *active = NULL;
      const SchakelMetricsEnrolment *f;
      const LocationType *type;
      gint64 minor_id = p->minor_id;
      Row row = { 0 };

      for (q = p; q < p_end && q->minor_id == minor_id; q++)
        if (q->start <= ctx->t && (q->end == SCHAKEL_DAY_NONE || q->end >= ctx->t))
          active = q;
      while (m < m_end && m->id < minor_id)
        m++;
      if (active == NULL || m == m_end || m->id != minor_id ||
          !g_hash_table_contains (data->locations_in_scope, (gpointer) (gintptr) active->location_id) ||
          !(type = g_hash_table_lookup (types, (gpointer) (gintptr) active->location_id)) ||
          (m->birth != SCHAKEL_DAY_NONE &&
           (schakel_day_add_years (m->birth, ctx->age_min_years) > ctx->t ||
            schakel_day_add_years (m->birth, ctx->age_max_years) <= ctx->t)))
        {
          p = q;
          continue;
        }

      row.minor_id = minor_id;
      row.amv = m->amv;
      row.birth = m->birth;
      row.norm_start = _schakel_school_rules_norm_start (&ctx->rules, m->birth, m->applied);
      row.placed_since = active->start;
      row.suitability = type->suitability;
      row.has_after_days = type->has_after_days;
      row.after_days = type->after_days;
      row.first_school = SCHAKEL_DAY_NONE;

      while (e < e_end && e->minor_id < minor_id)
        e++;
      for (f = e; f < e_end && f->minor_id == minor_id; f++)
        ;
      add_enrolments (ctx, bad_brin, e, f, &row);

      /* Moves in the moves window: placements with an earlier placement
       * of the same minor at another location. */
      for (r = p + 1; r < q; r++)
        row.moves += r->start > ctx->mw && r->start <= ctx->t && r[-1].location_id != r->location_id;

      row.decision = decision_on (ctx, decisions, minor_id);

      tally_row (ctx, &row, &tally);
      p = q;
      e = f;
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
