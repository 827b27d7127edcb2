/* schakel-metrics-rows.c — the wait-list entries, absence reports and
 * escalation steps the families count, read once for every date and
 * group of a run and filtered per date in C.
 *
 * Run per date, the families' queries cost far more than their rows: each
 * row works out its municipality (and a report its ladder) with correlated
 * subqueries. Read once for the latest date and the earliest window of
 * the run, the rows are a superset of what each date needs; the families
 * apply the date's own conditions and the scope in C, visiting the rows
 * in the order the per-date query gave them (the order of the breakdowns,
 * which secondary suppression depends on).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-holidays-private.h"
#include "schakel-ladder-private.h"
#include "schakel-metrics-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

/* Where an entry belongs: its school's municipality, else that of the
 * minor's placement on the day of registration. */
#define ENTRY_MUNICIPALITY \
  "coalesce (s.municipality_code, (SELECT l.municipality_code FROM placement p" \
  " JOIN location l ON l.id = p.location_id WHERE p.minor_id = w.minor_id" \
  " AND p.start_date <= w.registered_date ORDER BY p.start_date DESC LIMIT 1))"

/* Entries registered by :until that were still open after :from, in the
 * order of the waitlist_period index, which the per-date query followed. */
static const char entries_sql[] =
  "SELECT w.minor_id, w.school_type, w.registered_date, w.end_date, w.outcome, m.birth_date, "
  ENTRY_MUNICIPALITY
  " FROM waitlist_entry w JOIN minor m ON m.id = w.minor_id LEFT JOIN school s ON s.id = w.school_id"
  " WHERE w.registered_date <= :until AND (w.end_date IS NULL OR w.end_date > :from)"
  " ORDER BY w.registered_date, w.end_date, w.id";

/* Reports that can be counted on a date in the run: made by :until and
 * open after :from or made after it, and those with a step in the run's
 * windows (escalation_timeliness). By report date, as absence_report_date
 * gave them to the per-date query. */
static const char reports_sql[] =
  "SELECT r.id, r.minor_id, r.report_type, r.report_date, " SCHAKEL_REPORT_END ","
  "  " SCHAKEL_REPORT_MUNICIPALITY_OF ("r")
  " FROM absence_report r LEFT JOIN absence_closure c ON c.report_id = r.id"
  " WHERE (r.report_date <= :until AND (r.report_date > :from"
  "        OR coalesce (" SCHAKEL_REPORT_END ", '9999-12-31') > :from))"
  "  OR EXISTS (SELECT 1 FROM escalation_step xs WHERE xs.report_id = r.id"
  "             AND xs.date > :from AND xs.date <= :until)"
  " ORDER BY r.report_date, r.id";

/* Each report's steps by :until, in the order in which they follow each
 * other (ties on a day by ladder position). */
static const char steps_sql[] =
  "SELECT es.report_id, es.ladder_step_id, es.step_code, es.date"
  " FROM escalation_step es LEFT JOIN escalation_ladder_step lls ON lls.id = es.ladder_step_id"
  " WHERE es.date <= :until"
  " ORDER BY es.report_id, es.date, lls.position, es.id";

static const char ladder_sql[] =
  "SELECT " SCHAKEL_LADDER_FOR_MUNICIPALITY ("?1");

/**
 * _schakel_metrics_rows_new:
 * @from: the earliest window start (exclusive) of the dates to serve
 * @until: the latest date to serve
 *
 * Returns: (transfer full): empty rows for dates up to @until whose
 *   windows start at @from or later; each kind is read on first use
 */
SchakelMetricsRows *
_schakel_metrics_rows_new (SchakelDay from,
                           SchakelDay until)
{
  SchakelMetricsRows *rows = g_new0 (SchakelMetricsRows, 1);

  rows->from = from;
  rows->until = until;
  return rows;
}

/**
 * _schakel_metrics_rows_free:
 * @rows: (transfer full) (nullable): rows
 */
void
_schakel_metrics_rows_free (SchakelMetricsRows *rows)
{
  if (rows == NULL)
    return;
  g_clear_pointer (&rows->entries, g_array_unref);
  g_clear_pointer (&rows->reports, g_array_unref);
  g_clear_pointer (&rows->reports_by_id, g_array_unref);
  g_clear_pointer (&rows->steps, g_array_unref);
  g_clear_pointer (&rows->ladders, g_hash_table_unref);
  g_clear_pointer (&rows->holidays, g_array_unref);
  g_clear_pointer (&rows->minors, g_array_unref);
  g_clear_pointer (&rows->location_types, g_hash_table_unref);
  g_clear_pointer (&rows->bad_brin, g_hash_table_unref);
  g_clear_pointer (&rows->decisions, g_hash_table_unref);
  g_free (rows);
}

/**
 * _schakel_metrics_rows_cover:
 * @rows: rows
 * @ctx: a computation
 *
 * Returns: %TRUE when @rows hold every row the date and windows of @ctx
 *   need
 */
