/* schakel-minor-record-rows.c — the rows of one minor, one indexed query
 * per table.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-codes.h"
#include "schakel-core-error.h"
#include "schakel-format.h"
#include "schakel-minor-record-private.h"
#include "schakel-sqlite-private.h"

static char *
column_text (sqlite3_stmt *stmt,
             int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NULL;
  return g_strdup ((const char *) sqlite3_column_text (stmt, col));
}

static const char *
column_intern (sqlite3_stmt *stmt,
               int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NULL;
  return g_intern_string ((const char *) sqlite3_column_text (stmt, col));
}

static char *
column_date (sqlite3_stmt *stmt,
             int           col)
{
  if (sqlite3_column_type (stmt, col) == SQLITE_NULL)
    return NULL;
  return schakel_format_iso_date ((const char *) sqlite3_column_text (stmt, col));
}

static char *
code_value (SchakelCodeList  list,
            const char      *code)
{
  if (code == NULL)
    return NULL;
  /* Translators: a code's label and the code itself, e.g. "Emergency reception (NO)" */
  return g_strdup_printf (_("%s (%s)"), schakel_code_label (list, code), code);
}

static char *
yes_no (gboolean value)
{
  return g_strdup (value ? _("yes") : _("no"));
}

/* "12AB 01, name": a school as the side panel shows it. */
static char *
school_value (sqlite3_stmt *stmt,
              int           brin_col)
{
  if (sqlite3_column_type (stmt, brin_col) == SQLITE_NULL)
    return NULL;
  return g_strdup_printf ("%s %s, %s", sqlite3_column_text (stmt, brin_col),
                          sqlite3_column_text (stmt, brin_col + 1),
                          sqlite3_column_text (stmt, brin_col + 2));
}

static char *
school_title (sqlite3_stmt *stmt,
              int           brin_col)
{
  const char *name = (const char *) sqlite3_column_text (stmt, brin_col + 2);

  if (name != NULL && *name != '\0')
    return g_strdup (name);
  return g_strdup_printf ("%s %s", sqlite3_column_text (stmt, brin_col),
                          sqlite3_column_text (stmt, brin_col + 1));
}

/* "Zwolle (GM0193)"; "— (GM0193)" for a code not in the reference list. */
static char *
municipality_value (sqlite3_stmt *stmt,
                    int           name_col,
                    int           code_col)
{
  const char *name = (const char *) sqlite3_column_text (stmt, name_col);

  return g_strdup_printf ("%s (%s)", name != NULL ? name : "—", sqlite3_column_text (stmt, code_col));
}

static gboolean
step_error (sqlite3  *handle,
            int       rc,
            GError  **error)
{
  if (rc == SQLITE_DONE)
    return TRUE;
  schakel_sqlite_set_error (error, handle, _("Database error"));
  return FALSE;
}

static sqlite3_stmt *
prepare_for_minor (SchakelRecordBuilder  *b,
                   const char            *sql,
                   GError               **error)
{
  sqlite3_stmt *stmt = schakel_sqlite_prepare (b->handle, sql, error);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, b->minor->id);
  return stmt;
}

/**
 * _schakel_record_read_minor:
 * @b: the builder
 * @jongere_id: (nullable): the partner's id, or %NULL to use @minor_id
 * @minor_id: the `minor` row id when @jongere_id is %NULL
 * @error: return location for an error
 *
 * Reads the minor's own row into a new @b->minor.
 *
 * Returns: %TRUE on success; %SCHAKEL_CORE_ERROR_NOT_FOUND when there is
 *   no such minor
 */
