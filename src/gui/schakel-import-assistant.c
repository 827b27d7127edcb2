/* schakel-import-assistant.c — File ▸ Import…: check files, choose, import.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three steps on one stack. The files are first checked exactly as they
 * would be imported (a dry run that leaves no history), so the review
 * page can show per file what Schakel sees and every error and warning.
 * Then the user imports all (only without errors), the valid rows only
 * (the rejected rows go beside each file), or nothing. Checking and
 * importing run in a worker; Cancel rolls the import back.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-import-assistant.h"
#include "schakel-import-job.h"
#include "schakel-import-mapping-window.h"
#include "schakel-import-preview.h"

/* Thousands of messages scroll fine in a list view; the counts and the
 * rejects file always cover all of them. */
#define MAX_MESSAGES_PER_FILE 10000

struct _SchakelImportAssistant
{
  AdwWindow             parent_instance;

  /* template children */
  AdwToastOverlay      *toast_overlay;
  GtkWidget            *cancel_button;
  GtkWidget            *close_button;
  GtkStack             *stack;
  AdwStatusPage        *working_page;
  GtkProgressBar       *progress_bar;
  AdwPreferencesGroup  *files_group;
  GtkLabel             *verdict_label;
  AdwViewStack         *messages_stack;
  AdwViewStackPage     *errors_page;
  AdwViewStackPage     *warnings_page;
  GtkStack             *errors_stack;
  GtkStack             *warnings_stack;
  GtkListView          *errors_list;
  GtkListView          *warnings_list;
  GtkWidget            *copy_button;
  GtkWidget            *import_all_button;
  GtkWidget            *import_valid_button;
  AdwStatusPage        *summary_page;
  AdwPreferencesGroup  *summary_group;
  GtkBox               *preview_box;

  SchakelDatabase      *db;
  GStrv                 paths;
  GListStore           *errors;
  GListStore           *warnings;
  SchakelImport        *import;        /* the check, then the import */
  GCancellable         *cancellable;   /* while a job runs */
  guint                 progress_source;
  GPtrArray            *profiles;      /* saved mapping profiles, reused automatically */
  char                 *profile_error; /* why they could not be read */
  GPtrArray            *previews;      /* SchakelImportPreview per file */
  GPtrArray            *file_rows;     /* the rows of files_group */
  GPtrArray            *preview_views; /* the preview per file */
};

G_DEFINE_FINAL_TYPE (SchakelImportAssistant, schakel_import_assistant, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Message rows */

static void
message_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *where = gtk_label_new (NULL);
  GtkWidget *column = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);

  gtk_label_set_xalign (GTK_LABEL (where), 0);
  gtk_label_set_yalign (GTK_LABEL (where), 0);
  gtk_label_set_width_chars (GTK_LABEL (where), 22);
  gtk_label_set_max_width_chars (GTK_LABEL (where), 22);
  gtk_label_set_ellipsize (GTK_LABEL (where), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (where, "dim-label");
  gtk_widget_add_css_class (where, "tabular-nums");

  gtk_label_set_xalign (GTK_LABEL (column), 0);
  gtk_label_set_yalign (GTK_LABEL (column), 0);
  gtk_label_set_width_chars (GTK_LABEL (column), 16);
  gtk_label_set_max_width_chars (GTK_LABEL (column), 16);
  gtk_label_set_ellipsize (GTK_LABEL (column), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (column, "heading");

  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_box_append (GTK_BOX (box), where);
  gtk_box_append (GTK_BOX (box), column);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
message_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  SchakelImportMessage *message = gtk_list_item_get_item (item);
  GtkWidget *where = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *column = gtk_widget_get_next_sibling (where);
  GtkWidget *text = gtk_widget_get_next_sibling (column);
  g_autofree char *location = NULL;
  g_autofree char *full = schakel_import_message_to_string (message);

  if (schakel_import_message_get_line (message) > 0)
    {
      g_autofree char *line = g_strdup_printf ("%" G_GUINT64_FORMAT, schakel_import_message_get_line (message));

      /* Translators: where a problem is: a file name and a line number */
      location = g_strdup_printf (_("%s, line %s"), schakel_import_message_get_file (message), line);
    }
  else
    location = g_strdup (schakel_import_message_get_file (message));

  gtk_label_set_label (GTK_LABEL (where), location);
  gtk_widget_set_tooltip_text (where, location);
  gtk_label_set_label (GTK_LABEL (column), schakel_import_message_get_column (message));
  gtk_label_set_label (GTK_LABEL (text), schakel_import_message_get_text (message));
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), full);
}

