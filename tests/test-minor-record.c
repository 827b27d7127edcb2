/* test-minor-record.c — the record behind the timeline, against numbers
 * worked out by hand (schakel-test-record.c).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-core.h"
#include "schakel-test-record.h"
#include "schakel-test-util.h"

static SchakelDatabase *db;

static SchakelMinorRecord *
load (const char *jongere_id)
{
  g_autoptr(GError) error = NULL;
  SchakelMinorRecord *record = schakel_minor_record_load (db, jongere_id,
                                                          schakel_test_day (SCHAKEL_TEST_RECORD_TODAY),
                                                          NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

static const SchakelRecordItem *
item_at (SchakelMinorRecord *record,
         SchakelRecordKind   kind,
         const char         *start)
{
  return schakel_minor_record_get_item (record, (guint) schakel_test_find_item (record, kind, start));
}

static const char *
field (const SchakelRecordItem *item,
       const char              *label)
{
  for (guint i = 0; i < item->fields->len; i++)
    {
      const SchakelRecordField *f = g_ptr_array_index (item->fields, i);

      if (g_str_equal (f->label, label))
        return f->value;
    }
  return NULL;
}

static void
test_record_minor (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-1");
  const SchakelMinorInfo *m = schakel_minor_record_get_minor (record);

  g_assert_cmpstr (m->jongere_id, ==, "M-1");
  g_assert_cmpint (m->birth, ==, schakel_test_day ("2010-03-15"));
  g_assert_false (m->birth_estimated);
  g_assert_true (m->amv);
  g_assert_cmpstr (m->country_of_origin, ==, "SYR");
  g_assert_cmpint (m->application, ==, schakel_test_day ("2025-01-06"));
  g_assert_cmpint (schakel_minor_record_get_n_items (record), ==, 23);
}

static void
test_record_sorted (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-1");

  for (guint i = 1; i < schakel_minor_record_get_n_items (record); i++)
    g_assert_cmpint (schakel_minor_record_get_item (record, i - 1)->start, <=,
                     schakel_minor_record_get_item (record, i)->start);
}

static void
test_record_placements (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-1");
  const SchakelRecordItem *ac = item_at (record, SCHAKEL_RECORD_PLACEMENT, "2025-01-01");
  const SchakelRecordItem *no = item_at (record, SCHAKEL_RECORD_PLACEMENT, "2025-01-21");
  const SchakelRecordItem *cno = item_at (record, SCHAKEL_RECORD_PLACEMENT, "2025-04-01");
  int move = schakel_test_find_item (record, SCHAKEL_RECORD_MOVE, "2025-04-01");
  const SchakelRecordItem *m = schakel_minor_record_get_item (record, (guint) move);

  g_assert_cmpstr (ac->table, ==, "placement");
  g_assert_cmpint (ac->row_id, ==, 11);
  g_assert_cmpint (ac->import_run_id, ==, 0);
  g_assert_cmpint (ac->days, ==, 20);
  /* AC is regular, but temporary beyond 14 days. */
  g_assert_cmpstr (ac->suitability, ==, "regular");
  g_assert_true (ac->flags & SCHAKEL_RECORD_FLAG_TEMPORARY);
  g_assert_true (no->flags & SCHAKEL_RECORD_FLAG_TEMPORARY);
  g_assert_true (cno->flags & SCHAKEL_RECORD_FLAG_UNSUITABLE);
  g_assert_true (cno->flags & SCHAKEL_RECORD_FLAG_OPEN);
  g_assert_cmpint (cno->end, ==, schakel_test_day (SCHAKEL_TEST_RECORD_TODAY));
  g_assert_cmpstr (cno->title, ==, "Crisisnoodopvang Zwolle");
  g_assert_cmpstr (field (cno, "Location code"), ==, "L-CNO");

  g_assert_cmpstr (m->code, ==, "closure");
  g_assert_cmpint (m->row_id, ==, 13);
  g_assert_true (schakel_minor_record_get_item (record, (guint) m->parent) == cno);
  g_assert_cmpint (schakel_test_find_item (record, SCHAKEL_RECORD_MOVE, "2025-01-21"), >=, 0);
}

