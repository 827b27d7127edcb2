/* schakel-demo-stay.c — where a synthetic minor stays: placements and moves.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The minor walks through the stages of reception (DOMAIN.md §3):
 * unaccompanied minors AC → COL_AMV → POL_AMV → KWV or Nidos, the
 * youngest straight to a Nidos foster family; accompanied children
 * AC → POL → AZC, after a refusal to a family location. Besides these
 * planned steps, competing events can come first: the location closes
 * (everyone there moves that day), an unplanned move (capacity, own
 * request, safety, other; a rate per location type times the minor's
 * mobility), the 18th birthday, or leaving reception. When a COA place
 * is full the minor goes to noodopvang (NO, TGO, some CNO) instead, for
 * a few months, more often towards the end of the period.
 *
 * A placement ends the day before the next one starts, so on any day at
 * most one placement is active; the last one ends on the day the minor
 * leaves.
 */

#include "config.h"

#include "schakel-demo-private.h"

typedef enum
{
  STAGE_AC,
  STAGE_COL,
  STAGE_POL_AMV,
  STAGE_KWV,
  STAGE_NIDOS,
  STAGE_PROTECTED,
  STAGE_VERLENGD,
  STAGE_POL,
  STAGE_AZC,
  STAGE_GLO,
} Stage;

typedef enum
{
  EV_NONE,
  EV_LEAVE,
  EV_CLOSE,
  EV_18,
  EV_STAGE,
  EV_EMERGENCY_END,
  EV_RANDOM,
} Event;

typedef struct
{
  SchakelDemoMinor       *minor;
  const SchakelDemoWorld *world;
  SchakelDemoRng         *rng;
  SchakelDay              t;             /* start of the current placement */
  SchakelDay              now;           /* the last event considered */
  int                     loc;
  Stage                   stage;
  gboolean                stage_planned;
  SchakelDay              stage_next;    /* the stage's next planned step */
  SchakelDay              emergency_end; /* planned end of a noodopvang stay */
  gboolean                done;
} Stay;

/* Unplanned moves per year by location type, before the minor's mobility. */
static const double random_rate[DEMO_N_LOC_TYPES] = {
  [DEMO_LOC_AC] = 0.0,
  [DEMO_LOC_COL_AMV] = 0.4,
  [DEMO_LOC_POL_AMV] = 0.6,
  [DEMO_LOC_KWV_AZC] = 0.7,
  [DEMO_LOC_KWV_EXTERN] = 0.7,
  [DEMO_LOC_BESCHERMDE_OPVANG] = 0.3,
  [DEMO_LOC_NIDOS_OWG] = 0.35,
  [DEMO_LOC_NIDOS_KWE] = 0.35,
  [DEMO_LOC_NIDOS_KWE_PLUS] = 0.35,
  [DEMO_LOC_NIDOS_KWG] = 0.35,
  [DEMO_LOC_NIDOS_VERLENGD] = 0.2,
  [DEMO_LOC_AZC] = 0.8,
  [DEMO_LOC_POL] = 0.5,
  [DEMO_LOC_GLO] = 0.4,
  [DEMO_LOC_NO] = 1.5,
  [DEMO_LOC_CNO] = 4.0,
  [DEMO_LOC_TGO] = 1.2,
};

static inline gboolean
is_emergency (SchakelDemoLocType type)
{
  return type == DEMO_LOC_NO || type == DEMO_LOC_CNO || type == DEMO_LOC_TGO;
}

static inline gboolean
is_coa_regular (SchakelDemoLocType type)
{
  return type == DEMO_LOC_COL_AMV || type == DEMO_LOC_POL_AMV || type == DEMO_LOC_KWV_AZC ||
         type == DEMO_LOC_KWV_EXTERN || type == DEMO_LOC_AZC || type == DEMO_LOC_POL;
}

static inline const SchakelDemoLocation *
current (const Stay *stay)
{
  return &g_array_index (stay->world->locations, SchakelDemoLocation, stay->loc);
}

