/* schakel-import-format.c — columns, names and aliases of the canonical
 * files; recognising a file's type from its header.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * docs/import-formats.md describes the same tables for people; keep the
 * two together.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-import-format.h"

#define NO_LIST SCHAKEL_CODE_LIST_GENDER /* ignored unless kind is CODE */

/* name, english, aliases, kind, list, required, key, max_len, example, description */
static const SchakelImportColumn municipality_columns[] = {
  { "gemeente_code", "municipality_code", NULL, SCHAKEL_FIELD_MUNICIPALITY, NO_LIST, TRUE, TRUE, 6, "GM0363", N_("CBS municipality code") },
  { "gemeente_naam", "municipality_name", NULL, SCHAKEL_FIELD_NAME, NO_LIST, TRUE, FALSE, 100, "Amsterdam", N_("Name of the municipality") },
  { "provincie_code", "province_code", NULL, SCHAKEL_FIELD_PROVINCE, NO_LIST, TRUE, FALSE, 4, "PV27", N_("CBS province code") },
};

static const SchakelImportColumn region_columns[] = {
  { "indeling", "scheme", "regio_indeling|region_scheme", SCHAKEL_FIELD_TEXT, NO_LIST, TRUE, TRUE, 32, "rmc", N_("Code of the region scheme") },
  { "regio_code", "region_code", NULL, SCHAKEL_FIELD_TEXT, NO_LIST, TRUE, FALSE, 32, "RMC01", N_("Code of the region within the scheme") },
  { "regio_naam", "region_name", NULL, SCHAKEL_FIELD_NAME, NO_LIST, TRUE, FALSE, 100, "Oost-Groningen", N_("Name of the region") },
  { "gemeente_code", "municipality_code", NULL, SCHAKEL_FIELD_MUNICIPALITY, NO_LIST, TRUE, TRUE, 6, "GM1950", N_("A municipality of the region") },
};

