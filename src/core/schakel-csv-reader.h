/* schakel-csv-reader.h — RFC 4180 files as partners send them, a record at
 * a time.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib.h>

#include "schakel-encoding.h"

G_BEGIN_DECLS

/* Longer fields and records are refused rather than held in memory: the
 * longest real value is a few hundred bytes, and the usual cause is a
 * quote that never closes. */
#define SCHAKEL_CSV_MAX_FIELD_BYTES  (1024 * 1024)
#define SCHAKEL_CSV_MAX_RECORD_BYTES (4 * 1024 * 1024)
#define SCHAKEL_CSV_MAX_FIELDS       1000

/**
 * SchakelCsvRecord:
 * @line: the line on which the record starts, from 1
 * @n_fields: the number of fields
 * @fields: the fields as UTF-8, exactly as read, %NULL-terminated
 */
typedef struct
{
  guint64   line;
  guint     n_fields;
  char    **fields;
} SchakelCsvRecord;

typedef struct _SchakelCsvReader SchakelCsvReader;

SchakelCsvReader       *schakel_csv_reader_open          (const char        *path,
                                                          char               separator,
                                                          GError           **error);
void                    schakel_csv_reader_free          (SchakelCsvReader  *reader);
const SchakelCsvRecord *schakel_csv_reader_get_header    (SchakelCsvReader  *reader);
gboolean                schakel_csv_reader_next          (SchakelCsvReader  *reader,
                                                          const SchakelCsvRecord **record,
                                                          GError           **error);
SchakelEncoding         schakel_csv_reader_get_encoding  (SchakelCsvReader  *reader);
char                    schakel_csv_reader_get_separator (SchakelCsvReader  *reader);
guint64                 schakel_csv_reader_get_error_line (SchakelCsvReader *reader);
guint64                 schakel_csv_reader_get_offset    (SchakelCsvReader  *reader);
guint64                 schakel_csv_reader_get_size      (SchakelCsvReader  *reader);
const char             *schakel_csv_reader_get_sha256    (SchakelCsvReader  *reader);
const char             *schakel_csv_separator_name       (char               separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelCsvReader, schakel_csv_reader_free)

G_END_DECLS
