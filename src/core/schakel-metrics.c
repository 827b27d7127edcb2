/* schakel-metrics.c — the metric registry, computing a set of metrics for
 * a scope and a date, and applying publication mode to the results.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The definitions are in docs/metrics.md. Metrics that come from the same
 * rows are computed together by one "family" (schakel-metrics-*.c), each
 * streaming its rows from SQLite once and keeping per-row state only.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-metrics-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

#define DEFAULT_WINDOW_MONTHS 12

static const SchakelMetricInfo metric_infos[] = {
  { "present", N_("Present"),
    N_("School-age minors (5 to 17) with a placement in the scope on the date"),
    SCHAKEL_METRIC_UNIT_COUNT, FALSE },
  { "present_amv", N_("Present, unaccompanied"),
    N_("Of those present, the unaccompanied minors (amv)"),
    SCHAKEL_METRIC_UNIT_COUNT, FALSE },
  { "temporary_share", N_("In temporary or unsuitable reception"),
    N_("Share of those present in a temporary or unsuitable location, including a registration centre beyond its day limit"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "in_education_share", N_("In education"),
    N_("Share of those present with an enrolment on the date of at least the minimum hours per week"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "without_education_within_norm", N_("Without education, within the norm"),
    N_("Share of those present without education whose norm period has not yet ended"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "without_education_beyond_norm", N_("Without education, beyond the norm"),
    N_("Share of those present without education whose norm period has ended"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "time_to_school", N_("Time to school after placement"),
    N_("Median days from the start of a placement to the first enrolment (Kaplan–Meier), for placements that started in the window"),
    SCHAKEL_METRIC_UNIT_DAYS, TRUE },
  { "norm_compliance", N_("School access within the norm"),
    N_("Share of those present whose first school access after the asylum application came within the norm; minors still inside the norm period are left out"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "waitlist_open", N_("Open wait-list entries"),
    N_("Wait-list entries open on the date, for schools in the scope"),
    SCHAKEL_METRIC_UNIT_COUNT, FALSE },
  { "waitlist_wait", N_("Wait on a wait-list"),
    N_("Median days from registration to a place at that school (Kaplan–Meier), for entries registered in the window"),
    SCHAKEL_METRIC_UNIT_DAYS, TRUE },
  { "waitlist_moved_share", N_("Wait-list entries ended by a move"),
    N_("Share of the wait-list entries closed in the window that ended because the minor moved away"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "moves_per_child_year", N_("Moves per child-year"),
    N_("Moves out of locations in the scope per year of school-age stay in those locations, in the moves window"),
    SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR, FALSE },
  { "repeated_moves_2", N_("Moved twice or more"),
    N_("Share of those present who moved 2 or more times in the moves window"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "repeated_moves_3", N_("Moved three times or more"),
    N_("Share of those present who moved 3 or more times in the moves window"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "school_gap_share", N_("School gap after a move"),
    N_("Share of the moves of enrolled minors in the moves window after which the next enrolment started more than the allowed days after the previous one ended"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "school_gap_median", N_("School gap after a move, median"),
    N_("Median days from the end of the enrolment before a move to the start of the next one (Kaplan–Meier)"),
    SCHAKEL_METRIC_UNIT_DAYS, TRUE },
  { "absence_reports_per_100", N_("Absence reports per 100 pupil-years"),
    N_("Absence reports in the window per 100 years of enrolment at schools in the scope"),
    SCHAKEL_METRIC_UNIT_PER_100_YEARS, FALSE },
  { "escalations_open", N_("Open escalations"),
    N_("Absence reports open on the date with an escalation step under way"),
    SCHAKEL_METRIC_UNIT_COUNT, FALSE },
  { "escalations_overdue", N_("Absence cases past their deadline"),
    N_("Open absence reports whose next escalation step is past its deadline in working days, the first step counted from the report date"),
    SCHAKEL_METRIC_UNIT_COUNT, FALSE },
  { "escalation_timeliness", N_("Escalation steps on time"),
    N_("Share of the escalation steps taken in the window that came within their deadline in working days after the step before"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "turning_18_90", N_("Turning 18 within 90 days"),
    N_("Of those present, the minors whose 18th birthday falls in the 90 days after the date"),
    SCHAKEL_METRIC_UNIT_COUNT, FALSE },
  { "turning_18_180", N_("Turning 18 within 180 days"),
    N_("Of those present, the minors whose 18th birthday falls in the 180 days after the date"),
    SCHAKEL_METRIC_UNIT_COUNT, FALSE },
  { "adult_plan_share", N_("Turning 18 with a plan"),
    N_("Share of the minors placed in the scope who turn 18 within 90 days with an 18+ plan that says where they go"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "adult_plan_in_region", N_("18+ plans within the school’s region"),
    N_("Of the minors turning 18 within 90 days whose plan names a receiving municipality and who are at a school, the share whose plan keeps them in the region of their school"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
  { "completeness", N_("Data completeness"),
    N_("Share of the minors placed in the scope with a known birth date, known hours for every current enrolment and a valid BRIN"),
    SCHAKEL_METRIC_UNIT_SHARE, FALSE },
};

/* Which family computes which metrics. */
static const struct
{
  SchakelMetricsFamily  run;
  const char           *ids[13];
} families[] = {
  { _schakel_metrics_population, { "present", "present_amv", "temporary_share", "in_education_share",
                                   "without_education_within_norm", "without_education_beyond_norm",
                                   "norm_compliance", "repeated_moves_2", "repeated_moves_3",
                                   "turning_18_90", "turning_18_180", "completeness", NULL } },
  { _schakel_metrics_time_to_school, { "time_to_school", NULL } },
  { _schakel_metrics_moves, { "moves_per_child_year", "school_gap_share", "school_gap_median", NULL } },
  { _schakel_metrics_waitlist, { "waitlist_open", "waitlist_wait", "waitlist_moved_share", NULL } },
  { _schakel_metrics_absence, { "absence_reports_per_100", "escalations_open", "escalations_overdue",
                                "escalation_timeliness", NULL } },
  { _schakel_metrics_adult_plans, { "adult_plan_share", "adult_plan_in_region", NULL } },
};

