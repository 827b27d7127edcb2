/* schakel-import.c — imports partner files in one transaction.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file of one import is read, checked and merged inside a single
 * BEGIN IMMEDIATE … COMMIT on the writing connection, so a crash or a kill
 * at any moment leaves the database as it was or fully imported. A file
 * goes through three steps:
 *
 *  1. stream its records (SchakelCsvReader, constant memory), check each
 *     field and row in C and stage the good rows in temp.stage;
 *  2. check the staged rows as a set in SQL (duplicate keys, references,
 *     overlaps, consistency), marking rows `bad`;
 *  3. merge the good rows into the tables by natural key
 *     (schakel-import-sql.c).
 *
 * Files are imported in dependency order (municipalities before minors
 * before placements …), so a placement may refer to a minor in another
 * file of the same import. Problems go to temp.import_issue and reach the
 * caller sorted by line. With errors nothing is committed unless the
 * caller asked for the valid rows only; then the rejected rows are
 * written, with their reasons, to a rejects file that appears only when
 * the import commits.
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-csv-reader.h"
#include "schakel-csv-writer.h"
#include "schakel-format.h"
#include "schakel-import-private.h"
#include "schakel-import-validate.h"
#include "schakel-sqlite-private.h"

#define CANCEL_CHECK_ROWS 4096

typedef struct
{
  SchakelImportFileResult    result;
  guint                      order;          /* as added */
  SchakelCsvReader          *reader;
  const SchakelImportFormat *format;
  int                       *field_of_column;
  guint                      n_header;
  char                       separator;
  guint64                    month_first_line;
  guint64                    slash_ambiguous;
  SchakelCsvWriter          *rejects;        /* renamed into place on commit */
  const SchakelImportSetCheck *key_check;    /* done while staging, if any */
  GHashTable                *key_rows;       /* key → first line and values */
  gboolean                   key_overflow;   /* too many keys: the SQL checks */
  guint64                    key_conflicts;
  gint64                     run_id;         /* its import_run row; 0 before the merge */
} ImportFile;

struct _SchakelImport
{
  GObject                 parent_instance;
  SchakelImportFlags      flags;
  GPtrArray              *files;
  char                   *rejects_path;
  SchakelImportIssueFunc  issue_func;
  gpointer                issue_data;
  guint                   max_issues;
  SchakelImportProfile   *profile;
  GPtrArray              *candidates;     /* of SchakelImportProfile */
  guint                   max_staged_keys;
  guint64                 n_errors;
  gboolean                committed;
  int                     permille;       /* progress, read from any thread */
  guint64                 total_bytes;    /* of all files, once opened */
  guint64                 done_bytes;     /* of the files read before this one */

  /* while running */
  sqlite3                *db;
  sqlite3_stmt           *add_issue;
  GCancellable           *cancellable;
};

G_DEFINE_FINAL_TYPE (SchakelImport, schakel_import, G_TYPE_OBJECT)

static void
import_file_free (ImportFile *f)
{
  g_free (f->result.path);
  g_free (f->result.file_name);
  g_free (f->result.sha256);
  g_free (f->result.rejects_path);
  g_free (f->result.profile);
  g_clear_pointer (&f->reader, schakel_csv_reader_free);
  g_clear_pointer (&f->rejects, schakel_csv_writer_abort);
  g_free (f->field_of_column);
  g_clear_pointer (&f->key_rows, g_hash_table_unref);
  g_free (f);
}

static void
schakel_import_finalize (GObject *object)
{
  SchakelImport *self = SCHAKEL_IMPORT (object);

  g_ptr_array_unref (self->files);
  g_free (self->rejects_path);
  g_clear_pointer (&self->profile, schakel_import_profile_free);
  g_clear_pointer (&self->candidates, g_ptr_array_unref);

  G_OBJECT_CLASS (schakel_import_parent_class)->finalize (object);
}

static void
schakel_import_class_init (SchakelImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_import_finalize;
}

static void
schakel_import_init (SchakelImport *self)
{
  self->files = g_ptr_array_new_with_free_func ((GDestroyNotify) import_file_free);
  self->max_staged_keys = SCHAKEL_IMPORT_MAX_STAGED_KEYS;
}

/* For the tests: fewer keys before the staged key checks fall back to SQL. */
void
_schakel_import_set_max_staged_keys (SchakelImport *self,
                                     guint          max_keys)
{
  self->max_staged_keys = max_keys;
}

/**
 * schakel_import_new:
 * @flags: how to import
 *
 * Returns: (transfer full): a new import; add files, then run it once
 */
SchakelImport *
schakel_import_new (SchakelImportFlags flags)
{
  SchakelImport *self = g_object_new (SCHAKEL_TYPE_IMPORT, NULL);

  self->flags = flags;
  return self;
}

/**
 * schakel_import_add_file:
 * @self: an import
 * @path: a CSV file
 * @type: its type, or %SCHAKEL_IMPORT_TYPE_NONE to recognise it from the header
 */
void
schakel_import_add_file (SchakelImport     *self,
                         const char        *path,
                         SchakelImportType  type)
{
  ImportFile *f;

  g_return_if_fail (SCHAKEL_IS_IMPORT (self));
  g_return_if_fail (path != NULL);

  f = g_new0 (ImportFile, 1);
  f->order = self->files->len;
  f->result.path = g_strdup (path);
  f->result.file_name = g_path_get_basename (path);
  f->result.type = type;
  g_ptr_array_add (self->files, f);
}

/**
 * schakel_import_set_rejects_path:
 * @self: an import
 * @path: (nullable): where rejected rows go, with %SCHAKEL_IMPORT_VALID_ONLY
 *
 * With one file the rejects go to @path; with several, each file's go to
 * @path with the file's name added before the extension.
 */
void
schakel_import_set_rejects_path (SchakelImport *self,
                                 const char    *path)
{
  g_return_if_fail (SCHAKEL_IS_IMPORT (self));

  g_free (self->rejects_path);
  self->rejects_path = g_strdup (path);
}

/**
 * schakel_import_set_profile:
 * @self: an import
 * @profile: (transfer full) (nullable): the mapping profile to read every
 *   file with
 */
void
schakel_import_set_profile (SchakelImport        *self,
                            SchakelImportProfile *profile)
{
  g_return_if_fail (SCHAKEL_IS_IMPORT (self));

  g_clear_pointer (&self->profile, schakel_import_profile_free);
  self->profile = profile;
}

/**
 * schakel_import_set_candidate_profiles:
 * @self: an import
 * @profiles: (element-type SchakelImportProfile) (nullable): saved
 *   profiles, tried in order on a file whose header matches no canonical
 *   file and whose type was not given; the first that fits is used
 */
void
schakel_import_set_candidate_profiles (SchakelImport *self,
                                       GPtrArray     *profiles)
{
  g_return_if_fail (SCHAKEL_IS_IMPORT (self));

  g_clear_pointer (&self->candidates, g_ptr_array_unref);
  if (profiles != NULL)
    self->candidates = g_ptr_array_ref (profiles);
}

/**
 * schakel_import_set_issue_func:
 * @self: an import
 * @func: (scope notified) (nullable): called for every error and warning,
 *   in the thread that runs the import
 * @user_data: for @func
 */
