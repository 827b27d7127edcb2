/* schakel-publication.h — small numbers in anything that leaves the screen
 * (DOMAIN.md §11).
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
#include "schakel-km.h"

G_BEGIN_DECLS

#define SCHAKEL_PUBLICATION_DEFAULT_K               5
#define SCHAKEL_PUBLICATION_MAX_K                   10
#define SCHAKEL_PUBLICATION_DEFAULT_MIN_DENOMINATOR 20
#define SCHAKEL_PUBLICATION_DEFAULT_MIN_GROUP       10

/**
 * SchakelPublicationRules:
 * @k: counts 1 to @k − 1 are hidden and shown as `<k` (2..10)
 * @min_denominator: a percentage needs at least this denominator
 * @min_group: a median or a curve needs at least this many minors, and a
 *   curve stops where fewer remain at risk
 */
typedef struct
{
  guint k;
  guint min_denominator;
  guint min_group;
} SchakelPublicationRules;

void     schakel_publication_rules_init       (SchakelPublicationRules       *rules);
void     schakel_publication_rules_load       (SchakelPublicationRules       *rules,
                                               SchakelDatabase               *db);
gboolean schakel_publication_hides_count      (const SchakelPublicationRules *rules,
                                               gint64                         count);
char    *schakel_publication_small_label      (const SchakelPublicationRules *rules);
gboolean schakel_publication_allows_share     (const SchakelPublicationRules *rules,
                                               gint64                         numerator,
                                               gint64                         denominator);
gboolean schakel_publication_allows_median    (const SchakelPublicationRules *rules,
                                               gint64                         n_minors);
guint    schakel_publication_curve_length     (const SchakelPublicationRules *rules,
                                               const SchakelKmStep           *steps,
                                               guint                          n_steps);
char    *schakel_publication_describe         (const SchakelPublicationRules *rules);

/**
 * SchakelCellState:
 * @SCHAKEL_CELL_VISIBLE: shown as it is
 * @SCHAKEL_CELL_SMALL: a count from 1 to k − 1, shown as `<k`
 * @SCHAKEL_CELL_PROTECTING: hidden so that a small count cannot be worked
 *   out from the totals; shown as hidden, never as a number or 0
 */
typedef enum
{
  SCHAKEL_CELL_VISIBLE,
  SCHAKEL_CELL_SMALL,
  SCHAKEL_CELL_PROTECTING,
} SchakelCellState;

typedef struct _SchakelPublicationTable SchakelPublicationTable;

SchakelPublicationTable *schakel_publication_table_new       (guint                          n_rows,
                                                              guint                          n_cols);
void                     schakel_publication_table_free      (SchakelPublicationTable       *self);
void                     schakel_publication_table_set       (SchakelPublicationTable       *self,
                                                              guint                          row,
                                                              guint                          col,
                                                              gint64                         count);
gint64                   schakel_publication_table_get       (SchakelPublicationTable       *self,
                                                              guint                          row,
                                                              guint                          col);
guint                    schakel_publication_table_protect   (SchakelPublicationTable       *self,
                                                              const SchakelPublicationRules *rules);
SchakelCellState         schakel_publication_table_get_state (SchakelPublicationTable       *self,
                                                              guint                          row,
                                                              guint                          col);
char                    *schakel_publication_table_format    (SchakelPublicationTable       *self,
                                                              const SchakelPublicationRules *rules,
                                                              guint                          row,
                                                              guint                          col);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelPublicationTable, schakel_publication_table_free)

G_END_DECLS
