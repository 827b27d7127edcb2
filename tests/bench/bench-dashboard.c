/* bench-dashboard.c — one whole dashboard refresh (every metric on the
 * date, the tile metrics at twelve monthly dates including the quarter
 * earlier, the table of the scopes one level down), as the dashboard's
 * worker computes it (src/gui/schakel-dashboard-loader.c, which has no
 * GTK in it). Prints the seconds of each of @repeats runs.
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
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SchakelDashboardLoad) load = schakel_dashboard_load_compute (db, scope, day, FALSE,
                                                                               SCHAKEL_DASHBOARD_ALL, NULL, &error);

      if (load == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("%.3f\n", (g_get_monotonic_time () - start) / 1e6);
    }
  return 0;
}
