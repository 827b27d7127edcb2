/* schakel-reference.c — migration 2: the reference data a new database starts with.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Provinces, municipalities, provinces as the default region scheme, the
 * suitability of location types, the norms of DOMAIN.md §5, the default
 * escalation ladder of §6 and the default settings. The values are data:
 * users may change them afterwards, and a later migration that changes a
 * default must leave a user's own changes alone.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-reference-municipalities.h"
#include "schakel-schema-private.h"
#include "schakel-sqlite-private.h"

typedef struct
{
  const char *code;
  const char *suitability;
  int         temporary_after_days; /* -1: never */
} LocationTypeDefault;

static const LocationTypeDefault location_type_defaults[] = {
  { "AC", "regular", 14 },
  { "NO", "temporary", -1 },
  { "TGO", "temporary", -1 },
  { "CNO", "unsuitable", -1 },
};

/* The codes as migration 1 knows them. Frozen here rather than read from
 * schakel-codes.c: a code added there later comes with its own migration,
 * and upgrading an old file must still insert exactly what its CHECK lists
 * allow. */
static const char * const location_type_codes[] = {
  "AC", "COL_AMV", "POL_AMV", "KWV_AZC", "KWV_EXTERN", "BESCHERMDE_OPVANG", "NIDOS_OWG",
  "NIDOS_KWE", "NIDOS_KWE_PLUS", "NIDOS_KWG", "NIDOS_VERLENGD", "AZC", "POL", "GLO", "NO",
  "CNO", "TGO", "OVERIG",
};

static const char * const school_type_codes[] = {
  "PO_NIEUWKOMERS", "PO_REGULIER", "SO", "SBO", "ISK", "VO_REGULIER", "VSO", "TIJDELIJK",
  "MBO_ENTREE", "MBO", "OVERIG",
};

/* School types where a wait-list is usual (LOWAN: ~95 % of ISKs). */
static const char * const waitlist_school_types[] = { "ISK", "PO_NIEUWKOMERS", NULL };

static const char norms_sql[] =
  "INSERT INTO norm (code, kind, start_event, months, valid_from, valid_to, source) VALUES"
  " ('RCD2013', 'school_access', 'asylum_application', 3, NULL, '2026-06-11',"
  "  'EU directive 2013/33, art. 14'),"
  " ('RCD2024', 'school_access', 'asylum_application', 2, '2026-06-12', NULL,"
  "  'EU directive 2024/1346'),"
  " ('COA3M', 'school_access', 'placement_start', 3, NULL, NULL,"
  "  'National practice: in school within 3 months of arrival at the location'),"
  " ('LEERPLICHT', 'school_age', NULL, NULL, NULL, NULL,"
  "  'Leerplichtwet 1969: from the month after the 5th birthday to the end of the school year"
  " of the 16th; qualification duty to 18');";

static const char settings_sql[] =
  "INSERT INTO setting (key, value) VALUES"
  " ('school_age_min_years', '5'),"
  " ('school_age_max_years', '18'),"
  " ('education_min_hours_per_week', '12'),"
  " ('school_gap_days', '7'),"
  " ('moves_window_months', '12'),"
  " ('small_count_k', '5'),"
  " ('min_denominator_percentage', '20'),"
  " ('min_group_median', '10'),"
  " ('default_region_scheme', 'provincie');";

/* The default ladder is a national agreement in Dutch; its names and
 * guidance are data that regions edit, not interface text. */
static const char ladder_sql[] =
  "INSERT INTO escalation_ladder (id, code, name) VALUES (1, 'landelijk', 'Landelijke verzuimladder');"
  "INSERT INTO escalation_ladder_step"
  " (ladder_id, code, name, position, responsible, deadline_working_days, guidance) VALUES"
  " (1, 'schoolgesprek', 'Gesprek op school', 1, 'school', 5,"
  "  'Spreek de jongere aan en betrek de voogd (Nidos) of de COA-mentor; leg afspraken vast.'),"
  " (1, 'melding_duo', 'Melding bij DUO', 2, 'school', 5,"
  "  'Meld het verzuim in het verzuimregister van DUO; bij 16 uur in 4 weken is dit verplicht.'),"
  " (1, 'uitnodiging_lpa', 'Uitnodiging leerplichtambtenaar', 3, 'gemeente', 10,"
  "  'De leerplichtambtenaar nodigt de jongere en de voogd of mentor uit.'),"
  " (1, 'gesprek_lpa', 'Gesprek leerplichtambtenaar', 4, 'gemeente', 10,"
  "  'Bespreek de oorzaak van het verzuim en spreek een plan af met school, voogd en COA.'),"
  " (1, 'casusoverleg', 'Casusoverleg', 5, 'gemeente', 15,"
  "  'Overleg met COA, Nidos, school en zorg; wijs één regiehouder aan.'),"
  " (1, 'waarschuwing', 'Waarschuwing', 6, 'gemeente', 15,"
  "  'Geef een schriftelijke waarschuwing en leg de vervolgstappen uit.'),"
  " (1, 'escalatie_regio', 'Escalatie naar regio/NOO', 7, 'coordinator', 10,"
  "  'De regiocoördinator schaalt op naar de regio of het NOO als de keten vastloopt.'),"
  " (1, 'gesloten', 'Gesloten', 8, 'none', 0,"
  "  'Sluit de melding met een uitkomst.');";

