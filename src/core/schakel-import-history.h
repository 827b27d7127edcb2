/* schakel-import-history.h — what was imported, when.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib.h>

#include "schakel-database.h"
#include "schakel-import-format.h"

G_BEGIN_DECLS

/**
 * SchakelImportRun:
 * @id: the row's id
 * @at: when, UTC ISO 8601
 * @file_name: the file's base name
 * @sha256: the SHA-256 of its bytes, 64 hex digits
 * @type: its type
 * @rows_read: data rows read
 * @rows_inserted: rows that added a record
 * @rows_updated: rows that changed a record
 * @rows_unchanged: rows equal to what the database held
 * @rows_rejected: rows with an error
 * @warnings: warnings found
 * @valid_only: the valid rows only were imported
 * @dry_run: only checked; nothing was changed
 *
 * One imported file of the import history.
 */
typedef struct
{
  gint64             id;
  char              *at;
  char              *file_name;
  char              *sha256;
  SchakelImportType  type;
  guint64            rows_read;
  guint64            rows_inserted;
  guint64            rows_updated;
  guint64            rows_unchanged;
  guint64            rows_rejected;
  guint64            warnings;
  gboolean           valid_only;
  gboolean           dry_run;
} SchakelImportRun;

void       schakel_import_run_free     (SchakelImportRun  *run);
GPtrArray *schakel_import_history_list (SchakelDatabase   *db,
                                        guint              limit,
                                        GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelImportRun, schakel_import_run_free)

G_END_DECLS
