/* schakel-scope-private.h — a scope as an SQL condition.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "schakel-scope.h"

G_BEGIN_DECLS

char *_schakel_scope_sql_condition (const SchakelScope *self,
                                    const char         *municipality_expr);
void  _schakel_scope_bind          (const SchakelScope *self,
                                    sqlite3_stmt       *stmt);

G_END_DECLS
