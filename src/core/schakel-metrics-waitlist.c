/* schakel-metrics-waitlist.c — open wait-list entries, the wait by
 * Kaplan–Meier and closures by a move (docs/metrics.md).
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

/* Where an entry belongs: its school's municipality, else that of the
 * minor's placement on the day of registration. */
#define ENTRY_MUNICIPALITY \
  "coalesce (s.municipality_code, (SELECT l.municipality_code FROM placement p" \
  " JOIN location l ON l.id = p.location_id WHERE p.minor_id = w.minor_id" \
  " AND p.start_date <= w.registered_date ORDER BY p.start_date DESC LIMIT 1))"

/* Entries registered by :t that were still open after the window's start:
 * that covers the open ones, those registered in the window and those
 * closed in it. An end after :t counts as open on :t. */
static const char entries_sql[] =
  "SELECT w.minor_id, w.school_type, w.registered_date, w.end_date, w.outcome, m.birth_date"
  " FROM waitlist_entry w JOIN minor m ON m.id = w.minor_id LEFT JOIN school s ON s.id = w.school_id"
  " WHERE w.registered_date <= :t AND (w.end_date IS NULL OR w.end_date > :w) AND %s"
  " AND (:school_type IS NULL OR w.school_type = :school_type)";

/**
 * _schakel_metrics_waitlist:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes waitlist_open, waitlist_wait and waitlist_moved_share.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_waitlist (SchakelMetricsContext  *ctx,
                           GError                **error)
{
  g_autofree char *condition = _schakel_scope_sql_condition (ctx->scope, ENTRY_MUNICIPALITY);
  g_autofree char *sql = g_strdup_printf (entries_sql, condition);
  g_autoptr(sqlite3_stmt) stmt = _schakel_metrics_prepare (ctx, sql, error);
  g_autoptr(GHashTable) minors = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(SchakelKm) km = schakel_km_new ();
  SchakelMetricValue *open_value = _schakel_metrics_want (ctx, "waitlist_open");
  SchakelMetricValue *value;
  gint64 n_open = 0, n_closed = 0, n_moved = 0;
  guint64 n_rows = 0;
  gboolean row;

  if (stmt == NULL)
    return FALSE;
  /* Grouped by school type (schakel-metrics-series.c); unbound is NULL. */
  if (ctx->options != NULL && ctx->options->school_type != NULL)
    schakel_sqlite_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":school_type"), ctx->options->school_type);
  for (;;)
    {
      SchakelDay registered, end, birth, censor;
      const char *outcome;
      gboolean open;

      if (!_schakel_metrics_step (ctx, stmt, &n_rows, &row, error))
        return FALSE;
      if (!row)
        break;

      registered = _schakel_metrics_column_day (stmt, 2);
      end = _schakel_metrics_column_day (stmt, 3);
      outcome = (const char *) sqlite3_column_text (stmt, 4);
      birth = _schakel_metrics_column_day (stmt, 5);
      open = end == SCHAKEL_DAY_NONE || end > ctx->t;

      if (open)
        {
          n_open++;
          _schakel_metrics_count_behind (ctx, "waitlist_open", sqlite3_column_int64 (stmt, 0));
          if (open_value != NULL)
            _schakel_metrics_add_part (open_value, (const char *) sqlite3_column_text (stmt, 1), 1);
        }
      else if (end > ctx->w)
        {
          n_closed++;
          n_moved += g_strcmp0 (outcome, "verhuisd") == 0;
        }

      if (registered <= ctx->w)
        continue;

      /* The wait: registered in the window; placed at that school is the
       * event; any other outcome, the date, or the day before the 18th
       * birthday censors. An entry made at 18 or later is no child's wait. */
      censor = open ? ctx->t : end;
      if (birth != SCHAKEL_DAY_NONE)
        {
          SchakelDay adult = schakel_day_add_years (birth, ctx->age_max_years);

          if (registered >= adult)
            continue;
          censor = MIN (censor, adult - 1);
        }
      g_hash_table_add (minors, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 0));
      if (!open && g_strcmp0 (outcome, "geplaatst") == 0 && end <= censor)
        _schakel_metrics_km_add (ctx, km, "waitlist_wait", sqlite3_column_int64 (stmt, 0), (guint) (end - registered),
                                 TRUE);
      else
        _schakel_metrics_km_add (ctx, km, "waitlist_wait", sqlite3_column_int64 (stmt, 0),
                                 (guint) (censor - registered), FALSE);
    }

  if (open_value != NULL)
    _schakel_metrics_set_count (open_value, n_open, n_open);
  if ((value = _schakel_metrics_want (ctx, "waitlist_moved_share")) != NULL)
    _schakel_metrics_set_share (value, n_moved, n_closed);
  if ((value = _schakel_metrics_want (ctx, "waitlist_wait")) != NULL)
    _schakel_metrics_set_km (value, g_steal_pointer (&km), g_hash_table_size (minors));
  return TRUE;
}
