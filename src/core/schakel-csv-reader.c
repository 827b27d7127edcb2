/* schakel-csv-reader.c — reads a CSV file in chunks with constant memory.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bytes → SchakelDecoder (UTF-8) → libcsv (quotes, doubled quotes, line
 * breaks inside quotes, CR, LF, CRLF; strict, so that a stray quote is an
 * error rather than a silently different value) → records. libcsv reports no
 * positions, so the decoded text is handed to it one physical line at a
 * time: a record starts on the line where the first text after the
 * previous record is fed. libcsv trims spaces around unquoted fields by
 * default; here nothing counts as a space, so fields stay exactly as
 * written. The SHA-256 of the raw bytes is computed on the way.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "schakel-core-error.h"
#include "schakel-csv-reader.h"

#define CHUNK_SIZE (64 * 1024)

struct _SchakelCsvReader
{
  int                fd;
  guint64            size;
  guint64            offset;
  GChecksum         *checksum;
  char              *sha256;
  SchakelDecoder     decoder;
  struct csv_parser  parser;
  gboolean           parser_ready;
  char               separator;
  guint8            *chunk;
  GString           *decoded;

  guint64            line;          /* the physical line being fed, from 1 */
  guint64            record_start;  /* 0 between records */
  GPtrArray         *fields;        /* of the record being read */
  gsize              record_bytes;
  gboolean           overflow;      /* too many fields or bytes in a record */
  GQueue             queue;         /* SchakelCsvRecord *, complete */
  SchakelCsvRecord  *current;
  SchakelCsvRecord  *header;

  gboolean           finished;
  GError            *error;
  guint64            error_line;
};

static void
record_free (SchakelCsvRecord *record)
{
  if (record == NULL)
    return;
  g_strfreev (record->fields);
  g_free (record);
}

/**
 * schakel_csv_reader_free:
 * @reader: (nullable): a reader
 *
 * Closes the file and frees @reader.
 */
void
schakel_csv_reader_free (SchakelCsvReader *reader)
{
  if (reader == NULL)
    return;
  if (reader->fd >= 0)
    close (reader->fd);
  if (reader->parser_ready)
    csv_free (&reader->parser);
  g_clear_pointer (&reader->checksum, g_checksum_free);
  g_free (reader->sha256);
  g_free (reader->chunk);
  if (reader->decoded != NULL)
    g_string_free (reader->decoded, TRUE);
  g_clear_pointer (&reader->fields, g_ptr_array_unref);
  g_queue_clear_full (&reader->queue, (GDestroyNotify) record_free);
  record_free (reader->current);
  record_free (reader->header);
  g_clear_error (&reader->error);
  g_free (reader);
}

static int
never_space (unsigned char c)
{
  return 0;
}

static void
set_error (SchakelCsvReader *r,
           guint64           line,
           const char       *message)
{
  if (r->error != NULL)
    return;
  r->error = g_error_new_literal (SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID, message);
  r->error_line = line;
  r->finished = TRUE;
}

static void
field_cb (void   *data,
          size_t  len,
          void   *user_data)
{
  SchakelCsvReader *r = user_data;

  if (r->record_start == 0)
    r->record_start = r->line;
  if (r->overflow)
    return;
  if (r->fields->len >= SCHAKEL_CSV_MAX_FIELDS || r->record_bytes + len > SCHAKEL_CSV_MAX_RECORD_BYTES)
    {
      r->overflow = TRUE;
      return;
    }
  r->record_bytes += len;
  g_ptr_array_add (r->fields, g_strndup (data != NULL ? data : "", len));
}

