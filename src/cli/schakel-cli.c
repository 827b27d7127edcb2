/* schakel-cli.c — the headless command line: `schakel-cli COMMAND [OPTIONS]`.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

static const SchakelCliCommand commands[] = {
  { "demo", N_("Create a database with synthetic demo data"), schakel_cli_demo },
  { "check", N_("Check the integrity of a database and count its rows"), schakel_cli_check },
  { "chart", N_("Draw a chart of wait-lists, moves or time to school as PNG, SVG or PDF"), schakel_cli_chart },
  { "info", N_("Show what a database holds"), schakel_cli_info },
  { "import", N_("Import partner CSV files, all or nothing"), schakel_cli_import },
  { "inspect", N_("Show how Schakel reads a CSV file"), schakel_cli_inspect },
  { "export", N_("Write a table as a canonical CSV file"), schakel_cli_export },
  { "metrics", N_("Compute the dashboard figures for a scope and a date"), schakel_cli_metrics },
  { "audit", N_("Show the audit log: who opened, printed or changed what"), schakel_cli_audit },
  { "report", N_("Write a regional briefing or the national overview as a PDF file"), schakel_cli_report },
  { "timeline", N_("Write one minor's timeline dossier as PDF, PNG or SVG"), schakel_cli_timeline },
  { "cases", N_("List the open absence reports and where each stands on its escalation ladder"), schakel_cli_cases },
  { "ladder", N_("Export or import an escalation ladder as a CSV file"), schakel_cli_ladder },
  { "holidays", N_("List, add or remove the public holidays that deadlines skip"), schakel_cli_holidays },
};

static void
setup_i18n (void)
{
  const char *localedir = g_getenv ("SCHAKEL_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

static void
print_usage (FILE *stream)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, "%s\n  schakel-cli %s\n\n%s\n",
                          _("Usage:"), _("COMMAND [OPTIONS]"), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-8s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append_printf (text, "\n%s\n", _("Run “schakel-cli COMMAND --help” for the options of a command."));

  fputs (text->str, stream);
}

int
main (int   argc,
      char *argv[])
{
  const char *name;

  setup_i18n ();
  g_set_prgname ("schakel-cli");
  g_set_application_name (_("Schakel"));

  if (argc < 2)
    {
      print_usage (stderr);
      return 2;
    }

  name = argv[1];
  if (g_str_equal (name, "--help") || g_str_equal (name, "-h") || g_str_equal (name, "help"))
    {
      print_usage (stdout);
      return 0;
    }
  if (g_str_equal (name, "--version"))
    {
      g_print ("schakel-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (name, commands[i].name))
      return commands[i].run (argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”; run “schakel-cli --help” for the list"),
                                                name);
    return schakel_cli_fail_message (message);
  }
}