static inline SchakelDemoPlacement *
last_placement (Stay *stay)
{
  GArray *placements = stay->minor->placements;

  return &g_array_index (placements, SchakelDemoPlacement, placements->len - 1);
}

static inline gboolean
permit_by (const SchakelDemoMinor *minor,
           SchakelDay              day)
{
  return minor->permit && minor->decision <= day;
}

static SchakelDemoLocType
nidos_type_for (Stay       *stay,
                SchakelDay  day)
{
  static const double weights[] = { 50, 20, 30 };
  static const SchakelDemoLocType types[] = {
    DEMO_LOC_NIDOS_KWE, DEMO_LOC_NIDOS_KWE_PLUS, DEMO_LOC_NIDOS_KWG
  };

  if (schakel_day_age_years (stay->minor->birth, day) <= 14)
    return DEMO_LOC_NIDOS_OWG;
  return types[_schakel_demo_rng_pick (stay->rng, weights, G_N_ELEMENTS (weights))];
}

static SchakelDemoLocType
emergency_type (Stay *stay)
{
  static const SchakelDemoLocType types[] = { DEMO_LOC_NO, DEMO_LOC_CNO, DEMO_LOC_TGO };
  static const double amv_weights[] = { 82, 11, 7 };
  static const double family_weights[] = { 40, 30, 30 };

  return types[_schakel_demo_rng_pick (stay->rng,
                                       stay->minor->amv ? amv_weights : family_weights,
                                       G_N_ELEMENTS (types))];
}

/* The regular place the current stage belongs in. */
static SchakelDemoLocType
stage_type (Stay       *stay,
            SchakelDay  day)
{
  SchakelDemoLocType here = current (stay)->type;

  switch (stay->stage)
    {
    case STAGE_AC:
      return DEMO_LOC_AC;
    case STAGE_COL:
      return DEMO_LOC_COL_AMV;
    case STAGE_POL_AMV:
      return DEMO_LOC_POL_AMV;
    case STAGE_KWV:
      if (here == DEMO_LOC_KWV_AZC || here == DEMO_LOC_KWV_EXTERN)
        return here;
      return _schakel_demo_rng_chance (stay->rng, 0.4) ? DEMO_LOC_KWV_AZC : DEMO_LOC_KWV_EXTERN;
    case STAGE_NIDOS:
      if (here >= DEMO_LOC_NIDOS_OWG && here <= DEMO_LOC_NIDOS_KWG)
        return here;
      return nidos_type_for (stay, day);
    case STAGE_PROTECTED:
      return DEMO_LOC_BESCHERMDE_OPVANG;
    case STAGE_VERLENGD:
      return DEMO_LOC_NIDOS_VERLENGD;
    case STAGE_POL:
      return DEMO_LOC_POL;
    case STAGE_AZC:
      return DEMO_LOC_AZC;
    case STAGE_GLO:
      return DEMO_LOC_GLO;
    default:
      g_assert_not_reached ();
    }
}

/* The next planned step, fixed on arrival in the stage's regular place. */
static void
plan_stage (Stay *stay)
{
  SchakelDemoMinor *minor = stay->minor;
  SchakelDemoRng *rng = stay->rng;
  SchakelDay t = stay->t;

  stay->stage_planned = TRUE;
  stay->stage_next = SCHAKEL_DAY_NONE;

  switch (stay->stage)
    {
    case STAGE_AC:
      stay->stage_next = t + _schakel_demo_rng_days (rng, minor->amv ? 7 : 6, 0.6, 1);
      break;
    case STAGE_COL:
      stay->stage_next = t + _schakel_demo_rng_days (rng, 55, 0.5, 14);
      break;
    case STAGE_POL_AMV:
      stay->stage_next = t + _schakel_demo_rng_days (rng, 110, 0.5, 21);
      break;
    case STAGE_KWV:
      if (minor->permit)
        {
          SchakelDay planned = minor->decision + _schakel_demo_rng_days (rng, 50, 0.6, 7);

          stay->stage_next = MAX (t + 14, planned);
        }
      break;
    case STAGE_POL:
      stay->stage_next = t + _schakel_demo_rng_days (rng, 100, 0.5, 14);
      break;
    case STAGE_AZC:
      if (!minor->permit && _schakel_demo_rng_chance (rng, 0.55))
        {
          SchakelDay planned = minor->decision + _schakel_demo_rng_days (rng, 40, 0.6, 7);

          stay->stage_next = MAX (t + 14, planned);
        }
      break;
    case STAGE_NIDOS:
    case STAGE_PROTECTED:
    case STAGE_VERLENGD:
    case STAGE_GLO:
    default:
      break;
    }
}