static void
record_cb (int   c,
           void *user_data)
{
  SchakelCsvReader *r = user_data;
  SchakelCsvRecord *record;

  if (r->overflow)
    {
      g_autofree char *message = NULL;

      if (r->fields->len >= SCHAKEL_CSV_MAX_FIELDS)
        message = g_strdup_printf (_("The record has more than %d fields; this is not a table Schakel can read"),
                                   SCHAKEL_CSV_MAX_FIELDS);
      else
        message = g_strdup_printf (_("The record is longer than %d MiB; this is not a table Schakel can read"),
                                   SCHAKEL_CSV_MAX_RECORD_BYTES / (1024 * 1024));
      set_error (r, r->record_start, message);
      return;
    }

  record = g_new0 (SchakelCsvRecord, 1);
  record->line = r->record_start != 0 ? r->record_start : r->line;
  record->n_fields = r->fields->len;
  g_ptr_array_add (r->fields, NULL);
  record->fields = (char **) g_ptr_array_free (g_steal_pointer (&r->fields), FALSE);
  r->fields = g_ptr_array_new_full (16, g_free);
  r->record_bytes = 0;
  r->record_start = 0;
  g_queue_push_tail (&r->queue, record);
}

static gboolean
has_content (const char *p,
             gsize       n)
{
  for (gsize i = 0; i < n; i++)
    if (p[i] != '\r' && p[i] != '\n')
      return TRUE;
  return FALSE;
}

/* Feeds decoded text to libcsv a physical line at a time. */
static void
feed_text (SchakelCsvReader *r,
           const char       *text,
           gsize             len)
{
  const char *p = text, *end = text + len;

  while (p < end && !r->finished)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      gsize n = nl != NULL ? (gsize) (nl - p) + 1 : (gsize) (end - p);

      if (r->record_start == 0 && has_content (p, n))
        r->record_start = r->line;
      if (csv_parse (&r->parser, p, n, field_cb, record_cb, r) != n)
        {
          set_error (r, r->record_start != 0 ? r->record_start : r->line,
                     csv_error (&r->parser) == CSV_EPARSE
                     ? _("A quote (\") is in the wrong place: a quoted field starts and ends with a quote, and a quote inside it is doubled")
                     : csv_strerror (csv_error (&r->parser)));
          return;
        }
      if (r->parser.entry_pos > SCHAKEL_CSV_MAX_FIELD_BYTES)
        {
          g_autofree char *message =
            g_strdup_printf (_("A field is longer than %d MiB; most likely a quote (\") is never closed"),
                             SCHAKEL_CSV_MAX_FIELD_BYTES / (1024 * 1024));

          set_error (r, r->record_start, message);
          return;
        }
      if (nl != NULL)
        r->line++;
      p += n;
    }
}

static void
decode_failed (SchakelCsvReader *r)
{
  g_autofree char *message = NULL;

  if (r->decoder.bad_byte == 0)
    message = g_strdup (_("The file contains a NUL byte: it is not a text file (or it is UTF-16 without a byte-order mark)"));
  else
    message = g_strdup_printf (_("Byte 0x%02X is not valid UTF-8 although the file started as UTF-8; it was probably saved in two encodings"),
                               r->decoder.bad_byte);
  set_error (r, r->line, message);
}

static void
finish (SchakelCsvReader *r)
{
  if (r->finished)
    return;
  r->finished = TRUE;
  if (csv_fini (&r->parser, field_cb, record_cb, r) != 0)
    {
      r->finished = FALSE;
      set_error (r, r->record_start, _("A quoted field never closes: the file ends inside quotes (\")"));
    }
  r->sha256 = g_strdup (g_checksum_get_string (r->checksum));
}

/* Reads the next chunk and decodes it into r->decoded; returns the number
 * of bytes read, 0 at the end, -1 with errno on failure. */
static ssize_t
read_chunk (SchakelCsvReader *r,
            gboolean         *decoded_ok)
{
  ssize_t n;

  do
    n = read (r->fd, r->chunk, CHUNK_SIZE);
  while (n < 0 && errno == EINTR);
  if (n < 0)
    return -1;

  g_string_truncate (r->decoded, 0);
  if (n > 0)
    {
      g_checksum_update (r->checksum, r->chunk, n);
      r->offset += (guint64) n;
    }
  *decoded_ok = schakel_decoder_feed (&r->decoder, r->chunk, (gsize) n, n == 0, r->decoded);
  return n;
}

