/* schakel-minor-record-absence.c — one minor's absence reports, their
 * escalation steps with deadlines, and the next step still due.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each report follows the ladder of its region and where it stands is
 * the ladder module's case state (_schakel_case_state), as in
 * schakel_cases_list(), the Verzuim view and the absence metrics: a
 * step's deadline is its working days (public holidays skipped) after the
 * step before it on the report, or after the report date for the first
 * (docs/escalation.md, "Cases").
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-codes.h"
#include "schakel-format.h"
#include "schakel-holidays-private.h"
#include "schakel-ladder-private.h"
#include "schakel-minor-record-private.h"
#include "schakel-sqlite-private.h"

typedef struct
{
  SchakelRecordItem   *item;
  const SchakelLadder *ladder;     /* NULL: no ladder at all */
  gboolean             open;       /* an open case on today (docs/escalation.md) */
  SchakelDay           report_date;
  SchakelDay           previous;   /* the last step taken so far, or the report date */
  gint64               last_step_id;
  char                *last_step_code; /* NULL: no step taken by today */
  SchakelDay           last_date;
} Report;

static void
report_clear (gpointer data)
{
  Report *report = data;

  g_free (report->last_step_code);
}

static char *
deadline_value (SchakelDay deadline,
                gboolean   overdue)
{
  g_autofree char *day = schakel_format_day (deadline);

  if (overdue)
    /* Translators: a deadline that was missed, e.g. "3 March 2025 (overdue)" */
    return g_strdup_printf (_("%s (overdue)"), day);
  return g_steal_pointer (&day);
}

/* The minor's reports with, as schakel_cases_list() reads them, whether
 * each is an open case today, its region's ladder and its last step. */
static const char reports_sql[] =
  "SELECT r.id, r.report_number, r.report_type, r.start_date, r.threshold_date,"
  " r.report_date, r.end_date, r.status, r.escalated_to_justice, s.brin, s.branch, s.name,"
  " r.report_date <= :t AND coalesce (" SCHAKEL_REPORT_END ", '9999-12-31') > :t,"
  " " SCHAKEL_LADDER_FOR_MUNICIPALITY (SCHAKEL_REPORT_MUNICIPALITY_OF ("r")) ","
  " es.ladder_step_id, es.step_code, es.date"
  " FROM absence_report r LEFT JOIN school s ON s.id = r.school_id"
  " LEFT JOIN absence_closure c ON c.report_id = r.id"
  " LEFT JOIN escalation_step es ON es.id = " SCHAKEL_REPORT_LAST_STEP
  " WHERE r.minor_id = :minor ORDER BY r.report_date, r.id";

