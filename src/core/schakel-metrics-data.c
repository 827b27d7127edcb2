/* schakel-metrics-data.c — the placements and enrolments of all minors,
 * read once in one plain scan of each table and sorted by minor in C, for
 * the families that follow a minor's history (moves, time to school).
 *
 * Looking rows up one by one through the date indexes, with correlated
 * subqueries per row, costs about 4 µs a row; a plain scan of a table is
 * well under a microsecond a row (docs/performance.md, "Dashboard
 * metrics"). The Jongeren view does the same (schakel-minor-summary.c).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "schakel-metrics-private.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

static int
compare_placements (const void *a,
                    const void *b)
{
  const SchakelMetricsPlacement *p = a, *q = b;

  if (p->minor_id != q->minor_id)
    return p->minor_id < q->minor_id ? -1 : 1;
  if (p->start != q->start)
    return p->start < q->start ? -1 : 1;
  return (p->id > q->id) - (p->id < q->id);
}

static int
compare_enrolments (const void *a,
                    const void *b)
{
  const SchakelMetricsEnrolment *e = a, *f = b;

  if (e->minor_id != f->minor_id)
    return e->minor_id < f->minor_id ? -1 : 1;
  if (e->start != f->start)
    return e->start < f->start ? -1 : 1;
  return (e->id > f->id) - (e->id < f->id);
}

static const char *
column_interned (sqlite3_stmt *stmt,
                 int           col)
{
  return sqlite3_column_type (stmt, col) == SQLITE_NULL
    ? NULL : g_intern_string ((const char *) sqlite3_column_text (stmt, col));
}

/* The same for a column with a few different values: @last remembers the
 * previous one, sparing g_intern_string()'s lock on most rows. */
static const char *
column_interned_cached (sqlite3_stmt  *stmt,
                        int            col,
                        const char   **last)
{
  const char *text = (const char *) sqlite3_column_text (stmt, col);

  if (text == NULL)
    return NULL;
  if (*last == NULL || strcmp (*last, text) != 0)
    *last = g_intern_string (text);
  return *last;
}

/* Sorts @array with @compare unless it is in order already (rows are
 * mostly written one minor at a time). */
static void
sort_unless_sorted (GArray     *array,
                    gsize       size,
                    int       (*compare) (const void *, const void *))
{
  const char *data = array->data;

  for (guint i = 1; i < array->len; i++)
    if (compare (data + (i - 1) * size, data + i * size) > 0)
      {
        qsort (array->data, array->len, size, compare);
        return;
      }
}

