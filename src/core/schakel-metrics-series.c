/* schakel-metrics-series.c — metrics at many dates, whole or per group.
 *
 * Each point is schakel_metrics_compute() at its date, for its group: the
 * same families, the same definitions (docs/metrics.md). What is shared is
 * the reading: the placements and enrolments are read once
 * (_schakel_metrics_data()) for all dates and groups, and a group only
 * changes which locations count as in the scope; the wait-list entries,
 * absence reports and the population's minors are read once for the
 * latest date and the earliest window (schakel-metrics-rows.c). That is what makes a
 * series of 13 dates cost little more than one date.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-metrics-private.h"
#include "schakel-metrics-series.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

/* Metrics that belong to a scope through a school or a report rather than
 * a location: a location type cannot split them. */
static const char * const not_by_location[] = {
  "waitlist_open", "waitlist_wait", "waitlist_moved_share",
  "absence_reports_per_100", "escalations_open", "escalations_overdue", NULL
};

/* The metrics of wait-list entries, which have a school type. */
static const char * const by_school_type[] = {
  "waitlist_open", "waitlist_wait", "waitlist_moved_share", NULL
};

static const char * const group_names[] = {
  [SCHAKEL_METRICS_GROUP_NONE] = "none",
  [SCHAKEL_METRICS_GROUP_REGION] = "region",
  [SCHAKEL_METRICS_GROUP_SCHOOL_TYPE] = "school_type",
  [SCHAKEL_METRICS_GROUP_LOCATION_TYPE] = "location_type",
};

/**
 * schakel_metrics_group_by_parse:
 * @text: `none`, `region`, `school_type` or `location_type`
 * @group_by: (out): the grouping
 * @error: return location for an error
 *
 * Returns: %TRUE when @text names a grouping
 */
gboolean
schakel_metrics_group_by_parse (const char             *text,
                                SchakelMetricsGroupBy  *group_by,
                                GError                **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (group_names); i++)
    if (g_strcmp0 (text, group_names[i]) == 0)
      {
        *group_by = i;
        return TRUE;
      }
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
               _("Unknown grouping “%s”: use region, school_type or location_type"), text);
  return FALSE;
}

/**
 * schakel_metrics_group_by_to_string:
 * @group_by: a grouping
 *
 * Returns: its stable name, as schakel_metrics_group_by_parse() reads it
 */
const char *
schakel_metrics_group_by_to_string (SchakelMetricsGroupBy group_by)
{
  g_return_val_if_fail (group_by < G_N_ELEMENTS (group_names), NULL);
  return group_names[group_by];
}

/**
 * schakel_metrics_group_by_allows:
 * @group_by: a grouping
 * @id: a metric id
 *
 * Returns: %TRUE when @id can be split by @group_by: regions split every
 *   metric, school types the wait-list metrics, location types the metrics
 *   that belong to a scope through a location
 */