static void
test_record_gaps (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-1");
  const SchakelRecordItem *first = item_at (record, SCHAKEL_RECORD_SCHOOL_GAP, "2025-01-01");
  const SchakelRecordItem *second = item_at (record, SCHAKEL_RECORD_SCHOOL_GAP, "2025-04-01");
  const SchakelRecordItem *day_programme = item_at (record, SCHAKEL_RECORD_ENROLMENT, "2025-04-14");

  g_assert_null (first->table);
  g_assert_cmpint (first->end, ==, schakel_test_day ("2025-02-02"));
  g_assert_cmpint (first->days, ==, 33);
  g_assert_false (first->flags & SCHAKEL_RECORD_FLAG_OPEN);
  g_assert_cmpint (second->days, ==, 63);
  g_assert_true (second->flags & SCHAKEL_RECORD_FLAG_OPEN);
  /* 8 hours a week is not education: the gap runs on through it. */
  g_assert_true (day_programme->flags & SCHAKEL_RECORD_FLAG_BELOW_HOURS);
  g_assert_cmpfloat (day_programme->hours, ==, 8);
}

static void
test_record_escalation (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-1");
  const SchakelRecordItem *talk = item_at (record, SCHAKEL_RECORD_ESCALATION, "2025-03-14");
  const SchakelRecordItem *duo = item_at (record, SCHAKEL_RECORD_ESCALATION, "2025-03-28");
  const SchakelRecordItem *next = item_at (record, SCHAKEL_RECORD_ESCALATION, "2025-04-11");
  int report = schakel_test_find_item (record, SCHAKEL_RECORD_ABSENCE, "2025-03-03");

  g_assert_cmpint (talk->deadline, ==, schakel_test_day ("2025-03-17"));
  g_assert_false (talk->flags & SCHAKEL_RECORD_FLAG_OVERDUE);
  g_assert_cmpint (duo->deadline, ==, schakel_test_day ("2025-03-21"));
  g_assert_true (duo->flags & SCHAKEL_RECORD_FLAG_OVERDUE);
  g_assert_cmpint (duo->parent, ==, report);
  g_assert_cmpstr (duo->table, ==, "escalation_step");
  g_assert_cmpint (duo->row_id, ==, 62);

  g_assert_cmpstr (next->code, ==, "uitnodiging_lpa");
  g_assert_null (next->table);
  g_assert_true (next->flags & SCHAKEL_RECORD_FLAG_PENDING);
  g_assert_true (next->flags & SCHAKEL_RECORD_FLAG_OVERDUE);
  g_assert_cmpint (next->deadline, ==, schakel_test_day ("2025-04-11"));
}

static void
test_record_markers (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-1");
  const SchakelRecordItem *norm = item_at (record, SCHAKEL_RECORD_NORM_DEADLINE, "2025-04-06");
  const SchakelRecordItem *school_age = item_at (record, SCHAKEL_RECORD_AGE_MARKER, "2015-03-15");
  const SchakelRecordItem *adult = item_at (record, SCHAKEL_RECORD_AGE_MARKER, "2028-03-15");
  SchakelDay first, last;

  g_assert_cmpstr (norm->code, ==, "RCD2013");
  g_assert_cmpstr (school_age->code, ==, "school_age");
  g_assert_cmpstr (adult->code, ==, "18");
  g_assert_true (adult->flags & SCHAKEL_RECORD_FLAG_FUTURE);
  g_assert_cmpint (schakel_test_find_item (record, SCHAKEL_RECORD_AGE_MARKER, "2031-03-15"), >=, 0);

  /* The birthdays do not stretch the range to fit. */
  schakel_minor_record_get_extent (record, &first, &last);
  g_assert_cmpint (first, ==, schakel_test_day ("2025-01-01"));
  g_assert_cmpint (last, ==, schakel_test_day ("2025-06-02"));
}

static void
test_record_summary (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-1");
  const SchakelMinorRecordSummary *s = schakel_minor_record_get_summary (record);

  g_assert_cmpstr (s->jongere_id, ==, "M-1");
  g_assert_cmpint (s->age, ==, 15);
  g_assert_false (s->age_estimated);
  g_assert_true (s->amv);
  g_assert_cmpstr (s->location_name, ==, "Crisisnoodopvang Zwolle");
  g_assert_cmpstr (s->location_type, ==, "CNO");
  g_assert_cmpstr (s->municipality_name, ==, "Zwolle");
  g_assert_cmpstr (s->school_name, ==, "Dagprogramma Zwolle");
  g_assert_cmpstr (s->school_type, ==, "TIJDELIJK");
  g_assert_cmpuint (s->n_moves, ==, 2);
  g_assert_cmpint (s->days_without_education, ==, 96);
  g_assert_cmpint (s->days_waiting, ==, 86);
  g_assert_true (s->beyond_norm);
  g_assert_true (s->open_escalation);
  g_assert_false (s->turning_18_soon);
}

