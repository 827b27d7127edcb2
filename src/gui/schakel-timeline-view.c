/* schakel-timeline-view.c — the Tijdlijn page: one minor's timeline.
 *
 * Copyright 2026 The Schakel authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page wires the parts together: the summary header
 * (schakel-timeline-summary.c), the drawing (schakel-timeline-widget.c) or
 * the table (schakel-timeline-list.c), the side panel with every field
 * of an item (schakel-timeline-details.c), and print and export
 * (schakel-timeline-output.c). Previous and next follow the Jongeren list
 * as it is searched, filtered and sorted at that moment.
 *
 * Every minor opened here is logged (timeline.open). When the log cannot
 * be written, the timeline still shows — a coordinator on a read-only copy
 * must be able to look — but a banner says nothing is logged, and print
 * and export are refused: no dossier leaves the app unlogged.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "schakel-text-columns.h"
#include "schakel-timeline-details.h"
#include "schakel-timeline-list.h"
#include "schakel-timeline-loader.h"
#include "schakel-timeline-output.h"
#include "schakel-timeline-summary.h"
#include "schakel-timeline-view.h"
#include "schakel-timeline-view-private.h"
#include "schakel-window.h"

struct _SchakelTimelineView
{
  GtkWidget              parent_instance;

  /* template children */
  GtkStack              *stack;
  GtkSpinner            *spinner;
  AdwStatusPage         *error_page;
  GtkInfoBar            *audit_bar;
  GtkLabel              *audit_label;
  GtkLabel              *position_label;
  GtkLabel              *id_label;
  GtkBox                *flags_box;
  GtkLabel              *facts_label;
  GtkLabel              *counts_label;
  AdwFlap               *flap;
  GtkStack              *mode_stack;
  SchakelTimelineWidget *timeline_widget;
  GtkColumnView         *list_view;
  GtkLabel              *details_title;
  GtkListBox            *details_list;

  SchakelDatabase       *db;
  SchakelMinorsView     *minors_view;
  char                  *jongere_id;
  SchakelMinorRecord    *record;
  GCancellable          *cancellable;
  gboolean               loading;
  gboolean               list_mode;
  gboolean               audited;      /* this minor's opening is in the audit log */
  gboolean               focus_on_load;

  /* Remembered for the session, as the user last printed. */
  GtkPrintSettings      *print_settings;
  GtkPageSetup          *page_setup;
  SchakelTimelinePrint  *printing;
  GtkNativeDialog       *export_chooser;
};

G_DEFINE_FINAL_TYPE (SchakelTimelineView, schakel_timeline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_MINORS_VIEW,
  PROP_JONGERE_ID,
  PROP_LIST_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Messages go to the window's toasts and dialogs. */

static void
show_error (SchakelTimelineView *self,
            const char          *heading,
            const char          *message)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_toast (SchakelTimelineView *self,
            const char          *title)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (SCHAKEL_IS_WINDOW (root))
    schakel_window_add_toast (SCHAKEL_WINDOW (root), title);
}

/* State */

static void
update_actions (SchakelTimelineView *self)
{
  gboolean shown = self->record != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.zoom-in", shown && !self->list_mode);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.zoom-out", shown && !self->list_mode);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.zoom-fit", shown && !self->list_mode);
  /* Print and export stay enabled without an audit log, so that trying
   * says why they are refused instead of a button that does nothing. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.print", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.export", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.export-to", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.report", shown);
}

/* Where the minor is in the Jongeren list, and whether there is a
 * previous and a next one. */
static void
update_position (SchakelTimelineView *self)
{
  g_autofree char *text = NULL;
  guint n_shown = 0;
  guint position = GTK_INVALID_LIST_POSITION;

  if (self->jongere_id != NULL && self->minors_view != NULL)
    position = schakel_minors_view_get_position (self->minors_view, self->jongere_id, &n_shown);

  if (position != GTK_INVALID_LIST_POSITION)
    {
      g_autofree char *number = schakel_format_count (position + 1);
      g_autofree char *total = schakel_format_count (n_shown);

      /* Translators: the place of this minor in the Jongeren list as shown, e.g. "12 of 300 in the list" */
      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s in the list", "%s of %s in the list", n_shown),
                              number, total);
    }
  else if (self->jongere_id != NULL)
    text = g_strdup (_("Not in the list as filtered now"));

  gtk_label_set_label (self->position_label, text != NULL ? text : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.previous",
                                 position != GTK_INVALID_LIST_POSITION && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "minor.next",
                                 position != GTK_INVALID_LIST_POSITION && position + 1 < n_shown);
}

