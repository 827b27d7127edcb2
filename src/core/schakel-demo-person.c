/* schakel-demo-person.c — who a synthetic minor is, and the procedure.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Age, gender, origin, birth-date quality, the asylum application, the
 * IND decision and when the minor leaves reception. The shares are demo
 * choices in the range of public figures (see docs/demo-data.md), not
 * statistics.
 */

#include "config.h"

#include "schakel-demo-private.h"

/* Share of unaccompanied minors among the arrivals: they are the focus,
 * and accompanied school-age children are in scope too. */
#define AMV_SHARE 0.45

typedef struct
{
  const char *code;
  double      amv;          /* weight among unaccompanied minors */
  double      family;       /* weight among accompanied children */
  double      permit;       /* chance of a permit */
  double      leave_unknown; /* chance that an amv leaves for an unknown destination */
} Origin;

static const Origin origins[] = {
  { "SYR", 38, 30, 0.93, 0.03 },
  { "ERI", 16, 5, 0.90, 0.05 },
  { "AFG", 12, 8, 0.82, 0.06 },
  { "SOM", 8, 3, 0.62, 0.08 },
  { "YEM", 3, 9, 0.85, 0.04 },
  { "TUR", 3, 14, 0.72, 0.04 },
  { "MAR", 5, 1, 0.08, 0.40 },
  { "DZA", 3, 1, 0.08, 0.40 },
  { "SDN", 3, 1, 0.80, 0.06 },
  { "ETH", 2, 1, 0.55, 0.08 },
  { "IRQ", 2, 7, 0.40, 0.05 },
  { "IRN", 1, 5, 0.60, 0.04 },
  { "GIN", 2, 1, 0.35, 0.15 },
  { "COL", 0, 3, 0.10, 0.05 },
  { "GEO", 0, 2, 0.05, 0.05 },
  { "RUS", 0, 2, 0.50, 0.04 },
  { "LBY", 1, 2, 0.45, 0.10 },
  { "PSE", 1, 3, 0.80, 0.04 },
  { "NGA", 1, 1, 0.25, 0.15 },
};

/* Age at arrival: amv mostly 15–17; accompanied children spread out
 * (4-year-olds reach school age in reception). */
static const double amv_age_weights[] = {
  /* 10 */ 1, 1, 3, 5, 9, 20, 30, 31,
};
#define AMV_MIN_AGE 10

static const double family_age_weights[] = {
  /* 4 */ 6, 8, 8, 8, 8, 8, 8, 7, 7, 7, 7, 6, 6, 5,
};
#define FAMILY_MIN_AGE 4

static const char * const genders[] = { "m", "v", "x", "onbekend" };
static const double amv_gender_weights[] = { 84, 14, 0.5, 1.5 };
static const double family_gender_weights[] = { 51, 47.5, 0.3, 1.2 };

static SchakelDay
draw_birth (SchakelDemoRng *rng,
            SchakelDay      arrival,
            int             age)
{
  SchakelDay latest = schakel_day_add_years (arrival, -age);
  SchakelDay earliest = schakel_day_add_years (arrival, -(age + 1)) + 1;

  return earliest + (SchakelDay) _schakel_demo_rng_below (rng, (guint) (latest - earliest + 1));
}