gboolean
schakel_metrics_group_by_allows (SchakelMetricsGroupBy  group_by,
                                 const char            *id)
{
  switch (group_by)
    {
    case SCHAKEL_METRICS_GROUP_NONE:
    case SCHAKEL_METRICS_GROUP_REGION:
      return TRUE;
    case SCHAKEL_METRICS_GROUP_SCHOOL_TYPE:
      return g_strv_contains (by_school_type, id);
    case SCHAKEL_METRICS_GROUP_LOCATION_TYPE:
      return !g_strv_contains (not_by_location, id);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * schakel_metrics_month_ends:
 * @from: the first day of the period
 * @to: the last day
 *
 * The last day of each month from @from to @to, and @to itself when it
 * is not a month's last day. Read with the day before @from as the first
 * window start, the dates split the period into months:
 * (@from − 1, end₁], (end₁, end₂], …
 *
 * Returns: (transfer full) (element-type SchakelDay): the dates; empty
 *   when @to is before @from
 */
GArray *
schakel_metrics_month_ends (SchakelDay from,
                            SchakelDay to)
{
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (SchakelDay));
  int year, month, day;

  if (from == SCHAKEL_DAY_NONE || to == SCHAKEL_DAY_NONE || to < from)
    return ends;
  schakel_day_to_ymd (from, &year, &month, &day);
  for (;;)
    {
      SchakelDay end = schakel_day_add_months (schakel_day_from_ymd (year, month, 1), 1) - 1;

      end = MIN (end, to);
      g_array_append_val (ends, end);
      if (end == to)
        break;
      schakel_day_to_ymd (end + 1, &year, &month, &day);
    }
  return ends;
}

/**
 * schakel_metrics_series_free:
 * @series: (nullable): a series
 */
void
schakel_metrics_series_free (SchakelMetricsSeries *series)
{
  if (series == NULL)
    return;
  g_free (series->key);
  g_free (series->name);
  g_free (series->dates);
  g_clear_pointer (&series->values, g_ptr_array_unref);
  g_free (series);
}

static SchakelMetricsSeries *
series_new (const char       *key,
            const char       *name,
            const SchakelDay *dates,
            guint             n_dates)
{
  SchakelMetricsSeries *series = g_new0 (SchakelMetricsSeries, 1);

  series->key = g_strdup (key);
  series->name = g_strdup (name);
  series->n_dates = n_dates;
  series->dates = g_memdup2 (dates, n_dates * sizeof (SchakelDay));
  series->values = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  return series;
}

/**
 * schakel_metrics_series_get:
 * @series: a series
 * @date_index: which date
 * @metric_index: which metric, in the order of the ids asked for
 *
 * Returns: (transfer none): the value
 */
const SchakelMetricValue *
schakel_metrics_series_get (const SchakelMetricsSeries *series,
                            guint                       date_index,
                            guint                       metric_index)
{
  GPtrArray *values;

  g_return_val_if_fail (series != NULL && date_index < series->values->len, NULL);
  values = g_ptr_array_index (series->values, date_index);
  g_return_val_if_fail (metric_index < values->len, NULL);
  return g_ptr_array_index (values, metric_index);
}

/**
 * schakel_metrics_series_is_empty:
 * @series: a series
 * @metric_index: which metric
 *
 * Returns: %TRUE when the metric has nothing to count at any date: no
 *   numerator and no population (a group to leave out of a chart)
 */
gboolean
schakel_metrics_series_is_empty (const SchakelMetricsSeries *series,
                                 guint                       metric_index)
{
  for (guint d = 0; d < series->values->len; d++)
    {
      const SchakelMetricValue *v = schakel_metrics_series_get (series, d, metric_index);

      if (v->n != 0 || v->numerator != 0)
        return FALSE;
    }
  return TRUE;
}

/* One group: a scope, and optionally a type that narrows it. */
typedef struct
{
  SchakelScope *scope;
  char         *key;
  char         *name;
  char         *school_type;
  char         *location_type;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  schakel_scope_free (group->scope);
  g_free (group->key);
  g_free (group->name);
  g_free (group->school_type);
  g_free (group->location_type);
  g_free (group);
}

static Group *
group_new (const SchakelScope *scope,
           const char         *key,
           const char         *name)
{
  Group *group = g_new0 (Group, 1);

  group->scope = schakel_scope_copy (scope);
  group->key = g_strdup (key);
  group->name = g_strdup (name);
  return group;
}

/* The codes of a code table, sorted. */
static GPtrArray *
list_codes (SchakelDatabase  *db,
            const char       *sql,
            GError          **error)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (schakel_database_get_handle (db), sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (codes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, schakel_database_get_handle (db), _("Database error"));
      return NULL;
    }
  return g_steal_pointer (&codes);
}