static void
set_up_list (GtkListView *list,
             GListStore  *store)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (message_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (message_bind_cb), NULL);
  gtk_list_view_set_factory (list, factory);
  gtk_list_view_set_model (list, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (store)))));
}

/* Running a job */

static gboolean
progress_cb (gpointer user_data)
{
  SchakelImportAssistant *self = user_data;
  double fraction = self->import != NULL ? schakel_import_get_fraction (self->import) : 0.0;
  g_autofree char *text = NULL;

  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  /* Translators: progress, e.g. "42 %" */
  text = g_strdup_printf (_("%d %%"), (int) (fraction * 100));
  gtk_progress_bar_set_text (self->progress_bar, text);
  return G_SOURCE_CONTINUE;
}

static void
stop_progress (SchakelImportAssistant *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->cancellable);
  gtk_widget_set_sensitive (self->cancel_button, TRUE);
}

static void
start_job (SchakelImportAssistant *self,
           SchakelImportFlags      flags,
           const char             *title,
           const char             *description,
           GAsyncReadyCallback     done_cb)
{
  g_clear_object (&self->import);
  self->import = schakel_import_new (flags);
  schakel_import_set_max_issues (self->import, MAX_MESSAGES_PER_FILE);
  for (guint i = 0; self->paths[i] != NULL; i++)
    schakel_import_add_file (self->import, self->paths[i], SCHAKEL_IMPORT_TYPE_NONE);
  schakel_import_set_candidate_profiles (self->import, self->profiles);

  adw_status_page_set_title (self->working_page, title);
  adw_status_page_set_description (self->working_page, description);
  gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
  gtk_progress_bar_set_text (self->progress_bar, NULL);
  gtk_stack_set_visible_child_name (self->stack, "working");

  self->cancellable = g_cancellable_new ();
  self->progress_source = g_timeout_add (100, progress_cb, self);
  /* The job's reference to the assistant is released in done_cb. */
  schakel_import_job_run_async (self->db, self->import, self->cancellable, done_cb, g_object_ref (self));
}

/* The review page */

static char *
describe_file (const SchakelImportFileResult *r)
{
  g_autofree char *rows = schakel_format_count ((gint64) r->rows);
  g_autofree char *rows_text = NULL;
  const SchakelImportFormat *format = r->type != SCHAKEL_IMPORT_TYPE_NONE ? schakel_import_format_get (r->type) : NULL;

  if (format == NULL || r->separator == 0)
    return g_strdup (format != NULL ? _(format->label) : _("Not recognised"));

  rows_text = g_strdup_printf (ngettext ("%s row", "%s rows", (gulong) MIN (r->rows, G_MAXULONG)), rows);
  if (r->profile != NULL)
    /* Translators: a file's kind, mapping profile, encoding, separator and
     * row count, e.g. "Placements (profile COA Noord) · UTF-8 · semicolon (;) · 1,234 rows" */
    return g_strdup_printf (_("%s (profile %s) · %s · %s · %s"), _(format->label), r->profile,
                            schakel_encoding_name (r->encoding), schakel_csv_separator_name (r->separator),
                            rows_text);
  /* Translators: a file's kind, encoding, separator and row count, e.g.
   * "Placements · UTF-8 · semicolon (;) · 1,234 rows" */
  return g_strdup_printf (_("%s · %s · %s · %s"), _(format->label), schakel_encoding_name (r->encoding),
                          schakel_csv_separator_name (r->separator), rows_text);
}

