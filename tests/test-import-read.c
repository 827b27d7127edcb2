/* test-import-read.c — reading partner files: encodings, separators,
 * quotes, headers, bad files, and every field message.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

static char *
corpus (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "import", name, NULL);
}

/* Reads every record of @path into an array of "line|f1|f2|…" strings. */
static GPtrArray *
read_all (const char  *path,
          GError     **error)
{
  g_autoptr(SchakelCsvReader) reader = schakel_csv_reader_open (path, 0, error);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_free);
  const SchakelCsvRecord *record;

  if (reader == NULL)
    return NULL;
  while (schakel_csv_reader_next (reader, &record, error))
    {
      g_autofree char *fields = g_strjoinv ("|", record->fields);

      g_ptr_array_add (rows, g_strdup_printf ("%" G_GUINT64_FORMAT "|%s", record->line, fields));
    }
  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&rows);
}

static void
test_read_excel_encodings (void)
{
  static const struct {
    const char      *file;
    SchakelEncoding  encoding;
    char             separator;
  } cases[] = {
    { "excel-utf8-bom-semicolon.csv", SCHAKEL_ENCODING_UTF8_BOM, ';' },
    { "excel-windows-1252.csv", SCHAKEL_ENCODING_WINDOWS_1252, ';' },
    { "excel-utf16le-tab.csv", SCHAKEL_ENCODING_UTF16LE, '\t' },
    { "excel-utf16be-semicolon.csv", SCHAKEL_ENCODING_UTF16BE, ';' },
    { "sep-line.csv", SCHAKEL_ENCODING_WINDOWS_1252, ';' },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = corpus (cases[i].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(SchakelCsvReader) reader = schakel_csv_reader_open (path, 0, &error);
      const SchakelCsvRecord *header, *record;
      guint offset = g_str_equal (cases[i].file, "sep-line.csv") ? 1 : 0;

      g_assert_no_error (error);
      header = schakel_csv_reader_get_header (reader);
      g_assert_cmpuint (header->n_fields, ==, 8);
      g_assert_cmpstr (header->fields[0], ==, "jongere_id");
      g_assert_cmpint (schakel_csv_reader_get_separator (reader), ==, cases[i].separator);
      g_assert_cmpint (schakel_import_detect_type ((const char * const *) header->fields, header->n_fields), ==,
                       SCHAKEL_IMPORT_PLACEMENTS);

      g_assert_true (schakel_csv_reader_next (reader, &record, &error));
      g_assert_cmpuint (record->line, ==, 2 + offset);
      g_assert_cmpstr (record->fields[2], ==, "Aanmeldcentrum “Ter Apel” – Noord");
      g_assert_true (schakel_csv_reader_next (reader, &record, &error));
      g_assert_cmpstr (record->fields[2], ==, "Noodopvang € 5 — Sporthal Café");
      g_assert_cmpstr (record->fields[7], ==, "capacity");
      g_assert_true (schakel_csv_reader_next (reader, &record, &error));
      g_assert_cmpuint (record->line, ==, 4 + offset);
      g_assert_cmpstr (record->fields[5], ==, "1-3-2025");
      g_assert_cmpstr (record->fields[7], ==, "");
      g_assert_false (schakel_csv_reader_next (reader, &record, &error));
      g_assert_no_error (error);
      g_assert_cmpint (schakel_csv_reader_get_encoding (reader), ==, cases[i].encoding);
      g_assert_cmpuint (strlen (schakel_csv_reader_get_sha256 (reader)), ==, 64);
    }
}

static void
test_read_quoted (void)
{
  g_autofree char *path = corpus ("quoted.csv");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = read_all (path, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (rows->pdata[0], ==, "3|J-0001|TA01|Ter Apel, \"Noord\"|AC|GM1950|2025-02-03|2025-02-17|");
  /* A line break inside quotes: the record starts on line 4, the next one
   * after the blank line 6. */
  g_assert_cmpstr (rows->pdata[1], ==, "4|J-0001|NO07|Sporthal\nDe Linde|NO|GM0363|2025-02-17||capacity");
  /* Spaces are kept as written; the validator trims. */
  g_assert_cmpstr (rows->pdata[2], ==, "7|J-0002| TA01 |  Ter Apel  |AC|GM1950|2025-03-01||");
}

static void
write_file (const char   *path,
            const char   *data,
            gssize        len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
}

static void
assert_open_fails (const char *path,
                   const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelCsvReader) reader = schakel_csv_reader_open (path, 0, &error);

  g_assert_null (reader);
  g_assert_nonnull (error);
  if (strstr (error->message, needle) == NULL)
    g_error ("expected “%s” in: %s", needle, error->message);
}

/* Opens @path fine, then fails while reading. */
static void
assert_read_fails (const char *path,
                   guint64     line,
                   const char *needle)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelCsvReader) reader = schakel_csv_reader_open (path, 0, &error);
  const SchakelCsvRecord *record;

  g_assert_no_error (error);
  while (schakel_csv_reader_next (reader, &record, &error))
    ;
  g_assert_nonnull (error);
  if (strstr (error->message, needle) == NULL)
    g_error ("expected “%s” in: %s", needle, error->message);
  g_assert_cmpuint (schakel_csv_reader_get_error_line (reader), ==, line);
}

