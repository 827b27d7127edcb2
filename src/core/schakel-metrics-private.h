/* schakel-metrics-private.h — what the metric families share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "schakel-metrics.h"

G_BEGIN_DECLS

typedef struct
{
  char       code[33];
  guint      months;
  SchakelDay valid_from; /* SCHAKEL_DAY_NONE: open */
  SchakelDay valid_to;
} SchakelMetricsNorm;

typedef struct
{
  SchakelDatabase    *db;
  sqlite3            *handle;
  const SchakelScope *scope;
  GCancellable       *cancellable;
  SchakelDay          t;             /* the peildatum */
  SchakelDay          w;             /* the window is (w, t]: w = t − metrics_window_months */
  SchakelDay          mw;            /* the moves window (mw, t]: mw = t − moves_window_months */
  char                t_iso[SCHAKEL_ISO_DATE_LEN];
  char                w_iso[SCHAKEL_ISO_DATE_LEN];
  char                w1_iso[SCHAKEL_ISO_DATE_LEN];  /* w + 1: the window's first day */
  char                mw_iso[SCHAKEL_ISO_DATE_LEN];
  char                mw1_iso[SCHAKEL_ISO_DATE_LEN];
  char               *age_min;       /* SQLite modifier: '+5 years' */
  char               *age_max;       /* '+18 years' */
  int                 age_max_years;
  double              min_hours;
  int                 gap_days;
  GArray             *norms;         /* SchakelMetricsNorm: school access from the application */
  GHashTable         *wanted;        /* id → SchakelMetricValue, borrowed */
} SchakelMetricsContext;

typedef gboolean (*SchakelMetricsFamily) (SchakelMetricsContext  *ctx,
                                          GError                **error);

SchakelMetricValue *_schakel_metrics_want          (SchakelMetricsContext  *ctx,
                                                    const char             *id);
sqlite3_stmt       *_schakel_metrics_prepare       (SchakelMetricsContext  *ctx,
                                                    const char             *sql,
                                                    GError                **error);
gboolean            _schakel_metrics_step          (SchakelMetricsContext  *ctx,
                                                    sqlite3_stmt           *stmt,
                                                    guint64                *n_rows,
                                                    gboolean               *row,
                                                    GError                **error);
gboolean            _schakel_metrics_query_exposure (SchakelMetricsContext  *ctx,
                                                    const char             *sql_format,
                                                    const char             *municipality_expr,
                                                    double                 *days,
                                                    gint64                 *n_minors,
                                                    GError                **error);
SchakelDay          _schakel_metrics_column_day    (sqlite3_stmt           *stmt,
                                                    int                     col);
const SchakelMetricsNorm *_schakel_metrics_norm_for (SchakelMetricsContext *ctx,
                                                    SchakelDay              start);
void                _schakel_metrics_add_norm      (SchakelMetricValue     *value,
                                                    const char             *code);
void                _schakel_metrics_add_part      (SchakelMetricValue     *value,
                                                    const char             *key,
                                                    gint64                  count);
void                _schakel_metrics_set_count     (SchakelMetricValue     *value,
                                                    gint64                  count,
                                                    gint64                  n);
void                _schakel_metrics_set_share     (SchakelMetricValue     *value,
                                                    gint64                  numerator,
                                                    gint64                  denominator);
void                _schakel_metrics_set_km        (SchakelMetricValue     *value,
                                                    SchakelKm              *km,
                                                    gint64                  n_minors);

gboolean _schakel_metrics_population (SchakelMetricsContext  *ctx,
                                      GError                **error);
gboolean _schakel_metrics_time_to_school (SchakelMetricsContext  *ctx,
                                          GError                **error);
gboolean _schakel_metrics_moves      (SchakelMetricsContext  *ctx,
                                      GError                **error);
gboolean _schakel_metrics_waitlist   (SchakelMetricsContext  *ctx,
                                      GError                **error);
gboolean _schakel_metrics_absence    (SchakelMetricsContext  *ctx,
                                      GError                **error);

G_END_DECLS