static GPtrArray *
list_groups (SchakelDatabase        *db,
             const SchakelScope     *scope,
             SchakelMetricsGroupBy   group_by,
             GError                **error)
{
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (group_free);
  g_autoptr(GPtrArray) items = NULL;

  switch (group_by)
    {
    case SCHAKEL_METRICS_GROUP_NONE:
      {
        g_autofree char *name = schakel_scope_dup_name (scope, db);

        g_ptr_array_add (groups, group_new (scope, NULL, name));
      }
      break;
    case SCHAKEL_METRICS_GROUP_REGION:
      if (!(items = schakel_scope_list_children (scope, db, error)))
        return NULL;
      if (items->len == 0)
        {
          g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                       _("A municipality has no regions to group by"));
          return NULL;
        }
      for (guint i = 0; i < items->len; i++)
        {
          const SchakelScope *child = g_ptr_array_index (items, i);
          g_autofree char *key = schakel_scope_to_string (child);
          g_autofree char *name = schakel_scope_dup_name (child, db);

          g_ptr_array_add (groups, group_new (child, key, name));
        }
      break;
    case SCHAKEL_METRICS_GROUP_SCHOOL_TYPE:
    case SCHAKEL_METRICS_GROUP_LOCATION_TYPE:
      items = list_codes (db, group_by == SCHAKEL_METRICS_GROUP_SCHOOL_TYPE
                                ? "SELECT code FROM school_type ORDER BY code"
                                : "SELECT code FROM location_type ORDER BY code", error);
      if (items == NULL)
        return NULL;
      for (guint i = 0; i < items->len; i++)
        {
          const char *code = g_ptr_array_index (items, i);
          Group *group = group_new (scope, code, code);

          if (group_by == SCHAKEL_METRICS_GROUP_SCHOOL_TYPE)
            group->school_type = g_strdup (code);
          else
            group->location_type = g_strdup (code);
          g_ptr_array_add (groups, group);
        }
      break;
    default:
      g_return_val_if_reached (NULL);
    }
  return g_steal_pointer (&groups);
}

/* The ids of the locations of a group, for data->locations_in_scope. */
static GHashTable *
group_locations (SchakelDatabase  *db,
                 const Group      *group,
                 GError          **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (group->scope, "l.municipality_code");
  g_autofree char *sql = g_strdup_printf ("SELECT l.id FROM location l WHERE %s"
                                          " AND (:type IS NULL OR l.type_code = :type)", condition);
  g_autoptr(GHashTable) locations = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (schakel_database_get_handle (db), sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  _schakel_scope_bind (group->scope, stmt);
  if (group->location_type != NULL)
    schakel_sqlite_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":type"), group->location_type);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (locations, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, schakel_database_get_handle (db), _("Database error"));
      return NULL;
    }
  return g_steal_pointer (&locations);
}

/* Reads the placements and enrolments with the loader of the families. */
static SchakelMetricsData *
read_data (SchakelDatabase     *db,
           const SchakelScope  *scope,
           GCancellable        *cancellable,
           GError             **error)
{
  SchakelMetricsContext ctx = { 0 };

  ctx.db = db;
  ctx.handle = schakel_database_get_handle (db);
  ctx.scope = scope;
  ctx.cancellable = cancellable;
  if (_schakel_metrics_data (&ctx, error) == NULL)
    return NULL;
  return g_steal_pointer (&ctx.data);
}

typedef struct
{
  SchakelDatabase    *db;
  const char * const *ids;
  const SchakelDay   *dates;
  const SchakelDay   *window_starts;
  guint               n_dates;
  GCancellable       *cancellable;
  SchakelMetricsData *shared;   /* read once, then lent to every computation */
  SchakelMetricsRows *rows;     /* the same for the other families' rows */
  const char         *only;     /* compute only the group of this key (NULL: the whole scope's) */
  const char         *behind_id; /* and collect what this metric counts */
  GArray             *behind;
} Run;