static void
test_read_bad_files (void)
{
  g_autofree char *empty = corpus ("empty.csv");
  g_autofree char *binary = corpus ("binary.csv");
  g_autofree char *unclosed = corpus ("unclosed-quote.csv");
  g_autofree char *blank = schakel_test_tmp_path ("blank.csv");
  g_autofree char *stray = schakel_test_tmp_path ("stray.csv");
  g_autofree char *mixed = schakel_test_tmp_path ("mixed.csv");
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autofree char *missing = schakel_test_tmp_path ("missing.csv");

  assert_open_fails (empty, "empty");
  assert_open_fails (binary, "NUL byte");
  assert_open_fails (dir, "folder");
  assert_open_fails (missing, "Cannot read");
  write_file (blank, "\r\n\n\r\n", -1);
  assert_open_fails (blank, "empty");

  assert_read_fails (unclosed, 3, "never closes");
  write_file (stray, "a;b\n1;2\n3;x\"y\n", -1);
  assert_read_fails (stray, 3, "wrong place");
  /* UTF-8 for more than the first chunk, then a Windows-1252 byte: saved
   * in two encodings. (Within one chunk, invalid UTF-8 makes it
   * Windows-1252 from the start.) */
  {
    g_autoptr(GString) text = g_string_new ("a;b\n");

    for (guint i = 0; i < 10000; i++)
      g_string_append (text, "Café;1\n");
    g_string_append (text, "Caf\xe9;2\n");
    write_file (mixed, text->str, (gssize) text->len);
    assert_read_fails (mixed, 10002, "0xE9");
  }
}

/* A field of 10 MB is refused without holding it all. */
static void
test_read_huge_field (void)
{
  g_autofree char *path = schakel_test_tmp_path ("huge-field.csv");
  g_autofree char *unclosed = schakel_test_tmp_path ("huge-unclosed.csv");
  g_autoptr(GString) data = g_string_new ("a;b\n1;\"");

  for (guint i = 0; i < 10 * 1024 * 1024 / 64; i++)
    g_string_append (data, "0123456789012345678901234567890123456789012345678901234567890123");
  write_file (unclosed, data->str, (gssize) data->len);
  g_string_append (data, "\"\n2;3\n");
  write_file (path, data->str, (gssize) data->len);

  assert_read_fails (path, 2, "longer than 1 MiB");
  assert_read_fails (unclosed, 2, "longer than 1 MiB");
}

