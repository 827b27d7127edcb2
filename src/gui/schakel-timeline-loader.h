/* schakel-timeline-loader.h — one minor's record, read in a worker thread.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "schakel-core.h"

G_BEGIN_DECLS

void                schakel_timeline_load_async  (SchakelDatabase      *db,
                                                  const char           *jongere_id,
                                                  SchakelDay            today,
                                                  GCancellable         *cancellable,
                                                  GAsyncReadyCallback   callback,
                                                  gpointer              user_data);
SchakelMinorRecord *schakel_timeline_load_finish (GAsyncResult         *result,
                                                  GError              **error);

G_END_DECLS
