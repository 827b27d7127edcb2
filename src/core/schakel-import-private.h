/* schakel-import-private.h — what the importer's files share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "schakel-import.h"

G_BEGIN_DECLS

/* Columns that a key determines within one file (a location has one type
 * and one municipality). Checked while staging, with a hash of the first
 * row of each key, so the file need not be sorted by key; a file with more
 * than SCHAKEL_IMPORT_MAX_STAGED_KEYS keys is checked by the set check's
 * SQL instead. {value} is the key's columns joined, or @value_column. */
#define SCHAKEL_IMPORT_MAX_STAGED_KEYS 100000

typedef struct
{
  const char *keys[2];
  const char *values[2];
  const char *value_column;  /* nullable */
} SchakelImportKeyRule;

/* What a walk over the staged rows in key order keeps from one row to
 * the next: a window function over partitions of one or two rows costs
 * SQLite some 20,000 instructions a row, a walk along the key index a
 * tenth of that. */
typedef struct
{
  GString *key;     /* the previous row's key; empty before the first */
  GString *carry;   /* what the filter keeps for the rows of this key */
  GString *prev;    /* likewise */
  GString *other;   /* {other} of a row the filter found */
  gint64   first_line;
} SchakelImportWalk;

/* Whether the current row of @row is one to report; sets @walk->other. */
typedef gboolean (*SchakelImportRowFilter) (sqlite3_stmt      *row,
                                            SchakelImportWalk *walk);

/* A check over the whole staged file, in SQL. The query returns
 * (line, value, other); {value} and {other} in the message are replaced by
 * them. With @staged, the same check is done while staging. With @filter,
 * the query returns the rows in key order and @filter picks those to
 * report, setting {other}. */
typedef struct
{
  SchakelImportType           type;
  const char                 *column;
  SchakelIssueSeverity        severity;
  const char                 *sql;
  const char                 *message;  /* N_() */
  const SchakelImportKeyRule *staged;   /* nullable */
  SchakelImportRowFilter      filter;   /* nullable */
} SchakelImportSetCheck;

/* How the good rows of a staged file reach the tables: @before runs
 * first (locations, schools), @count_new counts the rows without a record
 * yet, @merge inserts and updates by natural key; its changes() are the
 * rows inserted plus those updated. @merge may use the parameter :run,
 * the file's import_run id, which it sets on the rows it inserts or
 * changes. */
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
void                          _schakel_import_set_max_staged_keys (SchakelImport *self,
                                                                   guint          max_keys);
const SchakelImportMerge     *_schakel_import_merge       (SchakelImportType  type);
const SchakelImportDateOrder *_schakel_import_date_orders (guint             *n_orders);

G_END_DECLS
