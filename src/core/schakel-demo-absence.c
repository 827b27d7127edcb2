/* schakel-demo-absence.c — absence reports and their escalation steps.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reports come at a rate per enrolled year (higher for unaccompanied and
 * older pupils); a school-age minor left without school for two months
 * or more may get an ABSOLUUT report. Each report climbs the reference
 * ladder 'landelijk' step by step, each step about its deadline in
 * working days after the previous one (sometimes late, and now and then
 * stuck), until the absence stops, the pupil leaves the school, or until
 * is reached with the report still open.
 */

#include "config.h"

#include "schakel-demo-private.h"

typedef struct
{
  SchakelDemoMinor       *minor;
  const SchakelDemoWorld *world;
  SchakelDemoRng         *rng;
} Absence;

/* Chance that the absence stops after this step. */
static const double resolve_chance[DEMO_N_STEPS] = {
  [DEMO_STEP_UITNODIGING_LPA] = 0.20,
  [DEMO_STEP_GESPREK_LPA] = 0.45,
  [DEMO_STEP_CASUSOVERLEG] = 0.40,
  [DEMO_STEP_WAARSCHUWING] = 0.55,
  [DEMO_STEP_ESCALATIE_REGIO] = 1.0,
};

static SchakelDemoStepRow *
add_step (Absence                *a,
          SchakelDemoReport      *report,
          SchakelDemoStep         step,
          SchakelDay              date,
          SchakelDemoStepOutcome  outcome)
{
  SchakelDemoStepRow row = { (guint8) step, (guint8) outcome, date };

  g_array_append_val (a->minor->steps, row);
  report->n_steps++;
  return &g_array_index (a->minor->steps, SchakelDemoStepRow, a->minor->steps->len - 1);
}

static void
close_report (Absence                 *a,
              SchakelDemoReport       *report,
              SchakelDay               day,
              SchakelDemoReportStatus  status,
              SchakelDemoStepOutcome   outcome)
{
  add_step (a, report, DEMO_STEP_GESLOTEN, day, outcome);
  report->status = (guint8) status;
  report->end = day;
}

/* Leaves the report open on until: the last step is still under way. */
static void
leave_open (Absence           *a,
            SchakelDemoReport *report,
            SchakelDemoStep    last)
{
  GArray *steps = a->minor->steps;

  if (report->n_steps > 0)
    g_array_index (steps, SchakelDemoStepRow, steps->len - 1).outcome = DEMO_OUTCOME_NONE;
  report->status = last <= DEMO_STEP_MELDING_DUO ? DEMO_STATUS_GEREGISTREERD
                                                 : DEMO_STATUS_IN_BEHANDELING;
  report->end = SCHAKEL_DAY_NONE;
}

