/* schakel-cli-info.c — `schakel-cli info`: what a database holds.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

int
schakel_cli_info (int    argc,
                  char **argv)
{
  g_autofree char *db_path = NULL;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelDbInfo) info = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL, *last = NULL, *period = NULL, *kind = NULL, *version = NULL;
  g_autofree char *minors = NULL, *amv = NULL, *placed = NULL, *locations = NULL;
  g_autofree char *municipalities = NULL, *schools = NULL;

  context = schakel_cli_context_new ("info", NULL, _("Shows the period covered, the main counts and whether the data is synthetic."),
                                     NULL, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;

  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_ONLY | SCHAKEL_DATABASE_ALLOW_OLDER)))
    return 1;
  if (!(info = schakel_db_info_collect (db, &error)))
    return schakel_cli_fail (error);

  if (info->synthetic)
    kind = g_strdup_printf (_("synthetic demo data (%s)"), info->description);
  else
    kind = g_strdup (_("partner data (not synthetic)"));

  first = schakel_format_iso_date (info->first_date);
  last = schakel_format_iso_date (info->last_date);
  /* Translators: a period, from the first to the last date */
  period = info->first_date != NULL ? g_strdup_printf (_("%s to %s"), first, last)
                                    : g_strdup (_("no placements yet"));
  minors = schakel_format_count (info->n_minors);
  amv = schakel_format_count (info->n_amv);
  placed = schakel_format_count (info->n_placed_on_last_date);
  locations = schakel_format_count (info->n_locations);
  municipalities = schakel_format_count (info->n_municipalities_with_locations);
  schools = schakel_format_count (info->n_schools);
  version = g_strdup_printf ("%d", schakel_database_get_schema_version (db));

  {
    const char * const cells[] = {
      _("Database:"), schakel_database_get_path (db),
      _("Data:"), kind,
      _("Period covered:"), period,
      _("Minors:"), minors,
      _("Unaccompanied (amv):"), amv,
      _("In reception on the last date:"), placed,
      _("Reception locations:"), locations,
      _("Municipalities with locations:"), municipalities,
      _("Schools:"), schools,
      _("Schema version:"), version,
    };

    schakel_cli_print_table (cells, G_N_ELEMENTS (cells) / 2);
  }
  return 0;
}