void
schakel_import_set_issue_func (SchakelImport          *self,
                               SchakelImportIssueFunc  func,
                               gpointer                user_data)
{
  g_return_if_fail (SCHAKEL_IS_IMPORT (self));

  self->issue_func = func;
  self->issue_data = user_data;
}

/**
 * schakel_import_set_max_issues:
 * @self: an import
 * @max_per_file: how many issues of one file to report, 0 for all; the
 *   counts and the rejects file always cover all
 */
void
schakel_import_set_max_issues (SchakelImport *self,
                               guint          max_per_file)
{
  g_return_if_fail (SCHAKEL_IS_IMPORT (self));

  self->max_issues = max_per_file;
}

/* Reports a problem of the file as a whole, before any row is staged. */
static void
file_issue (SchakelImport        *self,
            ImportFile           *f,
            guint64               line,
            const char           *column,
            SchakelIssueSeverity  severity,
            const char           *message)
{
  SchakelImportIssue issue = { f->result.file_name, f->result.path, line, column, severity, message };

  if (severity == SCHAKEL_ISSUE_ERROR)
    {
      f->result.errors++;
      self->n_errors++;
    }
  else
    f->result.warnings++;
  if (self->issue_func != NULL)
    self->issue_func (&issue, self->issue_data);
}

static gboolean
has_control_chars (const SchakelCsvRecord *record)
{
  for (guint i = 0; i < record->n_fields; i++)
    for (const char *p = record->fields[i]; *p != '\0'; p++)
      if ((guchar) *p < 0x20 && *p != '\t')
        return TRUE;
  return FALSE;
}

static char *
join_header (const SchakelCsvRecord *header)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < header->n_fields && out->len < 200; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", header->fields[i]);
  if (out->len >= 200)
    g_string_append (out, ", …");
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The profile given for every file, or else the first saved one that
 * fits a header that matches no canonical file. */
static const SchakelImportProfile *
choose_profile (SchakelImport          *self,
                ImportFile             *f,
                const SchakelCsvRecord *header)
{
  const char * const *names = (const char * const *) header->fields;

  if (self->profile != NULL)
    return self->profile;
  if (self->candidates == NULL || f->result.type != SCHAKEL_IMPORT_TYPE_NONE ||
      schakel_import_detect_type (names, header->n_fields) != SCHAKEL_IMPORT_TYPE_NONE)
    return NULL;
  for (guint i = 0; i < self->candidates->len; i++)
    if (schakel_import_profile_matches (g_ptr_array_index (self->candidates, i), names, header->n_fields))
      return g_ptr_array_index (self->candidates, i);
  return NULL;
}

/* Whether the same issue was recorded already: the staged key check
 * reports rows before it falls back to SQL, which reports them again. */
static gboolean
is_known (sqlite3_stmt *known,
          ImportFile   *f,
          gint64        line,
          const char   *column,
          const char   *text)
{
  gboolean found;

  sqlite3_bind_int (known, 1, (int) f->order);
  sqlite3_bind_int64 (known, 2, line);
  schakel_sqlite_bind_text (known, 3, column);
  schakel_sqlite_bind_text (known, 4, text);
  found = sqlite3_step (known) == SQLITE_ROW;
  sqlite3_reset (known);
  return found;
}

/* Opens a file and maps its header; FALSE when it cannot be imported. */
static gboolean
open_file (SchakelImport *self,
           ImportFile    *f)
{
  g_autoptr(GError) error = NULL;
  const SchakelCsvRecord *header;
  const SchakelImportProfile *profile;
  g_auto(GStrv) renamed = NULL;
  const char * const *names;
  g_autofree int *column_of_field = NULL;
  gboolean ok = TRUE;

  f->reader = schakel_csv_reader_open (f->result.path, 0, &error);
  if (f->reader == NULL)
    {
      file_issue (self, f, 0, NULL, SCHAKEL_ISSUE_ERROR, error->message);
      return FALSE;
    }
  header = schakel_csv_reader_get_header (f->reader);
  f->separator = schakel_csv_reader_get_separator (f->reader);
  f->result.separator = f->separator;
  self->total_bytes += schakel_csv_reader_get_size (f->reader);
  f->n_header = header->n_fields;
  names = (const char * const *) header->fields;

  if (has_control_chars (header))
    {
      file_issue (self, f, header->line, NULL, SCHAKEL_ISSUE_ERROR,
                  _("The first line holds control characters: this is not a text file with a header"));
      return FALSE;
    }

  profile = choose_profile (self, f, header);
  if (profile != NULL)
    {
      renamed = schakel_import_profile_rename_header (profile, (const char * const *) header->fields,
                                                      header->n_fields);
      names = (const char * const *) renamed;
      f->result.profile = g_strdup (schakel_import_profile_get_name (profile));
      if (f->result.type == SCHAKEL_IMPORT_TYPE_NONE)
        f->result.type = schakel_import_profile_get_type (profile);
    }

  if (f->result.type == SCHAKEL_IMPORT_TYPE_NONE)
    f->result.type = schakel_import_detect_type (names, header->n_fields);
  if (f->result.type == SCHAKEL_IMPORT_TYPE_NONE)
    {
      g_autofree char *found = join_header (header);
      g_autofree char *message =
        g_strdup_printf (_("The header does not match one of the canonical files (see docs/import-formats.md) or matches several; give the type with --type. Columns found: %s"),
                         found);

      file_issue (self, f, header->line, NULL, SCHAKEL_ISSUE_ERROR, message);
      return FALSE;
    }

  f->format = schakel_import_format_get (f->result.type);
  f->field_of_column = g_new (int, f->format->n_columns);
  column_of_field = g_new (int, MAX (header->n_fields, 1));
  schakel_import_format_map_header (f->format, names, header->n_fields, f->field_of_column, column_of_field);

  for (guint i = 0; i < f->format->n_columns; i++)
    if (f->field_of_column[i] < 0 && f->format->columns[i].required)
      {
        g_autofree char *message =
          g_strdup_printf (_("The column is missing from the header; a %s file needs it"), f->format->name);

        file_issue (self, f, header->line, f->format->columns[i].name, SCHAKEL_ISSUE_ERROR, message);
        ok = FALSE;
      }

  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *quoted = NULL;
      g_autofree char *message = NULL;
      int c;

      if (column_of_field[i] >= 0 || *header->fields[i] == '\0')
        continue;
      quoted = schakel_import_quote_value (header->fields[i]);
      c = schakel_import_format_match (f->format, names[i]);
      if (c >= 0)
        {
          message = g_strdup_printf (_("The column “%s” appears twice in the header"), quoted);
          file_issue (self, f, header->line, f->format->columns[c].name, SCHAKEL_ISSUE_ERROR, message);
          ok = FALSE;
        }
      else
        {
          message = g_strdup_printf (_("The column “%s” is not a column of a %s file; it is ignored"),
                                     quoted, f->format->name);
          file_issue (self, f, header->line, NULL, SCHAKEL_ISSUE_WARNING, message);
        }
    }
  return ok;
}

