/* schakel-ladder-dialog.h — edit the escalation ladders.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"

G_BEGIN_DECLS

GtkWindow *schakel_ladder_dialog_new (GtkWindow       *parent,
                                      SchakelDatabase *db);

G_END_DECLS