/* Nothing but a placement, and no birth date: no gaps or markers can be
 * known, and nothing is claimed. */
static void
test_record_only_placement (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-2");
  const SchakelMinorRecordSummary *s = schakel_minor_record_get_summary (record);

  g_assert_cmpint (schakel_minor_record_get_n_items (record), ==, 1);
  g_assert_cmpint (schakel_minor_record_get_item (record, 0)->kind, ==, SCHAKEL_RECORD_PLACEMENT);
  g_assert_cmpint (s->age, ==, -1);
  g_assert_cmpint (s->days_without_education, ==, 0);
  g_assert_false (s->beyond_norm);
  g_assert_cmpstr (s->location_name, ==, "azc Rotterdam");
  g_assert_null (s->school_name);
}

static void
test_record_estimated (void)
{
  g_autoptr(SchakelMinorRecord) record = load ("M-3");
  const SchakelMinorRecordSummary *s = schakel_minor_record_get_summary (record);
  const SchakelRecordItem *adult = item_at (record, SCHAKEL_RECORD_AGE_MARKER, "2025-07-01");

  /* A month-precise birth date counts as estimated. */
  g_assert_true (s->age_estimated);
  g_assert_cmpint (s->age, ==, 17);
  g_assert_true (s->turning_18_soon);
  g_assert_true (adult->flags & SCHAKEL_RECORD_FLAG_ESTIMATED);
  g_assert_cmpint (schakel_minor_record_get_n_items (record), ==, 4);
}

static void
test_record_by_id (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelMinorRecord) record =
    schakel_minor_record_load_by_id (db, 1, schakel_test_day (SCHAKEL_TEST_RECORD_TODAY), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (schakel_minor_record_get_minor (record)->jongere_id, ==, "M-1");
  g_assert_cmpint (schakel_minor_record_get_n_items (record), ==, 23);
}

static void
test_record_not_found (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelMinorRecord) record =
    schakel_minor_record_load (db, "NOBODY", schakel_test_day (SCHAKEL_TEST_RECORD_TODAY), NULL, &error);

  g_assert_null (record);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND);
  /* No id in messages. */
  g_assert_null (strstr (error->message, "NOBODY"));
}

static void
test_record_cancelled (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SchakelMinorRecord) record = NULL;

  g_cancellable_cancel (cancellable);
  record = schakel_minor_record_load (db, "M-1", schakel_test_day (SCHAKEL_TEST_RECORD_TODAY), cancellable, &error);
  g_assert_null (record);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED);
}

/* The gap days agree with the metrics' own definitions: with the minimum
 * lowered to 8 hours the day programme counts, and the second gap ends
 * on 2025-04-13 (13 days). */
static void
test_record_follows_settings (void)
{
  g_autoptr(SchakelMinorRecord) record = NULL;

  schakel_test_exec (db, "UPDATE setting SET value = '8' WHERE key = 'education_min_hours_per_week'");
  record = load ("M-1");
  schakel_test_exec (db, "UPDATE setting SET value = '12' WHERE key = 'education_min_hours_per_week'");

  g_assert_cmpint (item_at (record, SCHAKEL_RECORD_SCHOOL_GAP, "2025-04-01")->days, ==, 13);
  g_assert_cmpint (schakel_minor_record_get_summary (record)->days_without_education, ==, 33 + 13);
  g_assert_false (schakel_minor_record_get_summary (record)->beyond_norm);
}

/* The timeline's steps of @report_number, in order (pending last). */
static GPtrArray *
steps_of (SchakelMinorRecord *record,
          const char         *report_number)
{
  GPtrArray *steps = g_ptr_array_new ();

  for (guint i = 0; i < schakel_minor_record_get_n_items (record); i++)
    {
      const SchakelRecordItem *item = schakel_minor_record_get_item (record, i);

      if (item->kind == SCHAKEL_RECORD_ESCALATION && g_strcmp0 (field (item, "Report number"), report_number) == 0)
        g_ptr_array_add (steps, (gpointer) item);
    }
  return steps;
}