static gboolean
load (SchakelMetricsContext  *ctx,
      SchakelMetricsData     *data,
      GError                **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (ctx->scope, "l.municipality_code");
  g_autofree char *locations_sql = g_strdup_printf ("SELECT l.id, l.municipality_code, %s FROM location l",
                                                    condition);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *last_reason = NULL;
  guint64 n_rows = 0;
  gboolean row;

  /* Locations: municipality and whether it lies in the scope. */
  if (!(stmt = _schakel_metrics_prepare (ctx, locations_sql, error)))
    return FALSE;
  for (;;)
    {
      gint64 id;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_insert (data->location_municipality, (gpointer) (gintptr) id,
                           (gpointer) column_interned (stmt, 1));
      if (sqlite3_column_int (stmt, 2) != 0)
        g_hash_table_add (data->locations_in_scope, (gpointer) (gintptr) id);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (!(stmt = _schakel_metrics_prepare (ctx, "SELECT id, municipality_code FROM school", error)))
    return FALSE;
  for (;;)
    {
      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      g_hash_table_insert (data->school_municipality, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0),
                           (gpointer) column_interned (stmt, 1));
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Known birth dates; a minor without one is absent. */
  if (!(stmt = _schakel_metrics_prepare (ctx, "SELECT id, birth_date FROM minor WHERE +birth_date IS NOT NULL",
                                         error)))
    return FALSE;
  for (;;)
    {
      SchakelDay birth;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      if ((birth = _schakel_metrics_column_day (stmt, 1)) != SCHAKEL_DAY_NONE)
        g_hash_table_insert (data->births, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0),
                             GINT_TO_POINTER (birth));
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  /* Every placement, in one scan of the table (no index). */
  if (!(stmt = _schakel_metrics_prepare (ctx,
                                         "SELECT id, minor_id, location_id, start_date, end_date, reason FROM placement",
                                         error)))
    return FALSE;
  for (;;)
    {
      SchakelMetricsPlacement p;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      p.id = sqlite3_column_int64 (stmt, 0);
      p.minor_id = sqlite3_column_int64 (stmt, 1);
      p.location_id = sqlite3_column_int64 (stmt, 2);
      p.start = _schakel_metrics_column_day (stmt, 3);
      p.end = _schakel_metrics_column_day (stmt, 4);
      p.reason = column_interned_cached (stmt, 5, &last_reason);
      g_array_append_val (data->placements, p);
    }
  g_clear_pointer (&stmt, sqlite3_finalize);
  sort_unless_sorted (data->placements, sizeof (SchakelMetricsPlacement), compare_placements);

  if (!(stmt = _schakel_metrics_prepare (ctx, "SELECT id, minor_id, school_id, start_date, end_date, hours_per_week FROM enrolment",
                                         error)))
    return FALSE;
  for (;;)
    {
      SchakelMetricsEnrolment e;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;
      e.id = sqlite3_column_int64 (stmt, 0);
      e.minor_id = sqlite3_column_int64 (stmt, 1);
      e.school_id = sqlite3_column_int64 (stmt, 2);
      e.start = _schakel_metrics_column_day (stmt, 3);
      e.end = _schakel_metrics_column_day (stmt, 4);
      e.hours = sqlite3_column_type (stmt, 5) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 5);
      g_array_append_val (data->enrolments, e);
    }
  sort_unless_sorted (data->enrolments, sizeof (SchakelMetricsEnrolment), compare_enrolments);
  return TRUE;
}

/**
 * _schakel_metrics_data:
 * @ctx: the context
 * @error: return location for an error
 *
 * Reads the placements and enrolments of all minors (once per context)
 * sorted by minor and start, with the minors' birth dates and the
 * municipalities of locations and schools.
 *
 * Returns: (transfer none) (nullable): the data, owned by @ctx
 */
const SchakelMetricsData *
_schakel_metrics_data (SchakelMetricsContext  *ctx,
                       GError                **error)
{
  SchakelMetricsData *data;

  if (ctx->data != NULL)
    return ctx->data;

  data = g_new0 (SchakelMetricsData, 1);
  data->placements = g_array_new (FALSE, FALSE, sizeof (SchakelMetricsPlacement));
  data->enrolments = g_array_new (FALSE, FALSE, sizeof (SchakelMetricsEnrolment));
  data->births = g_hash_table_new (g_direct_hash, g_direct_equal);
  data->location_municipality = g_hash_table_new (g_direct_hash, g_direct_equal);
  data->locations_in_scope = g_hash_table_new (g_direct_hash, g_direct_equal);
  data->school_municipality = g_hash_table_new (g_direct_hash, g_direct_equal);
  if (!load (ctx, data, error))
    {
      _schakel_metrics_data_free (data);
      return NULL;
    }
  ctx->data = data;
  return data;
}

/**
 * _schakel_metrics_data_free:
 * @data: (transfer full) (nullable): data
 */
void
_schakel_metrics_data_free (SchakelMetricsData *data)
{
  if (data == NULL)
    return;
  g_array_unref (data->placements);
  g_array_unref (data->enrolments);
  g_hash_table_unref (data->births);
  g_hash_table_unref (data->location_municipality);
  g_hash_table_unref (data->locations_in_scope);
  g_hash_table_unref (data->school_municipality);
  g_free (data);
}

/**
 * _schakel_metrics_data_birth:
 * @data: the data
 * @minor_id: a minor
 *
 * Returns: the minor's birth date, or %SCHAKEL_DAY_NONE when unknown
 */
SchakelDay
_schakel_metrics_data_birth (const SchakelMetricsData *data,
                             gint64                    minor_id)
{
  gpointer value;

  if (!g_hash_table_lookup_extended (data->births, (gpointer) (gintptr) minor_id, NULL, &value))
    return SCHAKEL_DAY_NONE;
  return GPOINTER_TO_INT (value);
}
