/* schakel-import-sql.c — the checks over a whole file and the merges by
 * natural key, per canonical file.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The importer stages a file's rows in temp.stage (one column per
 * canonical column, named after it, values already normalised: ISO
 * dates, canonical codes), with `line` as the key and `bad` set on rows
 * that must not be imported. Everything here is set-based SQL, so that a
 * million rows cost a few sorts rather than a million look-ups from C.
 *
 * Natural keys (docs/import-formats.md): municipality gemeente_code;
 * region scheme indeling + gemeente_code; minor jongere_id; placement
 * jongere_id + startdatum; enrolment jongere_id + brin + vestiging +
 * startdatum; wait-list jongere_id + onderwijssoort + datum_aanmelding;
 * absence melding_id; escalation melding_id + stap + datum; procedure
 * jongere_id + gebeurtenis + datum. A row whose key exists replaces the
 * other values of that record; records missing from a file stay. What a
 * coordinator recorded in Schakel (an escalation step with source 'app',
 * a closure, an 18+ plan) is never changed by an import. A record the
 * merge inserts or changes gets :run, the file's import_run id.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-import-private.h"
#include "schakel-ladder-private.h"

#define MINOR_EXISTS(type) \
  { type, "jongere_id", SCHAKEL_ISSUE_ERROR, \
    "SELECT line, jongere_id, NULL FROM stage s WHERE NOT EXISTS" \
    " (SELECT 1 FROM main.minor m WHERE m.jongere_id = s.jongere_id)", \
    N_("there is no minor “{value}” in the database or in the jongeren file imported with this one") }

#define MUNICIPALITY_EXISTS(type) \
  { type, "gemeente_code", SCHAKEL_ISSUE_ERROR, \
    "SELECT line, gemeente_code, NULL FROM stage s WHERE gemeente_code IS NOT NULL AND NOT EXISTS" \
    " (SELECT 1 FROM main.municipality m WHERE m.code = s.gemeente_code)", \
    N_("“{value}” is not a known municipality (CBS code list)") }

/* Walks a minor's placements of the file by start date: a placement that
 * starts before the latest end of the earlier ones overlaps; {other} is
 * the start of the placement before it. Row: line, startdatum, jongere_id,
 * end (open as 9999-12-31). */
static gboolean
placement_overlaps (sqlite3_stmt      *row,
                    SchakelImportWalk *walk)
{
  const char *start = (const char *) sqlite3_column_text (row, 1);
  const char *minor = (const char *) sqlite3_column_text (row, 2);
  const char *end = (const char *) sqlite3_column_text (row, 3);
  gboolean overlaps = FALSE;

  if (start == NULL || minor == NULL || end == NULL)  /* required columns: never on a good row */
    return FALSE;
  if (walk->key->len == 0 || !g_str_equal (walk->key->str, minor))
    {
      g_string_assign (walk->key, minor);
      g_string_assign (walk->carry, end);
    }
  else
    {
      overlaps = strcmp (walk->carry->str, start) > 0;
      if (overlaps)
        g_string_assign (walk->other, walk->prev->str);
      if (strcmp (end, walk->carry->str) > 0)
        g_string_assign (walk->carry, end);
    }
  g_string_assign (walk->prev, start);
  return overlaps;
}