/* The timeline's next step of @report_id on @today is the case's own. */
static void
assert_pending_is_case (SchakelDatabase          *rdb,
                        SchakelMinorRecord       *record,
                        gint64                    report_id,
                        const char               *report_number,
                        SchakelDay                today,
                        const SchakelRecordItem **pending)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelCase) c = schakel_case_get (rdb, report_id, today, &error);
  g_autoptr(GPtrArray) steps = steps_of (record, report_number);
  const SchakelRecordItem *last;

  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, >, 0);
  last = g_ptr_array_index (steps, steps->len - 1);
  g_assert_true (last->flags & SCHAKEL_RECORD_FLAG_PENDING);
  g_assert_cmpstr (last->code, ==, c->next_step_code);
  g_assert_cmpint (last->deadline, ==, c->deadline);
  g_assert_cmpint (!!(last->flags & SCHAKEL_RECORD_FLAG_OVERDUE), ==, c->days_overdue > 0);
  *pending = last;
}

/* A taken step's deadline is the one the case had for it the day before. */
static void
assert_taken_is_case (SchakelDatabase         *rdb,
                      gint64                   report_id,
                      const SchakelRecordItem *step)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelCase) before = schakel_case_get (rdb, report_id, step->start - 1, &error);

  g_assert_no_error (error);
  g_assert_false (step->flags & SCHAKEL_RECORD_FLAG_PENDING);
  g_assert_cmpstr (step->code, ==, before->next_step_code);
  g_assert_cmpint (step->deadline, ==, before->deadline);
  g_assert_cmpint (!!(step->flags & SCHAKEL_RECORD_FLAG_OVERDUE), ==, step->start > before->deadline);
}

/* The timeline and the case list (Verzuim, schakel-cli cases) agree on a
 * regional ladder with a regional holiday. Utrecht province (PV26, R-51 at
 * the ISK Utrecht) gives melding_duo 3 and uitnodiging_lpa 20 working
 * days; Monday 17 March 2025 is a regional study day:
 *   schoolgesprek   5 wd after Mon 03-10, skipping 03-17 = Tue 03-18, taken 03-14 in time
 *   melding_duo     3 wd after Fri 03-14, skipping 03-17 = Thu 03-20, taken 03-28 late
 *   uitnodiging_lpa 20 wd after Fri 03-28, skipping Easter Monday 04-21 = Mon 04-28, overdue
 *     (the national ladder would say 04-11)
 * R-52 at the day programme in Zwolle (Overijssel: the national ladder),
 * reported Fri 2025-05-23, no step yet: schoolgesprek 5 wd after it,
 * skipping Ascension Day 05-29 = Mon 06-02: on time on 06-02, overdue on
 * 06-03, counted from the report date as the case list does. */
