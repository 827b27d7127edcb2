/* schakel-palette.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Series colours follow Okabe and Ito's palette, which people with the
 * common forms of colour blindness can tell apart. The dark variant lifts
 * the dark members so they stay visible on a dark background, without
 * making two of them alike.
 */

#include "config.h"

#include "schakel-palette.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }

static const SchakelColor series_light[] = {
  RGB (0, 114, 178),   /* blue */
  RGB (230, 159, 0),   /* orange */
  RGB (0, 158, 115),   /* bluish green */
  RGB (204, 121, 167), /* reddish purple */
  RGB (86, 180, 233),  /* sky blue */
  RGB (213, 94, 0),    /* vermillion */
  RGB (240, 228, 66),  /* yellow */
  RGB (0, 0, 0),       /* black */
};

static const SchakelColor series_dark[] = {
  RGB (60, 140, 220),  /* a lighter blue, still apart from sky blue */
  RGB (230, 159, 0),
  RGB (0, 200, 145),
  RGB (224, 150, 190),
  RGB (140, 205, 245),
  RGB (240, 120, 40),
  RGB (240, 228, 66),
  RGB (235, 235, 235),
};

G_STATIC_ASSERT (G_N_ELEMENTS (series_light) == G_N_ELEMENTS (series_dark));

/**
 * schakel_palette_get_n_series:
 *
 * Returns: how many series colours there are before they repeat
 */
guint
schakel_palette_get_n_series (void)
{
  return G_N_ELEMENTS (series_light);
}

/**
 * schakel_palette_get_series:
 * @variant: light or dark background
 * @index: the series number; wraps around
 * @color: (out caller-allocates): the colour
 *
 * Gives the colour of a data series.
 */
void
schakel_palette_get_series (SchakelPaletteVariant  variant,
                            guint                  index,
                            SchakelColor          *color)
{
  const SchakelColor *colors = variant == SCHAKEL_PALETTE_DARK ? series_dark : series_light;

  *color = colors[index % G_N_ELEMENTS (series_light)];
}

/**
 * schakel_palette_get_suitability:
 * @variant: light or dark background
 * @suitability: `regular`, `temporary` or `unsuitable`
 * @color: (out caller-allocates): the colour
 *
 * Gives the colour that marks a location's suitability: blue for regular,
 * orange for temporary, vermillion for unsuitable, grey for anything else.
 */
void
schakel_palette_get_suitability (SchakelPaletteVariant  variant,
                                 const char            *suitability,
                                 SchakelColor          *color)
{
  static const SchakelColor grey = RGB (140, 140, 140);

  if (g_strcmp0 (suitability, "regular") == 0)
    schakel_palette_get_series (variant, 0, color);
  else if (g_strcmp0 (suitability, "temporary") == 0)
    schakel_palette_get_series (variant, 1, color);
  else if (g_strcmp0 (suitability, "unsuitable") == 0)
    schakel_palette_get_series (variant, 5, color);
  else
    *color = grey;
}

/**
 * schakel_palette_set_source:
 * @cr: a cairo context
 * @color: a colour
 * @alpha: its opacity, 0..1
 *
 * Makes @color the source of @cr.
 */
void
schakel_palette_set_source (cairo_t            *cr,
                            const SchakelColor *color,
                            double              alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, alpha);
}
