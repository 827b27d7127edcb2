/* schakel-schema-v5.c — migration 5, the part in C: link the recorded
 * escalation steps to their ladder step and fill in the public holidays.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A migration is history: the SQL below is written out, not built from
 * the macros the rest of core uses, so that later changes there cannot
 * change what migration 5 did.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-date.h"
#include "schakel-holidays-private.h"
#include "schakel-schema-private.h"
#include "schakel-sqlite-private.h"

/* Each step recorded so far belongs to the ladder of its report's region
 * (the default scheme's region first), else to the national ladder. */
static const char link_steps_sql[] =
  "UPDATE escalation_step SET ladder_step_id = ("
  "  SELECT ls.id FROM absence_report r LEFT JOIN school s ON s.id = r.school_id"
  "  JOIN escalation_ladder_step ls ON ls.code = escalation_step.step_code"
  "  WHERE r.id = escalation_step.report_id AND ls.ladder_id = coalesce ("
  "    (SELECT el.id FROM escalation_ladder el JOIN region_municipality erm"
  "       ON erm.scheme_code = el.scheme_code AND erm.region_code = el.region_code"
  "     WHERE erm.municipality_code = coalesce (s.municipality_code,"
  "       (SELECT l.municipality_code FROM placement p JOIN location l ON l.id = p.location_id"
  "        WHERE p.minor_id = r.minor_id AND p.start_date <= r.report_date"
  "        ORDER BY p.start_date DESC LIMIT 1))"
  "     ORDER BY el.scheme_code IS NOT (SELECT value FROM setting WHERE key = 'default_region_scheme'),"
  "       el.id LIMIT 1),"
  "    (SELECT id FROM escalation_ladder WHERE scheme_code IS NULL)));";

/* The years the data covers, widened to ten years either side of today
 * so that a new database and the next imports have their holidays. */
static const char years_sql[] =
  "SELECT min (y), max (y) FROM ("
  "  SELECT CAST (strftime ('%Y', min (start_date)) AS INTEGER) AS y FROM absence_report"
  "  UNION ALL SELECT CAST (strftime ('%Y', max (coalesce (end_date, report_date))) AS INTEGER) FROM absence_report"
  "  UNION ALL SELECT CAST (strftime ('%Y', min (start_date)) AS INTEGER) FROM placement"
  "  UNION ALL SELECT CAST (strftime ('%Y', max (date)) AS INTEGER) FROM escalation_step"
  "  UNION ALL SELECT ?1 - 10 UNION ALL SELECT ?1 + 10"
  ") WHERE y IS NOT NULL";

gboolean
_schakel_schema_v5_apply (sqlite3  *db,
                          GError  **error)
{
  g_autoptr(sqlite3_stmt) years = NULL;
  int y, m, d;

  if (!schakel_sqlite_exec (db, link_steps_sql, error))
    return FALSE;

  years = schakel_sqlite_prepare (db, years_sql, error);
  if (years == NULL)
    return FALSE;
  schakel_day_to_ymd (schakel_day_today (), &y, &m, &d);
  sqlite3_bind_int (years, 1, y);
  if (sqlite3_step (years) != SQLITE_ROW)
    {
      schakel_sqlite_set_error (error, db, _("Upgrading the database"));
      return FALSE;
    }
  return _schakel_holidays_seed_nl_handle (db, sqlite3_column_int (years, 0),
                                           sqlite3_column_int (years, 1), error);
}
