/* schakel-cases-view.h — the Verzuim view: open absence reports and their
 * escalation.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_CASES_VIEW (schakel_cases_view_get_type ())

G_DECLARE_FINAL_TYPE (SchakelCasesView, schakel_cases_view, SCHAKEL, CASES_VIEW, GtkWidget)

void       schakel_cases_view_set_database (SchakelCasesView *self,
                                            SchakelDatabase  *db);
void       schakel_cases_view_reload       (SchakelCasesView *self);

/* For the tests. */
SchakelDay _schakel_cases_view_get_day      (SchakelCasesView *self);
gboolean   _schakel_cases_view_is_busy     (SchakelCasesView *self);
GPtrArray *_schakel_cases_view_get_shown   (SchakelCasesView *self);
GtkListBox *_schakel_cases_view_get_list_box (SchakelCasesView *self);
GtkWindow *_schakel_cases_view_get_dialog  (SchakelCasesView *self);

G_END_DECLS