/**
 * schakel_metric_info_list:
 * @n_metrics: (out): the number of metrics
 *
 * Returns: (transfer none) (array length=n_metrics): every metric, in
 *   dashboard order
 */
const SchakelMetricInfo *
schakel_metric_info_list (guint *n_metrics)
{
  *n_metrics = G_N_ELEMENTS (metric_infos);
  return metric_infos;
}

/**
 * schakel_metric_info_lookup:
 * @id: a metric id
 *
 * Returns: (transfer none) (nullable): the metric, %NULL for an unknown id
 */
const SchakelMetricInfo *
schakel_metric_info_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (metric_infos); i++)
    if (g_str_equal (metric_infos[i].id, id))
      return &metric_infos[i];
  return NULL;
}

/**
 * schakel_metric_unit_name:
 * @unit: a unit
 *
 * Returns: the unit's stable name for exports: `count`, `share`,
 *   `per_child_year`, `per_100_years` or `days`
 */
const char *
schakel_metric_unit_name (SchakelMetricUnit unit)
{
  switch (unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      return "count";
    case SCHAKEL_METRIC_UNIT_SHARE:
      return "share";
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
      return "per_child_year";
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      return "per_100_years";
    case SCHAKEL_METRIC_UNIT_DAYS:
      return "days";
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
metric_part_clear (gpointer data)
{
  SchakelMetricPart *part = data;

  g_free (part->key);
}

static SchakelMetricValue *
metric_value_new (const SchakelMetricInfo *info)
{
  SchakelMetricValue *value = g_new0 (SchakelMetricValue, 1);

  value->info = info;
  value->value = NAN;
  value->median.value = value->median.lower = value->median.upper = NAN;
  value->p90 = value->median;
  return value;
}

/**
 * schakel_metric_value_free:
 * @value: (nullable): a value
 *
 * Frees @value.
 */
void
schakel_metric_value_free (SchakelMetricValue *value)
{
  if (value == NULL)
    return;
  g_free (value->norm);
  g_free (value->display);
  g_clear_pointer (&value->km, schakel_km_free);
  g_clear_pointer (&value->parts, g_array_unref);
  g_free (value);
}

/* The window (w, t] and the moves window (mw, t]. */
static void
context_set_windows (SchakelMetricsContext *ctx,
                     SchakelDay             w,
                     SchakelDay             mw)
{
  ctx->w = w;
  ctx->mw = mw;
  schakel_day_format_iso (ctx->w, ctx->w_iso);
  schakel_day_format_iso (ctx->w + 1, ctx->w1_iso);
  schakel_day_format_iso (ctx->mw, ctx->mw_iso);
  schakel_day_format_iso (ctx->mw + 1, ctx->mw1_iso);
}

/* The window start w and the moves window start mw of date @t: from the
 * settings, or both @window_start when given. */
static void
windows_of (SchakelDatabase *db,
            SchakelDay       t,
            SchakelDay       window_start,
            SchakelDay      *w,
            SchakelDay      *mw)
{
  int window = schakel_database_get_setting_int (db, "metrics_window_months", DEFAULT_WINDOW_MONTHS);
  int moves_window = schakel_database_get_setting_int (db, "moves_window_months", DEFAULT_WINDOW_MONTHS);

  if (window_start != SCHAKEL_DAY_NONE)
    {
      *w = *mw = MIN (window_start, t);
      return;
    }
  *w = schakel_day_add_months (t, -CLAMP (window, 1, 120));
  *mw = schakel_day_add_months (t, -CLAMP (moves_window, 1, 120));
}

/**
 * _schakel_metrics_read_bounds:
 * @db: a database
 * @dates: (array length=n_dates): dates to compute
 * @window_starts: (nullable) (array length=n_dates): their window starts
 * @n_dates: how many, at least one
 * @from: (out): the earliest start of any of their windows
 * @until: (out): the latest date
 *
 * What _schakel_metrics_rows_new() needs to serve all of @dates.
 */
void
_schakel_metrics_read_bounds (SchakelDatabase  *db,
                              const SchakelDay *dates,
                              const SchakelDay *window_starts,
                              guint             n_dates,
                              SchakelDay       *from,
                              SchakelDay       *until)
{
  *from = G_MAXINT;
  *until = G_MININT;
  for (guint i = 0; i < n_dates; i++)
    {
      SchakelDay w, mw;

      windows_of (db, dates[i], window_starts != NULL ? window_starts[i] : SCHAKEL_DAY_NONE, &w, &mw);
      *from = MIN (*from, MIN (w, mw));
      *until = MAX (*until, dates[i]);
    }
}

/* Settings as SQLite date modifiers and numbers. */
static void
context_init (SchakelMetricsContext *ctx,
              SchakelDatabase       *db,
              const SchakelScope    *scope,
              SchakelDay             t,
              SchakelDay             window_start,
              GCancellable          *cancellable)
{
  SchakelDay w, mw;

  memset (ctx, 0, sizeof *ctx);
  ctx->db = db;
  ctx->handle = schakel_database_get_handle (db);
  ctx->scope = scope;
  ctx->cancellable = cancellable;
  ctx->t = t;
  schakel_day_format_iso (t, ctx->t_iso);
  windows_of (db, t, window_start, &w, &mw);
  context_set_windows (ctx, w, mw);

  _schakel_school_rules_init (&ctx->rules, db);
  ctx->age_min = g_strdup_printf ("+%d years", ctx->rules.age_min_years);
  ctx->age_max = g_strdup_printf ("+%d years", ctx->rules.age_max_years);
  ctx->age_min_years = ctx->rules.age_min_years;
  ctx->age_max_years = ctx->rules.age_max_years;
  ctx->min_hours = ctx->rules.min_hours;
  ctx->gap_days = MAX (0, schakel_database_get_setting_int (db, "school_gap_days", 7));
  ctx->wanted = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
context_clear (SchakelMetricsContext *ctx)
{
  g_free (ctx->age_min);
  g_free (ctx->age_max);
  _schakel_school_rules_clear (&ctx->rules);
  g_clear_pointer (&ctx->wanted, g_hash_table_unref);
  g_clear_pointer (&ctx->data, _schakel_metrics_data_free);
  g_clear_pointer (&ctx->own_rows, _schakel_metrics_rows_free);
  g_clear_pointer (&ctx->municipalities, g_hash_table_unref);
}

static GPtrArray *
compute (SchakelDatabase     *db,
         const SchakelScope  *scope,
         SchakelDay           date,
         const char * const  *ids,
         const char          *behind_id,
         GArray              *behind,
         SchakelMetricsOptions *options,
         GCancellable        *cancellable,
         GError             **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_metric_value_free);
  SchakelMetricsContext ctx;
  gboolean ok = TRUE;

  if (ids == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (metric_infos); i++)
      g_ptr_array_add (values, metric_value_new (&metric_infos[i]));
  else
    for (guint i = 0; ids[i] != NULL; i++)
      {
        const SchakelMetricInfo *info = schakel_metric_info_lookup (ids[i]);

        if (info == NULL)
          {
            g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                         _("Unknown metric “%s”"), ids[i]);
            return NULL;
          }
        g_ptr_array_add (values, metric_value_new (info));
      }

  /* A savepoint, unlike BEGIN, also works inside a caller's transaction. */
  if (!schakel_sqlite_exec (schakel_database_get_handle (db), "SAVEPOINT schakel_metrics", error))
    return NULL;

  context_init (&ctx, db, scope, date, options != NULL ? options->window_start : SCHAKEL_DAY_NONE, cancellable);
  if (options != NULL)
    {
      ctx.options = options;
      ctx.data = options->data;
      if (options->behind_id != NULL)
        behind_id = options->behind_id, behind = options->behind;
      if (options->rows != NULL && _schakel_metrics_rows_cover (options->rows, &ctx))
        ctx.rows = options->rows;
    }
  if (ctx.rows == NULL)
    ctx.rows = ctx.own_rows = _schakel_metrics_rows_new (MIN (ctx.w, ctx.mw), ctx.t);
  ctx.behind_id = behind_id;
  ctx.behind = behind;
  for (guint i = 0; i < values->len; i++)
    {
      SchakelMetricValue *value = g_ptr_array_index (values, i);

      g_hash_table_insert (ctx.wanted, (gpointer) value->info->id, value);
    }

  ok = _schakel_school_rules_load_norms (&ctx.rules, ctx.handle, error) &&
       _schakel_metrics_scope_load (&ctx, error);
  for (guint f = 0; ok && f < G_N_ELEMENTS (families); f++)
    {
      gboolean needed = FALSE;

      for (guint i = 0; families[f].ids[i] != NULL; i++)
        needed |= g_hash_table_contains (ctx.wanted, families[f].ids[i]);
      if (needed)
        ok = families[f].run (&ctx, error);
    }
  /* The data read go to the caller, for the next computation. */
  if (options != NULL)
    options->data = g_steal_pointer (&ctx.data);
  context_clear (&ctx);

  schakel_sqlite_exec (schakel_database_get_handle (db), "RELEASE schakel_metrics", NULL);
  return ok ? g_steal_pointer (&values) : NULL;
}

/**
 * schakel_metrics_compute:
 * @db: a database, preferably a read-only connection
 * @scope: the scope, checked with schakel_scope_validate()
 * @date: the peildatum
 * @ids: (nullable) (array zero-terminated=1): metric ids; %NULL for all
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Computes metrics as defined in docs/metrics.md. The database is read in
 * one read transaction, so the figures are consistent with each other even
 * while a writer works beside.
 *
 * Returns: (transfer full) (element-type SchakelMetricValue) (nullable):
 *   the values, in the order of @ids (or of schakel_metric_info_list())
 */
GPtrArray *
schakel_metrics_compute (SchakelDatabase     *db,
                         const SchakelScope  *scope,
                         SchakelDay           date,
                         const char * const  *ids,
                         GCancellable        *cancellable,
                         GError             **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  return compute (db, scope, date, ids, NULL, NULL, NULL, cancellable, error);
}

/**
 * _schakel_metrics_compute_with:
 * @options: (nullable): what to share with other computations or collect
 *
 * schakel_metrics_compute() with options (schakel-metrics-series.c).
 *
 * Returns: (transfer full) (element-type SchakelMetricValue) (nullable):
 *   the values
 */
GPtrArray *
_schakel_metrics_compute_with (SchakelDatabase        *db,
                               const SchakelScope     *scope,
                               SchakelDay              date,
                               const char * const     *ids,
                               SchakelMetricsOptions  *options,
                               GCancellable           *cancellable,
                               GError                **error)
{
  return compute (db, scope, date, ids, NULL, NULL, options, cancellable, error);
}

/**
 * schakel_metrics_find:
 * @values: (element-type SchakelMetricValue) (nullable): values from
 *   schakel_metrics_compute()
 * @id: a metric id
 *
 * Returns: (transfer none) (nullable): the value of @id in @values
 */
const SchakelMetricValue *
schakel_metrics_find (GPtrArray  *values,
                      const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; values != NULL && i < values->len; i++)
    {
      const SchakelMetricValue *value = g_ptr_array_index (values, i);

      if (value != NULL && g_str_equal (value->info->id, id))
        return value;
    }
  return NULL;
}

