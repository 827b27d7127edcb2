/* schakel-writer-lock-private.h
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SchakelWriterLock SchakelWriterLock;

SchakelWriterLock *_schakel_writer_lock_acquire (const char         *database_path,
                                                 GError            **error);
void               _schakel_writer_lock_release (SchakelWriterLock  *lock);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelWriterLock, _schakel_writer_lock_release)

G_END_DECLS