/* Reads, decodes and parses one chunk. */
static void
fill (SchakelCsvReader *r)
{
  gboolean ok = TRUE;
  ssize_t n = read_chunk (r, &ok);

  if (n < 0)
    {
      int saved_errno = errno;

      set_error (r, 0, g_strerror (saved_errno));
      return;
    }

  feed_text (r, r->decoded->str, r->decoded->len);
  if (!ok)
    decode_failed (r);
  else if (n == 0)
    finish (r);
}

/* Picks the separator that occurs most often outside quotes on the first
 * line: Dutch Excel writes ';', others ',' or a tab. */
static char
detect_separator (const char *text,
                  gsize       len)
{
  static const char candidates[] = { ';', '\t', ',' };
  guint counts[G_N_ELEMENTS (candidates)] = { 0 };
  gboolean quoted = FALSE;
  char best = ',';
  guint best_count = 0;

  for (gsize i = 0; i < len; i++)
    {
      if (text[i] == '"')
        quoted = !quoted;
      else if (!quoted && (text[i] == '\n' || text[i] == '\r'))
        break;
      else if (!quoted)
        for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
          if (text[i] == candidates[c])
            counts[c]++;
    }
  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    if (counts[c] > best_count)
      {
        best = candidates[c];
        best_count = counts[c];
      }
  return best;
}

static void
propagate (SchakelCsvReader  *r,
           GError           **error)
{
  if (r->error != NULL)
    g_propagate_error (error, g_error_copy (r->error));
}

/**
 * schakel_csv_reader_open:
 * @path: the file
 * @separator: the field separator, or 0 to detect it from the first line
 * @error: return location for an error
 *
 * Opens @path, detects its encoding and separator, and reads the header
 * (the first record). On failure schakel_csv_reader_get_error_line() is
 * not available: the error message says what is wrong.
 *
 * Returns: (transfer full) (nullable): the reader
 */
SchakelCsvReader *
schakel_csv_reader_open (const char  *path,
                         char         separator,
                         GError     **error)
{
  g_autoptr(SchakelCsvReader) r = g_new0 (SchakelCsvReader, 1);
  const SchakelCsvRecord *header = NULL;
  struct stat st;
  gsize skip = 0;

  r->fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (r->fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                   _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
      return NULL;
    }
  if (fstat (r->fd, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                       _("“%s” is a folder, not a file"), path);
          return NULL;
        }
      r->size = (guint64) st.st_size;
    }

  r->checksum = g_checksum_new (G_CHECKSUM_SHA256);
  r->chunk = g_malloc (CHUNK_SIZE);
  r->decoded = g_string_sized_new (CHUNK_SIZE * 3 + 16);
  r->fields = g_ptr_array_new_full (16, g_free);
  r->line = 1;
  schakel_decoder_init (&r->decoder);
  if (csv_init (&r->parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    g_error ("csv_init: out of memory");
  r->parser_ready = TRUE;
  csv_set_space_func (&r->parser, never_space);

  /* The first chunk, decoded but not yet parsed: the separator comes from it. */
  {
    gboolean ok = TRUE;
    ssize_t n = read_chunk (r, &ok);

    if (n < 0)
      {
        int saved_errno = errno;

        g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                     _("Cannot read “%s”: %s"), path, g_strerror (saved_errno));
        return NULL;
      }
    if (n == 0)
      {
        g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                             _("The file is empty"));
        return NULL;
      }

    /* Excel understands a first line "sep=;" and so do we. */
    if (r->decoded->len >= 5 && strncmp (r->decoded->str, "sep=", 4) == 0 &&
        (r->decoded->len == 5 || r->decoded->str[5] == '\r' || r->decoded->str[5] == '\n'))
      {
        const char *nl = memchr (r->decoded->str, '\n', r->decoded->len);

        if (separator == 0)
          separator = r->decoded->str[4];
        skip = nl != NULL ? (gsize) (nl - r->decoded->str) + 1 : r->decoded->len;
        r->line = nl != NULL ? 2 : 1;
      }
    if (separator == 0)
      separator = detect_separator (r->decoded->str + skip, r->decoded->len - skip);
    r->separator = separator;
    csv_set_delim (&r->parser, (unsigned char) separator);

    feed_text (r, r->decoded->str + skip, r->decoded->len - skip);
    if (!ok)
      decode_failed (r);
  }

  if (!schakel_csv_reader_next (r, &header, error))
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                             _("The file is empty"));
      else if (error != NULL && r->error_line > 0)
        {
          g_autofree char *line = g_strdup_printf ("%" G_GUINT64_FORMAT, r->error_line);

          g_prefix_error (error, _("Line %s: "), line);
        }
      return NULL;
    }
  r->header = g_steal_pointer (&r->current);
  return g_steal_pointer (&r);
}

