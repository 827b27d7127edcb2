/* schakel-demo.c — the synthetic national data set.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fills an empty database with believable, obviously synthetic data for
 * demonstrations, tests and benchmarks. How the data is made, and what it
 * measures like, is in docs/demo-data.md.
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-demo.h"
#include "schakel-demo-private.h"
#include "schakel-sqlite-private.h"

#define MAX_MINORS 2000000u
#define MAX_YEARS  25u
#define N_PROGRESS_STEPS 200u
#define GENERATION_CACHE_KIB (-65536) /* 64 MiB: SQLite reads a negative size as KiB */

/* Arrivals peak in late summer and autumn. */
static double
arrival_weight (SchakelDay day)
{
  int y, m, d;
  static const double month_weight[12] = {
    0.80, 0.75, 0.80, 0.85, 0.95, 1.00, 1.10, 1.25, 1.30, 1.25, 1.05, 0.90
  };

  schakel_day_to_ymd (day, &y, &m, &d);
  return month_weight[m - 1] / 1.30;
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  SchakelDay x = *(const SchakelDay *) a, y = *(const SchakelDay *) b;

  return (x > y) - (x < y);
}

/* Everyone's arrival day, sorted, so that minor ids follow arrival. */
static SchakelDay *
draw_arrivals (const SchakelDemoOptions *options,
               SchakelDay                start)
{
  SchakelDay *days = g_new (SchakelDay, options->n_minors);
  guint span = (guint) (options->until - start + 1);
  SchakelDemoRng rng;

  /* A stream of its own, past every minor's. */
  _schakel_demo_rng_init (&rng, options->seed, G_MAXUINT64);
  for (guint i = 0; i < options->n_minors; i++)
    {
      SchakelDay day;

      do
        day = start + (SchakelDay) _schakel_demo_rng_below (&rng, span);
      while (!_schakel_demo_rng_chance (&rng, arrival_weight (day)));
      days[i] = day;
    }
  qsort (days, options->n_minors, sizeof *days, compare_days);
  return days;
}

static gboolean
check_empty (sqlite3  *db,
             GError  **error)
{
  gint64 n = 0;

  if (!schakel_sqlite_query_int64 (db,
                                   "SELECT EXISTS (SELECT 1 FROM minor)"
                                   " + EXISTS (SELECT 1 FROM location)"
                                   " + EXISTS (SELECT 1 FROM school)",
                                   &n, error))
    return FALSE;
  if (n > 0)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("The database already holds minors, locations or schools; demo data can only be added to an empty database"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_cancelled (GCancellable  *cancellable,
                 GError       **error)
{
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED,
                           _("Making the demo data was cancelled"));
      return TRUE;
    }
  return FALSE;
}

static gboolean
generate (SchakelDatabase           *db,
          const SchakelDemoOptions  *options,
          SchakelDemoProgress        progress,
          gpointer                   user_data,
          GCancellable              *cancellable,
          GError                   **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  SchakelDay start = schakel_day_add_years (options->until, -(int) options->n_years) + 1;
  g_autoptr(SchakelDemoWorld) world = NULL;
  g_autoptr(SchakelDemoWriter) writer = NULL;
  g_autofree SchakelDay *arrivals = NULL;
  g_autofree char *until_iso = schakel_day_to_iso (options->until);
  g_autofree char *description = NULL;
  SchakelDemoMinor minor;
  guint reported = 0;
  gboolean ok = TRUE;

  if (!check_empty (handle, error) ||
      !(world = _schakel_demo_world_new (handle, options->seed, start, options->until, error)) ||
      !(writer = _schakel_demo_writer_new (handle, error)) ||
      !_schakel_demo_writer_write_world (writer, world, error))
    return FALSE;

  arrivals = draw_arrivals (options, start);

  _schakel_demo_minor_init (&minor);
  for (guint i = 0; i < options->n_minors && ok; i++)
    {
      SchakelDemoRng rng;
      guint step = (guint) ((guint64) i * N_PROGRESS_STEPS / options->n_minors);

      if (step != reported || i == 0)
        {
          reported = step;
          if (check_cancelled (cancellable, error))
            {
              ok = FALSE;
              break;
            }
          if (progress != NULL)
            progress ((double) i / options->n_minors, user_data);
        }

      _schakel_demo_rng_init (&rng, options->seed, (guint64) i + 1);
      _schakel_demo_minor_reset (&minor, i);
      _schakel_demo_person_draw (&minor, world, &rng, arrivals[i]);
      _schakel_demo_stay_simulate (&minor, world, &rng);
      _schakel_demo_person_events (&minor, world);
      _schakel_demo_school_simulate (&minor, world, &rng);
      _schakel_demo_absence_simulate (&minor, world, &rng);
      _schakel_demo_plan_simulate (&minor, world, &rng);
      ok = _schakel_demo_writer_write_minor (writer, world, &minor, error);
    }
  _schakel_demo_minor_clear (&minor);
  if (!ok || check_cancelled (cancellable, error))
    return FALSE;

  description = g_strdup_printf ("seed=%" G_GUINT64_FORMAT ", minors=%u, years=%u, until=%s",
                                 options->seed, options->n_minors, options->n_years, until_iso);
  return schakel_database_set_synthetic (db, TRUE, description, error);
}

