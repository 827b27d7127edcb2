/* schakel-norms.h — what the norms of DOMAIN.md §5 say, for the notes
 * under a report's figures.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include "schakel-database.h"

G_BEGIN_DECLS

char *schakel_norm_dup_source (SchakelDatabase  *db,
                               const char       *code,
                               GError          **error);

G_END_DECLS
