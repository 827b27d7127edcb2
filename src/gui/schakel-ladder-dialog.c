/* schakel-ladder-dialog.c — edit the escalation ladders: the national one
 * and a variant per region; add, reorder and retire steps.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every button calls one audited core edit (schakel-ladder-edit.c) and
 * rebuilds the list from the database, so what is shown is what is stored.
 * Retired steps stay listed, dimmed, for their history.
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "schakel-ladder-dialog.h"

typedef struct
{
  SchakelDatabase *db;
  GPtrArray       *ladders;        /* SchakelLadder */
  GPtrArray       *free_regions;   /* SchakelRegion without a ladder of their own */
  char            *scheme;
  gint64           ladder_id;      /* shown */
  gboolean         filling;

  GtkWindow       *window;
  GtkDropDown     *ladder_dropdown;
  GtkDropDown     *region_dropdown;
  GtkWidget       *region_button;
  GtkListBox      *steps;
  AdwEntryRow     *code_row;
  AdwEntryRow     *name_row;
  AdwComboRow     *responsible_row;
  AdwEntryRow     *deadline_row;
  AdwEntryRow     *guidance_row;
  GtkLabel        *error_label;
} LadderDialog;

static void
ladder_dialog_free (LadderDialog *d)
{
  g_clear_object (&d->db);
  g_clear_pointer (&d->ladders, g_ptr_array_unref);
  g_clear_pointer (&d->free_regions, g_ptr_array_unref);
  g_free (d->scheme);
  g_free (d);
}

static void refresh (LadderDialog *d);

static void
report (LadderDialog *d,
        GError       *error)
{
  gtk_label_set_label (d->error_label, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (d->error_label), error != NULL);
}

static void
step_button_cb (GtkButton    *button,
                LadderDialog *d)
{
  g_autoptr(GError) error = NULL;
  gint64 step_id = *(gint64 *) g_object_get_data (G_OBJECT (button), "step-id");
  const char *what = g_object_get_data (G_OBJECT (button), "what");

  if (g_str_equal (what, "up") || g_str_equal (what, "down"))
    schakel_ladder_move_step (d->db, step_id, g_str_equal (what, "up") ? -1 : 1, &error);
  else
    schakel_ladder_retire_step (d->db, step_id, schakel_day_today (), &error);
  report (d, error);
  refresh (d);
}

static GtkWidget *
step_button (LadderDialog            *d,
             const SchakelLadderStep *step,
             const char              *what,
             const char              *icon,
             const char              *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);
  gint64 *id = g_new (gint64, 1);

  *id = step->id;
  g_object_set_data_full (G_OBJECT (button), "step-id", id, g_free);
  g_object_set_data (G_OBJECT (button), "what", (gpointer) what);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", G_CALLBACK (step_button_cb), d);
  return button;
}

static GtkWidget *
step_row (LadderDialog            *d,
          const SchakelLadderStep *s,
          guint                    number)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *guidance = g_markup_escape_text (s->guidance, -1);

  if (s->retired != SCHAKEL_DAY_NONE)
    {
      g_autofree char *day = schakel_day_to_iso (s->retired);

      /* Translators: a retired step: its name and since when */
      title = g_markup_printf_escaped (_("%s — retired from %s"), s->name, day);
      gtk_widget_add_css_class (row, "dim-label");
    }
  else
    title = g_markup_printf_escaped (g_dngettext (GETTEXT_PACKAGE, "%u. %s — %s, %d working day",
                                                  "%u. %s — %s, %d working days", s->deadline_working_days),
                                     number, s->name,
                                     schakel_code_label (SCHAKEL_CODE_LIST_RESPONSIBLE, s->responsible),
                                     s->deadline_working_days);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), guidance);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  if (s->retired == SCHAKEL_DAY_NONE)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), step_button (d, s, "up", "go-up-symbolic", _("Move Up")));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), step_button (d, s, "down", "go-down-symbolic", _("Move Down")));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), step_button (d, s, "retire", "edit-delete-symbolic",
                                                                    _("Retire Step")));
    }
  return row;
}

static const SchakelLadder *
shown_ladder (LadderDialog *d)
{
  guint selected = gtk_drop_down_get_selected (d->ladder_dropdown);

  return selected < d->ladders->len ? g_ptr_array_index (d->ladders, selected) : NULL;
}

