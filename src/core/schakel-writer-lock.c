/* schakel-writer-lock.c — one writer per database, across processes.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite 3.40 must not see two writers (DOMAIN.md §12), and a user must
 * learn who holds the database rather than get "database is locked". A
 * sidecar file "<database>.lock" carries an exclusive flock() and says who
 * holds it. The kernel drops the flock when the holder dies, so a stale
 * file never blocks anyone; its text only names the current holder.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "schakel-core-error.h"
#include "schakel-writer-lock-private.h"

struct _SchakelWriterLock
{
  int   fd;
  char *path;
};

static char *
describe_holder (int fd)
{
  char buf[512];
  ssize_t len = pread (fd, buf, sizeof buf - 1, 0);
  g_auto(GStrv) fields = NULL;

  if (len <= 0)
    return g_strdup (_("another program"));

  buf[len] = '\0';
  fields = g_strsplit (g_strchomp (buf), "\t", 4);
  if (g_strv_length (fields) != 4)
    return g_strdup (_("another program"));

  /* program, process id, host, since */
  return g_strdup_printf (_("%s (process %s on %s, since %s)"),
                          fields[0], fields[1], fields[2], fields[3]);
}

static void
write_holder (int fd)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *since = g_date_time_format (now, "%Y-%m-%d %H:%M");
  g_autofree char *text = g_strdup_printf ("%s\t%d\t%s\t%s\n",
                                           g_get_prgname () ? g_get_prgname () : "schakel",
                                           (int) getpid (), g_get_host_name (), since);
  size_t len = strlen (text);

  if (ftruncate (fd, 0) != 0 || pwrite (fd, text, len, 0) != (ssize_t) len)
    g_debug ("Could not record the writer lock holder: %s", g_strerror (errno));
}

/**
 * _schakel_writer_lock_acquire:
 * @database_path: the database file
 * @error: return location for an error
 *
 * Takes the writer lock of @database_path without waiting.
 *
 * Returns: (transfer full) (nullable): the lock, or %NULL with
 *   %SCHAKEL_CORE_ERROR_LOCKED naming the holder
 */
SchakelWriterLock *
_schakel_writer_lock_acquire (const char  *database_path,
                              GError     **error)
{
  g_autofree char *path = g_strconcat (database_path, ".lock", NULL);
  SchakelWriterLock *lock;
  int fd;

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                   _("Cannot create the lock file of “%s”: %s"),
                   database_path, g_strerror (saved_errno));
      return NULL;
    }

  if (flock (fd, LOCK_EX | LOCK_NB) != 0)
    {
      g_autofree char *holder = describe_holder (fd);
      g_autofree char *basename = g_path_get_basename (database_path);

      close (fd);
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_LOCKED,
                   _("“%s” is already open for changes in %s; close it there first (read-only use still works)"),
                   basename, holder);
      return NULL;
    }

  write_holder (fd);

  lock = g_new0 (SchakelWriterLock, 1);
  lock->fd = fd;
  lock->path = g_steal_pointer (&path);
  return lock;
}

/**
 * _schakel_writer_lock_release:
 * @lock: (transfer full): a lock
 *
 * Releases and frees @lock. The lock file stays: removing it would race
 * with a process that opened it to wait for us.
 */
void
_schakel_writer_lock_release (SchakelWriterLock *lock)
{
  if (lock == NULL)
    return;

  if (ftruncate (lock->fd, 0) != 0)
    g_debug ("Could not clear the writer lock file");
  flock (lock->fd, LOCK_UN);
  close (lock->fd);
  g_free (lock->path);
  g_free (lock);
}
