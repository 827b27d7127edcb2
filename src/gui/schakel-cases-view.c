/* schakel-cases-view.c — the Verzuim view: open absence reports in a
 * region, most urgent first, with their current step, responsible partner,
 * deadline, days overdue and the guidance for the next step.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Keyboard: Tab reaches the filters and the list; Enter on a case opens
 * the record-step dialog; each row has Record and Close buttons; Ctrl+Z
 * undoes the newest change. The list is schakel_cases_list()'s, filtered.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-cases-view.h"
#include "schakel-ladder-dialog.h"
#include "schakel-step-dialog.h"
#include "schakel-view-common.h"
#include "schakel-view-loader.h"

struct _SchakelCasesView
{
  GtkWidget          parent_instance;

  SchakelDatabase   *db;
  SchakelViewSource  source;
  GPtrArray         *shown;            /* SchakelCase, borrowed from load */
  GPtrArray         *schools;          /* names offered, borrowed strings */
  GPtrArray         *municipalities;   /* codes offered, borrowed strings */
  GtkWindow         *dialog;           /* weak */

  GtkWidget         *box;
  GtkDropDown       *region_dropdown;
  GtkDropDown       *school_dropdown;
  GtkDropDown       *municipality_dropdown;
  GtkDropDown       *type_dropdown;
  GtkToggleButton   *overdue_toggle;
  GtkLabel          *summary_label;
  GtkStack          *stack;
  GtkListBox        *list_box;
};

G_DEFINE_FINAL_TYPE (SchakelCasesView, schakel_cases_view, GTK_TYPE_WIDGET)

static void load_cases (SchakelCasesView *self);

static GPtrArray *
load_func (SchakelDatabase     *reader,
           const SchakelScope  *scope,
           SchakelDay           day,
           GError             **error)
{
  return schakel_cases_list (reader, scope, day, FALSE, error);
}

static const char *
school_of (const SchakelCase *c)
{
  return c->school_name != NULL ? c->school_name : "";
}

/* Filter choices from the cases loaded: schools and municipalities. */
static void
fill_choices (GtkDropDown *dropdown,
              GPtrArray   *values,
              const char  *all_label,
              GPtrArray   *labels_for)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  gtk_string_list_append (names, all_label);
  for (guint i = 0; i < values->len; i++)
    gtk_string_list_append (names, g_ptr_array_index (labels_for != NULL ? labels_for : values, i));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, 0);
}

static void
collect_choices (SchakelCasesView *self)
{
  g_autoptr(GHashTable) schools = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) municipalities = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) municipality_names = g_ptr_array_new ();
  GPtrArray *cases = self->source.load->items;

  g_ptr_array_set_size (self->schools, 0);
  g_ptr_array_set_size (self->municipalities, 0);
  for (guint i = 0; i < cases->len; i++)
    {
      const SchakelCase *c = g_ptr_array_index (cases, i);

      if (c->school_name != NULL && g_hash_table_add (schools, c->school_name))
        g_ptr_array_add (self->schools, c->school_name);
      if (c->municipality_code != NULL && g_hash_table_add (municipalities, c->municipality_code))
        g_ptr_array_add (self->municipalities, c->municipality_code);
    }
  g_ptr_array_sort (self->schools, (GCompareFunc) g_utf8_collate);
  for (guint i = 0; i < self->municipalities->len; i++)
    for (guint j = 0; j < cases->len; j++)
      {
        const SchakelCase *c = g_ptr_array_index (cases, j);

        if (g_strcmp0 (c->municipality_code, g_ptr_array_index (self->municipalities, i)) == 0)
          {
            g_ptr_array_add (municipality_names, c->municipality_name);
            break;
          }
      }

  self->source.filling = TRUE;
  fill_choices (self->school_dropdown, self->schools, _("All schools"), NULL);
  fill_choices (self->municipality_dropdown, self->municipalities, _("All municipalities"), municipality_names);
  self->source.filling = FALSE;
}

