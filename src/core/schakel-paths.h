/* schakel-paths.h
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

char *schakel_paths_get_default_database (void);
char *schakel_paths_get_standard_database (void);
char *schakel_paths_resolve               (const char *path);

G_END_DECLS