static gboolean
seed_places (sqlite3  *db,
             GError  **error)
{
  g_autoptr(sqlite3_stmt) province = NULL;
  g_autoptr(sqlite3_stmt) municipality = NULL;
  g_autoptr(sqlite3_stmt) region = NULL;
  g_autoptr(sqlite3_stmt) member = NULL;

  if (!schakel_sqlite_exec (db,
                            "INSERT INTO region_scheme (code, name, builtin)"
                            " VALUES ('provincie', 'Provincies', 1);",
                            error))
    return FALSE;

  if (!(province = schakel_sqlite_prepare (db, "INSERT INTO province (code, name) VALUES (?1, ?2)", error)) ||
      !(region = schakel_sqlite_prepare (db, "INSERT INTO region (scheme_code, code, name)"
                                             " VALUES ('provincie', ?1, ?2)", error)) ||
      !(municipality = schakel_sqlite_prepare (db, "INSERT INTO municipality (code, name, province_code)"
                                                   " VALUES (?1, ?2, ?3)", error)) ||
      !(member = schakel_sqlite_prepare (db, "INSERT INTO region_municipality"
                                             " (scheme_code, region_code, municipality_code)"
                                             " VALUES ('provincie', ?2, ?1)", error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (schakel_reference_provinces); i++)
    {
      const SchakelReferenceProvince *p = &schakel_reference_provinces[i];

      schakel_sqlite_bind_text (province, 1, p->code);
      schakel_sqlite_bind_text (province, 2, p->name);
      schakel_sqlite_bind_text (region, 1, p->code);
      schakel_sqlite_bind_text (region, 2, p->name);
      if (!schakel_sqlite_step_done (db, province, error) ||
          !schakel_sqlite_step_done (db, region, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (schakel_reference_municipalities); i++)
    {
      const SchakelReferenceMunicipality *m = &schakel_reference_municipalities[i];

      schakel_sqlite_bind_text (municipality, 1, m->code);
      schakel_sqlite_bind_text (municipality, 2, m->name);
      schakel_sqlite_bind_text (municipality, 3, m->province_code);
      schakel_sqlite_bind_text (member, 1, m->code);
      schakel_sqlite_bind_text (member, 2, m->province_code);
      if (!schakel_sqlite_step_done (db, municipality, error) ||
          !schakel_sqlite_step_done (db, member, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
seed_type_tables (sqlite3  *db,
                  GError  **error)
{
  g_autoptr(sqlite3_stmt) location_type = NULL;
  g_autoptr(sqlite3_stmt) school_type = NULL;
  if (!(location_type = schakel_sqlite_prepare (db, "INSERT INTO location_type"
                                                    " (code, suitability, temporary_after_days)"
                                                    " VALUES (?1, ?2, ?3)", error)) ||
      !(school_type = schakel_sqlite_prepare (db, "INSERT INTO school_type (code, has_waitlist)"
                                                  " VALUES (?1, ?2)", error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (location_type_codes); i++)
    {
      const char *suitability = "regular";
      int after = -1;

      for (guint j = 0; j < G_N_ELEMENTS (location_type_defaults); j++)
        if (g_str_equal (location_type_defaults[j].code, location_type_codes[i]))
          {
            suitability = location_type_defaults[j].suitability;
            after = location_type_defaults[j].temporary_after_days;
          }

      schakel_sqlite_bind_text (location_type, 1, location_type_codes[i]);
      schakel_sqlite_bind_text (location_type, 2, suitability);
      if (after >= 0)
        sqlite3_bind_int (location_type, 3, after);
      else
        sqlite3_bind_null (location_type, 3);
      if (!schakel_sqlite_step_done (db, location_type, error))
        return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (school_type_codes); i++)
    {
      gboolean has_waitlist = g_strv_contains ((const char * const *) waitlist_school_types,
                                               school_type_codes[i]);

      schakel_sqlite_bind_text (school_type, 1, school_type_codes[i]);
      sqlite3_bind_int (school_type, 2, has_waitlist);
      if (!schakel_sqlite_step_done (db, school_type, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_schakel_reference_seed (sqlite3  *db,
                         GError  **error)
{
  return seed_places (db, error) &&
         seed_type_tables (db, error) &&
         schakel_sqlite_exec (db, norms_sql, error) &&
         schakel_sqlite_exec (db, settings_sql, error) &&
         schakel_sqlite_exec (db, ladder_sql, error);
}