static gboolean
add_issue (SchakelImport         *self,
           ImportFile            *f,
           guint64                line,
           const char            *column,
           SchakelIssueSeverity   severity,
           const char            *message,
           GError               **error)
{
  sqlite3_bind_int (self->add_issue, 1, (int) f->order);
  sqlite3_bind_int64 (self->add_issue, 2, (sqlite3_int64) line);
  schakel_sqlite_bind_text (self->add_issue, 3, column);
  sqlite3_bind_int (self->add_issue, 4, severity);
  schakel_sqlite_bind_text (self->add_issue, 5, message);
  return schakel_sqlite_step_done (self->db, self->add_issue, error);
}

static gboolean
create_stage (SchakelImport       *self,
              ImportFile          *f,
              sqlite3_stmt       **insert,
              GError             **error)
{
  g_autoptr(GString) create = g_string_new ("DROP TABLE IF EXISTS temp.stage;"
                                            "CREATE TEMP TABLE stage (line INTEGER PRIMARY KEY,"
                                            " bad INTEGER NOT NULL DEFAULT 0,"
                                            " amb INTEGER NOT NULL DEFAULT 0, prec TEXT");
  g_autoptr(GString) ins = g_string_new ("INSERT INTO temp.stage (line, amb, prec");

  for (guint i = 0; i < f->format->n_columns; i++)
    {
      g_string_append_printf (create, ", %s", f->format->columns[i].name);
      g_string_append_printf (ins, ", %s", f->format->columns[i].name);
    }
  g_string_append (create, ")");
  g_string_append (ins, ") VALUES (?, ?, ?");
  for (guint i = 0; i < f->format->n_columns; i++)
    g_string_append (ins, ", ?");
  g_string_append (ins, ")");

  if (!schakel_sqlite_exec (self->db, create->str, error))
    return FALSE;
  *insert = schakel_sqlite_prepare (self->db, ins->str, error);
  return *insert != NULL;
}

static gboolean
is_blank (const SchakelCsvRecord *record)
{
  for (guint i = 0; i < record->n_fields; i++)
    if (*record->fields[i] != '\0')
      return FALSE;
  return TRUE;
}

/* The checks of one row that involve two of its fields. */
static gboolean
check_row (SchakelImport      *self,
           ImportFile         *f,
           guint64             line,
           SchakelFieldCheck  *checks,
           gboolean           *bad,
           GError            **error)
{
  const SchakelImportFormat *format = f->format;
  const SchakelImportDateOrder *orders;
  guint n_orders;

  orders = _schakel_import_date_orders (&n_orders);
  for (guint i = 0; i < n_orders; i++)
    {
      int later, earlier;
      g_autofree char *message = NULL;

      if (orders[i].type != format->type)
        continue;
      later = schakel_import_format_column (format, orders[i].later);
      earlier = schakel_import_format_column (format, orders[i].earlier);
      if (checks[later].is_null || checks[earlier].is_null || checks[later].error->len > 0 ||
          checks[earlier].error->len > 0 ||
          strcmp (checks[later].value->str, checks[earlier].value->str) >= 0)
        continue;
      message = g_strdup_printf (_("%s is before %s %s"), checks[later].value->str,
                                 orders[i].earlier, checks[earlier].value->str);
      *bad = TRUE;
      if (!add_issue (self, f, line, orders[i].later, SCHAKEL_ISSUE_ERROR, message, error))
        return FALSE;
    }

  if (format->type == SCHAKEL_IMPORT_WAITLIST)
    {
      int end = schakel_import_format_column (format, "datum_einde");
      int outcome = schakel_import_format_column (format, "uitkomst");

      if (checks[end].error->len == 0 && checks[outcome].error->len == 0 &&
          checks[end].is_null != checks[outcome].is_null)
        {
          *bad = TRUE;
          if (!add_issue (self, f, line, checks[end].is_null ? "datum_einde" : "uitkomst",
                          SCHAKEL_ISSUE_ERROR,
                          checks[end].is_null ? _("is empty while uitkomst is filled; an entry that closed needs both")
                                              : _("is empty while datum_einde is filled; an entry that closed needs both"),
                          error))
            return FALSE;
        }
    }

  if (format->type == SCHAKEL_IMPORT_MINORS)
    {
      int birth = schakel_import_format_column (format, "geboortedatum");
      SchakelDay day;

      if (!checks[birth].is_null && checks[birth].error->len == 0 &&
          schakel_day_parse_iso (checks[birth].value->str, &day) && day > schakel_day_today ())
        {
          g_autofree char *message = g_strdup_printf (_("%s lies in the future"), checks[birth].value->str);

          *bad = TRUE;
          if (!add_issue (self, f, line, "geboortedatum", SCHAKEL_ISSUE_ERROR, message, error))
            return FALSE;
        }
    }
  return TRUE;
}

static void
bind_value (sqlite3_stmt              *stmt,
            int                        index,
            const SchakelImportFormat *format,
            guint                      column,
            const SchakelFieldCheck   *check)
{
  const SchakelImportColumn *col = &format->columns[column];

  if (check->is_null)
    {
      /* An enrolment's branch is part of its key: empty means 00. */
      if (col->kind == SCHAKEL_FIELD_BRANCH && format->type == SCHAKEL_IMPORT_ENROLMENTS)
        sqlite3_bind_text (stmt, index, "00", 2, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, index);
      return;
    }
  switch (col->kind)
    {
    case SCHAKEL_FIELD_BOOL:
      sqlite3_bind_int (stmt, index, check->number != 0);
      break;
    case SCHAKEL_FIELD_HOURS:
      sqlite3_bind_double (stmt, index, check->number);
      break;
    case SCHAKEL_FIELD_ID:
    case SCHAKEL_FIELD_TEXT:
    case SCHAKEL_FIELD_NAME:
    case SCHAKEL_FIELD_CODE:
    case SCHAKEL_FIELD_DATE:
    case SCHAKEL_FIELD_BIRTH_DATE:
    case SCHAKEL_FIELD_MUNICIPALITY:
    case SCHAKEL_FIELD_PROVINCE:
    case SCHAKEL_FIELD_BRIN:
    case SCHAKEL_FIELD_BRANCH:
    case SCHAKEL_FIELD_COUNTRY:
    default:
      /* Static: the check keeps the value until the row has been stepped,
       * and every parameter is bound again before the next step. */
      sqlite3_bind_text (stmt, index, check->value->str, (int) check->value->len, SQLITE_STATIC);
      break;
    }
}

/* Reading takes most of an import; the checks and the merge after the
 * last file get the last tenth. */
static void
report_progress (SchakelImport *self,
                 ImportFile    *f)
{
  guint64 done = self->done_bytes + (f != NULL ? schakel_csv_reader_get_offset (f->reader) : 0);
  int permille = self->total_bytes > 0 ? (int) (900 * MIN (done, self->total_bytes) / self->total_bytes) : 0;

  g_atomic_int_set (&self->permille, permille);
}

/* Process CPU time in seconds, for the debug timings: on a loaded
 * machine wall time says more about the load than about the import. */
static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *replace_placeholders (const char *message,
                                   const char *value,
                                   const char *other);