/**
 * schakel_metric_lists_minors:
 * @id: a metric id
 *
 * Whether schakel_metrics_minors_behind() can list the minors behind the
 * metric: the metrics whose numerator counts minors, one each:
 * `present` … `completeness` of the population family, and the two
 * 18+ plan shares; and the metrics that count entries or reports of
 * minors: `waitlist_open`, `escalations_open` and `escalations_overdue`.
 *
 * Returns: %TRUE when the minors behind @id can be listed
 */
gboolean
schakel_metric_lists_minors (const char *id)
{
  /* Their numerators count entries or reports; the list names each minor once. */
  static const char * const per_record[] = { "waitlist_open", "escalations_open", "escalations_overdue", NULL };

  g_return_val_if_fail (id != NULL, FALSE);

  return _schakel_metrics_population_lists (id) || _schakel_metrics_adult_lists (id) ||
         g_strv_contains (per_record, id);
}

/**
 * schakel_metrics_minors_behind:
 * @db: a database, preferably a read-only connection
 * @scope: the scope
 * @date: the peildatum
 * @id: a metric for which schakel_metric_lists_minors() holds
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Lists the minors counted in the numerator of metric @id at @scope on
 * @date. The list comes from the same computation as the figure: for the
 * metrics that count minors its length is the metric's `numerator`; for
 * those that count entries or reports (`waitlist_open`,
 * `escalations_open`, `escalations_overdue`) a minor with several is
 * listed once, so the list can be shorter.
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the minors'
 *   database ids (`minor.id`), ascending
 */
