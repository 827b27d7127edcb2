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

#include "schakel-audit.h"
#include "schakel-cases.h"
#include "schakel-codes.h"
#include "schakel-core-error.h"
#include "schakel-database.h"
#include "schakel-csv-reader.h"
#include "schakel-csv-writer.h"
#include "schakel-dashboard-loader.h"
#include "schakel-date.h"
#include "schakel-demo.h"
#include "schakel-encoding.h"
#include "schakel-escalation.h"
#include "schakel-export.h"
#include "schakel-field-text.h"
#include "schakel-format.h"
#include "schakel-holidays.h"
#include "schakel-import.h"
#include "schakel-import-format.h"
#include "schakel-import-history.h"
#include "schakel-import-profile.h"
#include "schakel-import-validate.h"
#include "schakel-json.h"
#include "schakel-km.h"
#include "schakel-ladder.h"
#include "schakel-metrics.h"
#include "schakel-metrics-behind.h"
#include "schakel-metrics-moves-detail.h"
#include "schakel-metrics-series.h"
#include "schakel-metrics-format.h"
#include "schakel-metrics-warnings.h"
#include "schakel-db-report.h"
#include "schakel-minor-ids.h"
#include "schakel-minor-record.h"
#include "schakel-minor-summary.h"
#include "schakel-norms.h"
#include "schakel-paths.h"
#include "schakel-publication.h"
#include "schakel-regions.h"
#include "schakel-scope.h"
#include "schakel-turning18.h"

#undef SCHAKEL_CORE_INSIDE
