/* bench-dashboard.c — one whole dashboard refresh (every metric on the
 * date, the tile metrics at twelve monthly dates including the quarter
 * earlier, the table of the scopes one level down), as the dashboard's
 * worker computes it (src/core/schakel-dashboard-loader.c), stage by
 * stage as the dashboard runs them. Prints, for each of @repeats runs,
 * the seconds of the figures, the series, the table and their total, in
 * wall time and then in processor time (on a loaded machine the steadier
 * figure).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "schakel-core.h"

/* The processor time of this process, in seconds. */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  SchakelDay day;
  int repeats;

  if (argc != 5)
    {
      g_printerr ("usage: %s DB SCOPE YYYY-MM-DD REPEATS\n", argv[0]);
      return 2;
    }
  repeats = atoi (argv[4]);
  if (!(db = schakel_database_open (argv[1], SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !(scope = schakel_scope_parse (argv[2], &error)) ||
      !schakel_scope_validate (scope, db, &error) ||
      !schakel_day_parse_iso (argv[3], &day))
    {
      g_printerr ("%s\n", error != NULL ? error->message : "bad date");
      return 1;
    }
  for (int i = 0; i < repeats; i++)
    {
      static const SchakelDashboardStages stages[] = {
        SCHAKEL_DASHBOARD_FIGURES, SCHAKEL_DASHBOARD_SERIES, SCHAKEL_DASHBOARD_TABLE
      };
      double wall[4] = { 0 }, cpu[4] = { 0 };

      /* As the dashboard does: each stage on its own. */
      for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
        {
          gint64 start = g_get_monotonic_time ();
          double cpu_start = cpu_seconds ();
          g_autoptr(SchakelDashboardLoad) load = schakel_dashboard_load_compute (db, scope, day, FALSE, stages[s],
                                                                                 NULL, &error);

          if (load == NULL)
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          wall[s] = (g_get_monotonic_time () - start) / 1e6;
          cpu[s] = cpu_seconds () - cpu_start;
          wall[3] += wall[s];
          cpu[3] += cpu[s];
        }
      for (guint k = 0; k < 4; k++)
        g_print ("%.3f ", wall[k]);
      for (guint k = 0; k < 4; k++)
        g_print (k < 3 ? "%.3f " : "%.3f\n", cpu[k]);
    }
  return 0;
}