static const SchakelImportSetCheck set_checks[] = {
  { SCHAKEL_IMPORT_MUNICIPALITIES, "provincie_code", SCHAKEL_ISSUE_ERROR,
    "SELECT line, provincie_code, NULL FROM stage s WHERE NOT EXISTS"
    " (SELECT 1 FROM main.province p WHERE p.code = s.provincie_code)",
    N_("“{value}” is not a known province (PV20 to PV31)") },

  MUNICIPALITY_EXISTS (SCHAKEL_IMPORT_REGIONS),
  { SCHAKEL_IMPORT_REGIONS, "indeling", SCHAKEL_ISSUE_ERROR,
    "SELECT line, indeling, NULL FROM stage s WHERE EXISTS"
    " (SELECT 1 FROM main.region_scheme r WHERE r.code = s.indeling AND r.builtin)",
    N_("“{value}” is Schakel’s built-in region scheme and cannot be changed by an import; give the scheme another code") },
  { SCHAKEL_IMPORT_REGIONS, "regio_naam", SCHAKEL_ISSUE_ERROR,
    "SELECT line, regio_naam, first_line FROM (SELECT line, regio_naam,"
    "   first_value (regio_naam) OVER w AS first_name, first_value (line) OVER w AS first_line"
    "   FROM stage WINDOW w AS (PARTITION BY indeling, regio_code ORDER BY line))"
    " WHERE regio_naam IS NOT first_name",
    N_("“{value}” differs from the name this region has on line {other}"),
    &(const SchakelImportKeyRule) { { "indeling", "regio_code" }, { "regio_naam" }, "regio_naam" } },

  MINOR_EXISTS (SCHAKEL_IMPORT_PLACEMENTS),
  MUNICIPALITY_EXISTS (SCHAKEL_IMPORT_PLACEMENTS),
  { SCHAKEL_IMPORT_PLACEMENTS, "locatie_code", SCHAKEL_ISSUE_ERROR,
    "SELECT line, locatie_code, first_line FROM (SELECT line, locatie_code, locatie_type, gemeente_code,"
    "   first_value (locatie_type) OVER w AS first_type, first_value (gemeente_code) OVER w AS first_gm,"
    "   first_value (line) OVER w AS first_line"
    "   FROM stage WINDOW w AS (PARTITION BY locatie_code ORDER BY line))"
    " WHERE locatie_type IS NOT first_type OR gemeente_code IS NOT first_gm",
    N_("location “{value}” has another type or municipality on line {other}; one location has one type and one municipality"),
    &(const SchakelImportKeyRule) { { "locatie_code" }, { "locatie_type", "gemeente_code" }, NULL } },
  /* Placements of one minor must not overlap; moving on the day another
   * ends is fine. Two checks, so that neither sorts the file again: the
   * rows of the file among themselves, walked in key order along the
   * stage's key index, and each row against the minor's placements in the
   * database, found by index, leaving out those a row of this file
   * replaces (same key). */
  { SCHAKEL_IMPORT_PLACEMENTS, "startdatum", SCHAKEL_ISSUE_ERROR,
    "SELECT line, startdatum, jongere_id, coalesce (einddatum, '9999-12-31') FROM stage"
    " WHERE NOT bad ORDER BY jongere_id, startdatum, rowid",
    N_("the placement from {value} overlaps the placement of the same minor from {other}"),
    NULL, placement_overlaps },
  { SCHAKEL_IMPORT_PLACEMENTS, "startdatum", SCHAKEL_ISSUE_ERROR,
    "SELECT s.line, s.startdatum, p.start_date FROM stage s"
    "  JOIN main.minor m ON m.jongere_id = s.jongere_id JOIN main.placement p ON p.minor_id = m.id"
    " WHERE NOT s.bad AND p.start_date < coalesce (s.einddatum, '9999-12-31')"
    "   AND coalesce (p.end_date, '9999-12-31') > s.startdatum"
    "   AND NOT EXISTS (SELECT 1 FROM stage t WHERE t.jongere_id = s.jongere_id AND t.startdatum = p.start_date)",
    N_("the placement from {value} overlaps the placement of the same minor from {other}") },

  MINOR_EXISTS (SCHAKEL_IMPORT_ENROLMENTS),
  MUNICIPALITY_EXISTS (SCHAKEL_IMPORT_ENROLMENTS),
  { SCHAKEL_IMPORT_ENROLMENTS, "gemeente_code", SCHAKEL_ISSUE_ERROR,
    "SELECT line, brin || vestiging, first_line FROM (SELECT line, brin, vestiging, gemeente_code,"
    "   first_value (gemeente_code) OVER w AS first_gm, first_value (line) OVER w AS first_line"
    "   FROM stage WINDOW w AS (PARTITION BY brin, vestiging ORDER BY line))"
    " WHERE gemeente_code IS NOT first_gm",
    N_("school “{value}” is in another municipality on line {other}"),
    &(const SchakelImportKeyRule) { { "brin", "vestiging" }, { "gemeente_code" }, NULL } },

  MINOR_EXISTS (SCHAKEL_IMPORT_WAITLIST),
  MUNICIPALITY_EXISTS (SCHAKEL_IMPORT_WAITLIST),
  { SCHAKEL_IMPORT_WAITLIST, "brin", SCHAKEL_ISSUE_WARNING,
    "SELECT line, brin || coalesce (vestiging, '00'), NULL FROM stage s WHERE brin IS NOT NULL"
    " AND gemeente_code IS NULL AND NOT EXISTS"
    " (SELECT 1 FROM main.school sc WHERE sc.brin = s.brin AND sc.branch = coalesce (s.vestiging, '00'))",
    N_("school “{value}” is not known yet (import its enrolments first); the entry is kept without a school") },

  MINOR_EXISTS (SCHAKEL_IMPORT_ABSENCE),
  { SCHAKEL_IMPORT_ABSENCE, "brin", SCHAKEL_ISSUE_WARNING,
    "SELECT line, brin, NULL FROM stage s WHERE brin IS NOT NULL AND NOT EXISTS"
    " (SELECT 1 FROM main.school sc WHERE sc.brin = s.brin AND (s.vestiging IS NULL OR sc.branch = s.vestiging))",
    N_("school “{value}” is not known yet (import its enrolments first); the report is kept without a school") },

  { SCHAKEL_IMPORT_ESCALATIONS, "melding_id", SCHAKEL_ISSUE_ERROR,
    "SELECT line, melding_id, NULL FROM stage s WHERE NOT EXISTS"
    " (SELECT 1 FROM main.absence_report a WHERE a.report_number = s.melding_id)",
    N_("there is no absence report “{value}” in the database or in the verzuim file imported with this one") },
  { SCHAKEL_IMPORT_ESCALATIONS, "stap", SCHAKEL_ISSUE_WARNING,
    "SELECT line, stap, NULL FROM stage s WHERE NOT EXISTS"
    " (SELECT 1 FROM main.escalation_ladder_step l WHERE l.code = s.stap)",
    N_("“{value}” is not a step of any escalation ladder in this database") },

  MINOR_EXISTS (SCHAKEL_IMPORT_PROCEDURE),
};