GArray *
schakel_metrics_minors_behind (SchakelDatabase     *db,
                               const SchakelScope  *scope,
                               SchakelDay           date,
                               const char          *id,
                               GCancellable        *cancellable,
                               GError             **error)
{
  g_autoptr(GArray) behind = g_array_new (FALSE, FALSE, sizeof (SchakelMetricsBehind));
  g_autoptr(GPtrArray) values = NULL;
  const char *ids[] = { id, NULL };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if (!schakel_metric_lists_minors (id))
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("The minors behind “%s” cannot be listed"), id);
      return NULL;
    }
  values = compute (db, scope, date, ids, id, behind, NULL, cancellable, error);
  if (values == NULL)
    return NULL;
  /* A minor with two open entries or reports is one row in the Jongeren view. */
  return _schakel_metrics_behind_select (behind, SCHAKEL_METRICS_BEHIND_COUNTED, 0);
}

/**
 * _schakel_metrics_count_behind:
 * @ctx: the context
 * @id: a metric id
 * @minor_id: a minor its numerator just counted
 *
 * Adds @minor_id to the list behind @id, when that list is asked for.
 * Called exactly where the numerator of @id grows, so that the list and
 * the figure cannot disagree.
 */
void
_schakel_metrics_count_behind (SchakelMetricsContext *ctx,
                               const char            *id,
                               gint64                 minor_id)
{
  SchakelMetricsBehind record = { minor_id, 0, TRUE };

  if (ctx->behind_id != NULL && g_str_equal (ctx->behind_id, id))
    g_array_append_val (ctx->behind, record);
}