static gboolean
read_reports (SchakelRecordBuilder  *b,
              GHashTable            *ladders,
              GArray                *reports,
              GHashTable            *by_id,
              GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (b->handle, reports_sql, error);
  char t[SCHAKEL_ISO_DATE_LEN];
  int rc;

  if (stmt == NULL)
    return FALSE;
  schakel_day_format_iso (b->today, t);
  schakel_sqlite_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":t"), t);
  sqlite3_bind_int64 (stmt, sqlite3_bind_parameter_index (stmt, ":minor"), b->minor->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Report report = { 0 };
      gint64 ladder_id = sqlite3_column_int64 (stmt, 13);
      SchakelRecordItem *item;
      const char *status = (const char *) sqlite3_column_text (stmt, 7);
      SchakelDay end = schakel_sqlite_column_day (stmt, 6);

      item = _schakel_record_item_add (b, SCHAKEL_RECORD_ABSENCE, "absence_report", sqlite3_column_int64 (stmt, 0),
                                       schakel_sqlite_column_day (stmt, 3), end);
      item->code = g_intern_string ((const char *) sqlite3_column_text (stmt, 2));
      item->title = g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_REPORT_TYPE, item->code));
      item->detail = g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_REPORT_STATUS, status));

      _schakel_record_field_add (item->fields, _("Report number"),
                                 g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
      _schakel_record_field_add (item->fields, _("Report type"),
                                 g_strdup_printf ("%s (%s)", item->title, item->code));
      _schakel_record_field_add (item->fields, _("Absence from"),
                                 schakel_format_iso_date ((const char *) sqlite3_column_text (stmt, 3)));
      _schakel_record_field_add (item->fields, _("Threshold reached"),
                                 sqlite3_column_type (stmt, 4) == SQLITE_NULL ? NULL
                                 : schakel_format_iso_date ((const char *) sqlite3_column_text (stmt, 4)));
      _schakel_record_field_add (item->fields, _("Reported"),
                                 schakel_format_iso_date ((const char *) sqlite3_column_text (stmt, 5)));
      _schakel_record_field_add (item->fields, _("End date"),
                                 end == SCHAKEL_DAY_NONE ? g_strdup (_("still running")) : schakel_format_day (end));
      _schakel_record_field_add (item->fields, _("Status"), g_strdup_printf ("%s (%s)", item->detail, status));
      _schakel_record_field_add (item->fields, _("Escalated to justice"),
                                 g_strdup (sqlite3_column_int (stmt, 8) ? _("yes") : _("no")));
      _schakel_record_field_add (item->fields, _("School"),
                                 sqlite3_column_type (stmt, 9) == SQLITE_NULL ? NULL
                                 : g_strdup_printf ("%s %s, %s", sqlite3_column_text (stmt, 9),
                                                    sqlite3_column_text (stmt, 10), sqlite3_column_text (stmt, 11)));

      report.item = item;
      report.ladder = g_hash_table_lookup (ladders, &ladder_id);
      report.open = sqlite3_column_int (stmt, 12);
      report.report_date = schakel_sqlite_column_day (stmt, 5);
      report.previous = report.report_date;
      report.last_step_id = sqlite3_column_int64 (stmt, 14);
      report.last_step_code = g_strdup ((const char *) sqlite3_column_text (stmt, 15));
      report.last_date = schakel_sqlite_column_day (stmt, 16);
      g_array_append_val (reports, report);
      g_hash_table_insert (by_id, (gpointer) (gintptr) item->row_id, GUINT_TO_POINTER (reports->len));
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, b->handle, _("Database error"));
      return FALSE;
    }
  return TRUE;
}

static SchakelRecordItem *
add_step_item (SchakelRecordBuilder    *b,
               Report                  *report,
               const SchakelLadderStep *step,
               const char              *code,
               gint64                   row_id,
               SchakelDay               day,
               SchakelDay               deadline)
{
  SchakelRecordItem *item = _schakel_record_item_add (b, SCHAKEL_RECORD_ESCALATION,
                                                      row_id != 0 ? "escalation_step" : NULL,
                                                      row_id, day, day);

  item->code = g_intern_string (code);
  item->title = g_strdup (step != NULL ? step->name : code);
  g_hash_table_insert (b->parents, item, report->item);
  item->deadline = deadline;
  _schakel_record_field_add (item->fields, _("Step"), g_strdup_printf ("%s (%s)", item->title, code));
  _schakel_record_field_add (item->fields, _("Report number"),
                             g_strdup (((SchakelRecordField *) g_ptr_array_index (report->item->fields, 0))->value));
  if (step != NULL)
    _schakel_record_field_add (item->fields, _("Responsible"),
                               g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_RESPONSIBLE, step->responsible)));
  return item;
}