static gboolean
case_matches (SchakelCasesView  *self,
              const SchakelCase *c)
{
  guint school = gtk_drop_down_get_selected (self->school_dropdown);
  guint municipality = gtk_drop_down_get_selected (self->municipality_dropdown);
  guint type = gtk_drop_down_get_selected (self->type_dropdown);
  guint n_types;
  const SchakelCode *types = schakel_code_list_get (SCHAKEL_CODE_LIST_REPORT_TYPE, &n_types);

  if (gtk_toggle_button_get_active (self->overdue_toggle) && c->days_overdue == 0)
    return FALSE;
  if (school > 0 && school <= self->schools->len &&
      g_strcmp0 (school_of (c), g_ptr_array_index (self->schools, school - 1)) != 0)
    return FALSE;
  if (municipality > 0 && municipality <= self->municipalities->len &&
      g_strcmp0 (c->municipality_code, g_ptr_array_index (self->municipalities, municipality - 1)) != 0)
    return FALSE;
  if (type > 0 && type <= n_types && g_strcmp0 (c->report_type, types[type - 1].code) != 0)
    return FALSE;
  return TRUE;
}

static char *
case_subtitle (const SchakelCase *c)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *current_date = c->current_step_date != SCHAKEL_DAY_NONE ? schakel_day_to_iso (c->current_step_date) : NULL;
  g_autofree char *deadline = c->deadline != SCHAKEL_DAY_NONE ? schakel_day_to_iso (c->deadline) : NULL;

  if (c->current_step_name != NULL || c->current_step_code != NULL)
    /* Translators: the step a case has reached and when */
    g_string_append_printf (text, _("Now: %s, %s"),
                            c->current_step_name != NULL ? c->current_step_name : c->current_step_code, current_date);
  else
    g_string_append (text, _("Now: no step yet"));
  if (c->next_step_name != NULL)
    {
      g_string_append (text, "\n");
      if (deadline != NULL)
        /* Translators: the next step, who takes it, and its deadline */
        g_string_append_printf (text, _("Next: %s — %s — due %s"), c->next_step_name,
                                schakel_code_label (SCHAKEL_CODE_LIST_RESPONSIBLE, c->next_responsible), deadline);
      else
        g_string_append_printf (text, _("Next: %s — %s"), c->next_step_name,
                                schakel_code_label (SCHAKEL_CODE_LIST_RESPONSIBLE, c->next_responsible));
    }
  if (c->next_guidance != NULL && *c->next_guidance != '\0')
    g_string_append_printf (text, "\n%s", c->next_guidance);
  return g_markup_escape_text (text->str, -1);
}

static void record_clicked_cb (GtkButton *button, SchakelCasesView *self);
static void close_clicked_cb (GtkButton *button, SchakelCasesView *self);

static GtkWidget *
case_row (SchakelCasesView  *self,
          const SchakelCase *c,
          guint              index)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = case_subtitle (c);
  const char *place = c->school_name != NULL ? c->school_name : c->municipality_name;
  GtkWidget *record = gtk_button_new_with_label (_("Record Step…"));
  GtkWidget *close = gtk_button_new_with_label (_("Close…"));
  GtkWidget *status;

  /* Translators: report number · minor · report type · school or municipality */
  title = g_markup_printf_escaped (_("%s · %s · %s · %s"), c->report_number, c->jongere_id,
                                   schakel_code_label (SCHAKEL_CODE_LIST_REPORT_TYPE, c->report_type),
                                   place != NULL ? place : "—");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 4);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (c->days_overdue > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue",
                                                            c->days_overdue), c->days_overdue);

      status = gtk_label_new (text);
      gtk_widget_add_css_class (status, "status-pill");
      gtk_widget_add_css_class (status, "overdue");
    }
  else
    {
      status = gtk_label_new (c->deadline != SCHAKEL_DAY_NONE ? _("On time") : _("No deadline"));
      gtk_widget_add_css_class (status, "dim-label");
    }
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);

  for (GtkWidget *b = record; b != NULL; b = b == record ? close : NULL)
    {
      gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (b), "case-index", GUINT_TO_POINTER (index));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), b);
    }
  gtk_widget_add_css_class (record, "flat");
  gtk_widget_add_css_class (close, "flat");
  g_signal_connect_object (record, "clicked", G_CALLBACK (record_clicked_cb), self, 0);
  g_signal_connect_object (close, "clicked", G_CALLBACK (close_clicked_cb), self, 0);
  g_object_set_data (G_OBJECT (row), "case-index", GUINT_TO_POINTER (index));
  return row;
}