void
_schakel_demo_person_draw (SchakelDemoMinor       *minor,
                           const SchakelDemoWorld *world,
                           SchakelDemoRng         *rng,
                           SchakelDay              arrival)
{
  double weights[G_N_ELEMENTS (origins)];
  const Origin *origin;
  int age, y, mo, d;
  SchakelDay birth;

  minor->amv = _schakel_demo_rng_chance (rng, AMV_SHARE);
  minor->arrival = arrival;

  if (minor->amv)
    age = AMV_MIN_AGE + (int) _schakel_demo_rng_pick (rng, amv_age_weights,
                                                      G_N_ELEMENTS (amv_age_weights));
  else
    age = FAMILY_MIN_AGE + (int) _schakel_demo_rng_pick (rng, family_age_weights,
                                                         G_N_ELEMENTS (family_age_weights));

  /* A minor on arrival: the 18th birthday lies at least two weeks ahead. */
  do
    birth = draw_birth (rng, arrival, age);
  while (schakel_day_add_years (birth, 18) <= arrival + 14);

  minor->estimated = _schakel_demo_rng_chance (rng, minor->amv ? 0.30 : 0.06);
  minor->month_precision = FALSE;
  schakel_day_to_ymd (birth, &y, &mo, &d);
  if (minor->estimated && _schakel_demo_rng_chance (rng, 0.35))
    {
      /* The classic estimate: 1 January of the assessed year. */
      SchakelDay jan1 = schakel_day_from_ymd (y, 1, 1);

      if (schakel_day_add_years (jan1, 18) > arrival + 14)
        birth = jan1;
    }
  else if (_schakel_demo_rng_chance (rng, 0.07))
    {
      /* Only the month is known: stored as the 1st, counted from the 1st. */
      SchakelDay first = schakel_day_from_ymd (y, mo, 1);

      if (schakel_day_add_years (first, 18) > arrival + 14)
        {
          birth = first;
          minor->month_precision = TRUE;
        }
    }
  minor->birth = birth;
  minor->b18 = schakel_day_add_years (birth, 18);

  minor->gender = genders[_schakel_demo_rng_pick (rng, minor->amv ? amv_gender_weights
                                                                  : family_gender_weights,
                                                  G_N_ELEMENTS (genders))];

  for (guint i = 0; i < G_N_ELEMENTS (origins); i++)
    weights[i] = minor->amv ? origins[i].amv : origins[i].family;
  origin = &origins[_schakel_demo_rng_pick (rng, weights, G_N_ELEMENTS (origins))];
  minor->country = _schakel_demo_rng_chance (rng, 0.01) ? NULL : origin->code;
  minor->permit_chance = origin->permit;
  minor->leave_unknown_chance = minor->amv ? origin->leave_unknown : 0.015;

  /* The application follows registration after days, sometimes weeks
   * when the registration centre is full; a few are not known. */
  if (!_schakel_demo_rng_chance (rng, 0.015))
    {
      SchakelDay application = arrival + _schakel_demo_rng_days (rng, 6, 0.9, 1);

      if (application <= world->until)
        minor->application = application;
    }

  /* The IND decides months later (backlogs: 6 to 21 months is common). */
  minor->decision = (minor->application != SCHAKEL_DAY_NONE ? minor->application : arrival + 7) +
                    _schakel_demo_rng_days (rng, 250, 0.55, 21);
  minor->permit = _schakel_demo_rng_chance (rng, minor->permit_chance);

  /* Most move now and then; one in ten is moved about far more often. */
  minor->mobility = _schakel_demo_rng_lognormal (rng, 0.85, 0.45) *
                    (_schakel_demo_rng_chance (rng, 0.10) ? 2.5 : 1.0);

  /* Leaving reception. Unaccompanied minors who vanish mostly do so in
   * the first weeks; families leave after the decision: with a permit to
   * a home in a municipality, without one back or out of sight. The
   * leaving of unaccompanied minors at 18 is lived in the stay. */
  minor->leave = SCHAKEL_DAY_NONE;
  if (_schakel_demo_rng_chance (rng, minor->leave_unknown_chance))
    {
      double mean = minor->amv ? 50 : 200;

      minor->leave = arrival + 1 + (int) _schakel_demo_rng_exponential (rng, mean);
      minor->leave_kind = DEMO_EVENT_VERTROKKEN_ONBEKEND;
    }
  if (!minor->amv)
    {
      SchakelDay leave = SCHAKEL_DAY_NONE;
      guint8 kind = DEMO_EVENT_VERTROKKEN;
      double r = _schakel_demo_rng_uniform (rng);

      if (minor->permit)
        {
          leave = minor->decision + _schakel_demo_rng_days (rng, 210, 0.6, 14);
          kind = DEMO_EVENT_OVERDRACHT_GEMEENTE;
        }
      else if (r < 0.60)
        leave = minor->decision + _schakel_demo_rng_days (rng, 200, 0.6, 14);
      else if (r < 0.72)
        {
          leave = minor->decision + _schakel_demo_rng_days (rng, 90, 0.8, 7);
          kind = DEMO_EVENT_VERTROKKEN_ONBEKEND;
        }
      /* else: an appeal; the family stays. */

      if (leave != SCHAKEL_DAY_NONE && (minor->leave == SCHAKEL_DAY_NONE || leave < minor->leave))
        {
          minor->leave = leave;
          minor->leave_kind = kind;
        }
    }
}

static void
add_event (SchakelDemoMinor     *minor,
           SchakelDay            day,
           SchakelDemoEventKind  kind)
{
  SchakelDemoEvent event = { day, (guint8) kind };

  g_array_append_val (minor->events, event);
}

/* The procedure events, once the stay is known: nothing after until,
 * and nothing after the minor went out of sight. */
void
_schakel_demo_person_events (SchakelDemoMinor       *minor,
                             const SchakelDemoWorld *world)
{
  const SchakelDemoPlacement *last;
  SchakelDay seen_until = world->until;

  g_assert (minor->placements->len > 0);

  last = &g_array_index (minor->placements, SchakelDemoPlacement, minor->placements->len - 1);
  if (last->end != SCHAKEL_DAY_NONE)
    seen_until = last->end;

  if (minor->application != SCHAKEL_DAY_NONE && minor->application <= seen_until)
    add_event (minor, minor->application, DEMO_EVENT_AANVRAAG);
  /* A missing application date is a gap in the export, not a missing
   * procedure: the decision still comes. */
  if (minor->decision <= seen_until)
    add_event (minor, minor->decision,
               minor->permit ? DEMO_EVENT_VERGUNNING : DEMO_EVENT_AFWIJZING);
  if (minor->leave != SCHAKEL_DAY_NONE && last->end == minor->leave)
    add_event (minor, minor->leave, minor->leave_kind);
}
