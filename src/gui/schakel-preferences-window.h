/* schakel-preferences-window.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-window.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_PREFERENCES_WINDOW (schakel_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SchakelPreferencesWindow, schakel_preferences_window, SCHAKEL, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *schakel_preferences_window_new (SchakelWindow *window);

G_END_DECLS