static void
show_cases (SchakelCasesView *self)
{
  GtkWidget *child;
  guint n_overdue = 0;
  g_autofree char *summary = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_ptr_array_set_size (self->shown, 0);
  if (self->source.load == NULL)
    return;

  for (guint i = 0; i < self->source.load->items->len; i++)
    {
      const SchakelCase *c = g_ptr_array_index (self->source.load->items, i);

      if (!case_matches (self, c))
        continue;
      n_overdue += c->days_overdue > 0;
      gtk_list_box_append (self->list_box, case_row (self, c, self->shown->len));
      g_ptr_array_add (self->shown, (gpointer) c);
    }

  {
    g_autofree char *day = schakel_day_to_iso (self->source.load->day);

    /* Translators: "12 open reports, 4 overdue, on 2026-11-02" */
    summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open report, %u overdue, on %s",
                                            "%u open reports, %u overdue, on %s", self->shown->len),
                               self->shown->len, n_overdue, day);
  }
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, self->shown->len > 0 ? "list" : "empty");
}

static void
filter_changed_cb (SchakelCasesView *self)
{
  if (!self->source.filling)
    show_cases (self);
}

static void
region_changed_cb (SchakelCasesView *self)
{
  if (!self->source.filling)
    load_cases (self);
}

static void
cases_loaded (SchakelCasesView *self)
{
  collect_choices (self);
  show_cases (self);
}

static void
load_cases (SchakelCasesView *self)
{
  schakel_view_source_reload (&self->source);
}

static void
undo_cb (SchakelCasesView *self)
{
  if (schakel_view_undo (GTK_WIDGET (self), self->db))
    load_cases (self);
}

static void
dialog_done_cb (SchakelCasesView *self,
                const char       *message)
{
  schakel_view_toast (GTK_WIDGET (self), message, TRUE, G_CALLBACK (undo_cb), self);
  load_cases (self);
}

static void
open_dialog (SchakelCasesView      *self,
             guint                  index,
             SchakelStepDialogMode  mode)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SchakelStepDialog *dialog;

  if (self->db == NULL || index >= self->shown->len)
    return;
  if (schakel_database_is_read_only (self->db))
    {
      schakel_view_toast (GTK_WIDGET (self), _("The database is open read-only"), FALSE, NULL, NULL);
      return;
    }
  dialog = schakel_step_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db,
                                    g_ptr_array_index (self->shown, index), mode);
  g_signal_connect_object (dialog, "done", G_CALLBACK (dialog_done_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_clicked_cb (GtkButton        *button,
                   SchakelCasesView *self)
{
  open_dialog (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "case-index")),
               SCHAKEL_STEP_DIALOG_RECORD);
}

static void
close_clicked_cb (GtkButton        *button,
                  SchakelCasesView *self)
{
  open_dialog (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "case-index")),
               SCHAKEL_STEP_DIALOG_CLOSE);
}

static void
row_activated_cb (SchakelCasesView *self,
                  GtkListBoxRow    *row)
{
  open_dialog (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "case-index")),
               SCHAKEL_STEP_DIALOG_RECORD);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo_cb (SCHAKEL_CASES_VIEW (widget));
}

