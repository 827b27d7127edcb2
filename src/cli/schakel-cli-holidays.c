/* schakel-cli-holidays.c — `schakel-cli holidays list|add|remove`: the
 * public holidays that escalation deadlines skip.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

static int
list_holidays (SchakelDatabase *db,
               int              year)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  if (!(entries = schakel_holidays_list (db, year, &error)))
    return schakel_cli_fail (error);

  for (guint i = 0; i < entries->len; i++)
    {
      const SchakelHolidayEntry *entry = g_ptr_array_index (entries, i);
      char iso[SCHAKEL_ISO_DATE_LEN];

      schakel_day_format_iso (entry->day, iso);
      /* Translators: marks a holiday a user added or renamed */
      g_print ("%s\t%s%s\n", iso, entry->name, entry->computed ? "" : _(" (added by a user)"));
    }
  return 0;
}

/* Changes the list and records who did, in one transaction. */
static int
change_holidays (SchakelDatabase *db,
                 gboolean         add,
                 SchakelDay       day,
                 const char      *name,
                 const char      *iso)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *detail = g_strdup_printf ("%s %s", add ? "add" : "remove", iso);

  if (!schakel_database_begin (db, &error))
    return schakel_cli_fail (error);
  if (!(add ? schakel_holidays_add (db, day, name, &error)
            : schakel_holidays_remove (db, day, &error)) ||
      !schakel_audit_record (db, "holidays.edit", NULL, NULL, detail, &error) ||
      !schakel_database_commit (db, &error))
    {
      schakel_database_rollback (db);
      return schakel_cli_fail (error);
    }
  return 0;
}

int
schakel_cli_holidays (int    argc,
                      char **argv)
{
  g_autofree char *db_path = NULL;
  int year = 0;
  const GOptionEntry entries[] = {
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("With list: only this year"), N_("YEAR") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  SchakelDay day = SCHAKEL_DAY_NONE;
  gboolean list, add;

  context = schakel_cli_context_new ("holidays", "list | add YYYY-MM-DD NAME | remove YYYY-MM-DD",
                                     _("Lists, adds or removes the public holidays that escalation deadlines "
                                       "in working days skip."),
                                     entries, &db_path);
  /* Not schakel_cli_parse (): this command takes positional arguments. */
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      schakel_cli_fail (error);
      return 2;
    }

  list = argc == 2 && g_str_equal (argv[1], "list");
  add = argc == 4 && g_str_equal (argv[1], "add");
  if (!list && !add && !(argc == 3 && g_str_equal (argv[1], "remove")))
    return schakel_cli_fail_message (_("Give list, add DATE NAME or remove DATE"));
  if (!list && !schakel_day_parse_iso (argv[2], &day))
    {
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date of the form YYYY-MM-DD"), argv[2]);

      return schakel_cli_fail_message (message);
    }
  if (year < 0 || year > 9999)
    return schakel_cli_fail_message (_("--year must be a year such as 2026"));

  if (!(db = schakel_cli_open_database (db_path, list ? SCHAKEL_DATABASE_READ_ONLY : SCHAKEL_DATABASE_READ_WRITE)))
    return 1;

  if (list)
    return list_holidays (db, year);
  return change_holidays (db, add, day, add ? argv[3] : NULL, argv[2]);
}