static GtkWidget *
count_label (const SchakelImportFileResult *r)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autoptr(GString) text = g_string_new (NULL);

  if (r->errors > 0)
    {
      g_autofree char *n = schakel_format_count ((gint64) r->errors);

      g_string_append_printf (text, ngettext ("%s error", "%s errors", (gulong) MIN (r->errors, G_MAXULONG)), n);
      gtk_widget_add_css_class (label, "error");
    }
  if (r->warnings > 0)
    {
      g_autofree char *n = schakel_format_count ((gint64) r->warnings);

      if (text->len > 0)
        g_string_append (text, " · ");
      g_string_append_printf (text, ngettext ("%s warning", "%s warnings", (gulong) MIN (r->warnings, G_MAXULONG)), n);
      if (r->errors == 0)
        gtk_widget_add_css_class (label, "warning");
    }
  if (text->len == 0)
    {
      g_string_append (text, _("No problems"));
      gtk_widget_add_css_class (label, "success");
    }
  gtk_label_set_label (GTK_LABEL (label), text->str);
  return label;
}

static AdwActionRow *
file_row (const char *title,
          const char *subtitle)
{
  AdwActionRow *row = ADW_ACTION_ROW (adw_action_row_new ());

  /* File names are not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (row, subtitle);
  return row;
}

static void
fill_messages (SchakelImportAssistant *self,
               GPtrArray              *messages)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new ();
  g_autoptr(GPtrArray) warnings = g_ptr_array_new ();

  for (guint i = 0; messages != NULL && i < messages->len; i++)
    {
      SchakelImportMessage *message = g_ptr_array_index (messages, i);

      g_ptr_array_add (schakel_import_message_get_severity (message) == SCHAKEL_ISSUE_ERROR ? errors : warnings,
                       message);
    }
  g_list_store_splice (self->errors, 0, g_list_model_get_n_items (G_LIST_MODEL (self->errors)),
                       errors->pdata, errors->len);
  g_list_store_splice (self->warnings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->warnings)),
                       warnings->pdata, warnings->len);

  adw_view_stack_page_set_badge_number (self->errors_page, errors->len);
  adw_view_stack_page_set_badge_number (self->warnings_page, warnings->len);
  adw_view_stack_page_set_needs_attention (self->errors_page, errors->len > 0);
  gtk_stack_set_visible_child_name (self->errors_stack, errors->len > 0 ? "list" : "empty");
  gtk_stack_set_visible_child_name (self->warnings_stack, warnings->len > 0 ? "list" : "empty");
  adw_view_stack_set_visible_child_name (self->messages_stack,
                                         errors->len == 0 && warnings->len > 0 ? "warnings" : "errors");
  gtk_widget_set_sensitive (self->copy_button, messages != NULL && messages->len > 0);
}

static void map_clicked_cb (GtkButton *button, SchakelImportAssistant *self);

static GtkWidget *
map_button (SchakelImportAssistant        *self,
            const SchakelImportFileResult *r,
            guint                          index)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (r->profile != NULL ? _("Change _Mapping…")
                                                                       : _("_Map Columns…"));
  /* Translators: %s is a file name */
  g_autofree char *label = g_strdup_printf (_("Map the columns of %s"), r->file_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, _("Choose which column of the file holds what, and save that as a profile"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "schakel-file", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (map_clicked_cb), self);
  if (r->type == SCHAKEL_IMPORT_TYPE_NONE)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

/* The subheading of a file's column in the preview: which canonical column
 * it is read as, through the profile when one was used. */
static GStrv
mapping_of_header (const SchakelImportFileResult *r,
                   const char * const            *header,
                   const SchakelImportProfile    *profile)
{
  guint n = g_strv_length ((char **) header);
  const SchakelImportFormat *format = r->type != SCHAKEL_IMPORT_TYPE_NONE ? schakel_import_format_get (r->type) : NULL;
  g_auto(GStrv) renamed = profile != NULL ? schakel_import_profile_rename_header (profile, header, n)
                                          : g_strdupv ((char **) header);
  GStrv mapping = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      int c = format != NULL ? schakel_import_format_match (format, renamed[i]) : -1;

      /* Translators: the canonical column a file's column is read as */
      mapping[i] = c >= 0 ? g_strdup_printf (_("→ %s"), format->columns[c].name) : g_strdup (_("not used"));
    }
  return mapping;
}

static const SchakelImportProfile *
profile_named (SchakelImportAssistant *self,
               const char             *name)
{
  for (guint i = 0; name != NULL && self->profiles != NULL && i < self->profiles->len; i++)
    if (g_str_equal (schakel_import_profile_get_name (g_ptr_array_index (self->profiles, i)), name))
      return g_ptr_array_index (self->profiles, i);
  return NULL;
}

static void
add_preview (SchakelImportAssistant        *self,
             const SchakelImportFileResult *r,
             const SchakelImportPreview    *preview)
{
  GtkWidget *heading = gtk_label_new (r->file_name);
  g_auto(GStrv) mapping = mapping_of_header (r, (const char * const *) preview->header,
                                             profile_named (self, r->profile));
  /* Translators: %s is a file name */
  g_autofree char *label = g_strdup_printf (_("The first rows of %s, as read"), r->file_name);
  GtkWidget *view = schakel_import_preview_view_new ((const char * const *) preview->header,
                                                     (const char * const *) mapping,
                                                     g_strv_length (preview->header), preview->rows, NULL, label);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_set_margin_start (heading, 12);
  gtk_widget_set_margin_top (heading, 12);
  gtk_box_append (self->preview_box, heading);
  if (preview->error != NULL)
    {
      GtkWidget *problem = gtk_label_new (preview->error);

      gtk_label_set_xalign (GTK_LABEL (problem), 0);
      gtk_label_set_wrap (GTK_LABEL (problem), TRUE);
      gtk_widget_set_margin_start (problem, 12);
      gtk_widget_add_css_class (problem, "error");
      gtk_box_append (self->preview_box, problem);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (view), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_box_append (self->preview_box, view);
  g_ptr_array_add (self->preview_views, view);
}

/* The results come in import order, not in the order the files were
 * chosen: find a result's preview by its path. */
static const SchakelImportPreview *
preview_of (SchakelImportAssistant        *self,
            const SchakelImportFileResult *r)
{
  for (guint i = 0; self->paths[i] != NULL; i++)
    if (g_str_equal (self->paths[i], r->path))
      return g_ptr_array_index (self->previews, i);
  g_return_val_if_reached (NULL);
}

static void
clear_review (SchakelImportAssistant *self)
{
  GtkWidget *child;

  for (guint i = 0; i < self->file_rows->len; i++)
    adw_preferences_group_remove (self->files_group, g_ptr_array_index (self->file_rows, i));
  g_ptr_array_set_size (self->file_rows, 0);
  g_ptr_array_set_size (self->preview_views, 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->preview_box))) != NULL)
    gtk_box_remove (self->preview_box, child);
}

