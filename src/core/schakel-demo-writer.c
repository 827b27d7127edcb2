/* schakel-demo-writer.c — writes the demo world and minors with prepared
 * statements.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-demo-private.h"
#include "schakel-sqlite-private.h"

enum
{
  STMT_LOCATION,
  STMT_SCHOOL,
  STMT_MINOR,
  STMT_PLACEMENT,
  STMT_ENROLMENT,
  STMT_WAIT,
  STMT_REPORT,
  STMT_STEP,
  STMT_EVENT,
  STMT_PLAN,
  N_STMTS
};

static const char * const stmt_sql[N_STMTS] = {
  [STMT_LOCATION] = "INSERT INTO location (id, code, name, type_code, municipality_code)"
                    " VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_SCHOOL] = "INSERT INTO school (id, brin, branch, name, municipality_code)"
                  " VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_MINOR] = "INSERT INTO minor (id, jongere_id, birth_date, birth_date_precision,"
                 " birth_date_estimated, gender, country_of_origin, amv, arrival_date,"
                 " application_date) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
  [STMT_PLACEMENT] = "INSERT INTO placement (minor_id, location_id, start_date, end_date, reason)"
                     " VALUES (?1, ?2, ?3, ?4, ?5)",
  [STMT_ENROLMENT] = "INSERT INTO enrolment (minor_id, school_id, school_type, start_date,"
                     " end_date, hours_per_week) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [STMT_WAIT] = "INSERT INTO waitlist_entry (minor_id, school_id, school_type, registered_date,"
                " end_date, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
  [STMT_REPORT] = "INSERT INTO absence_report (id, report_number, minor_id, school_id, report_type,"
                  " start_date, threshold_date, report_date, end_date, status,"
                  " escalated_to_justice)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
  [STMT_STEP] = "INSERT INTO escalation_step (report_id, step_code, date, outcome)"
                " VALUES (?1, ?2, ?3, ?4)",
  [STMT_EVENT] = "INSERT INTO procedure_event (minor_id, date, event) VALUES (?1, ?2, ?3)",
  [STMT_PLAN] = "INSERT INTO adult_plan (minor_id, plan, receiving_municipality, education, source, recorded_at)"
                " VALUES (?1, ?2, ?3, ?4, 'app', ?5 || 'T09:00:00Z')",
};

struct _SchakelDemoWriter
{
  sqlite3      *db;
  sqlite3_stmt *stmts[N_STMTS];
  gint64        next_report;
};

void
_schakel_demo_writer_free (SchakelDemoWriter *writer)
{
  if (writer == NULL)
    return;
  for (guint i = 0; i < N_STMTS; i++)
    sqlite3_finalize (writer->stmts[i]);
  g_free (writer);
}

SchakelDemoWriter *
_schakel_demo_writer_new (sqlite3  *db,
                          GError  **error)
{
  g_autoptr(SchakelDemoWriter) writer = g_new0 (SchakelDemoWriter, 1);

  writer->db = db;
  writer->next_report = 1;
  for (guint i = 0; i < N_STMTS; i++)
    if (!(writer->stmts[i] = schakel_sqlite_prepare (db, stmt_sql[i], error)))
      return NULL;
  return g_steal_pointer (&writer);
}

/* Code strings live in static tables: SQLite need not copy them. */
static inline void
bind_static (sqlite3_stmt *stmt,
             int           index,
             const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_STATIC);
}

static inline void
bind_day (sqlite3_stmt *stmt,
          int           index,
          SchakelDay    day)
{
  char buf[SCHAKEL_ISO_DATE_LEN];

  if (day == SCHAKEL_DAY_NONE)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  schakel_day_format_iso (day, buf);
  sqlite3_bind_text (stmt, index, buf, 10, SQLITE_TRANSIENT);
}

static gboolean
step (SchakelDemoWriter  *writer,
      int                 which,
      GError            **error)
{
  return schakel_sqlite_step_done (writer->db, writer->stmts[which], error);
}

