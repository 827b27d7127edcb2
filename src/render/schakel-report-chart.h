/* schakel-report-chart.h — a chart as a block of a report page.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include "schakel-chart.h"
#include "schakel-report-block.h"

G_BEGIN_DECLS

SchakelReportBlock *schakel_report_chart_new (SchakelChart *chart,
                                              double        aspect,
                                              const char   *caption);

G_END_DECLS
