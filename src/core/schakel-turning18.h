/* schakel-turning18.h
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
#include "schakel-escalation.h"
#include "schakel-scope.h"

G_BEGIN_DECLS

/* A plan is due this many days before the 18th birthday. */
#define SCHAKEL_TURNING18_PLAN_DUE_DAYS 60

/* A minor placed in the scope who turns 18 soon (DOMAIN.md §7). Regions
 * are those of the default region scheme. */
typedef struct
{
  gint64            minor_id;
  char             *jongere_id;
  gboolean          amv;
  SchakelDay        birthday_18;
  int               days_left;            /* from the day asked about to the birthday */
  char             *permit;               /* "vergunning", "afwijzing" or "geen_besluit" */
  char             *school_name;          /* nullable: no enrolment on the day */
  char             *brin;                 /* nullable */
  char             *school_type;          /* nullable: SCHAKEL_CODE_LIST_SCHOOL_TYPE */
  char             *school_region;        /* nullable: region code of the school */
  char             *school_region_name;   /* nullable */
  char             *location_name;
  char             *location_type;        /* SCHAKEL_CODE_LIST_LOCATION_TYPE */
  char             *location_municipality; /* GMnnnn */
  char             *location_municipality_name;
  char             *location_region;      /* nullable */
  char             *location_region_name; /* nullable */
  SchakelAdultPlan *plan;                 /* nullable: no plan */
  char             *plan_region;          /* nullable: region of the receiving municipality */
  char             *plan_municipality_name; /* nullable */
  char             *plan_region_name;     /* nullable */
  gboolean          leaves_region;        /* the plan's municipality lies outside the school's region */
  gboolean          plan_overdue;         /* no plan (or `onbekend`) and at most 60 days left */
} SchakelTurning18;

void       schakel_turning18_free (SchakelTurning18    *self);
gboolean   schakel_turning18_has_plan (const SchakelTurning18 *self);
GPtrArray *schakel_turning18_list (SchakelDatabase     *db,
                                   const SchakelScope  *scope,
                                   SchakelDay           on,
                                   int                  within_days,
                                   GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelTurning18, schakel_turning18_free)

G_END_DECLS