static SchakelMetricsSeries *
compute_group (Run          *run,
               const Group  *group,
               GError      **error)
{
  g_autoptr(SchakelMetricsSeries) series = series_new (group->key, group->name, run->dates, run->n_dates);
  g_autoptr(GHashTable) locations = NULL;

  for (guint i = 0; i < run->n_dates; i++)
    {
      SchakelMetricsOptions options = {
        .window_start = SCHAKEL_DAY_NONE, .school_type = group->school_type, .rows = run->rows,
      };
      SchakelMetricsData view;
      GPtrArray *values;

      if (run->window_starts != NULL)
        options.window_start = run->window_starts[i];
      options.behind_id = run->behind_id;
      options.behind = run->behind;
      /* With the data read, lend it with this group's locations. */
      if (run->shared != NULL)
        {
          if (locations == NULL && !(locations = group_locations (run->db, group, error)))
            return NULL;
          view = *run->shared;
          view.locations_in_scope = locations;
          options.data = &view;
        }
      values = _schakel_metrics_compute_with (run->db, group->scope, run->dates[i], run->ids, &options,
                                              run->cancellable, error);
      if (run->shared == NULL)
        run->shared = options.data;
      if (values == NULL)
        return NULL;
      g_ptr_array_add (series->values, values);
    }
  return g_steal_pointer (&series);
}

static gboolean
check_request (const SchakelScope     *scope,
               SchakelMetricsGroupBy   group_by,
               const char * const     *ids,
               const SchakelDay       *dates,
               guint                   n_dates,
               GError                **error)
{
  for (guint i = 0; i < n_dates; i++)
    if (dates[i] == SCHAKEL_DAY_NONE)
      {
        g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID, _("A date of the series is missing"));
        return FALSE;
      }
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (schakel_metric_info_lookup (ids[i]) == NULL)
        {
          g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID, _("Unknown metric “%s”"), ids[i]);
          return FALSE;
        }
      if (!schakel_metrics_group_by_allows (group_by, ids[i]))
        {
          g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                       _("“%s” cannot be grouped by %s"), ids[i], schakel_metrics_group_by_to_string (group_by));
          return FALSE;
        }
    }
  if (ids == NULL && group_by != SCHAKEL_METRICS_GROUP_NONE && group_by != SCHAKEL_METRICS_GROUP_REGION)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("Name the metrics to group by %s"), schakel_metrics_group_by_to_string (group_by));
      return FALSE;
    }
  return TRUE;
}

/* The groups of @scope (only run->only's when @only), computed in one
 * read transaction. */
static GPtrArray *
run_groups (Run                    *run,
            const SchakelScope     *scope,
            SchakelMetricsGroupBy   group_by,
            gboolean                only,
            GError                **error)
{
  g_autoptr(GPtrArray) result = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_metrics_series_free);
  g_autoptr(GPtrArray) groups = NULL;
  SchakelDatabase *db = run->db;
  GCancellable *cancellable = run->cancellable;
  sqlite3 *handle;
  gboolean ok = TRUE;

  handle = schakel_database_get_handle (db);
  if (!schakel_sqlite_exec (handle, "SAVEPOINT schakel_series", error))
    return NULL;
  groups = list_groups (db, scope, group_by, error);
  ok = groups != NULL;
  if (run->n_dates > 0)
    {
      SchakelDay from, until;

      _schakel_metrics_read_bounds (db, run->dates, run->window_starts, run->n_dates, &from, &until);
      run->rows = _schakel_metrics_rows_new (from, until);
    }
  /* Narrowed by location type, the first computation must not read the
   * data with the scope's own locations: read them first. */
  if (ok && group_by == SCHAKEL_METRICS_GROUP_LOCATION_TYPE)
    ok = (run->shared = read_data (db, scope, cancellable, error)) != NULL;
  for (guint g = 0; ok && g < groups->len; g++)
    {
      const Group *group = g_ptr_array_index (groups, g);
      SchakelMetricsSeries *series;

      if (only && g_strcmp0 (group->key, run->only) != 0)
        continue;
      if ((series = compute_group (run, group, error)) == NULL)
        ok = FALSE;
      else
        g_ptr_array_add (result, series);
    }
  _schakel_metrics_data_free (run->shared);
  g_clear_pointer (&run->rows, _schakel_metrics_rows_free);
  schakel_sqlite_exec (handle, "RELEASE schakel_series", NULL);
  return ok ? g_steal_pointer (&result) : NULL;
}

