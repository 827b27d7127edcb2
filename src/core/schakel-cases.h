/* schakel-cases.h
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
#include "schakel-date.h"
#include "schakel-scope.h"

G_BEGIN_DECLS

/* An open absence report and where it stands on its ladder on a day. */
typedef struct
{
  gint64      report_id;
  char       *report_number;
  gint64      minor_id;
  char       *jongere_id;
  char       *report_type;
  SchakelDay  start_date;
  SchakelDay  report_date;
  gint64      school_id;          /* 0: none (ABSOLUUT) */
  char       *school_name;        /* nullable */
  char       *brin;               /* nullable: "12AB" */
  char       *municipality_code;  /* nullable when unknown */
  char       *municipality_name;  /* nullable */
  gint64      ladder_id;          /* 0: no ladder */
  char       *ladder_name;        /* nullable */
  gint64      current_step_id;    /* 0: no step yet, or one of another ladder */
  char       *current_step_code;  /* nullable: the last step taken */
  char       *current_step_name;  /* nullable */
  SchakelDay  current_step_date;  /* SCHAKEL_DAY_NONE: no step yet */
  gint64      next_step_id;       /* 0: none */
  char       *next_step_code;     /* nullable */
  char       *next_step_name;     /* nullable */
  char       *next_responsible;   /* nullable: SCHAKEL_CODE_LIST_RESPONSIBLE */
  char       *next_guidance;      /* nullable */
  SchakelDay  deadline;           /* of the next step; SCHAKEL_DAY_NONE: none */
  int         days_overdue;       /* calendar days past the deadline; 0 when on time */
} SchakelCase;

void         schakel_case_free  (SchakelCase         *self);
GPtrArray   *schakel_cases_list (SchakelDatabase     *db,
                                 const SchakelScope  *scope,
                                 SchakelDay           on,
                                 gboolean             overdue_only,
                                 GError             **error);
SchakelCase *schakel_case_get   (SchakelDatabase     *db,
                                 gint64               report_id,
                                 SchakelDay           on,
                                 GError             **error);
int          schakel_case_compare_urgency (const SchakelCase *a,
                                           const SchakelCase *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelCase, schakel_case_free)

G_END_DECLS
