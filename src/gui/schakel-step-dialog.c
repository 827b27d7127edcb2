/* schakel-step-dialog.c — record a step on a case, or close it.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fully usable by keyboard: the first row has the focus, Tab moves
 * through the rows, Enter in any text row records (the default button),
 * Escape cancels. Core validates; its message shows inline.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-step-dialog.h"

struct _SchakelStepDialog
{
  AdwWindow              parent_instance;

  SchakelDatabase       *db;
  SchakelStepDialogMode  mode;
  gint64                 report_id;
  char                  *report_number;
  GArray                *step_ids;     /* gint64, the choices of step_row */
  const SchakelCode     *outcomes;
  guint                  n_outcomes;

  AdwComboRow           *step_row;
  AdwEntryRow           *date_row;
  AdwComboRow           *outcome_row;
  AdwComboRow           *skip_row;
  AdwEntryRow           *note_row;
  GtkLabel              *error_label;
};

G_DEFINE_FINAL_TYPE (SchakelStepDialog, schakel_step_dialog, ADW_TYPE_WINDOW)

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
schakel_step_dialog_finalize (GObject *object)
{
  SchakelStepDialog *self = SCHAKEL_STEP_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->step_ids, g_array_unref);
  g_free (self->report_number);

  G_OBJECT_CLASS (schakel_step_dialog_parent_class)->finalize (object);
}

static void
schakel_step_dialog_class_init (SchakelStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = schakel_step_dialog_finalize;

  /**
   * SchakelStepDialog::done:
   * @message: what was recorded, for a toast
   *
   * Emitted after the change was written, before the dialog closes.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
schakel_step_dialog_init (SchakelStepDialog *self)
{
  self->step_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static GtkStringList *
code_labels (SchakelCodeList  list,
             const char      *first)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  const SchakelCode *codes;
  guint n;

  if (first != NULL)
    gtk_string_list_append (labels, first);
  codes = schakel_code_list_get (list, &n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, _(codes[i].label));
  return labels;
}

static AdwComboRow *
combo_row (const char *title,
           GListModel *model)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, model);
  g_object_unref (model);
  return row;
}

static AdwEntryRow *
entry_row (const char *title)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_entry_row_set_activates_default (row, TRUE);
  return row;
}

/* The steps a case can take next: its current step (to repeat it) and
 * every later step in use, except the closing one. */
static GtkStringList *
step_labels (SchakelStepDialog *self,
             const SchakelCase *c,
             guint             *selected)
{
  GtkStringList *labels = gtk_string_list_new (NULL);
  g_autoptr(SchakelLadder) ladder = schakel_ladder_get (self->db, c->ladder_id, NULL);
  const SchakelLadderStep *current = schakel_ladder_find_step (ladder, c->current_step_id);
  SchakelDay today = schakel_day_today ();

  *selected = 0;
  for (guint i = 0; ladder != NULL && i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *s = g_ptr_array_index (ladder->steps, i);
      g_autofree char *label = NULL;

      if (!schakel_ladder_step_in_use (s, today) || g_str_equal (s->responsible, "none") ||
          (current != NULL && s->position < current->position))
        continue;
      if (s->id == c->next_step_id)
        *selected = self->step_ids->len;
      /* Translators: a step and who takes it, e.g. "Casusoverleg (Municipality)" */
      label = g_strdup_printf (_("%s (%s)"), s->name, schakel_code_label (SCHAKEL_CODE_LIST_RESPONSIBLE, s->responsible));
      gtk_string_list_append (labels, label);
      g_array_append_val (self->step_ids, s->id);
    }
  return labels;
}

static void
show_error (SchakelStepDialog *self,
            const char        *message)
{
  gtk_label_set_label (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/**
 * schakel_step_dialog_submit:
 * @self: a dialog
 *
 * Records what the dialog holds; on success emits #SchakelStepDialog::done
 * and closes, otherwise shows core's message and stays open.
 *
 * Returns: %TRUE when recorded
 */
gboolean
schakel_step_dialog_submit (SchakelStepDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *date_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->date_row))));
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  guint outcome = adw_combo_row_get_selected (self->outcome_row);
  SchakelDay date;
  gboolean ok;

  g_return_val_if_fail (SCHAKEL_IS_STEP_DIALOG (self), FALSE);

  if (!schakel_day_parse_iso (date_text, &date))
    {
      show_error (self, _("Enter the date as YYYY-MM-DD"));
      return FALSE;
    }
  if (*note == '\0')
    note = NULL;

  if (self->mode == SCHAKEL_STEP_DIALOG_RECORD)
    {
      guint step = adw_combo_row_get_selected (self->step_row);
      guint skip = adw_combo_row_get_selected (self->skip_row);
      guint n_skip;
      const SchakelCode *skips = schakel_code_list_get (SCHAKEL_CODE_LIST_SKIP_REASON, &n_skip);
      SchakelStepRecord record = { self->report_id, 0, date, NULL, NULL, note };

      if (step == GTK_INVALID_LIST_POSITION || step >= self->step_ids->len)
        {
          show_error (self, _("This case has no further step on its ladder; close it instead"));
          return FALSE;
        }
      record.ladder_step_id = g_array_index (self->step_ids, gint64, step);
      record.outcome = outcome < self->n_outcomes ? self->outcomes[outcome].code : NULL;
      record.skip_reason = skip > 0 && skip <= n_skip ? skips[skip - 1].code : NULL;
      ok = schakel_escalation_record_step (self->db, &record, schakel_day_today (), &error) != 0;
      /* Translators: %s is a report number */
      message = g_strdup_printf (_("Step recorded for %s"), self->report_number);
    }
  else
    {
      ok = schakel_escalation_close (self->db, self->report_id, date,
                                     outcome < self->n_outcomes ? self->outcomes[outcome].code : NULL,
                                     note, schakel_day_today (), &error);
      /* Translators: %s is a report number */
      message = g_strdup_printf (_("Report %s closed"), self->report_number);
    }

  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[DONE], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