static void
show_review (SchakelImportAssistant *self,
             gboolean                ok,
             const GError           *error)
{
  guint64 rejected = 0, valid = 0, n_errors = schakel_import_get_n_errors (self->import);
  g_autofree char *verdict = NULL;

  clear_review (self);
  for (guint i = 0; i < schakel_import_get_n_files (self->import); i++)
    {
      const SchakelImportFileResult *r = schakel_import_get_result (self->import, i);
      g_autofree char *subtitle = describe_file (r);
      AdwActionRow *row = file_row (r->file_name, subtitle);

      gtk_widget_set_tooltip_text (GTK_WIDGET (row), r->path);
      adw_action_row_add_suffix (row, count_label (r));
      adw_action_row_add_suffix (row, map_button (self, r, i));
      add_preview (self, r, preview_of (self, r));
      adw_preferences_group_add (self->files_group, GTK_WIDGET (row));
      g_ptr_array_add (self->file_rows, row);
      rejected += r->rejected;
      valid += r->rows - MIN (r->rejected, r->rows);
    }

  if (!ok && self->profile_error != NULL)
    /* Translators: the first %s says why nothing can be imported, the second why the saved mapping profiles could not be read */
    verdict = g_strdup_printf (_("Nothing can be imported: %s (The saved mapping profiles were not used: %s)"),
                               error->message, self->profile_error);
  else if (!ok)
    verdict = g_strdup_printf (_("Nothing can be imported: %s"), error->message);
  else if (n_errors == 0)
    verdict = g_strdup (_("Every row can be imported."));
  else
    {
      g_autofree char *n = schakel_format_count ((gint64) rejected);

      verdict = g_strdup_printf (ngettext ("%s row has errors. Correct it and import again, or import only the valid rows: the rejected rows are then written, with the reasons, to a file beside the original.",
                                           "%s rows have errors. Correct them and import again, or import only the valid rows: the rejected rows are then written, with the reasons, to a file beside the original.",
                                           (gulong) MIN (rejected, G_MAXULONG)),
                                 n);
    }
  gtk_label_set_label (self->verdict_label, verdict);

  gtk_widget_set_sensitive (self->import_all_button, ok && n_errors == 0);
  gtk_widget_set_tooltip_text (self->import_all_button,
                               ok && n_errors > 0 ? _("Only possible when no file has errors") : NULL);
  gtk_widget_set_sensitive (self->import_valid_button, ok && n_errors > 0 && valid > 0);
  gtk_stack_set_visible_child_name (self->stack, "review");
  if (ok && n_errors == 0)
    gtk_widget_grab_focus (self->import_all_button);
}

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SchakelImportAssistant) self = user_data;
  g_autoptr(GPtrArray) messages = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = schakel_import_job_run_finish (result, &messages, &error);

  stop_progress (self);
  if (g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED))
    {
      /* Cancel while checking means: not these files after all. */
      if (gtk_widget_get_visible (GTK_WIDGET (self)))
        gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  fill_messages (self, messages);
  show_review (self, ok, error);
}

