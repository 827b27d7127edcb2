/* bench-timeline.c — drawing one minor's timeline: one frame of a
 * 200-item record at 1920×600, and frames while zooming, against drawing
 * the bare axis (background, lanes, ticks) in the same run.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The record comes from the tests' synthetic generator
 * (schakel_test_add_many_events); the demo minor with the most rows is
 * timed too, as found by SQL. A frame while zooming lays out again
 * (schakel_timeline_set_view) and draws, as the view does on every zoom
 * step; a still frame only draws. Times are the thread's CPU time, best
 * of the rounds: on a shared, loaded machine wall time mostly measures
 * the neighbours.
 */

#include "config.h"

#include <math.h>
#include <time.h>

#include "schakel-render.h"
#include "schakel-test-record.h"
#include "schakel-test-util.h"

#define WIDTH   1920
#define HEIGHT  600
#define ROUNDS  7
#define STEPS   40

typedef void (*FrameFunc) (SchakelTimeline *timeline, cairo_t *cr, double from, double to);

static void
still_frame (SchakelTimeline *timeline,
             cairo_t         *cr,
             double           from,
             double           to)
{
  schakel_timeline_draw (timeline, cr, -1);
}

static void
still_axis (SchakelTimeline *timeline,
            cairo_t         *cr,
            double           from,
            double           to)
{
  schakel_timeline_draw_axis (timeline, cr);
}

static void
zoom_frame (SchakelTimeline *timeline,
            cairo_t         *cr,
            double           from,
            double           to)
{
  schakel_timeline_set_view (timeline, from, to, WIDTH, HEIGHT);
  schakel_timeline_draw (timeline, cr, -1);
}

static void
zoom_axis (SchakelTimeline *timeline,
           cairo_t         *cr,
           double           from,
           double           to)
{
  schakel_timeline_set_view (timeline, from, to, WIDTH, HEIGHT);
  schakel_timeline_draw_axis (timeline, cr);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* The best time of one frame in ms: ROUNDS rounds of STEPS frames, the
 * view zooming from the whole story in to two weeks around its middle. */
static double
time_frames (SchakelTimeline *timeline,
             FrameFunc        frame)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  double fit_from, fit_to, times[ROUNDS];

  schakel_timeline_get_fit_range (timeline, &fit_from, &fit_to);
  for (int round = 0; round < ROUNDS; round++)
    {
      double t0 = cpu_ms ();

      for (int step = 0; step < STEPS; step++)
        {
          double mid = (fit_from + fit_to) / 2;
          double half = (fit_to - fit_from) / 2 * pow (7.0 / ((fit_to - fit_from) / 2), step / (double) (STEPS - 1));

          frame (timeline, cr, mid - half, mid + half);
        }
      cairo_surface_flush (surface);
      times[round] = (cpu_ms () - t0) / STEPS;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  qsort (times, ROUNDS, sizeof times[0], compare_doubles);
  schakel_timeline_set_view (timeline, fit_from, fit_to, WIDTH, HEIGHT);
  return times[0];
}

static void
report (const char         *what,
        SchakelMinorRecord *record)
{
  g_autoptr(SchakelTimeline) timeline = schakel_timeline_new (record);
  double from, to, still, axis, zoom, zoom_bare;

  schakel_timeline_get_fit_range (timeline, &from, &to);
  schakel_timeline_set_view (timeline, from, to, WIDTH, HEIGHT);
  /* Warm up: fonts, label layouts. */
  time_frames (timeline, zoom_frame);

  still = time_frames (timeline, still_frame);
  axis = time_frames (timeline, still_axis);
  zoom = time_frames (timeline, zoom_frame);
  zoom_bare = time_frames (timeline, zoom_axis);

  g_print ("%s: %u items, %dx%d\n", what, schakel_minor_record_get_n_items (record), WIDTH, HEIGHT);
  g_print ("  one frame      %7.2f ms   bare axis %7.2f ms   ratio %5.2f\n", still, axis, still / axis);
  g_print ("  while zooming  %7.2f ms   bare axis %7.2f ms   ratio %5.2f\n", zoom, zoom_bare, zoom / zoom_bare);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(SchakelDatabase) db = schakel_test_record_fixture ("bench-timeline.db");
  g_autoptr(SchakelMinorRecord) many = NULL;
  g_autoptr(SchakelMinorRecord) demo = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *demo_path = schakel_test_tmp_path ("bench-demo.db");
  g_autoptr(SchakelDatabase) demo_db = NULL;
  SchakelDemoOptions options;
  gint64 busiest;

  schakel_test_add_many_events (db, "MANY", 200);
  many = schakel_minor_record_load (db, "MANY", schakel_test_day (SCHAKEL_TEST_RECORD_TODAY), NULL, &error);
  g_assert_no_error (error);
  report ("synthetic minor", many);

  /* The demo minor with the most rows of its own. */
  demo_db = schakel_database_open (demo_path, SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);
  schakel_demo_options_init (&options);
  options.n_minors = 3000;
  options.until = schakel_test_day (SCHAKEL_TEST_RECORD_TODAY);
  g_assert_true (schakel_demo_generate (demo_db, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  busiest = schakel_test_query_int (demo_db,
                                    "SELECT m.id FROM minor m ORDER BY"
                                    " (SELECT count (*) FROM placement WHERE minor_id = m.id)"
                                    " + (SELECT count (*) FROM enrolment WHERE minor_id = m.id)"
                                    " + (SELECT count (*) FROM waitlist_entry WHERE minor_id = m.id)"
                                    " + (SELECT count (*) FROM absence_report WHERE minor_id = m.id)"
                                    " + (SELECT count (*) FROM escalation_step es JOIN absence_report r"
                                    "    ON r.id = es.report_id WHERE r.minor_id = m.id) DESC, m.id LIMIT 1");
  demo = schakel_minor_record_load_by_id (demo_db, busiest, options.until, NULL, &error);
  g_assert_no_error (error);
  report ("busiest demo minor", demo);
  g_clear_pointer (&many, schakel_minor_record_unref);
  g_clear_pointer (&demo, schakel_minor_record_unref);
  schakel_render_release_fonts ();
  return 0;
}
