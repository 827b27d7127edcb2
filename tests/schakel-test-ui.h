/* schakel-test-ui.h — helpers shared by the ui tests.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef gboolean (*SchakelTestCondition) (gpointer data);

void     schakel_test_wait_for            (SchakelTestCondition  condition,
                                           gpointer              data,
                                           const char           *what);
void     schakel_test_run_for             (guint                 ms);
void     schakel_test_save_and_check_render (GtkWidget          *window,
                                           const char           *name);
void     schakel_test_ui_init             (int                  *argc,
                                           char               ***argv);
char    *schakel_test_make_demo_database  (const char           *name,
                                           guint                 n_minors);
gboolean schakel_test_press_key           (GtkWidget            *widget,
                                           guint                 keyval,
                                           GdkModifierType       modifiers);

G_END_DECLS
