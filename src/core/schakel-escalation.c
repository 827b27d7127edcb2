/* schakel-escalation.c — recording what was done on an absence case:
 * a step of the ladder, or closing the case.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change is one transaction holding the change, its entry in the
 * undo journal and its audit entry. The rules are in docs/escalation.md.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-audit.h"
#include "schakel-cases.h"
#include "schakel-codes.h"
#include "schakel-core-error.h"
#include "schakel-escalation.h"
#include "schakel-ladder-private.h"
#include "schakel-sqlite-private.h"

/* Word beginnings that make a note medical (Dutch and English). A note
 * says what was done, never why a child is ill (DOMAIN.md §12). */
static const char * const medical_stems[] = {
  "adhd", "angst", "anxiet", "arts", "autis", "diagnos", "depress", "disease", "doctor", "dokter",
  "ggz", "handicap", "hospital", "huisarts", "illness", "kliniek", "medic", "medisch", "ontwikkelingsstoornis",
  "pijn", "psych", "ptsd", "ptss", "sick", "stoornis", "suicid", "suïcid", "therap", "trauma",
  "verslav", "zelfbeschadig", "ziek", "zwanger", "pregnan",
};

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID, message);
  return FALSE;
}

/**
 * schakel_escalation_note_validate:
 * @note: (nullable): a note
 * @error: return location for an error
 *
 * A note on a recorded step or closure is optional, at most
 * %SCHAKEL_NOTE_MAX characters on one line, holds no number of six or
 * more digits (an identifier such as a BSN or V-number) and no word that
 * begins like a medical term (a fixed list: "ziek", "psych", "diagnos",
 * "therap", …). The rule is in docs/escalation.md.
 *
 * Returns: %TRUE when @note may be stored
 */
gboolean
schakel_escalation_note_validate (const char  *note,
                                  GError     **error)
{
  g_autofree char *folded = NULL;
  int digits = 0;

  if (note == NULL)
    return TRUE;
  if (!g_utf8_validate (note, -1, NULL) || *note == '\0' || g_utf8_strlen (note, -1) > SCHAKEL_NOTE_MAX)
    return invalid (error, _("A note is 1 to 140 characters"));
  if (strpbrk (note, "\r\n\t") != NULL)
    return invalid (error, _("A note is a single line"));

  for (const char *p = note; *p != '\0'; p++)
    {
      digits = g_ascii_isdigit (*p) ? digits + 1 : 0;
      if (digits >= 6)
        return invalid (error, _("A note may not hold an identifier such as a BSN or V-number"));
    }

  folded = g_utf8_casefold (note, -1);
  for (const char *word = folded; *word != '\0'; word = g_utf8_next_char (word))
    {
      /* Only at the start of a word. */
      if (word != folded && g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (word))))
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (medical_stems); i++)
        if (g_str_has_prefix (word, medical_stems[i]))
          return invalid (error, _("A note may not hold medical information; record what was done, not why"));
    }
  return TRUE;
}

/* Adds the change to the undo journal: @kind, the row it made, and for
 * an 18+ plan the plan as it was before. */
gboolean
_schakel_journal_add (SchakelDatabase  *db,
                      const char       *kind,
                      gint64            row_key,
                      GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (handle,
    "INSERT INTO edit_journal (at, kind, row_key, before)"
    " VALUES (strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2,"
    "  CASE ?1 WHEN 'adult_plan' THEN (SELECT json_object ('plan', plan,"
    "    'receiving_municipality', receiving_municipality, 'education', education,"
    "    'source', source, 'recorded_at', recorded_at) FROM adult_plan WHERE minor_id = ?2) END)",
    error);

  if (stmt == NULL)
    return FALSE;
  schakel_sqlite_bind_text (stmt, 1, kind);
  sqlite3_bind_int64 (stmt, 2, row_key);
  return schakel_sqlite_step_done (handle, stmt, error);
}

typedef struct
{
  const SchakelStepRecord *record;
  SchakelDay               today;
  gint64                   id;
} RecordStep;

/* The case must be open today and the step dated after the report's start
 * and not before its last step. */
