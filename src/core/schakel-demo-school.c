/* schakel-demo-school.c — enrolments and wait-lists of a synthetic minor.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Per placement: a school-age minor not already at school in that
 * municipality is registered after some days, waits (for an ISK or a
 * newcomer group, on a wait-list whose length depends on the province)
 * and starts on a school day, unless the next move comes first. Within a
 * placement the schooling moves on: newcomer group → regular primary,
 * primary → ISK at 12, ISK → mbo entree or regular secondary after about
 * two years, a temporary facility → regular schooling. A move to another
 * municipality ends the enrolment; a move within it usually does not.
 * New schooling starts before the 18th birthday only (mbo goes on).
 */

#include "config.h"

#include <math.h>

#include "schakel-demo-private.h"

typedef struct
{
  SchakelDemoMinor       *minor;
  const SchakelDemoWorld *world;
  SchakelDemoRng         *rng;
  SchakelDay              eligible;  /* first day of the month after the 5th birthday */
  SchakelDay              aged_out;  /* end of the school year in which the minor turns 18 */
  int                     cur;       /* the open enrolment, or -1 */
  int                     nieuwkomers_days;
} School;

static const SchakelDemoSchoolKind kind_of[DEMO_N_SCHOOL_TYPES] = {
  [DEMO_SCHOOL_PO_NIEUWKOMERS] = DEMO_KIND_NIEUWKOMERS,
  [DEMO_SCHOOL_PO_REGULIER] = DEMO_KIND_BASIS,
  [DEMO_SCHOOL_ISK] = DEMO_KIND_ISK,
  [DEMO_SCHOOL_VO_REGULIER] = DEMO_KIND_VO,
  [DEMO_SCHOOL_TIJDELIJK] = DEMO_KIND_TIJDELIJK,
  [DEMO_SCHOOL_MBO_ENTREE] = DEMO_KIND_MBO,
  [DEMO_SCHOOL_MBO] = DEMO_KIND_MBO,
};

static inline gboolean
is_mbo (SchakelDemoSchoolType type)
{
  return type == DEMO_SCHOOL_MBO_ENTREE || type == DEMO_SCHOOL_MBO;
}

static inline SchakelDemoEnrolment *
enrolment (School *school,
           int     index)
{
  return &g_array_index (school->minor->enrolments, SchakelDemoEnrolment, index);
}

static inline int
age_on (School     *school,
        SchakelDay  day)
{
  return schakel_day_age_years (school->minor->birth, day);
}

static gboolean
is_makeshift (SchakelDemoLocType type)
{
  return type == DEMO_LOC_NO || type == DEMO_LOC_CNO || type == DEMO_LOC_TGO ||
         type == DEMO_LOC_COL_AMV;
}

/* 31 July that ends the school year containing @day. */
static SchakelDay
school_year_end (SchakelDay day)
{
  int y, m, d;

  schakel_day_to_ymd (day, &y, &m, &d);
  return schakel_day_from_ymd (m <= 7 ? y : y + 1, 7, 31);
}

static SchakelDemoSchoolType
choose_type (School             *school,
             int                 age,
             SchakelDemoLocType  loc_type)
{
  SchakelDemoRng *rng = school->rng;

  if (is_makeshift (loc_type) && _schakel_demo_rng_chance (rng, 0.4))
    return DEMO_SCHOOL_TIJDELIJK;
  if (age <= 11)
    {
      if (school->nieuwkomers_days >= 300)
        return DEMO_SCHOOL_PO_REGULIER;
      return _schakel_demo_rng_chance (rng, 0.75) ? DEMO_SCHOOL_PO_NIEUWKOMERS
                                                  : DEMO_SCHOOL_PO_REGULIER;
    }
  if (age <= 15)
    return _schakel_demo_rng_chance (rng, 0.92) ? DEMO_SCHOOL_ISK : DEMO_SCHOOL_VO_REGULIER;
  else
    {
      static const SchakelDemoSchoolType types[] = {
        DEMO_SCHOOL_ISK, DEMO_SCHOOL_MBO_ENTREE, DEMO_SCHOOL_VO_REGULIER
      };
      static const double weights[] = { 80, 14, 6 };

      return types[_schakel_demo_rng_pick (rng, weights, G_N_ELEMENTS (weights))];
    }
}

