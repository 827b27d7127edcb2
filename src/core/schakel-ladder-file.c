/* schakel-ladder-file.c — an escalation ladder as a CSV file, so that
 * regions can adopt one national agreement.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format is in docs/escalation.md: one row per step in use, in order,
 * columns stap;naam;verantwoordelijke;termijn_werkdagen;toelichting.
 * Reading checks the whole file first (errors name the file and line) and
 * then changes the ladder in one transaction, or not at all.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-audit.h"
#include "schakel-core-error.h"
#include "schakel-csv-reader.h"
#include "schakel-csv-writer.h"
#include "schakel-ladder-private.h"
#include "schakel-sqlite-private.h"

enum { COL_CODE, COL_NAME, COL_RESPONSIBLE, COL_DEADLINE, COL_GUIDANCE, N_COLUMNS };

/* Dutch names first, as in the partner files; English aliases accepted. */
static const char * const column_names[N_COLUMNS][2] = {
  { "stap", "step" },
  { "naam", "name" },
  { "verantwoordelijke", "responsible" },
  { "termijn_werkdagen", "deadline_working_days" },
  { "toelichting", "guidance" },
};

/**
 * schakel_ladder_export:
 * @db: a database
 * @ladder_id: the ladder
 * @path: the file to write; replaced whole or not at all
 * @error: return location for an error
 *
 * Writes the ladder's steps in use, in order, as CSV for Dutch Excel
 * (`;`, UTF-8 with BOM, CRLF).
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_ladder_export (SchakelDatabase  *db,
                       gint64            ladder_id,
                       const char       *path,
                       GError          **error)
{
  g_autoptr(SchakelLadder) ladder = NULL;
  g_autoptr(SchakelCsvWriter) writer = NULL;
  const char *header[N_COLUMNS];

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(ladder = schakel_ladder_get (db, ladder_id, error)) ||
      !(writer = schakel_csv_writer_new (path, ';', TRUE, error)))
    return FALSE;

  for (guint c = 0; c < N_COLUMNS; c++)
    header[c] = column_names[c][0];
  if (!schakel_csv_writer_write_row (writer, header, N_COLUMNS, error))
    return FALSE;

  for (guint i = 0; i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *s = g_ptr_array_index (ladder->steps, i);
      char deadline[16];
      const char *row[N_COLUMNS];

      if (s->retired != SCHAKEL_DAY_NONE)
        continue;
      g_snprintf (deadline, sizeof deadline, "%d", s->deadline_working_days);
      row[COL_CODE] = s->code;
      row[COL_NAME] = s->name;
      row[COL_RESPONSIBLE] = s->responsible;
      row[COL_DEADLINE] = deadline;
      row[COL_GUIDANCE] = s->guidance;
      if (!schakel_csv_writer_write_row (writer, row, N_COLUMNS, error))
        return FALSE;
    }
  return schakel_csv_writer_finish (g_steal_pointer (&writer), error);
}

typedef struct
{
  guint64                line;
  char                  *fields[N_COLUMNS];
  SchakelLadderStepSpec  spec;
} FileStep;

static void
file_step_free (FileStep *step)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    g_free (step->fields[c]);
  g_free (step);
}

static gboolean
file_error (GError     **error,
            const char  *path,
            guint64      line,
            const char  *column,
            const char  *message)
{
  g_autofree char *base = g_path_get_basename (path);

  if (column != NULL)
    g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                 "%s:%" G_GUINT64_FORMAT ": %s: %s", base, line, column, message);
  else
    g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                 "%s:%" G_GUINT64_FORMAT ": %s", base, line, message);
  return FALSE;
}

/* Which field holds each column, from the header. */
static gboolean
map_header (const char             *path,
            const SchakelCsvRecord *header,
            int                     map[N_COLUMNS],
            GError                **error)
{
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      map[c] = -1;
      for (guint f = 0; f < header->n_fields; f++)
        {
          g_autofree char *name = g_ascii_strdown (header->fields[f], -1);

          g_strstrip (name);
          if (g_str_equal (name, column_names[c][0]) || g_str_equal (name, column_names[c][1]))
            map[c] = (int) f;
        }
      /* Guidance may be left out; the others are needed. */
      if (map[c] < 0 && c != COL_GUIDANCE)
        {
          g_autofree char *message = g_strdup_printf (_("the header has no column “%s”"), column_names[c][0]);

          return file_error (error, path, header->line, NULL, message);
        }
    }
  return TRUE;
}

