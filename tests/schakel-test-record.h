/* schakel-test-record.h — a hand-built database for the timeline tests.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-core.h"

G_BEGIN_DECLS

/* The day every record of the fixture is loaded for: a Monday. */
#define SCHAKEL_TEST_RECORD_TODAY "2025-06-02"

SchakelDay       schakel_test_day                (const char      *iso);
SchakelDatabase *schakel_test_record_fixture     (const char      *name);
void             schakel_test_add_many_events    (SchakelDatabase *db,
                                                  const char      *jongere_id,
                                                  guint            n_items);
int              schakel_test_find_item          (SchakelMinorRecord *record,
                                                  SchakelRecordKind   kind,
                                                  const char         *start);

G_END_DECLS