static void
set_stage (Stay  *stay,
           Stage  stage)
{
  stay->stage = stage;
  stay->stage_planned = FALSE;
  stay->stage_next = SCHAKEL_DAY_NONE;
}

static void
push_placement (Stay              *stay,
                int                loc,
                SchakelDay         day,
                SchakelDemoReason  reason)
{
  SchakelDemoPlacement p = { (guint) loc, day, SCHAKEL_DAY_NONE, (guint8) reason };

  if (stay->minor->placements->len > 0)
    last_placement (stay)->end = day - 1;
  g_array_append_val (stay->minor->placements, p);
  stay->t = day;
  stay->now = day;
  stay->loc = loc;
}

/* Moves to a location of @type on @day; FALSE when none is open. */
static gboolean
move (Stay               *stay,
      SchakelDay          day,
      SchakelDemoLocType  type,
      SchakelDemoReason   reason,
      double              p_near)
{
  const SchakelDemoWorld *world = stay->world;
  int province = (int) current (stay)->province;
  int loc = _schakel_demo_world_pick_location (world, stay->rng, type, day, province, p_near,
                                               stay->loc);

  if (loc < 0 && is_emergency (type))
    return FALSE;
  if (loc < 0)
    loc = _schakel_demo_world_pick_location (world, stay->rng,
                                             stay->minor->amv ? DEMO_LOC_KWV_AZC : DEMO_LOC_AZC,
                                             day, province, p_near, stay->loc);
  if (loc < 0)
    loc = _schakel_demo_world_pick_location (world, stay->rng, DEMO_LOC_AZC, day, -1, 0, stay->loc);
  if (loc < 0)
    return FALSE;

  push_placement (stay, loc, day, reason);
  if (is_emergency (type))
    {
      double median = type == DEMO_LOC_CNO ? 60 : type == DEMO_LOC_TGO ? 150 : 110;

      stay->emergency_end = day + _schakel_demo_rng_days (stay->rng, median, 0.7, 7);
    }
  else
    {
      stay->emergency_end = SCHAKEL_DAY_NONE;
      if (!stay->stage_planned)
        plan_stage (stay);
    }
  return TRUE;
}

/* Chance that a move into a COA place ends in noodopvang instead,
 * rising over the period as reception ran short. */
static double
substitution_chance (Stay       *stay,
                     SchakelDay  day,
                     gboolean    from_ac)
{
  double x = _schakel_demo_world_progress (stay->world, day);

  return from_ac ? 0.30 + 0.35 * x : 0.12 + 0.22 * x;
}

static gboolean
move_regular (Stay               *stay,
              SchakelDay          day,
              SchakelDemoLocType  type,
              SchakelDemoReason   reason,
              double              p_near,
              gboolean            may_overflow)
{
  gboolean from_ac = current (stay)->type == DEMO_LOC_AC;

  if (may_overflow && is_coa_regular (type) &&
      _schakel_demo_rng_chance (stay->rng, substitution_chance (stay, day, from_ac)))
    {
      SchakelDemoReason why = reason == DEMO_REASON_CLOSURE ? reason : DEMO_REASON_CAPACITY;

      if (move (stay, day, emergency_type (stay), why, 0.5))
        return TRUE;
    }
  return move (stay, day, type, reason, p_near);
}

