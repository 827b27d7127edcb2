/* schakel-audit-window.h — the audit log: who opened, printed or exported what.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_AUDIT_WINDOW (schakel_audit_window_get_type ())

G_DECLARE_FINAL_TYPE (SchakelAuditWindow, schakel_audit_window, SCHAKEL, AUDIT_WINDOW, AdwWindow)

GtkWidget *schakel_audit_window_new          (GtkWindow          *parent,
                                              SchakelDatabase    *db);
void       schakel_audit_window_set_minor    (SchakelAuditWindow *self,
                                              const char         *jongere_id);
void       schakel_audit_window_reload       (SchakelAuditWindow *self);
guint      schakel_audit_window_get_n_shown  (SchakelAuditWindow *self);
GtkColumnView *schakel_audit_window_get_column_view (SchakelAuditWindow *self);

G_END_DECLS