/**
 * _schakel_metrics_want:
 * @ctx: the context
 * @id: a metric id
 *
 * Returns: (transfer none) (nullable): the value to fill, %NULL when the
 *   metric was not asked for
 */
SchakelMetricValue *
_schakel_metrics_want (SchakelMetricsContext *ctx,
                       const char            *id)
{
  return g_hash_table_lookup (ctx->wanted, id);
}

static void
bind_named (sqlite3_stmt *stmt,
            const char   *name,
            const char   *text)
{
  int index = sqlite3_bind_parameter_index (stmt, name);

  if (index > 0)
    schakel_sqlite_bind_text (stmt, index, text);
}

/**
 * _schakel_metrics_prepare:
 * @ctx: the context
 * @sql: a query that may use :t, :w, :w1, :mw, :mw1, :age_min, :age_max,
 *   :min_hours and the scope's parameters
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the statement, its parameters bound
 */
sqlite3_stmt *
_schakel_metrics_prepare (SchakelMetricsContext  *ctx,
                          const char             *sql,
                          GError                **error)
{
  sqlite3_stmt *stmt = schakel_sqlite_prepare (ctx->handle, sql, error);
  int index;

  if (stmt == NULL)
    return NULL;
  bind_named (stmt, ":t", ctx->t_iso);
  bind_named (stmt, ":w", ctx->w_iso);
  bind_named (stmt, ":w1", ctx->w1_iso);
  bind_named (stmt, ":mw", ctx->mw_iso);
  bind_named (stmt, ":mw1", ctx->mw1_iso);
  bind_named (stmt, ":age_min", ctx->age_min);
  bind_named (stmt, ":age_max", ctx->age_max);
  if ((index = sqlite3_bind_parameter_index (stmt, ":min_hours")) > 0)
    sqlite3_bind_double (stmt, index, ctx->min_hours);
  _schakel_scope_bind (ctx->scope, stmt);
  return stmt;
}