static void
leave (Stay       *stay,
       SchakelDay  day)
{
  last_placement (stay)->end = day;
  stay->done = TRUE;
}

static void
on_eighteen (Stay       *stay,
             SchakelDay  day)
{
  SchakelDemoMinor *minor = stay->minor;
  SchakelDemoRng *rng = stay->rng;

  if (permit_by (minor, day))
    {
      /* Verlengde opvang to at most 21, or a home of their own now. */
      if (_schakel_demo_rng_chance (rng, 0.7) &&
          move (stay, day, DEMO_LOC_NIDOS_VERLENGD, DEMO_REASON_AGE_18, 0.8))
        {
          SchakelDay b21 = schakel_day_add_years (minor->birth, 21);
          SchakelDay out = day + _schakel_demo_rng_days (rng, 330, 0.5, 30);

          out = MIN (out, b21);
          set_stage (stay, STAGE_VERLENGD);
          stay->stage_planned = TRUE;
          if (minor->leave == SCHAKEL_DAY_NONE || out < minor->leave)
            {
              minor->leave = out;
              minor->leave_kind = DEMO_EVENT_OVERDRACHT_GEMEENTE;
            }
        }
      else
        {
          minor->leave = day;
          minor->leave_kind = DEMO_EVENT_OVERDRACHT_GEMEENTE;
          leave (stay, day);
        }
      return;
    }

  /* No permit: adult reception, usually in another region; the data
   * follow them only until their move is registered. */
  if (move (stay, day, DEMO_LOC_AZC, DEMO_REASON_AGE_18, 0.3))
    {
      const SchakelDemoLocation *adult = current (stay);
      SchakelDay out = day + _schakel_demo_rng_range (rng, 0, 28);

      /* Out before the location closes, like everyone else there. */
      if (adult->close != SCHAKEL_DAY_NONE)
        out = MIN (out, adult->close - 1);
      if (minor->leave != SCHAKEL_DAY_NONE && minor->leave <= out)
        out = minor->leave;
      else
        minor->leave = SCHAKEL_DAY_NONE;
      if (out <= stay->world->until)
        last_placement (stay)->end = out;
    }
  stay->done = TRUE;
}

static void
on_stage (Stay       *stay,
          SchakelDay  day)
{
  SchakelDemoMinor *minor = stay->minor;
  SchakelDemoRng *rng = stay->rng;
  gboolean moved = TRUE;

  switch (stay->stage)
    {
    case STAGE_AC:
      if (minor->amv)
        {
          set_stage (stay, STAGE_COL);
          moved = move_regular (stay, day, DEMO_LOC_COL_AMV, DEMO_REASON_PROCEDURE, 0.0, TRUE);
        }
      else
        {
          set_stage (stay, STAGE_POL);
          moved = move_regular (stay, day, DEMO_LOC_POL, DEMO_REASON_PROCEDURE, 0.5, TRUE);
        }
      break;

    case STAGE_COL:
      if (schakel_day_age_years (minor->birth, day) <= 14 && _schakel_demo_rng_chance (rng, 0.75))
        {
          set_stage (stay, STAGE_NIDOS);
          moved = move (stay, day, DEMO_LOC_NIDOS_OWG, DEMO_REASON_TO_NIDOS, 0.5);
        }
      else
        {
          set_stage (stay, STAGE_POL_AMV);
          moved = move_regular (stay, day, DEMO_LOC_POL_AMV, DEMO_REASON_PROCEDURE, 0.5, TRUE);
        }
      break;

    case STAGE_POL_AMV:
      if (permit_by (minor, day))
        {
          set_stage (stay, STAGE_NIDOS);
          moved = move (stay, day, nidos_type_for (stay, day), DEMO_REASON_TO_NIDOS, 0.5);
        }
      else
        {
          set_stage (stay, STAGE_KWV);
          moved = move_regular (stay, day, stage_type (stay, day), DEMO_REASON_PROCEDURE,
                                0.7, TRUE);
        }
      break;

    case STAGE_KWV:
      /* With a permit most go on to Nidos; the others stay with COA. */
      stay->stage_next = SCHAKEL_DAY_NONE;
      if (_schakel_demo_rng_chance (rng, 0.65))
        {
          set_stage (stay, STAGE_NIDOS);
          moved = move (stay, day, nidos_type_for (stay, day), DEMO_REASON_TO_NIDOS, 0.6);
        }
      break;

    case STAGE_POL:
      set_stage (stay, STAGE_AZC);
      moved = move_regular (stay, day, DEMO_LOC_AZC, DEMO_REASON_PROCEDURE, 0.6, TRUE);
      break;

    case STAGE_AZC:
      set_stage (stay, STAGE_GLO);
      moved = move (stay, day, DEMO_LOC_GLO, DEMO_REASON_PROCEDURE, 0.3);
      break;

    case STAGE_NIDOS:
    case STAGE_PROTECTED:
    case STAGE_VERLENGD:
    case STAGE_GLO:
    default:
      stay->stage_next = SCHAKEL_DAY_NONE;
      break;
    }

  if (!moved)
    {
      /* Nowhere to go: stay put and plan nothing more. */
      stay->stage_planned = TRUE;
      stay->stage_next = SCHAKEL_DAY_NONE;
      stay->now = day;
    }
}