/* A school as the last row of a file describes it; an empty name keeps
 * the name the database has. */
#define SCHOOL_UPSERT \
  " ON CONFLICT (brin, branch) DO UPDATE SET" \
  "   name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END," \
  "   municipality_code = excluded.municipality_code" \
  " WHERE (excluded.name <> '' AND name IS NOT excluded.name)" \
  "   OR municipality_code IS NOT excluded.municipality_code"

/* UPSERT needs a WHERE in the SELECT: without one SQLite cannot tell
 * ON CONFLICT from a join's ON. */
static const SchakelImportMerge merges[SCHAKEL_N_IMPORT_TYPES] = {
  [SCHAKEL_IMPORT_MUNICIPALITIES] = {
    { NULL },
    "SELECT count(*) FROM stage s WHERE NOT bad AND NOT EXISTS"
    " (SELECT 1 FROM main.municipality m WHERE m.code = s.gemeente_code)",
    "INSERT INTO main.municipality (code, name, province_code)"
    " SELECT gemeente_code, gemeente_naam, provincie_code FROM stage WHERE NOT bad"
    " ON CONFLICT (code) DO UPDATE SET name = excluded.name, province_code = excluded.province_code"
    " WHERE name IS NOT excluded.name OR province_code IS NOT excluded.province_code",
  },
  [SCHAKEL_IMPORT_REGIONS] = {
    { "INSERT INTO main.region_scheme (code, name) SELECT DISTINCT indeling, indeling FROM stage"
      " WHERE NOT bad ON CONFLICT (code) DO NOTHING",
      "INSERT INTO main.region (scheme_code, code, name)"
      " SELECT indeling, regio_code, regio_naam FROM stage WHERE NOT bad"
      " ON CONFLICT (scheme_code, code) DO UPDATE SET name = excluded.name WHERE name IS NOT excluded.name",
      NULL },
    "SELECT count(*) FROM stage s WHERE NOT bad AND NOT EXISTS (SELECT 1 FROM main.region_municipality r"
    " WHERE r.scheme_code = s.indeling AND r.municipality_code = s.gemeente_code)",
    "INSERT INTO main.region_municipality (scheme_code, region_code, municipality_code)"
    " SELECT indeling, regio_code, gemeente_code FROM stage WHERE NOT bad"
    " ON CONFLICT (scheme_code, municipality_code) DO UPDATE SET region_code = excluded.region_code"
    " WHERE region_code IS NOT excluded.region_code",
  },
  [SCHAKEL_IMPORT_MINORS] = {
    { NULL },
    "SELECT count(*) FROM stage s WHERE NOT bad AND NOT EXISTS"
    " (SELECT 1 FROM main.minor m WHERE m.jongere_id = s.jongere_id)",
    "INSERT INTO main.minor (jongere_id, birth_date, birth_date_precision, birth_date_estimated, gender,"
    "   country_of_origin, amv, arrival_date, application_date, import_run_id)"
    " SELECT jongere_id, geboortedatum, coalesce (prec, 'day'), coalesce (geboortedatum_geschat, 0),"
    "   coalesce (geslacht, 'onbekend'), herkomstland, amv, datum_aankomst_nl, datum_asielaanvraag, :run"
    " FROM stage WHERE NOT bad"
    " ON CONFLICT (jongere_id) DO UPDATE SET birth_date = excluded.birth_date,"
    "   birth_date_precision = excluded.birth_date_precision,"
    "   birth_date_estimated = excluded.birth_date_estimated, gender = excluded.gender,"
    "   country_of_origin = excluded.country_of_origin, amv = excluded.amv,"
    "   arrival_date = excluded.arrival_date, application_date = excluded.application_date,"
    "   import_run_id = excluded.import_run_id"
    " WHERE birth_date IS NOT excluded.birth_date OR birth_date_precision IS NOT excluded.birth_date_precision"
    "   OR birth_date_estimated IS NOT excluded.birth_date_estimated OR gender IS NOT excluded.gender"
    "   OR country_of_origin IS NOT excluded.country_of_origin OR amv IS NOT excluded.amv"
    "   OR arrival_date IS NOT excluded.arrival_date OR application_date IS NOT excluded.application_date",
  },
  [SCHAKEL_IMPORT_PLACEMENTS] = {
    /* The location as its last row in the file describes it; an empty
     * name keeps the name the database has. */
    { "INSERT INTO main.location (code, name, type_code, municipality_code)"
      " SELECT locatie_code, coalesce (locatie_naam, ''), locatie_type, gemeente_code FROM"
      "  (SELECT locatie_code, locatie_naam, locatie_type, gemeente_code, max (line) FROM stage"
      "   WHERE NOT bad GROUP BY locatie_code) WHERE true"
      " ON CONFLICT (code) DO UPDATE SET"
      "   name = CASE WHEN excluded.name <> '' THEN excluded.name ELSE name END,"
      "   type_code = excluded.type_code, municipality_code = excluded.municipality_code"
      " WHERE (excluded.name <> '' AND name IS NOT excluded.name) OR type_code IS NOT excluded.type_code"
      "   OR municipality_code IS NOT excluded.municipality_code",
      NULL },
    "SELECT count(*) FROM stage s JOIN main.minor m ON m.jongere_id = s.jongere_id WHERE NOT s.bad"
    " AND NOT EXISTS (SELECT 1 FROM main.placement p WHERE p.minor_id = m.id AND p.start_date = s.startdatum)",
    "INSERT INTO main.placement (minor_id, location_id, start_date, end_date, reason, import_run_id)"
    " SELECT m.id, l.id, s.startdatum, s.einddatum, s.reden, :run FROM stage s"
    "   JOIN main.minor m ON m.jongere_id = s.jongere_id JOIN main.location l ON l.code = s.locatie_code"
    " WHERE NOT s.bad"
    " ON CONFLICT (minor_id, start_date) DO UPDATE SET location_id = excluded.location_id,"
    "   end_date = excluded.end_date, reason = excluded.reason, import_run_id = excluded.import_run_id"
    " WHERE location_id IS NOT excluded.location_id OR end_date IS NOT excluded.end_date"
    "   OR reason IS NOT excluded.reason",
  },
  [SCHAKEL_IMPORT_ENROLMENTS] = {
    { "INSERT INTO main.school (brin, branch, name, municipality_code)"
      " SELECT brin, vestiging, coalesce (school_naam, ''), gemeente_code FROM"
      "  (SELECT brin, vestiging, school_naam, gemeente_code, max (line) FROM stage"
      "   WHERE NOT bad GROUP BY brin, vestiging) WHERE true"
      SCHOOL_UPSERT,
      NULL },
    "SELECT count(*) FROM stage s JOIN main.minor m ON m.jongere_id = s.jongere_id"
    "   JOIN main.school sc ON sc.brin = s.brin AND sc.branch = s.vestiging"
    " WHERE NOT s.bad AND NOT EXISTS (SELECT 1 FROM main.enrolment e"
    "   WHERE e.minor_id = m.id AND e.school_id = sc.id AND e.start_date = s.startdatum)",
    "INSERT INTO main.enrolment (minor_id, school_id, school_type, start_date, end_date, hours_per_week,"
    "   import_run_id)"
    " SELECT m.id, sc.id, s.onderwijssoort, s.startdatum, s.einddatum, s.uren_per_week, :run FROM stage s"
    "   JOIN main.minor m ON m.jongere_id = s.jongere_id"
    "   JOIN main.school sc ON sc.brin = s.brin AND sc.branch = s.vestiging"
    " WHERE NOT s.bad"
    " ON CONFLICT (minor_id, school_id, start_date) DO UPDATE SET school_type = excluded.school_type,"
    "   end_date = excluded.end_date, hours_per_week = excluded.hours_per_week,"
    "   import_run_id = excluded.import_run_id"
    " WHERE school_type IS NOT excluded.school_type OR end_date IS NOT excluded.end_date"
    "   OR hours_per_week IS NOT excluded.hours_per_week",
  },
  [SCHAKEL_IMPORT_WAITLIST] = {
    /* A row with brin and gemeente_code adds or updates its school. */
    { "INSERT INTO main.school (brin, branch, name, municipality_code)"
      " SELECT brin, coalesce (vestiging, '00'), coalesce (school_naam, ''), gemeente_code FROM"
      "  (SELECT brin, vestiging, school_naam, gemeente_code, max (line) FROM stage"
      "   WHERE NOT bad AND brin IS NOT NULL AND gemeente_code IS NOT NULL GROUP BY brin, vestiging) WHERE true"
      SCHOOL_UPSERT,
      NULL },
    "SELECT count(*) FROM stage s JOIN main.minor m ON m.jongere_id = s.jongere_id WHERE NOT s.bad"
    " AND NOT EXISTS (SELECT 1 FROM main.waitlist_entry w WHERE w.minor_id = m.id"
    "   AND w.school_type = s.onderwijssoort AND w.registered_date = s.datum_aanmelding)",
    "INSERT INTO main.waitlist_entry (minor_id, school_id, school_type, registered_date, end_date, outcome,"
    "   import_run_id)"
    " SELECT m.id, (SELECT sc.id FROM main.school sc WHERE sc.brin = s.brin"
    "     AND sc.branch = coalesce (s.vestiging, '00')),"
    "   s.onderwijssoort, s.datum_aanmelding, s.datum_einde, s.uitkomst, :run FROM stage s"
    "   JOIN main.minor m ON m.jongere_id = s.jongere_id"
    " WHERE NOT s.bad"
    " ON CONFLICT (minor_id, school_type, registered_date) DO UPDATE SET school_id = excluded.school_id,"
    "   end_date = excluded.end_date, outcome = excluded.outcome, import_run_id = excluded.import_run_id"
    " WHERE school_id IS NOT excluded.school_id OR end_date IS NOT excluded.end_date"
    "   OR outcome IS NOT excluded.outcome",
  },
  [SCHAKEL_IMPORT_ABSENCE] = {
    /* A file without naar_justitie keeps what the database knows. */
    { "UPDATE stage SET naar_justitie = (SELECT a.escalated_to_justice FROM main.absence_report a"
      "   WHERE a.report_number = stage.melding_id)"
      " WHERE naar_justitie IS NULL",
      NULL },
    "SELECT count(*) FROM stage s WHERE NOT bad AND NOT EXISTS"
    " (SELECT 1 FROM main.absence_report a WHERE a.report_number = s.melding_id)",
    "INSERT INTO main.absence_report (report_number, minor_id, school_id, report_type, start_date,"
    "   threshold_date, report_date, end_date, status, escalated_to_justice, import_run_id)"
    " SELECT s.melding_id, m.id,"
    "   (SELECT sc.id FROM main.school sc WHERE sc.brin = s.brin"
    "     AND (s.vestiging IS NULL OR sc.branch = s.vestiging) ORDER BY sc.branch LIMIT 1),"
    "   s.soort, s.startdatum, s.datum_grens, s.datum_melding, s.einddatum, s.status,"
    "   coalesce (s.naar_justitie, 0), :run"
    " FROM stage s JOIN main.minor m ON m.jongere_id = s.jongere_id WHERE NOT s.bad"
    " ON CONFLICT (report_number) DO UPDATE SET minor_id = excluded.minor_id,"
    "   school_id = excluded.school_id, report_type = excluded.report_type,"
    "   start_date = excluded.start_date, threshold_date = excluded.threshold_date,"
    "   report_date = excluded.report_date, end_date = excluded.end_date, status = excluded.status,"
    "   escalated_to_justice = excluded.escalated_to_justice, import_run_id = excluded.import_run_id"
    " WHERE minor_id IS NOT excluded.minor_id OR school_id IS NOT excluded.school_id"
    "   OR report_type IS NOT excluded.report_type OR start_date IS NOT excluded.start_date"
    "   OR threshold_date IS NOT excluded.threshold_date OR report_date IS NOT excluded.report_date"
    "   OR end_date IS NOT excluded.end_date OR status IS NOT excluded.status"
    "   OR escalated_to_justice IS NOT excluded.escalated_to_justice",
  },
  [SCHAKEL_IMPORT_ESCALATIONS] = {
    { NULL },
    "SELECT count(*) FROM stage s JOIN main.absence_report a ON a.report_number = s.melding_id"
    " WHERE NOT s.bad AND NOT EXISTS (SELECT 1 FROM main.escalation_step e"
    "   WHERE e.report_id = a.id AND e.step_code = s.stap AND e.date = s.datum)",
    /* A step recorded in Schakel (source 'app') is never changed by an
     * import (docs/import-formats.md); a new step is linked to the step
     * of its report's ladder. */
    "INSERT INTO main.escalation_step (report_id, step_code, date, outcome, ladder_step_id, source,"
    "   import_run_id)"
    " SELECT a.id, s.stap, s.datum, s.uitkomst,"
    "   (SELECT ls.id FROM main.escalation_ladder_step ls WHERE ls.code = s.stap"
    "     AND ls.ladder_id = " SCHAKEL_LADDER_FOR_MUNICIPALITY (SCHAKEL_REPORT_MUNICIPALITY_OF ("a")) "),"
    "   'import', :run FROM stage s"
    "   JOIN main.absence_report a ON a.report_number = s.melding_id WHERE NOT s.bad"
    " ON CONFLICT (report_id, step_code, date) DO UPDATE SET outcome = excluded.outcome,"
    "   import_run_id = excluded.import_run_id"
    " WHERE source = 'import' AND outcome IS NOT excluded.outcome",
  },
  [SCHAKEL_IMPORT_PROCEDURE] = {
    { NULL },
    "SELECT count(*) FROM stage s JOIN main.minor m ON m.jongere_id = s.jongere_id WHERE NOT s.bad"
    " AND NOT EXISTS (SELECT 1 FROM main.procedure_event p WHERE p.minor_id = m.id"
    "   AND p.event = s.gebeurtenis AND p.date = s.datum)",
    "INSERT INTO main.procedure_event (minor_id, date, event, import_run_id)"
    " SELECT m.id, s.datum, s.gebeurtenis, :run FROM stage s JOIN main.minor m ON m.jongere_id = s.jongere_id"
    " WHERE NOT s.bad ON CONFLICT (minor_id, event, date) DO NOTHING",
  },
};

