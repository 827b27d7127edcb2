/* schakel-demo-plan.c — the 18+ plans partners report before a minor
 * turns 18.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most unaccompanied minors, and some others, get a plan between two
 * weeks and seven months before their 18th birthday, if they are still in
 * reception then. Where the data already show what happened on the
 * birthday (a move to verlengde opvang or adult reception, a transfer to
 * the municipality), the plan says that; for birthdays still to come it
 * follows the permit known when the plan was made. Some plans stay
 * `onbekend`, so the 18+ planning view has work to show.
 */

#include "config.h"

#include "schakel-demo-private.h"

#define P_PLAN_AMV           0.85
#define P_PLAN_OTHER         0.30
#define P_STILL_UNKNOWN      0.10
#define EARLIEST_DAYS_BEFORE 210
#define LATEST_DAYS_BEFORE   14

typedef struct
{
  SchakelDemoMinor       *minor;
  const SchakelDemoWorld *world;
  SchakelDemoRng         *rng;
  SchakelDay              day;  /* when the plan is made */
} Planning;

static const SchakelDemoPlacement *
placement_on (const SchakelDemoMinor *minor,
              SchakelDay              day)
{
  for (guint i = 0; i < minor->placements->len; i++)
    {
      const SchakelDemoPlacement *p = &g_array_index (minor->placements, SchakelDemoPlacement, i);

      if (p->start <= day && (p->end == SCHAKEL_DAY_NONE || p->end > day))
        return p;
    }
  return NULL;
}

static const SchakelDemoEnrolment *
enrolment_on (const SchakelDemoMinor *minor,
              SchakelDay              day)
{
  for (guint i = 0; i < minor->enrolments->len; i++)
    {
      const SchakelDemoEnrolment *e = &g_array_index (minor->enrolments, SchakelDemoEnrolment, i);

      if (e->start <= day && (e->end == SCHAKEL_DAY_NONE || e->end > day))
        return e;
    }
  return NULL;
}

/* The move made on the 18th birthday, if the data reach that far. */
static const SchakelDemoPlacement *
move_at_eighteen (const SchakelDemoMinor *minor)
{
  for (guint i = 0; i < minor->placements->len; i++)
    {
      const SchakelDemoPlacement *p = &g_array_index (minor->placements, SchakelDemoPlacement, i);

      if (p->reason == DEMO_REASON_AGE_18)
        return p;
    }
  return NULL;
}

static guint
municipality_of (const Planning *planning,
                 guint           location)
{
  return g_array_index (planning->world->locations, SchakelDemoLocation, location).municipality;
}

/* A municipality with a location of @type, in the province of the current
 * placement with chance @p_near; the current one if none is open. */
static guint
municipality_with (const Planning     *planning,
                   SchakelDemoLocType  type,
                   guint               here,
                   double              p_near)
{
  const SchakelDemoLocation *loc = &g_array_index (planning->world->locations, SchakelDemoLocation, here);
  int picked = _schakel_demo_world_pick_location (planning->world, planning->rng, type, planning->day,
                                                  (int) loc->province, p_near, -1);

  return municipality_of (planning, picked >= 0 ? (guint) picked : here);
}

/* The plan as the permit known on the planning day suggests. */
static void
guess_plan (const Planning  *planning,
            guint            here,
            SchakelDemoPlan *plan)
{
  const SchakelDemoMinor *minor = planning->minor;
  SchakelDemoRng *rng = planning->rng;

  if (minor->permit && minor->decision <= planning->day)
    {
      gboolean extended = minor->amv && _schakel_demo_rng_chance (rng, 0.7);

      plan->kind = extended ? DEMO_PLAN_VERLENGDE_OPVANG : DEMO_PLAN_GEMEENTE_HUISVESTING;
      plan->municipality = _schakel_demo_rng_chance (rng, extended ? 0.8 : 0.6)
                           ? (int) municipality_of (planning, here)
                           : (int) municipality_with (planning, extended ? DEMO_LOC_NIDOS_VERLENGD : DEMO_LOC_AZC,
                                                      here, 0.7);
    }
  else if (minor->decision > planning->day && _schakel_demo_rng_chance (rng, 0.35))
    plan->kind = DEMO_PLAN_ONBEKEND;
  else
    {
      plan->kind = DEMO_PLAN_VOLWASSENENOPVANG;
      plan->municipality = (int) municipality_with (planning, DEMO_LOC_AZC, here, 0.3);
    }
}

