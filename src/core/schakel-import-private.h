/* schakel-import-private.h — what the importer's files share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-import.h"

G_BEGIN_DECLS

/* A check over the whole staged file, in SQL. The query returns
 * (line, value, other); {value} and {other} in the message are replaced by
 * them. */
typedef struct
{
  SchakelImportType     type;
  const char           *column;
  SchakelIssueSeverity  severity;
  const char           *sql;
  const char           *message;  /* N_() */
} SchakelImportSetCheck;

/* How the good rows of a staged file reach the tables: @before runs
 * first (locations, schools), @count_new counts the rows without a record
 * yet, @merge inserts and updates by natural key; its changes() are the
 * rows inserted plus those updated. */
typedef struct
{
  const char *before[3];
  const char *count_new;
  const char *merge;
} SchakelImportMerge;

/* A date that must not come before another of the same row. */
typedef struct
{
  SchakelImportType  type;
  const char        *later;
  const char        *earlier;
} SchakelImportDateOrder;

const SchakelImportSetCheck  *_schakel_import_set_checks  (guint             *n_checks);
const SchakelImportMerge     *_schakel_import_merge       (SchakelImportType  type);
const SchakelImportDateOrder *_schakel_import_date_orders (guint             *n_orders);

G_END_DECLS
