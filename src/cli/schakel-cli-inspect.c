/* schakel-cli-inspect.c — `schakel-cli inspect`: what Schakel reads in a
 * file, before any conversion.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows are printed because the user asked to see them; this command
 * touches no database.
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

static int
fail_at (SchakelCsvReader *reader,
         const char       *path,
         const GError     *error)
{
  guint64 line = schakel_csv_reader_get_error_line (reader);
  g_autofree char *message = line > 0 ? g_strdup_printf ("%s:%" G_GUINT64_FORMAT ": %s", path, line, error->message)
                                      : g_strdup_printf ("%s: %s", path, error->message);

  return schakel_cli_fail_message (message);
}

static void
print_json_row (const SchakelCsvRecord *header,
                const SchakelCsvRecord *record,
                GString                *out)
{
  g_string_truncate (out, 0);
  g_string_append_c (out, '{');
  for (guint i = 0; i < record->n_fields; i++)
    {
      g_autofree char *key = i < header->n_fields ? g_strdup (header->fields[i]) : g_strdup_printf ("#%u", i + 1);

      if (i > 0)
        g_string_append_c (out, ',');
      schakel_json_append_string (out, key);
      g_string_append_c (out, ':');
      schakel_json_append_string (out, record->fields[i]);
    }
  g_string_append (out, "}\n");
  fwrite (out->str, 1, out->len, stdout);
}

static void
print_text_row (const SchakelCsvRecord *record,
                GString                *out)
{
  g_string_printf (out, "%6" G_GUINT64_FORMAT "  ", record->line);
  for (guint i = 0; i < record->n_fields; i++)
    {
      if (i > 0)
        g_string_append (out, " │ ");
      schakel_field_append_visible (out, record->fields[i]);
    }
  g_string_append_c (out, '\n');
  fwrite (out->str, 1, out->len, stdout);
}

/* The profile given, or else the saved one an import would use. */
static const SchakelImportProfile *
choose_profile (const SchakelImportProfile *given,
                GPtrArray                  *saved,
                const SchakelCsvRecord     *header)
{
  if (given != NULL)
    return given;
  return schakel_import_profile_choose (saved, (const char * const *) header->fields, header->n_fields);
}

static void
print_summary (const char                 *path,
               SchakelCsvReader           *reader,
               SchakelImportType           given,
               const SchakelImportProfile *given_profile,
               GPtrArray                  *saved)
{
  const SchakelCsvRecord *header = schakel_csv_reader_get_header (reader);
  const SchakelImportProfile *profile = choose_profile (given_profile, saved, header);
  g_auto(GStrv) renamed = profile != NULL
    ? schakel_import_profile_rename_header (profile, (const char * const *) header->fields, header->n_fields)
    : g_strdupv (header->fields);
  SchakelImportType type = given != SCHAKEL_IMPORT_TYPE_NONE ? given
    : profile != NULL ? schakel_import_profile_get_type (profile)
    : schakel_import_detect_type ((const char * const *) header->fields, header->n_fields);
  const SchakelImportFormat *format = type != SCHAKEL_IMPORT_TYPE_NONE ? schakel_import_format_get (type) : NULL;
  g_autofree char *type_text = format != NULL ? g_strdup_printf ("%s (%s)", format->name, _(format->label))
                                              : g_strdup (_("not recognised"));
  g_autofree char *size = schakel_format_count ((gint64) schakel_csv_reader_get_size (reader));
  g_autofree char *size_text = g_strdup_printf (_("%s bytes"), size);
  g_autofree char *header_line = g_strdup_printf ("%" G_GUINT64_FORMAT, header->line);
  const char * const cells[] = {
    _("File:"), path,
    _("Size:"), size_text,
    _("Encoding:"), schakel_encoding_name (schakel_csv_reader_get_encoding (reader)),
    _("Separator:"), schakel_csv_separator_name (schakel_csv_reader_get_separator (reader)),
    _("Header on line:"), header_line,
    _("Type:"), type_text,
    _("Profile:"), profile != NULL ? schakel_import_profile_get_name (profile) : _("none"),
  };

  schakel_cli_print_table (cells, G_N_ELEMENTS (cells) / 2);
  g_print ("%s\n", _("Columns:"));
  for (guint i = 0; i < header->n_fields; i++)
    {
      int c = format != NULL ? schakel_import_format_match (format, renamed[i]) : -1;

      g_print ("  %2u  %-28s → %s\n", i + 1, header->fields[i],
               c >= 0 ? format->columns[c].name : _("(not used)"));
    }
  if (format != NULL)
    for (guint c = 0; c < format->n_columns; c++)
      {
        gboolean found = FALSE;

        for (guint i = 0; i < header->n_fields && !found; i++)
          found = schakel_import_format_match (format, renamed[i]) == (int) c;
        if (!found)
          g_print ("      %-28s → %s %s\n", "", format->columns[c].name,
                   format->columns[c].required ? _("(missing; required)") : _("(missing)"));
      }
  g_print ("%s\n", _("Rows:"));
}

