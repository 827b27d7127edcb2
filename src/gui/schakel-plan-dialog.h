/* schakel-plan-dialog.h — record or change a minor's 18+ plan.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_PLAN_DIALOG (schakel_plan_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SchakelPlanDialog, schakel_plan_dialog, SCHAKEL, PLAN_DIALOG, AdwWindow)

SchakelPlanDialog *schakel_plan_dialog_new    (GtkWindow              *parent,
                                               SchakelDatabase        *db,
                                               const SchakelTurning18 *minor);
gboolean           schakel_plan_dialog_submit (SchakelPlanDialog      *self);

G_END_DECLS
