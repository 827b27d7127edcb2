/* schakel-json.h — writing JSON text, for exports.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

void schakel_json_append_string (GString    *out,
                                 const char *text);
void schakel_json_append_number (GString    *out,
                                 double      value);
void schakel_json_append_int    (GString    *out,
                                 gint64      value);

G_END_DECLS