/**
 * _schakel_metrics_step:
 * @ctx: the context
 * @stmt: a statement
 * @n_rows: (inout): rows so far, for checking the cancellable now and then
 * @row: (out): %TRUE when a row is ready
 * @error: return location for an error
 *
 * Returns: %FALSE on an error or when cancelled
 */
gboolean
_schakel_metrics_step (SchakelMetricsContext  *ctx,
                       sqlite3_stmt           *stmt,
                       guint64                *n_rows,
                       gboolean               *row,
                       GError                **error)
{
  int rc;

  if ((++*n_rows & 0xfff) == 0 && g_cancellable_is_cancelled (ctx->cancellable))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED, _("Cancelled"));
      return FALSE;
    }
  rc = sqlite3_step (stmt);
  *row = rc == SQLITE_ROW;
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, ctx->handle, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

/**
 * _schakel_metrics_column_day:
 * @stmt: a statement with a row
 * @col: a column holding an ISO date or NULL
 *
 * Returns: the day, or %SCHAKEL_DAY_NONE for NULL
 */
SchakelDay
_schakel_metrics_column_day (sqlite3_stmt *stmt,
                             int           col)
{
  return schakel_sqlite_column_day (stmt, col);
}

/**
 * _schakel_metrics_norm_for:
 * @ctx: the context
 * @start: the day the norm period starts
 *
 * Returns: (nullable): the school-access norm in force on @start
 */
