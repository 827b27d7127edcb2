/* schakel-bench.c — start-up marks for the benchmark.
 *
 * Copyright 2026 The Schakel authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * This exists only for tests/bench/bench-startup.py, which times the
 * start of schakel against a bare libadwaita window (tests/bench/
 * bench-floor.c). With SCHAKEL_BENCH=1 in the environment, schakel prints
 * "first-frame" on stdout once the first frame of its main window has been
 * painted, then "list-loaded" once the Jongeren list holds the loaded rows
 * and the frame after that has been painted, and quits.
 *
 * When the start goes another way — the first start makes the demo
 * database, or the database cannot be opened or read — it prints nothing
 * (more) and the app runs on as usual.
 */

#include "config.h"

#include <stdio.h>

#include "schakel-bench.h"

static gboolean
bench_enabled (void)
{
  return g_strcmp0 (g_getenv ("SCHAKEL_BENCH"), "1") == 0;
}

static void
print_mark (const char *mark)
{
  g_print ("%s\n", mark);
  fflush (stdout);
}

static void
list_painted_cb (GdkFrameClock *clock,
                 SchakelWindow *window)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));

  g_signal_handlers_disconnect_by_func (clock, list_painted_cb, window);
  print_mark ("list-loaded");
  if (application != NULL)
    g_application_quit (G_APPLICATION (application));
}

static void
wait_for_list_painted (SchakelWindow *window)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                           G_CALLBACK (list_painted_cb), window, 0);
  /* Filling the list redraws it anyway; make sure a frame follows. */
  gtk_widget_queue_draw (GTK_WIDGET (window));
}

/* A list that is not loaded once loading stops failed to load. */
static gboolean
list_loaded (SchakelMinorsView *view)
{
  return !schakel_minors_view_get_loading (view) && schakel_minors_view_get_day (view) != SCHAKEL_DAY_NONE;
}

static void
minors_view_notify_loading_cb (SchakelMinorsView *view,
                               GParamSpec        *pspec,
                               SchakelWindow     *window)
{
  if (schakel_minors_view_get_loading (view))
    return;

  g_signal_handlers_disconnect_by_func (view, minors_view_notify_loading_cb, window);
  if (list_loaded (view))
    wait_for_list_painted (window);
}

static void
first_paint_cb (GdkFrameClock *clock,
                SchakelWindow *window)
{
  SchakelMinorsView *view = schakel_window_get_minors_view (window);

  g_signal_handlers_disconnect_by_func (clock, first_paint_cb, window);

  /* Making the demo database, or no database at all: no marks. */
  if (schakel_window_get_database (window) == NULL)
    return;

  print_mark ("first-frame");
  if (list_loaded (view))
    wait_for_list_painted (window);
  else
    g_signal_connect_object (view, "notify::loading",
                             G_CALLBACK (minors_view_notify_loading_cb), window, 0);
}

static void
window_map_cb (SchakelWindow *window)
{
  g_signal_handlers_disconnect_by_func (window, window_map_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                           G_CALLBACK (first_paint_cb), window, 0);
}

/**
 * schakel_bench_watch:
 * @window: the main window, not yet shown
 *
 * With `SCHAKEL_BENCH=1` in the environment, prints the start-up marks
 * for @window and quits its application after the last one; otherwise
 * does nothing.
 */
void
schakel_bench_watch (SchakelWindow *window)
{
  g_return_if_fail (SCHAKEL_IS_WINDOW (window));

  if (!bench_enabled ())
    return;

  g_signal_connect (window, "map", G_CALLBACK (window_map_cb), NULL);
}