/* Joins the values of @columns, NULL ones as \x01, for a hash key. */
static void
join_values (const SchakelImportFormat *format,
             const char * const        *columns,
             guint                      n_columns,
             SchakelFieldCheck         *checks,
             GString                   *out)
{
  g_string_truncate (out, 0);
  for (guint i = 0; i < n_columns && columns[i] != NULL; i++)
    {
      const SchakelFieldCheck *check = &checks[schakel_import_format_column (format, columns[i])];

      g_string_append (out, check->is_null ? "\x01" : check->value->str);
      g_string_append_c (out, '\x1f');
    }
}

/* The staged half of a set check with a key rule: the first row of a key
 * sets its values; a later row with other values is an error. */
static gboolean
check_key_rule (SchakelImport      *self,
                ImportFile         *f,
                guint64             line,
                SchakelFieldCheck  *checks,
                GString            *key,
                GString            *values,
                GError            **error)
{
  const SchakelImportKeyRule *rule = f->key_check->staged;
  const SchakelImportFormat *format = f->format;
  const char *first;
  g_autofree char *shown = NULL;
  g_autofree char *other = NULL;
  g_autofree char *message = NULL;

  if (f->key_overflow)
    return TRUE;
  join_values (format, rule->keys, G_N_ELEMENTS (rule->keys), checks, key);
  join_values (format, rule->values, G_N_ELEMENTS (rule->values), checks, values);

  first = g_hash_table_lookup (f->key_rows, key->str);
  if (first == NULL)
    {
      if (g_hash_table_size (f->key_rows) >= self->max_staged_keys)
        {
          /* Memory stays bounded; the SQL check does it all instead. */
          f->key_overflow = TRUE;
          g_hash_table_remove_all (f->key_rows);
          return TRUE;
        }
      g_hash_table_insert (f->key_rows, g_strdup (key->str),
                           g_strdup_printf ("%" G_GUINT64_FORMAT "\x1f%s", line, values->str));
      return TRUE;
    }
  if (g_str_equal (strchr (first, '\x1f') + 1, values->str))
    return TRUE;

  if (rule->value_column != NULL)
    shown = g_strdup (checks[schakel_import_format_column (format, rule->value_column)].value->str);
  else
    {
      GString *joined = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (rule->keys) && rule->keys[i] != NULL; i++)
        {
          const SchakelFieldCheck *check = &checks[schakel_import_format_column (format, rule->keys[i])];

          if (!check->is_null)
            g_string_append (joined, check->value->str);
        }
      shown = g_string_free (joined, FALSE);
    }
  other = g_strndup (first, strchr (first, '\x1f') - first);
  message = replace_placeholders (_(f->key_check->message), shown, other);
  f->key_conflicts++;
  return add_issue (self, f, line, f->key_check->column, SCHAKEL_ISSUE_ERROR, message, error);
}

static void
find_key_check (ImportFile *f)
{
  const SchakelImportSetCheck *checks;
  guint n_checks;

  checks = _schakel_import_set_checks (&n_checks);
  for (guint i = 0; i < n_checks; i++)
    if (checks[i].type == f->format->type && checks[i].staged != NULL)
      {
        f->key_check = &checks[i];
        f->key_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
        return;
      }
}

/* Step 1: read, check and stage every row of the file. */
static gboolean
stage_rows (SchakelImport  *self,
            ImportFile     *f,
            GError        **error)
{
  const SchakelImportFormat *format = f->format;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree SchakelFieldCheck *checks = g_new0 (SchakelFieldCheck, format->n_columns);
  const SchakelCsvRecord *record;
  g_autoptr(GError) read_error = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) values = g_string_new (NULL);
  gboolean ok = FALSE;

  if (!create_stage (self, f, &insert, error))
    return FALSE;
  for (guint c = 0; c < format->n_columns; c++)
    schakel_field_check_init (&checks[c]);
  find_key_check (f);

  while (schakel_csv_reader_next (f->reader, &record, &read_error))
    {
      gboolean bad = FALSE, amb = FALSE, month = FALSE;

      if (is_blank (record))
        continue;
      f->result.rows++;
      if (f->result.rows % CANCEL_CHECK_ROWS == 0)
        {
          if (g_cancellable_set_error_if_cancelled (self->cancellable, error))
            goto out;
          report_progress (self, f);
        }

      if (record->n_fields != f->n_header)
        {
          gboolean extra_empty = record->n_fields > f->n_header;

          for (guint i = f->n_header; i < record->n_fields && extra_empty; i++)
            extra_empty = *record->fields[i] == '\0';
          if (!extra_empty)
            {
              g_autofree char *message =
                g_strdup_printf (_("The row has %u fields where the header has %u; a separator or a quote is missing or extra"),
                                 record->n_fields, f->n_header);

              if (!add_issue (self, f, record->line, NULL, SCHAKEL_ISSUE_ERROR, message, error))
                goto out;
              continue;
            }
        }

      for (guint c = 0; c < format->n_columns; c++)
        {
          int field = f->field_of_column[c];
          const char *raw = field >= 0 && (guint) field < record->n_fields ? record->fields[field] : NULL;
          SchakelFieldCheck *check = &checks[c];

          if (!schakel_field_check (&format->columns[c], raw, check))
            {
              bad = TRUE;
              if (check->month_first && f->month_first_line == 0)
                f->month_first_line = record->line;
              if (!add_issue (self, f, record->line, format->columns[c].name, SCHAKEL_ISSUE_ERROR,
                              check->error->str, error))
                goto out;
            }
          else if (check->warning->len > 0 &&
                   !add_issue (self, f, record->line, format->columns[c].name, SCHAKEL_ISSUE_WARNING,
                               check->warning->str, error))
            goto out;
          amb |= check->slash_ambiguous;
          month |= check->month_precision;
        }
      if (!check_row (self, f, record->line, checks, &bad, error))
        goto out;
      if (bad)
        continue;
      if (f->key_check != NULL && !check_key_rule (self, f, record->line, checks, key, values, error))
        goto out;

      if (amb)
        f->slash_ambiguous++;
      sqlite3_bind_int64 (insert, 1, (sqlite3_int64) record->line);
      sqlite3_bind_int (insert, 2, amb);
      if (format->type == SCHAKEL_IMPORT_MINORS)
        sqlite3_bind_text (insert, 3, month ? "month" : "day", -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (insert, 3);
      for (guint c = 0; c < format->n_columns; c++)
        bind_value (insert, (int) c + 4, format, c, &checks[c]);
      if (!schakel_sqlite_step_done (self->db, insert, error))
        goto out;
    }

  if (read_error != NULL)
    {
      guint64 line = schakel_csv_reader_get_error_line (f->reader);

      file_issue (self, f, line, NULL, SCHAKEL_ISSUE_ERROR, read_error->message);
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("%s cannot be read to the end; nothing was imported"), f->result.file_name);
      goto out;
    }
  f->result.sha256 = g_strdup (schakel_csv_reader_get_sha256 (f->reader));
  f->result.encoding = schakel_csv_reader_get_encoding (f->reader);
  self->done_bytes += schakel_csv_reader_get_size (f->reader);
  report_progress (self, NULL);
  ok = TRUE;

