/* schakel-render.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#define SCHAKEL_RENDER_INSIDE

#include "schakel-dossier.h"
#include "schakel-paged.h"
#include "schakel-palette.h"
#include "schakel-render-file.h"
#include "schakel-report.h"
#include "schakel-report-block.h"
#include "schakel-report-chart.h"
#include "schakel-report-table.h"
#include "schakel-report-template.h"
#include "schakel-render-fonts.h"
#include "schakel-timeline.h"
#include "schakel-chart.h"
#include "schakel-metric-chart.h"
#include "schakel-palette.h"
#include "schakel-render-file.h"
#include "schakel-scale.h"
#include "schakel-sparkline.h"

#undef SCHAKEL_RENDER_INSIDE