static void start_check (SchakelImportAssistant *self);

static void
previews_read_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(SchakelImportAssistant) self = user_data;
  g_autoptr(GPtrArray) previews = schakel_import_preview_read_all_finish (result, NULL);

  /* Closed meanwhile: disposed, nothing left to check. */
  if (self->paths == NULL)
    return;
  g_clear_object (&self->cancellable);
  /* Cancelled: not these files after all, as while checking. */
  if (previews == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }
  self->previews = g_steal_pointer (&previews);
  start_check (self);
}

/* Checks the files with the saved profiles as they are now, once their
 * first rows are read for the preview (by the same reader as the import
 * and `schakel-cli inspect`). */
static void
start_check (SchakelImportAssistant *self)
{
  g_autoptr(GError) error = NULL;

  if (self->previews == NULL)
    {
      /* Busy from here: Cancel and closing stop the reading too. */
      self->cancellable = g_cancellable_new ();
      schakel_import_preview_read_all_async ((const char * const *) self->paths, self->cancellable,
                                             previews_read_cb, g_object_ref (self));
      return;
    }
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  g_clear_pointer (&self->profile_error, g_free);
  if (!(self->profiles = schakel_import_profile_load_all (&error)))
    self->profile_error = g_strdup (error->message);
  start_job (self, SCHAKEL_IMPORT_DRY_RUN | SCHAKEL_IMPORT_VALID_ONLY | SCHAKEL_IMPORT_UNRECORDED,
             ngettext ("Checking the File", "Checking the Files", g_strv_length (self->paths)),
             _("Schakel reads every row as it would import it. Nothing is changed yet."),
             check_done_cb);
}

static void
profile_saved_cb (SchakelImportMappingWindow *window,
                  const char                 *name,
                  SchakelImportAssistant     *self)
{
  /* Translators: %s is the name of a mapping profile */
  g_autofree char *toast = g_strdup_printf (_("Saved the profile “%s”"), name);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (toast));
  start_check (self);
}

static SchakelImportMappingWindow *
open_mapping (SchakelImportAssistant *self,
              guint                   index)
{
  const SchakelImportFileResult *r = schakel_import_get_result (self->import, index);
  SchakelImportMappingWindow *window;

  window = schakel_import_mapping_window_new (GTK_WINDOW (self), r->file_name,
                                              preview_of (self, r), r->type,
                                              profile_named (self, r->profile));
  g_signal_connect_object (window, "saved", G_CALLBACK (profile_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
map_clicked_cb (GtkButton              *button,
                SchakelImportAssistant *self)
{
  open_mapping (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "schakel-file")));
}

/* The summary page */

static void
copy_path_clicked_cb (GtkButton *button,
                      gpointer   user_data)
{
  const char *path = g_object_get_data (G_OBJECT (button), "schakel-path");

  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (button)), path);
}