int
schakel_cli_inspect (int    argc,
                     char **argv)
{
  g_autofree char *db_path = NULL;
  g_autofree char *type_name = NULL;
  g_autofree char *profile_name = NULL;
  gboolean json = FALSE;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print only the rows, one JSON object per line, keys from the header"), NULL },
    { "type", 0, 0, G_OPTION_ARG_STRING, &type_name,
      N_("Map the columns onto this type instead of the recognised one"), N_("TYPE") },
    { "profile", 0, 0, G_OPTION_ARG_STRING, &profile_name,
      N_("Map the columns with this mapping profile (default: a saved profile that fits a non-canonical header)"),
      N_("NAME") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelCsvReader) reader = NULL;
  g_autoptr(SchakelImportProfile) profile = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  const SchakelCsvRecord *record;
  SchakelImportType type = SCHAKEL_IMPORT_TYPE_NONE;
  const char *path;

  context = schakel_cli_context_new ("inspect", _("FILE"),
                                     _("Shows how Schakel reads a CSV file: encoding, separator, header, type, "
                                       "how the columns map, and the rows exactly as read."),
                                     entries, &db_path);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      schakel_cli_fail (error);
      return 2;
    }
  if (argc != 2)
    {
      schakel_cli_fail_message (_("Give one file to inspect"));
      return 2;
    }
  if (type_name != NULL && (type = schakel_import_type_from_name (type_name)) == SCHAKEL_IMPORT_TYPE_NONE)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown type “%s”"), type_name);

      schakel_cli_fail_message (message);
      return 2;
    }
  path = argv[1];

  if (profile_name != NULL && !(profile = schakel_import_profile_find (profile_name, &error)))
    {
      schakel_cli_fail (error);
      return 2;
    }
  if (profile == NULL && !json && !(saved = schakel_import_profile_load_all (&error)))
    {
      /* A broken saved profile must not hide what is in the file. */
      g_printerr ("%s %s\n", _("warning:"), error->message);
      g_clear_error (&error);
    }

  if (!json)
    {
      /* The encoding is only certain at the end: read the file once for it. */
      if (!(reader = schakel_csv_reader_open (path, 0, &error)))
        {
          g_autofree char *message = g_strdup_printf ("%s: %s", path, error->message);

          return schakel_cli_fail_message (message);
        }
      while (schakel_csv_reader_next (reader, &record, &error))
        ;
      if (error == NULL)
        print_summary (path, reader, type, profile, saved);
      g_clear_error (&error);
      g_clear_pointer (&reader, schakel_csv_reader_free);
    }

  if (!(reader = schakel_csv_reader_open (path, 0, &error)))
    {
      g_autofree char *message = g_strdup_printf ("%s: %s", path, error->message);

      return schakel_cli_fail_message (message);
    }
  while (schakel_csv_reader_next (reader, &record, &error))
    {
      if (json)
        print_json_row (schakel_csv_reader_get_header (reader), record, out);
      else
        print_text_row (record, out);
    }
  fflush (stdout);
  if (error != NULL)
    return fail_at (reader, path, error);
  return 0;
}