out:
  for (guint c = 0; c < format->n_columns; c++)
    schakel_field_check_clear (&checks[c]);
  g_clear_pointer (&f->key_rows, g_hash_table_unref);
  return ok;
}

static char *
replace_placeholders (const char *message,
                      const char *value,
                      const char *other)
{
  g_autofree char *quoted = schakel_import_quote_value (value != NULL ? value : "");
  g_auto(GStrv) parts = g_strsplit (message, "{value}", -1);
  g_autofree char *with_value = g_strjoinv (quoted, parts);
  g_auto(GStrv) parts2 = g_strsplit (with_value, "{other}", -1);

  return g_strjoinv (other != NULL ? other : "", parts2);
}

static gboolean
mark_bad (SchakelImport  *self,
          ImportFile     *f,
          GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    schakel_sqlite_prepare (self->db,
                            "UPDATE temp.stage SET bad = 1 WHERE NOT bad AND line IN"
                            " (SELECT line FROM temp.import_issue WHERE file = ?1 AND severity = 1)",
                            error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) f->order);
  return schakel_sqlite_step_done (self->db, stmt, error);
}

/* The duplicate check's filter. Row: line, {value}, then the key's
 * columns, in key order and by line within a key: every row after the
 * first of its key is reported, with the first's line as {other}. */
static gboolean
same_key_as_before (sqlite3_stmt      *row,
                    SchakelImportWalk *walk)
{
  GString *key = walk->prev;

  /* Each value prefixed with its length in bytes (-1 for NULL), so that
   * no value can pass for two. */
  g_string_truncate (key, 0);
  for (int i = 2; i < sqlite3_column_count (row); i++)
    {
      const char *text = (const char *) sqlite3_column_text (row, i);
      int len = text != NULL ? sqlite3_column_bytes (row, i) : -1;

      g_string_append_len (key, (const char *) &len, sizeof len);
      if (text != NULL)
        g_string_append_len (key, text, len);
    }

  if (walk->first_line > 0 && g_string_equal (key, walk->key))
    {
      g_string_printf (walk->other, "%" G_GINT64_FORMAT, walk->first_line);
      return TRUE;
    }
  g_string_truncate (walk->key, 0);
  g_string_append_len (walk->key, key->str, (gssize) key->len);
  walk->first_line = sqlite3_column_int64 (row, 0);
  return FALSE;
}

/* Runs one set check: every row it returns, or with @filter every row
 * that @filter picks, becomes an issue. */
static gboolean
run_set_check (SchakelImport          *self,
               ImportFile             *f,
               const char             *sql,
               SchakelImportRowFilter  filter,
               const char             *column,
               SchakelIssueSeverity    severity,
               gboolean                skip_known,
               const char             *message,
               GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (self->db, sql, error);
  g_autoptr(sqlite3_stmt) known = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  g_autoptr(GString) carry = g_string_new (NULL);
  g_autoptr(GString) prev = g_string_new (NULL);
  g_autoptr(GString) other = g_string_new (NULL);
  SchakelImportWalk walk = { key, carry, prev, other, 0 };
  double start = cpu_seconds ();
  guint64 found = 0;
  gboolean ok;
  int rc;

  if (stmt == NULL)
    return FALSE;
  if (skip_known &&
      !(known = schakel_sqlite_prepare (self->db,
                                        "SELECT 1 FROM temp.import_issue WHERE file = ?1 AND line = ?2"
                                        " AND col IS ?3 AND message = ?4",
                                        error)))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *text = NULL;

      if (filter != NULL && !filter (stmt, &walk))
        continue;
      text = replace_placeholders (message, (const char *) sqlite3_column_text (stmt, 1),
                                   filter != NULL ? other->str
                                                  : (const char *) sqlite3_column_text (stmt, 2));
      found++;
      if (known != NULL && is_known (known, f, sqlite3_column_int64 (stmt, 0), column, text))
        continue;

      if (!add_issue (self, f, (guint64) sqlite3_column_int64 (stmt, 0), column, severity, text, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, self->db, _("Database error"));
      return FALSE;
    }
  /* Marking walks the file's errors; most checks find none. */
  ok = severity != SCHAKEL_ISSUE_ERROR || found == 0 || mark_bad (self, f, error);
  g_debug ("%s: check of %s, CPU %.2f s", f->result.file_name, column != NULL ? column : "rows",
           cpu_seconds () - start);
  return ok;
}

/* Step 2: the checks that need the whole file or the database. */
static gboolean
check_set (SchakelImport  *self,
           ImportFile     *f,
           GError        **error)
{
  const SchakelImportFormat *format = f->format;
  g_autoptr(GString) keys = g_string_new (NULL);
  g_autoptr(GString) key_value = g_string_new (NULL);
  g_autoptr(GString) key_names = g_string_new (NULL);
  g_autofree char *index_sql = NULL;
  g_autofree char *dup_sql = NULL;
  const SchakelImportSetCheck *checks;
  guint n_checks;

  for (guint c = 0; c < format->n_columns; c++)
    {
      if (!format->columns[c].key)
        continue;
      g_string_append_printf (keys, "%s%s", keys->len > 0 ? ", " : "", format->columns[c].name);
      g_string_append_printf (key_value, "%scoalesce (%s, '')", key_value->len > 0 ? " || ' ' || " : "",
                              format->columns[c].name);
      g_string_append_printf (key_names, "%s%s", key_names->len > 0 ? "+" : "", format->columns[c].name);
    }

  index_sql = g_strdup_printf ("CREATE INDEX temp.stage_key ON stage (%s)", keys->str);
  if (!schakel_sqlite_exec (self->db, index_sql, error))
    return FALSE;

  /* Along the key index: rowid (= line) is its last column, so this
   * order needs no sort. */
  dup_sql = g_strdup_printf ("SELECT line, %s, %s FROM stage ORDER BY %s, rowid",
                             key_value->str, keys->str, keys->str);
  if (!run_set_check (self, f, dup_sql, same_key_as_before, key_names->str, SCHAKEL_ISSUE_ERROR, FALSE,
                      _("“{value}” is also on line {other}; a row with the same key may appear only once"),
                      error))
    return FALSE;

  /* The rows the staged key check refused. */
  if (f->key_conflicts > 0 && !f->key_overflow && !mark_bad (self, f, error))
    return FALSE;

  checks = _schakel_import_set_checks (&n_checks);
  for (guint i = 0; i < n_checks; i++)
    if (checks[i].type == format->type && (checks[i].staged == NULL || f->key_overflow) &&
        !run_set_check (self, f, checks[i].sql, checks[i].filter, checks[i].column, checks[i].severity,
                        checks[i].staged != NULL && f->key_conflicts > 0,
                        _(checks[i].message), error))
      return FALSE;

  /* dd/mm/jjjj is read day-first; a file that shows month-first dates
   * elsewhere gets every date that could be either refused. */
  if (f->month_first_line > 0 && f->slash_ambiguous > 0)
    {
      g_autofree char *other = g_strdup_printf ("%" G_GUINT64_FORMAT, f->month_first_line);
      g_autofree char *message =
        replace_placeholders (_("a date written as dd/mm/jjjj could also be month-first, and line {other} has a month-first date; Schakel does not guess: save the file with dates as dd-mm-jjjj"),
                              NULL, other);

      if (!run_set_check (self, f, "SELECT line, NULL, NULL FROM stage WHERE amb", NULL, NULL,
                          SCHAKEL_ISSUE_ERROR, FALSE, message, error))
        return FALSE;
    }
  else if (f->slash_ambiguous > 0)
    {
      g_autofree char *count = schakel_format_count ((gint64) f->slash_ambiguous);
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "%s row has a date written as dd/mm/jjjj that could also be read month-first; it was read day-first, as the exchange format says",
                                      "%s rows have dates written as dd/mm/jjjj that could also be read month-first; they were read day-first, as the exchange format says",
                                      (gulong) MIN (f->slash_ambiguous, G_MAXULONG)),
                         count);

      if (!add_issue (self, f, 0, NULL, SCHAKEL_ISSUE_WARNING, message, error))
        return FALSE;
    }

  if (f->result.rows == 0)
    return add_issue (self, f, 0, NULL, SCHAKEL_ISSUE_WARNING, _("The file has a header but no rows"), error);
  return TRUE;
}

