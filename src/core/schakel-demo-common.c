/* schakel-demo-common.c — code tables, dates and the minor record shared
 * by the parts of the demo generator.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "schakel-demo-private.h"

const char * const _schakel_demo_loc_type_codes[DEMO_N_LOC_TYPES] = {
  "AC", "COL_AMV", "POL_AMV", "KWV_AZC", "KWV_EXTERN", "BESCHERMDE_OPVANG",
  "NIDOS_OWG", "NIDOS_KWE", "NIDOS_KWE_PLUS", "NIDOS_KWG", "NIDOS_VERLENGD",
  "AZC", "POL", "GLO", "NO", "CNO", "TGO",
};

const char * const _schakel_demo_reason_codes[DEMO_N_REASONS] = {
  NULL, "procedure", "own_request", "safety", "closure", "capacity", "to_nidos", "age_18", "other",
};

const char * const _schakel_demo_school_type_codes[DEMO_N_SCHOOL_TYPES] = {
  "PO_NIEUWKOMERS", "PO_REGULIER", "ISK", "VO_REGULIER", "TIJDELIJK", "MBO_ENTREE", "MBO",
};

const char * const _schakel_demo_wait_outcome_codes[DEMO_N_WAIT_OUTCOMES] = {
  NULL, "geplaatst", "elders_geplaatst", "verhuisd", "achttien", "ingetrokken",
};

const char * const _schakel_demo_event_codes[DEMO_N_EVENTS] = {
  "aanvraag", "vergunning", "afwijzing", "vertrokken_onbekend", "vertrokken", "overdracht_gemeente",
};

const char * const _schakel_demo_report_type_codes[DEMO_N_REPORT_TYPES] = {
  "16U_4WK", "LRV", "LUXE", "OVERIG", "ABSOLUUT",
};

const char * const _schakel_demo_status_codes[DEMO_N_STATUSES] = {
  "geregistreerd", "in_behandeling", "afgesloten", "ingetrokken", "ter_kennisgeving",
};

/* The codes and deadlines (working days after the previous step) of the
 * reference ladder 'landelijk' in schakel-reference.c. */
const char * const _schakel_demo_step_codes[DEMO_N_STEPS] = {
  "schoolgesprek", "melding_duo", "uitnodiging_lpa", "gesprek_lpa",
  "casusoverleg", "waarschuwing", "escalatie_regio", "gesloten",
};

const int _schakel_demo_step_deadlines[DEMO_N_STEPS] = { 5, 5, 10, 10, 15, 15, 10, 0 };

const char * const _schakel_demo_outcome_codes[DEMO_N_OUTCOMES] = {
  NULL, "uitgevoerd", "verzuim_gestopt", "geen_reactie", "doorverwezen", "anders",
};

const char * const _schakel_demo_plan_codes[DEMO_N_PLANS] = {
  "verlengde_opvang", "gemeente_huisvesting", "volwassenenopvang", "onbekend",
};

const char * const _schakel_demo_education_codes[DEMO_N_EDUCATIONS] = {
  "zelfde_school", "andere_school", "mbo", "volwassenenonderwijs", "geen", "onbekend",
};

void
_schakel_demo_minor_init (SchakelDemoMinor *minor)
{
  memset (minor, 0, sizeof *minor);
  minor->placements = g_array_new (FALSE, FALSE, sizeof (SchakelDemoPlacement));
  minor->events = g_array_new (FALSE, FALSE, sizeof (SchakelDemoEvent));
  minor->enrolments = g_array_new (FALSE, FALSE, sizeof (SchakelDemoEnrolment));
  minor->waits = g_array_new (FALSE, FALSE, sizeof (SchakelDemoWait));
  minor->reports = g_array_new (FALSE, FALSE, sizeof (SchakelDemoReport));
  minor->steps = g_array_new (FALSE, FALSE, sizeof (SchakelDemoStepRow));
}

/* Empties the record for the next minor, keeping the arrays' memory. */
void
_schakel_demo_minor_reset (SchakelDemoMinor *minor,
                           guint             index)
{
  g_array_set_size (minor->placements, 0);
  g_array_set_size (minor->events, 0);
  g_array_set_size (minor->enrolments, 0);
  g_array_set_size (minor->waits, 0);
  g_array_set_size (minor->reports, 0);
  g_array_set_size (minor->steps, 0);
  minor->index = index;
  minor->country = NULL;
  minor->application = SCHAKEL_DAY_NONE;
  minor->decision = SCHAKEL_DAY_NONE;
  minor->leave = SCHAKEL_DAY_NONE;
  minor->plan.recorded = SCHAKEL_DAY_NONE;
}

void
_schakel_demo_minor_clear (SchakelDemoMinor *minor)
{
  g_clear_pointer (&minor->placements, g_array_unref);
  g_clear_pointer (&minor->events, g_array_unref);
  g_clear_pointer (&minor->enrolments, g_array_unref);
  g_clear_pointer (&minor->waits, g_array_unref);
  g_clear_pointer (&minor->reports, g_array_unref);
  g_clear_pointer (&minor->steps, g_array_unref);
}

/* The first school day on or after @day: not in the weekend, the summer
 * holiday (18 July to 31 August, the three holiday regions together) or
 * the Christmas holiday (24 December to 5 January). */
SchakelDay
_schakel_demo_school_day (SchakelDay day)
{
  int y, m, d;

  schakel_day_to_ymd (day, &y, &m, &d);
  if ((m == 7 && d >= 18) || m == 8)
    day = schakel_day_from_ymd (y, 9, 1);
  else if (m == 12 && d >= 24)
    day = schakel_day_from_ymd (y + 1, 1, 6);
  else if (m == 1 && d <= 5)
    day = schakel_day_from_ymd (y, 1, 6);

  while (schakel_day_weekday (day) > 5)
    day++;
  return day;
}

/* The first day of compulsory schooling: the 1st of the month after the
 * 5th birthday (DOMAIN.md §5, LEERPLICHT). */
SchakelDay
_schakel_demo_school_age_start (SchakelDay birth)
{
  int y, m, d;

  schakel_day_to_ymd (schakel_day_add_months (schakel_day_add_years (birth, 5), 1), &y, &m, &d);
  return schakel_day_from_ymd (y, m, 1);
}