static double
draw_hours (School                *school,
            SchakelDemoSchoolType  type)
{
  SchakelDemoRng *rng = school->rng;

  if (_schakel_demo_rng_chance (rng, 0.03))
    return -1; /* not reported */

  switch (type)
    {
    case DEMO_SCHOOL_PO_NIEUWKOMERS:
    case DEMO_SCHOOL_PO_REGULIER:
      return 22 + 0.5 * _schakel_demo_rng_range (rng, 0, 8);
    case DEMO_SCHOOL_ISK:
      /* Some ISKs can only offer part of the week. */
      if (_schakel_demo_rng_chance (rng, 0.06))
        return 8 + 0.5 * _schakel_demo_rng_range (rng, 0, 7);
      return 20 + 0.5 * _schakel_demo_rng_range (rng, 0, 14);
    case DEMO_SCHOOL_VO_REGULIER:
      return 26 + 0.5 * _schakel_demo_rng_range (rng, 0, 8);
    case DEMO_SCHOOL_TIJDELIJK:
      /* Often day activities rather than education. */
      if (_schakel_demo_rng_chance (rng, 0.6))
        return 3 + 0.5 * _schakel_demo_rng_range (rng, 0, 17);
      return 12 + 0.5 * _schakel_demo_rng_range (rng, 0, 8);
    case DEMO_SCHOOL_MBO_ENTREE:
      return 14 + 0.5 * _schakel_demo_rng_range (rng, 0, 20);
    case DEMO_SCHOOL_MBO:
      return 16 + 0.5 * _schakel_demo_rng_range (rng, 0, 20);
    case DEMO_N_SCHOOL_TYPES:
    default:
      g_assert_not_reached ();
    }
}

static guint
pick_school (School                *school,
             SchakelDemoSchoolType  type,
             guint                  municipality)
{
  const SchakelDemoWorld *world = school->world;
  int index = _schakel_demo_world_pick_school (world, school->rng, kind_of[type], municipality);

  if (index < 0)
    index = _schakel_demo_world_pick_school (world, school->rng, DEMO_KIND_BASIS, municipality);
  g_assert (index >= 0);
  return (guint) index;
}

/* When this schooling ends and what follows it. */
static void
plan_change (School               *school,
             SchakelDemoEnrolment *e)
{
  SchakelDemoRng *rng = school->rng;
  SchakelDay t = SCHAKEL_DAY_NONE;
  guint8 next = DEMO_N_SCHOOL_TYPES;
  int y, m, d;

  switch ((SchakelDemoSchoolType) e->type)
    {
    case DEMO_SCHOOL_PO_NIEUWKOMERS:
      t = _schakel_demo_school_day (e->start + _schakel_demo_rng_days (rng, 330, 0.25, 120));
      next = age_on (school, t) >= 12 ? DEMO_SCHOOL_ISK : DEMO_SCHOOL_PO_REGULIER;
      break;

    case DEMO_SCHOOL_PO_REGULIER:
      /* On to secondary in the September after the 12th birthday. */
      schakel_day_to_ymd (e->start, &y, &m, &d);
      t = schakel_day_from_ymd (y, 9, 1);
      while (t <= e->start || age_on (school, t) < 12)
        t = schakel_day_add_years (t, 1);
      t = _schakel_demo_school_day (t);
      next = _schakel_demo_rng_chance (rng, 0.8) ? DEMO_SCHOOL_ISK : DEMO_SCHOOL_VO_REGULIER;
      break;

    case DEMO_SCHOOL_TIJDELIJK:
      t = _schakel_demo_school_day (e->start + _schakel_demo_rng_days (rng, 110, 0.5, 30));
      if (age_on (school, t) <= 11)
        next = DEMO_SCHOOL_PO_REGULIER;
      else
        next = age_on (school, t) >= 16 && _schakel_demo_rng_chance (rng, 0.15)
               ? DEMO_SCHOOL_MBO_ENTREE : DEMO_SCHOOL_ISK;
      break;

    case DEMO_SCHOOL_ISK:
      t = _schakel_demo_school_day (e->start + _schakel_demo_rng_days (rng, 620, 0.3, 200));
      if (age_on (school, t) >= 16)
        {
          static const SchakelDemoSchoolType types[] = {
            DEMO_SCHOOL_MBO_ENTREE, DEMO_SCHOOL_MBO, DEMO_SCHOOL_VO_REGULIER
          };
          static const double weights[] = { 65, 15, 20 };

          next = types[_schakel_demo_rng_pick (rng, weights, G_N_ELEMENTS (weights))];
        }
      else
        next = DEMO_SCHOOL_VO_REGULIER;
      break;

    case DEMO_SCHOOL_VO_REGULIER:
    case DEMO_SCHOOL_MBO_ENTREE:
    case DEMO_SCHOOL_MBO:
    case DEMO_N_SCHOOL_TYPES:
    default:
      break;
    }

  /* Pupils leave school at the end of the year in which they turn 18;
   * mbo goes on. */
  if (!is_mbo (e->type) && (t == SCHAKEL_DAY_NONE || t > school->aged_out))
    {
      t = school->aged_out + 1;
      next = DEMO_N_SCHOOL_TYPES;
    }

  e->next_change = t;
  e->next_type = next;
}

