/* schakel-minor-ids.h — finding a minor's id as it is typed.
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

GStrv schakel_minor_ids_matching (SchakelDatabase  *db,
                                  const char       *text,
                                  guint             limit,
                                  GError          **error);

G_END_DECLS
