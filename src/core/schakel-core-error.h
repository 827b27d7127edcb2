/* schakel-core-error.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

#define SCHAKEL_CORE_ERROR (schakel_core_error_quark ())

/**
 * SchakelCoreError:
 * @SCHAKEL_CORE_ERROR_NOT_FOUND: the database file does not exist
 * @SCHAKEL_CORE_ERROR_NOT_A_DATABASE: the file is not an SQLite database
 * @SCHAKEL_CORE_ERROR_FOREIGN: an SQLite database that Schakel did not make
 * @SCHAKEL_CORE_ERROR_TOO_NEW: made by a newer Schakel than this one
 * @SCHAKEL_CORE_ERROR_NEEDS_UPGRADE: older schema opened read-only
 * @SCHAKEL_CORE_ERROR_LOCKED: another process holds the writer lock
 * @SCHAKEL_CORE_ERROR_SQLITE: SQLite reported an error
 * @SCHAKEL_CORE_ERROR_IO: the file system reported an error
 * @SCHAKEL_CORE_ERROR_INVALID: an argument was out of range
 * @SCHAKEL_CORE_ERROR_CANCELLED: the operation was cancelled
 * @SCHAKEL_CORE_ERROR_READ_ONLY: a write to a database opened read-only
 */
typedef enum
{
  SCHAKEL_CORE_ERROR_NOT_FOUND,
  SCHAKEL_CORE_ERROR_NOT_A_DATABASE,
  SCHAKEL_CORE_ERROR_FOREIGN,
  SCHAKEL_CORE_ERROR_TOO_NEW,
  SCHAKEL_CORE_ERROR_NEEDS_UPGRADE,
  SCHAKEL_CORE_ERROR_LOCKED,
  SCHAKEL_CORE_ERROR_SQLITE,
  SCHAKEL_CORE_ERROR_IO,
  SCHAKEL_CORE_ERROR_INVALID,
  SCHAKEL_CORE_ERROR_CANCELLED,
  SCHAKEL_CORE_ERROR_READ_ONLY,
} SchakelCoreError;

GQuark schakel_core_error_quark (void);

G_END_DECLS
