/* schakel-report-print.h — printing a report or a dossier through
 * GtkPrintOperation.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"
#include "schakel-render.h"

G_BEGIN_DECLS

GtkPrintOperationResult schakel_report_print (SchakelPaged             *document,
                                              GtkWindow                *parent,
                                              GSettings                *settings,
                                              SchakelDatabase          *audit_db,
                                              GtkPrintOperationAction   action,
                                              const char               *export_filename,
                                              GError                  **error);

G_END_DECLS