static SchakelDemoEducation
education_after (const Planning        *planning,
                 const SchakelDemoPlan *plan)
{
  static const double adult_weights[] = {
    [DEMO_EDUCATION_VOLWASSENENONDERWIJS] = 0.4, [DEMO_EDUCATION_GEEN] = 0.3, [DEMO_EDUCATION_ONBEKEND] = 0.3,
  };
  const SchakelDemoEnrolment *e = enrolment_on (planning->minor, planning->day);
  SchakelDemoRng *rng = planning->rng;
  guint school_municipality;

  if (plan->kind == DEMO_PLAN_ONBEKEND)
    return DEMO_EDUCATION_ONBEKEND;
  if (plan->kind == DEMO_PLAN_VOLWASSENENOPVANG)
    return _schakel_demo_rng_pick (rng, adult_weights, G_N_ELEMENTS (adult_weights));
  if (e == NULL)
    return _schakel_demo_rng_chance (rng, 0.5) ? DEMO_EDUCATION_GEEN : DEMO_EDUCATION_ONBEKEND;
  if (e->type == DEMO_SCHOOL_MBO || e->type == DEMO_SCHOOL_MBO_ENTREE)
    return DEMO_EDUCATION_MBO;
  school_municipality = g_array_index (planning->world->schools, SchakelDemoSchool, e->school).municipality;
  if ((int) school_municipality == plan->municipality)
    return _schakel_demo_rng_chance (rng, 0.8) ? DEMO_EDUCATION_ZELFDE_SCHOOL : DEMO_EDUCATION_MBO;
  return _schakel_demo_rng_chance (rng, 0.6) ? DEMO_EDUCATION_ANDERE_SCHOOL : DEMO_EDUCATION_MBO;
}

void
_schakel_demo_plan_simulate (SchakelDemoMinor       *minor,
                             const SchakelDemoWorld *world,
                             SchakelDemoRng         *rng)
{
  Planning planning = { minor, world, rng, SCHAKEL_DAY_NONE };
  SchakelDemoPlan *plan = &minor->plan;
  const SchakelDemoPlacement *here, *at_eighteen;

  plan->recorded = SCHAKEL_DAY_NONE;
  plan->municipality = -1;
  if (!_schakel_demo_rng_chance (rng, minor->amv ? P_PLAN_AMV : P_PLAN_OTHER))
    return;
  planning.day = minor->b18 - _schakel_demo_rng_range (rng, LATEST_DAYS_BEFORE, EARLIEST_DAYS_BEFORE);
  if (planning.day > world->until || planning.day < minor->arrival + LATEST_DAYS_BEFORE)
    return;
  here = placement_on (minor, planning.day);
  if (here == NULL)
    return;

  at_eighteen = move_at_eighteen (minor);
  if (_schakel_demo_rng_chance (rng, P_STILL_UNKNOWN))
    plan->kind = DEMO_PLAN_ONBEKEND;
  else if (at_eighteen != NULL)
    {
      const SchakelDemoLocation *to = &g_array_index (world->locations, SchakelDemoLocation, at_eighteen->location);

      plan->kind = to->type == DEMO_LOC_NIDOS_VERLENGD ? DEMO_PLAN_VERLENGDE_OPVANG : DEMO_PLAN_VOLWASSENENOPVANG;
      plan->municipality = (int) to->municipality;
    }
  else if (minor->leave == minor->b18 && minor->leave_kind == DEMO_EVENT_OVERDRACHT_GEMEENTE)
    {
      plan->kind = DEMO_PLAN_GEMEENTE_HUISVESTING;
      plan->municipality = (int) municipality_of (&planning, here->location);
    }
  else
    guess_plan (&planning, here->location, plan);

  if (plan->kind == DEMO_PLAN_ONBEKEND)
    plan->municipality = -1;
  plan->education = education_after (&planning, plan);
  plan->recorded = planning.day;
}
