/* schakel-minor-record-absence.c — one minor's absence reports, their
 * escalation steps with deadlines, and the next step still due.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step's deadline is the ladder step's working days after the previous
 * step taken on the report, or after the report date for the first step
 * (DOMAIN.md §6). The ladder is the national one, as in the absence
 * metrics (schakel-metrics-absence.c).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-codes.h"
#include "schakel-format.h"
#include "schakel-holidays-private.h"
#include "schakel-minor-record-private.h"
#include "schakel-sqlite-private.h"

typedef struct
{
  char       *code;
  char       *name;
  int         position;
  int         deadline_working_days;
  const char *responsible;  /* interned */
  SchakelDay  retired;      /* SCHAKEL_DAY_NONE: in use */
} LadderStep;

typedef struct
{
  SchakelRecordItem *item;
  gboolean           open;
  SchakelDay         last_day;    /* the last step taken, or the report date */
  const LadderStep  *last_step;   /* NULL: none taken, or not on the ladder */
  gboolean           any_step;
} Report;

static void
ladder_step_clear (gpointer data)
{
  LadderStep *step = data;

  g_free (step->code);
  g_free (step->name);
}

static GArray *
load_ladder (SchakelRecordBuilder  *b,
             GError               **error)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (LadderStep));
  g_autoptr(sqlite3_stmt) stmt =
    schakel_sqlite_prepare (b->handle,
                            "SELECT code, name, position, deadline_working_days, responsible, retired_date"
                            " FROM escalation_ladder_step WHERE ladder_id ="
                            " (SELECT min (id) FROM escalation_ladder WHERE scheme_code IS NULL)"
                            " ORDER BY position",
                            error);
  int rc;

  if (stmt == NULL)
    return NULL;
  g_array_set_clear_func (steps, ladder_step_clear);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LadderStep step = {
        g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
        g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
        sqlite3_column_int (stmt, 2),
        sqlite3_column_int (stmt, 3),
        g_intern_string ((const char *) sqlite3_column_text (stmt, 4)),
        schakel_sqlite_column_day (stmt, 5),
      };

      g_array_append_val (steps, step);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, b->handle, _("Database error"));
      return NULL;
    }
  return g_steal_pointer (&steps);
}

static const LadderStep *
ladder_find (GArray     *ladder,
             const char *code)
{
  for (guint i = 0; i < ladder->len; i++)
    if (strcmp (g_array_index (ladder, LadderStep, i).code, code) == 0)
      return &g_array_index (ladder, LadderStep, i);
  return NULL;
}

/* The ladder step after @last (the first when @last is NULL) that is in
 * use on @today; NULL at the end of the ladder. */
