/* schakel-import-job.c — an import run in a worker thread.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The worker uses the window's writing connection (opened in serialized
 * mode) while the assistant, modal to the window, keeps everything else
 * from writing. Messages are collected as list items in the worker and
 * handed over at the end, so a list of thousands fills in one go.
 */

#include "config.h"

#include "schakel-import-job.h"

struct _SchakelImportMessage
{
  GObject               parent_instance;
  char                 *file;
  guint64               line;
  char                 *column;
  char                 *text;
  SchakelIssueSeverity  severity;
};

G_DEFINE_FINAL_TYPE (SchakelImportMessage, schakel_import_message, G_TYPE_OBJECT)

static void
schakel_import_message_finalize (GObject *object)
{
  SchakelImportMessage *self = SCHAKEL_IMPORT_MESSAGE (object);

  g_free (self->file);
  g_free (self->column);
  g_free (self->text);

  G_OBJECT_CLASS (schakel_import_message_parent_class)->finalize (object);
}

static void
schakel_import_message_class_init (SchakelImportMessageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_import_message_finalize;
}

static void
schakel_import_message_init (SchakelImportMessage *self)
{
}

/**
 * schakel_import_message_new:
 * @issue: an error or warning of an import
 *
 * Returns: (transfer full): a list item holding a copy of @issue
 */
SchakelImportMessage *
schakel_import_message_new (const SchakelImportIssue *issue)
{
  SchakelImportMessage *self = g_object_new (SCHAKEL_TYPE_IMPORT_MESSAGE, NULL);

  self->file = g_strdup (issue->file_name);
  self->line = issue->line;
  self->column = g_strdup (issue->column);
  self->text = g_strdelimit (g_strdup (issue->message), "\r\n", ' ');
  self->severity = issue->severity;
  return self;
}

const char *
schakel_import_message_get_file (SchakelImportMessage *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_MESSAGE (self), NULL);
  return self->file;
}

/* 0 when the message is about the whole file. */
guint64
schakel_import_message_get_line (SchakelImportMessage *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_MESSAGE (self), 0);
  return self->line;
}

const char *
schakel_import_message_get_column (SchakelImportMessage *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_MESSAGE (self), NULL);
  return self->column;
}

const char *
schakel_import_message_get_text (SchakelImportMessage *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_MESSAGE (self), NULL);
  return self->text;
}

SchakelIssueSeverity
schakel_import_message_get_severity (SchakelImportMessage *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_MESSAGE (self), SCHAKEL_ISSUE_ERROR);
  return self->severity;
}

/**
 * schakel_import_message_to_string:
 * @self: a message
 *
 * Returns: (transfer full): the message as `FILE:LINE: column: text`, the
 *   form of `schakel-cli import`, for copying
 */
char *
schakel_import_message_to_string (SchakelImportMessage *self)
{
  GString *out;

  g_return_val_if_fail (SCHAKEL_IS_IMPORT_MESSAGE (self), NULL);

  out = g_string_new (self->file);
  if (self->line > 0)
    g_string_append_printf (out, ":%" G_GUINT64_FORMAT, self->line);
  g_string_append (out, ": ");
  if (self->column != NULL)
    g_string_append_printf (out, "%s: ", self->column);
  g_string_append (out, self->text);
  return g_string_free (out, FALSE);
}

/* The job */

typedef struct
{
  SchakelDatabase *db;
  SchakelImport   *import;
  GPtrArray       *messages;   /* of SchakelImportMessage, filled by the worker */
} JobData;

static void
job_data_free (gpointer data)
{
  JobData *job = data;

  g_clear_object (&job->db);
  g_clear_object (&job->import);
  g_clear_pointer (&job->messages, g_ptr_array_unref);
  g_free (job);
}

static void
collect_message (const SchakelImportIssue *issue,
                 gpointer                  user_data)
{
  JobData *job = user_data;

  g_ptr_array_add (job->messages, schakel_import_message_new (issue));
}

static void
job_worker (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  JobData *job = task_data;
  GError *error = NULL;

  if (schakel_import_run (job->import, job->db, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * schakel_import_job_run_async:
 * @db: the writing connection
 * @import: an import with files, not run yet
 * @cancellable: (nullable): stops the import; the database is then unchanged
 * @callback: called on the calling thread when the import is over
 * @user_data: for @callback
 *
 * Runs @import in a worker thread. Its progress can be followed meanwhile
 * with schakel_import_get_fraction(), its results read when it is over.
 */
void
schakel_import_job_run_async (SchakelDatabase     *db,
                              SchakelImport       *import,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  JobData *job;

  g_return_if_fail (SCHAKEL_IS_DATABASE (db));
  g_return_if_fail (SCHAKEL_IS_IMPORT (import));

  job = g_new0 (JobData, 1);
  job->db = g_object_ref (db);
  job->import = g_object_ref (import);
  job->messages = g_ptr_array_new_with_free_func (g_object_unref);
  schakel_import_set_issue_func (import, collect_message, job);

  /* No source object: the caller's widgets are never held by the worker. */
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, schakel_import_job_run_async);
  /* Keeps the task from returning early as cancelled: the import itself
   * stops and rolls back, and its messages are still wanted. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, job, job_data_free);
  g_task_run_in_thread (task, job_worker);
}

/**
 * schakel_import_job_run_finish:
 * @result: the result
 * @messages: (out) (transfer full) (element-type SchakelImportMessage):
 *   the errors and warnings, file by file, sorted by line
 * @error: return location for an error
 *
 * Returns: what schakel_import_run() returned
 */
gboolean
schakel_import_job_run_finish (GAsyncResult  *result,
                               GPtrArray    **messages,
                               GError       **error)
{
  JobData *job;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  job = g_task_get_task_data (G_TASK (result));
  schakel_import_set_issue_func (job->import, NULL, NULL);
  if (messages != NULL)
    *messages = g_steal_pointer (&job->messages);
  return g_task_propagate_boolean (G_TASK (result), error);
}