static void
start_enrolment (School                *school,
                 SchakelDemoSchoolType  type,
                 guint                  school_index,
                 SchakelDay             start)
{
  SchakelDemoEnrolment e = { 0 };

  e.school = school_index;
  e.type = (guint8) type;
  e.start = start;
  e.end = SCHAKEL_DAY_NONE;
  e.hours = draw_hours (school, type);
  plan_change (school, &e);
  g_array_append_val (school->minor->enrolments, e);
  school->cur = (int) school->minor->enrolments->len - 1;
}

static void
end_enrolment (School     *school,
               SchakelDay  day)
{
  SchakelDemoEnrolment *e = enrolment (school, school->cur);

  g_assert (day >= e->start);
  e->end = day;
  if (e->type == DEMO_SCHOOL_PO_NIEUWKOMERS)
    school->nieuwkomers_days += day - e->start;
  school->cur = -1;
}

/* Follows the open enrolment's changes up to @limit. */
static void
run_changes (School     *school,
             SchakelDay  limit,
             guint       municipality)
{
  while (school->cur >= 0)
    {
      SchakelDemoEnrolment *e = enrolment (school, school->cur);
      SchakelDay t = e->next_change;
      SchakelDemoSchoolType next = e->next_type;

      if (t == SCHAKEL_DAY_NONE || t > limit)
        break;
      end_enrolment (school, t - 1);
      if (next == DEMO_N_SCHOOL_TYPES || (t >= school->minor->b18 && !is_mbo (next)))
        break;
      start_enrolment (school, next, pick_school (school, next, municipality), t);
    }
}

static void
add_wait (School                 *school,
          int                     school_index,
          SchakelDemoSchoolType   type,
          SchakelDay              registered,
          SchakelDay              end,
          SchakelDemoWaitOutcome  outcome)
{
  SchakelDemoWait w = { school_index, (guint8) type, registered, end, (guint8) outcome };

  g_array_append_val (school->minor->waits, w);
}

/* A new start in the placement [@s, @e]; @closed when the minor leaves
 * the placement on @e. */