static const SchakelImportColumn minor_columns[] = {
  { "jongere_id", "minor_id", NULL, SCHAKEL_FIELD_ID, NO_LIST, TRUE, TRUE, 64, "J-004711", N_("Pseudonymous id given by the partner") },
  { "geboortedatum", "birth_date", "date_of_birth", SCHAKEL_FIELD_BIRTH_DATE, NO_LIST, FALSE, FALSE, 0, "2010-05", N_("Birth date; a month (jjjj-mm) when the day is unknown") },
  { "geboortedatum_geschat", "birth_date_estimated", NULL, SCHAKEL_FIELD_BOOL, NO_LIST, FALSE, FALSE, 0, "ja", N_("Whether the birth date is an estimate") },
  { "geslacht", "gender", "sex", SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_GENDER, FALSE, FALSE, 0, "v", N_("Gender") },
  { "herkomstland", "country_of_origin", NULL, SCHAKEL_FIELD_COUNTRY, NO_LIST, FALSE, FALSE, 3, "SYR", N_("Country of origin, ISO 3166 alpha-3") },
  { "amv", "unaccompanied", NULL, SCHAKEL_FIELD_BOOL, NO_LIST, TRUE, FALSE, 0, "ja", N_("Unaccompanied minor (amv)") },
  { "datum_aankomst_nl", "arrival_date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, FALSE, FALSE, 0, "03-02-2025", N_("Arrival in the Netherlands") },
  { "datum_asielaanvraag", "application_date", "asylum_application_date", SCHAKEL_FIELD_DATE, NO_LIST, FALSE, FALSE, 0, "05-02-2025", N_("Asylum application") },
};

static const SchakelImportColumn placement_columns[] = {
  { "jongere_id", "minor_id", NULL, SCHAKEL_FIELD_ID, NO_LIST, TRUE, TRUE, 64, "J-004711", N_("The minor") },
  { "locatie_code", "location_code", NULL, SCHAKEL_FIELD_TEXT, NO_LIST, TRUE, FALSE, 32, "TA01", N_("Code of the reception location") },
  { "locatie_naam", "location_name", NULL, SCHAKEL_FIELD_NAME, NO_LIST, FALSE, FALSE, 100, "Aanmeldcentrum Ter Apel", N_("Name of the location") },
  { "locatie_type", "location_type", NULL, SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_LOCATION_TYPE, TRUE, FALSE, 0, "AC", N_("Type of the location") },
  { "gemeente_code", "municipality_code", NULL, SCHAKEL_FIELD_MUNICIPALITY, NO_LIST, TRUE, FALSE, 6, "GM1950", N_("Municipality of the location") },
  { "startdatum", "start_date", "begindatum", SCHAKEL_FIELD_DATE, NO_LIST, TRUE, TRUE, 0, "03-02-2025", N_("First day at the location") },
  { "einddatum", "end_date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, FALSE, FALSE, 0, "", N_("Last day; empty while the placement runs") },
  { "reden", "reason", "move_reason", SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_MOVE_REASON, FALSE, FALSE, 0, "procedure", N_("Why the minor moved here; empty for the first placement") },
};

static const SchakelImportColumn enrolment_columns[] = {
  { "jongere_id", "minor_id", NULL, SCHAKEL_FIELD_ID, NO_LIST, TRUE, TRUE, 64, "J-004711", N_("The minor") },
  { "brin", "brin", NULL, SCHAKEL_FIELD_BRIN, NO_LIST, TRUE, TRUE, 4, "12AB", N_("BRIN number of the school") },
  { "vestiging", "branch", NULL, SCHAKEL_FIELD_BRANCH, NO_LIST, FALSE, TRUE, 2, "01", N_("Branch number; empty means 00") },
  { "school_naam", "school_name", NULL, SCHAKEL_FIELD_NAME, NO_LIST, FALSE, FALSE, 100, "ISK De Brug", N_("Name of the school") },
  { "onderwijssoort", "school_type", NULL, SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_SCHOOL_TYPE, TRUE, FALSE, 0, "ISK", N_("Kind of education") },
  { "gemeente_code", "municipality_code", NULL, SCHAKEL_FIELD_MUNICIPALITY, NO_LIST, TRUE, FALSE, 6, "GM0014", N_("Municipality of the school") },
  { "startdatum", "start_date", "begindatum", SCHAKEL_FIELD_DATE, NO_LIST, TRUE, TRUE, 0, "01-04-2025", N_("First day of the enrolment") },
  { "einddatum", "end_date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, FALSE, FALSE, 0, "", N_("Last day; empty while enrolled") },
  { "uren_per_week", "hours_per_week", NULL, SCHAKEL_FIELD_HOURS, NO_LIST, FALSE, FALSE, 0, "22,5", N_("Hours of education per week, 0 to 60") },
};

static const SchakelImportColumn waitlist_columns[] = {
  { "jongere_id", "minor_id", NULL, SCHAKEL_FIELD_ID, NO_LIST, TRUE, TRUE, 64, "J-004711", N_("The minor") },
  { "brin", "brin", NULL, SCHAKEL_FIELD_BRIN, NO_LIST, FALSE, FALSE, 4, "12AB", N_("BRIN number of the school, when known") },
  { "vestiging", "branch", NULL, SCHAKEL_FIELD_BRANCH, NO_LIST, FALSE, FALSE, 2, "01", N_("Branch number; empty means 00") },
  { "onderwijssoort", "school_type", NULL, SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_SCHOOL_TYPE, TRUE, TRUE, 0, "ISK", N_("Kind of education waited for") },
  { "datum_aanmelding", "registered_date", "registration_date", SCHAKEL_FIELD_DATE, NO_LIST, TRUE, TRUE, 0, "10-03-2025", N_("Day of registration") },
  { "datum_einde", "end_date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, FALSE, FALSE, 0, "", N_("Day the entry closed; empty while waiting") },
  { "uitkomst", "outcome", NULL, SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_WAITLIST_OUTCOME, FALSE, FALSE, 0, "", N_("How the entry closed; required with datum_einde") },
  { "school_naam", "school_name", NULL, SCHAKEL_FIELD_NAME, NO_LIST, FALSE, FALSE, 100, "ISK De Brug", N_("Name of the school (Schakel addition)") },
  { "gemeente_code", "municipality_code", NULL, SCHAKEL_FIELD_MUNICIPALITY, NO_LIST, FALSE, FALSE, 6, "GM0014", N_("Municipality of the school; with brin it adds the school (Schakel addition)") },
};

static const SchakelImportColumn absence_columns[] = {
  { "melding_id", "report_id", "report_number", SCHAKEL_FIELD_ID, NO_LIST, TRUE, TRUE, 32, "ROD-2025-0042", N_("Number of the absence report (DUO)") },
  { "jongere_id", "minor_id", NULL, SCHAKEL_FIELD_ID, NO_LIST, TRUE, FALSE, 64, "J-004711", N_("The minor") },
  { "brin", "brin", NULL, SCHAKEL_FIELD_BRIN, NO_LIST, FALSE, FALSE, 4, "12AB", N_("BRIN number of the reporting school") },
  { "soort", "report_type", NULL, SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_REPORT_TYPE, TRUE, FALSE, 0, "16U_4WK", N_("Kind of report") },
  { "startdatum", "start_date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, TRUE, FALSE, 0, "01-09-2025", N_("First day of the absence") },
  { "datum_grens", "threshold_date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, FALSE, FALSE, 0, "22-09-2025", N_("Day the reporting threshold was reached") },
  { "datum_melding", "report_date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, TRUE, FALSE, 0, "24-09-2025", N_("Day of the report") },
  { "einddatum", "end_date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, FALSE, FALSE, 0, "", N_("Day the report was closed") },
  { "status", "status", NULL, SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_REPORT_STATUS, TRUE, FALSE, 0, "in_behandeling", N_("Status in the register") },
  { "vestiging", "branch", NULL, SCHAKEL_FIELD_BRANCH, NO_LIST, FALSE, FALSE, 2, "01", N_("Branch of the reporting school (Schakel addition)") },
  { "naar_justitie", "escalated_to_justice", NULL, SCHAKEL_FIELD_BOOL, NO_LIST, FALSE, FALSE, 0, "nee", N_("Whether the case went to Halt or the police (Schakel addition)") },
};

static const SchakelImportColumn escalation_columns[] = {
  { "melding_id", "report_id", "report_number", SCHAKEL_FIELD_ID, NO_LIST, TRUE, TRUE, 32, "ROD-2025-0042", N_("The absence report") },
  { "stap", "step", "step_code", SCHAKEL_FIELD_TEXT, NO_LIST, TRUE, TRUE, 32, "gesprek_school", N_("Code of the step on the escalation ladder") },
  { "datum", "date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, TRUE, TRUE, 0, "26-09-2025", N_("Day of the step") },
  { "uitkomst", "outcome", NULL, SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_ESCALATION_OUTCOME, FALSE, FALSE, 0, "uitgevoerd", N_("Outcome of the step") },
};

static const SchakelImportColumn procedure_columns[] = {
  { "jongere_id", "minor_id", NULL, SCHAKEL_FIELD_ID, NO_LIST, TRUE, TRUE, 64, "J-004711", N_("The minor") },
  { "datum", "date", NULL, SCHAKEL_FIELD_DATE, NO_LIST, TRUE, TRUE, 0, "05-02-2025", N_("Day of the event") },
  { "gebeurtenis", "event", NULL, SCHAKEL_FIELD_CODE, SCHAKEL_CODE_LIST_PROCEDURE_EVENT, TRUE, TRUE, 0, "aanvraag", N_("What happened in the asylum procedure") },
};

static const SchakelImportFormat formats[SCHAKEL_N_IMPORT_TYPES] = {
  { SCHAKEL_IMPORT_MUNICIPALITIES, "gemeenten", "municipalities", N_("Municipalities"),
    municipality_columns, G_N_ELEMENTS (municipality_columns) },
  { SCHAKEL_IMPORT_REGIONS, "regio_indeling", "regions", N_("Region scheme"),
    region_columns, G_N_ELEMENTS (region_columns) },
  { SCHAKEL_IMPORT_MINORS, "jongeren", "minors", N_("Minors"),
    minor_columns, G_N_ELEMENTS (minor_columns) },
  { SCHAKEL_IMPORT_PLACEMENTS, "plaatsingen", "placements", N_("Placements"),
    placement_columns, G_N_ELEMENTS (placement_columns) },
  { SCHAKEL_IMPORT_ENROLMENTS, "inschrijvingen", "enrolments", N_("Enrolments"),
    enrolment_columns, G_N_ELEMENTS (enrolment_columns) },
  { SCHAKEL_IMPORT_WAITLIST, "wachtlijst", "waitlist", N_("Wait-list"),
    waitlist_columns, G_N_ELEMENTS (waitlist_columns) },
  { SCHAKEL_IMPORT_ABSENCE, "verzuim", "absence", N_("Absence reports"),
    absence_columns, G_N_ELEMENTS (absence_columns) },
  { SCHAKEL_IMPORT_ESCALATIONS, "escalaties", "escalations", N_("Escalation steps"),
    escalation_columns, G_N_ELEMENTS (escalation_columns) },
  { SCHAKEL_IMPORT_PROCEDURE, "procedure", "procedure", N_("Asylum procedure"),
    procedure_columns, G_N_ELEMENTS (procedure_columns) },
};

/**
 * schakel_import_format_get:
 * @type: a type other than %SCHAKEL_IMPORT_TYPE_NONE
 *
 * Returns: (transfer none): the format of @type
 */
const SchakelImportFormat *
schakel_import_format_get (SchakelImportType type)
{
  g_return_val_if_fail (type >= 0 && type < SCHAKEL_N_IMPORT_TYPES, NULL);

  return &formats[type];
}

/**
 * schakel_import_type_from_name:
 * @name: a Dutch or English type name, or a canonical file name
 *
 * Returns: the type, or %SCHAKEL_IMPORT_TYPE_NONE
 */
SchakelImportType
schakel_import_type_from_name (const char *name)
{
  g_autofree char *lower = NULL;

  if (name == NULL)
    return SCHAKEL_IMPORT_TYPE_NONE;
  lower = g_ascii_strdown (name, -1);
  if (g_str_has_suffix (lower, ".csv"))
    lower[strlen (lower) - 4] = '\0';
  for (guint i = 0; i < SCHAKEL_N_IMPORT_TYPES; i++)
    if (g_str_equal (lower, formats[i].name) || g_str_equal (lower, formats[i].english))
      return formats[i].type;
  return SCHAKEL_IMPORT_TYPE_NONE;
}

/**
 * schakel_import_format_column:
 * @format: a format
 * @name: a canonical column name
 *
 * Returns: the index of the column, or -1
 */
int
schakel_import_format_column (const SchakelImportFormat *format,
                              const char                *name)
{
  for (guint i = 0; i < format->n_columns; i++)
    if (g_str_equal (format->columns[i].name, name))
      return (int) i;
  return -1;
}

/**
 * schakel_import_normalize_header:
 * @name: a column name as written in a file
 *
 * Folds case and drops everything but letters and digits, so that
 * "Jongere ID", "jongere_id" and "JONGERE-ID" compare equal.
 *
 * Returns: (transfer full): the normalised name
 */
char *
schakel_import_normalize_header (const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);
  GString *out = g_string_sized_new (strlen (folded));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static gboolean
name_matches (const char *normalized,
              const char *candidate)
{
  g_autofree char *norm = schakel_import_normalize_header (candidate);

  return g_str_equal (normalized, norm);
}

/**
 * schakel_import_format_match:
 * @format: a format
 * @header_name: a column name as written in a file
 *
 * Returns: the index of the column that @header_name names (Dutch name,
 *   English alias or another alias), or -1
 */
int
schakel_import_format_match (const SchakelImportFormat *format,
                             const char                *header_name)
{
  g_autofree char *normalized = schakel_import_normalize_header (header_name);

  if (*normalized == '\0')
    return -1;

  for (guint i = 0; i < format->n_columns; i++)
    {
      const SchakelImportColumn *col = &format->columns[i];

      if (name_matches (normalized, col->name) || name_matches (normalized, col->english))
        return (int) i;
      if (col->aliases != NULL)
        {
          g_auto(GStrv) aliases = g_strsplit (col->aliases, "|", -1);

          for (guint a = 0; aliases[a] != NULL; a++)
            if (name_matches (normalized, aliases[a]))
              return (int) i;
        }
    }
  return -1;
}

/**
 * schakel_import_format_map_header:
 * @format: a format
 * @header: the header fields
 * @n_header: how many
 * @field_of_column: (out caller-allocates): for each column of @format,
 *   the header field that holds it, or -1
 * @column_of_field: (out caller-allocates) (nullable): for each header
 *   field, the column it holds, or -1 (unknown, or a second field for the
 *   same column)
 *
 * Maps a file's header onto the canonical columns.
 */
void
schakel_import_format_map_header (const SchakelImportFormat *format,
                                  const char * const        *header,
                                  guint                      n_header,
                                  int                       *field_of_column,
                                  int                       *column_of_field)
{
  for (guint c = 0; c < format->n_columns; c++)
    field_of_column[c] = -1;

  for (guint f = 0; f < n_header; f++)
    {
      int c = schakel_import_format_match (format, header[f]);

      if (c >= 0 && field_of_column[c] >= 0)
        c = -1;
      else if (c >= 0)
        field_of_column[c] = (int) f;
      if (column_of_field != NULL)
        column_of_field[f] = c;
    }
}

/**
 * schakel_import_detect_type:
 * @header: the header fields of a file
 * @n_header: how many
 *
 * Recognises a canonical file from its header: the type whose required
 * columns are all there and that names the most columns. A header that
 * fits two types equally well is not guessed.
 *
 * Returns: the type, or %SCHAKEL_IMPORT_TYPE_NONE
 */
SchakelImportType
schakel_import_detect_type (const char * const *header,
                            guint               n_header)
{
  SchakelImportType best = SCHAKEL_IMPORT_TYPE_NONE;
  guint best_matched = 0;
  gboolean tie = FALSE;

  for (guint t = 0; t < SCHAKEL_N_IMPORT_TYPES; t++)
    {
      const SchakelImportFormat *format = &formats[t];
      g_autofree int *field_of_column = g_new (int, format->n_columns);
      gboolean complete = TRUE;
      guint matched = 0;

      schakel_import_format_map_header (format, header, n_header, field_of_column, NULL);
      for (guint c = 0; c < format->n_columns; c++)
        {
          if (field_of_column[c] >= 0)
            matched++;
          else if (format->columns[c].required)
            complete = FALSE;
        }
      if (!complete || matched == 0)
        continue;
      if (matched > best_matched)
        {
          best = format->type;
          best_matched = matched;
          tie = FALSE;
        }
      else if (matched == best_matched)
        tie = TRUE;
    }
  return tie ? SCHAKEL_IMPORT_TYPE_NONE : best;
}

/**
 * schakel_field_kind_describe:
 * @kind: a kind of field
 *
 * Returns: (transfer none): what a value of @kind looks like, translated
 */
const char *
schakel_field_kind_describe (SchakelFieldKind kind)
{
  switch (kind)
    {
    case SCHAKEL_FIELD_ID:
      return _("identifier (text)");
    case SCHAKEL_FIELD_TEXT:
      return _("code (text)");
    case SCHAKEL_FIELD_NAME:
      return _("name (text)");
    case SCHAKEL_FIELD_CODE:
      return _("code from a list");
    case SCHAKEL_FIELD_DATE:
      return _("date (jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj or dd/mm/jjjj)");
    case SCHAKEL_FIELD_BIRTH_DATE:
      return _("date, or month as jjjj-mm");
    case SCHAKEL_FIELD_BOOL:
      return _("ja/nee, j/n or 1/0");
    case SCHAKEL_FIELD_HOURS:
      return _("number 0–60, decimal comma or point");
    case SCHAKEL_FIELD_MUNICIPALITY:
      return _("municipality code GMnnnn");
    case SCHAKEL_FIELD_PROVINCE:
      return _("province code PVnn");
    case SCHAKEL_FIELD_BRIN:
      return _("BRIN: 2 digits and 2 letters");
    case SCHAKEL_FIELD_BRANCH:
      return _("branch: 2 digits");
    case SCHAKEL_FIELD_COUNTRY:
      return _("ISO 3166 alpha-3 country code");
    default:
      return "?";
    }
}
