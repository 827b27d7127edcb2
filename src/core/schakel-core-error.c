/* schakel-core-error.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core-error.h"

G_DEFINE_QUARK (schakel-core-error-quark, schakel_core_error)