static void
climb_ladder (Absence           *a,
              SchakelDemoReport *report,
              SchakelDemoStep    from,
              SchakelDay         prev,
              SchakelDay         bound)
{
  SchakelDemoRng *rng = a->rng;
  SchakelDay until = a->world->until;
  SchakelDemoStep last = from == DEMO_STEP_UITNODIGING_LPA && report->n_steps == 0
                         ? DEMO_STEP_SCHOOLGESPREK : DEMO_STEP_MELDING_DUO;
  int stuck_at = _schakel_demo_rng_chance (rng, 0.2)
                 ? _schakel_demo_rng_range (rng, from, DEMO_STEP_WAARSCHUWING) : -1;
  /* Some stuck reports never move again until the pupil leaves. */
  gboolean stalled = stuck_at >= 0 && _schakel_demo_rng_chance (rng, 0.3);

  for (int k = from; k <= DEMO_STEP_ESCALATIE_REGIO; k++)
    {
      double f = _schakel_demo_rng_lognormal (rng, 0.9, 0.45);
      int deadline = _schakel_demo_step_deadlines[k];
      SchakelDay date;
      SchakelDemoStepRow *row;
      SchakelDemoStepOutcome outcome = DEMO_OUTCOME_UITGEVOERD;

      f = MAX (f, 0.2);
      if (k == stuck_at)
        f *= _schakel_demo_rng_range (rng, 3, 10);
      if (k == stuck_at && stalled)
        date = G_MAXINT32;
      else
        date = schakel_day_add_working_days (prev, MAX (1, (int) (deadline * f + 0.5)), NULL);

      /* The pupil left the school: the report is closed there. */
      if (bound != SCHAKEL_DAY_NONE && date > bound + 20)
        {
          SchakelDay closed = schakel_day_add_working_days (MAX (prev, bound),
                                                            _schakel_demo_rng_range (rng, 1, 10), NULL);

          if (closed <= until)
            close_report (a, report, closed, DEMO_STATUS_AFGESLOTEN, DEMO_OUTCOME_ANDERS);
          else
            leave_open (a, report, last);
          return;
        }
      if (date > until)
        {
          leave_open (a, report, last);
          return;
        }

      if ((k == DEMO_STEP_UITNODIGING_LPA || k == DEMO_STEP_GESPREK_LPA) &&
          _schakel_demo_rng_chance (rng, 0.15))
        outcome = DEMO_OUTCOME_GEEN_REACTIE;
      row = add_step (a, report, (SchakelDemoStep) k, date, outcome);
      last = (SchakelDemoStep) k;
      if (k == DEMO_STEP_WAARSCHUWING)
        report->justice = _schakel_demo_rng_chance (rng, 0.2);

      if (_schakel_demo_rng_chance (rng, resolve_chance[k]))
        {
          SchakelDay closed = schakel_day_add_working_days (date,
                                                            _schakel_demo_rng_range (rng, 1, 10), NULL);

          if (k == DEMO_STEP_ESCALATIE_REGIO ||
              (k == DEMO_STEP_CASUSOVERLEG && _schakel_demo_rng_chance (rng, 0.2)))
            row->outcome = DEMO_OUTCOME_DOORVERWEZEN;
          else
            row->outcome = DEMO_OUTCOME_VERZUIM_GESTOPT;

          if (closed <= until)
            close_report (a, report, closed, DEMO_STATUS_AFGESLOTEN, DEMO_OUTCOME_UITGEVOERD);
          else
            {
              report->status = DEMO_STATUS_IN_BEHANDELING;
              report->end = SCHAKEL_DAY_NONE;
            }
          return;
        }
      prev = date;
    }
  leave_open (a, report, last);
}

/* @bound: the last day at the school (or in the placement), or NONE. */
static void
make_report (Absence               *a,
             SchakelDemoReportType  type,
             SchakelDay             start,
             int                    school,
             SchakelDay             bound)
{
  SchakelDemoRng *rng = a->rng;
  SchakelDay until = a->world->until;
  SchakelDemoReport report = { 0 };
  SchakelDemoReport *r;
  SchakelDay base, talk;
  int delay;

  report.school = school;
  report.type = (guint8) type;
  report.start = start;
  report.first_step = a->minor->steps->len;
  switch (type)
    {
    case DEMO_REPORT_16U_4WK:
      report.threshold = start + _schakel_demo_rng_range (rng, 5, 20);
      break;
    case DEMO_REPORT_LRV:
      report.threshold = start + 28 + _schakel_demo_rng_range (rng, 0, 14);
      break;
    case DEMO_REPORT_LUXE:
      report.threshold = start + _schakel_demo_rng_range (rng, 0, 3);
      break;
    case DEMO_REPORT_OVERIG:
      report.threshold = start + _schakel_demo_rng_range (rng, 0, 10);
      break;
    case DEMO_REPORT_ABSOLUUT:
    case DEMO_N_REPORT_TYPES:
    default:
      report.threshold = SCHAKEL_DAY_NONE;
      break;
    }

  /* Within five working days mostly; late now and then. */
  base = report.threshold != SCHAKEL_DAY_NONE ? report.threshold : start;
  delay = _schakel_demo_rng_chance (rng, 0.7) ? _schakel_demo_rng_range (rng, 0, 5)
                                               : _schakel_demo_rng_range (rng, 6, 25);
  report.reported = schakel_day_add_working_days (base, delay, NULL);
  if (report.reported > until || (bound != SCHAKEL_DAY_NONE && report.reported > bound + 10))
    return;

  g_array_append_val (a->minor->reports, report);
  r = &g_array_index (a->minor->reports, SchakelDemoReport, a->minor->reports->len - 1);

  if (type == DEMO_REPORT_ABSOLUUT)
    {
      /* No school to talk to: the leerplicht officer starts. */
      climb_ladder (a, r, DEMO_STEP_UITNODIGING_LPA, r->reported, bound);
      return;
    }

  talk = r->reported - _schakel_demo_rng_range (rng, 1, 7);
  add_step (a, r, DEMO_STEP_SCHOOLGESPREK, MAX (start, talk), DEMO_OUTCOME_UITGEVOERD);
  add_step (a, r, DEMO_STEP_MELDING_DUO, r->reported, DEMO_OUTCOME_UITGEVOERD);

  if ((type == DEMO_REPORT_LUXE || type == DEMO_REPORT_OVERIG) &&
      _schakel_demo_rng_chance (rng, 0.55))
    {
      r->status = DEMO_STATUS_TER_KENNISGEVING;
      r->end = r->reported;
      return;
    }
  if (_schakel_demo_rng_chance (rng, 0.04))
    {
      SchakelDay withdrawn = schakel_day_add_working_days (r->reported,
                                                           _schakel_demo_rng_range (rng, 1, 10), NULL);

      if (withdrawn <= until)
        close_report (a, r, withdrawn, DEMO_STATUS_INGETROKKEN, DEMO_OUTCOME_ANDERS);
      else
        leave_open (a, r, DEMO_STEP_MELDING_DUO);
      return;
    }
  climb_ladder (a, r, DEMO_STEP_UITNODIGING_LPA, r->reported, bound);
}

