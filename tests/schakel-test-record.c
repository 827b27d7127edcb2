/* schakel-test-record.c — a hand-built database for the timeline tests.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The numbers the tests expect are worked out by hand in the comments of
 * fixture_sql; today is 2025-06-02, a Monday.
 */

#include "config.h"

#include "schakel-test-record.h"
#include "schakel-test-util.h"

/*
 * M-1 born 2010-03-15, amv, applied 2025-01-06 (school age from 2015-03-15,
 *     adult 2028-03-15; norm RCD2013: 3 months, deadline 2025-04-06)
 *   placements  AC   2025-01-01..01-20  20 days > AC's 14: temporary
 *               NO   2025-01-21..03-31  temporary           (move 1: capacity)
 *               CNO  2025-04-01..open   unsuitable          (move 2: closure)
 *   enrolments  ISK 20 h        2025-02-03..03-31
 *               TIJDELIJK 8 h   2025-04-14..open   below the 12 h minimum
 *   gaps        2025-01-01..02-02 = 31 + 2 = 33 days
 *               2025-04-01..06-02 = 30 + 31 + 2 = 63 days (open); 96 in all
 *   wait-list   ISK 2025-01-10..02-02 geplaatst = 22 + 2 = 24 days
 *               ISK 2025-04-02..open = 29 + 31 + 2 = 62 days
 *               VO  2025-04-20..05-01 verhuisd: inside the one above
 *               waiting 24 + 62 = 86 days
 *   absence     16U_4WK reported Mon 2025-03-10, open
 *               schoolgesprek Fri 03-14: deadline 5 wd after 03-10 = Mon 03-17, in time
 *               melding_duo   Fri 03-28: deadline 5 wd after 03-14 = Fri 03-21, late
 *               next: uitnodiging_lpa, 10 wd after 03-28 = Fri 04-11, overdue today
 *   procedure   aanvraag 2025-01-06, vergunning 2025-05-15
 *   items       3 + 2 moves + 2 + 2 gaps + 3 + 1 + 3 steps + 2 + 4 ages + 1 norm = 23
 *   summary     age 15, 2 moves, 96 days without education, 86 waiting,
 *               beyond the norm (not in education, deadline passed), open
 *               escalation, not turning 18 soon
 * M-2 no birth date; only an open placement in an azc from 2025-05-01
 * M-3 born 2007-07 (month-precise): turns 18 on 2025-07-01, within 90 days;
 *     nothing else
 * M-4 one procedure event only
 */
static const char fixture_sql[] =
  "INSERT INTO location (id, code, name, type_code, municipality_code) VALUES"
  " (1, 'L-AC', 'AC Ter Apel', 'AC', 'GM1950'),"
  " (2, 'L-NO', 'Noodopvang Utrecht', 'NO', 'GM0344'),"
  " (3, 'L-CNO', 'Crisisnoodopvang Zwolle', 'CNO', 'GM0193'),"
  " (4, 'L-AZC', 'azc Rotterdam', 'AZC', 'GM0599');"
  "INSERT INTO school (id, brin, branch, name, municipality_code) VALUES"
  " (1, '12AB', '00', 'ISK Utrecht', 'GM0344'),"
  " (2, '34CD', '01', 'Dagprogramma Zwolle', 'GM0193'),"
  " (3, '56EF', '00', 'VO Zwolle', 'GM0193');"
  "INSERT INTO minor (id, jongere_id, birth_date, birth_date_precision, birth_date_estimated, country_of_origin,"
  "                   amv, arrival_date, application_date) VALUES"
  " (1, 'M-1', '2010-03-15', 'day', 0, 'SYR', 1, '2024-12-20', '2025-01-06'),"
  " (2, 'M-2', NULL, 'day', 0, NULL, 0, NULL, NULL),"
  " (3, 'M-3', '2007-07-01', 'month', 0, 'ERI', 1, NULL, NULL),"
  " (4, 'M-4', '2011-01-01', 'day', 0, NULL, 0, NULL, NULL);"
  "INSERT INTO placement (id, minor_id, location_id, start_date, end_date, reason) VALUES"
  " (11, 1, 1, '2025-01-01', '2025-01-20', NULL),"
  " (12, 1, 2, '2025-01-21', '2025-03-31', 'capacity'),"
  " (13, 1, 3, '2025-04-01', NULL, 'closure'),"
  " (21, 2, 4, '2025-05-01', NULL, NULL);"
  "INSERT INTO enrolment (id, minor_id, school_id, school_type, start_date, end_date, hours_per_week) VALUES"
  " (31, 1, 1, 'ISK', '2025-02-03', '2025-03-31', 20),"
  " (32, 1, 2, 'TIJDELIJK', '2025-04-14', NULL, 8);"
  "INSERT INTO waitlist_entry (id, minor_id, school_id, school_type, registered_date, end_date, outcome) VALUES"
  " (41, 1, 1, 'ISK', '2025-01-10', '2025-02-02', 'geplaatst'),"
  " (42, 1, NULL, 'ISK', '2025-04-02', NULL, NULL),"
  " (43, 1, 3, 'VO_REGULIER', '2025-04-20', '2025-05-01', 'verhuisd');"
  "INSERT INTO absence_report (id, report_number, minor_id, school_id, report_type, start_date, report_date,"
  "                            end_date, status) VALUES"
  " (51, 'R-51', 1, 1, '16U_4WK', '2025-03-03', '2025-03-10', NULL, 'in_behandeling');"
  "INSERT INTO escalation_step (id, report_id, step_code, date, outcome) VALUES"
  " (61, 51, 'schoolgesprek', '2025-03-14', 'uitgevoerd'),"
  " (62, 51, 'melding_duo', '2025-03-28', 'uitgevoerd');"
  "INSERT INTO procedure_event (id, minor_id, date, event) VALUES"
  " (71, 1, '2025-01-06', 'aanvraag'),"
  " (72, 1, '2025-05-15', 'vergunning'),"
  " (73, 4, '2025-03-01', 'aanvraag');";

