/* schakel-minors-columns.h — the columns of the Jongeren list.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-minors-ranks.h"

G_BEGIN_DECLS

typedef struct _SchakelMinorsColumns SchakelMinorsColumns;

SchakelMinorsColumns *schakel_minors_columns_add       (GtkColumnView        *column_view);
void                  schakel_minors_columns_unref     (SchakelMinorsColumns *self);
void                  schakel_minors_columns_set_ranks (SchakelMinorsColumns *self,
                                                        SchakelMinorsRanks   *ranks);

G_END_DECLS
