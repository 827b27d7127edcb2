/* schakel-cli-audit.c — `schakel-cli audit`: read the audit log.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

/* One line per entry, tab-separated so it can be filtered with the
 * usual tools; the header names the columns. */
static void
print_entry (const SchakelAuditEntry *entry)
{
  g_autofree char *subject = NULL;

  if (entry->subject_kind != NULL)
    subject = g_strdup_printf ("%s:%s", entry->subject_kind,
                               entry->subject_id != NULL ? entry->subject_id : "");

  g_print ("%s\t%s\t%s\t%s\t%s\n", entry->at, entry->actor,
           schakel_audit_action_label (entry->action),
           subject != NULL ? subject : "-",
           entry->detail != NULL ? entry->detail : "");
}

int
schakel_cli_audit (int    argc,
                   char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *minor = NULL;
  int limit = 100;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  const GOptionEntry entries_spec[] = {
    { "minor", 0, 0, G_OPTION_ARG_STRING, &minor, N_("Only entries about this minor"), N_("ID") },
    { "limit", 0, 0, G_OPTION_ARG_INT, &limit, N_("Show at most N entries, 0 for all (default 100)"), "N" },
    { NULL }
  };

  context = schakel_cli_context_new ("audit", NULL,
                                     _("Shows who opened, printed, exported or changed what, newest first."),
                                     entries_spec, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;
  if (limit < 0)
    return schakel_cli_fail_message (_("--limit must be 0 or more"));

  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_ONLY)))
    return 1;
  if (!(entries = schakel_audit_list (db, minor != NULL ? "minor" : NULL, minor, (guint) limit, &error)))
    return schakel_cli_fail (error);

  /* Translators: column names of `schakel-cli audit`, tab-separated */
  g_print ("%s\n", _("when\twho\twhat\tsubject\tdetail"));
  for (guint i = 0; i < entries->len; i++)
    print_entry (g_ptr_array_index (entries, i));

  return 0;
}
