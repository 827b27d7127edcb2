/* schakel-codes.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-codes.h"

/* These lists match the CHECK constraints of the schema; test-codes checks
 * that every code is accepted there and that nothing else is. */

static const SchakelCode location_types[] = {
  { "AC", N_("Registration centre Ter Apel") },
  { "COL_AMV", N_("Central reception (amv)") },
  { "POL_AMV", N_("Process reception (amv)") },
  { "KWV_AZC", N_("COA small housing on an azc site") },
  { "KWV_EXTERN", N_("COA small housing elsewhere") },
  { "BESCHERMDE_OPVANG", N_("Protected reception") },
  { "NIDOS_OWG", N_("Nidos foster family") },
  { "NIDOS_KWE", N_("Nidos small housing unit (KWE)") },
  { "NIDOS_KWE_PLUS", N_("Nidos small housing unit plus (KWE+)") },
  { "NIDOS_KWG", N_("Nidos small housing group (KWG)") },
  { "NIDOS_VERLENGD", N_("Nidos extended reception (18–21)") },
  { "AZC", N_("Asylum seekers' centre (azc)") },
  { "POL", N_("Process reception") },
  { "GLO", N_("Family location") },
  { "NO", N_("Emergency reception") },
  { "CNO", N_("Crisis emergency reception") },
  { "TGO", N_("Temporary municipal reception") },
  { "OVERIG", N_("Other location") },
};

static const SchakelCode suitabilities[] = {
  { "regular", N_("Regular") },
  { "temporary", N_("Temporary") },
  { "unsuitable", N_("Unsuitable") },
};

static const SchakelCode move_reasons[] = {
  { "procedure", N_("Asylum procedure") },
  { "own_request", N_("Own request") },
  { "safety", N_("Safety") },
  { "closure", N_("Location closed") },
  { "capacity", N_("Capacity") },
  { "to_nidos", N_("Transfer to Nidos") },
  { "age_18", N_("Turned 18") },
  { "other", N_("Other reason") },
};

static const SchakelCode school_types[] = {
  { "PO_NIEUWKOMERS", N_("Primary newcomer group") },
  { "PO_REGULIER", N_("Regular primary school") },
  { "SO", N_("Special education (SO)") },
  { "SBO", N_("Special primary education (SBO)") },
  { "ISK", N_("International transition class (ISK)") },
  { "VO_REGULIER", N_("Regular secondary school") },
  { "VSO", N_("Special secondary education (VSO)") },
  { "TIJDELIJK", N_("Temporary newcomer facility") },
  { "MBO_ENTREE", N_("MBO entry level") },
  { "MBO", N_("MBO") },
  { "OVERIG", N_("Other education") },
};

static const SchakelCode waitlist_outcomes[] = {
  { "geplaatst", N_("Placed") },
  { "elders_geplaatst", N_("Placed elsewhere") },
  { "verhuisd", N_("Moved away") },
  { "achttien", N_("Turned 18") },
  { "ingetrokken", N_("Withdrawn") },
};

static const SchakelCode report_types[] = {
  { "16U_4WK", N_("16 hours in 4 weeks") },
  { "LRV", N_("Long-term absence") },
  { "LUXE", N_("Holiday without leave") },
  { "OVERIG", N_("Other absence") },
  { "ABSOLUUT", N_("Not enrolled anywhere") },
};

static const SchakelCode report_statuses[] = {
  { "geregistreerd", N_("Registered") },
  { "in_behandeling", N_("In progress") },
  { "afgesloten", N_("Closed") },
  { "ingetrokken", N_("Withdrawn") },
  { "ter_kennisgeving", N_("For information") },
};

static const SchakelCode procedure_events[] = {
  { "aanvraag", N_("Asylum application") },
  { "vergunning", N_("Residence permit") },
  { "afwijzing", N_("Application rejected") },
  { "vertrokken_onbekend", N_("Left, destination unknown") },
  { "vertrokken", N_("Left") },
  { "overdracht_gemeente", N_("Handed over to municipality") },
};

static const SchakelCode genders[] = {
  { "m", N_("Male") },
  { "v", N_("Female") },
  { "x", N_("Other") },
  { "onbekend", N_("Unknown") },
};

static const SchakelCode responsibles[] = {
  { "school", N_("School") },
  { "gemeente", N_("Municipality") },
  { "coordinator", N_("Regional coordinator") },
  { "coa", N_("COA") },
  { "nidos", N_("Nidos") },
  { "none", N_("Nobody") },
};

static const SchakelCode escalation_outcomes[] = {
  { "uitgevoerd", N_("Done") },
  { "verzuim_gestopt", N_("Absence stopped") },
  { "geen_reactie", N_("No response") },
  { "doorverwezen", N_("Referred on") },
  { "anders", N_("Other outcome") },
};

/* Why a step recorded in Schakel passes over an earlier step. */
static const SchakelCode skip_reasons[] = {
  { "niet_van_toepassing", N_("Step does not apply") },
  { "spoed", N_("Urgent: step skipped") },
  { "elders_gedaan", N_("Done by another partner") },
  { "anders", N_("Other reason") },
};

