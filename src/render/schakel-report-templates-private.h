/* schakel-report-templates-private.h — the templates, built by
 * schakel_report_template_build().
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-report-figures-private.h"

G_BEGIN_DECLS

SchakelReport *schakel_report_regio_build     (SchakelReportInput  *input,
                                               const SchakelScope  *scope,
                                               GError             **error);
SchakelReport *schakel_report_landelijk_build (SchakelReportInput  *input,
                                               const SchakelScope  *scope,
                                               GError             **error);

G_END_DECLS
