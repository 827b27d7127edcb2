/* schakel-ladder.h
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

/* One step of an escalation ladder (DOMAIN.md §6). */
typedef struct
{
  gint64      id;
  char       *code;
  char       *name;
  int         position;
  char       *responsible;           /* code list SCHAKEL_CODE_LIST_RESPONSIBLE; 'none' ends the ladder */
  int         deadline_working_days; /* after the previous step (the first: after the report) */
  char       *guidance;
  SchakelDay  retired;               /* SCHAKEL_DAY_NONE: in use */
} SchakelLadderStep;

typedef struct
{
  gint64     id;
  char      *code;
  char      *name;
  char      *scheme_code;  /* NULL for the national ladder */
  char      *region_code;
  GPtrArray *steps;        /* SchakelLadderStep, by position; retired ones included */
} SchakelLadder;

/* What an edit or an imported file says about a step. */
typedef struct
{
  const char *code;
  const char *name;
  const char *responsible;
  int         deadline_working_days;
  const char *guidance;
} SchakelLadderStepSpec;

#define SCHAKEL_LADDER_NAME_MAX     80
#define SCHAKEL_LADDER_GUIDANCE_MAX 500
#define SCHAKEL_LADDER_DEADLINE_MAX 250

void                     schakel_ladder_step_free   (SchakelLadderStep        *step);
void                     schakel_ladder_free        (SchakelLadder            *ladder);

GPtrArray               *schakel_ladder_list        (SchakelDatabase          *db,
                                                     GError                  **error);
SchakelLadder           *schakel_ladder_get         (SchakelDatabase          *db,
                                                     gint64                    ladder_id,
                                                     GError                  **error);
gint64                   schakel_ladder_lookup      (SchakelDatabase          *db,
                                                     const char               *scheme_code,
                                                     const char               *region_code,
                                                     GError                  **error);
gint64                   schakel_ladder_for_municipality (SchakelDatabase     *db,
                                                     const char               *municipality_code,
                                                     GError                  **error);
gboolean                 schakel_ladder_step_in_use (const SchakelLadderStep  *step,
                                                     SchakelDay                on);
const SchakelLadderStep *schakel_ladder_find_step   (const SchakelLadder      *ladder,
                                                     gint64                    step_id);
const SchakelLadderStep *schakel_ladder_find_code   (const SchakelLadder      *ladder,
                                                     const char               *code);
const SchakelLadderStep *schakel_ladder_next_step   (const SchakelLadder      *ladder,
                                                     const SchakelLadderStep  *after,
                                                     SchakelDay                on);
gboolean                 schakel_ladder_step_spec_validate (const SchakelLadderStepSpec *spec,
                                                     GError                  **error);

gint64                   schakel_ladder_create_regional (SchakelDatabase      *db,
                                                     const char               *scheme_code,
                                                     const char               *region_code,
                                                     GError                  **error);
gint64                   schakel_ladder_add_step    (SchakelDatabase          *db,
                                                     gint64                    ladder_id,
                                                     const SchakelLadderStepSpec *spec,
                                                     GError                  **error);
gboolean                 schakel_ladder_update_step (SchakelDatabase          *db,
                                                     gint64                    step_id,
                                                     const SchakelLadderStepSpec *spec,
                                                     GError                  **error);
gboolean                 schakel_ladder_move_step   (SchakelDatabase          *db,
                                                     gint64                    step_id,
                                                     int                       delta,
                                                     GError                  **error);
gboolean                 schakel_ladder_retire_step (SchakelDatabase          *db,
                                                     gint64                    step_id,
                                                     SchakelDay                on,
                                                     GError                  **error);

gboolean                 schakel_ladder_export      (SchakelDatabase          *db,
                                                     gint64                    ladder_id,
                                                     const char               *path,
                                                     GError                  **error);
gint64                   schakel_ladder_import      (SchakelDatabase          *db,
                                                     const char               *scheme_code,
                                                     const char               *region_code,
                                                     const char               *path,
                                                     SchakelDay                today,
                                                     GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelLadder, schakel_ladder_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelLadderStep, schakel_ladder_step_free)

G_END_DECLS
