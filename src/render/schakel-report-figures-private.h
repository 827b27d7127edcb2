/* schakel-report-figures-private.h — what the report templates share:
 * computing, publishing and printing the figures, the cover and the notes.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-chart.h"
#include "schakel-report-template.h"

G_BEGIN_DECLS

typedef struct
{
  SchakelDatabase               *db;
  SchakelDay                     date;
  SchakelReportMode              mode;
  SchakelPublicationRules        rules;
  GCancellable                  *cancellable;
  GHashTable                    *norms;  /* norm code → its footnote */
  char                          *hidden_note;  /* the footnote on what publication mode hides */
} SchakelReportInput;

void                      schakel_report_input_init    (SchakelReportInput       *input,
                                                        SchakelDatabase          *db,
                                                        SchakelDay                date,
                                                        SchakelReportMode         mode,
                                                        GCancellable             *cancellable);
void                      schakel_report_input_clear   (SchakelReportInput       *input);
GPtrArray                *schakel_report_figures_compute (SchakelReportInput     *input,
                                                        const SchakelScope       *scope,
                                                        SchakelDay                date,
                                                        const char * const       *ids,
                                                        GError                  **error);
const SchakelMetricValue *schakel_report_figures_find  (GPtrArray                *values,
                                                        const char               *id);
char                     *schakel_report_figure_value  (const SchakelMetricValue *value);
char                     *schakel_report_figure_base   (const SchakelMetricValue *value);
char                     *schakel_report_figure_change (const SchakelMetricValue *now,
                                                        const SchakelMetricValue *before);
char                     *schakel_report_format_count  (SchakelReportInput       *input,
                                                        SchakelPublicationTable  *table,
                                                        guint                     row,
                                                        guint                     col);
SchakelReport            *schakel_report_begin         (SchakelReportInput       *input,
                                                        SchakelReportTemplate     template_,
                                                        const char               *scope_name,
                                                        const char               *intro);
void                      schakel_report_add_notes     (SchakelReport            *report,
                                                        SchakelReportInput       *input);
gboolean                  schakel_report_mark_norms    (SchakelReportInput       *input,
                                                        SchakelReportBlock       *block,
                                                        guint                     unit,
                                                        guint                     column,
                                                        const char               *norm,
                                                        GError                  **error);
void                      schakel_report_mark_hidden   (SchakelReportInput       *input,
                                                        SchakelReportBlock       *block,
                                                        guint                     unit,
                                                        guint                     column);
gboolean                  schakel_report_figure_is_hidden (const SchakelMetricValue *value);
gboolean                  schakel_report_mark_chart    (SchakelReportInput       *input,
                                                        SchakelReportBlock       *block,
                                                        const SchakelChart       *chart,
                                                        const char               *norm,
                                                        GError                  **error);
gboolean                  schakel_report_mark_figure   (SchakelReportInput       *input,
                                                        SchakelReportBlock       *table,
                                                        guint                     row,
                                                        const SchakelMetricValue *value,
                                                        const SchakelMetricValue *other,
                                                        GError                  **error);
GPtrArray                *schakel_report_all_metric_ids (void);
void                      schakel_report_add_definitions (SchakelReport          *report,
                                                        const char * const       *ids);

/* The charts of the past year: moves, wait-list, time to school. */
#define SCHAKEL_REPORT_PAST_YEAR_N_CHARTS 3

gboolean                  schakel_report_past_year_build (SchakelReportInput     *input,
                                                        SchakelDatabase          *db,
                                                        const SchakelScope       *scope,
                                                        SchakelChart             *built[SCHAKEL_REPORT_PAST_YEAR_N_CHARTS],
                                                        GError                  **error);
gboolean                  schakel_report_past_year_add (SchakelReport            *report,
                                                        SchakelReportInput       *input,
                                                        SchakelChart             *built[SCHAKEL_REPORT_PAST_YEAR_N_CHARTS],
                                                        GPtrArray                *values,
                                                        GError                  **error);
gboolean                  schakel_report_past_year_mark (SchakelReportInput      *input,
                                                        SchakelReportBlock       *block,
                                                        guint                     chart,
                                                        const SchakelChart       *built,
                                                        GPtrArray                *values,
                                                        GError                  **error);

/* A part of the scope (a municipality of a region, a region of the
 * country) with its figures, unpublished, and with its charts of the past
 * year when asked for. */
typedef struct
{
  char         *name;
  SchakelScope *scope;
  GPtrArray    *values;
  SchakelChart *charts[SCHAKEL_REPORT_PAST_YEAR_N_CHARTS];
} SchakelReportArea;

GPtrArray                *schakel_report_list_areas    (SchakelReportInput       *input,
                                                        const SchakelScope       *scope,
                                                        const char * const       *ids,
                                                        gboolean                  with_charts,
                                                        GError                  **error);

G_END_DECLS
