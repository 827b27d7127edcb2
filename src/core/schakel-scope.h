/* schakel-scope.h — the part of the country a figure is about.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include "schakel-database.h"

G_BEGIN_DECLS

/**
 * SchakelScopeKind:
 * @SCHAKEL_SCOPE_NATIONAL: the whole country, `nl`
 * @SCHAKEL_SCOPE_PROVINCE: a province, `provincie:PV26`
 * @SCHAKEL_SCOPE_REGION: a region of an indeling, `regio:INDELING:CODE`
 * @SCHAKEL_SCOPE_MUNICIPALITY: a municipality, `gemeente:GM0307`
 */
typedef enum
{
  SCHAKEL_SCOPE_NATIONAL,
  SCHAKEL_SCOPE_PROVINCE,
  SCHAKEL_SCOPE_REGION,
  SCHAKEL_SCOPE_MUNICIPALITY,
} SchakelScopeKind;

typedef struct _SchakelScope SchakelScope;

SchakelScope     *schakel_scope_parse          (const char          *text,
                                                GError             **error);
SchakelScope     *schakel_scope_new            (SchakelScopeKind     kind,
                                                const char          *scheme,
                                                const char          *code);
SchakelScope     *schakel_scope_copy           (const SchakelScope  *self);
void              schakel_scope_free           (SchakelScope        *self);
SchakelScopeKind  schakel_scope_get_kind       (const SchakelScope  *self);
const char       *schakel_scope_get_scheme     (const SchakelScope  *self);
const char       *schakel_scope_get_code       (const SchakelScope  *self);
char             *schakel_scope_to_string      (const SchakelScope  *self);
gboolean          schakel_scope_validate       (const SchakelScope  *self,
                                                SchakelDatabase     *db,
                                                GError             **error);
char             *schakel_scope_dup_name       (const SchakelScope  *self,
                                                SchakelDatabase     *db);
GPtrArray        *schakel_scope_list_children  (const SchakelScope  *self,
                                                SchakelDatabase     *db,
                                                GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelScope, schakel_scope_free)

G_END_DECLS
