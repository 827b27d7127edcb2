/* schakel-export.h — the database's tables as canonical CSV files.
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

#include "schakel-database.h"
#include "schakel-import-format.h"

G_BEGIN_DECLS

gboolean schakel_export_table (SchakelDatabase    *db,
                               SchakelImportType   type,
                               const char         *path,
                               gboolean            excel,
                               guint64            *n_rows,
                               GError            **error);

G_END_DECLS
