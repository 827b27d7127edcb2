/* schakel-export.c — writes a table as the canonical file that imports it.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns are those of schakel-import-format.c in the same order, so
 * exporting every table and importing the files into a new database gives
 * the same data. Plain files are UTF-8 with ',' and LF, dates ISO and
 * decimals with a point; for Excel the file gets a byte-order mark, ';',
 * CRLF and decimal commas, which Dutch Excel opens as columns.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-audit.h"
#include "schakel-csv-writer.h"
#include "schakel-export.h"
#include "schakel-sqlite-private.h"

static const char * const export_sql[SCHAKEL_N_IMPORT_TYPES] = {
  [SCHAKEL_IMPORT_MUNICIPALITIES] =
    "SELECT code, name, province_code FROM municipality ORDER BY code",
  /* The built-in scheme comes with every database; only the user's own. */
  [SCHAKEL_IMPORT_REGIONS] =
    "SELECT r.scheme_code, r.region_code, g.name, r.municipality_code FROM region_municipality r"
    " JOIN region g ON g.scheme_code = r.scheme_code AND g.code = r.region_code"
    " JOIN region_scheme s ON s.code = r.scheme_code WHERE NOT s.builtin ORDER BY 1, 4",
  [SCHAKEL_IMPORT_MINORS] =
    "SELECT jongere_id,"
    " CASE WHEN birth_date_precision = 'month' THEN substr (birth_date, 1, 7) ELSE birth_date END,"
    " CASE birth_date_estimated WHEN 1 THEN 'ja' ELSE 'nee' END, gender, country_of_origin,"
    " CASE amv WHEN 1 THEN 'ja' ELSE 'nee' END, arrival_date, application_date"
    " FROM minor ORDER BY jongere_id",
  [SCHAKEL_IMPORT_PLACEMENTS] =
    "SELECT m.jongere_id, l.code, l.name, l.type_code, l.municipality_code, p.start_date, p.end_date,"
    " p.reason FROM placement p JOIN minor m ON m.id = p.minor_id JOIN location l ON l.id = p.location_id"
    " ORDER BY m.jongere_id, p.start_date",
  [SCHAKEL_IMPORT_ENROLMENTS] =
    "SELECT m.jongere_id, s.brin, s.branch, s.name, e.school_type, s.municipality_code, e.start_date,"
    " e.end_date, e.hours_per_week FROM enrolment e JOIN minor m ON m.id = e.minor_id"
    " JOIN school s ON s.id = e.school_id ORDER BY 1, 7, 2, 3",
  [SCHAKEL_IMPORT_WAITLIST] =
    "SELECT m.jongere_id, s.brin, s.branch, w.school_type, w.registered_date, w.end_date, w.outcome,"
    " s.name, s.municipality_code"
    " FROM waitlist_entry w JOIN minor m ON m.id = w.minor_id LEFT JOIN school s ON s.id = w.school_id"
    " ORDER BY 1, 5, 4",
  [SCHAKEL_IMPORT_ABSENCE] =
    "SELECT a.report_number, m.jongere_id, s.brin, a.report_type, a.start_date, a.threshold_date,"
    " a.report_date, a.end_date, a.status, s.branch, CASE a.escalated_to_justice WHEN 1 THEN 'ja' ELSE 'nee' END"
    " FROM absence_report a JOIN minor m ON m.id = a.minor_id LEFT JOIN school s ON s.id = a.school_id"
    " ORDER BY 1",
  [SCHAKEL_IMPORT_ESCALATIONS] =
    "SELECT a.report_number, e.step_code, e.date, e.outcome FROM escalation_step e"
    " JOIN absence_report a ON a.id = e.report_id ORDER BY 1, 3, 2",
  [SCHAKEL_IMPORT_PROCEDURE] =
    "SELECT m.jongere_id, p.date, p.event FROM procedure_event p JOIN minor m ON m.id = p.minor_id"
    " ORDER BY 1, 2, 3",
};

static gboolean
record_export (SchakelDatabase            *db,
               const SchakelImportFormat  *format,
               const char                 *path,
               gboolean                    excel,
               guint64                     count,
               GError                    **error)
{
  g_autofree char *file_name = g_path_get_basename (path);
  g_autofree char *detail = NULL;

  /* Bounded so that a long file name never makes the entry too long. */
  if (g_utf8_strlen (file_name, -1) > 200)
    file_name[g_utf8_offset_to_pointer (file_name, 200) - file_name] = '\0';
  detail = g_strdup_printf ("table=%s rows=%" G_GUINT64_FORMAT " format=%s file=%s",
                            format->name, count, excel ? "excel" : "csv", file_name);
  return schakel_audit_record (db, "export.file", NULL, NULL, detail, error);
}

/**
 * schakel_export_table:
 * @db: a writable database: the export is recorded in its audit log
 * @type: which table, as its canonical file
 * @path: the file to write; replaced atomically, mode 0600
 * @excel: write for Dutch Excel (BOM, ';', CRLF, decimal commas)
 * @n_rows: (out) (optional): the number of rows written
 * @error: return location for an error
 *
 * Writes the file and records an `export.file` audit entry with the
 * table, the row count and the file's base name (never its folder, which
 * can hold a user name). Without the entry there is no file.
 *
 * Returns: %TRUE when the file was written
 */
gboolean
schakel_export_table (SchakelDatabase    *db,
                      SchakelImportType   type,
                      const char         *path,
                      gboolean            excel,
                      guint64            *n_rows,
                      GError            **error)
{
  const SchakelImportFormat *format;
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(SchakelCsvWriter) writer = NULL;
  g_autofree const char **row = NULL;
  char separator = excel ? ';' : ',';
  guint64 count = 0;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (type >= 0 && type < SCHAKEL_N_IMPORT_TYPES, FALSE);

  format = schakel_import_format_get (type);
  handle = schakel_database_get_handle (db);
  if (!(stmt = schakel_sqlite_prepare (handle, export_sql[type], error)))
    return FALSE;
  g_assert (sqlite3_column_count (stmt) == (int) format->n_columns);

  if (!(writer = schakel_csv_writer_new (path, separator, excel, error)))
    return FALSE;

  row = g_new0 (const char *, format->n_columns);
  for (guint c = 0; c < format->n_columns; c++)
    row[c] = format->columns[c].name;
  if (!schakel_csv_writer_write_row (writer, row, format->n_columns, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char numbers[4][G_ASCII_DTOSTR_BUF_SIZE];
      guint n_numbers = 0;

      for (guint c = 0; c < format->n_columns; c++)
        {
          if (sqlite3_column_type (stmt, (int) c) == SQLITE_FLOAT && n_numbers < G_N_ELEMENTS (numbers))
            {
              char *text = g_ascii_dtostr (numbers[n_numbers++], G_ASCII_DTOSTR_BUF_SIZE,
                                           sqlite3_column_double (stmt, (int) c));

              if (excel)
                g_strdelimit (text, ".", ',');
              row[c] = text;
            }
          else
            row[c] = (const char *) sqlite3_column_text (stmt, (int) c);
        }
      if (!schakel_csv_writer_write_row (writer, row, format->n_columns, error))
        return FALSE;
      count++;
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Database error"));
      return FALSE;
    }

  /* Recorded before the file appears: a failed rename afterwards records
   * an export too many, never one too few. */
  if (!record_export (db, format, path, excel, count, error) ||
      !schakel_csv_writer_finish (g_steal_pointer (&writer), error))
    return FALSE;
  if (n_rows != NULL)
    *n_rows = count;
  return TRUE;
}
