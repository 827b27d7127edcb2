/* schakel-render-fonts.c — releasing the fonts at exit.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Pango keeps a default font map per thread, and Cairo and fontconfig
 * keep caches, for the life of the process. That is right for the app;
 * for the command line and the tests, which run under LeakSanitizer, they
 * are freed at exit so that only real leaks are reported.
 */

#include "config.h"

#include <cairo.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>

#include "schakel-render-fonts.h"

/**
 * schakel_render_release_fonts:
 *
 * Frees the default Pango font map and Cairo's and fontconfig's caches.
 * Call once, at exit, after the last drawing, from the thread that drew;
 * no Pango or Cairo object may be used afterwards.
 */
void
schakel_render_release_fonts (void)
{
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  FcFini ();
}