static gboolean
enrolled_between (const SchakelDemoMinor *minor,
                  SchakelDay              from,
                  SchakelDay              to)
{
  for (guint i = 0; i < minor->enrolments->len; i++)
    {
      const SchakelDemoEnrolment *e = &g_array_index (minor->enrolments, SchakelDemoEnrolment, i);

      if (e->start <= to && (e->end == SCHAKEL_DAY_NONE || e->end >= from))
        return TRUE;
    }
  return FALSE;
}

void
_schakel_demo_absence_simulate (SchakelDemoMinor       *minor,
                                const SchakelDemoWorld *world,
                                SchakelDemoRng         *rng)
{
  static const SchakelDemoReportType types[] = {
    DEMO_REPORT_16U_4WK, DEMO_REPORT_LRV, DEMO_REPORT_LUXE, DEMO_REPORT_OVERIG
  };
  static const double weights[] = { 74, 14, 4, 8 };
  Absence a = { minor, world, rng };
  SchakelDay eligible = _schakel_demo_school_age_start (minor->birth);
  guint n_enrolments = minor->enrolments->len;

  for (guint i = 0; i < n_enrolments; i++)
    {
      const SchakelDemoEnrolment *e = &g_array_index (minor->enrolments, SchakelDemoEnrolment, i);
      SchakelDay end = e->end != SCHAKEL_DAY_NONE ? e->end : world->until;
      int days = end - e->start;
      int age = schakel_day_age_years (minor->birth, e->start);
      double rate = minor->amv ? 0.30 : 0.12;
      SchakelDay starts[3];
      guint n;

      if (days < 30)
        continue;
      if (e->type == DEMO_SCHOOL_TIJDELIJK)
        rate *= 0.4;
      rate *= age >= 16 ? 1.4 : age <= 11 ? 0.5 : 1.0;

      n = _schakel_demo_rng_poisson (rng, rate * days / 365.25);
      n = MIN (n, 3);
      for (guint k = 0; k < n; k++)
        {
          SchakelDay s = e->start + 14 +
                         (SchakelDay) _schakel_demo_rng_below (rng, (guint) (days - 14 + 1));
          guint j = k;

          /* Kept in date order. */
          while (j > 0 && starts[j - 1] > s)
            {
              starts[j] = starts[j - 1];
              j--;
            }
          starts[j] = s;
        }
      for (guint k = 0; k < n; k++)
        {
          guint t = _schakel_demo_rng_pick (rng, weights, G_N_ELEMENTS (weights));


          make_report (&a, types[t], starts[k], (int) e->school, e->end);
        }
    }

  /* School age, in a place for months, and no school at all. */
  for (guint i = 0; i < minor->placements->len; i++)
    {
      const SchakelDemoPlacement *p = &g_array_index (minor->placements, SchakelDemoPlacement, i);
      const SchakelDemoLocation *loc = &g_array_index (world->locations, SchakelDemoLocation,
                                                       p->location);
      SchakelDay end = p->end != SCHAKEL_DAY_NONE ? p->end : world->until;
      SchakelDay e0 = MAX (p->start, eligible);

      if (loc->type == DEMO_LOC_AC || p->reason == DEMO_REASON_AGE_18 ||
          e0 >= minor->b18 || end - e0 < 75 || enrolled_between (minor, e0, e0 + 60))
        continue;
      if (_schakel_demo_rng_chance (rng, 0.04))
        make_report (&a, DEMO_REPORT_ABSOLUUT, e0 + _schakel_demo_rng_range (rng, 45, 75), -1,
                     p->end);
    }
}