static gboolean
parse_row (const char              *path,
           const SchakelCsvRecord  *record,
           const int                map[N_COLUMNS],
           FileStep                *step,
           GError                 **error)
{
  g_autoptr(GError) invalid = NULL;
  char *end = NULL;
  long deadline;

  step->line = record->line;
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      const char *value = map[c] >= 0 && (guint) map[c] < record->n_fields ? record->fields[map[c]] : "";

      step->fields[c] = g_strstrip (g_strdup (value));
    }

  deadline = strtol (step->fields[COL_DEADLINE], &end, 10);
  if (*step->fields[COL_DEADLINE] == '\0' || *end != '\0' || deadline < 0 || deadline > SCHAKEL_LADDER_DEADLINE_MAX)
    return file_error (error, path, record->line, column_names[COL_DEADLINE][0],
                       _("not a number of working days from 0 to 250"));

  step->spec.code = step->fields[COL_CODE];
  step->spec.name = step->fields[COL_NAME];
  step->spec.responsible = step->fields[COL_RESPONSIBLE];
  step->spec.deadline_working_days = (int) deadline;
  step->spec.guidance = step->fields[COL_GUIDANCE];
  if (!schakel_ladder_step_spec_validate (&step->spec, &invalid))
    return file_error (error, path, record->line, NULL, invalid->message);
  return TRUE;
}

/* Reads and checks the whole file: unique codes, at most one closing step
 * and only as the last row, at least one step. */