static void
set_page (SchakelTimelineView *self,
          const char          *page)
{
  gtk_spinner_set_spinning (self->spinner, g_str_equal (page, "loading"));
  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
close_details (SchakelTimelineView *self)
{
  adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
show_details (SchakelTimelineView *self,
              guint                index)
{
  const SchakelRecordItem *item;

  if (self->record == NULL || index >= schakel_minor_record_get_n_items (self->record))
    return;

  item = schakel_minor_record_get_item (self->record, index);
  gtk_label_set_label (self->details_title, item->title);
  schakel_timeline_details_fill (self->details_list, self->record, index);
  adw_flap_set_reveal_flap (self->flap, TRUE);
}

static void
show_summary (SchakelTimelineView *self)
{
  const SchakelMinorRecordSummary *summary = schakel_minor_record_get_summary (self->record);
  g_autofree char *facts = schakel_timeline_summary_dup_facts (summary);
  g_autofree char *counts = schakel_timeline_summary_dup_counts (summary);

  gtk_label_set_label (self->id_label, summary->jongere_id);
  gtk_label_set_label (self->facts_label, facts);
  gtk_label_set_label (self->counts_label, counts);
  schakel_timeline_summary_fill_flags (self->flags_box, summary);
}

static void
show_list (SchakelTimelineView *self)
{
  SchakelTimeline *timeline = schakel_timeline_widget_get_timeline (self->timeline_widget);
  g_autoptr(GListModel) rows = timeline != NULL ? schakel_timeline_list_model_new (timeline) : NULL;
  g_autoptr(GtkSingleSelection) selection = gtk_single_selection_new (g_steal_pointer (&rows));

  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_column_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

/* Writes timeline.open, and says so when it cannot. */
static void
audit_open (SchakelTimelineView *self)
{
  g_autoptr(GError) error = NULL;

  self->audited = schakel_timeline_audit (self->db, "timeline.open", self->record, NULL, &error);
  if (!self->audited)
    {
      g_autofree char *text = NULL;

      /* Expected on a read-only database: the banner says it. The journal
       * gets the code only, no minor. */
      g_debug ("Cannot write the audit log (%s error %d)", g_quark_to_string (error->domain), error->code);
      /* Translators: %s says why, e.g. "The audit log cannot be written: the database is open read-only" */
      text = g_strdup_printf (_("Not logged. %s. Printing and exporting are off, because no dossier may leave Schakel unlogged."),
                              error->message);
      gtk_label_set_label (self->audit_label, text);
    }
  gtk_info_bar_set_revealed (self->audit_bar, !self->audited);
}

static void
set_record (SchakelTimelineView *self,
            SchakelMinorRecord  *record)
{
  if (self->record != NULL)
    schakel_minor_record_unref (self->record);
  self->record = record != NULL ? schakel_minor_record_ref (record) : NULL;

  close_details (self);
  schakel_timeline_widget_set_record (self->timeline_widget, record);
  show_list (self);

  if (record != NULL)
    {
      show_summary (self);
      audit_open (self);
      set_page (self, "timeline");
      if (self->focus_on_load)
        schakel_timeline_view_focus (self);
    }
  else
    {
      self->audited = FALSE;
      gtk_info_bar_set_revealed (self->audit_bar, FALSE);
    }

  update_actions (self);
}

static void
set_loading (SchakelTimelineView *self,
             gboolean             loading)
{
  self->loading = loading;
  gtk_widget_set_sensitive (GTK_WIDGET (self->mode_stack), !loading);
}

static void
forget_minor (SchakelTimelineView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  set_loading (self, FALSE);
  g_clear_pointer (&self->jongere_id, g_free);
  set_record (self, NULL);
  set_page (self, "empty");
  update_position (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JONGERE_ID]);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SchakelTimelineView) self = user_data;
  g_autoptr(SchakelMinorRecord) record = NULL;
  g_autoptr(GError) error = NULL;

  record = schakel_timeline_load_finish (result, &error);
  /* Another minor, another database or dispose came first. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);
  if (record == NULL)
    {
      g_warning ("Cannot load a timeline (%s error %d)", g_quark_to_string (error->domain), error->code);
      set_record (self, NULL);
      adw_status_page_set_description (self->error_page, error->message);
      set_page (self, "error");
      return;
    }

  set_record (self, record);
}

/* Actions */

static void
step_minor (SchakelTimelineView *self,
            int                  step)
{
  g_autoptr(SchakelMinorSummary) minor = NULL;

  if (self->jongere_id == NULL || self->minors_view == NULL)
    return;

  minor = schakel_minors_view_get_neighbour (self->minors_view, self->jongere_id, step);
  if (minor != NULL)
    schakel_timeline_view_show_minor (self, schakel_minor_summary_get_jongere_id (minor));
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  step_minor (SCHAKEL_TIMELINE_VIEW (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  step_minor (SCHAKEL_TIMELINE_VIEW (widget), 1);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (widget);
  double from, to;

  schakel_timeline_widget_get_range (self->timeline_widget, &from, &to);
  if (g_str_equal (action_name, "minor.zoom-in"))
    schakel_timeline_widget_zoom (self->timeline_widget, 2.0, (from + to) / 2.0);
  else if (g_str_equal (action_name, "minor.zoom-out"))
    schakel_timeline_widget_zoom (self->timeline_widget, 0.5, (from + to) / 2.0);
  else
    schakel_timeline_widget_zoom_to_fit (self->timeline_widget);
}

static void
close_details_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  close_details (SCHAKEL_TIMELINE_VIEW (widget));
}

/* Escape closes the side panel, and does nothing else when it is closed. */
static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (widget);

  if (!adw_flap_get_reveal_flap (self->flap))
    return FALSE;

  close_details (self);
  return TRUE;
}

/* Refuses dossier output that the audit log would not see. */
static gboolean
check_audited (SchakelTimelineView *self,
               const char          *heading)
{
  if (self->audited)
    return TRUE;

  show_error (self, heading,
              _("The audit log of this database cannot be written, and no dossier may leave Schakel unlogged. Open a copy of the database that can be written, or ask who holds it open."));
  return FALSE;
}

static void
print_done_cb (SchakelTimelineView     *self,
               GtkPrintOperationResult  result,
               SchakelTimelinePrint    *operation)
{
  const GError *audit_error = schakel_timeline_print_get_error (operation);

  if (audit_error != NULL)
    show_error (self, _("Cannot Print"), audit_error->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;

      gtk_print_operation_get_error (GTK_PRINT_OPERATION (operation), &error);
      show_error (self, _("Cannot Print"), error != NULL ? error->message : _("The printer reported an error."));
    }
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    {
      g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (operation)));
      if (schakel_timeline_print_get_page_setup (operation) != NULL)
        {
          g_clear_object (&self->page_setup);
          self->page_setup = gtk_page_setup_copy (schakel_timeline_print_get_page_setup (operation));
        }
    }

  if (self->printing == operation)
    g_clear_object (&self->printing);
}

