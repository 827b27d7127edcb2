/* schakel-import-mapping-window.h — map a file's columns, save a profile.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"
#include "schakel-import-preview.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_IMPORT_MAPPING_WINDOW (schakel_import_mapping_window_get_type ())

G_DECLARE_FINAL_TYPE (SchakelImportMappingWindow, schakel_import_mapping_window, SCHAKEL, IMPORT_MAPPING_WINDOW, AdwWindow)

SchakelImportMappingWindow *schakel_import_mapping_window_new (GtkWindow                  *parent,
                                                               const char                 *file_name,
                                                               const SchakelImportPreview *preview,
                                                               SchakelImportType           type,
                                                               const SchakelImportProfile *profile);

/* For the tests */
AdwEntryRow *_schakel_import_mapping_window_get_name_row (SchakelImportMappingWindow *self);
AdwComboRow *_schakel_import_mapping_window_get_type_row (SchakelImportMappingWindow *self);
AdwComboRow *_schakel_import_mapping_window_get_column_row (SchakelImportMappingWindow *self,
                                                            const char                 *column);
GtkWidget   *_schakel_import_mapping_window_get_save_button (SchakelImportMappingWindow *self);
const char  *_schakel_import_mapping_window_get_problem (SchakelImportMappingWindow *self);
GtkWidget   *_schakel_import_mapping_window_get_preview (SchakelImportMappingWindow *self);

G_END_DECLS
