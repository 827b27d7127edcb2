/* schakel-timeline-output.h — a minor's timeline on paper and in files,
 * always with an audit record.
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

gboolean schakel_timeline_audit_check  (SchakelDatabase     *db,
                                        GError             **error);
gboolean schakel_timeline_audit        (SchakelDatabase     *db,
                                        const char          *action,
                                        SchakelMinorRecord  *record,
                                        const char          *detail,
                                        GError             **error);
gboolean schakel_timeline_export       (SchakelDatabase     *db,
                                        SchakelMinorRecord  *record,
                                        double               from,
                                        double               to,
                                        const char          *path,
                                        GError             **error);

#define SCHAKEL_TYPE_TIMELINE_PRINT (schakel_timeline_print_get_type ())

G_DECLARE_FINAL_TYPE (SchakelTimelinePrint, schakel_timeline_print, SCHAKEL, TIMELINE_PRINT, GtkPrintOperation)

SchakelTimelinePrint *schakel_timeline_print_new            (SchakelDatabase      *db,
                                                             SchakelMinorRecord   *record,
                                                             double                from,
                                                             double                to);
GtkPageSetup         *schakel_timeline_print_get_page_setup (SchakelTimelinePrint *self);
const GError         *schakel_timeline_print_get_error      (SchakelTimelinePrint *self);

G_END_DECLS
