/* schakel-turning18-view.c — 18+ planning: the minors in a region who turn
 * 18 within 90 or 180 days, with permit status, school, location and
 * region, and their plan; flags for plans that leave the school's region
 * and for no plan 60 days before the birthday.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is schakel_turning18_list()'s for 180 days, narrowed here.
 * Enter on a minor opens the plan editor; Ctrl+Z undoes the newest change.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-plan-dialog.h"
#include "schakel-turning18-view.h"
#include "schakel-view-common.h"
#include "schakel-view-loader.h"

#define LONG_WINDOW_DAYS 180
#define SHORT_WINDOW_DAYS 90

struct _SchakelTurning18View
{
  GtkWidget        parent_instance;

  SchakelDatabase *db;
  SchakelViewSource source;
  GPtrArray       *shown;        /* SchakelTurning18, borrowed from load */
  GtkWindow       *dialog;       /* weak */

  GtkWidget       *box;
  GtkDropDown     *region_dropdown;
  GtkDropDown     *window_dropdown;
  GtkToggleButton *flagged_toggle;
  GtkLabel        *summary_label;
  GtkStack        *stack;
  GtkListBox      *list_box;
};

G_DEFINE_FINAL_TYPE (SchakelTurning18View, schakel_turning18_view, GTK_TYPE_WIDGET)

static void load_minors (SchakelTurning18View *self);

static GPtrArray *
load_func (SchakelDatabase     *reader,
           const SchakelScope  *scope,
           SchakelDay           day,
           GError             **error)
{
  return schakel_turning18_list (reader, scope, day, LONG_WINDOW_DAYS, error);
}

static char *
minor_subtitle (const SchakelTurning18 *m)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const char *permit = g_str_equal (m->permit, "geen_besluit") ? _("No decision")
                       : schakel_code_label (SCHAKEL_CODE_LIST_PROCEDURE_EVENT, m->permit);

  /* Translators: permit status · school (type) */
  if (m->school_name != NULL)
    g_string_append_printf (text, _("%s · %s (%s)"), permit, m->school_name,
                            schakel_code_label (SCHAKEL_CODE_LIST_SCHOOL_TYPE, m->school_type));
  else
    g_string_append_printf (text, _("%s · no school"), permit);
  /* Translators: location, municipality (region) */
  g_string_append_printf (text, _("\n%s, %s (%s)"), m->location_name, m->location_municipality_name,
                          m->location_region_name != NULL ? m->location_region_name : "—");
  g_string_append (text, "\n");
  if (m->plan == NULL)
    g_string_append (text, _("No 18+ plan yet"));
  else if (m->plan_municipality_name != NULL)
    /* Translators: the plan, the receiving municipality (its region), and how education continues */
    g_string_append_printf (text, _("Plan: %s, %s (%s) · %s"),
                            schakel_code_label (SCHAKEL_CODE_LIST_ADULT_PLAN, m->plan->plan),
                            m->plan_municipality_name, m->plan_region_name != NULL ? m->plan_region_name : "—",
                            schakel_code_label (SCHAKEL_CODE_LIST_ADULT_EDUCATION, m->plan->education));
  else
    /* Translators: the plan, and how education continues */
    g_string_append_printf (text, _("Plan: %s, %s · %s"),
                            schakel_code_label (SCHAKEL_CODE_LIST_ADULT_PLAN, m->plan->plan),
                            _("municipality not known"),
                            schakel_code_label (SCHAKEL_CODE_LIST_ADULT_EDUCATION, m->plan->education));
  return g_markup_escape_text (text->str, -1);
}

static GtkWidget *
flag (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "status-pill");
  gtk_widget_add_css_class (label, "overdue");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  return label;
}

static void plan_clicked_cb (GtkButton *button, SchakelTurning18View *self);

static GtkWidget *
minor_row (SchakelTurning18View   *self,
           const SchakelTurning18 *m,
           guint                   index)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_label (_("Plan…"));
  g_autofree char *birthday = schakel_day_to_iso (m->birthday_18);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = minor_subtitle (m);

  /* Translators: minor, the day they turn 18, and in how many days */
  title = g_markup_printf_escaped (g_dngettext (GETTEXT_PACKAGE, "%s · 18 on %s (in %d day)",
                                                "%s · 18 on %s (in %d days)", m->days_left),
                                   m->jongere_id, birthday, m->days_left);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  if (m->plan_overdue)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), flag (_("No plan yet")));
  if (m->leaves_region)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), flag (_("Leaves the school’s region")));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (row), "index", GUINT_TO_POINTER (index));
  g_signal_connect_object (button, "clicked", G_CALLBACK (plan_clicked_cb), self, 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return row;
}