/* The dossier of the minor shown, over the range shown, on the page setup
 * and with the settings last printed with in this window. */
static SchakelTimelinePrint *
new_print_operation (SchakelTimelineView *self)
{
  SchakelTimelinePrint *operation;
  double from, to;

  schakel_timeline_widget_get_range (self->timeline_widget, &from, &to);
  operation = schakel_timeline_print_new (self->db, self->record, from, to);
  if (self->page_setup != NULL)
    gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), self->page_setup);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), self->print_settings);

  return operation;
}

static GtkWindow *
get_window (SchakelTimelineView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/* The print dialog runs on its own; print_done_cb() reports how it ended. */
static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (widget);
  g_autoptr(SchakelTimelinePrint) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (self->record == NULL || !check_audited (self, _("Cannot Print")))
    return;

  operation = new_print_operation (self);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);
  g_set_object (&self->printing, operation);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    get_window (self), &error);
  /* A failure before the operation got going ends without ::done. */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && self->printing == operation)
    {
      show_error (self, _("Cannot Print"), error->message);
      g_clear_object (&self->printing);
    }
}

static void
export_to_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (widget);
  const char *path = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *message = NULL;
  double from, to;

  if (self->record == NULL || !check_audited (self, _("Cannot Export")))
    return;

  schakel_timeline_widget_get_range (self->timeline_widget, &from, &to);
  if (!schakel_timeline_export (self->db, self->record, from, to, path, &error))
    {
      show_error (self, _("Cannot Export"), error->message);
      return;
    }

  basename = g_path_get_basename (path);
  /* Translators: %s is a file name */
  message = g_strdup_printf (_("Saved the timeline as “%s”"), basename);
  show_toast (self, message);
}

