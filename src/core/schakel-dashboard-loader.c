/* schakel-dashboard-loader.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the dashboard shows for one scope and date, computed in a
 * worker thread on a reading connection of its own: the figures on the
 * date, the tile figures at twelve monthly dates (the sparklines; the
 * one three months back is the quarter-earlier comparison), the warnings
 * and the table of the scopes one level down. No GTK here, so the
 * benchmark can time a refresh without a display.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-dashboard-loader.h"
#include "schakel-db-report.h"
#include "schakel-format.h"
#include "schakel-ladder.h"
#include "schakel-metrics-warnings.h"

/* The tiles, in the order shown. */
const char * const schakel_dashboard_tile_ids[] = {
  "present", "in_education_share", "without_education_beyond_norm", "norm_compliance",
  "time_to_school", "temporary_share", "waitlist_open", "waitlist_wait",
  "moves_per_child_year", "repeated_moves_2", "escalations_open", "escalations_overdue",
  "escalation_timeliness", "turning_18_90", "adult_plan_share", "adult_plan_in_region",
  "completeness", NULL
};

/* The tiles that list their breakdown by escalation step under the figure. */
const char * const schakel_dashboard_step_ids[] = {
  "escalations_open", "escalations_overdue", NULL
};

/* The columns of the table, after the name. */
const char * const schakel_dashboard_table_ids[] = {
  "present", "in_education_share", "without_education_beyond_norm", "time_to_school",
  "waitlist_open", "moves_per_child_year", "completeness", NULL
};

/**
 * schakel_dashboard_range_free:
 * @range: (transfer full) (nullable): a range
 */
void
schakel_dashboard_range_free (SchakelDashboardRange *range)
{
  if (range == NULL)
    return;
  g_clear_pointer (&range->scopes, g_ptr_array_unref);
  g_clear_pointer (&range->names, g_ptr_array_unref);
  g_free (range);
}

/**
 * schakel_dashboard_load_free:
 * @load: (transfer full) (nullable): a load
 */
void
schakel_dashboard_load_free (SchakelDashboardLoad *load)
{
  if (load == NULL)
    return;
  g_clear_pointer (&load->scope, schakel_scope_free);
  g_free (load->scope_name);
  g_clear_pointer (&load->values, g_ptr_array_unref);
  g_clear_pointer (&load->earlier, g_ptr_array_unref);
  g_clear_pointer (&load->series, schakel_metrics_series_free);
  g_clear_pointer (&load->warnings, g_ptr_array_unref);
  g_clear_pointer (&load->children, g_ptr_array_unref);
  g_clear_pointer (&load->steps, g_hash_table_unref);
  g_free (load);
}

static void
add_scope (SchakelDashboardRange *range,
           SchakelDatabase       *db,
           SchakelScope          *scope)
{
  g_ptr_array_add (range->names, schakel_scope_dup_name (scope, db));
  g_ptr_array_add (range->scopes, scope);
}

