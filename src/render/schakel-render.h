/* schakel-render.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#define SCHAKEL_RENDER_INSIDE

#include "schakel-chart.h"
#include "schakel-metric-chart.h"
#include "schakel-palette.h"
#include "schakel-render-file.h"
#include "schakel-scale.h"
#include "schakel-sparkline.h"

#undef SCHAKEL_RENDER_INSIDE