static SchakelCase *
open_case_for (SchakelDatabase  *db,
               gint64            report_id,
               SchakelDay        date,
               SchakelDay        today,
               GError          **error)
{
  g_autoptr(SchakelCase) c = NULL;

  if (date == SCHAKEL_DAY_NONE || date > today)
    {
      invalid (error, _("The date is in the future"));
      return NULL;
    }
  if (!(c = schakel_case_get (db, report_id, today, error)))
    return NULL;
  if (date < c->start_date)
    {
      invalid (error, _("The date is before the absence the report is about began"));
      return NULL;
    }
  if (c->current_step_date != SCHAKEL_DAY_NONE && date < c->current_step_date)
    {
      invalid (error, _("The date is before the last step recorded on this case"));
      return NULL;
    }
  return g_steal_pointer (&c);
}

static gboolean
record_step (SchakelDatabase  *db,
             gpointer          data,
             GError          **error)
{
  RecordStep *rs = data;
  const SchakelStepRecord *r = rs->record;
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(SchakelCase) c = open_case_for (db, r->report_id, r->date, rs->today, error);
  g_autoptr(SchakelLadder) ladder = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *detail = NULL;
  const SchakelLadderStep *step, *current, *expected;
  const char *skip_reason = NULL;
  char iso[SCHAKEL_ISO_DATE_LEN];

  if (c == NULL || !(ladder = schakel_ladder_get (db, c->ladder_id, error)))
    return FALSE;

  step = schakel_ladder_find_step (ladder, r->ladder_step_id);
  if (step == NULL)
    return invalid (error, _("The step is not on the escalation ladder of this case’s region"));
  if (!schakel_ladder_step_in_use (step, r->date))
    return invalid (error, _("The step was retired on or before this date"));
  if (g_str_equal (step->responsible, "none"))
    return invalid (error, _("Close the case to end the ladder"));

  current = schakel_ladder_find_step (ladder, c->current_step_id);
  if (current != NULL && step->position < current->position)
    return invalid (error, _("The step comes before the case’s current step"));

  /* Passing over a step in use needs a reason; repeating the current step
   * or taking the next one does not. */
  expected = schakel_ladder_next_step (ladder, current, r->date);
  if (step != current && expected != NULL && step->position > expected->position)
    {
      if (r->skip_reason == NULL)
        return invalid (error, _("The step passes over an earlier step: give a reason for skipping"));
      skip_reason = r->skip_reason;
    }

  schakel_day_format_iso (r->date, iso);
  insert = schakel_sqlite_prepare (handle,
    "INSERT INTO escalation_step (report_id, step_code, date, outcome, ladder_step_id, source,"
    "  skip_reason, note, recorded_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, 'app', ?6, ?7, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))"
    " ON CONFLICT (report_id, step_code, date) DO NOTHING", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, r->report_id);
  schakel_sqlite_bind_text (insert, 2, step->code);
  schakel_sqlite_bind_text (insert, 3, iso);
  schakel_sqlite_bind_text (insert, 4, r->outcome);
  sqlite3_bind_int64 (insert, 5, step->id);
  schakel_sqlite_bind_text (insert, 6, skip_reason);
  schakel_sqlite_bind_text (insert, 7, r->note);
  if (!schakel_sqlite_step_done (handle, insert, error))
    return FALSE;
  if (sqlite3_changes (handle) == 0)
    return invalid (error, _("This step is already recorded on this date"));
  rs->id = sqlite3_last_insert_rowid (handle);

  /* The audit names the report and step, never the note. */
  detail = g_strdup_printf ("report %s: %s on %s, %s%s%s", c->report_number, step->code, iso, r->outcome,
                            skip_reason != NULL ? ", skipped: " : "", skip_reason != NULL ? skip_reason : "");
  return _schakel_journal_add (db, "escalation_step", rs->id, error) &&
         schakel_audit_record (db, "escalation.record", "minor", c->jongere_id, detail, error);
}

