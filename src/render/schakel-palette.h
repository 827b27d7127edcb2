/* schakel-palette.h — the colours every chart, timeline and report shares.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
} SchakelColor;

typedef enum
{
  SCHAKEL_PALETTE_LIGHT,
  SCHAKEL_PALETTE_DARK,
} SchakelPaletteVariant;

guint schakel_palette_get_n_series     (void);
void  schakel_palette_get_series       (SchakelPaletteVariant  variant,
                                        guint                  index,
                                        SchakelColor          *color);
void  schakel_palette_get_suitability  (SchakelPaletteVariant  variant,
                                        const char            *suitability,
                                        SchakelColor          *color);
void  schakel_palette_set_source       (cairo_t               *cr,
                                        const SchakelColor    *color,
                                        double                 alpha);

G_END_DECLS
