/* schakel-cli-demo.c — `schakel-cli demo`: a synthetic national data set.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

static void
show_progress (double   fraction,
               gpointer user_data)
{
  /* Only for a person watching; never personal data. */
  g_printerr ("\r%s %3d%%", _("Generating…"), (int) (fraction * 100));
}

int
schakel_cli_demo (int    argc,
                  char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *until_text = NULL;
  gint64 minors = SCHAKEL_DEMO_DEFAULT_MINORS;
  gint64 years = SCHAKEL_DEMO_DEFAULT_YEARS;
  gint64 seed = SCHAKEL_DEMO_DEFAULT_SEED;
  const GOptionEntry entries[] = {
    { "minors", 0, 0, G_OPTION_ARG_INT64, &minors, N_("How many minors arrive over the period"), N_("N") },
    { "years", 0, 0, G_OPTION_ARG_INT64, &years, N_("How many years the data covers"), N_("Y") },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, N_("Seed: the same seed and size give the same data"), N_("S") },
    { "until", 0, 0, G_OPTION_ARG_STRING, &until_text, N_("Last day of the data (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelDbInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count_text = NULL;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  SchakelDemoOptions options;
  gboolean interactive = isatty (STDERR_FILENO);

  context = schakel_cli_context_new ("demo", NULL, _("Creates the database if needed and fills it with synthetic data. A database that already holds minors is left alone."),
                                     entries, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;

  schakel_demo_options_init (&options);
  if (minors < 1 || minors > 1000000)
    return schakel_cli_fail_message (_("--minors must be between 1 and 1000000"));
  if (years < 1 || years > 20)
    return schakel_cli_fail_message (_("--years must be between 1 and 20"));
  if (seed < 0)
    return schakel_cli_fail_message (_("--seed must not be negative"));
  if (until_text != NULL && !schakel_day_parse_iso (until_text, &options.until))
    return schakel_cli_fail_message (_("--until must be a date written as YYYY-MM-DD"));
  options.n_minors = (guint) minors;
  options.n_years = (guint) years;
  options.seed = (guint64) seed;

  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE)))
    return 1;

  if (!schakel_demo_generate (db, &options, interactive ? show_progress : NULL, NULL, NULL, &error))
    {
      if (interactive)
        g_printerr ("\n");
      return schakel_cli_fail (error);
    }
  if (interactive)
    g_printerr ("\n");

  if (!(info = schakel_db_info_collect (db, &error)))
    return schakel_cli_fail (error);

  count_text = schakel_format_count (info->n_minors);
  first_text = schakel_format_iso_date (info->first_date);
  last_text = schakel_format_iso_date (info->last_date);
  /* Translators: file name, number of minors, first date, last date */
  g_print (_("Demo database %s: %s minors, %s to %s\n"),
           schakel_database_get_path (db), count_text, first_text, last_text);
  return 0;
}