const SchakelMetricsNorm *
_schakel_metrics_norm_for (SchakelMetricsContext *ctx,
                           SchakelDay             start)
{
  return _schakel_school_rules_norm_for (&ctx->rules, start);
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

/**
 * _schakel_metrics_add_norm:
 * @value: a value
 * @code: a norm code that was applied
 *
 * Adds @code to the value's list of norms, once, in sorted order.
 */
void
_schakel_metrics_add_norm (SchakelMetricValue *value,
                           const char         *code)
{
  g_auto(GStrv) codes = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) sorted = NULL;

  if (value->norm == NULL)
    {
      value->norm = g_strdup (code);
      return;
    }
  codes = g_strsplit (value->norm, ", ", -1);
  if (g_strv_contains ((const char * const *) codes, code))
    return;
  builder = g_strv_builder_new ();
  g_strv_builder_addv (builder, (const char **) codes);
  g_strv_builder_add (builder, code);
  sorted = g_strv_builder_end (builder);
  qsort (sorted, g_strv_length (sorted), sizeof (char *), compare_strings);
  g_free (value->norm);
  value->norm = g_strjoinv (", ", sorted);
}

/**
 * _schakel_metrics_add_part:
 * @value: a value
 * @key: a code
 * @count: how many to add under @key
 *
 * Adds to the breakdown of the value's numerator.
 */
void
_schakel_metrics_add_part (SchakelMetricValue *value,
                           const char         *key,
                           gint64              count)
{
  SchakelMetricPart part = { NULL, 0, SCHAKEL_CELL_VISIBLE };

  if (value->parts == NULL)
    {
      value->parts = g_array_new (FALSE, FALSE, sizeof (SchakelMetricPart));
      g_array_set_clear_func (value->parts, metric_part_clear);
    }
  for (guint i = 0; i < value->parts->len; i++)
    {
      SchakelMetricPart *p = &g_array_index (value->parts, SchakelMetricPart, i);

      if (g_str_equal (p->key, key))
        {
          p->count += count;
          return;
        }
    }
  part.key = g_strdup (key);
  part.count = count;
  g_array_append_val (value->parts, part);
}

/**
 * _schakel_metrics_set_count:
 * @value: a value
 * @count: the count
 * @n: the population it is part of
 *
 * Makes @value a count.
 */
void
_schakel_metrics_set_count (SchakelMetricValue *value,
                            gint64              count,
                            gint64              n)
{
  value->numerator = count;
  value->n = n;
  value->value = (double) count;
}

/**
 * _schakel_metrics_set_share:
 * @value: a value
 * @numerator: how many have the property
 * @denominator: out of how many; 0 gives no value
 *
 * Makes @value a share.
 */
void
_schakel_metrics_set_share (SchakelMetricValue *value,
                            gint64              numerator,
                            gint64              denominator)
{
  value->numerator = numerator;
  value->n = denominator;
  value->value = denominator > 0 ? (double) numerator / (double) denominator : NAN;
}

/**
 * _schakel_metrics_set_km:
 * @value: a value
 * @km: (transfer full): the curve
 * @n_minors: the different minors behind it
 *
 * Makes @value a Kaplan–Meier median with its curve.
 */