static void
export_response_cb (SchakelTimelineView  *self,
                    int                   response,
                    GtkFileChooserNative *native)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      g_autofree char *basename = path != NULL ? g_path_get_basename (path) : NULL;

      /* A name typed without an extension gets the default kind. */
      if (basename != NULL && strchr (basename, '.') == NULL)
        {
          g_autofree char *bare = g_steal_pointer (&path);

          path = g_strconcat (bare, ".pdf", NULL);
        }
      if (path != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "minor.export-to", "s", path);
    }

  if (self->export_chooser == GTK_NATIVE_DIALOG (native))
    g_clear_object (&self->export_chooser);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *pattern)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
drop_export_chooser (SchakelTimelineView *self)
{
  if (self->export_chooser != NULL)
    gtk_native_dialog_destroy (self->export_chooser);
  g_clear_object (&self->export_chooser);
}

/* The window's Rapporten view makes the dossier; it logs its opening. */
static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (widget);

  if (self->record != NULL)
    gtk_widget_activate_action (widget, "win.report-dossier", "s", self->jongere_id);
}

/* The chooser only picks the path; minor.export-to does the work, so it
 * can be driven without a file chooser. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (widget);
  GtkFileChooserNative *native;
  g_autofree char *name = NULL;

  if (self->record == NULL || !check_audited (self, _("Cannot Export")))
    return;

  drop_export_chooser (self);
  native = gtk_file_chooser_native_new (_("Export Timeline"), get_window (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  add_filter (GTK_FILE_CHOOSER (native), _("PDF documents"), "*.pdf");
  add_filter (GTK_FILE_CHOOSER (native), _("SVG images"), "*.svg");
  add_filter (GTK_FILE_CHOOSER (native), _("PNG images"), "*.png");
  /* Translators: the suggested file name; %s is the pseudonymous ID of a minor */
  name = g_strdup_printf (_("timeline-%s.pdf"), self->jongere_id);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), name);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  g_signal_connect_object (native, "response", G_CALLBACK (export_response_cb), self, G_CONNECT_SWAPPED);
  self->export_chooser = GTK_NATIVE_DIALOG (native);
  gtk_native_dialog_show (self->export_chooser);
}

/* Callbacks */

static void
timeline_widget_item_activated_cb (SchakelTimelineView   *self,
                                   guint                  index,
                                   SchakelTimelineWidget *widget)
{
  show_details (self, index);
}

static void
list_view_activate_cb (SchakelTimelineView *self,
                       guint                position,
                       GtkColumnView       *list_view)
{
  g_autoptr(SchakelTextRow) row = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (list_view)),
                                                         position);

  if (row != NULL)
    show_details (self, schakel_text_row_get_tag (row));
}

/* GtkWidget */

static void
schakel_timeline_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (schakel_timeline_view_parent_class)->map (widget);

  /* The Jongeren list may have been searched or sorted meanwhile. */
  update_position (SCHAKEL_TIMELINE_VIEW (widget));
}

/* GObject */

static void
schakel_timeline_view_dispose (GObject *object)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  drop_export_chooser (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_TIMELINE_VIEW);

  g_clear_object (&self->db);
  g_clear_object (&self->minors_view);
  g_clear_object (&self->print_settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->printing);
  g_clear_pointer (&self->record, schakel_minor_record_unref);
  g_clear_pointer (&self->jongere_id, g_free);

  G_OBJECT_CLASS (schakel_timeline_view_parent_class)->dispose (object);
}

