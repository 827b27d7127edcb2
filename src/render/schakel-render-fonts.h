/* schakel-render-fonts.h — releasing the fonts at exit.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

/* The family charts, reports, timelines and dossiers draw in: Cantarell
 * is what install-deps installs; DejaVu Sans is the fallback that every
 * Debian has. A Pango font string adds style and size after it:
 * SCHAKEL_RENDER_FONT_FAMILY " Bold 11". */
#define SCHAKEL_RENDER_FONT_FAMILY "Cantarell,DejaVu Sans,sans-serif"

void schakel_render_release_fonts (void);

G_END_DECLS