/* Characters split over the 64 KiB chunks of the reader come out whole. */
static void
test_read_chunk_boundaries (void)
{
  static const char * const encodings[] = { "UTF-8", "UTF-16LE", "WINDOWS-1252" };

  for (guint e = 0; e < G_N_ELEMENTS (encodings); e++)
    {
      g_autofree char *name = g_strdup_printf ("boundary-%u.csv", e);
      g_autofree char *path = schakel_test_tmp_path (name);
      g_autoptr(GString) text = g_string_new ("naam;nr\n");
      g_autofree char *bytes = NULL;
      g_autoptr(GString) file = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      gsize len = 0;

      for (guint i = 0; i < 20000; i++)
        g_string_append_printf (text, "“Café €%u” – x;%u\n", i, i);
      bytes = g_convert (text->str, (gssize) text->len, encodings[e], "UTF-8", NULL, &len, &error);
      g_assert_no_error (error);
      if (e == 1)
        g_string_append_len (file, "\xff\xfe", 2);
      g_string_append_len (file, bytes, (gssize) len);
      write_file (path, file->str, (gssize) file->len);

      rows = read_all (path, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (rows->len, ==, 20000);
      for (guint i = 0; i < rows->len; i += 997)
        {
          g_autofree char *expected = g_strdup_printf ("%u|“Café €%u” – x|%u", i + 2, i, i);

          g_assert_cmpstr (rows->pdata[i], ==, expected);
        }
    }
}

static void
test_read_headers (void)
{
  static const char * const english[] = { "Minor ID", "Birth Date", "GENDER", "Unaccompanied" };
  static const char * const dutch_spaced[] = { " Jongere ID ", "Locatie-Code", "LOCATIE_TYPE", "gemeente code", "Start datum" };
  static const char * const ambiguous[] = { "jongere_id" };
  static const char * const escalations[] = { "melding_id", "stap", "datum", "uitkomst" };
  const SchakelImportFormat *placements = schakel_import_format_get (SCHAKEL_IMPORT_PLACEMENTS);
  int field_of_column[8];

  g_assert_cmpint (schakel_import_detect_type (english, G_N_ELEMENTS (english)), ==, SCHAKEL_IMPORT_MINORS);
  g_assert_cmpint (schakel_import_detect_type (dutch_spaced, G_N_ELEMENTS (dutch_spaced)), ==, SCHAKEL_IMPORT_PLACEMENTS);
  g_assert_cmpint (schakel_import_detect_type (ambiguous, 1), ==, SCHAKEL_IMPORT_TYPE_NONE);
  g_assert_cmpint (schakel_import_detect_type (escalations, 4), ==, SCHAKEL_IMPORT_ESCALATIONS);

  schakel_import_format_map_header (placements, dutch_spaced, G_N_ELEMENTS (dutch_spaced), field_of_column, NULL);
  g_assert_cmpint (field_of_column[0], ==, 0);
  g_assert_cmpint (field_of_column[1], ==, 1);
  g_assert_cmpint (field_of_column[2], ==, -1);
  g_assert_cmpint (field_of_column[5], ==, 4);

  g_assert_cmpint (schakel_import_type_from_name ("Plaatsingen.csv"), ==, SCHAKEL_IMPORT_PLACEMENTS);
  g_assert_cmpint (schakel_import_type_from_name ("absence"), ==, SCHAKEL_IMPORT_ABSENCE);
  g_assert_cmpint (schakel_import_type_from_name ("nonsense"), ==, SCHAKEL_IMPORT_TYPE_NONE);
}

static void
test_read_windows_1252_table (void)
{
  g_assert_cmpuint (schakel_windows_1252_to_unichar (0x80), ==, 0x20AC);
  g_assert_cmpuint (schakel_windows_1252_to_unichar (0x93), ==, 0x201C);
  g_assert_cmpuint (schakel_windows_1252_to_unichar (0x94), ==, 0x201D);
  g_assert_cmpuint (schakel_windows_1252_to_unichar (0x96), ==, 0x2013);
  g_assert_cmpuint (schakel_windows_1252_to_unichar (0x97), ==, 0x2014);
  g_assert_cmpuint (schakel_windows_1252_to_unichar (0x81), ==, 0xFFFD);
  g_assert_cmpuint (schakel_windows_1252_to_unichar (0xE9), ==, 0xE9);

  /* The same as glibc's converter for every defined byte. */
  for (guint b = 0x80; b < 0x100; b++)
    {
      char in[1] = { (char) b };
      g_autofree char *out = g_convert (in, 1, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL);

      if (out != NULL)
        g_assert_cmpuint (g_utf8_get_char (out), ==, schakel_windows_1252_to_unichar ((guint8) b));
    }
}

/* Every field message: the column kind, the text, and a piece of the
 * error (or of the warning, after "W:"), or the stored value after "=". */
static void
test_validate_messages (void)
{
  static const struct {
    SchakelImportType  type;
    const char        *column;
    const char        *raw;
    const char        *expect;
  } cases[] = {
    { SCHAKEL_IMPORT_MINORS, "jongere_id", "", "a value is required" },
    { SCHAKEL_IMPORT_MINORS, "jongere_id", "1,23E+05", "scientific notation" },
    { SCHAKEL_IMPORT_MINORS, "jongere_id", "4.5e6", "scientific notation" },
    { SCHAKEL_IMPORT_MINORS, "jongere_id", "  J-1 ", "=J-1" },
    { SCHAKEL_IMPORT_MINORS, "jongere_id", "'-J1", "=-J1" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "31-02-2010", "does not exist" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "2010-13-01", "no month 13" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "05/14/2010", "cannot be day-first" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "14-5-10", "two-digit year" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "40321", "Excel date number" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "mei-10", "is not a date" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "0210-05-14", "not plausible" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "2010-05", "=2010-05-01" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "14-05-2010", "=2010-05-14" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "4-5-2010", "=2010-05-04" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "14/05/2010", "=2010-05-14" },
    { SCHAKEL_IMPORT_MINORS, "geboortedatum", "29-02-2012 00:00", "=2012-02-29" },
    { SCHAKEL_IMPORT_MINORS, "datum_aankomst_nl", "2010-05", "is not a date" },
    { SCHAKEL_IMPORT_MINORS, "amv", "misschien", "not yes or no" },
    { SCHAKEL_IMPORT_MINORS, "amv", "J", "=1" },
    { SCHAKEL_IMPORT_MINORS, "amv", "nee", "=0" },
    { SCHAKEL_IMPORT_MINORS, "geslacht", "vrouw", "not a known code; expected one of: m, v, x, onbekend" },
    { SCHAKEL_IMPORT_MINORS, "geslacht", "V", "=v" },
    { SCHAKEL_IMPORT_MINORS, "herkomstland", "SY1", "not a country code" },
    { SCHAKEL_IMPORT_MINORS, "herkomstland", "syr", "=SYR" },
    { SCHAKEL_IMPORT_PLACEMENTS, "locatie_type", "AZC-X", "not a known code" },
    { SCHAKEL_IMPORT_PLACEMENTS, "locatie_type", "azc", "=AZC" },
    { SCHAKEL_IMPORT_PLACEMENTS, "gemeente_code", "GM36", "W:leading zeros" },
    { SCHAKEL_IMPORT_PLACEMENTS, "gemeente_code", "363", "=GM0363" },
    { SCHAKEL_IMPORT_PLACEMENTS, "gemeente_code", "0363", "=GM0363" },
    { SCHAKEL_IMPORT_PLACEMENTS, "gemeente_code", "Amsterdam", "not a municipality code" },
    { SCHAKEL_IMPORT_PLACEMENTS, "gemeente_code", "3,63E+02", "scientific notation" },
    { SCHAKEL_IMPORT_PLACEMENTS, "locatie_naam", "AZC M??nster", "W:run of “?” or “_”" },
    { SCHAKEL_IMPORT_PLACEMENTS, "locatie_naam", "AZC ___", "W:run of “?” or “_”" },
    { SCHAKEL_IMPORT_PLACEMENTS, "locatie_naam", "AZC M\xef\xbf\xbdnster", "W:run of “?” or “_”" },
    { SCHAKEL_IMPORT_PLACEMENTS, "reden", "verhuisd", "not a known code" },
    { SCHAKEL_IMPORT_PLACEMENTS, "locatie_code", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "too long" },
    { SCHAKEL_IMPORT_ENROLMENTS, "brin", "2AB", "leading zero was probably lost (02AB?)" },
    { SCHAKEL_IMPORT_ENROLMENTS, "brin", "12ABC", "not a BRIN number" },
    { SCHAKEL_IMPORT_ENROLMENTS, "brin", "12ab", "=12AB" },
    { SCHAKEL_IMPORT_ENROLMENTS, "vestiging", "1", "W:leading zero" },
    { SCHAKEL_IMPORT_ENROLMENTS, "vestiging", "1", "=01" },
    { SCHAKEL_IMPORT_ENROLMENTS, "vestiging", "A1", "not a branch number" },
    { SCHAKEL_IMPORT_ENROLMENTS, "uren_per_week", "22,5", "=22,5" },
    { SCHAKEL_IMPORT_ENROLMENTS, "uren_per_week", "61", "from 0 to 60" },
    { SCHAKEL_IMPORT_ENROLMENTS, "uren_per_week", "1.234,5", "from 0 to 60" },
    { SCHAKEL_IMPORT_ENROLMENTS, "onderwijssoort", "HAVO", "not a known code" },
    { SCHAKEL_IMPORT_MUNICIPALITIES, "provincie_code", "27", "not a province code" },
    { SCHAKEL_IMPORT_WAITLIST, "uitkomst", "geplaatst_elders", "not a known code" },
    { SCHAKEL_IMPORT_ABSENCE, "soort", "16u", "not a known code" },
    { SCHAKEL_IMPORT_ABSENCE, "status", "open", "not a known code" },
    { SCHAKEL_IMPORT_ESCALATIONS, "uitkomst", "klaar", "not a known code" },
    { SCHAKEL_IMPORT_PROCEDURE, "gebeurtenis", "verblijfsvergunning", "not a known code" },
  };
  SchakelFieldCheck check;

  schakel_field_check_init (&check);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const SchakelImportFormat *format = schakel_import_format_get (cases[i].type);
      int c = schakel_import_format_column (format, cases[i].column);
      const char *expect = cases[i].expect;
      gboolean ok;

      g_assert_cmpint (c, >=, 0);
      ok = schakel_field_check (&format->columns[c], cases[i].raw, &check);
      if (expect[0] == '=')
        {
          g_assert_true (ok);
          g_assert_cmpstr (check.value->str, ==, expect + 1);
        }
      else if (g_str_has_prefix (expect, "W:"))
        {
          g_assert_true (ok);
          if (strstr (check.warning->str, expect + 2) == NULL)
            g_error ("%s “%s”: expected warning “%s”, got “%s”", cases[i].column, cases[i].raw, expect + 2,
                     check.warning->str);
        }
      else
        {
          g_assert_false (ok);
          if (strstr (check.error->str, expect) == NULL)
            g_error ("%s “%s”: expected “%s”, got “%s”", cases[i].column, cases[i].raw, expect, check.error->str);
        }
    }

  /* Messages quote a value, shortened: never more than the field. */
  {
    const SchakelImportFormat *format = schakel_import_format_get (SCHAKEL_IMPORT_MINORS);
    g_autofree char *long_value = g_strnfill (500, '7');

    g_assert_false (schakel_field_check (&format->columns[5], long_value, &check));
    g_assert_cmpuint (strlen (check.error->str), <, 200);
  }
  schakel_field_check_clear (&check);
}

