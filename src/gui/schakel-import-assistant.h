/* schakel-import-assistant.h — File ▸ Import…: check files, choose, import.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"
#include "schakel-import-mapping-window.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_IMPORT_ASSISTANT (schakel_import_assistant_get_type ())

G_DECLARE_FINAL_TYPE (SchakelImportAssistant, schakel_import_assistant, SCHAKEL, IMPORT_ASSISTANT, AdwWindow)

SchakelImportAssistant *schakel_import_assistant_new         (GtkWindow              *parent,
                                                              SchakelDatabase        *db);
void                    schakel_import_assistant_check_files (SchakelImportAssistant *self,
                                                              const char * const     *paths);
const char             *schakel_import_assistant_get_page    (SchakelImportAssistant *self);
gboolean                schakel_import_assistant_get_busy    (SchakelImportAssistant *self);
GListModel             *schakel_import_assistant_get_errors  (SchakelImportAssistant *self);
GListModel             *schakel_import_assistant_get_warnings (SchakelImportAssistant *self);
SchakelImport          *schakel_import_assistant_get_import  (SchakelImportAssistant *self);

/* For the tests */
SchakelImportMappingWindow *_schakel_import_assistant_open_mapping (SchakelImportAssistant *self,
                                                                   guint                   index);
GtkGrid                *_schakel_import_assistant_get_preview (SchakelImportAssistant *self,
                                                               guint                   index);
void                    _schakel_import_assistant_show_messages (SchakelImportAssistant *self,
                                                                 const char             *name);
GtkWidget              *_schakel_import_assistant_get_button (SchakelImportAssistant *self,
                                                              const char             *name);

G_END_DECLS
