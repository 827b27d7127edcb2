/* schakel-escalation.h
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

G_BEGIN_DECLS

/* Longest note on a recorded step or closure (characters). */
#define SCHAKEL_NOTE_MAX 140

/* A step taken on a case, as a coordinator records it. */
typedef struct
{
  gint64      report_id;
  gint64      ladder_step_id;
  SchakelDay  date;
  const char *outcome;      /* SCHAKEL_CODE_LIST_ESCALATION_OUTCOME */
  const char *skip_reason;  /* nullable; SCHAKEL_CODE_LIST_SKIP_REASON, needed to pass over a step */
  const char *note;         /* nullable; short and non-medical: schakel_escalation_note_validate() */
} SchakelStepRecord;

/* An 18+ plan (DOMAIN.md §7). */
typedef struct
{
  gint64  minor_id;
  char   *plan;                    /* SCHAKEL_CODE_LIST_ADULT_PLAN */
  char   *receiving_municipality;  /* nullable: GMnnnn */
  char   *education;               /* SCHAKEL_CODE_LIST_ADULT_EDUCATION */
  char   *source;                  /* "app" or "import" */
  char   *recorded_at;             /* UTC, ISO 8601 */
} SchakelAdultPlan;

gboolean          schakel_escalation_note_validate (const char              *note,
                                                    GError                 **error);
gint64            schakel_escalation_record_step   (SchakelDatabase         *db,
                                                    const SchakelStepRecord *record,
                                                    SchakelDay               today,
                                                    GError                 **error);
gboolean          schakel_escalation_close         (SchakelDatabase         *db,
                                                    gint64                   report_id,
                                                    SchakelDay               date,
                                                    const char              *outcome,
                                                    const char              *note,
                                                    SchakelDay               today,
                                                    GError                 **error);

gboolean          schakel_adult_plan_record        (SchakelDatabase         *db,
                                                    gint64                   minor_id,
                                                    const char              *plan,
                                                    const char              *receiving_municipality,
                                                    const char              *education,
                                                    GError                 **error);
SchakelAdultPlan *schakel_adult_plan_get           (SchakelDatabase         *db,
                                                    gint64                   minor_id,
                                                    GError                 **error);
void              schakel_adult_plan_free          (SchakelAdultPlan        *plan);

char             *schakel_edit_describe_last       (SchakelDatabase         *db,
                                                    GError                 **error);
char             *schakel_edit_undo                (SchakelDatabase         *db,
                                                    GError                 **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelAdultPlan, schakel_adult_plan_free)

G_END_DECLS