submit_clicked_cb (SchakelStepDialog *self)
{
  schakel_step_dialog_submit (self);
}

/**
 * schakel_step_dialog_get_note_row:
 * @self: a dialog
 *
 * Returns: (transfer none): the note row, for tests
 */
GtkWidget *
schakel_step_dialog_get_note_row (SchakelStepDialog *self)
{
  return GTK_WIDGET (self->note_row);
}

/**
 * schakel_step_dialog_get_error:
 * @self: a dialog
 *
 * Returns: (nullable): the message shown for the last refused submit
 */
const char *
schakel_step_dialog_get_error (SchakelStepDialog *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_label (self->error_label) : NULL;
}

/**
 * schakel_step_dialog_new:
 * @parent: the window
 * @db: the writable database
 * @c: the case
 * @mode: record a step or close the case
 *
 * Returns: (transfer floating): a modal dialog
 */
SchakelStepDialog *
schakel_step_dialog_new (GtkWindow             *parent,
                         SchakelDatabase       *db,
                         const SchakelCase     *c,
                         SchakelStepDialogMode  mode)
{
  SchakelStepDialog *self = g_object_new (SCHAKEL_TYPE_STEP_DIALOG,
                                          "modal", TRUE,
                                          "transient-for", parent,
                                          "default-width", 520,
                                          "destroy-with-parent", TRUE,
                                          NULL);
  gboolean record = mode == SCHAKEL_STEP_DIALOG_RECORD;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *submit = gtk_button_new_with_mnemonic (record ? _("_Record") : _("C_lose Case"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  g_autofree char *today = schakel_day_to_iso (schakel_day_today ());
  g_autofree char *description = NULL;
  guint selected = 0;

  self->db = g_object_ref (db);
  self->mode = mode;
  self->report_id = c->report_id;
  self->report_number = g_strdup (c->report_number);
  self->outcomes = schakel_code_list_get (record ? SCHAKEL_CODE_LIST_ESCALATION_OUTCOME : SCHAKEL_CODE_LIST_CASE_OUTCOME,
                                          &self->n_outcomes);

  gtk_window_set_title (GTK_WINDOW (self), record ? _("Record Step") : _("Close Case"));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), submit);
  gtk_widget_add_css_class (submit, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  g_signal_connect_object (submit, "clicked", G_CALLBACK (submit_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_default_widget (GTK_WINDOW (self), submit);
  gtk_box_append (GTK_BOX (box), header);

  /* Translators: the case a dialog is about: report number, minor, report type */
  description = g_strdup_printf (_("Report %s · %s · %s"), c->report_number, c->jongere_id,
                                 schakel_code_label (SCHAKEL_CODE_LIST_REPORT_TYPE, c->report_type));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  if (record)
    {
      self->step_row = combo_row (_("_Step"), G_LIST_MODEL (step_labels (self, c, &selected)));
      adw_combo_row_set_selected (self->step_row, selected);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->step_row));
    }
  self->date_row = entry_row (_("_Date (YYYY-MM-DD)"));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->date_row));
  self->outcome_row = combo_row (_("_Outcome"), G_LIST_MODEL (code_labels (record ? SCHAKEL_CODE_LIST_ESCALATION_OUTCOME
                                                                                 : SCHAKEL_CODE_LIST_CASE_OUTCOME, NULL)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->outcome_row));
  if (record)
    {
      self->skip_row = combo_row (_("_Reason for Skipping"),
                                  G_LIST_MODEL (code_labels (SCHAKEL_CODE_LIST_SKIP_REASON, _("No step skipped"))));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->skip_row));
    }
  self->note_row = entry_row (_("_Note (optional)"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->note_row));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_label_set_xalign (self->error_label, 0);
  gtk_widget_set_margin_top (GTK_WIDGET (self->error_label), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));

  {
    GtkWidget *hint = gtk_label_new (_("Say what was done, never why: no medical information, names or numbers that identify someone. At most 140 characters."));

    gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
    gtk_label_set_xalign (GTK_LABEL (hint), 0);
    gtk_widget_set_margin_top (hint, 6);
    gtk_widget_add_css_class (hint, "dim-label");
    gtk_widget_add_css_class (hint, "caption");
    adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), hint);
  }

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_widget_grab_focus (record ? GTK_WIDGET (self->step_row) : GTK_WIDGET (self->date_row));
  return self;
}
