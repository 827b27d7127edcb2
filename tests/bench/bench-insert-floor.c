/* bench-insert-floor.c — the floor for the demo-generation benchmark:
 * inserting N plain rows into SQLite in one transaction, with the same
 * durability settings Schakel uses.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: bench-insert-floor FILE N — prints the seconds it took.
 */

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>

int
main (int   argc,
      char *argv[])
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n, start;

  if (argc != 3)
    {
      g_printerr ("usage: bench-insert-floor FILE N\n");
      return 2;
    }
  n = g_ascii_strtoll (argv[2], NULL, 10);
  g_unlink (argv[1]);

  start = g_get_monotonic_time ();
  if (sqlite3_open (argv[1], &db) != SQLITE_OK ||
      sqlite3_exec (db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;"
                        "CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER NOT NULL,"
                        " b TEXT NOT NULL, c TEXT, d TEXT NOT NULL);"
                        "BEGIN", NULL, NULL, NULL) != SQLITE_OK ||
      sqlite3_prepare_v2 (db, "INSERT INTO t (a, b, c, d) VALUES (?1, ?2, ?3, ?4)", -1, &stmt, NULL) != SQLITE_OK)
    {
      g_printerr ("bench-insert-floor: %s\n", sqlite3_errmsg (db));
      return 1;
    }

  for (gint64 i = 0; i < n; i++)
    {
      char date[16];

      g_snprintf (date, sizeof date, "20%02d-%02d-%02d", (int) (i % 30), (int) (i % 12) + 1, (int) (i % 28) + 1);
      sqlite3_bind_int64 (stmt, 1, i / 20);
      sqlite3_bind_text (stmt, 2, date, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, i % 3 ? date : NULL, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, "capacity", -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) != SQLITE_DONE)
        return 1;
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  if (sqlite3_exec (db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK)
    return 1;
  sqlite3_close (db);

  printf ("%.3f\n", (g_get_monotonic_time () - start) / 1e6);
  return 0;
}