/**
 * schakel_metrics_compute_groups:
 * @db: a database
 * @scope: the scope, checked with schakel_scope_validate()
 * @group_by: how to split the scope
 * @ids: (nullable) (array zero-terminated=1): metric ids; %NULL for all
 *   (only without grouping or by region)
 * @dates: (array length=n_dates): the dates
 * @window_starts: (nullable) (array length=n_dates): for each date, the
 *   start of its window (exclusive), used for both the window and the
 *   moves window instead of the settings; %NULL for the settings
 * @n_dates: how many dates
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Computes metrics for each group at each date: the value of a group at
 * a date is what schakel_metrics_compute() gives for the group's scope at
 * that date, narrowed to the school type (wait-list entries for it) or the
 * location type (the locations of that type in the scope). The data are
 * read once, in one read transaction.
 *
 * Returns: (transfer full) (element-type SchakelMetricsSeries) (nullable):
 *   one series per group, in code order
 */
GPtrArray *
schakel_metrics_compute_groups (SchakelDatabase        *db,
                                const SchakelScope     *scope,
                                SchakelMetricsGroupBy   group_by,
                                const char * const     *ids,
                                const SchakelDay       *dates,
                                const SchakelDay       *window_starts,
                                guint                   n_dates,
                                GCancellable           *cancellable,
                                GError                **error)
{
  Run run = { db, ids, dates, window_starts, n_dates, cancellable, NULL, NULL, NULL, NULL, NULL };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (scope != NULL, NULL);
  g_return_val_if_fail (dates != NULL || n_dates == 0, NULL);

  if (!check_request (scope, group_by, ids, dates, n_dates, error))
    return NULL;
  return run_groups (&run, scope, group_by, FALSE, error);
}

/**
 * _schakel_metrics_compute_group:
 * @key: (nullable): the group's key (#SchakelMetricsSeries), %NULL for
 *   the whole scope without grouping
 * @behind_id: (nullable): a metric of @ids whose counted records to collect
 * @behind: (nullable): where to collect them (#SchakelMetricsBehind)
 *
 * schakel_metrics_compute_groups() for the one group of @key at @date,
 * computed exactly as there, collecting what @behind_id counts.
 *
 * Returns: (transfer full) (nullable): the group's series of one date
 */
SchakelMetricsSeries *
_schakel_metrics_compute_group (SchakelDatabase        *db,
                                const SchakelScope     *scope,
                                SchakelMetricsGroupBy   group_by,
                                const char             *key,
                                const char * const     *ids,
                                SchakelDay              date,
                                SchakelDay              window_start,
                                const char             *behind_id,
                                GArray                 *behind,
                                GCancellable           *cancellable,
                                GError                **error)
{
  Run run = { db, ids, &date, &window_start, 1, cancellable, NULL, NULL, key, behind_id, behind };
  g_autoptr(GPtrArray) groups = NULL;

  if (window_start == SCHAKEL_DAY_NONE)
    run.window_starts = NULL;
  if (!check_request (scope, group_by, ids, &date, 1, error) ||
      !(groups = run_groups (&run, scope, group_by, TRUE, error)))
    return NULL;
  if (groups->len == 0)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID, _("There is no group “%s” to list"),
                   key != NULL ? key : "");
      return NULL;
    }
  return g_ptr_array_steal_index (groups, 0);
}

/**
 * schakel_metrics_compute_series:
 * @db: a database
 * @scope: the scope, checked with schakel_scope_validate()
 * @ids: (nullable) (array zero-terminated=1): metric ids; %NULL for all
 * @dates: (array length=n_dates): the dates, e.g. 13 month ends
 * @n_dates: how many
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * schakel_metrics_compute() at each of @dates, reading the data once.
 *
 * Returns: (transfer full) (nullable): the series
 */