static void
show_minors (SchakelTurning18View *self)
{
  int within = gtk_drop_down_get_selected (self->window_dropdown) == 1 ? LONG_WINDOW_DAYS : SHORT_WINDOW_DAYS;
  gboolean flagged_only = gtk_toggle_button_get_active (self->flagged_toggle);
  g_autofree char *summary = NULL;
  GtkWidget *child;
  guint n_planned = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))) != NULL)
    gtk_list_box_remove (self->list_box, child);
  g_ptr_array_set_size (self->shown, 0);
  if (self->source.load == NULL)
    return;

  for (guint i = 0; i < self->source.load->items->len; i++)
    {
      const SchakelTurning18 *m = g_ptr_array_index (self->source.load->items, i);

      if (m->days_left > within || (flagged_only && !m->plan_overdue && !m->leaves_region))
        continue;
      n_planned += schakel_turning18_has_plan (m);
      gtk_list_box_append (self->list_box, minor_row (self, m, self->shown->len));
      g_ptr_array_add (self->shown, (gpointer) m);
    }
  /* Translators: "12 minors, 5 with a plan" */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minor, %u with a plan", "%u minors, %u with a plan",
                                          self->shown->len), self->shown->len, n_planned);
  gtk_label_set_label (self->summary_label, summary);
  gtk_stack_set_visible_child_name (self->stack, self->shown->len > 0 ? "list" : "empty");
}

static void
filter_changed_cb (SchakelTurning18View *self)
{
  if (!self->source.filling)
    show_minors (self);
}

static void
region_changed_cb (SchakelTurning18View *self)
{
  if (!self->source.filling)
    load_minors (self);
}

static void
load_minors (SchakelTurning18View *self)
{
  schakel_view_source_reload (&self->source);
}

static void
undo_cb (SchakelTurning18View *self)
{
  if (schakel_view_undo (GTK_WIDGET (self), self->db))
    load_minors (self);
}

static void
dialog_done_cb (SchakelTurning18View *self,
                const char           *message)
{
  schakel_view_toast (GTK_WIDGET (self), message, TRUE, G_CALLBACK (undo_cb), self);
  load_minors (self);
}

static void
open_plan (SchakelTurning18View *self,
           guint                 index)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SchakelPlanDialog *dialog;

  if (self->db == NULL || index >= self->shown->len)
    return;
  if (schakel_database_is_read_only (self->db))
    {
      schakel_view_toast (GTK_WIDGET (self), _("The database is open read-only"), FALSE, NULL, NULL);
      return;
    }
  dialog = schakel_plan_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->db,
                                    g_ptr_array_index (self->shown, index));
  g_signal_connect_object (dialog, "done", G_CALLBACK (dialog_done_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plan_clicked_cb (GtkButton            *button,
                 SchakelTurning18View *self)
{
  open_plan (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index")));
}

static void
row_activated_cb (SchakelTurning18View *self,
                  GtkListBoxRow        *row)
{
  open_plan (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "index")));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  undo_cb (SCHAKEL_TURNING18_VIEW (widget));
}

static void
schakel_turning18_view_dispose (GObject *object)
{
  SchakelTurning18View *self = SCHAKEL_TURNING18_VIEW (object);

  schakel_view_source_clear (&self->source);
  g_object_set_data (object, "schakel-view-source", NULL);
  g_clear_weak_pointer (&self->dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_TURNING18_VIEW);
  g_clear_object (&self->db);
  g_clear_pointer (&self->shown, g_ptr_array_unref);

  G_OBJECT_CLASS (schakel_turning18_view_parent_class)->dispose (object);
}

static void
schakel_turning18_view_class_init (SchakelTurning18ViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_turning18_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/schakel/Schakel/ui/schakel-turning18-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, SchakelTurning18View, box);
  gtk_widget_class_bind_template_child (widget_class, SchakelTurning18View, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelTurning18View, window_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelTurning18View, flagged_toggle);
  gtk_widget_class_bind_template_child (widget_class, SchakelTurning18View, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelTurning18View, stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelTurning18View, list_box);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, region_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "plans.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "plans.undo", NULL);
}

static void
schakel_turning18_view_init (SchakelTurning18View *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->source.view = GTK_WIDGET (self);
  self->source.region_dropdown = self->region_dropdown;
  self->source.stack = self->stack;
  self->source.func = load_func;
  self->source.loaded = (void (*) (GtkWidget *)) show_minors;
  self->shown = g_ptr_array_new ();
}

/**
 * schakel_turning18_view_set_database:
 * @self: the view
 * @db: (nullable): the database; plans are written through it
 */
void
schakel_turning18_view_set_database (SchakelTurning18View *self,
                                     SchakelDatabase      *db)
{
  g_return_if_fail (SCHAKEL_IS_TURNING18_VIEW (self));

  if (!g_set_object (&self->db, db))
    return;
  g_ptr_array_set_size (self->shown, 0);
  schakel_view_source_clear (&self->source);
  self->source.db = db;
  show_minors (self);
  load_minors (self);
}

gboolean
_schakel_turning18_view_is_busy (SchakelTurning18View *self)
{
  return self->source.cancellable != NULL;
}

GPtrArray *
_schakel_turning18_view_get_shown (SchakelTurning18View *self)
{
  return self->shown;
}

GtkListBox *
_schakel_turning18_view_get_list_box (SchakelTurning18View *self)
{
  return self->list_box;
}

GtkWindow *
_schakel_turning18_view_get_dialog (SchakelTurning18View *self)
{
  return self->dialog;
}

void
_schakel_turning18_view_set_within (SchakelTurning18View *self,
                                    int                   days)
{
  gtk_drop_down_set_selected (self->window_dropdown, days > SHORT_WINDOW_DAYS ? 1 : 0);
}

SchakelDay
_schakel_turning18_view_get_day (SchakelTurning18View *self)
{
  return self->source.load != NULL ? self->source.load->day : SCHAKEL_DAY_NONE;
}