gboolean
_schakel_metrics_rows_cover (const SchakelMetricsRows *rows,
                             const SchakelMetricsContext *ctx)
{
  return ctx->t <= rows->until && MIN (ctx->w, ctx->mw) >= rows->from;
}

static sqlite3_stmt *
prepare_bounded (SchakelMetricsContext  *ctx,
                 const char             *sql,
                 GError                **error)
{
  sqlite3_stmt *stmt = _schakel_metrics_prepare (ctx, sql, error);
  char from[SCHAKEL_ISO_DATE_LEN], until[SCHAKEL_ISO_DATE_LEN];
  int index;

  if (stmt == NULL)
    return NULL;
  schakel_day_format_iso (ctx->rows->from, from);
  schakel_day_format_iso (ctx->rows->until, until);
  if ((index = sqlite3_bind_parameter_index (stmt, ":from")) > 0)
    sqlite3_bind_text (stmt, index, from, -1, SQLITE_TRANSIENT);
  if ((index = sqlite3_bind_parameter_index (stmt, ":until")) > 0)
    sqlite3_bind_text (stmt, index, until, -1, SQLITE_TRANSIENT);
  return stmt;
}

static const char *
column_interned (sqlite3_stmt *stmt,
                 int           col)
{
  return sqlite3_column_type (stmt, col) == SQLITE_NULL
    ? NULL : g_intern_string ((const char *) sqlite3_column_text (stmt, col));
}

/**
 * _schakel_metrics_rows_entries:
 * @ctx: a computation with its rows
 * @error: return location for an error
 *
 * Returns: (transfer none) (nullable) (element-type SchakelMetricsEntry):
 *   the wait-list entries
 */
GArray *
_schakel_metrics_rows_entries (SchakelMetricsContext  *ctx,
                               GError                **error)
{
  SchakelMetricsRows *rows = ctx->rows;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  guint64 n_rows = 0;
  gboolean row;

  if (rows->entries != NULL)
    return rows->entries;
  if (!(stmt = prepare_bounded (ctx, entries_sql, error)))
    return NULL;
  entries = g_array_new (FALSE, FALSE, sizeof (SchakelMetricsEntry));
  for (;;)
    {
      SchakelMetricsEntry entry;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return NULL;
      if (!row)
        break;
      entry.minor_id = sqlite3_column_int64 (stmt, 0);
      entry.school_type = column_interned (stmt, 1);
      entry.registered = _schakel_metrics_column_day (stmt, 2);
      entry.end = _schakel_metrics_column_day (stmt, 3);
      entry.outcome = column_interned (stmt, 4);
      entry.birth = _schakel_metrics_column_day (stmt, 5);
      entry.municipality = column_interned (stmt, 6);
      g_array_append_val (entries, entry);
    }
  rows->entries = g_steal_pointer (&entries);
  return rows->entries;
}

/* The ladder of each municipality, asked once per municipality. */
static gboolean
ladder_of (SchakelMetricsContext  *ctx,
           sqlite3_stmt           *stmt,
           GHashTable             *by_municipality,
           const char             *municipality,
           gint64                 *ladder_id,
           GError                **error)
{
  gpointer key = (gpointer) (municipality != NULL ? municipality : "");
  gpointer value;
  guint64 n_rows = 0;
  gboolean row;

  if (g_hash_table_lookup_extended (by_municipality, key, NULL, &value))
    {
      *ladder_id = *(gint64 *) value;
      return TRUE;
    }
  sqlite3_reset (stmt);
  if (municipality != NULL)
    schakel_sqlite_bind_text (stmt, 1, municipality);
  else
    sqlite3_bind_null (stmt, 1);
  if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
    return FALSE;
  *ladder_id = row ? sqlite3_column_int64 (stmt, 0) : 0;
  g_hash_table_insert (by_municipality, key, g_memdup2 (ladder_id, sizeof *ladder_id));
  return TRUE;
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  const SchakelMetricsReport *reports = user_data;
  gint64 x = reports[*(const guint *) a].id, y = reports[*(const guint *) b].id;

  return (x > y) - (x < y);
}

static gboolean
read_reports (SchakelMetricsContext  *ctx,
              SchakelMetricsRows     *rows,
              GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) ladder_stmt = NULL;
  g_autoptr(GHashTable) ladder_by_municipality = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  guint64 n_rows = 0;
  gboolean row;

  if (!(stmt = prepare_bounded (ctx, reports_sql, error)) ||
      !(ladder_stmt = schakel_sqlite_prepare (ctx->handle, ladder_sql, error)))
    return FALSE;
  for (;;)
    {
      SchakelMetricsReport report = { 0 };

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      report.id = sqlite3_column_int64 (stmt, 0);
      report.minor_id = sqlite3_column_int64 (stmt, 1);
      report.report_type = column_interned (stmt, 2);
      report.reported = _schakel_metrics_column_day (stmt, 3);
      report.end = _schakel_metrics_column_day (stmt, 4);
      report.municipality = column_interned (stmt, 5);
      if (!ladder_of (ctx, ladder_stmt, ladder_by_municipality, report.municipality, &report.ladder_id, error))
        return FALSE;
      g_array_append_val (rows->reports, report);
    }
  for (guint i = 0; i < rows->reports->len; i++)
    g_array_append_val (rows->reports_by_id, i);
  g_array_sort_with_data (rows->reports_by_id, compare_by_id, rows->reports->data);
  return TRUE;
}

