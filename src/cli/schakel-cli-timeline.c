/* schakel-cli-timeline.c — `schakel-cli timeline`: one minor's dossier as
 * a PDF, PNG or SVG file, recorded in the audit log.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <schakel-render.h>

#include "schakel-cli-private.h"

static gboolean
parse_day_option (const char *name,
                  const char *text,
                  SchakelDay *day)
{
  g_autofree char *message = NULL;

  if (text == NULL || schakel_day_parse_iso (text, day))
    return TRUE;
  /* Translators: %s is an option name such as --from, then the value given */
  message = g_strdup_printf (_("%s: “%s” is not a date of the form YYYY-MM-DD"), name, text);
  schakel_cli_fail_message (message);
  return FALSE;
}

static int
run (int    argc,
     char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *minor = NULL;
  g_autofree char *output = NULL;
  g_autofree char *from_text = NULL;
  g_autofree char *to_text = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelMinorRecord) record = NULL;
  g_autoptr(SchakelTimeline) timeline = NULL;
  g_autoptr(SchakelDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  SchakelDay from = SCHAKEL_DAY_NONE, to = SCHAKEL_DAY_NONE, today = schakel_day_today ();
  double fit_from, fit_to;
  const GOptionEntry entries[] = {
    { "minor", 0, 0, G_OPTION_ARG_STRING, &minor, N_("The minor's id (jongere_id)"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .pdf, .png or .svg"), N_("FILE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day shown (default: the start of the story)"),
      N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day shown (default: today or the last event)"),
      N_("YYYY-MM-DD") },
    { NULL }
  };

  context = schakel_cli_context_new ("timeline", NULL,
                                     _("Writes one minor's timeline dossier, marked confidential: A4 landscape, "
                                       "the summary, the timeline and its legend, and in a PDF every record on "
                                       "the pages after it. Every export is written to the audit log "
                                       "(timeline.export), so the database must be writable and not open in the "
                                       "app; when the audit entry cannot be written, no file is written."),
                                     entries, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;
  if (minor == NULL)
    return schakel_cli_fail_message (_("--minor is required"));
  if (output == NULL)
    return schakel_cli_fail_message (_("--output is required"));
  if (!parse_day_option ("--from", from_text, &from) || !parse_day_option ("--to", to_text, &to))
    return 2;
  if (from != SCHAKEL_DAY_NONE && to != SCHAKEL_DAY_NONE && to < from)
    return schakel_cli_fail_message (_("--to must not be before --from"));
  if (!schakel_file_kind_from_path (output, &(SchakelFileKind) { 0 }, &error))
    return schakel_cli_fail (error);

  if (!(db = schakel_cli_open_for_audit (db_path)))
    return 1;
  if (!(record = schakel_minor_record_load (db, minor, today, NULL, &error)))
    return schakel_cli_fail (error);

  timeline = schakel_timeline_new (record);
  schakel_timeline_get_fit_range (timeline, &fit_from, &fit_to);
  if (from != SCHAKEL_DAY_NONE)
    fit_from = from;
  if (to != SCHAKEL_DAY_NONE)
    fit_to = to + 1;
  if (fit_to <= fit_from)
    return schakel_cli_fail_message (_("The range holds no day: give --to after --from"));

  dossier = schakel_dossier_new (record, fit_from, fit_to, today);
  if (!schakel_cli_write_dossier (db, dossier, "timeline.export", output, &error))
    return schakel_cli_fail (error);
  return 0;
}

int
schakel_cli_timeline (int    argc,
                      char **argv)
{
  int status = run (argc, argv);

  /* After run() dropped every Pango and Cairo object. */
  schakel_render_release_fonts ();
  return status;
}