/* How a case closed in Schakel ended. */
static const SchakelCode case_outcomes[] = {
  { "terug_op_school", N_("Back at school") },
  { "verzuim_gestopt", N_("Absence stopped") },
  { "verhuisd", N_("Moved away") },
  { "elders_ingeschreven", N_("Enrolled elsewhere") },
  { "achttien", N_("Turned 18") },
  { "naar_justitie", N_("Escalated to justice") },
  { "ingetrokken", N_("Report withdrawn") },
  { "anders", N_("Other outcome") },
};

static const SchakelCode adult_plans[] = {
  { "verlengde_opvang", N_("Extended reception (18–21)") },
  { "gemeente_huisvesting", N_("Housing by the municipality") },
  { "volwassenenopvang", N_("Adult reception") },
  { "onbekend", N_("Not known yet") },
};

/* How education continues after the 18th birthday. */
static const SchakelCode adult_educations[] = {
  { "zelfde_school", N_("Same school") },
  { "andere_school", N_("Another school") },
  { "mbo", N_("MBO") },
  { "volwassenenonderwijs", N_("Adult education") },
  { "geen", N_("No education") },
  { "onbekend", N_("Not known yet") },
};

static const struct {
  const SchakelCode *codes;
  guint              n_codes;
} lists[SCHAKEL_N_CODE_LISTS] = {
  [SCHAKEL_CODE_LIST_LOCATION_TYPE] = { location_types, G_N_ELEMENTS (location_types) },
  [SCHAKEL_CODE_LIST_SUITABILITY] = { suitabilities, G_N_ELEMENTS (suitabilities) },
  [SCHAKEL_CODE_LIST_MOVE_REASON] = { move_reasons, G_N_ELEMENTS (move_reasons) },
  [SCHAKEL_CODE_LIST_SCHOOL_TYPE] = { school_types, G_N_ELEMENTS (school_types) },
  [SCHAKEL_CODE_LIST_WAITLIST_OUTCOME] = { waitlist_outcomes, G_N_ELEMENTS (waitlist_outcomes) },
  [SCHAKEL_CODE_LIST_REPORT_TYPE] = { report_types, G_N_ELEMENTS (report_types) },
  [SCHAKEL_CODE_LIST_REPORT_STATUS] = { report_statuses, G_N_ELEMENTS (report_statuses) },
  [SCHAKEL_CODE_LIST_PROCEDURE_EVENT] = { procedure_events, G_N_ELEMENTS (procedure_events) },
  [SCHAKEL_CODE_LIST_GENDER] = { genders, G_N_ELEMENTS (genders) },
  [SCHAKEL_CODE_LIST_RESPONSIBLE] = { responsibles, G_N_ELEMENTS (responsibles) },
  [SCHAKEL_CODE_LIST_ESCALATION_OUTCOME] = { escalation_outcomes, G_N_ELEMENTS (escalation_outcomes) },
  [SCHAKEL_CODE_LIST_SKIP_REASON] = { skip_reasons, G_N_ELEMENTS (skip_reasons) },
  [SCHAKEL_CODE_LIST_CASE_OUTCOME] = { case_outcomes, G_N_ELEMENTS (case_outcomes) },
  [SCHAKEL_CODE_LIST_ADULT_PLAN] = { adult_plans, G_N_ELEMENTS (adult_plans) },
  [SCHAKEL_CODE_LIST_ADULT_EDUCATION] = { adult_educations, G_N_ELEMENTS (adult_educations) },
};

/**
 * schakel_code_list_get:
 * @list: which list
 * @n_codes: (out): the number of codes
 *
 * Returns: (transfer none) (array length=n_codes): the codes, in display order
 */
const SchakelCode *
schakel_code_list_get (SchakelCodeList  list,
                       guint           *n_codes)
{
  g_return_val_if_fail (list < SCHAKEL_N_CODE_LISTS, NULL);

  *n_codes = lists[list].n_codes;
  return lists[list].codes;
}

static const SchakelCode *
find_code (SchakelCodeList  list,
           const char      *code)
{
  if (code == NULL || list >= SCHAKEL_N_CODE_LISTS)
    return NULL;

  for (guint i = 0; i < lists[list].n_codes; i++)
    if (g_str_equal (lists[list].codes[i].code, code))
      return &lists[list].codes[i];

  return NULL;
}

/**
 * schakel_code_is_valid:
 * @list: which list
 * @code: (nullable): a code
 *
 * Returns: %TRUE when @code belongs to @list (case-sensitive)
 */
gboolean
schakel_code_is_valid (SchakelCodeList  list,
                       const char      *code)
{
  return find_code (list, code) != NULL;
}

/**
 * schakel_code_label:
 * @list: which list
 * @code: (nullable): a code
 *
 * Returns: (transfer none): the translated label of @code, or @code
 *   itself when it is unknown, or an empty string for %NULL
 */
const char *
schakel_code_label (SchakelCodeList  list,
                    const char      *code)
{
  const SchakelCode *found = find_code (list, code);

  if (found != NULL)
    return g_dgettext (GETTEXT_PACKAGE, found->label);

  return code != NULL ? code : "";
}