static const LadderStep *
ladder_next (GArray           *ladder,
             const LadderStep *last,
             SchakelDay        today)
{
  for (guint i = 0; i < ladder->len; i++)
    {
      const LadderStep *step = &g_array_index (ladder, LadderStep, i);

      if ((last == NULL || step->position > last->position) &&
          (step->retired == SCHAKEL_DAY_NONE || step->retired > today))
        return step;
    }
  return NULL;
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

static gboolean
read_reports (SchakelRecordBuilder  *b,
              GArray                *reports,
              GHashTable            *by_id,
              GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    schakel_sqlite_prepare (b->handle,
                            "SELECT r.id, r.report_number, r.report_type, r.start_date, r.threshold_date,"
                            " r.report_date, r.end_date, r.status, r.escalated_to_justice, s.brin, s.branch, s.name"
                            " FROM absence_report r LEFT JOIN school s ON s.id = r.school_id"
                            " WHERE r.minor_id = ?1 ORDER BY r.report_date, r.id",
                            error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, b->minor->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Report report = { 0 };
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
      report.open = (end == SCHAKEL_DAY_NONE || end > b->today) &&
                    g_strcmp0 (status, "afgesloten") != 0 && g_strcmp0 (status, "ingetrokken") != 0;
      report.last_day = schakel_sqlite_column_day (stmt, 5);
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
add_step_item (SchakelRecordBuilder *b,
               const GArray         *holidays,
               Report               *report,
               const LadderStep     *step,
               const char           *code,
               gint64                row_id,
               SchakelDay            day)
{
  SchakelRecordItem *item = _schakel_record_item_add (b, SCHAKEL_RECORD_ESCALATION,
                                                      row_id != 0 ? "escalation_step" : NULL,
                                                      row_id, day, day);

  item->code = g_intern_string (code);
  item->title = g_strdup (step != NULL ? step->name : code);
  g_hash_table_insert (b->parents, item, report->item);
  if (step != NULL)
    item->deadline = schakel_day_add_working_days (report->last_day, step->deadline_working_days, holidays);
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
 * every open report whose ladder is not closed, overdue when its deadline
 * is before today. Sets @b->open_escalation as the absence metrics define
 * an open escalation: an open report with a step taken that does not
 * close the ladder.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_record_read_absence (SchakelRecordBuilder  *b,
                              GError               **error)
{
  g_autoptr(GArray) ladder = NULL;
  g_autoptr(GArray) holidays = NULL;
  g_autoptr(GArray) reports = g_array_new (FALSE, TRUE, sizeof (Report));
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(ladder = load_ladder (b, error)) ||
      !(holidays = _schakel_holidays_load_handle (b->handle, error)) ||
      !read_reports (b, reports, by_id, error))
    return FALSE;
  if (reports->len == 0)
    return TRUE;

  stmt = schakel_sqlite_prepare (b->handle,
                                 "SELECT es.id, es.report_id, es.step_code, es.date, es.outcome"
                                 " FROM absence_report r JOIN escalation_step es ON es.report_id = r.id"
                                 " WHERE r.minor_id = ?1 ORDER BY es.report_id, es.date, es.id",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, b->minor->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (by_id, (gpointer) (gintptr) sqlite3_column_int64 (stmt, 1)));
      Report *report = &g_array_index (reports, Report, index - 1);
      const char *code = (const char *) sqlite3_column_text (stmt, 2);
      const LadderStep *step = ladder_find (ladder, code);
      SchakelDay day = schakel_sqlite_column_day (stmt, 3);
      SchakelRecordItem *item = add_step_item (b, holidays, report, step, code, sqlite3_column_int64 (stmt, 0), day);
      const char *outcome = (const char *) sqlite3_column_text (stmt, 4);

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
        {
          report->last_day = day;
          report->last_step = step;
          report->any_step = TRUE;
        }
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, b->handle, _("Database error"));
      return FALSE;
    }

  for (guint i = 0; i < reports->len; i++)
    {
      Report *report = &g_array_index (reports, Report, i);
      const LadderStep *next;
      SchakelRecordItem *item;
      gboolean closed = report->last_step != NULL && report->last_step->responsible == g_intern_static_string ("none");

      if (!report->open || closed)
        continue;
      b->open_escalation |= report->any_step;
      /* A step of another ladder: where it stands on this one is unknown. */
      if (report->any_step && report->last_step == NULL)
        continue;
      if ((next = ladder_next (ladder, report->last_step, b->today)) == NULL)
        continue;
      item = add_step_item (b, holidays, report, next, next->code, 0,
                            schakel_day_add_working_days (report->last_day, next->deadline_working_days, holidays));
      item->flags |= SCHAKEL_RECORD_FLAG_PENDING;
      if (b->today > item->deadline)
        item->flags |= SCHAKEL_RECORD_FLAG_OVERDUE;
      item->detail = g_strdup (_("not taken yet"));
      _schakel_record_field_add (item->fields, _("Date"), g_strdup (_("not taken yet")));
      _schakel_record_field_add (item->fields, _("Deadline"),
                                 deadline_value (item->deadline, item->flags & SCHAKEL_RECORD_FLAG_OVERDUE));
    }
  return TRUE;
}