/**
 * schakel_csv_reader_next:
 * @reader: a reader
 * @record: (out) (transfer none): the next record, valid until the next call
 * @error: return location for an error
 *
 * Returns: %TRUE with a record; %FALSE at the end of the file (@error
 *   unset) or on an error; then schakel_csv_reader_get_error_line() says
 *   where
 */
gboolean
schakel_csv_reader_next (SchakelCsvReader        *reader,
                         const SchakelCsvRecord **record,
                         GError                 **error)
{
  SchakelCsvReader *r = reader;

  g_clear_pointer (&r->current, record_free);
  *record = NULL;

  while (g_queue_is_empty (&r->queue))
    {
      if (r->finished)
        {
          propagate (r, error);
          return FALSE;
        }
      fill (r);
    }

  r->current = g_queue_pop_head (&r->queue);
  *record = r->current;
  return TRUE;
}

/**
 * schakel_csv_reader_get_header:
 * @reader: a reader
 *
 * Returns: (transfer none): the first record of the file
 */
const SchakelCsvRecord *
schakel_csv_reader_get_header (SchakelCsvReader *reader)
{
  return reader->header;
}

/**
 * schakel_csv_reader_get_encoding:
 * @reader: a reader
 *
 * Returns: the encoding; %SCHAKEL_ENCODING_ASCII while only ASCII has been
 *   read
 */
SchakelEncoding
schakel_csv_reader_get_encoding (SchakelCsvReader *reader)
{
  return reader->decoder.encoding;
}

/**
 * schakel_csv_reader_get_separator:
 * @reader: a reader
 *
 * Returns: the field separator
 */
char
schakel_csv_reader_get_separator (SchakelCsvReader *reader)
{
  return reader->separator;
}

/**
 * schakel_csv_reader_get_error_line:
 * @reader: a reader
 *
 * Returns: the line of the last error, or 0 when it concerns the whole file
 */
guint64
schakel_csv_reader_get_error_line (SchakelCsvReader *reader)
{
  return reader->error_line;
}

/**
 * schakel_csv_reader_get_offset:
 * @reader: a reader
 *
 * Returns: how many bytes have been read, for progress
 */
guint64
schakel_csv_reader_get_offset (SchakelCsvReader *reader)
{
  return reader->offset;
}

/**
 * schakel_csv_reader_get_size:
 * @reader: a reader
 *
 * Returns: the size of the file when it was opened
 */
guint64
schakel_csv_reader_get_size (SchakelCsvReader *reader)
{
  return reader->size;
}

/**
 * schakel_csv_reader_get_sha256:
 * @reader: a reader
 *
 * Returns: (nullable): the SHA-256 of the file's bytes, once the last
 *   record has been read
 */
const char *
schakel_csv_reader_get_sha256 (SchakelCsvReader *reader)
{
  return reader->sha256;
}

/**
 * schakel_csv_separator_name:
 * @separator: a separator
 *
 * Returns: (transfer none): a name for @separator, for messages
 */
const char *
schakel_csv_separator_name (char separator)
{
  switch (separator)
    {
    case ';':
      return _("semicolon (;)");
    case ',':
      return _("comma (,)");
    case '\t':
      return _("tab");
    default:
      return "?";
    }
}