void
_schakel_metrics_set_km (SchakelMetricValue *value,
                         SchakelKm          *km,
                         gint64              n_minors)
{
  guint n_steps;

  g_clear_pointer (&value->km, schakel_km_free);
  value->km = km;
  value->n = schakel_km_get_n (km);
  value->numerator = schakel_km_get_n_events (km);
  value->n_minors = n_minors;
  schakel_km_quantile (km, 0.5, &value->median);
  schakel_km_quantile (km, 0.9, &value->p90);
  value->value = value->median.value;
  schakel_km_get_steps (km, &n_steps);
  value->curve_length = n_steps;
}

static void
publish_parts (SchakelMetricValue            *value,
               const SchakelPublicationRules *rules)
{
  g_autoptr(SchakelPublicationTable) table = NULL;

  if (value->parts == NULL || value->parts->len == 0)
    return;

  table = schakel_publication_table_new (1, value->parts->len);
  for (guint i = 0; i < value->parts->len; i++)
    schakel_publication_table_set (table, 0, i, g_array_index (value->parts, SchakelMetricPart, i).count);
  schakel_publication_table_protect (table, rules);
  for (guint i = 0; i < value->parts->len; i++)
    g_array_index (value->parts, SchakelMetricPart, i).state = schakel_publication_table_get_state (table, 0, i);
  /* The total of the parts is the numerator: hide it with them. */
  if (schakel_publication_table_get_state (table, 0, value->parts->len) != SCHAKEL_CELL_VISIBLE)
    value->suppressed = TRUE;
}

/**
 * schakel_metric_value_publish:
 * @value: a computed value
 * @rules: the publication rules
 *
 * Applies publication mode (DOMAIN.md §11): a count from 1 to k − 1 is
 * hidden and shown as `<k`, and so is (as `x`) a count whose difference
 * with its population is such a count; a share needs its denominator (and neither its
 * numerator nor the rest may be a small count); a rate needs as many
 * minors as a share's denominator and no small number of events; a median
 * or curve needs `min_group` minors, and the curve is cut where fewer
 * remain at risk. A breakdown is protected as a one-row table with its
 * total. Hidden values become NAN; @value->display says how to show them.
 */
void
schakel_metric_value_publish (SchakelMetricValue            *value,
                              const SchakelPublicationRules *rules)
{
  g_return_if_fail (value != NULL && rules != NULL);

  value->published = TRUE;
  value->n_suppressed = schakel_publication_hides_count (rules, value->n);

  switch (value->info->unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      /* Shown beside its population, a count also gives away the rest. */
      value->suppressed = schakel_publication_hides_count (rules, value->numerator) ||
                          schakel_publication_hides_count (rules, value->n - value->numerator);
      if (schakel_publication_hides_count (rules, value->numerator))
        value->display = schakel_publication_small_label (rules);
      break;
    case SCHAKEL_METRIC_UNIT_SHARE:
      value->suppressed = !schakel_publication_allows_share (rules, value->numerator, value->n);
      break;
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      value->suppressed = value->n < (gint64) rules->min_denominator ||
                          schakel_publication_hides_count (rules, value->numerator);
      break;
    case SCHAKEL_METRIC_UNIT_DAYS:
      value->suppressed = !schakel_publication_allows_median (rules, value->n_minors);
      if (value->km != NULL)
        {
          guint n_steps;
          const SchakelKmStep *steps = schakel_km_get_steps (value->km, &n_steps);

          value->curve_length = value->suppressed ? 0 : schakel_publication_curve_length (rules, steps, n_steps);
        }
      break;
    default:
      g_return_if_reached ();
    }

  publish_parts (value, rules);
  if (value->suppressed)
    {
      value->value = NAN;
      value->median.value = value->median.lower = value->median.upper = NAN;
      value->p90 = value->median;
    }
}
