/* schakel-cli-dossier.c — writing one minor's dossier with its audit
 * entry: shared by `schakel-cli timeline` and `schakel-cli report
 * --template dossier`.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <schakel-render.h>

#include "schakel-cli-private.h"

/* Writes the file and its audit entry together: there is never a file
 * without an entry (schakel_dossier_write_audited()). */
gboolean
schakel_cli_write_dossier (SchakelDatabase  *db,
                           struct _SchakelDossier *dossier,
                           const char       *action,
                           const char       *path,
                           GError          **error)
{
  SchakelFileKind kind;
  g_autofree char *detail = NULL;
  static const char * const kind_names[] = { "png", "svg", "pdf" };

  if (!schakel_file_kind_from_path (path, &kind, error))
    return FALSE;
  /* The file name is left out: a path can hold a user's or a child's name. */
  detail = g_strdup_printf ("dossier %s", kind_names[kind]);
  return schakel_dossier_write_audited (dossier, db, action, detail, path, error);
}

/* The export needs a writable database for its audit entry; say so when
 * it cannot have one, rather than only why the open failed. */
SchakelDatabase *
schakel_cli_open_for_audit (const char *db_path)
{
  g_autofree char *default_path = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  SchakelDatabase *db;

  if (db_path == NULL)
    db_path = default_path = schakel_paths_get_default_database ();
  db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_WRITE, &error);
  if (db != NULL && !schakel_database_is_read_only (db))
    return db;
  g_clear_object (&db);
  /* Translators: %s says why the database could not be opened for writing */
  message = g_strdup_printf (_("The audit log cannot be written, so no file was written: %s"),
                             error != NULL ? error->message : _("the database is read-only"));
  schakel_cli_fail_message (message);
  return NULL;
}