gboolean
_schakel_record_read_minor (SchakelRecordBuilder  *b,
                            const char            *jongere_id,
                            gint64                 minor_id,
                            GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  SchakelMinorInfo *m;
  gboolean month;
  int rc;

  stmt = schakel_sqlite_prepare (b->handle,
                                 "SELECT id, jongere_id, birth_date, birth_date_precision = 'month',"
                                 " birth_date_estimated, gender, country_of_origin, amv, arrival_date,"
                                 " application_date FROM minor WHERE (?1 IS NULL AND id = ?2) OR jongere_id = ?1",
                                 error);
  if (stmt == NULL)
    return FALSE;
  schakel_sqlite_bind_text (stmt, 1, jongere_id);
  sqlite3_bind_int64 (stmt, 2, minor_id);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      if (step_error (b->handle, rc, error))
        g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND,
                             _("There is no minor with this id in the database"));
      return FALSE;
    }

  m = b->minor = g_new0 (SchakelMinorInfo, 1);
  m->id = sqlite3_column_int64 (stmt, 0);
  m->jongere_id = column_text (stmt, 1);
  m->birth = schakel_sqlite_column_day (stmt, 2);
  month = sqlite3_column_int (stmt, 3) != 0;
  m->birth_estimated = sqlite3_column_int (stmt, 4) != 0 || month;
  m->gender = column_intern (stmt, 5);
  m->country_of_origin = column_intern (stmt, 6);
  m->amv = sqlite3_column_int (stmt, 7) != 0;
  m->arrival = schakel_sqlite_column_day (stmt, 8);
  m->application = schakel_sqlite_column_day (stmt, 9);
  m->fields = g_ptr_array_new_with_free_func (_schakel_record_field_free);

  _schakel_record_field_add (m->fields, _("Id"), g_strdup (m->jongere_id));
  if (m->birth != SCHAKEL_DAY_NONE && month)
    {
      g_autoptr(GDateTime) dt = schakel_day_to_date_time (m->birth);

      /* Translators: a month-precise birth date, see g_date_time_format(); e.g. "March 2011" */
      _schakel_record_field_add (m->fields, _("Birth date"), g_date_time_format (dt, _("%B %Y")));
    }
  else
    _schakel_record_field_add (m->fields, _("Birth date"), column_date (stmt, 2));
  _schakel_record_field_add (m->fields, _("Birth date estimated"), yes_no (sqlite3_column_int (stmt, 4)));
  _schakel_record_field_add (m->fields, _("Gender"), code_value (SCHAKEL_CODE_LIST_GENDER, m->gender));
  _schakel_record_field_add (m->fields, _("Country of origin"), g_strdup (m->country_of_origin));
  _schakel_record_field_add (m->fields, _("Unaccompanied (amv)"), yes_no (m->amv));
  _schakel_record_field_add (m->fields, _("Arrival in the Netherlands"), column_date (stmt, 8));
  _schakel_record_field_add (m->fields, _("Asylum application"), column_date (stmt, 9));
  return TRUE;
}

static void
add_period_fields (SchakelRecordItem *item,
                   sqlite3_stmt      *stmt,
                   int                start_col)
{
  _schakel_record_field_add (item->fields, _("Start date"), column_date (stmt, start_col));
  _schakel_record_field_add (item->fields, _("End date"),
                             sqlite3_column_type (stmt, start_col + 1) == SQLITE_NULL
                             ? g_strdup (_("still running"))
                             : column_date (stmt, start_col + 1));
}

static gboolean
read_placements (SchakelRecordBuilder  *b,
                 GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    prepare_for_minor (b,
                       "SELECT p.id, p.start_date, p.end_date, p.reason, l.id, l.code, l.name, l.type_code,"
                       " lt.suitability, lt.temporary_after_days, l.municipality_code, m.name"
                       " FROM placement p JOIN location l ON l.id = p.location_id"
                       " JOIN location_type lt ON lt.code = l.type_code"
                       " LEFT JOIN municipality m ON m.code = l.municipality_code"
                       " WHERE p.minor_id = ?1 ORDER BY p.start_date",
                       error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelRecordItem *item;
      SchakelRecordStay stay;
      const char *name = (const char *) sqlite3_column_text (stmt, 6);
      const char *municipality = (const char *) sqlite3_column_text (stmt, 11);

      item = _schakel_record_item_add (b, SCHAKEL_RECORD_PLACEMENT, "placement", sqlite3_column_int64 (stmt, 0),
                                       schakel_sqlite_column_day (stmt, 1), schakel_sqlite_column_day (stmt, 2));
      item->code = column_intern (stmt, 7);
      item->suitability = column_intern (stmt, 8);
      item->title = g_strdup (name != NULL && *name != '\0' ? name : (const char *) sqlite3_column_text (stmt, 5));
      item->detail = g_strdup_printf ("%s · %s", schakel_code_label (SCHAKEL_CODE_LIST_LOCATION_TYPE, item->code),
                                      municipality != NULL ? municipality
                                                           : (const char *) sqlite3_column_text (stmt, 10));
      if (g_strcmp0 (item->suitability, "unsuitable") == 0)
        item->flags |= SCHAKEL_RECORD_FLAG_UNSUITABLE;
      else if (g_strcmp0 (item->suitability, "temporary") == 0 ||
               (sqlite3_column_type (stmt, 9) != SQLITE_NULL && item->days > sqlite3_column_int (stmt, 9)))
        item->flags |= SCHAKEL_RECORD_FLAG_TEMPORARY;

      add_period_fields (item, stmt, 1);
      _schakel_record_field_add (item->fields, _("Location code"), column_text (stmt, 5));
      _schakel_record_field_add (item->fields, _("Location name"), column_text (stmt, 6));
      _schakel_record_field_add (item->fields, _("Location type"),
                                 code_value (SCHAKEL_CODE_LIST_LOCATION_TYPE, item->code));
      _schakel_record_field_add (item->fields, _("Suitability"),
                                 code_value (SCHAKEL_CODE_LIST_SUITABILITY, item->suitability));
      _schakel_record_field_add (item->fields, _("Municipality"), municipality_value (stmt, 11, 10));
      _schakel_record_field_add (item->fields, _("Reason for the move here"),
                                 code_value (SCHAKEL_CODE_LIST_MOVE_REASON, (const char *) sqlite3_column_text (stmt, 3)));

      /* A move is a placement at another location than the one before
       * (as in the metrics: a new placement at the same location is not). */
      if (b->placements->len > 0 &&
          g_array_index (b->placements, SchakelRecordStay, b->placements->len - 1).place_id
            != sqlite3_column_int64 (stmt, 4))
        {
          SchakelRecordItem *before = g_array_index (b->placements, SchakelRecordStay, b->placements->len - 1).item;
          SchakelRecordItem *move = _schakel_record_item_add (b, SCHAKEL_RECORD_MOVE, "placement", item->row_id,
                                                              item->start, item->start);
          const char *reason = column_intern (stmt, 3);

          move->code = reason;
          move->title = reason != NULL
            ? g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_MOVE_REASON, reason))
            : g_strdup (_("Move, no reason given"));
          /* Translators: a move between two reception locations */
          move->detail = g_strdup_printf (_("From %s to %s"), before->title, item->title);
          _schakel_record_field_add (move->fields, _("Date"), column_date (stmt, 1));
          _schakel_record_field_add (move->fields, _("From"), g_strdup (before->title));
          _schakel_record_field_add (move->fields, _("To"), g_strdup (item->title));
          _schakel_record_field_add (move->fields, _("Reason"),
                                     code_value (SCHAKEL_CODE_LIST_MOVE_REASON, reason));
          g_hash_table_insert (b->parents, move, item);
        }
      stay.item = item;
      stay.place_id = sqlite3_column_int64 (stmt, 4);
      g_array_append_val (b->placements, stay);
    }
  return step_error (b->handle, rc, error);
}

