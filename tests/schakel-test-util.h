/* schakel-test-util.h — helpers shared by the tests.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-core.h"

G_BEGIN_DECLS

/* What a finished schakel-cli run left behind. */
typedef struct
{
  int   status; /* the exit status, or -1 when it did not exit */
  char *out;
  char *err;
} SchakelCliResult;

char            *schakel_test_tmp_path    (const char      *name);
char            *schakel_test_file_sha256 (const char      *path);
SchakelDatabase *schakel_test_open_new    (const char      *name);
SchakelDatabase *schakel_test_open_demo   (const char      *name,
                                           guint            n_minors,
                                           guint            n_years,
                                           guint64          seed,
                                           SchakelDay       until);
gint64           schakel_test_query_int   (SchakelDatabase *db,
                                           const char      *sql);
void             schakel_test_exec        (SchakelDatabase *db,
                                           const char      *sql);
SchakelScope    *schakel_test_scope       (SchakelDatabase *db,
                                           const char      *text);
void             schakel_test_add_short_ladder (SchakelDatabase *db,
                                                const char      *province);
char            *schakel_test_spawn_out   (const char * const *argv);
char            *schakel_test_pdf_page_text (const char   *pdf,
                                           guint            page);

void schakel_cli_result_clear           (SchakelCliResult       *result);
void schakel_test_run_cli               (SchakelCliResult       *result,
                                         const char             *language,
                                         ...) G_GNUC_NULL_TERMINATED;
void schakel_test_run_cliv              (SchakelCliResult       *result,
                                         const char             *language,
                                         const char * const     *args);
void schakel_test_assert_one_error_line (const SchakelCliResult *result,
                                         const char             *needle);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (SchakelCliResult, schakel_cli_result_clear)

G_END_DECLS