static void
add_summary_rows (SchakelImportAssistant *self)
{
  for (guint i = 0; i < schakel_import_get_n_files (self->import); i++)
    {
      const SchakelImportFileResult *r = schakel_import_get_result (self->import, i);
      g_autofree char *inserted = schakel_format_count ((gint64) r->inserted);
      g_autofree char *updated = schakel_format_count ((gint64) r->updated);
      g_autofree char *unchanged = schakel_format_count ((gint64) r->unchanged);
      g_autofree char *rejected = schakel_format_count ((gint64) r->rejected);
      g_autofree char *warnings = schakel_format_count ((gint64) r->warnings);
      /* Translators: what an import did with the rows of one file */
      g_autofree char *subtitle = g_strdup_printf (_("%s new, %s updated, %s unchanged, %s rejected; %s warnings"),
                                                   inserted, updated, unchanged, rejected, warnings);

      adw_preferences_group_add (self->summary_group, GTK_WIDGET (file_row (r->file_name, subtitle)));

      if (r->rejects_path != NULL)
        {
          /* Translators: %s is the name of the file that was imported */
          g_autofree char *title = g_strdup_printf (_("Rejected rows of %s, with the reasons"), r->file_name);
          AdwActionRow *row = file_row (title, r->rejects_path);
          GtkWidget *copy = gtk_button_new_from_icon_name ("edit-copy-symbolic");

          gtk_widget_set_valign (copy, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (copy, "flat");
          gtk_widget_set_tooltip_text (copy, _("Copy the location"));
          gtk_accessible_update_property (GTK_ACCESSIBLE (copy), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          _("Copy the location"), -1);
          g_object_set_data_full (G_OBJECT (copy), "schakel-path", g_strdup (r->rejects_path), g_free);
          g_signal_connect (copy, "clicked", G_CALLBACK (copy_path_clicked_cb), NULL);
          adw_action_row_add_suffix (row, copy);
          adw_preferences_group_add (self->summary_group, GTK_WIDGET (row));
        }
    }
}

static void
show_summary (SchakelImportAssistant *self,
              gboolean                ok,
              const GError           *error)
{
  gtk_widget_set_visible (self->cancel_button, FALSE);
  gtk_widget_set_visible (self->close_button, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "summary");
  gtk_widget_grab_focus (self->close_button);

  if (ok)
    {
      adw_status_page_set_icon_name (self->summary_page, "emblem-ok-symbolic");
      adw_status_page_set_title (self->summary_page, _("Import Complete"));
      adw_status_page_set_description (self->summary_page, NULL);
      add_summary_rows (self);
      return;
    }

  adw_status_page_set_icon_name (self->summary_page, "dialog-warning-symbolic");
  if (g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED))
    {
      adw_status_page_set_title (self->summary_page, _("Import Cancelled"));
      adw_status_page_set_description (self->summary_page,
                                       _("Nothing was imported: the database is as it was before."));
    }
  else
    {
      adw_status_page_set_title (self->summary_page, _("Nothing Imported"));
      adw_status_page_set_description (self->summary_page, error->message);
    }
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SchakelImportAssistant) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = schakel_import_job_run_finish (result, NULL, &error);

  stop_progress (self);
  show_summary (self, ok, error);
  if (ok)
    g_signal_emit (self, signals[SIGNAL_IMPORTED], 0);
}

static void
start_import (SchakelImportAssistant *self,
              SchakelImportFlags      flags)
{
  start_job (self, flags, _("Importing"),
             _("The files go in as one whole: Cancel leaves the database as it was."),
             import_done_cb);
}

/* Callbacks */

static void
import_all_clicked_cb (SchakelImportAssistant *self)
{
  start_import (self, SCHAKEL_IMPORT_FLAGS_NONE);
}

static void
import_valid_clicked_cb (SchakelImportAssistant *self)
{
  start_import (self, SCHAKEL_IMPORT_VALID_ONLY | SCHAKEL_IMPORT_REJECTS_BESIDE);
}

static void
append_messages (GString    *out,
                 GListModel *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SchakelImportMessage) message = g_list_model_get_item (model, i);
      g_autofree char *line = schakel_import_message_to_string (message);

      if (schakel_import_message_get_severity (message) == SCHAKEL_ISSUE_WARNING)
        g_string_append_printf (out, "%s %s\n", _("warning:"), line);
      else
        g_string_append_printf (out, "%s\n", line);
    }
}