/* Sends the file's issues to the caller, sorted, and counts them. */
static gboolean
report_issues (SchakelImport  *self,
               ImportFile     *f,
               GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    schakel_sqlite_prepare (self->db,
                            "SELECT line, col, severity, message FROM temp.import_issue WHERE file = ?1"
                            " ORDER BY line, rowid",
                            error);
  guint64 reported = 0, total = 0;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, (int) f->order);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelImportIssue issue = {
        f->result.file_name,
        f->result.path,
        (guint64) sqlite3_column_int64 (stmt, 0),
        (const char *) sqlite3_column_text (stmt, 1),
        sqlite3_column_int (stmt, 2),
        (const char *) sqlite3_column_text (stmt, 3),
      };

      total++;
      if (issue.severity == SCHAKEL_ISSUE_ERROR)
        {
          f->result.errors++;
          self->n_errors++;
        }
      else
        f->result.warnings++;
      if (self->issue_func != NULL && (self->max_issues == 0 || reported < self->max_issues))
        {
          self->issue_func (&issue, self->issue_data);
          reported++;
        }
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, self->db, _("Database error"));
      return FALSE;
    }

  if (reported < total && self->issue_func != NULL)
    {
      g_autofree char *count = schakel_format_count ((gint64) (total - reported));
      g_autofree char *message = g_strdup_printf (_("… and %s more errors and warnings in this file"), count);
      SchakelImportIssue more = { f->result.file_name, f->result.path, 0, NULL, SCHAKEL_ISSUE_WARNING, message };

      self->issue_func (&more, self->issue_data);
    }

  {
    g_autoptr(sqlite3_stmt) rejected =
      schakel_sqlite_prepare (self->db,
                              "SELECT count(DISTINCT line) FROM temp.import_issue"
                              " WHERE file = ?1 AND severity = 1 AND line > 0",
                              error);

    if (rejected == NULL)
      return FALSE;
    sqlite3_bind_int (rejected, 1, (int) f->order);
    if (sqlite3_step (rejected) == SQLITE_ROW)
      f->result.rejected = (guint64) sqlite3_column_int64 (rejected, 0);
  }
  return TRUE;
}

/* Step 3: merge the good rows by natural key. */
static gboolean
merge_rows (SchakelImport  *self,
            ImportFile     *f,
            GError        **error)
{
  const SchakelImportMerge *merge = _schakel_import_merge (f->format->type);
  gint64 n_new = 0, n_good = 0, changed;
  double start = cpu_seconds (), counted;

  for (guint i = 0; i < G_N_ELEMENTS (merge->before) && merge->before[i] != NULL; i++)
    if (!schakel_sqlite_exec (self->db, merge->before[i], error))
      return FALSE;

  start = cpu_seconds ();
  if (!schakel_sqlite_query_int64 (self->db, merge->count_new, &n_new, error) ||
      !schakel_sqlite_query_int64 (self->db, "SELECT count(*) FROM temp.stage WHERE NOT bad", &n_good, error))
    return FALSE;
  counted = cpu_seconds ();

  /* :run marks the rows the merge inserts or changes with the file's run. */
  {
    g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (self->db, merge->merge, error);
    int run = stmt != NULL ? sqlite3_bind_parameter_index (stmt, ":run") : 0;

    if (stmt == NULL)
      return FALSE;
    if (run > 0)
      sqlite3_bind_int64 (stmt, run, f->run_id);
    if (!schakel_sqlite_step_done (self->db, stmt, error))
      return FALSE;
  }
  g_debug ("%s: merge: before and counting, CPU %.2f s; upsert, CPU %.2f s", f->result.file_name,
           counted - start, cpu_seconds () - counted);

  changed = sqlite3_changes64 (self->db);
  f->result.inserted = (guint64) n_new;
  f->result.updated = (guint64) MAX (changed - n_new, 0);
  f->result.unchanged = (guint64) MAX (n_good - changed, 0);
  return TRUE;
}

/* A name beside the file that no file has yet. */
static char *
rejects_path_beside (ImportFile *f)
{
  g_autofree char *dir = g_path_get_dirname (f->result.path);
  g_autofree char *stem = g_strdup (f->result.file_name);
  char *dot = strrchr (stem, '.');

  if (dot != NULL && dot != stem)
    *dot = '\0';
  for (guint n = 1; ; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s-afgekeurd.csv", stem)
                                     : g_strdup_printf ("%s-afgekeurd-%u.csv", stem, n);
      char *path = g_build_filename (dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

static char *
rejects_path_for (SchakelImport *self,
                  ImportFile    *f)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *input = NULL;
  char *dot;

  if (self->flags & SCHAKEL_IMPORT_REJECTS_BESIDE)
    return rejects_path_beside (f);
  if (self->files->len == 1)
    return g_strdup (self->rejects_path);

  dir = g_path_get_dirname (self->rejects_path);
  base = g_path_get_basename (self->rejects_path);
  input = g_strdup (f->result.file_name);
  if ((dot = strrchr (input, '.')) != NULL)
    *dot = '\0';
  if ((dot = strrchr (base, '.')) != NULL)
    {
      g_autofree char *ext = g_strdup (dot);
      g_autofree char *name = NULL;

      *dot = '\0';
      name = g_strdup_printf ("%s-%s%s", base, input, ext);
      return g_build_filename (dir, name, NULL);
    }
  {
    g_autofree char *name = g_strdup_printf ("%s-%s", base, input);

    return g_build_filename (dir, name, NULL);
  }
}

/* Reads the file again and copies each rejected row, with its reasons in
 * an extra last column, to a rejects file that can be fixed and imported
 * again. */
static gboolean
write_rejects (SchakelImport  *self,
               ImportFile     *f,
               GError        **error)
{
  g_autoptr(SchakelCsvReader) reader = NULL;
  g_autoptr(SchakelCsvWriter) writer = NULL;
  g_autoptr(sqlite3_stmt) reasons = NULL;
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  const SchakelCsvRecord *header, *record;
  g_autoptr(GError) read_error = NULL;
  int rc;

  f->result.rejects_path = rejects_path_for (self, f);
  if (!(reader = schakel_csv_reader_open (f->result.path, f->separator, error)) ||
      !(writer = schakel_csv_writer_new (f->result.rejects_path, f->separator, TRUE, error)))
    return FALSE;

  header = schakel_csv_reader_get_header (reader);
  for (guint i = 0; i < header->n_fields; i++)
    g_ptr_array_add (row, header->fields[i]);
  g_ptr_array_add (row, (gpointer) "importfout");
  if (!schakel_csv_writer_write_row (writer, (const char * const *) row->pdata, row->len, error))
    return FALSE;

  reasons = schakel_sqlite_prepare (self->db,
                                    "SELECT line, group_concat (coalesce (col || ': ', '') || message, '; ')"
                                    " FROM (SELECT line, col, message FROM temp.import_issue"
                                    "   WHERE file = ?1 AND severity = 1 AND line > 0 ORDER BY line, rowid)"
                                    " GROUP BY line ORDER BY line",
                                    error);
  if (reasons == NULL)
    return FALSE;
  sqlite3_bind_int (reasons, 1, (int) f->order);

  rc = sqlite3_step (reasons);
  while (rc == SQLITE_ROW && schakel_csv_reader_next (reader, &record, &read_error))
    {
      if ((guint64) sqlite3_column_int64 (reasons, 0) != record->line)
        continue;
      g_ptr_array_set_size (row, 0);
      for (guint i = 0; i < record->n_fields; i++)
        g_ptr_array_add (row, record->fields[i]);
      g_ptr_array_add (row, (gpointer) sqlite3_column_text (reasons, 1));
      if (!schakel_csv_writer_write_row (writer, (const char * const *) row->pdata, row->len, error))
        return FALSE;
      rc = sqlite3_step (reasons);
    }
  if (read_error == NULL && rc == SQLITE_DONE)
    while (schakel_csv_reader_next (reader, &record, &read_error))
      ;
  if (read_error != NULL || rc != SQLITE_DONE ||
      g_strcmp0 (schakel_csv_reader_get_sha256 (reader), f->result.sha256) != 0)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                   _("%s changed while it was being imported; nothing was imported"), f->result.file_name);
      return FALSE;
    }

  f->rejects = g_steal_pointer (&writer);
  return TRUE;
}