static void
schakel_timeline_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    case PROP_MINORS_VIEW:
      g_value_set_object (value, self->minors_view);
      break;
    case PROP_JONGERE_ID:
      g_value_set_string (value, self->jongere_id);
      break;
    case PROP_LIST_MODE:
      g_value_set_boolean (value, self->list_mode);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_timeline_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  SchakelTimelineView *self = SCHAKEL_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      schakel_timeline_view_set_database (self, g_value_get_object (value));
      break;
    case PROP_MINORS_VIEW:
      schakel_timeline_view_set_minors_view (self, g_value_get_object (value));
      break;
    case PROP_LIST_MODE:
      schakel_timeline_view_set_list_mode (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_timeline_view_class_init (SchakelTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_timeline_view_dispose;
  object_class->get_property = schakel_timeline_view_get_property;
  object_class->set_property = schakel_timeline_view_set_property;
  widget_class->map = schakel_timeline_view_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, SCHAKEL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MINORS_VIEW] =
    g_param_spec_object ("minors-view", NULL, NULL, SCHAKEL_TYPE_MINORS_VIEW,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_JONGERE_ID] =
    g_param_spec_string ("jongere-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIST_MODE] =
    g_param_spec_boolean ("list-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SCHAKEL_TYPE_TIMELINE_WIDGET);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, spinner);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, error_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, audit_bar);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, audit_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, position_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, id_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, flags_box);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, facts_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, counts_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, flap);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, mode_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, timeline_widget);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, details_title);
  gtk_widget_class_bind_template_child (widget_class, SchakelTimelineView, details_list);
  gtk_widget_class_bind_template_callback (widget_class, timeline_widget_item_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "minor.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "minor.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "minor.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "minor.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "minor.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_property_action (widget_class, "minor.list-mode", "list-mode");
  gtk_widget_class_install_action (widget_class, "minor.close-details", NULL, close_details_action);
  gtk_widget_class_install_action (widget_class, "minor.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "minor.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "minor.export-to", "s", export_to_action);
  gtk_widget_class_install_action (widget_class, "minor.report", NULL, report_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "minor.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK, "minor.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "minor.list-mode", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "minor.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "minor.export", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timelineview");
}

static void
schakel_timeline_view_init (SchakelTimelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  schakel_timeline_list_add_columns (self->list_view);
  set_page (self, "empty");
  update_actions (self);
  update_position (self);
}

/* Public API */

/**
 * schakel_timeline_view_new:
 *
 * Returns: (transfer floating): a new view showing no minor
 */
GtkWidget *
schakel_timeline_view_new (void)
{
  return g_object_new (SCHAKEL_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * schakel_timeline_view_set_database:
 * @self: a view
 * @db: (nullable): the window's database
 *
 * Uses @db from now on: records are read on connections of their own, and
 * audit records written to @db. The minor shown is forgotten.
 */
void
schakel_timeline_view_set_database (SchakelTimelineView *self,
                                    SchakelDatabase     *db)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (db == NULL || SCHAKEL_IS_DATABASE (db));

  forget_minor (self);
  if (g_set_object (&self->db, db))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * schakel_timeline_view_set_minors_view:
 * @self: a view
 * @minors_view: (nullable): the Jongeren list that previous and next follow
 */
void
schakel_timeline_view_set_minors_view (SchakelTimelineView *self,
                                       SchakelMinorsView   *minors_view)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (minors_view == NULL || SCHAKEL_IS_MINORS_VIEW (minors_view));

  if (!g_set_object (&self->minors_view, minors_view))
    return;

  update_position (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MINORS_VIEW]);
}

/**
 * schakel_timeline_view_show_minor:
 * @self: a view with a database
 * @jongere_id: the minor to show
 *
 * Loads and shows the timeline of @jongere_id, as of the peildatum of the
 * Jongeren list, and writes `timeline.open` to the audit log.
 */
void
schakel_timeline_view_show_minor (SchakelTimelineView *self,
                                  const char          *jongere_id)
{
  SchakelDay day = SCHAKEL_DAY_NONE;

  g_return_if_fail (SCHAKEL_IS_TIMELINE_VIEW (self));
  g_return_if_fail (jongere_id != NULL);
  g_return_if_fail (self->db != NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_free (self->jongere_id);
  self->jongere_id = g_strdup (jongere_id);

  /* Flicking through minors keeps the last one on screen until the next
   * has loaded; only the first one shows a spinner. */
  set_loading (self, TRUE);
  if (self->record == NULL)
    set_page (self, "loading");

  if (self->minors_view != NULL)
    day = schakel_minors_view_get_day (self->minors_view);
  if (day == SCHAKEL_DAY_NONE)
    day = schakel_day_today ();

  schakel_timeline_load_async (self->db, jongere_id, day, self->cancellable, load_done_cb, g_object_ref (self));
  update_position (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_JONGERE_ID]);
}

/**
 * schakel_timeline_view_focus:
 * @self: a view
 *
 * Moves the keyboard focus to the timeline, or to the table in list mode,
 * so that its keys work at once; when the minor is still loading, as soon
 * as it is shown.
 */
void
schakel_timeline_view_focus (SchakelTimelineView *self)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_VIEW (self));

  self->focus_on_load = self->record == NULL || self->loading;
  if (self->record != NULL)
    gtk_widget_grab_focus (self->list_mode ? GTK_WIDGET (self->list_view) : GTK_WIDGET (self->timeline_widget));
}

/**
 * schakel_timeline_view_get_jongere_id:
 * @self: a view
 *
 * Returns: (nullable): the minor shown or loading
 */
const char *
schakel_timeline_view_get_jongere_id (SchakelTimelineView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE_VIEW (self), NULL);

  return self->jongere_id;
}

