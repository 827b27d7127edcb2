/* bench-dashboard.c — one whole dashboard refresh (every metric on the
 * date, the tile metrics at twelve monthly dates including the quarter
 * earlier, the table of the scopes one level down), as the dashboard's
 * worker computes it (src/gui/schakel-dashboard-loader.c, which has no
 * GTK in it), stage by stage as the dashboard runs them. Prints, for each
 * of @repeats runs, the seconds of the figures, the series, the table and
 * their total.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>

#include "schakel-dashboard-loader.h"

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
      double total = 0;

      /* As the dashboard does: each stage on its own. */
      for (guint s = 0; s < G_N_ELEMENTS (stages); s++)
        {
          gint64 start = g_get_monotonic_time ();
          g_autoptr(SchakelDashboardLoad) load = schakel_dashboard_load_compute (db, scope, day, FALSE, stages[s],
                                                                                 NULL, &error);
          double seconds = (g_get_monotonic_time () - start) / 1e6;

          if (load == NULL)
            {
              g_printerr ("%s\n", error->message);
              return 1;
            }
          g_print ("%.3f ", seconds);
          total += seconds;
        }
      g_print ("%.3f\n", total);
    }
  return 0;
}