SchakelDay
schakel_test_day (const char *iso)
{
  SchakelDay d = 0;

  g_assert_true (schakel_day_parse_iso (iso, &d));
  return d;
}

/**
 * schakel_test_record_fixture:
 * @name: the database's file name in the test's temporary folder
 *
 * Returns: (transfer full): a new writable database with the fixture
 */
SchakelDatabase *
schakel_test_record_fixture (const char *name)
{
  SchakelDatabase *db = schakel_test_open_new (name);

  schakel_test_exec (db, fixture_sql);
  return db;
}

/**
 * schakel_test_add_many_events:
 * @db: a fixture database
 * @jongere_id: a new minor's id
 * @n_items: about how many items the minor's record should hold
 *
 * Adds a minor born 2008-01-01 with @n_items items: a placement every
 * month, enrolments, wait-list entries, absence reports with steps and
 * procedure events, overlapping each other, over the years before today.
 */
void
schakel_test_add_many_events (SchakelDatabase *db,
                              const char      *jongere_id,
                              guint            n_items)
{
  g_autofree char *minor = g_strdup_printf ("INSERT INTO minor (jongere_id, birth_date, amv, application_date)"
                                            " VALUES ('%s', '2008-01-01', 1, '2021-01-04')",
                                            jongere_id);
  gint64 id;

  schakel_test_exec (db, minor);
  id = schakel_test_query_int (db, "SELECT max (id) FROM minor");
  /* Each round adds a placement (and a move), an enrolment, a wait-list
   * entry, a report with two steps: 7 items, 40 days apart, overlapping. */
  for (guint i = 0; i * 7 < n_items; i++)
    {
      g_autofree char *sql = NULL;
      SchakelDay start = schakel_test_day ("2021-01-04") + (SchakelDay) i * 40;
      char s[SCHAKEL_ISO_DATE_LEN], e[SCHAKEL_ISO_DATE_LEN], e2[SCHAKEL_ISO_DATE_LEN];
      char s1[SCHAKEL_ISO_DATE_LEN], s2[SCHAKEL_ISO_DATE_LEN];

      schakel_day_format_iso (start, s);
      schakel_day_format_iso (start + 39, e);
      schakel_day_format_iso (start + 75, e2);
      schakel_day_format_iso (start + 10, s1);
      schakel_day_format_iso (start + 13, s2);
      sql = g_strdup_printf ("INSERT INTO placement (minor_id, location_id, start_date, end_date, reason)"
                             " VALUES (%" G_GINT64_FORMAT ", %u, '%s', '%s', 'capacity');"
                             "INSERT INTO enrolment (minor_id, school_id, school_type, start_date, end_date,"
                             " hours_per_week) VALUES (%" G_GINT64_FORMAT ", %u, 'ISK', '%s', '%s', %u);"
                             "INSERT INTO waitlist_entry (minor_id, school_type, registered_date, end_date, outcome)"
                             " VALUES (%" G_GINT64_FORMAT ", '%s', '%s', '%s', 'geplaatst');"
                             "INSERT INTO absence_report (report_number, minor_id, report_type, start_date,"
                             " report_date, end_date, status) VALUES ('%s-%u', %" G_GINT64_FORMAT
                             ", 'LRV', '%s', '%s', '%s', 'afgesloten');"
                             "INSERT INTO escalation_step (report_id, step_code, date)"
                             " VALUES ((SELECT max (id) FROM absence_report), 'schoolgesprek', '%s'),"
                             " ((SELECT max (id) FROM absence_report), 'melding_duo', '%s');",
                             id, 1 + i % 4, s, e,
                             id, 1 + i % 3, s, e2, 12 + i % 20,
                             id, i % 2 ? "ISK" : "VO_REGULIER", s, e2,
                             jongere_id, i, id, s, s, e2, s1, s2);
      schakel_test_exec (db, sql);
    }
}

/**
 * schakel_test_find_item:
 * @record: a record
 * @kind: the kind looked for
 * @start: its first day
 *
 * Returns: the index of the first item of @kind starting on @start; the
 *   test fails when there is none
 */
int
schakel_test_find_item (SchakelMinorRecord *record,
                        SchakelRecordKind   kind,
                        const char         *start)
{
  SchakelDay day = schakel_test_day (start);

  for (guint i = 0; i < schakel_minor_record_get_n_items (record); i++)
    {
      const SchakelRecordItem *item = schakel_minor_record_get_item (record, i);

      if (item->kind == kind && item->start == day)
        return (int) i;
    }
  g_assert_not_reached ();
  return -1;
}