/**
 * schakel_timeline_view_get_record:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the record shown
 */
SchakelMinorRecord *
schakel_timeline_view_get_record (SchakelTimelineView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE_VIEW (self), NULL);

  return self->record;
}

/**
 * schakel_timeline_view_get_list_mode:
 * @self: a view
 *
 * Returns: %TRUE when the events show as a table
 */
gboolean
schakel_timeline_view_get_list_mode (SchakelTimelineView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE_VIEW (self), FALSE);

  return self->list_mode;
}

/**
 * schakel_timeline_view_set_list_mode:
 * @self: a view
 * @list_mode: %TRUE for the table, %FALSE for the drawing
 */
void
schakel_timeline_view_set_list_mode (SchakelTimelineView *self,
                                     gboolean             list_mode)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_VIEW (self));

  list_mode = !!list_mode;
  if (self->list_mode == list_mode)
    return;

  self->list_mode = list_mode;
  gtk_stack_set_visible_child_name (self->mode_stack, list_mode ? "list" : "graph");
  gtk_widget_grab_focus (list_mode ? GTK_WIDGET (self->list_view) : GTK_WIDGET (self->timeline_widget));
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIST_MODE]);
}

/* Private API for the tests */

gboolean
_schakel_timeline_view_is_loading (SchakelTimelineView *self)
{
  return self->loading;
}

const char *
_schakel_timeline_view_get_page (SchakelTimelineView *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

SchakelTimelineWidget *
_schakel_timeline_view_get_widget (SchakelTimelineView *self)
{
  return self->timeline_widget;
}

GtkColumnView *
_schakel_timeline_view_get_list_view (SchakelTimelineView *self)
{
  return self->list_view;
}

AdwFlap *
_schakel_timeline_view_get_flap (SchakelTimelineView *self)
{
  return self->flap;
}

GtkListBox *
_schakel_timeline_view_get_details_list (SchakelTimelineView *self)
{
  return self->details_list;
}

/* @name: "id", "facts", "counts", "position", "audit" or "details-title" */
GtkLabel *
_schakel_timeline_view_get_label (SchakelTimelineView *self,
                                  const char          *name)
{
  if (g_str_equal (name, "id"))
    return self->id_label;
  if (g_str_equal (name, "facts"))
    return self->facts_label;
  if (g_str_equal (name, "counts"))
    return self->counts_label;
  if (g_str_equal (name, "position"))
    return self->position_label;
  if (g_str_equal (name, "audit"))
    return self->audit_label;
  if (g_str_equal (name, "details-title"))
    return self->details_title;
  g_return_val_if_reached (NULL);
}

gboolean
_schakel_timeline_view_get_audit_shown (SchakelTimelineView *self)
{
  return gtk_info_bar_get_revealed (self->audit_bar);
}

/* The print operation's own route, to a PDF and without a dialog. */
gboolean
_schakel_timeline_view_print_to_file (SchakelTimelineView  *self,
                                      const char           *path,
                                      GError              **error)
{
  g_autoptr(SchakelTimelinePrint) operation = NULL;

  if (self->record == NULL || !schakel_timeline_audit_check (self->db, error))
    return FALSE;

  operation = new_print_operation (self);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  if (gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_EXPORT,
                               get_window (self), error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    return FALSE;

  if (schakel_timeline_print_get_error (operation) != NULL)
    {
      g_propagate_error (error, g_error_copy (schakel_timeline_print_get_error (operation)));
      return FALSE;
    }
  return TRUE;
}