static GPtrArray *
read_steps (const char  *path,
            GError     **error)
{
  g_autoptr(SchakelCsvReader) reader = schakel_csv_reader_open (path, 0, error);
  g_autoptr(GPtrArray) steps = g_ptr_array_new_with_free_func ((GDestroyNotify) file_step_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  const SchakelCsvRecord *record;
  int map[N_COLUMNS];

  if (reader == NULL || !map_header (path, schakel_csv_reader_get_header (reader), map, error))
    return NULL;

  while (schakel_csv_reader_next (reader, &record, error))
    {
      FileStep *step = g_new0 (FileStep, 1);
      gpointer first;

      g_ptr_array_add (steps, step);
      if (!parse_row (path, record, map, step, error))
        return NULL;
      if ((first = g_hash_table_lookup (seen, step->spec.code)) != NULL)
        {
          g_autofree char *other = g_strdup_printf ("%" G_GUINT64_FORMAT, ((FileStep *) first)->line);
          /* Translators: %s is a line number */
          g_autofree char *message = g_strdup_printf (_("the step code is also on line %s"), other);

          file_error (error, path, record->line, column_names[COL_CODE][0], message);
          return NULL;
        }
      g_hash_table_insert (seen, (gpointer) step->spec.code, step);
    }
  if (error != NULL && *error != NULL)
    return NULL;

  if (steps->len == 0)
    {
      file_error (error, path, 1, NULL, _("the file has no steps"));
      return NULL;
    }
  for (guint i = 0; i + 1 < steps->len; i++)
    {
      FileStep *step = g_ptr_array_index (steps, i);

      if (g_str_equal (step->spec.responsible, "none"))
        {
          file_error (error, path, step->line, column_names[COL_RESPONSIBLE][0],
                      _("only the last step may close the ladder (none)"));
          return NULL;
        }
    }
  return g_steal_pointer (&steps);
}

typedef struct
{
  const char *path;
  GPtrArray  *steps;
  const char *scheme_code;
  const char *region_code;
  gint64      ladder_id;
  SchakelDay  today;
} ImportLadder;

static gboolean
import_ladder (SchakelDatabase  *db,
               gpointer          data,
               GError          **error)
{
  ImportLadder *il = data;
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(SchakelLadder) ladder = NULL;
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) retire = NULL;
  g_autoptr(GHashTable) in_file = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *detail = NULL;
  g_autofree char *base = g_path_get_basename (il->path);
  char today[SCHAKEL_ISO_DATE_LEN];
  int top = 0;
  guint n_retired = 0;

  /* A region without a ladder of its own gets one, in this transaction. */
  il->ladder_id = schakel_ladder_lookup (db, il->scheme_code, il->region_code, error);
  if (il->ladder_id == 0 && il->scheme_code != NULL)
    {
      SchakelLadderCreateRegional c = { il->scheme_code, il->region_code, 0 };

      if (!_schakel_ladder_create_regional (db, &c, error))
        return FALSE;
      il->ladder_id = c.id;
    }
  if (il->ladder_id <= 0 || !(ladder = schakel_ladder_get (db, il->ladder_id, error)))
    return FALSE;
  update = schakel_sqlite_prepare (handle,
    "UPDATE escalation_ladder_step SET name = ?2, responsible = ?3, deadline_working_days = ?4,"
    " guidance = ?5, position = ?6, retired_date = NULL WHERE id = ?1", error);
  retire = schakel_sqlite_prepare (handle,
    "UPDATE escalation_ladder_step SET retired_date = ?2 WHERE id = ?1", error);
  if (update == NULL || retire == NULL)
    return FALSE;

  /* New positions above every old one keep positions unique while the
   * retired steps keep theirs. */
  for (guint i = 0; i < ladder->steps->len; i++)
    top = MAX (top, ((SchakelLadderStep *) g_ptr_array_index (ladder->steps, i))->position);

  for (guint i = 0; i < il->steps->len; i++)
    {
      FileStep *step = g_ptr_array_index (il->steps, i);
      const SchakelLadderStep *old = schakel_ladder_find_code (ladder, step->spec.code);

      g_hash_table_add (in_file, (gpointer) step->spec.code);
      if (old == NULL)
        {
          if (_schakel_ladder_insert_step (db, il->ladder_id, &step->spec, top + 1 + (int) i, error) == 0)
            return FALSE;
          continue;
        }
      sqlite3_reset (update);
      sqlite3_bind_int64 (update, 1, old->id);
      schakel_sqlite_bind_text (update, 2, step->spec.name);
      schakel_sqlite_bind_text (update, 3, step->spec.responsible);
      sqlite3_bind_int (update, 4, step->spec.deadline_working_days);
      schakel_sqlite_bind_text (update, 5, step->spec.guidance);
      sqlite3_bind_int (update, 6, top + 1 + (int) i);
      if (!schakel_sqlite_step_done (handle, update, error))
        return FALSE;
    }

  /* Steps in use that the agreement dropped are retired from today. */
  schakel_day_format_iso (il->today, today);
  for (guint i = 0; i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *s = g_ptr_array_index (ladder->steps, i);

      if (s->retired != SCHAKEL_DAY_NONE || g_hash_table_contains (in_file, s->code))
        continue;
      sqlite3_reset (retire);
      sqlite3_bind_int64 (retire, 1, s->id);
      schakel_sqlite_bind_text (retire, 2, today);
      if (!schakel_sqlite_step_done (handle, retire, error))
        return FALSE;
      n_retired++;
    }

  detail = g_strdup_printf ("%s: %u steps, %u retired", base, il->steps->len, n_retired);
  return schakel_audit_record (db, "ladder.import", "ladder", ladder->code, detail, error);
}

/**
 * schakel_ladder_import:
 * @db: a writable database
 * @scheme_code: (nullable): the region scheme of a regional ladder, or
 *   %NULL for the national ladder
 * @region_code: (nullable): the region
 * @path: a ladder file (docs/escalation.md)
 * @today: the day steps the file drops are retired from
 * @error: return location for an error
 *
 * Makes the file's steps, in its order, the ladder's steps in use: a code
 * the ladder knows is updated (and brought back if it was retired), a new
 * code is added, and a step in use that the file lacks is retired from
 * @today, so history stays. The whole file is checked first; an error
 * names the file, the line and the column, and nothing is changed. A
 * region without a ladder of its own gets one in the same transaction.
 *
 * Returns: the ladder's id, or 0 on error
 */
gint64
schakel_ladder_import (SchakelDatabase  *db,
                       const char       *scheme_code,
                       const char       *region_code,
                       const char       *path,
                       SchakelDay        today,
                       GError          **error)
{
  g_autoptr(GPtrArray) steps = NULL;
  ImportLadder il = { path, NULL, scheme_code, region_code, 0, today };

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), 0);
  g_return_val_if_fail (path != NULL, 0);
  g_return_val_if_fail ((scheme_code == NULL) == (region_code == NULL), 0);

  if (!(steps = read_steps (path, error)))
    return 0;
  il.steps = steps;
  if (!_schakel_write_transaction (db, import_ladder, &il, error))
    return 0;
  return il.ladder_id;
}
