/* schakel-render.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#define SCHAKEL_RENDER_INSIDE

#include "schakel-palette.h"
#include "schakel-render-file.h"

#undef SCHAKEL_RENDER_INSIDE