/**
 * _schakel_record_read_absence:
 * @b: the builder
 * @error: return location for an error
 *
 * Reads the minor's absence reports and their escalation steps, each step
 * with its deadline and whether it was taken late; adds the next step of
 * every open case, with its deadline and overdue when today is past it,
 * exactly as schakel_cases_list() has it. Sets @b->open_escalation as the
 * absence metrics define an open escalation: an open case with a step
 * taken that does not close the ladder.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_record_read_absence (SchakelRecordBuilder  *b,
                              GError               **error)
{
  g_autoptr(GHashTable) ladders = NULL;
  g_autoptr(GArray) holidays = NULL;
  g_autoptr(GArray) reports = g_array_new (FALSE, TRUE, sizeof (Report));
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_array_set_clear_func (reports, report_clear);
  if (!(ladders = _schakel_ladders_load_handle (b->handle, error)) ||
      !(holidays = _schakel_holidays_load_handle (b->handle, error)) ||
      !read_reports (b, ladders, reports, by_id, error))
    return FALSE;
  if (reports->len == 0)
    return TRUE;

  /* In the order the metrics take them: ties on a day by ladder position. */
  stmt = schakel_sqlite_prepare (b->handle,
                                 "SELECT es.id, es.report_id, es.ladder_step_id, es.step_code, es.date, es.outcome"
                                 " FROM absence_report r JOIN escalation_step es ON es.report_id = r.id"
                                 " LEFT JOIN escalation_ladder_step lls ON lls.id = es.ladder_step_id"
                                 " WHERE r.minor_id = ?1 ORDER BY es.report_id, es.date, lls.position, es.id",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, b->minor->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (by_id, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 1)));
      Report *report = &g_array_index (reports, Report, index - 1);
      const char *code = (const char *) sqlite3_column_text (stmt, 3);
      const SchakelLadderStep *step = _schakel_ladder_match_step (report->ladder, sqlite3_column_int64 (stmt, 2), code);
      SchakelDay day = schakel_sqlite_column_day (stmt, 4);
      SchakelRecordItem *item = add_step_item (b, report, step, code, sqlite3_column_int64 (stmt, 0), day,
                                               _schakel_ladder_step_deadline (step, report->previous, holidays));
      const char *outcome = (const char *) sqlite3_column_text (stmt, 5);

      if (item->deadline != SCHAKEL_DAY_NONE && day > item->deadline)
        item->flags |= SCHAKEL_RECORD_FLAG_OVERDUE;
      item->detail = outcome != NULL ? g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_ESCALATION_OUTCOME, outcome))
                                     : NULL;
      _schakel_record_field_add (item->fields, _("Date"), schakel_format_day (day));
      _schakel_record_field_add (item->fields, _("Deadline"),
                                 item->deadline == SCHAKEL_DAY_NONE ? NULL
                                 : deadline_value (item->deadline, item->flags & SCHAKEL_RECORD_FLAG_OVERDUE));
      _schakel_record_field_add (item->fields, _("Outcome"),
                                 outcome != NULL ? g_strdup_printf ("%s (%s)", item->detail, outcome) : NULL);
      if (day <= b->today)
        report->previous = day;
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, b->handle, _("Database error"));
      return FALSE;
    }

  for (guint i = 0; i < reports->len; i++)
    {
      Report *report = &g_array_index (reports, Report, i);
      SchakelCaseState state;
      SchakelRecordItem *item;

      if (!report->open)
        continue;
      _schakel_case_state (report->ladder, report->last_step_id, report->last_step_code, report->last_date,
                           report->report_date, b->today, holidays, &state);
      b->open_escalation |= state.escalating;
      /* No next step, or the closing one: no deadline to put on the line. */
      if (state.deadline == SCHAKEL_DAY_NONE)
        continue;
      item = add_step_item (b, report, state.next, state.next->code, 0, state.deadline, state.deadline);
      item->flags |= SCHAKEL_RECORD_FLAG_PENDING;
      /* The case state's overdue, as schakel_cases_list() and the metric. */
      if (state.days_overdue > 0)
        item->flags |= SCHAKEL_RECORD_FLAG_OVERDUE;
      item->detail = g_strdup (_("not taken yet"));
      _schakel_record_field_add (item->fields, _("Date"), g_strdup (_("not taken yet")));
      _schakel_record_field_add (item->fields, _("Deadline"),
                                 deadline_value (state.deadline, item->flags & SCHAKEL_RECORD_FLAG_OVERDUE));
    }
  return TRUE;
}