static void
show_steps (LadderDialog *d)
{
  const SchakelLadder *ladder = shown_ladder (d);
  GtkWidget *child;
  guint number = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (d->steps))) != NULL)
    gtk_list_box_remove (d->steps, child);
  if (ladder == NULL)
    return;
  d->ladder_id = ladder->id;
  for (guint i = 0; i < ladder->steps->len; i++)
    {
      const SchakelLadderStep *s = g_ptr_array_index (ladder->steps, i);

      gtk_list_box_append (d->steps, step_row (d, s, s->retired == SCHAKEL_DAY_NONE ? ++number : 0));
    }
}

/* Reads the ladders again and shows the one chosen. */
static void
refresh (LadderDialog *d)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) regions = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) all_regions = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  g_clear_pointer (&d->ladders, g_ptr_array_unref);
  if (!(d->ladders = schakel_ladder_list (d->db, &error)))
    {
      report (d, error);
      d->ladders = g_ptr_array_new ();
      return;
    }
  for (guint i = 0; i < d->ladders->len; i++)
    {
      const SchakelLadder *l = g_ptr_array_index (d->ladders, i);

      gtk_string_list_append (names, l->name);
      if (l->id == d->ladder_id)
        selected = i;
    }

  g_clear_pointer (&d->free_regions, g_ptr_array_unref);
  d->free_regions = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_region_free);
  if ((all_regions = schakel_regions_list (d->db, d->scheme, NULL)) != NULL)
    for (guint i = 0; i < all_regions->len; i++)
      {
        SchakelRegion *r = g_ptr_array_index (all_regions, i);

        if (schakel_ladder_lookup (d->db, d->scheme, r->code, NULL) != 0)
          continue;
        gtk_string_list_append (regions, r->name);
        g_ptr_array_add (d->free_regions, g_steal_pointer (&all_regions->pdata[i]));
      }

  d->filling = TRUE;
  gtk_drop_down_set_model (d->ladder_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (d->ladder_dropdown, selected);
  gtk_drop_down_set_model (d->region_dropdown, G_LIST_MODEL (regions));
  d->filling = FALSE;
  gtk_widget_set_sensitive (d->region_button, d->free_regions->len > 0);
  show_steps (d);
}

static void
ladder_changed_cb (LadderDialog *d)
{
  if (!d->filling)
    show_steps (d);
}

static void
create_regional_cb (LadderDialog *d)
{
  g_autoptr(GError) error = NULL;
  guint selected = gtk_drop_down_get_selected (d->region_dropdown);
  const SchakelRegion *r;
  gint64 id;

  if (selected >= d->free_regions->len)
    return;
  r = g_ptr_array_index (d->free_regions, selected);
  if ((id = schakel_ladder_create_regional (d->db, d->scheme, r->code, &error)) != 0)
    d->ladder_id = id;
  report (d, error);
  refresh (d);
}

static void
add_step_cb (LadderDialog *d)
{
  g_autoptr(GError) error = NULL;
  const char *deadline_text = gtk_editable_get_text (GTK_EDITABLE (d->deadline_row));
  guint n_responsible;
  const SchakelCode *responsible = schakel_code_list_get (SCHAKEL_CODE_LIST_RESPONSIBLE, &n_responsible);
  guint chosen = adw_combo_row_get_selected (d->responsible_row);
  char *end = NULL;
  long deadline = strtol (deadline_text, &end, 10);
  SchakelLadderStepSpec spec = {
    gtk_editable_get_text (GTK_EDITABLE (d->code_row)),
    gtk_editable_get_text (GTK_EDITABLE (d->name_row)),
    chosen < n_responsible ? responsible[chosen].code : NULL,
    *deadline_text != '\0' && *end == '\0' ? (int) CLAMP (deadline, -1, G_MAXINT) : -1,
    gtk_editable_get_text (GTK_EDITABLE (d->guidance_row)),
  };

  if (schakel_ladder_add_step (d->db, d->ladder_id, &spec, &error) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (d->code_row), "");
      gtk_editable_set_text (GTK_EDITABLE (d->name_row), "");
      gtk_editable_set_text (GTK_EDITABLE (d->guidance_row), "");
    }
  report (d, error);
  refresh (d);
}

