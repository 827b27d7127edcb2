/* schakel-metrics-private.h — what the metric families share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "schakel-metrics.h"
#include "schakel-metrics-behind.h"
#include "schakel-metrics-series.h"
#include "schakel-school-rules-private.h"

G_BEGIN_DECLS

typedef SchakelSchoolNorm SchakelMetricsNorm;

/* One placement or enrolment, as _schakel_metrics_data() reads them. */
typedef struct
{
  gint64      id;
  gint64      minor_id;
  gint64      location_id;
  SchakelDay  start;
  SchakelDay  end;      /* SCHAKEL_DAY_NONE: open */
  const char *reason;   /* interned; NULL when the file gives none */
} SchakelMetricsPlacement;

typedef struct
{
  gint64     id;
  gint64     minor_id;
  gint64     school_id;
  SchakelDay start;
  SchakelDay end;       /* SCHAKEL_DAY_NONE: open */
  double     hours;     /* per week; NAN when unknown */
} SchakelMetricsEnrolment;

typedef struct
{
  GArray     *placements;            /* SchakelMetricsPlacement, by minor and start */
  GArray     *enrolments;            /* SchakelMetricsEnrolment, by minor and start */
  GHashTable *births;                /* minor id → SchakelDay, the known ones */
  GHashTable *location_municipality; /* location id → interned code */
  GHashTable *locations_in_scope;    /* location ids */
  GHashTable *school_municipality;   /* school id → interned code */
} SchakelMetricsData;

/* A move as the moves family counts it (docs/metrics.md, "Moves"). */
typedef struct
{
  gint64     minor_id;
  gint64     from_location;
  gint64     to_location;
  SchakelDay day;
  gboolean   exposed;       /* the minor is in the rate's denominator */
} SchakelMetricsMove;

/* A wait-list entry as _schakel_metrics_rows_entries() reads it. */
typedef struct
{
  gint64      minor_id;
  const char *school_type;   /* interned */
  const char *municipality;  /* interned; NULL when unknown */
  const char *outcome;       /* interned; NULL when the file gives none */
  SchakelDay  registered;
  SchakelDay  end;           /* SCHAKEL_DAY_NONE: open */
  SchakelDay  birth;         /* the minor's; SCHAKEL_DAY_NONE when unknown */
} SchakelMetricsEntry;

/* An absence report with its municipality and ladder; its steps are
 * steps[first_step .. first_step + n_steps), in the order taken. */
typedef struct
{
  gint64      id;
  gint64      minor_id;
  const char *report_type;   /* interned */
  const char *municipality;  /* interned; NULL when unknown */
  gint64      ladder_id;
  SchakelDay  reported;
  SchakelDay  end;           /* the earlier of the end date and a closure; NONE: open */
  guint       first_step;
  guint       n_steps;
} SchakelMetricsReport;

typedef struct
{
  gint64      ladder_step_id;
  const char *code;          /* interned */
  SchakelDay  date;
} SchakelMetricsStep;

/* Rows read once for the dates up to @until whose windows start at @from
 * or later (schakel-metrics-rows.c); a family reads its kind on first use
 * and filters per date in C. */
typedef struct
{
  SchakelDay  from;
  SchakelDay  until;
  GArray     *entries;        /* SchakelMetricsEntry, by registration, end and id */
  GArray     *reports;        /* SchakelMetricsReport, by report date and id */
  GArray     *reports_by_id;  /* guint: indices into @reports, by report id */
  GArray     *steps;          /* SchakelMetricsStep */
  GHashTable *ladders;        /* ladder id → SchakelLadder */
  GArray     *holidays;       /* SchakelDay, sorted */
  /* The population family's (schakel-metrics-population.c). */
  GArray     *minors;
  GHashTable *location_types;
  GHashTable *bad_brin;
  GHashTable *decisions;
} SchakelMetricsRows;

/* What schakel-metrics-series.c asks of one computation besides the
 * figures; all optional. */
typedef struct
{
  SchakelMetricsData *data;          /* (inout) read once, shared between computations; the caller owns it */
  SchakelDay          window_start;  /* not SCHAKEL_DAY_NONE: both windows are (window_start, t] */
  const char         *school_type;   /* only the wait-list entries for this school type */
  GArray             *moves;         /* SchakelMetricsMove: filled with the moves counted */
  GArray             *exposed;       /* gint64: filled with the minors of the rate's denominator */
  const char         *behind_id;     /* collect what this metric counts into @behind */
  GArray             *behind;        /* SchakelMetricsBehind */
  SchakelMetricsRows *rows;          /* read once, shared between computations; the caller owns it */
} SchakelMetricsOptions;

/* One record a figure counts, collected where it counts it
 * (_schakel_metrics_count_behind(), _schakel_metrics_km_add()). */
