/* schakel-cli-report.c — `schakel-cli report`: a regional briefing or the
 * national overview as a PDF file.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "schakel-cli-private.h"
#include "schakel-render.h"

/* Switches the language of what follows, the report, to @lang: its
 * translation and, where the system has the locale, its dates and
 * numbers. */
static gboolean
switch_language (const char *lang)
{
  if (g_str_equal (lang, "nl"))
    {
      g_setenv ("LANGUAGE", "nl", TRUE);
      if (setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
        setlocale (LC_MESSAGES, "");
    }
  else if (g_str_equal (lang, "en"))
    {
      g_setenv ("LANGUAGE", "en", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
    }
  else
    return FALSE;
  /* setlocale() above also tells gettext to forget what it looked up. */
  return TRUE;
}

/* The output file and the language, checked alike for every template. */
static gboolean
check_output_and_lang (const char *output,
                       const char *lang)
{
  g_autofree char *message = NULL;

  if (output == NULL)
    message = g_strdup (_("-o FILE.pdf is required"));
  else if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    message = g_strdup (_("-o: a report is written as a PDF file; the name must end in .pdf"));
  else if (lang != NULL && !switch_language (lang))
    message = g_strdup_printf (_("--lang: “%s” is not nl or en"), lang);
  if (message != NULL)
    schakel_cli_fail_message (message);
  return message == NULL;
}

/* The Dossieroverzicht: one minor's timeline dossier, confidential on
 * every page and never in publication mode, written with its audit entry
 * (report.dossier) or not at all. */
static int
write_dossier (const char *db_path,
               const char *minor,
               const char *output)
{
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;

  if (!(db = schakel_cli_open_for_audit (db_path)))
    return 1;
  if (!(dossier = schakel_dossier_new_for_minor (db, minor, SCHAKEL_DAY_NONE, schakel_day_today (), NULL, &error)))
    return schakel_cli_fail (error);
  if (!schakel_cli_write_dossier (db, dossier, "report.dossier", output, &error))
    return schakel_cli_fail (error);
  return 0;
}

int
schakel_cli_report (int    argc,
                    char **argv)
{
  g_autofree char *db_path = NULL, *template_text = NULL, *scope_text = NULL, *date_text = NULL;
  g_autofree char *output = NULL, *lang = NULL, *minor = NULL;
  gboolean no_publication = FALSE;
  const GOptionEntry entries[] = {
    { "template", 0, 0, G_OPTION_ARG_STRING, &template_text,
      N_("regio (a regional briefing), landelijk (the national overview) or dossier (one minor, confidential)"),
      N_("TEMPLATE") },
    { "minor", 0, 0, G_OPTION_ARG_STRING, &minor, N_("With --template dossier: the minor's id (jongere_id)"),
      N_("ID") },
    { "scope", 0, 0, G_OPTION_ARG_STRING, &scope_text,
      N_("nl, provincie:PVnn, regio:INDELING:CODE or gemeente:GMnnnn"), N_("SCOPE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The peildatum"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The PDF file to write"), N_("FILE.pdf") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("The language of the report: nl or en"), N_("LANG") },
    { "no-publication", 0, 0, G_OPTION_ARG_NONE, &no_publication,
      N_("Show small numbers; every page then says the report is confidential"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelScope) scope = NULL;
  g_autoptr(SchakelReport) report = NULL;
  g_autoptr(GError) error = NULL;
  SchakelReportTemplate template_;
  SchakelDay date;
  int status;

  context = schakel_cli_context_new ("report", NULL,
                                     _("Writes a regional briefing, the national overview or one minor's dossier as a PDF "
                                       "file. A dossier is confidential and written to the audit log "
                                       "(report.dossier), so its database must be writable and not open in the app."),
                                     entries, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;

  if (template_text == NULL)
    return schakel_cli_fail_message (_("--template is required"));
  if (g_str_equal (template_text, "dossier"))
    {
      if (minor == NULL)
        return schakel_cli_fail_message (_("--minor is required with --template dossier"));
      if (scope_text != NULL || date_text != NULL || no_publication)
        return schakel_cli_fail_message (_("A dossier is about one minor and always confidential: "
                                           "leave out --scope, --date and --no-publication"));
      if (!check_output_and_lang (output, lang))
        return 1;
      status = write_dossier (db_path, minor, output);
      /* After write_dossier() dropped every Pango and Cairo object. */
      schakel_render_release_fonts ();
      return status;
    }
  if (minor != NULL)
    return schakel_cli_fail_message (_("--minor only goes with --template dossier"));
  if (!schakel_report_template_from_string (template_text, &template_))
    {
      g_autofree char *message = g_strdup_printf (_("--template: “%s” is not regio, landelijk or dossier"), template_text);
      return schakel_cli_fail_message (message);
    }
  if (scope_text == NULL)
    return schakel_cli_fail_message (_("--scope is required"));
  if (date_text == NULL)
    return schakel_cli_fail_message (_("--date is required"));
  if (!(scope = schakel_scope_parse (scope_text, &error)))
    return schakel_cli_fail (error);
  if (!schakel_report_template_check_scope (template_, scope, &error))
    return schakel_cli_fail (error);
  if (!schakel_day_parse_iso (date_text, &date))
    {
      g_autofree char *message = g_strdup_printf (_("--date: “%s” is not a date of the form YYYY-MM-DD"),
                                                  date_text);
      return schakel_cli_fail_message (message);
    }
  if (!check_output_and_lang (output, lang))
    return 1;

  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_ONLY)))
    return 1;
  if (!(report = schakel_report_template_build (template_, db, scope, date,
                                                no_publication ? SCHAKEL_REPORT_MODE_CONFIDENTIAL
                                                               : SCHAKEL_REPORT_MODE_PUBLICATION,
                                                NULL, &error)))
    return schakel_cli_fail (error);
  if (!schakel_report_write_pdf (report, output, &error))
    return schakel_cli_fail (error);
  return 0;
}