static const SchakelImportDateOrder date_orders[] = {
  { SCHAKEL_IMPORT_MINORS, "datum_aankomst_nl", "geboortedatum" },
  { SCHAKEL_IMPORT_MINORS, "datum_asielaanvraag", "geboortedatum" },
  { SCHAKEL_IMPORT_PLACEMENTS, "einddatum", "startdatum" },
  { SCHAKEL_IMPORT_ENROLMENTS, "einddatum", "startdatum" },
  { SCHAKEL_IMPORT_WAITLIST, "datum_einde", "datum_aanmelding" },
  { SCHAKEL_IMPORT_ABSENCE, "datum_grens", "startdatum" },
  { SCHAKEL_IMPORT_ABSENCE, "datum_melding", "startdatum" },
  { SCHAKEL_IMPORT_ABSENCE, "einddatum", "startdatum" },
};

const SchakelImportSetCheck *
_schakel_import_set_checks (guint *n_checks)
{
  *n_checks = G_N_ELEMENTS (set_checks);
  return set_checks;
}

const SchakelImportMerge *
_schakel_import_merge (SchakelImportType type)
{
  return &merges[type];
}

const SchakelImportDateOrder *
_schakel_import_date_orders (guint *n_orders)
{
  *n_orders = G_N_ELEMENTS (date_orders);
  return date_orders;
}
