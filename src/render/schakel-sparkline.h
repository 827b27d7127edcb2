/* schakel-sparkline.h — the tiny trend line on a dashboard tile.
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

#include "schakel-palette.h"

G_BEGIN_DECLS

void schakel_sparkline_draw (cairo_t            *cr,
                             double              width,
                             double              height,
                             const double       *values,
                             const gboolean     *present,
                             guint               n,
                             const SchakelColor *color);

G_END_DECLS
