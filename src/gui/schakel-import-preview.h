/* schakel-import-preview.h — the first rows of a file as Schakel reads them.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_IMPORT_PREVIEW_ROWS 20

typedef struct
{
  GStrv      header;  /* the header fields, exactly as read */
  GPtrArray *rows;    /* of GStrv: the first rows, padded to the header */
  char      *error;   /* (nullable): why the file could not be read */
} SchakelImportPreview;

SchakelImportPreview *schakel_import_preview_read (const char                 *path,
                                                   guint                       max_rows);
void                  schakel_import_preview_free (SchakelImportPreview       *preview);
void                  schakel_import_preview_read_all_async  (const char * const  *paths,
                                                              GCancellable        *cancellable,
                                                              GAsyncReadyCallback  callback,
                                                              gpointer             user_data);
GPtrArray            *schakel_import_preview_read_all_finish (GAsyncResult        *result,
                                                              GError             **error);
GtkWidget            *schakel_import_preview_view_new (const char * const     *headings,
                                                       const char * const     *subheadings,
                                                       guint                   n_columns,
                                                       GPtrArray              *rows,
                                                       const int              *field_of_column,
                                                       const char             *accessible_label);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelImportPreview, schakel_import_preview_free)

G_END_DECLS