static gboolean
read_enrolments (SchakelRecordBuilder  *b,
                 GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    prepare_for_minor (b,
                       "SELECT e.id, e.start_date, e.end_date, e.school_type, e.hours_per_week, s.id,"
                       " s.brin, s.branch, s.name, s.municipality_code, m.name"
                       " FROM enrolment e JOIN school s ON s.id = e.school_id"
                       " LEFT JOIN municipality m ON m.code = s.municipality_code"
                       " WHERE e.minor_id = ?1 ORDER BY e.start_date, e.id",
                       error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelRecordItem *item;
      SchakelRecordStay stay;
      const char *type_label;

      item = _schakel_record_item_add (b, SCHAKEL_RECORD_ENROLMENT, "enrolment", sqlite3_column_int64 (stmt, 0),
                                       schakel_sqlite_column_day (stmt, 1), schakel_sqlite_column_day (stmt, 2));
      item->code = column_intern (stmt, 3);
      item->hours = sqlite3_column_type (stmt, 4) == SQLITE_NULL ? NAN : sqlite3_column_double (stmt, 4);
      if (!_schakel_school_rules_is_education (&b->rules, item->hours))
        item->flags |= SCHAKEL_RECORD_FLAG_BELOW_HOURS;
      item->title = school_title (stmt, 6);
      type_label = schakel_code_label (SCHAKEL_CODE_LIST_SCHOOL_TYPE, item->code);
      if (isnan (item->hours))
        /* Translators: school type, hours per week unknown */
        item->detail = g_strdup_printf (_("%s, hours unknown"), type_label);
      else
        /* Translators: school type and hours per week, e.g. "ISK, 22 hours a week" */
        item->detail = g_strdup_printf (_("%s, %g hours a week"), type_label, item->hours);

      add_period_fields (item, stmt, 1);
      _schakel_record_field_add (item->fields, _("School"), school_value (stmt, 6));
      _schakel_record_field_add (item->fields, _("School type"), code_value (SCHAKEL_CODE_LIST_SCHOOL_TYPE, item->code));
      _schakel_record_field_add (item->fields, _("Hours per week"),
                                 isnan (item->hours) ? NULL : g_strdup_printf ("%g", item->hours));
      _schakel_record_field_add (item->fields, _("Counts as education"),
                                 yes_no (!(item->flags & SCHAKEL_RECORD_FLAG_BELOW_HOURS)));
      _schakel_record_field_add (item->fields, _("Municipality"), municipality_value (stmt, 10, 9));
      stay.item = item;
      stay.place_id = sqlite3_column_int64 (stmt, 5);
      g_array_append_val (b->enrolments, stay);
    }
  return step_error (b->handle, rc, error);
}

