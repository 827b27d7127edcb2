/* schakel-import-history-window.h — the files imported into a database.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_IMPORT_HISTORY_WINDOW (schakel_import_history_window_get_type ())

G_DECLARE_FINAL_TYPE (SchakelImportHistoryWindow, schakel_import_history_window, SCHAKEL, IMPORT_HISTORY_WINDOW, AdwWindow)

SchakelImportHistoryWindow *schakel_import_history_window_new        (GtkWindow                  *parent,
                                                                      SchakelDatabase            *db);
guint                       schakel_import_history_window_get_n_runs (SchakelImportHistoryWindow *self);
GtkWidget                  *schakel_import_history_window_get_row    (SchakelImportHistoryWindow *self,
                                                                      guint                       index);

G_END_DECLS