/**
 * schakel_demo_options_init:
 * @options: (out caller-allocates): the options to fill
 *
 * Fills @options with the defaults: 6000 minors arriving over 3 years up
 * to today, seed 2026.
 */
void
schakel_demo_options_init (SchakelDemoOptions *options)
{
  g_return_if_fail (options != NULL);

  options->n_minors = SCHAKEL_DEMO_DEFAULT_MINORS;
  options->n_years = SCHAKEL_DEMO_DEFAULT_YEARS;
  options->seed = SCHAKEL_DEMO_DEFAULT_SEED;
  options->until = schakel_day_today ();
}

/**
 * schakel_demo_generate:
 * @db: a writable database without minors, locations or schools
 * @options: what to generate
 * @progress: (scope call) (nullable): called now and then with the
 *   fraction done, from the calling thread; last with 1.0
 * @user_data: data for @progress
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Fills @db with a synthetic national data set: reception locations and
 * schools, and @options->n_minors minors arriving in the @options->n_years
 * years up to @options->until, with their placements, procedure events,
 * enrolments, wait-list entries, absence reports and escalation steps, and
 * marks the database as synthetic. The same options give the same rows.
 *
 * Everything is written in one transaction: on an error, or when
 * @cancellable is cancelled (%SCHAKEL_CORE_ERROR_CANCELLED), the database
 * is left as it was. A database that already holds minors, locations or
 * schools is refused with %SCHAKEL_CORE_ERROR_INVALID.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_demo_generate (SchakelDatabase           *db,
                       const SchakelDemoOptions  *options,
                       SchakelDemoProgress        progress,
                       gpointer                   user_data,
                       GCancellable              *cancellable,
                       GError                   **error)
{
  sqlite3 *handle;
  gint64 cache_size = 0;
  char pragma[64];
  gboolean ok;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (options->n_minors < 1 || options->n_minors > MAX_MINORS ||
      options->n_years < 1 || options->n_years > MAX_YEARS ||
      options->until == SCHAKEL_DAY_NONE ||
      options->until < schakel_day_from_ymd (1900 + MAX_YEARS, 1, 1) ||
      options->until > schakel_day_from_ymd (9000, 1, 1))
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("Demo data needs 1 to %u minors over 1 to %u years"), MAX_MINORS, MAX_YEARS);
      return FALSE;
    }
  if (schakel_database_is_read_only (db))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("Demo data cannot be written to a database opened read-only"));
      return FALSE;
    }

  /* A larger page cache for the one big transaction keeps SQLite from
   * spilling half-built index pages to the WAL; restored afterwards. */
  handle = schakel_database_get_handle (db);
  if (!schakel_sqlite_query_int64 (handle, "PRAGMA cache_size", &cache_size, error))
    return FALSE;
  g_snprintf (pragma, sizeof pragma, "PRAGMA cache_size = %d", GENERATION_CACHE_KIB);
  sqlite3_exec (handle, pragma, NULL, NULL, NULL);

  /* Roll back only our own transaction, never one the caller had open. */
  ok = schakel_database_begin (db, error);
  if (ok && !(generate (db, options, progress, user_data, cancellable, error) &&
              schakel_database_commit (db, error)))
    {
      schakel_database_rollback (db);
      ok = FALSE;
    }

  g_snprintf (pragma, sizeof pragma, "PRAGMA cache_size = %" G_GINT64_FORMAT, cache_size);
  sqlite3_exec (handle, pragma, NULL, NULL, NULL);
  if (!ok)
    return FALSE;

  if (progress != NULL)
    progress (1.0, user_data);
  return TRUE;
}