static void
copy_clicked_cb (SchakelImportAssistant *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->errors)) +
            g_list_model_get_n_items (G_LIST_MODEL (self->warnings));
  g_autofree char *count = schakel_format_count (n);
  g_autofree char *toast = NULL;

  append_messages (text, G_LIST_MODEL (self->errors));
  append_messages (text, G_LIST_MODEL (self->warnings));
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text->str);

  toast = g_strdup_printf (ngettext ("Copied %s message", "Copied %s messages", n), count);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (toast));
}

static void
cancel_clicked_cb (SchakelImportAssistant *self)
{
  if (self->cancellable != NULL)
    {
      /* The worker stops at its next check and rolls back; the page
       * changes when it has. */
      g_cancellable_cancel (self->cancellable);
      gtk_widget_set_sensitive (self->cancel_button, FALSE);
      adw_status_page_set_description (self->working_page, _("Stopping…"));
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
close_clicked_cb (SchakelImportAssistant *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
schakel_import_assistant_close_request (GtkWindow *window)
{
  SchakelImportAssistant *self = SCHAKEL_IMPORT_ASSISTANT (window);

  /* Closing while a job runs cancels it; the job still holds the
   * assistant until it has rolled back. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  return GTK_WINDOW_CLASS (schakel_import_assistant_parent_class)->close_request (window);
}

static void
schakel_import_assistant_dispose (GObject *object)
{
  SchakelImportAssistant *self = SCHAKEL_IMPORT_ASSISTANT (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_IMPORT_ASSISTANT);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->import);
  g_clear_object (&self->db);
  g_clear_object (&self->errors);
  g_clear_object (&self->warnings);
  g_clear_pointer (&self->paths, g_strfreev);
  g_clear_pointer (&self->profiles, g_ptr_array_unref);
  g_clear_pointer (&self->profile_error, g_free);
  g_clear_pointer (&self->previews, g_ptr_array_unref);
  g_clear_pointer (&self->file_rows, g_ptr_array_unref);
  g_clear_pointer (&self->preview_views, g_ptr_array_unref);

  G_OBJECT_CLASS (schakel_import_assistant_parent_class)->dispose (object);
}

static void
schakel_import_assistant_class_init (SchakelImportAssistantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = schakel_import_assistant_dispose;
  window_class->close_request = schakel_import_assistant_close_request;

  /**
   * SchakelImportAssistant::imported:
   * @self: the assistant
   *
   * Data went into the database: views should show it.
   */
  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-import-assistant.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, close_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, working_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, files_group);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, verdict_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, messages_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, errors_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, warnings_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, errors_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, warnings_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, errors_list);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, warnings_list);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, copy_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, import_all_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, import_valid_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, summary_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, summary_group);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportAssistant, preview_box);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_all_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, import_valid_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
schakel_import_assistant_init (SchakelImportAssistant *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->errors = g_list_store_new (SCHAKEL_TYPE_IMPORT_MESSAGE);
  self->warnings = g_list_store_new (SCHAKEL_TYPE_IMPORT_MESSAGE);
  self->file_rows = g_ptr_array_new ();
  self->preview_views = g_ptr_array_new ();
  set_up_list (self->errors_list, self->errors);
  set_up_list (self->warnings_list, self->warnings);
}

/* Public API */

/**
 * schakel_import_assistant_new:
 * @parent: the main window, to which it is modal
 * @db: the writing connection to import into
 *
 * Returns: (transfer floating): a new assistant; give it files with
 *   schakel_import_assistant_check_files()
 */
SchakelImportAssistant *
schakel_import_assistant_new (GtkWindow       *parent,
                              SchakelDatabase *db)
{
  SchakelImportAssistant *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (!schakel_database_is_read_only (db), NULL);

  self = g_object_new (SCHAKEL_TYPE_IMPORT_ASSISTANT, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  return self;
}

/**
 * schakel_import_assistant_check_files:
 * @self: an assistant that has no files yet
 * @paths: (array zero-terminated=1): CSV files
 *
 * Checks @paths in a worker, then shows what Schakel sees in them.
 */
void
schakel_import_assistant_check_files (SchakelImportAssistant *self,
                                      const char * const     *paths)
{
  g_return_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self));
  g_return_if_fail (paths != NULL && paths[0] != NULL);
  g_return_if_fail (self->paths == NULL);

  self->paths = g_strdupv ((char **) paths);
  start_check (self);
}