/* Finds report @id in @rows by bisection of reports_by_id. */
static SchakelMetricsReport *
find_report (SchakelMetricsRows *rows,
             gint64              id)
{
  const guint *by_id = (const guint *) (gpointer) rows->reports_by_id->data;
  SchakelMetricsReport *reports = (SchakelMetricsReport *) (gpointer) rows->reports->data;
  guint lo = 0, hi = rows->reports_by_id->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (reports[by_id[mid]].id < id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < rows->reports_by_id->len && reports[by_id[lo]].id == id ? &reports[by_id[lo]] : NULL;
}

static gboolean
read_steps (SchakelMetricsContext  *ctx,
            SchakelMetricsRows     *rows,
            GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = prepare_bounded (ctx, steps_sql, error);
  SchakelMetricsReport *report = NULL;
  guint64 n_rows = 0;
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  for (;;)
    {
      SchakelMetricsStep step;
      gint64 report_id;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      report_id = sqlite3_column_int64 (stmt, 0);
      if (report == NULL || report->id != report_id)
        {
          /* Steps of reports no date of the run counts are left out. */
          if ((report = find_report (rows, report_id)) == NULL)
            continue;
          report->first_step = rows->steps->len;
        }
      step.ladder_step_id = sqlite3_column_int64 (stmt, 1);
      step.code = column_interned (stmt, 2);
      step.date = _schakel_metrics_column_day (stmt, 3);
      g_array_append_val (rows->steps, step);
      report->n_steps++;
    }
  return TRUE;
}

/**
 * _schakel_metrics_rows_reports:
 * @ctx: a computation with its rows
 * @error: return location for an error
 *
 * Reads the absence reports with their steps, municipality and ladder,
 * and the ladders and public holidays.
 *
 * Returns: (transfer none) (nullable): @ctx's rows, %NULL on an error
 */
SchakelMetricsRows *
_schakel_metrics_rows_reports (SchakelMetricsContext  *ctx,
                               GError                **error)
{
  SchakelMetricsRows *rows = ctx->rows;

  if (rows->reports != NULL)
    return rows;
  rows->reports = g_array_new (FALSE, FALSE, sizeof (SchakelMetricsReport));
  rows->reports_by_id = g_array_new (FALSE, FALSE, sizeof (guint));
  rows->steps = g_array_new (FALSE, FALSE, sizeof (SchakelMetricsStep));
  if (!(rows->ladders = _schakel_ladders_load_handle (ctx->handle, error)) ||
      !(rows->holidays = _schakel_holidays_load_handle (ctx->handle, error)) ||
      !read_reports (ctx, rows, error) ||
      !read_steps (ctx, rows, error))
    {
      g_clear_pointer (&rows->reports, g_array_unref);
      g_clear_pointer (&rows->reports_by_id, g_array_unref);
      g_clear_pointer (&rows->steps, g_array_unref);
      g_clear_pointer (&rows->ladders, g_hash_table_unref);
      g_clear_pointer (&rows->holidays, g_array_unref);
      return NULL;
    }
  return rows;
}

/**
 * _schakel_metrics_scope_load:
 * @ctx: a computation
 * @error: return location for an error
 *
 * Reads the municipalities of the scope of @ctx, for
 * _schakel_metrics_in_scope().
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_scope_load (SchakelMetricsContext  *ctx,
                             GError                **error)
{
  g_autofree char *condition = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) municipalities = NULL;
  guint64 n_rows = 0;
  gboolean row;

  if (ctx->municipalities != NULL || schakel_scope_get_kind (ctx->scope) == SCHAKEL_SCOPE_NATIONAL)
    return TRUE;
  condition = _schakel_scope_sql_condition (ctx->scope, "code");
  sql = g_strdup_printf ("SELECT code FROM municipality WHERE %s", condition);
  if (!(stmt = _schakel_metrics_prepare (ctx, sql, error)))
    return FALSE;
  municipalities = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (;;)
    {
      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      g_hash_table_add (municipalities, (gpointer) column_interned (stmt, 0));
    }
  ctx->municipalities = g_steal_pointer (&municipalities);
  return TRUE;
}

/**
 * _schakel_metrics_in_scope:
 * @ctx: a computation, after _schakel_metrics_scope_load()
 * @municipality: (nullable): an interned municipality code
 *
 * Returns: %TRUE when @municipality lies in the scope of @ctx, as
 *   _schakel_scope_sql_condition() has it: the whole country holds every
 *   row, even one whose municipality is unknown
 */
gboolean
_schakel_metrics_in_scope (const SchakelMetricsContext *ctx,
                           const char                  *municipality)
{
  if (ctx->municipalities == NULL)
    return TRUE;
  return municipality != NULL && g_hash_table_contains (ctx->municipalities, municipality);
}
