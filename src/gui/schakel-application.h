/* schakel-application.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SCHAKEL_TYPE_APPLICATION (schakel_application_get_type ())

G_DECLARE_FINAL_TYPE (SchakelApplication, schakel_application, SCHAKEL, APPLICATION, AdwApplication)

SchakelApplication *schakel_application_new  (void);
GtkWidget          *schakel_about_window_new (GtkWindow *parent);

G_END_DECLS
