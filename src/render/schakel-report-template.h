/* schakel-report-template.h — the reports Schakel makes from the figures:
 * the regional briefing and the national overview.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include "schakel-core.h"
#include "schakel-report.h"

G_BEGIN_DECLS

/**
 * SchakelReportTemplate:
 * @SCHAKEL_REPORT_TEMPLATE_REGIO: *Regiobriefing*, one province, region or
 *   municipality: key figures against the previous quarter, a table per
 *   municipality, data completeness
 * @SCHAKEL_REPORT_TEMPLATE_LANDELIJK: *Landelijk overzicht*, the regions of
 *   the default region scheme side by side, then a page per region
 * @SCHAKEL_REPORT_TEMPLATE_DOSSIER: *Dossieroverzicht*, one minor's timeline
 *   and records, confidential: a #SchakelDossier from
 *   schakel_dossier_new_for_minor(), not schakel_report_template_build()
 */
typedef enum
{
  SCHAKEL_REPORT_TEMPLATE_REGIO,
  SCHAKEL_REPORT_TEMPLATE_LANDELIJK,
  SCHAKEL_REPORT_TEMPLATE_DOSSIER,
  SCHAKEL_REPORT_N_TEMPLATES,
} SchakelReportTemplate;

/**
 * SchakelReportPeriod:
 * @SCHAKEL_REPORT_PERIOD_LAST_QUARTER: the last day of the quarter before today's
 * @SCHAKEL_REPORT_PERIOD_LAST_MONTH: the last day of the month before today's
 * @SCHAKEL_REPORT_PERIOD_FIXED: a fixed peildatum
 */
typedef enum
{
  SCHAKEL_REPORT_PERIOD_LAST_QUARTER,
  SCHAKEL_REPORT_PERIOD_LAST_MONTH,
  SCHAKEL_REPORT_PERIOD_FIXED,
  SCHAKEL_REPORT_N_PERIODS,
} SchakelReportPeriod;

const char    *schakel_report_template_to_string   (SchakelReportTemplate   template_);
gboolean       schakel_report_template_from_string (const char             *text,
                                                    SchakelReportTemplate  *template_);
const char    *schakel_report_template_get_title   (SchakelReportTemplate   template_);
gboolean       schakel_report_template_is_about_minor (SchakelReportTemplate template_);
gboolean       schakel_report_template_check_scope (SchakelReportTemplate   template_,
                                                    const SchakelScope     *scope,
                                                    GError                **error);
SchakelReport *schakel_report_template_build       (SchakelReportTemplate   template_,
                                                    SchakelDatabase        *db,
                                                    const SchakelScope     *scope,
                                                    SchakelDay              date,
                                                    SchakelReportMode       mode,
                                                    GCancellable           *cancellable,
                                                    GError                **error);

const char    *schakel_report_period_to_string     (SchakelReportPeriod     period);
gboolean       schakel_report_period_from_string   (const char             *text,
                                                    SchakelReportPeriod    *period);
const char    *schakel_report_period_get_label     (SchakelReportPeriod     period);
SchakelDay     schakel_report_period_resolve       (SchakelReportPeriod     period,
                                                    SchakelDay              fixed,
                                                    SchakelDay              today);

G_END_DECLS