static void
on_close (Stay       *stay,
          SchakelDay  day)
{
  SchakelDemoLocType here = current (stay)->type;
  gboolean moved = FALSE;

  if (is_emergency (here) && _schakel_demo_rng_chance (stay->rng, 0.5))
    moved = move (stay, day, here, DEMO_REASON_CLOSURE, 0.6);
  if (!moved && !is_emergency (here))
    moved = move_regular (stay, day, here, DEMO_REASON_CLOSURE, 0.7, TRUE);
  if (!moved)
    moved = move (stay, day, stage_type (stay, day), DEMO_REASON_CLOSURE, 0.7);
  if (!moved)
    leave (stay, day - 1);
}

static void
on_emergency_end (Stay       *stay,
                  SchakelDay  day)
{
  gboolean moved = FALSE;

  /* Some go from one noodopvang to the next. */
  if (_schakel_demo_rng_chance (stay->rng, 0.25))
    moved = move (stay, day, emergency_type (stay), DEMO_REASON_CAPACITY, 0.5);
  if (!moved)
    moved = move (stay, day, stage_type (stay, day), DEMO_REASON_CAPACITY, 0.6);
  if (!moved)
    {
      stay->emergency_end = SCHAKEL_DAY_NONE;
      stay->now = day;
    }
}

static void
on_random (Stay       *stay,
           SchakelDay  day)
{
  static const SchakelDemoReason coa_reasons[] = {
    DEMO_REASON_CAPACITY, DEMO_REASON_OWN_REQUEST, DEMO_REASON_SAFETY, DEMO_REASON_OTHER
  };
  static const double coa_weights[] = { 45, 15, 10, 30 };
  static const SchakelDemoReason care_reasons[] = {
    DEMO_REASON_OWN_REQUEST, DEMO_REASON_SAFETY, DEMO_REASON_OTHER
  };
  static const double care_weights[] = { 40, 15, 45 };
  SchakelDemoLocType here = current (stay)->type;
  SchakelDemoRng *rng = stay->rng;
  SchakelDemoReason reason;
  gboolean moved;

  if (is_emergency (here))
    {
      moved = (_schakel_demo_rng_chance (rng, 0.5) &&
               move (stay, day, emergency_type (stay), DEMO_REASON_CAPACITY, 0.5)) ||
              move (stay, day, stage_type (stay, day), DEMO_REASON_CAPACITY, 0.6);
    }
  else if (!is_coa_regular (here))
    {
      reason = care_reasons[_schakel_demo_rng_pick (rng, care_weights,
                                                    G_N_ELEMENTS (care_weights))];
      moved = move (stay, day, here, reason, 0.8);
    }
  else
    {
      reason = coa_reasons[_schakel_demo_rng_pick (rng, coa_weights, G_N_ELEMENTS (coa_weights))];
      if (reason == DEMO_REASON_SAFETY && stay->minor->amv && _schakel_demo_rng_chance (rng, 0.2))
        {
          set_stage (stay, STAGE_PROTECTED);
          moved = move (stay, day, DEMO_LOC_BESCHERMDE_OPVANG, reason, 0.0);
        }
      else
        moved = move_regular (stay, day, here, reason, 0.7, reason == DEMO_REASON_CAPACITY);
    }

  if (!moved)
    stay->now = day;
}

