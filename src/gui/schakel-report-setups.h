/* schakel-report-setups.h — saved report setups: template, scope, relative
 * period and mode, so a monthly briefing is one click.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "schakel-render.h"

G_BEGIN_DECLS

/**
 * SchakelReportSetup:
 * @template_: which report
 * @scope: the scope as text, e.g. `provincie:PV26`
 * @period: how the peildatum is chosen
 * @fixed: the peildatum for %SCHAKEL_REPORT_PERIOD_FIXED
 * @publication: publication mode on
 */
typedef struct
{
  SchakelReportTemplate  template_;
  char                  *scope;
  SchakelReportPeriod    period;
  SchakelDay             fixed;
  gboolean               publication;
} SchakelReportSetup;

void       schakel_report_setup_free  (SchakelReportSetup *setup);
GPtrArray *schakel_report_setups_load (GSettings          *settings);
void       schakel_report_setups_save (GSettings          *settings,
                                       GPtrArray          *setups);
gboolean   schakel_report_setup_equal (const SchakelReportSetup *a,
                                       const SchakelReportSetup *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelReportSetup, schakel_report_setup_free)

G_END_DECLS
