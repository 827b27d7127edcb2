/* schakel-step-dialog.h — record a step on a case, or close it.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"

G_BEGIN_DECLS

typedef enum
{
  SCHAKEL_STEP_DIALOG_RECORD,
  SCHAKEL_STEP_DIALOG_CLOSE,
} SchakelStepDialogMode;

#define SCHAKEL_TYPE_STEP_DIALOG (schakel_step_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SchakelStepDialog, schakel_step_dialog, SCHAKEL, STEP_DIALOG, AdwWindow)

SchakelStepDialog *schakel_step_dialog_new         (GtkWindow             *parent,
                                                    SchakelDatabase       *db,
                                                    const SchakelCase     *c,
                                                    SchakelStepDialogMode  mode);
gboolean           schakel_step_dialog_submit      (SchakelStepDialog     *self);
GtkWidget         *schakel_step_dialog_get_note_row (SchakelStepDialog    *self);
const char        *schakel_step_dialog_get_error    (SchakelStepDialog    *self);

G_END_DECLS