static inline void
consider (SchakelDay *next,
          Event      *event,
          SchakelDay  day,
          Event       kind)
{
  if (day != SCHAKEL_DAY_NONE && (*next == SCHAKEL_DAY_NONE || day < *next))
    {
      *next = day;
      *event = kind;
    }
}

void
_schakel_demo_stay_simulate (SchakelDemoMinor       *minor,
                             const SchakelDemoWorld *world,
                             SchakelDemoRng         *rng)
{
  Stay stay = {
    minor, world, rng, 0, 0, -1, STAGE_AC, FALSE, SCHAKEL_DAY_NONE, SCHAKEL_DAY_NONE, FALSE
  };
  int ac;

  if (minor->amv)
    ac = (int) world->ac_ter_apel;
  else
    ac = _schakel_demo_world_pick_location (world, rng, DEMO_LOC_AC, minor->arrival, -1, 0, -1);
  g_assert (ac >= 0);
  push_placement (&stay, ac, minor->arrival, DEMO_REASON_NONE);
  plan_stage (&stay);

  while (!stay.done)
    {
      const SchakelDemoLocation *loc = current (&stay);
      SchakelDay next = SCHAKEL_DAY_NONE;
      Event event = EV_NONE;
      double rate = random_rate[loc->type] * minor->mobility;

      consider (&next, &event, minor->leave, EV_LEAVE);
      consider (&next, &event, loc->close, EV_CLOSE);
      if (minor->amv && stay.stage != STAGE_VERLENGD)
        consider (&next, &event, minor->b18, EV_18);
      if (stay.emergency_end != SCHAKEL_DAY_NONE)
        consider (&next, &event, stay.emergency_end, EV_EMERGENCY_END);
      else
        consider (&next, &event, stay.stage_next, EV_STAGE);
      if (rate > 0)
        {
          double wait = _schakel_demo_rng_exponential (rng, 365.25 / rate);

          consider (&next, &event, stay.now + 1 + (SchakelDay) MIN (wait, 100000.0), EV_RANDOM);
        }

      if (next == SCHAKEL_DAY_NONE || next > world->until)
        break;
      /* At least one night in every place. */
      if (event != EV_LEAVE && next <= stay.t)
        next = stay.t + 1;
      if (event != EV_LEAVE && next <= stay.now)
        next = stay.now + 1;
      if (next > world->until)
        break;

      switch (event)
        {
        case EV_LEAVE:
          /* Leaving on the day the location closes: gone the day before. */
          if (loc->close != SCHAKEL_DAY_NONE && next >= loc->close)
            next = minor->leave = MAX (stay.t, loc->close - 1);
          leave (&stay, next);
          break;
        case EV_CLOSE:
          on_close (&stay, next);
          break;
        case EV_18:
          on_eighteen (&stay, next);
          break;
        case EV_STAGE:
          on_stage (&stay, next);
          break;
        case EV_EMERGENCY_END:
          on_emergency_end (&stay, next);
          break;
        case EV_RANDOM:
          on_random (&stay, next);
          break;
        case EV_NONE:
        default:
          g_assert_not_reached ();
        }
    }
}
