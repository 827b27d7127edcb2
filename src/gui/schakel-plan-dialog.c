/* schakel-plan-dialog.c — record or change a minor's 18+ plan: where
 * they go, which municipality receives them, how education continues.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-plan-dialog.h"

struct _SchakelPlanDialog
{
  AdwWindow        parent_instance;

  SchakelDatabase *db;
  gint64           minor_id;
  char            *jongere_id;
  GPtrArray       *municipalities;   /* SchakelRegion: code and name */
  AdwComboRow     *plan_row;
  AdwComboRow     *municipality_row;
  AdwComboRow     *education_row;
  GtkLabel        *error_label;
};

G_DEFINE_FINAL_TYPE (SchakelPlanDialog, schakel_plan_dialog, ADW_TYPE_WINDOW)

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
schakel_plan_dialog_finalize (GObject *object)
{
  SchakelPlanDialog *self = SCHAKEL_PLAN_DIALOG (object);

  g_clear_object (&self->db);
  g_clear_pointer (&self->municipalities, g_ptr_array_unref);
  g_free (self->jongere_id);

  G_OBJECT_CLASS (schakel_plan_dialog_parent_class)->finalize (object);
}

static void
schakel_plan_dialog_class_init (SchakelPlanDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_plan_dialog_finalize;

  /**
   * SchakelPlanDialog::done:
   * @message: what was recorded, for a toast
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_add_binding_action (GTK_WIDGET_CLASS (klass), GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
schakel_plan_dialog_init (SchakelPlanDialog *self)
{
}

/* A combo of a code list, with @current selected. */
static AdwComboRow *
code_row (const char      *title,
          SchakelCodeList  list,
          const char      *current)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const SchakelCode *codes;
  guint n;

  codes = schakel_code_list_get (list, &n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (labels, _(codes[i].label));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (row, G_LIST_MODEL (labels));
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (codes[i].code, current) == 0)
      adw_combo_row_set_selected (row, i);
  return row;
}

static const char *
selected_code (AdwComboRow     *row,
               SchakelCodeList  list)
{
  guint n;
  const SchakelCode *codes = schakel_code_list_get (list, &n);
  guint selected = adw_combo_row_get_selected (row);

  return selected < n ? codes[selected].code : NULL;
}

/**
 * schakel_plan_dialog_submit:
 * @self: a dialog
 *
 * Returns: %TRUE when the plan was recorded (and the dialog closed)
 */
gboolean
schakel_plan_dialog_submit (SchakelPlanDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint municipality = adw_combo_row_get_selected (self->municipality_row);
  const char *code = municipality > 0 && municipality <= self->municipalities->len
                     ? ((SchakelRegion *) g_ptr_array_index (self->municipalities, municipality - 1))->code : NULL;

  if (!schakel_adult_plan_record (self->db, self->minor_id,
                                  selected_code (self->plan_row, SCHAKEL_CODE_LIST_ADULT_PLAN), code,
                                  selected_code (self->education_row, SCHAKEL_CODE_LIST_ADULT_EDUCATION), &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }
  /* Translators: %s is a minor's pseudonymous id */
  message = g_strdup_printf (_("18+ plan recorded for %s"), self->jongere_id);
  g_signal_emit (self, signals[DONE], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_clicked_cb (SchakelPlanDialog *self)
{
  schakel_plan_dialog_submit (self);
}

/**
 * schakel_plan_dialog_new:
 * @parent: the window
 * @db: the writable database
 * @minor: the minor
 *
 * Returns: (transfer floating): a modal dialog
 */
SchakelPlanDialog *
schakel_plan_dialog_new (GtkWindow              *parent,
                         SchakelDatabase        *db,
                         const SchakelTurning18 *minor)
{
  SchakelPlanDialog *self = g_object_new (SCHAKEL_TYPE_PLAN_DIALOG, "modal", TRUE, "transient-for", parent,
                                          "default-width", 480, "destroy-with-parent", TRUE, NULL);
  const SchakelAdultPlan *plan = minor->plan;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save"));
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *description = NULL;
  g_autofree char *birthday = schakel_day_to_iso (minor->birthday_18);

  self->db = g_object_ref (db);
  self->minor_id = minor->minor_id;
  self->jongere_id = g_strdup (minor->jongere_id);
  if (!(self->municipalities = schakel_regions_list_municipalities (db, NULL)))
    self->municipalities = g_ptr_array_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("18+ Plan"));
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), save);
  gtk_widget_add_css_class (save, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  g_signal_connect_object (save, "clicked", G_CALLBACK (save_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_default_widget (GTK_WINDOW (self), save);
  gtk_box_append (GTK_BOX (box), header);

  /* Translators: a minor's pseudonymous id and the date they turn 18 */
  description = g_strdup_printf (_("%s turns 18 on %s"), minor->jongere_id, birthday);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);

  self->plan_row = code_row (_("_Plan"), SCHAKEL_CODE_LIST_ADULT_PLAN, plan != NULL ? plan->plan : "onbekend");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->plan_row));

  gtk_string_list_append (names, _("Not known yet"));
  self->municipality_row = ADW_COMBO_ROW (adw_combo_row_new ());
  for (guint i = 0; i < self->municipalities->len; i++)
    gtk_string_list_append (names, ((SchakelRegion *) g_ptr_array_index (self->municipalities, i))->name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->municipality_row), _("_Receiving Municipality"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (self->municipality_row), TRUE);
  adw_combo_row_set_model (self->municipality_row, G_LIST_MODEL (names));
  for (guint i = 0; plan != NULL && i < self->municipalities->len; i++)
    if (g_strcmp0 (((SchakelRegion *) g_ptr_array_index (self->municipalities, i))->code,
                   plan->receiving_municipality) == 0)
      adw_combo_row_set_selected (self->municipality_row, i + 1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->municipality_row));

  self->education_row = code_row (_("_Education After 18"), SCHAKEL_CODE_LIST_ADULT_EDUCATION,
                                  plan != NULL ? plan->education : "onbekend");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->education_row));

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (self->error_label));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (self), box);
  gtk_widget_grab_focus (GTK_WIDGET (self->plan_row));
  return self;
}
