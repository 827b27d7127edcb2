/* schakel-minors-ranks.h — the order of the names in the Jongeren list.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-core.h"

G_BEGIN_DECLS

typedef struct _SchakelMinorsRanks SchakelMinorsRanks;

SchakelMinorsRanks *schakel_minors_ranks_new      (GListModel          *minors);
SchakelMinorsRanks *schakel_minors_ranks_ref      (SchakelMinorsRanks  *self);
void                schakel_minors_ranks_unref    (SchakelMinorsRanks  *self);
guint               schakel_minors_ranks_name     (SchakelMinorsRanks  *self,
                                                   const char          *name);
guint               schakel_minors_ranks_location (SchakelMinorsRanks  *self,
                                                   SchakelMinorSummary *minor);

const char         *schakel_minors_location_label (const char          *type_code);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelMinorsRanks, schakel_minors_ranks_unref)

G_END_DECLS
