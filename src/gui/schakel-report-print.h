/* schakel-report-print.h — printing a report through GtkPrintOperation.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-render.h"

G_BEGIN_DECLS

GtkPrintOperationResult schakel_report_print (SchakelReport            *report,
                                              GtkWindow                *parent,
                                              GSettings                *settings,
                                              GtkPrintOperationAction   action,
                                              const char               *export_filename,
                                              GError                  **error);

G_END_DECLS