typedef struct
{
  gint64   minor_id;
  guint    time;    /* Kaplan–Meier: the observed days; counts: 0 */
  gboolean event;   /* Kaplan–Meier: ended in the event; counts: TRUE */
} SchakelMetricsBehind;

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
  int                 age_min_years;
  int                 age_max_years;
  double              min_hours;
  int                 gap_days;
  SchakelSchoolRules  rules;         /* school age, education, norms: shared with the timeline */
  GHashTable         *wanted;        /* id → SchakelMetricValue, borrowed */
  const char         *behind_id;     /* collect the minors behind this metric's numerator */
  GArray             *behind;        /* SchakelMetricsBehind, when behind_id is set */
  SchakelMetricsData *data;          /* read on first use: _schakel_metrics_data() */
  SchakelMetricsRows *rows;          /* the options' when they cover the date, else owned */
  SchakelMetricsRows *own_rows;
  GHashTable         *municipalities; /* the scope's, interned; NULL: the whole country */
  SchakelMetricsOptions *options;    /* nullable */
} SchakelMetricsContext;

typedef gboolean (*SchakelMetricsFamily) (SchakelMetricsContext  *ctx,
                                          GError                **error);

GPtrArray          *_schakel_metrics_compute_with  (SchakelDatabase        *db,
                                                    const SchakelScope     *scope,
                                                    SchakelDay              date,
                                                    const char * const     *ids,
                                                    SchakelMetricsOptions  *options,
                                                    GCancellable           *cancellable,
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

const SchakelMetricsData *_schakel_metrics_data      (SchakelMetricsContext     *ctx,
                                                      GError                   **error);
void                      _schakel_metrics_data_free (SchakelMetricsData        *data);
SchakelDay                _schakel_metrics_data_birth (const SchakelMetricsData *data,
                                                       gint64                    minor_id);

SchakelMetricsRows *_schakel_metrics_rows_new     (SchakelDay                from,
                                                  SchakelDay                until);
void                _schakel_metrics_rows_free    (SchakelMetricsRows       *rows);
gboolean            _schakel_metrics_rows_cover   (const SchakelMetricsRows *rows,
                                                  const SchakelMetricsContext *ctx);
GArray             *_schakel_metrics_rows_entries (SchakelMetricsContext    *ctx,
                                                  GError                  **error);
SchakelMetricsRows *_schakel_metrics_rows_reports (SchakelMetricsContext    *ctx,
                                                  GError                  **error);
gboolean            _schakel_metrics_scope_load   (SchakelMetricsContext    *ctx,
                                                  GError                  **error);
gboolean            _schakel_metrics_in_scope     (const SchakelMetricsContext *ctx,
                                                  const char               *municipality);
void                _schakel_metrics_read_bounds  (SchakelDatabase          *db,
                                                  const SchakelDay         *dates,
                                                  const SchakelDay         *window_starts,
                                                  guint                     n_dates,
                                                  SchakelDay               *from,
                                                  SchakelDay               *until);

gboolean _schakel_metrics_population (SchakelMetricsContext  *ctx,
                                      GError                **error);
gboolean _schakel_metrics_population_lists (const char       *id);
gboolean _schakel_metrics_adult_lists (const char            *id);
void     _schakel_metrics_count_behind (SchakelMetricsContext *ctx,
                                        const char            *id,
                                        gint64                 minor_id);
SchakelMetricsSeries *_schakel_metrics_compute_group (SchakelDatabase        *db,
                                                      const SchakelScope     *scope,
                                                      SchakelMetricsGroupBy   group_by,
                                                      const char             *key,
                                                      const char * const     *ids,
                                                      SchakelDay              date,
                                                      SchakelDay              window_start,
                                                      const char             *behind_id,
                                                      GArray                 *behind,
                                                      GCancellable           *cancellable,
                                                      GError                **error);
GArray  *_schakel_metrics_behind_select (GArray                        *records,
                                         SchakelMetricsBehindSelection  selection,
                                         guint                          time);
void     _schakel_metrics_km_add (SchakelMetricsContext *ctx,
                                  SchakelKm             *km,
                                  const char            *id,
                                  gint64                 minor_id,
                                  guint                  time,
                                  gboolean               event);
gboolean _schakel_metrics_time_to_school (SchakelMetricsContext  *ctx,
                                          GError                **error);
gboolean _schakel_metrics_moves      (SchakelMetricsContext  *ctx,
                                      GError                **error);
gboolean _schakel_metrics_waitlist   (SchakelMetricsContext  *ctx,
                                      GError                **error);
gboolean _schakel_metrics_absence    (SchakelMetricsContext  *ctx,
                                      GError                **error);
gboolean _schakel_metrics_adult_plans (SchakelMetricsContext *ctx,
                                      GError                **error);

G_END_DECLS
