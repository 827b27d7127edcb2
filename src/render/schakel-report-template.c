/* schakel-report-template.c — choosing a report template and its peildatum.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-report-templates-private.h"

static const char * const template_names[SCHAKEL_REPORT_N_TEMPLATES] = { "regio", "landelijk", "dossier" };

static const char * const template_titles[SCHAKEL_REPORT_N_TEMPLATES] = {
  N_("Regional briefing"),
  N_("National overview"),
  N_("Dossier overview"),
};

static const char * const period_names[SCHAKEL_REPORT_N_PERIODS] = { "last-quarter", "last-month", "fixed" };

static const char * const period_labels[SCHAKEL_REPORT_N_PERIODS] = {
  N_("End of last quarter"),
  N_("End of last month"),
  N_("Fixed date"),
};

/* The index of @text in @names, or -1. */
static int
name_index (const char * const *names,
            guint               n_names,
            const char         *text)
{
  for (guint i = 0; i < n_names; i++)
    if (g_strcmp0 (text, names[i]) == 0)
      return (int) i;
  return -1;
}

const char *
schakel_report_template_to_string (SchakelReportTemplate template_)
{
  g_return_val_if_fail (template_ < SCHAKEL_REPORT_N_TEMPLATES, NULL);
  return template_names[template_];
}

gboolean
schakel_report_template_from_string (const char            *text,
                                     SchakelReportTemplate *template_)
{
  int index = name_index (template_names, SCHAKEL_REPORT_N_TEMPLATES, text);

  if (index < 0)
    return FALSE;
  *template_ = index;
  return TRUE;
}

/* The title, translated. */
const char *
schakel_report_template_get_title (SchakelReportTemplate template_)
{
  g_return_val_if_fail (template_ < SCHAKEL_REPORT_N_TEMPLATES, NULL);
  return _(template_titles[template_]);
}

/**
 * schakel_report_template_is_about_minor:
 * @template_: a template
 *
 * Returns: %TRUE for the dossier: about one minor rather than a scope,
 *   always confidential, its opening, printing and export audited
 */
gboolean
schakel_report_template_is_about_minor (SchakelReportTemplate template_)
{
  return template_ == SCHAKEL_REPORT_TEMPLATE_DOSSIER;
}

/**
 * schakel_report_template_check_scope:
 * @template_: a template
 * @scope: a scope
 * @error: return location for an error
 *
 * The regional briefing is about a province, a region or a municipality;
 * the national overview about the country.
 *
 * Returns: %TRUE when @template_ can be made for @scope
 */
gboolean
schakel_report_template_check_scope (SchakelReportTemplate   template_,
                                     const SchakelScope     *scope,
                                     GError                **error)
{
  gboolean national = schakel_scope_get_kind (scope) == SCHAKEL_SCOPE_NATIONAL;

  if (schakel_report_template_is_about_minor (template_))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A dossier is about one minor, not about a scope"));
      return FALSE;
    }
  if (template_ == SCHAKEL_REPORT_TEMPLATE_REGIO && national)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The regional briefing is about a province, a region or a municipality; "
                             "for the whole country use the national overview"));
      return FALSE;
    }
  if (template_ == SCHAKEL_REPORT_TEMPLATE_LANDELIJK && !national)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The national overview is about the whole country: use the scope nl"));
      return FALSE;
    }
  return TRUE;
}

/**
 * schakel_report_template_build:
 * @template_: which report
 * @db: the database
 * @scope: what the report is about (see schakel_report_template_check_scope());
 *   the dossier has none and is refused
 * @date: the peildatum
 * @mode: publication mode, or confidential
 * @cancellable: (nullable): to stop early
 * @error: return location for an error
 *
 * Computes the figures and lays the report out. Takes a while for a large
 * database: call it from a worker thread in the app. The report holds no
 * ids, birth dates or names, only figures about areas.
 *
 * Returns: (transfer full) (nullable): the paginated report
 */
SchakelReport *
schakel_report_template_build (SchakelReportTemplate   template_,
                               SchakelDatabase        *db,
                               const SchakelScope     *scope,
                               SchakelDay              date,
                               SchakelReportMode       mode,
                               GCancellable           *cancellable,
                               GError                **error)
{
  SchakelReportInput input;
  SchakelReport *report = NULL;

  g_return_val_if_fail (template_ < SCHAKEL_REPORT_N_TEMPLATES, NULL);

  if (!schakel_report_template_check_scope (template_, scope, error)
      || !schakel_scope_validate (scope, db, error))
    return NULL;

  schakel_report_input_init (&input, db, date, mode, cancellable);
  if (template_ == SCHAKEL_REPORT_TEMPLATE_REGIO)
    report = schakel_report_regio_build (&input, scope, error);
  else
    report = schakel_report_landelijk_build (&input, scope, error);
  schakel_report_input_clear (&input);
  return report;
}

const char *
schakel_report_period_to_string (SchakelReportPeriod period)
{
  g_return_val_if_fail (period < SCHAKEL_REPORT_N_PERIODS, NULL);
  return period_names[period];
}

gboolean
schakel_report_period_from_string (const char          *text,
                                   SchakelReportPeriod *period)
{
  int index = name_index (period_names, SCHAKEL_REPORT_N_PERIODS, text);

  if (index < 0)
    return FALSE;
  *period = index;
  return TRUE;
}

/* How the period is shown, translated. */
const char *
schakel_report_period_get_label (SchakelReportPeriod period)
{
  g_return_val_if_fail (period < SCHAKEL_REPORT_N_PERIODS, NULL);
  return _(period_labels[period]);
}

/**
 * schakel_report_period_resolve:
 * @period: a relative period
 * @fixed: the peildatum of %SCHAKEL_REPORT_PERIOD_FIXED
 * @today: the day the report is made
 *
 * Returns: the peildatum: the last day of the quarter or month before the
 *   one @today is in, or @fixed
 */
SchakelDay
schakel_report_period_resolve (SchakelReportPeriod period,
                               SchakelDay          fixed,
                               SchakelDay          today)
{
  int year, month, day;

  schakel_day_to_ymd (today, &year, &month, &day);
  switch (period)
    {
    case SCHAKEL_REPORT_PERIOD_LAST_QUARTER:
      /* The day before the first day of this quarter. */
      return schakel_day_from_ymd (year, 1 + 3 * ((month - 1) / 3), 1) - 1;
    case SCHAKEL_REPORT_PERIOD_LAST_MONTH:
      return schakel_day_from_ymd (year, month, 1) - 1;
    case SCHAKEL_REPORT_PERIOD_FIXED:
      return fixed;
    default:
      g_return_val_if_reached (fixed);
    }
}
