/* schakel-render-file.h — drawing straight into a PNG, SVG or PDF file.
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
#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SCHAKEL_FILE_PNG,
  SCHAKEL_FILE_SVG,
  SCHAKEL_FILE_PDF,
} SchakelFileKind;

gboolean         schakel_file_kind_from_path (const char        *path,
                                              SchakelFileKind   *kind,
                                              GError           **error);
cairo_surface_t *schakel_render_file_begin   (const char        *path,
                                              double             width,
                                              double             height,
                                              const char        *title,
                                              GError           **error);
gboolean         schakel_render_file_end     (cairo_surface_t   *surface,
                                              GError           **error);

G_END_DECLS
