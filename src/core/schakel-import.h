/* schakel-import.h — importing partner files into the database, all or
 * nothing.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "schakel-database.h"
#include "schakel-encoding.h"
#include "schakel-import-format.h"
#include "schakel-import-profile.h"

G_BEGIN_DECLS

/**
 * SchakelImportFlags:
 * @SCHAKEL_IMPORT_FLAGS_NONE: import everything or nothing
 * @SCHAKEL_IMPORT_DRY_RUN: check and count, then roll back
 * @SCHAKEL_IMPORT_VALID_ONLY: import the valid rows, reject the others
 * @SCHAKEL_IMPORT_UNRECORDED: with %SCHAKEL_IMPORT_DRY_RUN, leave the run
 *   out of the import history (the app's check before the user chooses)
 * @SCHAKEL_IMPORT_REJECTS_BESIDE: with %SCHAKEL_IMPORT_VALID_ONLY, write
 *   each file's rejected rows beside it as NAME-afgekeurd.csv (then
 *   NAME-afgekeurd-2.csv … when that exists), not to the rejects path
 */
typedef enum
{
  SCHAKEL_IMPORT_FLAGS_NONE = 0,
  SCHAKEL_IMPORT_DRY_RUN    = 1 << 0,
  SCHAKEL_IMPORT_VALID_ONLY = 1 << 1,
  SCHAKEL_IMPORT_UNRECORDED = 1 << 2,
  SCHAKEL_IMPORT_REJECTS_BESIDE = 1 << 3,
} SchakelImportFlags;

typedef enum
{
  SCHAKEL_ISSUE_WARNING,
  SCHAKEL_ISSUE_ERROR,
} SchakelIssueSeverity;

/**
 * SchakelImportIssue:
 * @file_name: the file's base name
 * @path: the file as given to schakel_import_add_file()
 * @line: the line, from 1; 0 when it concerns the whole file
 * @column: (nullable): the canonical column, or %NULL for the whole row
 * @severity: error (the row is not imported) or warning
 * @message: what is wrong, translated; quotes at most the field's value
 */
typedef struct
{
  const char           *file_name;
  const char           *path;
  guint64               line;
  const char           *column;
  SchakelIssueSeverity  severity;
  const char           *message;
} SchakelImportIssue;

typedef void (*SchakelImportIssueFunc) (const SchakelImportIssue *issue,
                                        gpointer                  user_data);

/**
 * SchakelImportFileResult:
 * @path: the file as given
 * @file_name: its base name
 * @sha256: (nullable): the SHA-256 of its bytes, once read
 * @type: its type, given or detected
 * @encoding: its encoding, once read to the end
 * @separator: its field separator, once opened (0 before)
 * @rejects_path: (nullable): where its rejected rows were written
 * @profile: (nullable): the name of the mapping profile it was read with
 * @rows: data rows read (blank rows not counted)
 * @inserted: rows that added a record
 * @updated: rows that changed a record with the same natural key
 * @unchanged: rows equal to what the database held
 * @rejected: rows with an error
 * @errors: errors found
 * @warnings: warnings found
 */
typedef struct
{
  char              *path;
  char              *file_name;
  char              *sha256;
  SchakelImportType  type;
  SchakelEncoding    encoding;
  char               separator;
  char              *rejects_path;
  char              *profile;
  guint64            rows;
  guint64            inserted;
  guint64            updated;
  guint64            unchanged;
  guint64            rejected;
  guint64            errors;
  guint64            warnings;
} SchakelImportFileResult;

#define SCHAKEL_TYPE_IMPORT (schakel_import_get_type ())

G_DECLARE_FINAL_TYPE (SchakelImport, schakel_import, SCHAKEL, IMPORT, GObject)

SchakelImport                 *schakel_import_new              (SchakelImportFlags       flags);
void                           schakel_import_add_file         (SchakelImport           *self,
                                                                const char              *path,
                                                                SchakelImportType        type);
void                           schakel_import_set_rejects_path (SchakelImport           *self,
                                                                const char              *path);
void                           schakel_import_set_profile      (SchakelImport           *self,
                                                                SchakelImportProfile    *profile);
void                           schakel_import_set_candidate_profiles (SchakelImport     *self,
                                                                GPtrArray               *profiles);
void                           schakel_import_set_issue_func   (SchakelImport           *self,
                                                                SchakelImportIssueFunc   func,
                                                                gpointer                 user_data);
void                           schakel_import_set_max_issues   (SchakelImport           *self,
                                                                guint                    max_per_file);
gboolean                       schakel_import_run              (SchakelImport           *self,
                                                                SchakelDatabase         *db,
                                                                GCancellable            *cancellable,
                                                                GError                 **error);
guint                          schakel_import_get_n_files      (SchakelImport           *self);
const SchakelImportFileResult *schakel_import_get_result       (SchakelImport           *self,
                                                                guint                    index);
guint64                        schakel_import_get_n_errors     (SchakelImport           *self);
double                         schakel_import_get_fraction     (SchakelImport           *self);
gboolean                       schakel_import_get_committed    (SchakelImport           *self);

G_END_DECLS
