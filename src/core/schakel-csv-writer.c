/* schakel-csv-writer.c — writes CSV to a temporary file beside the
 * target and renames it into place when complete.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The target never holds half a file: the rows go to FILE.XXXXXX (mode
 * 0600, like every file Schakel writes with personal data), which is
 * flushed to disk and renamed over FILE. A cell that a spreadsheet would
 * run as a formula (starting with =, +, -, @, tab or CR) gets a ' in
 * front; the importer removes it again.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "schakel-core-error.h"
#include "schakel-csv-writer.h"

#define FLUSH_AT (256 * 1024)

struct _SchakelCsvWriter
{
  char     *path;
  char     *tmp_path;
  int       fd;
  char      separator;
  gboolean  crlf;
  GString  *buffer;
};

static gboolean
set_io_error (GError     **error,
              const char  *path,
              int          saved_errno)
{
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
               _("Cannot write “%s”: %s"), path, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
flush (SchakelCsvWriter  *w,
       GError           **error)
{
  const char *p = w->buffer->str;
  gsize left = w->buffer->len;

  while (left > 0)
    {
      ssize_t n = write (w->fd, p, left);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return set_io_error (error, w->path, errno);
      p += n;
      left -= (gsize) n;
    }
  g_string_truncate (w->buffer, 0);
  return TRUE;
}

/**
 * schakel_csv_writer_new:
 * @path: the file to write
 * @separator: the field separator
 * @excel: write for Excel: a UTF-8 byte-order mark and CRLF line ends
 *   (Dutch Excel also wants ';' as @separator)
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the writer; finish or abort it
 */
SchakelCsvWriter *
schakel_csv_writer_new (const char  *path,
                        char         separator,
                        gboolean     excel,
                        GError     **error)
{
  SchakelCsvWriter *w;
  g_autofree char *tmp = g_strconcat (path, ".XXXXXX", NULL);
  int fd = g_mkstemp_full (tmp, O_WRONLY | O_CLOEXEC, 0600);

  if (fd < 0)
    {
      set_io_error (error, path, errno);
      return NULL;
    }

  w = g_new0 (SchakelCsvWriter, 1);
  w->path = g_strdup (path);
  w->tmp_path = g_steal_pointer (&tmp);
  w->fd = fd;
  w->separator = separator;
  w->crlf = excel;
  w->buffer = g_string_sized_new (FLUSH_AT + 4096);
  if (excel)
    g_string_append (w->buffer, "\xEF\xBB\xBF");
  return w;
}

/**
 * schakel_csv_append_field:
 * @out: where to append
 * @field: (nullable): the value; %NULL is an empty field
 * @separator: the file's separator
 *
 * Appends @field, quoted when it holds the separator, a quote, a line
 * break or surrounding spaces, and neutralised when a spreadsheet would
 * take it for a formula.
 */
void
schakel_csv_append_field (GString    *out,
                          const char *field,
                          char        separator)
{
  gboolean neutralise, quote;
  gsize len;

  if (field == NULL || *field == '\0')
    return;

  len = strlen (field);
  neutralise = strchr ("=+-@\t\r", field[0]) != NULL;
  quote = field[0] == ' ' || field[len - 1] == ' ' || strchr (field, separator) != NULL ||
          strpbrk (field, "\"\r\n") != NULL;

  if (quote)
    g_string_append_c (out, '"');
  if (neutralise)
    g_string_append_c (out, '\'');
  for (const char *p = field; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

/**
 * schakel_csv_writer_write_row:
 * @writer: a writer
 * @fields: (array length=n_fields) (element-type utf8 nullable): the values
 * @n_fields: how many
 * @error: return location for an error
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_csv_writer_write_row (SchakelCsvWriter   *writer,
                              const char * const *fields,
                              guint               n_fields,
                              GError            **error)
{
  for (guint i = 0; i < n_fields; i++)
    {
      if (i > 0)
        g_string_append_c (writer->buffer, writer->separator);
      schakel_csv_append_field (writer->buffer, fields[i], writer->separator);
    }
  g_string_append (writer->buffer, writer->crlf ? "\r\n" : "\n");

  return writer->buffer->len < FLUSH_AT || flush (writer, error);
}

static void
writer_free (SchakelCsvWriter *w)
{
  if (w->fd >= 0)
    close (w->fd);
  g_free (w->path);
  g_free (w->tmp_path);
  g_string_free (w->buffer, TRUE);
  g_free (w);
}

/**
 * schakel_csv_writer_finish:
 * @writer: (transfer full): a writer
 * @error: return location for an error
 *
 * Flushes the rows to disk and renames the file into place; on failure
 * the target is left as it was. Frees @writer either way.
 *
 * Returns: %TRUE when the file is complete
 */
gboolean
schakel_csv_writer_finish (SchakelCsvWriter  *writer,
                           GError           **error)
{
  gboolean ok = flush (writer, error);

  if (ok && fsync (writer->fd) != 0)
    ok = set_io_error (error, writer->path, errno);
  if (ok && close (writer->fd) != 0)
    ok = set_io_error (error, writer->path, errno);
  writer->fd = -1;
  if (ok && g_rename (writer->tmp_path, writer->path) != 0)
    ok = set_io_error (error, writer->path, errno);
  if (!ok)
    g_unlink (writer->tmp_path);
  writer_free (writer);
  return ok;
}

/**
 * schakel_csv_writer_abort:
 * @writer: (transfer full) (nullable): a writer
 *
 * Removes the temporary file and frees @writer; the target is untouched.
 */
void
schakel_csv_writer_abort (SchakelCsvWriter *writer)
{
  if (writer == NULL)
    return;
  if (writer->fd >= 0)
    close (writer->fd);
  writer->fd = -1;
  g_unlink (writer->tmp_path);
  writer_free (writer);
}