static void
test_validate_slash_flags (void)
{
  SchakelDay day;
  gboolean month = FALSE, amb = FALSE, month_first = FALSE;

  g_assert_true (schakel_import_parse_date ("03/04/2011", FALSE, &day, &month, &amb, &month_first, NULL));
  g_assert_true (amb);
  g_assert_true (schakel_import_parse_date ("04/04/2011", FALSE, &day, &month, &amb, &month_first, NULL));
  g_assert_false (amb);
  g_assert_true (schakel_import_parse_date ("20/04/2011", FALSE, &day, &month, &amb, &month_first, NULL));
  g_assert_false (amb);
  g_assert_false (schakel_import_parse_date ("04/20/2011", FALSE, &day, &month, &amb, &month_first, NULL));
  g_assert_true (month_first);
  g_assert_true (schakel_import_parse_date ("03-04-2011", FALSE, &day, &month, &amb, &month_first, NULL));
  g_assert_false (amb);
}

static void
check_utf8_issue (const SchakelImportIssue *issue,
                  gpointer                  user_data)
{
  guint *n = user_data;

  g_assert_true (g_utf8_validate (issue->message, -1, NULL));
  (*n)++;
}

/* Inputs from fuzz/fuzz-import.c (docs/HACKING.md, "Fuzzing") are
 * imported as the fuzzer does: a clear message, never a crash. */