static void
range_worker (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  g_autoptr(SchakelDashboardRange) range = g_new0 (SchakelDashboardRange, 1);
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autoptr(SchakelDbInfo) info = NULL;
  g_autoptr(SchakelScope) national = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(GPtrArray) regions = NULL;
  GError *error = NULL;

  range->scopes = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_scope_free);
  range->names = g_ptr_array_new_with_free_func (g_free);
  if (!(reader = schakel_database_open (task_data, SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !(info = schakel_db_info_collect (reader, &error)) ||
      !schakel_db_get_last_day (reader, &range->last_day, &error) ||
      !(regions = schakel_scope_list_children (national, reader, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  if (info->first_date == NULL || !schakel_day_parse_iso (info->first_date, &range->first_day))
    range->first_day = range->last_day = SCHAKEL_DAY_NONE;

  add_scope (range, reader, g_steal_pointer (&national));
  for (guint i = 0; i < regions->len; i++)
    add_scope (range, reader, schakel_scope_copy (g_ptr_array_index (regions, i)));

  /* The municipalities, region by region of the default scheme. */
  for (guint i = 0; i < regions->len; i++)
    {
      g_autoptr(GPtrArray) municipalities = schakel_scope_list_children (g_ptr_array_index (regions, i),
                                                                         reader, &error);

      if (municipalities == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      for (guint j = 0; j < municipalities->len; j++)
        add_scope (range, reader, schakel_scope_copy (g_ptr_array_index (municipalities, j)));
    }
  g_task_return_pointer (task, g_steal_pointer (&range), (GDestroyNotify) schakel_dashboard_range_free);
}

/**
 * schakel_dashboard_range_async:
 * @db_path: the database file; the worker opens its own reading
 *   connection, so that nothing keeps the writer (and its lock) alive
 * @cancellable: (nullable): a cancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Reads the data's first and last day and the scopes to choose from.
 */
void
schakel_dashboard_range_async (const char          *db_path,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, schakel_dashboard_range_async);
  g_task_set_task_data (task, g_strdup (db_path), g_free);
  g_task_run_in_thread (task, range_worker);
}

/**
 * schakel_dashboard_range_finish:
 * @result: the result
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the range
 */
SchakelDashboardRange *
schakel_dashboard_range_finish (GAsyncResult  *result,
                                GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static void
publish_all (GPtrArray                     *values,
             const SchakelPublicationRules *rules)
{
  for (guint i = 0; values != NULL && i < values->len; i++)
    schakel_metric_value_publish (g_ptr_array_index (values, i), rules);
}

/* Appends "name: count" for @part, the count hidden as publication mode says. */
static void
append_step (GString                       *text,
             const SchakelMetricPart       *part,
             const char                    *name,
             const SchakelPublicationRules *rules)
{
  g_autofree char *count = NULL;

  if (part->state == SCHAKEL_CELL_VISIBLE)
    count = schakel_format_count (part->count);
  else
    count = part->state == SCHAKEL_CELL_SMALL ? schakel_publication_small_label (rules) : g_strdup ("x");
  if (text->len > 0)
    g_string_append_c (text, '\n');
  /* Translators: one line of a breakdown by escalation step, e.g. "Invitation by leerplicht officer: 12" */
  g_string_append_printf (text, _("%s: %s"), name, count);
}

/**
 * schakel_dashboard_format_steps:
 * @value: a metric whose parts are escalation step codes
 * @ladders: (element-type SchakelLadder): the ladders, the national one first
 * @rules: the publication rules, for the parts publication mode hid
 *
 * The breakdown of @value by step, one line per step in ladder order,
 * named as the first ladder that has the step names it; codes no ladder
 * knows come last, by code. A figure publication mode hid has none.
 *
 * Returns: (transfer full) (nullable): the lines, %NULL without parts
 */
char *
schakel_dashboard_format_steps (const SchakelMetricValue      *value,
                                GPtrArray                     *ladders,
                                const SchakelPublicationRules *rules)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree gboolean *done = NULL;
  guint n_parts = value->parts != NULL ? value->parts->len : 0;

  /* Hidden figures keep their parts hidden too: they would add up to them. */
  if (n_parts == 0 || value->suppressed)
    return NULL;
  done = g_new0 (gboolean, n_parts);
  for (guint l = 0; ladders != NULL && l < ladders->len; l++)
    {
      const SchakelLadder *ladder = g_ptr_array_index (ladders, l);

      for (guint s = 0; s < ladder->steps->len; s++)
        {
          const SchakelLadderStep *step = g_ptr_array_index (ladder->steps, s);

          for (guint i = 0; i < n_parts; i++)
            if (!done[i] && g_str_equal (g_array_index (value->parts, SchakelMetricPart, i).key, step->code))
              {
                append_step (text, &g_array_index (value->parts, SchakelMetricPart, i), step->name, rules);
                done[i] = TRUE;
              }
        }
    }
  for (guint i = 0; i < n_parts; i++)
    if (!done[i])
      append_step (text, &g_array_index (value->parts, SchakelMetricPart, i),
                   g_array_index (value->parts, SchakelMetricPart, i).key, rules);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The breakdowns by escalation step of the tiles that show one. */
static gboolean
format_steps (SchakelDashboardLoad          *load,
              SchakelDatabase               *db,
              const SchakelPublicationRules *rules,
              GError                       **error)
{
  g_autoptr(GPtrArray) ladders = schakel_ladder_list (db, error);

  if (ladders == NULL)
    return FALSE;
  load->steps = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  for (guint i = 0; schakel_dashboard_step_ids[i] != NULL; i++)
    {
      const SchakelMetricValue *value = schakel_metrics_find (load->values, schakel_dashboard_step_ids[i]);
      char *text = value != NULL ? schakel_dashboard_format_steps (value, ladders, rules) : NULL;

      if (text != NULL)
        g_hash_table_insert (load->steps, (gpointer) schakel_dashboard_step_ids[i], text);
    }
  return TRUE;
}

/* The figures on the date and their warnings. */
static gboolean
compute_figures (SchakelDashboardLoad          *load,
                 SchakelDatabase               *db,
                 const SchakelPublicationRules *rules,
                 GCancellable                  *cancellable,
                 GError                       **error)
{
  SchakelMetricWarningLimits limits;

  if (!(load->values = schakel_metrics_compute (db, load->scope, load->day, NULL, cancellable, error)))
    return FALSE;
  schakel_metric_warning_limits_load (&limits, db);
  load->warnings = schakel_metrics_check_warnings (load->values, &limits);
  if (load->publication)
    publish_all (load->values, rules);
  return format_steps (load, db, rules, error);
}

/* The tile metrics at the date and the eleven months before; the one
 * three months back is the quarter-earlier comparison. */
static gboolean
compute_series (SchakelDashboardLoad          *load,
                SchakelDatabase               *db,
                const SchakelPublicationRules *rules,
                GCancellable                  *cancellable,
                GError                       **error)
{
  SchakelDay dates[SCHAKEL_DASHBOARD_N_MONTHS];

  for (guint i = 0; i < SCHAKEL_DASHBOARD_N_MONTHS; i++)
    dates[i] = schakel_day_add_months (load->day, -(int) (SCHAKEL_DASHBOARD_N_MONTHS - 1 - i));
  if (!(load->series = schakel_metrics_compute_series (db, load->scope, schakel_dashboard_tile_ids, dates,
                                                       SCHAKEL_DASHBOARD_N_MONTHS, cancellable, error)))
    return FALSE;
  if (load->publication)
    for (guint i = 0; i < load->series->values->len; i++)
      publish_all (g_ptr_array_index (load->series->values, i), rules);
  load->earlier = g_ptr_array_ref (g_ptr_array_index (load->series->values, SCHAKEL_DASHBOARD_N_MONTHS - 1 - 3));
  return TRUE;
}

/* The table metrics of the scopes one level down; none below a municipality. */
static gboolean
compute_table (SchakelDashboardLoad          *load,
               SchakelDatabase               *db,
               const SchakelPublicationRules *rules,
               GCancellable                  *cancellable,
               GError                       **error)
{
  if (schakel_scope_get_kind (load->scope) == SCHAKEL_SCOPE_MUNICIPALITY)
    load->children = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_metrics_series_free);
  else if (!(load->children = schakel_metrics_compute_groups (db, load->scope, SCHAKEL_METRICS_GROUP_REGION,
                                                              schakel_dashboard_table_ids, &load->day, NULL, 1,
                                                              cancellable, error)))
    return FALSE;
  if (load->publication)
    schakel_metrics_groups_publish (load->children, rules);
  return TRUE;
}

/**
 * schakel_dashboard_load_compute:
 * @db: a database, preferably a reading connection
 * @scope: a valid scope
 * @day: the peildatum
 * @publication: apply publication mode
 * @stages: which parts to compute
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Computes (part of) a dashboard refresh: with every stage, every metric
 * on @day and its warnings, the tile metrics at @day and the eleven
 * months before, and the table metrics of the scopes one level down.
 *
 * Returns: (transfer full) (nullable): the load, with the fields of
 *   @stages filled
 */
SchakelDashboardLoad *
schakel_dashboard_load_compute (SchakelDatabase          *db,
                                const SchakelScope       *scope,
                                SchakelDay                day,
                                gboolean                  publication,
                                SchakelDashboardStages    stages,
                                GCancellable             *cancellable,
                                GError                  **error)
{
  g_autoptr(SchakelDashboardLoad) load = g_new0 (SchakelDashboardLoad, 1);
  SchakelPublicationRules rules;
  gint64 start = g_get_monotonic_time ();

  load->scope = schakel_scope_copy (scope);
  load->scope_name = schakel_scope_dup_name (scope, db);
  load->day = day;
  load->publication = publication;
  load->stages = stages;
  schakel_publication_rules_load (&rules, db);

  if ((stages & SCHAKEL_DASHBOARD_FIGURES) && !compute_figures (load, db, &rules, cancellable, error))
    return NULL;
  if ((stages & SCHAKEL_DASHBOARD_SERIES) && !compute_series (load, db, &rules, cancellable, error))
    return NULL;
  if ((stages & SCHAKEL_DASHBOARD_TABLE) && !compute_table (load, db, &rules, cancellable, error))
    return NULL;
  g_debug ("dashboard: stages %#x in %.3f s", stages, (g_get_monotonic_time () - start) / 1e6);
  return g_steal_pointer (&load);
}

/**
 * schakel_dashboard_load_merge:
 * @load: a load
 * @part: (transfer full): a later stage of the same scope and date
 *
 * Moves the fields @part has into @load and frees @part.
 */
void
schakel_dashboard_load_merge (SchakelDashboardLoad *load,
                              SchakelDashboardLoad *part)
{
  g_autofree char *scope = schakel_scope_to_string (load->scope);
  g_autofree char *part_scope = schakel_scope_to_string (part->scope);

  g_return_if_fail (g_str_equal (scope, part_scope) && load->day == part->day);

#define TAKE(field, free_func) \
  if (part->field != NULL) \
    { \
      g_clear_pointer (&load->field, free_func); \
      load->field = g_steal_pointer (&part->field); \
    }
  TAKE (values, g_ptr_array_unref);
  TAKE (warnings, g_ptr_array_unref);
  TAKE (earlier, g_ptr_array_unref);
  TAKE (series, schakel_metrics_series_free);
  TAKE (children, g_ptr_array_unref);
  TAKE (steps, g_hash_table_unref);
#undef TAKE
  load->stages |= part->stages;
  schakel_dashboard_load_free (part);
}

typedef struct
{
  char                   *path;
  SchakelScope           *scope;
  SchakelDay              day;
  gboolean                publication;
  SchakelDashboardStages  stages;
} LoadRequest;

static void
load_request_free (LoadRequest *request)
{
  g_free (request->path);
  schakel_scope_free (request->scope);
  g_free (request);
}

static void
load_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadRequest *request = task_data;
  g_autoptr(SchakelDatabase) reader = NULL;
  SchakelDashboardLoad *load;
  GError *error = NULL;

  if (!(reader = schakel_database_open (request->path, SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !schakel_scope_validate (request->scope, reader, &error) ||
      !(load = schakel_dashboard_load_compute (reader, request->scope, request->day, request->publication,
                                               request->stages, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, load, (GDestroyNotify) schakel_dashboard_load_free);
}

/**
 * schakel_dashboard_load_async:
 * @db_path: the database file
 * @scope: the scope
 * @day: the peildatum
 * @publication: apply publication mode
 * @stages: which parts to compute
 * @cancellable: (nullable): a cancellable; cancel it to drop the load
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Runs schakel_dashboard_load_compute() in a worker thread.
 */
void
schakel_dashboard_load_async (const char          *db_path,
                              const SchakelScope  *scope,
                              SchakelDay           day,
                              gboolean             publication,
                              SchakelDashboardStages stages,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  LoadRequest *request = g_new0 (LoadRequest, 1);

  request->path = g_strdup (db_path);
  request->scope = schakel_scope_copy (scope);
  request->day = day;
  request->publication = publication;
  request->stages = stages;
  g_task_set_source_tag (task, schakel_dashboard_load_async);
  g_task_set_task_data (task, request, (GDestroyNotify) load_request_free);
  g_task_run_in_thread (task, load_worker);
}

/**
 * schakel_dashboard_load_finish:
 * @result: the result
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the load
 */
SchakelDashboardLoad *
schakel_dashboard_load_finish (GAsyncResult  *result,
                               GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}
