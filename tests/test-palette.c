/* test-palette.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-render.h"

static double
distance (const SchakelColor *a,
          const SchakelColor *b)
{
  return sqrt (pow (a->red - b->red, 2) + pow (a->green - b->green, 2) + pow (a->blue - b->blue, 2));
}

static double
luminance (const SchakelColor *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

static void
test_palette_series_distinct (void)
{
  guint n = schakel_palette_get_n_series ();

  g_assert_cmpuint (n, >=, 6);
  for (int v = SCHAKEL_PALETTE_LIGHT; v <= SCHAKEL_PALETTE_DARK; v++)
    for (guint i = 0; i < n; i++)
      for (guint j = i + 1; j < n; j++)
        {
          SchakelColor a, b;

          schakel_palette_get_series (v, i, &a);
          schakel_palette_get_series (v, j, &b);
          g_assert_cmpfloat (distance (&a, &b), >, 0.15);
        }

  /* Colours repeat after the last one rather than running off the end. */
  {
    SchakelColor first, wrapped;

    schakel_palette_get_series (SCHAKEL_PALETTE_LIGHT, 0, &first);
    schakel_palette_get_series (SCHAKEL_PALETTE_LIGHT, n, &wrapped);
    g_assert_cmpfloat (distance (&first, &wrapped), ==, 0);
  }
}

/* Series drawn on a dark background must not vanish into it. */
static void
test_palette_dark_visible (void)
{
  for (guint i = 0; i < schakel_palette_get_n_series (); i++)
    {
      SchakelColor c;

      schakel_palette_get_series (SCHAKEL_PALETTE_DARK, i, &c);
      g_assert_cmpfloat (luminance (&c), >, 0.3);
    }
}

static void
test_palette_suitability_pixels (void)
{
  static const char * const kinds[] = { "regular", "temporary", "unsuitable", "unknown" };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 40, 10);
  cairo_t *cr = cairo_create (surface);
  guint32 pixels[G_N_ELEMENTS (kinds)];

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      SchakelColor c;

      schakel_palette_get_suitability (SCHAKEL_PALETTE_LIGHT, kinds[i], &c);
      schakel_palette_set_source (cr, &c, 1.0);
      cairo_rectangle (cr, i * 10, 0, 10, 10);
      cairo_fill (cr);
    }
  cairo_surface_flush (surface);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      const guint8 *data = cairo_image_surface_get_data (surface);
      int stride = cairo_image_surface_get_stride (surface);

      pixels[i] = *(const guint32 *) (data + 5 * stride + (i * 10 + 5) * 4) & 0xffffff;
    }

  /* Blue, orange, vermillion, grey: each suitability its own colour. */
  g_assert_cmphex (pixels[0], ==, 0x0072b2);
  g_assert_cmphex (pixels[1], ==, 0xe69f00);
  g_assert_cmphex (pixels[2], ==, 0xd55e00);
  g_assert_cmphex (pixels[3], ==, 0x8c8c8c);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/palette/series-distinct", test_palette_series_distinct);
  g_test_add_func ("/render/palette/dark-visible", test_palette_dark_visible);
  g_test_add_func ("/render/palette/suitability-pixels", test_palette_suitability_pixels);

  return g_test_run ();
}