static void
try_enrol (School                    *school,
           const SchakelDemoLocation *loc,
           SchakelDay                 s,
           SchakelDay                 e,
           gboolean                   closed,
           gboolean                   after_move)
{
  SchakelDemoMinor *minor = school->minor;
  SchakelDemoRng *rng = school->rng;
  const SchakelDemoProvince *province = &g_array_index (school->world->provinces,
                                                        SchakelDemoProvince, loc->province);
  SchakelDay e0 = MAX (s, school->eligible);
  SchakelDemoSchoolType type, asked;
  gboolean makeshift = is_makeshift (loc->type);
  gboolean waitlisted = FALSE;
  gboolean enrol = TRUE;
  double admin, wait = 0, short_stay;
  SchakelDay start;
  guint school_index;

  if (e0 > e || e0 >= minor->b18)
    return;
  /* Some never get a place before they move on. */
  if (_schakel_demo_rng_chance (rng, makeshift ? 0.10 : 0.04))
    return;

  type = asked = choose_type (school, age_on (school, e0), loc->type);
  admin = _schakel_demo_rng_lognormal (rng, after_move ? 16 : 28, 0.6) * (makeshift ? 1.3 : 1.0);
  /* From a short stay (noodopvang, COL, process reception) fewer are
   * put on a list. */
  if (makeshift)
    short_stay = 0.5;
  else if (loc->type == DEMO_LOC_POL || loc->type == DEMO_LOC_POL_AMV)
    short_stay = 0.6;
  else
    short_stay = 1.0;
  if (type == DEMO_SCHOOL_ISK)
    waitlisted = _schakel_demo_rng_chance (rng, MIN (0.95, 0.5 * province->waitlist) * short_stay);
  else if (type == DEMO_SCHOOL_PO_NIEUWKOMERS)
    waitlisted = _schakel_demo_rng_chance (rng, MIN (0.8, 0.25 * province->waitlist) * short_stay);
  if (waitlisted)
    wait = _schakel_demo_rng_lognormal (rng, 22 * pow (province->waitlist, 1.3), 0.9);
  start = _schakel_demo_school_day (e0 + (int) (admin + wait));
  school_index = pick_school (school, type, loc->municipality);
  /* Turned 12 while waiting for primary school: an ISK after all. */
  if ((type == DEMO_SCHOOL_PO_NIEUWKOMERS || type == DEMO_SCHOOL_PO_REGULIER) &&
      age_on (school, start) >= 12)
    type = DEMO_SCHOOL_ISK;

  if (waitlisted)
    {
      SchakelDay registered = e0 + (int) _schakel_demo_rng_lognormal (rng, 4, 0.7);
      SchakelDemoWaitOutcome outcome = DEMO_WAIT_GEPLAATST;
      SchakelDay end = start;
      double r = _schakel_demo_rng_uniform (rng);

      registered = MAX (e0, MIN (registered, start - 1));
      if (registered > e || registered >= minor->b18)
        return;

      if (r < 0.03)
        {
          outcome = DEMO_WAIT_INGETROKKEN;
          end = registered + _schakel_demo_rng_range (rng, 7, MAX (7, start - registered));
          enrol = FALSE;
        }
      else if (r < 0.15)
        {
          /* Placed elsewhere: a temporary facility or a regular school. */
          if (type == DEMO_SCHOOL_ISK)
            type = _schakel_demo_rng_chance (rng, 0.5) ? DEMO_SCHOOL_TIJDELIJK
                                                       : DEMO_SCHOOL_VO_REGULIER;
          else
            type = DEMO_SCHOOL_PO_REGULIER;
        }
      if (outcome == DEMO_WAIT_GEPLAATST && type != asked)
        outcome = DEMO_WAIT_ELDERS_GEPLAATST;

      if (closed && e < end)
        {
          outcome = DEMO_WAIT_VERHUISD;
          end = e;
          enrol = FALSE;
        }
      if (minor->b18 < end)
        {
          outcome = DEMO_WAIT_ACHTTIEN;
          end = minor->b18;
          enrol = FALSE;
        }
      if (end > school->world->until)
        {
          outcome = DEMO_WAIT_OPEN;
          end = SCHAKEL_DAY_NONE;
          enrol = FALSE;
        }
      add_wait (school, (int) school_index, asked, registered, end, outcome);
    }

  if (type != asked)
    school_index = pick_school (school, type, loc->municipality);
  if (enrol && start <= e && start < minor->b18)
    start_enrolment (school, type, school_index, start);
}

void
_schakel_demo_school_simulate (SchakelDemoMinor       *minor,
                               const SchakelDemoWorld *world,
                               SchakelDemoRng         *rng)
{
  School school = { minor, world, rng, 0, 0, -1, 0 };
  int prev_municipality = -1;

  school.eligible = _schakel_demo_school_age_start (minor->birth);
  school.aged_out = school_year_end (minor->b18);

  for (guint i = 0; i < minor->placements->len; i++)
    {
      const SchakelDemoPlacement *p = &g_array_index (minor->placements, SchakelDemoPlacement, i);
      const SchakelDemoLocation *loc = &g_array_index (world->locations, SchakelDemoLocation,
                                                       p->location);
      gboolean closed = p->end != SCHAKEL_DAY_NONE;
      SchakelDay e = closed ? p->end : world->until;
      gboolean no_school = loc->type == DEMO_LOC_AC || p->reason == DEMO_REASON_AGE_18;

      if (school.cur >= 0)
        {
          gboolean keep = !no_school && (int) loc->municipality == prev_municipality &&
                          _schakel_demo_rng_chance (rng, 0.85);

          if (!keep)
            end_enrolment (&school, p->start - 1);
        }
      prev_municipality = (int) loc->municipality;
      if (no_school)
        continue;

      if (school.cur < 0)
        try_enrol (&school, loc, p->start, e, closed, minor->enrolments->len > 0);
      run_changes (&school, e, loc->municipality);
    }

  if (school.cur >= 0)
    {
      const SchakelDemoPlacement *last = &g_array_index (minor->placements, SchakelDemoPlacement,
                                                         minor->placements->len - 1);

      /* Out of reception, out of the data. */
      if (last->end != SCHAKEL_DAY_NONE)
        end_enrolment (&school, last->end);
    }
}
