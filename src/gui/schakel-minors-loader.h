/* schakel-minors-loader.h — loading the Jongeren list in a worker thread.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "schakel-core.h"
#include "schakel-minors-ranks.h"

G_BEGIN_DECLS

typedef struct
{
  SchakelDay          day;       /* the peildatum */
  GListStore         *minors;    /* of SchakelMinorSummary, by jongere_id */
  GPtrArray          *regions;   /* of SchakelRegion, of the default scheme */
  SchakelMinorsRanks *ranks;
} SchakelMinorsLoad;

void               schakel_minors_load_async  (SchakelDatabase      *db,
                                               GCancellable         *cancellable,
                                               GAsyncReadyCallback   callback,
                                               gpointer              user_data);
SchakelMinorsLoad *schakel_minors_load_finish (GAsyncResult         *result,
                                               GError              **error);
void               schakel_minors_load_free   (SchakelMinorsLoad    *load);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelMinorsLoad, schakel_minors_load_free)

G_END_DECLS
