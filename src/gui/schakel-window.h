/* schakel-window.h — the main window.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"
#include "schakel-dashboard-view.h"
#include "schakel-minors-view.h"

G_BEGIN_DECLS

/**
 * SchakelOpenFlags:
 * @SCHAKEL_OPEN_NONE: open an existing database
 * @SCHAKEL_OPEN_CREATE: create an empty database when the file is missing
 * @SCHAKEL_OPEN_REMEMBER: on success, make it the database opened at start
 */
typedef enum
{
  SCHAKEL_OPEN_NONE     = 0,
  SCHAKEL_OPEN_CREATE   = 1 << 0,
  SCHAKEL_OPEN_REMEMBER = 1 << 1,
} SchakelOpenFlags;

#define SCHAKEL_TYPE_WINDOW (schakel_window_get_type ())

G_DECLARE_FINAL_TYPE (SchakelWindow, schakel_window, SCHAKEL, WINDOW, AdwApplicationWindow)

SchakelWindow     *schakel_window_new                (GtkApplication    *application);
void               schakel_window_open_default       (SchakelWindow     *self);
gboolean           schakel_window_open_file          (SchakelWindow     *self,
                                                      const char        *path,
                                                      SchakelOpenFlags   flags);
SchakelDatabase   *schakel_window_get_database       (SchakelWindow     *self);
SchakelMinorsView *schakel_window_get_minors_view    (SchakelWindow     *self);
SchakelDashboardView *schakel_window_get_dashboard_view (SchakelWindow  *self);
const char        *schakel_window_get_visible_view   (SchakelWindow     *self);
void               schakel_window_set_visible_view   (SchakelWindow     *self,
                                                      const char        *name);
void               schakel_window_add_toast          (SchakelWindow     *self,
                                                      const char        *title);

G_END_DECLS
