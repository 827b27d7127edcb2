/* test-sparkline.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-render.h"

#define W 106
#define H 36

static const SchakelColor black = { 0, 0, 0 };

static cairo_surface_t *
draw (const double   *values,
      const gboolean *present,
      guint           n)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, W, H);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  schakel_sparkline_draw (cr, W, H, values, present, n, &black);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Darkness of the pixel at (x, y): 0 is white, 255 black. */
static guint
ink (cairo_surface_t *surface,
     int              x,
     int              y)
{
  const guint8 *row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  guint32 px = ((const guint32 *) row)[x];

  return 255 - (px & 0xff);
}

static guint
column_ink (cairo_surface_t *surface,
            int              x)
{
  guint total = 0;

  for (int y = 0; y < H; y++)
    total += ink (surface, x, y);
  return total;
}

/* The line runs from the lowest value at the bottom to the last value,
 * which gets a dot; the missing value leaves a gap. */
static void
test_sparkline_gap_and_dot (void)
{
  /* Six values over 100 px: x = 3 + 20 i. */
  const double values[] = { 1, 2, 3, 0, 5, 4 };
  const gboolean present[] = { TRUE, TRUE, TRUE, FALSE, TRUE, TRUE };
  cairo_surface_t *surface = draw (values, present, G_N_ELEMENTS (values));
  double inset = 3, plot_h = H - 6;

  /* First value (the minimum) at the bottom left. */
  g_assert_cmpuint (ink (surface, 3, (int) (inset + plot_h)), >, 100);
  /* The maximum at the top. */
  g_assert_cmpuint (ink (surface, 83, (int) inset), >, 100);
  /* Nothing in the gap between the third and fifth values: the missing
   * value is not drawn as a zero either. */
  for (int x = 50; x <= 76; x++)
    g_assert_cmpuint (column_ink (surface, x), ==, 0);
  /* The last value has a dot wider than the line: ink to the right of
   * where the line ends, beyond its round cap. */
  {
    int y = (int) floor (inset + plot_h * (5 - 4) / 4.0);

    g_assert_cmpuint (ink (surface, 103, y), >, 200);
    g_assert_cmpuint (ink (surface, 104, y), >, 200);
    g_assert_cmpuint (ink (surface, 104, y + 1), >, 100);
    g_assert_cmpuint (ink (surface, 104, y - 1), >, 100);
  }
  cairo_surface_destroy (surface);
}

static void
test_sparkline_lonely_value (void)
{
  const double values[] = { 1, NAN, 7, NAN, 2 };
  cairo_surface_t *surface = draw (values, NULL, G_N_ELEMENTS (values));

  /* The value between two gaps is drawn, as a dot. */
  g_assert_cmpuint (column_ink (surface, 53), >, 100);
  /* NAN counts as missing: nothing between the values. */
  g_assert_cmpuint (column_ink (surface, 28), ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_sparkline_empty (void)
{
  const double values[] = { 3, 4 };
  const gboolean present[] = { FALSE, FALSE };
  cairo_surface_t *surface = draw (values, present, 2);

  for (int x = 0; x < W; x++)
    g_assert_cmpuint (column_ink (surface, x), ==, 0);
  cairo_surface_destroy (surface);

  /* No values at all, and one flat value: no crash, a level line. */
  surface = draw (NULL, NULL, 0);
  cairo_surface_destroy (surface);
  {
    const double flat[] = { 2, 2, 2 };

    surface = draw (flat, NULL, 3);
    g_assert_cmpuint (ink (surface, 30, H / 2), >, 100);
    cairo_surface_destroy (surface);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sparkline/gap-and-dot", test_sparkline_gap_and_dot);
  g_test_add_func ("/sparkline/lonely-value", test_sparkline_lonely_value);
  g_test_add_func ("/sparkline/empty", test_sparkline_empty);

  return g_test_run ();
}
