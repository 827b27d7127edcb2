/* schakel-codes.h
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

/**
 * SchakelCodeList:
 *
 * The code lists of DOMAIN.md. Codes are stored as they are; labels are
 * translated for display.
 */
typedef enum
{
  SCHAKEL_CODE_LIST_LOCATION_TYPE,
  SCHAKEL_CODE_LIST_SUITABILITY,
  SCHAKEL_CODE_LIST_MOVE_REASON,
  SCHAKEL_CODE_LIST_SCHOOL_TYPE,
  SCHAKEL_CODE_LIST_WAITLIST_OUTCOME,
  SCHAKEL_CODE_LIST_REPORT_TYPE,
  SCHAKEL_CODE_LIST_REPORT_STATUS,
  SCHAKEL_CODE_LIST_PROCEDURE_EVENT,
  SCHAKEL_CODE_LIST_GENDER,
  SCHAKEL_CODE_LIST_RESPONSIBLE,
  SCHAKEL_CODE_LIST_ESCALATION_OUTCOME,
  SCHAKEL_CODE_LIST_SKIP_REASON,
  SCHAKEL_CODE_LIST_CASE_OUTCOME,
  SCHAKEL_CODE_LIST_ADULT_PLAN,
  SCHAKEL_CODE_LIST_ADULT_EDUCATION,
  SCHAKEL_N_CODE_LISTS
} SchakelCodeList;

typedef struct
{
  const char *code;
  const char *label; /* untranslated; use schakel_code_label() */
} SchakelCode;

const SchakelCode *schakel_code_list_get   (SchakelCodeList  list,
                                            guint           *n_codes);
gboolean           schakel_code_is_valid   (SchakelCodeList  list,
                                            const char      *code);
const char        *schakel_code_label      (SchakelCodeList  list,
                                            const char      *code);

G_END_DECLS