static void
ladder_dialog_closed_cb (SchakelCasesView *self)
{
  load_cases (self);
}

static void
edit_ladder_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SchakelCasesView *self = SCHAKEL_CASES_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *dialog;

  if (self->db == NULL)
    return;
  dialog = schakel_ladder_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db);
  g_signal_connect_object (dialog, "close-request", G_CALLBACK (ladder_dialog_closed_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, dialog);
  gtk_window_present (dialog);
}

static void
schakel_cases_view_dispose (GObject *object)
{
  SchakelCasesView *self = SCHAKEL_CASES_VIEW (object);

  schakel_view_source_clear (&self->source);
  g_object_set_data (object, "schakel-view-source", NULL);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_CASES_VIEW);
  g_clear_object (&self->db);
  g_clear_pointer (&self->shown, g_ptr_array_unref);
  g_clear_pointer (&self->schools, g_ptr_array_unref);
  g_clear_pointer (&self->municipalities, g_ptr_array_unref);

  G_OBJECT_CLASS (schakel_cases_view_parent_class)->dispose (object);
}

static void
schakel_cases_view_class_init (SchakelCasesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_cases_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/schakel/Schakel/ui/schakel-cases-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, box);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, school_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, municipality_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, type_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, overdue_toggle);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelCasesView, list_box);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, region_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "cases.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "cases.edit-ladder", NULL, edit_ladder_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "cases.undo", NULL);
}

static void
schakel_cases_view_init (SchakelCasesView *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  const SchakelCode *codes;
  guint n;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->source.view = GTK_WIDGET (self);
  self->source.region_dropdown = self->region_dropdown;
  self->source.stack = self->stack;
  self->source.func = load_func;
  self->source.loaded = (void (*) (GtkWidget *)) cases_loaded;
  self->shown = g_ptr_array_new ();
  self->schools = g_ptr_array_new ();
  self->municipalities = g_ptr_array_new ();

  gtk_string_list_append (types, _("All report types"));
  codes = schakel_code_list_get (SCHAKEL_CODE_LIST_REPORT_TYPE, &n);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (types, _(codes[i].label));
  self->source.filling = TRUE;
  gtk_drop_down_set_model (self->type_dropdown, G_LIST_MODEL (types));
  self->source.filling = FALSE;
}

/**
 * schakel_cases_view_set_database:
 * @self: the view
 * @db: (nullable): the database; writes go through it
 */
void
schakel_cases_view_set_database (SchakelCasesView *self,
                                 SchakelDatabase  *db)
{
  g_return_if_fail (SCHAKEL_IS_CASES_VIEW (self));

  if (!g_set_object (&self->db, db))
    return;
  g_ptr_array_set_size (self->shown, 0);
  schakel_view_source_clear (&self->source);
  self->source.db = db;
  show_cases (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cases.edit-ladder",
                                 db != NULL && !schakel_database_is_read_only (db));
  load_cases (self);
}

/**
 * schakel_cases_view_reload:
 * @self: the view
 */
void
schakel_cases_view_reload (SchakelCasesView *self)
{
  g_return_if_fail (SCHAKEL_IS_CASES_VIEW (self));

  load_cases (self);
}

gboolean
_schakel_cases_view_is_busy (SchakelCasesView *self)
{
  return self->source.cancellable != NULL;
}

GPtrArray *
_schakel_cases_view_get_shown (SchakelCasesView *self)
{
  return self->shown;
}

GtkListBox *
_schakel_cases_view_get_list_box (SchakelCasesView *self)
{
  return self->list_box;
}

GtkWindow *
_schakel_cases_view_get_dialog (SchakelCasesView *self)
{
  return self->dialog;
}

SchakelDay
_schakel_cases_view_get_day (SchakelCasesView *self)
{
  return self->source.load != NULL ? self->source.load->day : SCHAKEL_DAY_NONE;
}