static void
test_record_follows_ladder (void)
{
  g_autoptr(SchakelDatabase) rdb = schakel_test_record_fixture ("record-ladder.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelLadder) ladder = NULL;
  g_autoptr(SchakelMinorRecord) record = NULL;
  g_autoptr(SchakelMinorRecord) later = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  const SchakelRecordItem *pending;
  SchakelDay today = schakel_test_day (SCHAKEL_TEST_RECORD_TODAY);
  gint64 id;

  id = schakel_ladder_create_regional (rdb, "provincie", "PV26", &error);
  g_assert_no_error (error);
  g_assert_cmpint (schakel_ladder_for_municipality (rdb, "GM0344", NULL), ==, id);
  ladder = schakel_ladder_get (rdb, id, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *step = g_ptr_array_index (ladder->steps, i);
      SchakelLadderStepSpec spec = { step->code, step->name, step->responsible,
                                     step->deadline_working_days, step->guidance };

      if (g_str_equal (step->code, "melding_duo"))
        spec.deadline_working_days = 3;
      else if (g_str_equal (step->code, "uitnodiging_lpa"))
        spec.deadline_working_days = 20;
      else
        continue;
      g_assert_true (schakel_ladder_update_step (rdb, step->id, &spec, &error));
      g_assert_no_error (error);
    }
  g_assert_true (schakel_holidays_add (rdb, schakel_test_day ("2025-03-17"), "Regionale studiedag", &error));
  g_assert_no_error (error);
  schakel_test_exec (rdb, "INSERT INTO absence_report (id, report_number, minor_id, school_id, report_type,"
                          " start_date, report_date, status) VALUES"
                          " (52, 'R-52', 1, 2, '16U_4WK', '2025-05-12', '2025-05-23', 'in_behandeling');");

  record = schakel_minor_record_load (rdb, "M-1", today, NULL, &error);
  g_assert_no_error (error);

  steps = steps_of (record, "R-51");
  g_assert_cmpuint (steps->len, ==, 3);
  assert_taken_is_case (rdb, 51, g_ptr_array_index (steps, 0));
  assert_taken_is_case (rdb, 51, g_ptr_array_index (steps, 1));
  g_assert_cmpint (((SchakelRecordItem *) g_ptr_array_index (steps, 0))->deadline, ==, schakel_test_day ("2025-03-18"));
  g_assert_false (((SchakelRecordItem *) g_ptr_array_index (steps, 0))->flags & SCHAKEL_RECORD_FLAG_OVERDUE);
  g_assert_cmpint (((SchakelRecordItem *) g_ptr_array_index (steps, 1))->deadline, ==, schakel_test_day ("2025-03-20"));
  g_assert_true (((SchakelRecordItem *) g_ptr_array_index (steps, 1))->flags & SCHAKEL_RECORD_FLAG_OVERDUE);
  assert_pending_is_case (rdb, record, 51, "R-51", today, &pending);
  g_assert_cmpstr (pending->code, ==, "uitnodiging_lpa");
  g_assert_cmpint (pending->deadline, ==, schakel_test_day ("2025-04-28"));
  g_assert_true (pending->flags & SCHAKEL_RECORD_FLAG_OVERDUE);

  assert_pending_is_case (rdb, record, 52, "R-52", today, &pending);
  g_assert_cmpstr (pending->code, ==, "schoolgesprek");
  g_assert_cmpint (pending->deadline, ==, schakel_test_day ("2025-06-02"));
  g_assert_false (pending->flags & SCHAKEL_RECORD_FLAG_OVERDUE);

  later = schakel_minor_record_load (rdb, "M-1", today + 1, NULL, &error);
  g_assert_no_error (error);
  assert_pending_is_case (rdb, later, 52, "R-52", today + 1, &pending);
  g_assert_true (pending->flags & SCHAKEL_RECORD_FLAG_OVERDUE);
}

static void
assert_ids (SchakelDatabase *ids_db,
            const char      *text,
            guint            limit,
            const char      *expected)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) ids = schakel_minor_ids_matching (ids_db, text, limit, &error);
  g_autofree char *joined = NULL;

  g_assert_no_error (error);
  joined = g_strjoinv (" ", ids);
  g_assert_cmpstr (joined, ==, expected);
}

/* The ids offered while one is typed: containing the text, those that
 * start with it first, the LIKE wildcards taken literally. */
static void
test_record_ids_matching (void)
{
  g_autoptr(SchakelDatabase) ids_db = schakel_test_record_fixture ("record-ids.db");

  schakel_test_exec (ids_db, "INSERT INTO minor (jongere_id, amv) VALUES ('XM-1', 0), ('M_9', 0)");
  assert_ids (ids_db, "M-1", 10, "M-1 XM-1");
  assert_ids (ids_db, "m-", 3, "M-1 M-2 M-3");
  assert_ids (ids_db, "_", 10, "M_9");
  assert_ids (ids_db, "%", 10, "");
  assert_ids (ids_db, "", 2, "M-1 M-2");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  db = schakel_test_record_fixture ("record.db");

  g_test_add_func ("/core/minor-record/minor", test_record_minor);
  g_test_add_func ("/core/minor-record/ids-matching", test_record_ids_matching);
  g_test_add_func ("/core/minor-record/sorted", test_record_sorted);
  g_test_add_func ("/core/minor-record/placements", test_record_placements);
  g_test_add_func ("/core/minor-record/gaps", test_record_gaps);
  g_test_add_func ("/core/minor-record/escalation", test_record_escalation);
  g_test_add_func ("/core/minor-record/markers", test_record_markers);
  g_test_add_func ("/core/minor-record/summary", test_record_summary);
  g_test_add_func ("/core/minor-record/only-placement", test_record_only_placement);
  g_test_add_func ("/core/minor-record/estimated", test_record_estimated);
  g_test_add_func ("/core/minor-record/by-id", test_record_by_id);
  g_test_add_func ("/core/minor-record/not-found", test_record_not_found);
  g_test_add_func ("/core/minor-record/cancelled", test_record_cancelled);
  g_test_add_func ("/core/minor-record/follows-settings", test_record_follows_settings);
  g_test_add_func ("/core/minor-record/follows-ladder", test_record_follows_ladder);

  status = g_test_run ();
  g_object_unref (db);
  return status;
}