gboolean
_schakel_demo_writer_write_world (SchakelDemoWriter       *writer,
                                  const SchakelDemoWorld  *world,
                                  GError                 **error)
{
  sqlite3_stmt *loc_stmt = writer->stmts[STMT_LOCATION];
  sqlite3_stmt *school_stmt = writer->stmts[STMT_SCHOOL];

  for (guint i = 0; i < world->locations->len; i++)
    {
      const SchakelDemoLocation *loc = &g_array_index (world->locations, SchakelDemoLocation, i);
      const SchakelDemoMunicipality *mun = &g_array_index (world->municipalities,
                                                           SchakelDemoMunicipality,
                                                           loc->municipality);

      sqlite3_bind_int64 (loc_stmt, 1, i + 1);
      bind_static (loc_stmt, 2, loc->code);
      bind_static (loc_stmt, 3, loc->name);
      bind_static (loc_stmt, 4, _schakel_demo_loc_type_codes[loc->type]);
      bind_static (loc_stmt, 5, mun->code);
      if (!step (writer, STMT_LOCATION, error))
        return FALSE;
    }

  for (guint i = 0; i < world->schools->len; i++)
    {
      const SchakelDemoSchool *school = &g_array_index (world->schools, SchakelDemoSchool, i);
      const SchakelDemoMunicipality *mun = &g_array_index (world->municipalities,
                                                           SchakelDemoMunicipality,
                                                           school->municipality);

      sqlite3_bind_int64 (school_stmt, 1, i + 1);
      bind_static (school_stmt, 2, school->brin);
      bind_static (school_stmt, 3, school->branch);
      bind_static (school_stmt, 4, school->name);
      bind_static (school_stmt, 5, mun->code);
      if (!step (writer, STMT_SCHOOL, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_person (SchakelDemoWriter       *writer,
              const SchakelDemoMinor  *minor,
              gint64                   id,
              GError                 **error)
{
  sqlite3_stmt *stmt = writer->stmts[STMT_MINOR];
  char jongere_id[32];

  g_snprintf (jongere_id, sizeof jongere_id, "SYN-%07" G_GINT64_FORMAT, id);
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, jongere_id, -1, SQLITE_TRANSIENT);
  bind_day (stmt, 3, minor->birth);
  bind_static (stmt, 4, minor->month_precision ? "month" : "day");
  sqlite3_bind_int (stmt, 5, minor->estimated);
  bind_static (stmt, 6, minor->gender);
  bind_static (stmt, 7, minor->country);
  sqlite3_bind_int (stmt, 8, minor->amv);
  bind_day (stmt, 9, minor->arrival);
  bind_day (stmt, 10, minor->application);
  return step (writer, STMT_MINOR, error);
}

static gboolean
write_stays (SchakelDemoWriter       *writer,
             const SchakelDemoMinor  *minor,
             gint64                   id,
             GError                 **error)
{
  sqlite3_stmt *stmt = writer->stmts[STMT_PLACEMENT];

  for (guint i = 0; i < minor->placements->len; i++)
    {
      const SchakelDemoPlacement *p = &g_array_index (minor->placements, SchakelDemoPlacement, i);

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, p->location + 1);
      bind_day (stmt, 3, p->start);
      bind_day (stmt, 4, p->end);
      bind_static (stmt, 5, _schakel_demo_reason_codes[p->reason]);
      if (!step (writer, STMT_PLACEMENT, error))
        return FALSE;
    }

  stmt = writer->stmts[STMT_EVENT];
  for (guint i = 0; i < minor->events->len; i++)
    {
      const SchakelDemoEvent *e = &g_array_index (minor->events, SchakelDemoEvent, i);

      sqlite3_bind_int64 (stmt, 1, id);
      bind_day (stmt, 2, e->day);
      bind_static (stmt, 3, _schakel_demo_event_codes[e->kind]);
      if (!step (writer, STMT_EVENT, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_schooling (SchakelDemoWriter       *writer,
                 const SchakelDemoMinor  *minor,
                 gint64                   id,
                 GError                 **error)
{
  sqlite3_stmt *stmt = writer->stmts[STMT_ENROLMENT];

  for (guint i = 0; i < minor->enrolments->len; i++)
    {
      const SchakelDemoEnrolment *e = &g_array_index (minor->enrolments, SchakelDemoEnrolment, i);

      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int64 (stmt, 2, e->school + 1);
      bind_static (stmt, 3, _schakel_demo_school_type_codes[e->type]);
      bind_day (stmt, 4, e->start);
      bind_day (stmt, 5, e->end);
      if (e->hours < 0)
        sqlite3_bind_null (stmt, 6);
      else
        sqlite3_bind_double (stmt, 6, e->hours);
      if (!step (writer, STMT_ENROLMENT, error))
        return FALSE;
    }

  stmt = writer->stmts[STMT_WAIT];
  for (guint i = 0; i < minor->waits->len; i++)
    {
      const SchakelDemoWait *w = &g_array_index (minor->waits, SchakelDemoWait, i);

      sqlite3_bind_int64 (stmt, 1, id);
      if (w->school < 0)
        sqlite3_bind_null (stmt, 2);
      else
        sqlite3_bind_int64 (stmt, 2, w->school + 1);
      bind_static (stmt, 3, _schakel_demo_school_type_codes[w->type]);
      bind_day (stmt, 4, w->registered);
      bind_day (stmt, 5, w->end);
      bind_static (stmt, 6, _schakel_demo_wait_outcome_codes[w->outcome]);
      if (!step (writer, STMT_WAIT, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_absence (SchakelDemoWriter       *writer,
               const SchakelDemoMinor  *minor,
               gint64                   id,
               GError                 **error)
{
  sqlite3_stmt *report_stmt = writer->stmts[STMT_REPORT];
  sqlite3_stmt *step_stmt = writer->stmts[STMT_STEP];

  for (guint i = 0; i < minor->reports->len; i++)
    {
      const SchakelDemoReport *r = &g_array_index (minor->reports, SchakelDemoReport, i);
      gint64 report_id = writer->next_report++;
      char number[32];

      g_snprintf (number, sizeof number, "VZ%06" G_GINT64_FORMAT, report_id);
      sqlite3_bind_int64 (report_stmt, 1, report_id);
      sqlite3_bind_text (report_stmt, 2, number, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (report_stmt, 3, id);
      if (r->school < 0)
        sqlite3_bind_null (report_stmt, 4);
      else
        sqlite3_bind_int64 (report_stmt, 4, r->school + 1);
      bind_static (report_stmt, 5, _schakel_demo_report_type_codes[r->type]);
      bind_day (report_stmt, 6, r->start);
      bind_day (report_stmt, 7, r->threshold);
      bind_day (report_stmt, 8, r->reported);
      bind_day (report_stmt, 9, r->end);
      bind_static (report_stmt, 10, _schakel_demo_status_codes[r->status]);
      sqlite3_bind_int (report_stmt, 11, r->justice);
      if (!step (writer, STMT_REPORT, error))
        return FALSE;

      for (guint k = 0; k < r->n_steps; k++)
        {
          const SchakelDemoStepRow *s = &g_array_index (minor->steps, SchakelDemoStepRow,
                                                        r->first_step + k);

          sqlite3_bind_int64 (step_stmt, 1, report_id);
          bind_static (step_stmt, 2, _schakel_demo_step_codes[s->step]);
          bind_day (step_stmt, 3, s->date);
          bind_static (step_stmt, 4, _schakel_demo_outcome_codes[s->outcome]);
          if (!step (writer, STMT_STEP, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_plan (SchakelDemoWriter       *writer,
            const SchakelDemoWorld  *world,
            const SchakelDemoMinor  *minor,
            gint64                   id,
            GError                 **error)
{
  sqlite3_stmt *stmt = writer->stmts[STMT_PLAN];
  const SchakelDemoPlan *plan = &minor->plan;

  if (plan->recorded == SCHAKEL_DAY_NONE)
    return TRUE;
  sqlite3_bind_int64 (stmt, 1, id);
  bind_static (stmt, 2, _schakel_demo_plan_codes[plan->kind]);
  if (plan->municipality < 0)
    sqlite3_bind_null (stmt, 3);
  else
    bind_static (stmt, 3, g_array_index (world->municipalities, SchakelDemoMunicipality,
                                         plan->municipality).code);
  bind_static (stmt, 4, _schakel_demo_education_codes[plan->education]);
  bind_day (stmt, 5, plan->recorded);
  return step (writer, STMT_PLAN, error);
}

gboolean
_schakel_demo_writer_write_minor (SchakelDemoWriter       *writer,
                                  const SchakelDemoWorld  *world,
                                  const SchakelDemoMinor  *minor,
                                  GError                 **error)
{
  gint64 id = (gint64) minor->index + 1;

  return write_person (writer, minor, id, error) &&
         write_stays (writer, minor, id, error) &&
         write_schooling (writer, minor, id, error) &&
         write_absence (writer, minor, id, error) &&
         write_plan (writer, world, minor, id, error);
}
