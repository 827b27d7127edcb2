/* schakel-test-util.h — helpers shared by the tests.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-core.h"

G_BEGIN_DECLS

char            *schakel_test_tmp_path    (const char      *name);
char            *schakel_test_file_sha256 (const char      *path);
SchakelDatabase *schakel_test_open_new    (const char      *name);
gint64           schakel_test_query_int   (SchakelDatabase *db,
                                           const char      *sql);
void             schakel_test_exec        (SchakelDatabase *db,
                                           const char      *sql);

G_END_DECLS