/* The file's import_run row: written before the merge, so that the rows
 * the merge writes can point to it, and again with the final counts. The
 * transaction makes both all or nothing. */
static gboolean
write_run (SchakelImport  *self,
           ImportFile     *f,
           GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt =
    schakel_sqlite_prepare (self->db,
                            "INSERT INTO main.import_run (id, at, file_name, sha256, file_type, rows_read,"
                            " rows_inserted, rows_updated, rows_unchanged, rows_rejected, warnings,"
                            " valid_only, dry_run)"
                            " VALUES (?12, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1, ?2, ?3, ?4, ?5, ?6, ?7,"
                            " ?8, ?9, ?10, ?11)"
                            " ON CONFLICT (id) DO UPDATE SET rows_read = excluded.rows_read,"
                            "   rows_inserted = excluded.rows_inserted, rows_updated = excluded.rows_updated,"
                            "   rows_unchanged = excluded.rows_unchanged, rows_rejected = excluded.rows_rejected,"
                            "   warnings = excluded.warnings",
                            error);

  if (stmt == NULL)
    return FALSE;
  schakel_sqlite_bind_text (stmt, 1, f->result.file_name);
  schakel_sqlite_bind_text (stmt, 2, f->result.sha256);
  schakel_sqlite_bind_text (stmt, 3, f->format->name);
  sqlite3_bind_int64 (stmt, 4, (sqlite3_int64) f->result.rows);
  sqlite3_bind_int64 (stmt, 5, (sqlite3_int64) f->result.inserted);
  sqlite3_bind_int64 (stmt, 6, (sqlite3_int64) f->result.updated);
  sqlite3_bind_int64 (stmt, 7, (sqlite3_int64) f->result.unchanged);
  sqlite3_bind_int64 (stmt, 8, (sqlite3_int64) f->result.rejected);
  sqlite3_bind_int64 (stmt, 9, (sqlite3_int64) f->result.warnings);
  sqlite3_bind_int (stmt, 10, (self->flags & SCHAKEL_IMPORT_VALID_ONLY) != 0);
  sqlite3_bind_int (stmt, 11, (self->flags & SCHAKEL_IMPORT_DRY_RUN) != 0);
  if (f->run_id > 0)
    sqlite3_bind_int64 (stmt, 12, f->run_id);
  if (!schakel_sqlite_step_done (self->db, stmt, error))
    return FALSE;
  if (f->run_id == 0)
    f->run_id = sqlite3_last_insert_rowid (self->db);
  return TRUE;
}

static gboolean
import_file (SchakelImport  *self,
             ImportFile     *f,
             GError        **error)
{
  gint64 t0 = g_get_monotonic_time (), t1, t2, t3;
  double c0 = cpu_seconds (), c1, c2, c3;

  if (!stage_rows (self, f, error))
    return FALSE;
  t1 = g_get_monotonic_time ();
  c1 = cpu_seconds ();
  if (!check_set (self, f, error) ||
      !report_issues (self, f, error) ||
      !write_run (self, f, error))
    return FALSE;
  t2 = g_get_monotonic_time ();
  c2 = cpu_seconds ();
  if (!merge_rows (self, f, error))
    return FALSE;
  t3 = g_get_monotonic_time ();
  c3 = cpu_seconds ();
  g_debug ("%s: read and stage %.2f s (CPU %.2f s), check %.2f s (CPU %.2f s), merge %.2f s (CPU %.2f s)",
           f->result.file_name, (t1 - t0) / 1e6, c1 - c0, (t2 - t1) / 1e6, c2 - c1,
           (t3 - t2) / 1e6, c3 - c2);

  if ((self->flags & SCHAKEL_IMPORT_VALID_ONLY) && !(self->flags & SCHAKEL_IMPORT_DRY_RUN) &&
      (self->rejects_path != NULL || (self->flags & SCHAKEL_IMPORT_REJECTS_BESIDE)) &&
      f->result.rejected > 0 && !write_rejects (self, f, error))
    return FALSE;

  g_clear_pointer (&f->reader, schakel_csv_reader_free);
  return schakel_sqlite_exec (self->db, "DROP TABLE temp.stage", error);
}

static gboolean
record_history (SchakelImport  *self,
                GError        **error)
{
  for (guint i = 0; i < self->files->len; i++)
    if (!write_run (self, g_ptr_array_index (self->files, i), error))
      return FALSE;
  return TRUE;
}

static int
compare_files (gconstpointer a,
               gconstpointer b)
{
  const ImportFile *fa = *(ImportFile * const *) a;
  const ImportFile *fb = *(ImportFile * const *) b;

  if (fa->result.type != fb->result.type)
    return fa->result.type < fb->result.type ? -1 : 1;
  return fa->order < fb->order ? -1 : (fa->order > fb->order);
}

static int
progress_cb (void *user_data)
{
  SchakelImport *self = user_data;

  return g_cancellable_is_cancelled (self->cancellable);
}

