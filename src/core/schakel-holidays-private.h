/* schakel-holidays-private.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

GArray   *_schakel_holidays_load_handle    (sqlite3  *db,
                                            GError  **error);
gboolean  _schakel_holidays_seed_nl_handle (sqlite3  *db,
                                            int       first_year,
                                            int       last_year,
                                            GError  **error);

G_END_DECLS