static gboolean
read_waitlist (SchakelRecordBuilder  *b,
               GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    prepare_for_minor (b,
                       "SELECT w.id, w.registered_date, w.end_date, w.school_type, w.outcome,"
                       " s.brin, s.branch, s.name"
                       " FROM waitlist_entry w LEFT JOIN school s ON s.id = w.school_id"
                       " WHERE w.minor_id = ?1 ORDER BY w.registered_date, w.id",
                       error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelRecordItem *item;
      const char *outcome = column_intern (stmt, 4);

      item = _schakel_record_item_add (b, SCHAKEL_RECORD_WAITLIST, "waitlist_entry", sqlite3_column_int64 (stmt, 0),
                                       schakel_sqlite_column_day (stmt, 1), schakel_sqlite_column_day (stmt, 2));
      item->code = outcome;
      item->title = sqlite3_column_type (stmt, 5) == SQLITE_NULL
        ? g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_SCHOOL_TYPE, (const char *) sqlite3_column_text (stmt, 3)))
        : school_title (stmt, 5);
      item->detail = outcome != NULL
        ? g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_WAITLIST_OUTCOME, outcome))
        : g_strdup (_("still waiting"));

      _schakel_record_field_add (item->fields, _("Registered"), column_date (stmt, 1));
      _schakel_record_field_add (item->fields, _("End date"), column_date (stmt, 2));
      _schakel_record_field_add (item->fields, _("School type"),
                                 code_value (SCHAKEL_CODE_LIST_SCHOOL_TYPE, (const char *) sqlite3_column_text (stmt, 3)));
      _schakel_record_field_add (item->fields, _("School"), school_value (stmt, 5));
      _schakel_record_field_add (item->fields, _("Outcome"),
                                 outcome != NULL ? code_value (SCHAKEL_CODE_LIST_WAITLIST_OUTCOME, outcome)
                                                 : g_strdup (_("still waiting")));
    }
  return step_error (b->handle, rc, error);
}

static gboolean
read_procedure (SchakelRecordBuilder  *b,
                GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    prepare_for_minor (b, "SELECT id, date, event FROM procedure_event WHERE minor_id = ?1 ORDER BY date, id", error);
  gboolean application_seen = FALSE;
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelDay day = schakel_sqlite_column_day (stmt, 1);
      SchakelRecordItem *item = _schakel_record_item_add (b, SCHAKEL_RECORD_PROCEDURE, "procedure_event",
                                                          sqlite3_column_int64 (stmt, 0), day, day);

      item->code = column_intern (stmt, 2);
      item->title = g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_PROCEDURE_EVENT, item->code));
      application_seen |= g_strcmp0 (item->code, "aanvraag") == 0 && day == b->minor->application;
      _schakel_record_field_add (item->fields, _("Date"), column_date (stmt, 1));
      _schakel_record_field_add (item->fields, _("Event"), code_value (SCHAKEL_CODE_LIST_PROCEDURE_EVENT, item->code));
    }
  if (!step_error (b->handle, rc, error))
    return FALSE;

  /* The application date of jongeren.csv, when procedure.csv lacks it. */
  if (!application_seen && b->minor->application != SCHAKEL_DAY_NONE)
    {
      SchakelRecordItem *item = _schakel_record_item_add (b, SCHAKEL_RECORD_PROCEDURE, "minor", b->minor->id,
                                                          b->minor->application, b->minor->application);

      item->code = g_intern_static_string ("aanvraag");
      item->title = g_strdup (schakel_code_label (SCHAKEL_CODE_LIST_PROCEDURE_EVENT, item->code));
      _schakel_record_field_add (item->fields, _("Date"), schakel_format_day (item->start));
      _schakel_record_field_add (item->fields, _("Event"), code_value (SCHAKEL_CODE_LIST_PROCEDURE_EVENT, item->code));
    }
  return TRUE;
}

/**
 * _schakel_record_read_rows:
 * @b: a builder with its minor read
 * @cancellable: (nullable): a cancellable, checked between tables
 * @error: return location for an error
 *
 * Reads the minor's placements (and moves), enrolments, wait-list entries,
 * absence reports with their escalation steps, and procedure events.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_record_read_rows (SchakelRecordBuilder  *b,
                           GCancellable          *cancellable,
                           GError               **error)
{
  gboolean (*readers[]) (SchakelRecordBuilder *, GError **) = {
    read_placements, read_enrolments, read_waitlist, _schakel_record_read_absence, read_procedure,
  };

  for (guint i = 0; i < G_N_ELEMENTS (readers); i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED, _("Cancelled"));
          return FALSE;
        }
      if (!readers[i] (b, error))
        return FALSE;
    }
  return TRUE;
}