static gboolean
run_in_transaction (SchakelImport    *self,
                    SchakelDatabase  *db,
                    GError          **error)
{
  if (!schakel_database_begin (db, error))
    return FALSE;

  if (!schakel_sqlite_exec (self->db,
                            "DROP TABLE IF EXISTS temp.import_issue;"
                            "CREATE TEMP TABLE import_issue (file INTEGER NOT NULL, line INTEGER NOT NULL,"
                            " col TEXT, severity INTEGER NOT NULL, message TEXT NOT NULL);"
                            "CREATE INDEX temp.import_issue_line ON import_issue (file, line);",
                            error) ||
      !(self->add_issue = schakel_sqlite_prepare (self->db,
                                                  "INSERT INTO temp.import_issue (file, line, col, severity, message)"
                                                  " VALUES (?1, ?2, ?3, ?4, ?5)",
                                                  error)))
    goto rollback;

  for (guint i = 0; i < self->files->len; i++)
    if (!import_file (self, g_ptr_array_index (self->files, i), error))
      goto rollback;
  g_clear_pointer (&self->add_issue, sqlite3_finalize);

  if (self->n_errors > 0 && !(self->flags & SCHAKEL_IMPORT_VALID_ONLY))
    {
      g_autofree char *count = schakel_format_count ((gint64) self->n_errors);

      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE, "%s error; nothing was imported",
                                "%s errors; nothing was imported", (gulong) MIN (self->n_errors, G_MAXULONG)),
                   count);
      goto rollback;
    }

  if (self->flags & SCHAKEL_IMPORT_DRY_RUN)
    {
      schakel_database_rollback (db);
      g_atomic_int_set (&self->permille, 1000);
      if (self->flags & SCHAKEL_IMPORT_UNRECORDED)
        return TRUE;
      /* The rollback took the run rows written before the merge. */
      for (guint i = 0; i < self->files->len; i++)
        ((ImportFile *) g_ptr_array_index (self->files, i))->run_id = 0;
      return schakel_database_begin (db, error) &&
             record_history (self, error) &&
             schakel_database_commit (db, error);
    }

  /* A cancel that came after the last check still stops the import. */
  if (g_cancellable_set_error_if_cancelled (self->cancellable, error) ||
      !record_history (self, error) ||
      !schakel_sqlite_exec (self->db, "DROP TABLE temp.import_issue", error) ||
      !schakel_database_commit (db, error))
    goto rollback;

  self->committed = TRUE;
  g_atomic_int_set (&self->permille, 1000);
  return TRUE;

rollback:
  g_clear_pointer (&self->add_issue, sqlite3_finalize);
  schakel_database_rollback (db);
  return FALSE;
}

/**
 * schakel_import_run:
 * @self: an import with files
 * @db: the writing connection
 * @cancellable: (nullable): to stop the import; nothing is then imported
 * @error: return location for an error
 *
 * Imports the files in one transaction. Issues reach the issue function
 * as they are known, file by file, sorted by line. With errors nothing is
 * imported, unless %SCHAKEL_IMPORT_VALID_ONLY was given; then the valid
 * rows are, and the rejected rows go to the rejects file. Each committed
 * file, and each dry run, is recorded in the import_run table.
 *
 * Returns: %TRUE when the files went in as asked (for a dry run: could go
 *   in); %FALSE with @error otherwise, and then the database is unchanged
 */
gboolean
schakel_import_run (SchakelImport    *self,
                    SchakelDatabase  *db,
                    GCancellable     *cancellable,
                    GError          **error)
{
  gboolean ok = TRUE;
  gint64 old_cache = 0;

  g_return_val_if_fail (SCHAKEL_IS_IMPORT (self), FALSE);
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (!schakel_database_is_read_only (db), FALSE);
  g_return_val_if_fail (self->db == NULL, FALSE);

  if (self->files->len == 0)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID, _("No files to import"));
      return FALSE;
    }

  for (guint i = 0; i < self->files->len; i++)
    ok &= open_file (self, g_ptr_array_index (self->files, i));
  if (!ok)
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                           _("A file cannot be imported as it is; nothing was imported"));
      return FALSE;
    }
  g_ptr_array_sort (self->files, compare_files);

  self->db = schakel_database_get_handle (db);
  self->cancellable = cancellable;
  sqlite3_progress_handler (self->db, 10000, progress_cb, self);
  /* A larger page cache for the merge; it does not grow with the file. */
  schakel_sqlite_query_int64 (self->db, "PRAGMA cache_size", &old_cache, NULL);
  schakel_sqlite_exec (self->db, "PRAGMA cache_size = -32768; PRAGMA temp.cache_size = -32768", NULL);

  ok = run_in_transaction (self, db, error);

  if (!ok && g_cancellable_is_cancelled (cancellable))
    {
      g_clear_error (error);
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED,
                           _("The import was cancelled; nothing was imported"));
    }

  for (guint i = 0; i < self->files->len; i++)
    {
      ImportFile *f = g_ptr_array_index (self->files, i);
      g_autoptr(GError) local = NULL;

      if (f->rejects == NULL)
        continue;
      if (self->committed && !schakel_csv_writer_finish (g_steal_pointer (&f->rejects), &local))
        g_warning ("%s", local->message);
      g_clear_pointer (&f->rejects, schakel_csv_writer_abort);
      if (!self->committed)
        g_clear_pointer (&f->result.rejects_path, g_free);
    }

  {
    g_autofree char *restore = g_strdup_printf ("PRAGMA cache_size = %" G_GINT64_FORMAT, old_cache);

    schakel_sqlite_exec (self->db, restore, NULL);
  }
  sqlite3_progress_handler (self->db, 0, NULL, NULL);
  self->db = NULL;
  self->cancellable = NULL;
  return ok;
}

/**
 * schakel_import_get_n_files:
 * @self: an import
 *
 * Returns: the number of files
 */
guint
schakel_import_get_n_files (SchakelImport *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT (self), 0);

  return self->files->len;
}

/**
 * schakel_import_get_result:
 * @self: an import
 * @index: a file, from 0; after a run the files are in import order
 *
 * Returns: (transfer none): what happened to the file
 */
const SchakelImportFileResult *
schakel_import_get_result (SchakelImport *self,
                           guint          index)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT (self), NULL);
  g_return_val_if_fail (index < self->files->len, NULL);

  return &((ImportFile *) g_ptr_array_index (self->files, index))->result;
}

/**
 * schakel_import_get_n_errors:
 * @self: an import
 *
 * Returns: the number of errors in all files
 */
guint64
schakel_import_get_n_errors (SchakelImport *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT (self), 0);

  return self->n_errors;
}

/**
 * schakel_import_get_fraction:
 * @self: an import
 *
 * How far a running import is. Safe to call from any thread while
 * schakel_import_run() runs in another.
 *
 * Returns: a fraction from 0 to 1
 */
double
schakel_import_get_fraction (SchakelImport *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT (self), 0.0);

  return g_atomic_int_get (&self->permille) / 1000.0;
}

/**
 * schakel_import_get_committed:
 * @self: an import
 *
 * Returns: %TRUE when the data was committed
 */
gboolean
schakel_import_get_committed (SchakelImport *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT (self), FALSE);

  return self->committed;
}
