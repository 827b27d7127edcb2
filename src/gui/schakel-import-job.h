/* schakel-import-job.h — an import run in a worker thread, and its
 * messages as list items.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_IMPORT_MESSAGE (schakel_import_message_get_type ())

G_DECLARE_FINAL_TYPE (SchakelImportMessage, schakel_import_message, SCHAKEL, IMPORT_MESSAGE, GObject)

SchakelImportMessage *schakel_import_message_new          (const SchakelImportIssue *issue);
const char           *schakel_import_message_get_file     (SchakelImportMessage     *self);
guint64               schakel_import_message_get_line     (SchakelImportMessage     *self);
const char           *schakel_import_message_get_column   (SchakelImportMessage     *self);
const char           *schakel_import_message_get_text     (SchakelImportMessage     *self);
SchakelIssueSeverity  schakel_import_message_get_severity (SchakelImportMessage     *self);
char                 *schakel_import_message_to_string    (SchakelImportMessage     *self);

void      schakel_import_job_run_async  (SchakelDatabase      *db,
                                         SchakelImport        *import,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
gboolean  schakel_import_job_run_finish (GAsyncResult         *result,
                                         GPtrArray           **messages,
                                         GError              **error);

G_END_DECLS
