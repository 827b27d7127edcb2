/* schakel-core.h
 *
 * Copyright 2026 The Schakel authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#define SCHAKEL_CORE_INSIDE

#include "schakel-codes.h"
#include "schakel-core-error.h"
#include "schakel-database.h"
#include "schakel-date.h"
#include "schakel-demo.h"
#include "schakel-format.h"
#include "schakel-db-report.h"
#include "schakel-minor-summary.h"
#include "schakel-paths.h"
#include "schakel-regions.h"

#undef SCHAKEL_CORE_INSIDE
