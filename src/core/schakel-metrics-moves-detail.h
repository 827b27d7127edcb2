/* schakel-metrics-moves-detail.h — the moves behind moves_per_child_year:
 * flows between location types and moves per minor; the observations
 * behind a Kaplan–Meier figure.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include "schakel-metrics.h"

G_BEGIN_DECLS

/**
 * SchakelMovesDetail:
 * @rate: the moves_per_child_year value the moves are counted for
 * @n_types: how many location types take part in a move
 * @types: (array length=n_types): their codes, sorted
 * @flows: (array): @n_types × @n_types counts, `flows[from * n_types + to]`
 * @flow_states: (array): after publishing, whether each flow may be shown
 * @n_bins: the largest number of moves of one minor, plus one
 * @minors_by_moves: (array length=n_bins): the minors of the rate's
 *   denominator by how many of the counted moves they made (0, 1, 2, …)
 * @bin_states: (array length=n_bins): after publishing, per bin
 */
typedef struct
{
  SchakelMetricValue *rate;
  guint               n_types;
  char              **types;
  gint64             *flows;
  SchakelCellState   *flow_states;
  guint               n_bins;
  gint64             *minors_by_moves;
  SchakelCellState   *bin_states;
  /*< private >*/
  GArray             *moves;
  GArray             *exposed;   /* the minors of the rate's `n`, as the moves family counted them */
} SchakelMovesDetail;

SchakelMovesDetail *schakel_metrics_compute_moves_detail (SchakelDatabase               *db,
                                                          const SchakelScope            *scope,
                                                          SchakelDay                     date,
                                                          SchakelDay                     window_start,
                                                          GCancellable                  *cancellable,
                                                          GError                       **error);
void                schakel_moves_detail_publish        (SchakelMovesDetail            *detail,
                                                          const SchakelPublicationRules *rules);
GArray             *schakel_moves_detail_minors_in_flow (const SchakelMovesDetail      *detail,
                                                          guint                          from,
                                                          guint                          to);
GArray             *schakel_moves_detail_minors_in_bin  (const SchakelMovesDetail      *detail,
                                                          guint                          bin);
void                schakel_moves_detail_free           (SchakelMovesDetail            *detail);

double             *schakel_metric_value_event_times    (const SchakelMetricValue      *value,
                                                          guint                         *n_times);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelMovesDetail, schakel_moves_detail_free)

G_END_DECLS
