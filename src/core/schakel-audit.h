/* schakel-audit.h — who looked at, printed or changed what, and when.
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

/* Longest detail text the log accepts (characters). */
#define SCHAKEL_AUDIT_MAX_DETAIL 500

typedef struct
{
  gint64  id;
  char   *at;            /* UTC, ISO 8601: 2026-11-29T02:40:00Z */
  char   *actor;         /* the operating-system user */
  char   *action;        /* dotted, lower case: "timeline.open" */
  char   *subject_kind;  /* nullable: "minor", "ladder", … */
  char   *subject_id;    /* nullable: the subject's own id */
  char   *detail;        /* nullable, never personal data of a minor */
} SchakelAuditEntry;

gboolean   schakel_audit_record      (SchakelDatabase    *db,
                                      const char         *action,
                                      const char         *subject_kind,
                                      const char         *subject_id,
                                      const char         *detail,
                                      GError            **error);
GPtrArray *schakel_audit_list        (SchakelDatabase    *db,
                                      const char         *subject_kind,
                                      const char         *subject_id,
                                      guint               limit,
                                      GError            **error);
/**
 * SchakelAuditWriteFunc:
 * @user_data: the caller's data
 * @written: (element-type filename): append the path of every file written,
 *   as soon as it exists
 * @error: return location for an error
 *
 * Writes the files an audited output consists of, each atomically.
 *
 * Returns: %TRUE when every file is written
 */
typedef gboolean (*SchakelAuditWriteFunc) (gpointer    user_data,
                                           GPtrArray  *written,
                                           GError    **error);

gboolean   schakel_audit_write_files (SchakelDatabase      *db,
                                      const char           *action,
                                      const char           *subject_kind,
                                      const char           *subject_id,
                                      const char           *detail,
                                      SchakelAuditWriteFunc write,
                                      gpointer              user_data,
                                      GError              **error);
const char *schakel_audit_action_label (const char       *action);
void       schakel_audit_entry_free  (SchakelAuditEntry  *entry);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelAuditEntry, schakel_audit_entry_free)

G_END_DECLS