SchakelMetricsSeries *
schakel_metrics_compute_series (SchakelDatabase     *db,
                                const SchakelScope  *scope,
                                const char * const  *ids,
                                const SchakelDay    *dates,
                                guint                n_dates,
                                GCancellable        *cancellable,
                                GError             **error)
{
  g_autoptr(GPtrArray) groups = schakel_metrics_compute_groups (db, scope, SCHAKEL_METRICS_GROUP_NONE, ids,
                                                                dates, NULL, n_dates, cancellable, error);

  return groups != NULL ? g_ptr_array_steal_index (groups, 0) : NULL;
}

/* Secondary suppression of the counts of one metric at one date across
 * the groups: the groups are the cells of a one-row table with its total,
 * so no hidden count can be worked out from the others and the total. */
static void
protect_counts (GPtrArray                     *groups,
                guint                          date_index,
                guint                          metric_index,
                const SchakelPublicationRules *rules)
{
  g_autoptr(SchakelPublicationTable) table = schakel_publication_table_new (1, groups->len);

  for (guint g = 0; g < groups->len; g++)
    schakel_publication_table_set (table, 0, g,
                                   schakel_metrics_series_get (g_ptr_array_index (groups, g),
                                                               date_index, metric_index)->numerator);
  schakel_publication_table_protect (table, rules);
  for (guint g = 0; g < groups->len; g++)
    {
      SchakelMetricValue *v = (SchakelMetricValue *) schakel_metrics_series_get (g_ptr_array_index (groups, g),
                                                                                 date_index, metric_index);
      SchakelCellState state = schakel_publication_table_get_state (table, 0, g);

      if (state == SCHAKEL_CELL_VISIBLE || v->suppressed)
        continue;
      v->suppressed = TRUE;
      v->value = NAN;
      g_free (v->display);
      v->display = state == SCHAKEL_CELL_SMALL ? schakel_publication_small_label (rules) : g_strdup ("x");
    }
}

/**
 * schakel_metrics_groups_publish:
 * @groups: (element-type SchakelMetricsSeries): from
 *   schakel_metrics_compute_groups()
 * @rules: the publication rules
 *
 * Applies schakel_metric_value_publish() to every value, and, for counts
 * split over two or more groups, secondary suppression across the groups
 * at each date (the groups add up to a total that may be shown).
 */
void
schakel_metrics_groups_publish (GPtrArray                     *groups,
                                const SchakelPublicationRules *rules)
{
  const SchakelMetricsSeries *first;

  g_return_if_fail (groups != NULL && rules != NULL);
  if (groups->len == 0)
    return;

  for (guint g = 0; g < groups->len; g++)
    {
      SchakelMetricsSeries *series = g_ptr_array_index (groups, g);

      for (guint d = 0; d < series->values->len; d++)
        {
          GPtrArray *values = g_ptr_array_index (series->values, d);

          for (guint m = 0; m < values->len; m++)
            schakel_metric_value_publish (g_ptr_array_index (values, m), rules);
        }
    }

  first = g_ptr_array_index (groups, 0);
  if (groups->len < 2)
    return;
  for (guint d = 0; d < first->values->len; d++)
    {
      GPtrArray *values = g_ptr_array_index (first->values, d);

      for (guint m = 0; m < values->len; m++)
        if (((SchakelMetricValue *) g_ptr_array_index (values, m))->info->unit == SCHAKEL_METRIC_UNIT_COUNT)
          protect_counts (groups, d, m, rules);
    }
}

/**
 * schakel_metrics_norm_months:
 * @db: a database
 * @code: a norm code, as a value's `norm` names it (`COA3M`)
 *
 * Returns: the norm's period in months, or -1 when the norm is unknown or
 *   not counted in months
 */
int
schakel_metrics_norm_months (SchakelDatabase *db,
                             const char      *code)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), -1);
  g_return_val_if_fail (code != NULL, -1);

  stmt = schakel_sqlite_prepare (schakel_database_get_handle (db),
                                 "SELECT months FROM norm WHERE code = ?1 AND months IS NOT NULL", NULL);
  if (stmt == NULL)
    return -1;
  schakel_sqlite_bind_text (stmt, 1, code);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : -1;
}