/**
 * schakel_import_assistant_get_page:
 * @self: an assistant
 *
 * Returns: the page shown: `working`, `review` or `summary`
 */
const char *
schakel_import_assistant_get_page (SchakelImportAssistant *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * schakel_import_assistant_get_busy:
 * @self: an assistant
 *
 * Returns: %TRUE while files are being checked or imported
 */
gboolean
schakel_import_assistant_get_busy (SchakelImportAssistant *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self), FALSE);

  return self->cancellable != NULL;
}

/**
 * schakel_import_assistant_get_errors:
 * @self: an assistant
 *
 * Returns: (transfer none): the errors shown, of SchakelImportMessage
 */
GListModel *
schakel_import_assistant_get_errors (SchakelImportAssistant *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self), NULL);

  return G_LIST_MODEL (self->errors);
}

/**
 * schakel_import_assistant_get_warnings:
 * @self: an assistant
 *
 * Returns: (transfer none): the warnings shown, of SchakelImportMessage
 */
GListModel *
schakel_import_assistant_get_warnings (SchakelImportAssistant *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self), NULL);

  return G_LIST_MODEL (self->warnings);
}

/**
 * schakel_import_assistant_get_import:
 * @self: an assistant
 *
 * Returns: (transfer none) (nullable): the last check or import, whose
 *   results can be read when the assistant is not busy
 */
SchakelImport *
schakel_import_assistant_get_import (SchakelImportAssistant *self)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self), NULL);

  return self->import;
}

/**
 * _schakel_import_assistant_get_button:
 * @self: an assistant
 * @name: `import-all`, `import-valid`, `copy`, `cancel` or `close`
 *
 * Returns: (transfer none): the button, for the tests to press
 */
GtkWidget *
_schakel_import_assistant_get_button (SchakelImportAssistant *self,
                                      const char             *name)
{
  const struct { const char *name; GtkWidget *button; } buttons[] = {
    { "import-all", self->import_all_button },
    { "import-valid", self->import_valid_button },
    { "copy", self->copy_button },
    { "cancel", self->cancel_button },
    { "close", self->close_button },
  };

  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    if (g_str_equal (buttons[i].name, name))
      return buttons[i].button;
  g_return_val_if_reached (NULL);
}

/**
 * _schakel_import_assistant_open_mapping:
 * @self: an assistant showing the review page
 * @index: a file, in the order of the results
 *
 * Returns: (transfer none): the column mapping window for the file, as
 *   its Map Columns… button opens it
 */
SchakelImportMappingWindow *
_schakel_import_assistant_open_mapping (SchakelImportAssistant *self,
                                        guint                   index)
{
  g_return_val_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self), NULL);
  g_return_val_if_fail (self->import != NULL && index < schakel_import_get_n_files (self->import), NULL);

  return open_mapping (self, index);
}

/**
 * _schakel_import_assistant_get_preview:
 * @self: an assistant showing the review page
 * @index: a file, in the order of the results
 *
 * Returns: (transfer none): the grid of the file's preview: row 0 the
 *   header as read, row 1 the mapping, then the rows
 */
GtkGrid *
_schakel_import_assistant_get_preview (SchakelImportAssistant *self,
                                       guint                   index)
{
  GtkWidget *view;

  g_return_val_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self), NULL);
  g_return_val_if_fail (index < self->preview_views->len, NULL);

  view = g_ptr_array_index (self->preview_views, index);
  /* scrolled window → viewport → grid */
  return GTK_GRID (gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (view)))));
}

/**
 * _schakel_import_assistant_show_messages:
 * @self: an assistant
 * @name: `errors`, `warnings` or `preview`
 *
 * Shows that tab of the review page, as its switcher does.
 */
void
_schakel_import_assistant_show_messages (SchakelImportAssistant *self,
                                         const char             *name)
{
  g_return_if_fail (SCHAKEL_IS_IMPORT_ASSISTANT (self));

  adw_view_stack_set_visible_child_name (self->messages_stack, name);
}
