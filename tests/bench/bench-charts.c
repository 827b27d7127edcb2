/* bench-charts.c — drawing time of large charts against an empty frame.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws, at 1600 × 1000 on an image surface: a daily series over ten
 * years for 40 regions (146,000 points), also with every segment stroked
 * as a vector surface would get it, and a Kaplan–Meier chart of
 * 100,000 observations in four groups. The floor, measured in the same
 * run at the same size, is the same chart with no data: title, axes and
 * background. Prints the median processor time per frame and the ratio;
 * processor time, because the build machines run many jobs at once and
 * wall time there measures the queue.
 */

#include "config.h"

#include <time.h>

#include "render-samples.h"
#include "schakel-chart-private.h"

#define WIDTH  1600
#define HEIGHT 1000
#define FRAMES 31

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
median_frame (const SchakelChart *chart,
              cairo_surface_t    *surface)
{
  double times[FRAMES];

  for (guint i = 0; i < FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);
      double start = cpu_ms ();

      schakel_chart_draw (chart, cr, WIDTH, HEIGHT);
      cairo_surface_flush (surface);
      times[i] = cpu_ms () - start;
      cairo_destroy (cr);
    }
  /* Insertion sort: a few dozen values. */
  for (guint i = 1; i < FRAMES; i++)
    for (guint j = i; j > 0 && times[j] < times[j - 1]; j--)
      {
        double t = times[j];

        times[j] = times[j - 1];
        times[j - 1] = t;
      }
  return times[FRAMES / 2];
}

/* The same chart's frame without its data. */
static SchakelChart *
empty_like (const SchakelChart *chart)
{
  SchakelChart *empty = schakel_chart_new (schakel_chart_get_kind (chart));

  schakel_chart_set_title (empty, schakel_chart_get_title (chart));
  schakel_chart_set_subtitle (empty, schakel_chart_get_subtitle (chart));
  schakel_chart_set_font_family (empty, "DejaVu Sans");
  return empty;
}

static void
bench (const char   *name,
       SchakelChart *chart,
       double        build_ms)
{
  g_autoptr(SchakelChart) empty = empty_like (chart);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  double floor_ms, chart_ms, hit_ms;
  SchakelChartHit hit;
  double start;

  /* Warm up fonts and caches for both. */
  median_frame (empty, surface);
  floor_ms = median_frame (empty, surface);
  chart_ms = median_frame (chart, surface);

  start = cpu_ms ();
  schakel_chart_hit_test (chart, WIDTH, HEIGHT, WIDTH / 2.0, HEIGHT / 2.0, &hit);
  hit_ms = cpu_ms () - start;
  schakel_chart_hit_clear (&hit);

  g_print ("%-28s build %8.1f ms   frame %8.1f ms   empty frame %6.1f ms   ratio %6.1f   hit test %6.1f ms\n",
           name, build_ms, chart_ms, floor_ms, chart_ms / floor_ms, hit_ms);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  SchakelChart *chart;
  double start;

  g_print ("%d x %d px, median processor time of %d frames\n", WIDTH, HEIGHT, FRAMES);

  start = cpu_ms ();
  chart = render_sample_daily_regions (40, 10);
  bench ("daily, 10 years, 40 regions", chart, cpu_ms () - start);
  /* The same lines stroked segment by segment, as before they were drawn
   * per pixel column: what the spans save. */
  chart->exact_lines = TRUE;
  bench ("  the same, every segment", chart, 0);
  schakel_chart_unref (chart);

  start = cpu_ms ();
  chart = render_sample_km_large (100000);
  bench ("Kaplan-Meier, 100,000", chart, cpu_ms () - start);
  schakel_chart_unref (chart);
  return 0;
}