static void
test_read_fuzz_regressions (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "data", "import", "fuzz", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("fuzz-regressions.db");
  const char *name;
  guint n_files = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(SchakelImport) import =
        schakel_import_new (SCHAKEL_IMPORT_DRY_RUN | SCHAKEL_IMPORT_VALID_ONLY | SCHAKEL_IMPORT_UNRECORDED);
      g_autoptr(GError) error = NULL;
      guint n_issues = 0;

      if (g_str_has_suffix (name, ".md"))
        continue;
      g_test_message ("%s", name);
      schakel_import_set_issue_func (import, check_utf8_issue, &n_issues);
      schakel_import_add_file (import, path, SCHAKEL_IMPORT_TYPE_NONE);
      if (!schakel_import_run (import, db, NULL, &error))
        {
          g_assert_nonnull (error);
          g_assert_true (g_utf8_validate (error->message, -1, NULL));
          g_assert_cmpuint (n_issues, >, 0);
        }
      n_files++;
    }
  g_assert_cmpuint (n_files, >, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM import_run"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/import-read/excel-encodings", test_read_excel_encodings);
  g_test_add_func ("/core/import-read/quoted", test_read_quoted);
  g_test_add_func ("/core/import-read/bad-files", test_read_bad_files);
  g_test_add_func ("/core/import-read/huge-field", test_read_huge_field);
  g_test_add_func ("/core/import-read/chunk-boundaries", test_read_chunk_boundaries);
  g_test_add_func ("/core/import-read/headers", test_read_headers);
  g_test_add_func ("/core/import-read/windows-1252", test_read_windows_1252_table);
  g_test_add_func ("/core/import-validate/messages", test_validate_messages);
  g_test_add_func ("/core/import-validate/slash-dates", test_validate_slash_flags);
  g_test_add_func ("/core/import/fuzz-regressions", test_read_fuzz_regressions);

  return g_test_run ();
}