static AdwEntryRow *
add_entry (GtkWidget  *group,
           const char *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  return ADW_ENTRY_ROW (row);
}

/**
 * schakel_ladder_dialog_new:
 * @parent: (nullable): the window
 * @db: the writable database
 *
 * Returns: (transfer floating): a modal window
 */
GtkWindow *
schakel_ladder_dialog_new (GtkWindow       *parent,
                           SchakelDatabase *db)
{
  LadderDialog *d = g_new0 (LadderDialog, 1);
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *choose = adw_preferences_group_new ();
  GtkWidget *steps = adw_preferences_group_new ();
  GtkWidget *add = adw_preferences_group_new ();
  GtkWidget *ladder_row = adw_action_row_new ();
  GtkWidget *region_row = adw_action_row_new ();
  GtkWidget *add_button = gtk_button_new_with_mnemonic (_("_Add Step"));
  g_autoptr(GtkStringList) responsible = gtk_string_list_new (NULL);
  const SchakelCode *codes;
  guint n;

  d->db = g_object_ref (db);
  d->window = GTK_WINDOW (window);
  d->scheme = schakel_regions_dup_default_scheme (db);
  g_object_set_data_full (G_OBJECT (window), "ladder-dialog", d, (GDestroyNotify) ladder_dialog_free);

  gtk_window_set_title (d->window, _("Escalation Ladder"));
  gtk_window_set_modal (d->window, TRUE);
  gtk_window_set_transient_for (d->window, parent);
  gtk_window_set_default_size (d->window, 720, 760);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());

  d->ladder_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_valign (GTK_WIDGET (d->ladder_dropdown), GTK_ALIGN_CENTER);
  g_signal_connect_swapped (d->ladder_dropdown, "notify::selected", G_CALLBACK (ladder_changed_cb), d);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ladder_row), _("Ladder"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (ladder_row), GTK_WIDGET (d->ladder_dropdown));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (choose), ladder_row);

  d->region_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (NULL, NULL));
  gtk_widget_set_valign (GTK_WIDGET (d->region_dropdown), GTK_ALIGN_CENTER);
  d->region_button = gtk_button_new_with_mnemonic (_("_Create"));
  gtk_widget_set_valign (d->region_button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (d->region_button, "clicked", G_CALLBACK (create_regional_cb), d);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (region_row), _("Own ladder for a region"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (region_row), _("Starts as a copy of the national ladder"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (region_row), GTK_WIDGET (d->region_dropdown));
  adw_action_row_add_suffix (ADW_ACTION_ROW (region_row), d->region_button);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (choose), region_row);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (steps), _("Steps"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (steps),
                                         _("Deadlines count working days after the previous step, skipping weekends and public holidays. A retired step stays for the cases recorded against it."));
  d->steps = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (d->steps, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (d->steps), "boxed-list");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (steps), GTK_WIDGET (d->steps));

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (add), _("New Step"));
  d->code_row = add_entry (add, _("C_ode (lower case, e.g. huisbezoek)"));
  d->name_row = add_entry (add, _("_Name"));
  codes = schakel_code_list_get (SCHAKEL_CODE_LIST_RESPONSIBLE, &n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (responsible, _(codes[i].label));
  d->responsible_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (d->responsible_row), _("_Responsible"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (d->responsible_row), TRUE);
  adw_combo_row_set_model (d->responsible_row, G_LIST_MODEL (responsible));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add), GTK_WIDGET (d->responsible_row));
  d->deadline_row = add_entry (add, _("_Deadline in working days"));
  d->guidance_row = add_entry (add, _("_Guidance"));
  gtk_widget_set_halign (add_button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (add_button, 12);
  g_signal_connect_swapped (add_button, "clicked", G_CALLBACK (add_step_cb), d);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add), add_button);

  d->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (d->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (d->error_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (d->error_label), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (add), GTK_WIDGET (d->error_label));

  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (choose));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (steps));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (add));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (GTK_BOX (box), page);
  adw_window_set_content (ADW_WINDOW (window), box);

  refresh (d);
  return d->window;
}