/**
 * schakel_escalation_record_step:
 * @db: a writable database
 * @record: what was done
 * @today: today, to refuse dates in the future
 * @error: return location for an error
 *
 * Records a step on an open case, with source `app`: an import never
 * changes it. Refused with %SCHAKEL_CORE_ERROR_INVALID: a date after
 * @today, before the start of the absence reported or before the case's
 * last step; a step not on the case's ladder, retired by then, earlier
 * than the current step, or the closing step (use
 * schakel_escalation_close()); passing over a step in use without a skip
 * reason; an outcome or reason not on its code list; a note that breaks
 * schakel_escalation_note_validate(). The step, its undo entry and its
 * audit entry are one transaction.
 *
 * Returns: the new step's id, or 0 on error
 */
gint64
schakel_escalation_record_step (SchakelDatabase          *db,
                                const SchakelStepRecord  *record,
                                SchakelDay                today,
                                GError                  **error)
{
  RecordStep rs = { record, today, 0 };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), 0);
  g_return_val_if_fail (record != NULL, 0);

  if (!schakel_code_is_valid (SCHAKEL_CODE_LIST_ESCALATION_OUTCOME, record->outcome))
    return invalid (error, _("Choose an outcome from the list"));
  if (record->skip_reason != NULL && !schakel_code_is_valid (SCHAKEL_CODE_LIST_SKIP_REASON, record->skip_reason))
    return invalid (error, _("Choose a reason for skipping from the list"));
  if (!schakel_escalation_note_validate (record->note, error) ||
      !_schakel_write_transaction (db, record_step, &rs, error))
    return 0;
  return rs.id;
}

typedef struct
{
  gint64      report_id;
  SchakelDay  date;
  const char *outcome;
  const char *note;
  SchakelDay  today;
} CloseCase;

static gboolean
close_case (SchakelDatabase  *db,
            gpointer          data,
            GError          **error)
{
  CloseCase *cc = data;
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(SchakelCase) c = open_case_for (db, cc->report_id, cc->date, cc->today, error);
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *detail = NULL;
  char iso[SCHAKEL_ISO_DATE_LEN];

  if (c == NULL)
    return FALSE;
  schakel_day_format_iso (cc->date, iso);
  insert = schakel_sqlite_prepare (handle,
    "INSERT INTO absence_closure (report_id, date, outcome, note, source, recorded_at)"
    " VALUES (?1, ?2, ?3, ?4, 'app', strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_int64 (insert, 1, cc->report_id);
  schakel_sqlite_bind_text (insert, 2, iso);
  schakel_sqlite_bind_text (insert, 3, cc->outcome);
  schakel_sqlite_bind_text (insert, 4, cc->note);
  if (!schakel_sqlite_step_done (handle, insert, error))
    return FALSE;

  detail = g_strdup_printf ("report %s: closed on %s, %s", c->report_number, iso, cc->outcome);
  return _schakel_journal_add (db, "absence_closure", cc->report_id, error) &&
         schakel_audit_record (db, "escalation.close", "minor", c->jongere_id, detail, error);
}

/**
 * schakel_escalation_close:
 * @db: a writable database
 * @report_id: an open absence report
 * @date: when it closed
 * @outcome: SCHAKEL_CODE_LIST_CASE_OUTCOME
 * @note: (nullable): a short, non-medical note
 * @today: today, to refuse dates in the future
 * @error: return location for an error
 *
 * Closes a case in Schakel. The partner's own end date and status stay as
 * imported; the case counts as closed from the earlier of the two. The
 * date rules are those of schakel_escalation_record_step().
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_escalation_close (SchakelDatabase  *db,
                          gint64            report_id,
                          SchakelDay        date,
                          const char       *outcome,
                          const char       *note,
                          SchakelDay        today,
                          GError          **error)
{
  CloseCase cc = { report_id, date, outcome, note, today };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);

  if (!schakel_code_is_valid (SCHAKEL_CODE_LIST_CASE_OUTCOME, outcome))
    return invalid (error, _("Choose an outcome from the list"));
  return schakel_escalation_note_validate (note, error) &&
         _schakel_write_transaction (db, close_case, &cc, error);
}
