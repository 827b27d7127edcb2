/* schakel-dashboard-view.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The regional dashboard: a scope and a peildatum, tiles for the key
 * figures, warnings, and a sortable table of the scopes one level down.
 *
 * Nothing here waits on the database. A change of scope, date or
 * publication mode cancels the computation under way and starts another
 * in a worker thread (schakel-dashboard-loader.c); until it is done the
 * previous figures stay, dimmed, with a spinner beside the choosers.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "schakel-dashboard-row.h"
#include "schakel-dashboard-tile.h"
#include "schakel-dashboard-view.h"
#include "schakel-dashboard-view-private.h"

struct _SchakelDashboardView
{
  GtkWidget              parent_instance;

  /* template children */
  GtkWidget             *box;
  GtkMenuButton         *scope_button;
  GtkPopover            *scope_popover;
  GtkSearchEntry        *scope_search;
  GtkListBox            *scope_list;
  GtkMenuButton         *date_button;
  GtkPopover            *date_popover;
  GtkCalendar           *calendar;
  GtkLabel              *range_label;
  GtkSpinner            *spinner;
  GtkSwitch             *publication_switch;
  GtkStack              *content_stack;
  AdwStatusPage         *message_page;
  GtkWidget             *figures_box;
  GtkLabel              *heading_label;
  GtkBox                *warnings_box;
  GtkFlowBox            *tile_box;
  GtkLabel              *table_heading;
  GtkColumnView         *table;

  GSettings             *settings;
  char                  *db_path;         /* the workers open their own reading connections */
  gboolean               pending;         /* set_database() came while hidden */
  GCancellable          *range_cancellable;
  GCancellable          *cancellable;     /* the refresh under way */
  GCancellable          *minors_cancellable;
  SchakelDashboardRange *range;
  SchakelScope          *scope;
  SchakelDay             day;
  SchakelDashboardLoad  *load;            /* what is shown */
  GListStore            *rows;
  char                  *scope_needle;    /* folded search text */
  gboolean               loading;
  gboolean               setting_calendar;
};

G_DEFINE_FINAL_TYPE (SchakelDashboardView, schakel_dashboard_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

enum {
  SHOW_MINORS,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void refresh (SchakelDashboardView *self);

/* State */

static void
set_stale (GtkWidget *widget,
           gboolean   stale)
{
  if (stale)
    gtk_widget_add_css_class (widget, "dashboard-stale");
  else
    gtk_widget_remove_css_class (widget, "dashboard-stale");
}

/* While loading, the previous figures stay, dimmed, each part until its
 * new values arrive. */
static void
set_loading (SchakelDashboardView *self,
             gboolean              loading)
{
  if (loading)
    {
      set_stale (GTK_WIDGET (self->tile_box), TRUE);
      set_stale (GTK_WIDGET (self->warnings_box), TRUE);
      set_stale (GTK_WIDGET (self->table), TRUE);
    }
  if (self->loading == loading)
    return;
  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->figures_box), GTK_ACCESSIBLE_STATE_BUSY, loading, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_message (SchakelDashboardView *self,
              const char           *icon,
              const char           *title,
              const char           *description)
{
  adw_status_page_set_icon_name (self->message_page, icon);
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "message");
}

static const char *
scope_name (SchakelDashboardView *self,
            const SchakelScope   *scope)
{
  g_autofree char *text = schakel_scope_to_string (scope);

  for (guint i = 0; self->range != NULL && i < self->range->scopes->len; i++)
    {
      g_autofree char *other = schakel_scope_to_string (g_ptr_array_index (self->range->scopes, i));

      if (g_str_equal (text, other))
        return g_ptr_array_index (self->range->names, i);
    }
  return NULL;
}

static void
update_choosers (SchakelDashboardView *self)
{
  g_autofree char *day_text = self->day != SCHAKEL_DAY_NONE ? schakel_format_day (self->day) : NULL;
  const char *name = self->scope != NULL ? scope_name (self, self->scope) : NULL;

  gtk_menu_button_set_label (self->scope_button, name != NULL ? name : _("Netherlands"));
  gtk_menu_button_set_label (self->date_button, day_text != NULL ? day_text : "–");

  if (self->day != SCHAKEL_DAY_NONE)
    {
      g_autoptr(GDateTime) dt = schakel_day_to_date_time (self->day);

      self->setting_calendar = TRUE;
      gtk_calendar_select_day (self->calendar, dt);
      self->setting_calendar = FALSE;
    }
}

static void
save_choice (SchakelDashboardView *self)
{
  g_autofree char *scope = self->scope != NULL ? schakel_scope_to_string (self->scope) : NULL;
  char iso[SCHAKEL_ISO_DATE_LEN];

  if (self->settings == NULL || scope == NULL || self->day == SCHAKEL_DAY_NONE)
    return;
  schakel_day_format_iso (self->day, iso);
  g_settings_set_string (self->settings, "dashboard-scope", scope);
  /* The last day of the data is remembered as "the last day", so that
   * the dashboard follows newer data next time. */
  g_settings_set_string (self->settings, "dashboard-date",
                         self->range != NULL && self->day == self->range->last_day ? "" : iso);
}

/* Warnings */

static void
show_warnings (SchakelDashboardView *self,
               GPtrArray            *warnings)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->warnings_box))) != NULL)
    gtk_box_remove (self->warnings_box, child);

  for (guint i = 0; warnings != NULL && i < warnings->len; i++)
    {
      const SchakelMetricWarning *warning = g_ptr_array_index (warnings, i);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *icon = gtk_image_new_from_icon_name (warning->kind == SCHAKEL_METRIC_WARNING_COMPLETENESS
                                                      ? "dialog-information-symbolic"
                                                      : "dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (warning->message);

      gtk_widget_add_css_class (row, "dashboard-warning");
      gtk_widget_add_css_class (row, "card");
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      warning->kind == SCHAKEL_METRIC_WARNING_COMPLETENESS
                                      ? _("Note") : _("Warning"), -1);
      gtk_box_append (GTK_BOX (row), icon);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (self->warnings_box, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_box), warnings != NULL && warnings->len > 0);
}

/* Tiles */

static void
build_tiles (SchakelDashboardView *self)
{
  for (guint i = 0; schakel_dashboard_tile_ids[i] != NULL; i++)
    gtk_flow_box_append (self->tile_box,
                         schakel_dashboard_tile_new (schakel_metric_info_lookup (schakel_dashboard_tile_ids[i])));
}

static void
show_tiles (SchakelDashboardView *self,
            SchakelDashboardLoad *load)
{
  SchakelDay earlier_day = schakel_day_add_months (load->day, -3);

  for (guint i = 0; schakel_dashboard_tile_ids[i] != NULL; i++)
    {
      const char *id = schakel_dashboard_tile_ids[i];
      SchakelDashboardTile *tile = _schakel_dashboard_view_get_tile (self, id);
      const SchakelMetricValue *value = schakel_metrics_find (load->values, id);
      double trend[SCHAKEL_DASHBOARD_N_MONTHS];
      gboolean present[SCHAKEL_DASHBOARD_N_MONTHS];
      guint n = load->series != NULL ? MIN (load->series->n_dates, SCHAKEL_DASHBOARD_N_MONTHS) : 0;

      for (guint d = 0; d < n; d++)
        {
          const SchakelMetricValue *v = schakel_metrics_series_get (load->series, d, i);

          trend[d] = v != NULL ? v->value : NAN;
          present[d] = v != NULL && !v->suppressed && !isnan (v->value);
        }
      if (tile != NULL && value != NULL)
        schakel_dashboard_tile_set_values (tile, value, load->series != NULL,
                                           schakel_metrics_find (load->earlier, id),
                                           earlier_day, trend, present, n);
      if (tile != NULL)
        schakel_dashboard_tile_set_steps (tile, load->steps != NULL ? g_hash_table_lookup (load->steps, id) : NULL);
    }
}

/* Table */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), GPOINTER_TO_INT (user_data) < 0 ? 0.0 : 1.0);
  gtk_widget_add_css_class (label, "tabular-nums");
  gtk_list_item_set_child (item, label);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  SchakelDashboardRow *row = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), schakel_dashboard_row_get_name (row));
}

static void
bind_value_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  SchakelDashboardRow *row = gtk_list_item_get_item (item);
  const SchakelMetricValue *value = schakel_dashboard_row_get_value (row, GPOINTER_TO_UINT (user_data));
  g_autofree char *text = value != NULL ? schakel_metric_value_format (value) : g_strdup ("–");

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
add_column (SchakelDashboardView *self,
            const char           *title,
            int                   metric_column,
            GtkSorter            *sorter)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label_cb), GINT_TO_POINTER (metric_column));
  if (metric_column < 0)
    g_signal_connect (factory, "bind", G_CALLBACK (bind_name_cb), NULL);
  else
    g_signal_connect (factory, "bind", G_CALLBACK (bind_value_cb), GINT_TO_POINTER (metric_column));
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_resizable (column, TRUE);
  if (metric_column < 0)
    gtk_column_view_column_set_expand (column, TRUE);
  gtk_column_view_append_column (self->table, column);
  g_object_unref (column);
  g_object_unref (sorter);
}

static void
build_table (SchakelDashboardView *self)
{
  GtkSortListModel *sorted;

  self->rows = g_list_store_new (SCHAKEL_TYPE_DASHBOARD_ROW);
  add_column (self, _("Name"), -1,
              GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (SCHAKEL_TYPE_DASHBOARD_ROW,
                                                                              NULL, "name"))));
  for (guint i = 0; schakel_dashboard_table_ids[i] != NULL; i++)
    {
      const SchakelMetricInfo *info = schakel_metric_info_lookup (schakel_dashboard_table_ids[i]);
      GtkExpression *expression = gtk_cclosure_expression_new (G_TYPE_DOUBLE, NULL, 0, NULL,
                                                               G_CALLBACK (schakel_dashboard_row_sort_value),
                                                               GUINT_TO_POINTER (i), NULL);

      add_column (self, _(info->label), (int) i, GTK_SORTER (gtk_numeric_sorter_new (expression)));
    }
  sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->rows)),
                                    g_object_ref (gtk_column_view_get_sorter (self->table)));
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (sorted))));
}

static void
show_table (SchakelDashboardView *self,
            SchakelDashboardLoad *load)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  const char *heading = NULL;

  for (guint i = 0; i < load->children->len; i++)
    g_ptr_array_add (rows, schakel_dashboard_row_new (g_ptr_array_index (load->children, i)));
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       rows->pdata, rows->len);

  switch (schakel_scope_get_kind (load->scope))
    {
    case SCHAKEL_SCOPE_NATIONAL:
      heading = _("Regions");
      break;
    case SCHAKEL_SCOPE_PROVINCE:
    case SCHAKEL_SCOPE_REGION:
      heading = _("Municipalities");
      break;
    case SCHAKEL_SCOPE_MUNICIPALITY:
    default:
      break;
    }
  gtk_label_set_label (self->table_heading, heading != NULL ? heading : "");
  gtk_widget_set_visible (GTK_WIDGET (self->table_heading), heading != NULL && rows->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->table), heading != NULL && rows->len > 0);
}

static void
show_figures (SchakelDashboardView *self,
              SchakelDashboardLoad *load)
{
  g_autofree char *day_text = schakel_format_day (load->day);
  g_autofree char *heading = NULL;

  /* Translators: the dashboard's heading: a region or municipality and the peildatum, e.g. "Utrecht on 1 November 2026" */
  heading = g_strdup_printf (_("%s on %s"), load->scope_name, day_text);
  gtk_label_set_label (self->heading_label, heading);
  show_warnings (self, load->warnings);
  show_tiles (self, load);
  set_stale (GTK_WIDGET (self->tile_box), FALSE);
  set_stale (GTK_WIDGET (self->warnings_box), FALSE);
  gtk_stack_set_visible_child_name (self->content_stack, "figures");
}

/* Loading */

static void start_stage (SchakelDashboardView   *self,
                         SchakelDashboardStages  stage);

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SchakelDashboardView) self = user_data;
  g_autoptr(GError) error = NULL;
  SchakelDashboardLoad *part = schakel_dashboard_load_finish (result, &error);

  /* A newer refresh, or dispose, cancelled this one: leave the view alone. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable ||
      g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_pointer (&part, schakel_dashboard_load_free);
      return;
    }
  if (part == NULL)
    {
      set_loading (self, FALSE);
      show_message (self, "dialog-error-symbolic", _("Cannot Compute the Figures"), error->message);
      return;
    }

  switch (part->stages)
    {
    case SCHAKEL_DASHBOARD_FIGURES:
      g_clear_pointer (&self->load, schakel_dashboard_load_free);
      self->load = part;
      show_figures (self, self->load);
      /* The two slower parts run side by side, each on a core of its own. */
      start_stage (self, SCHAKEL_DASHBOARD_SERIES);
      start_stage (self, SCHAKEL_DASHBOARD_TABLE);
      break;
    case SCHAKEL_DASHBOARD_SERIES:
      schakel_dashboard_load_merge (self->load, part);
      show_tiles (self, self->load);
      break;
    case SCHAKEL_DASHBOARD_TABLE:
      schakel_dashboard_load_merge (self->load, part);
      show_table (self, self->load);
      set_stale (GTK_WIDGET (self->table), FALSE);
      break;
    case SCHAKEL_DASHBOARD_ALL:
    default:
      g_assert_not_reached ();
    }
  if (self->load->stages == SCHAKEL_DASHBOARD_ALL)
    set_loading (self, FALSE);
}

static void
start_stage (SchakelDashboardView   *self,
             SchakelDashboardStages  stage)
{
  schakel_dashboard_load_async (self->db_path, self->scope, self->day,
                                gtk_switch_get_active (self->publication_switch), stage,
                                self->cancellable, load_done_cb, g_object_ref (self));
}

/* The figures come first; then the sparklines with the comparison with a
 * quarter earlier, and the table: each is shown as soon as it is there. */
static void
refresh (SchakelDashboardView *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->db_path == NULL || self->scope == NULL || self->day == SCHAKEL_DAY_NONE)
    return;

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  start_stage (self, SCHAKEL_DASHBOARD_FIGURES);
}

/* Scope chooser */

static char *
fold (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : text, -1);
}

static const char *
kind_name (const SchakelScope *scope)
{
  switch (schakel_scope_get_kind (scope))
    {
    case SCHAKEL_SCOPE_NATIONAL:
      return _("Country");
    case SCHAKEL_SCOPE_PROVINCE:
      return _("Province");
    case SCHAKEL_SCOPE_REGION:
      return _("Region");
    case SCHAKEL_SCOPE_MUNICIPALITY:
      return _("Municipality");
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
scope_filter_func (GtkListBoxRow *row,
                   gpointer       user_data)
{
  SchakelDashboardView *self = user_data;
  const char *folded = g_object_get_data (G_OBJECT (row), "folded");

  return self->scope_needle == NULL || strstr (folded, self->scope_needle) != NULL;
}

static void
fill_scope_list (SchakelDashboardView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->scope_list))) != NULL)
    gtk_list_box_remove (self->scope_list, child);

  for (guint i = 0; self->range != NULL && i < self->range->scopes->len; i++)
    {
      const SchakelScope *scope = g_ptr_array_index (self->range->scopes, i);
      const char *name = g_ptr_array_index (self->range->names, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *label = gtk_label_new (name);
      GtkWidget *kind = gtk_label_new (kind_name (scope));

      gtk_widget_set_hexpand (label, TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (kind, "dim-label");
      gtk_widget_add_css_class (kind, "caption");
      /* Municipalities sit one step in, under their regions. */
      if (schakel_scope_get_kind (scope) == SCHAKEL_SCOPE_MUNICIPALITY)
        gtk_widget_set_margin_start (label, 12);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), kind);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      g_object_set_data (G_OBJECT (row), "scope-index", GUINT_TO_POINTER (i));
      g_object_set_data_full (G_OBJECT (row), "folded", fold (name), g_free);
      gtk_list_box_append (self->scope_list, row);
    }
}

static void
choose_scope (SchakelDashboardView *self,
              const SchakelScope   *scope)
{
  g_clear_pointer (&self->scope, schakel_scope_free);
  self->scope = schakel_scope_copy (scope);
  update_choosers (self);
  save_choice (self);
  refresh (self);
}

static void
scope_popover_show_cb (SchakelDashboardView *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->scope_search), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->scope_search));
}

static void
scope_search_changed_cb (SchakelDashboardView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->scope_search));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  g_clear_pointer (&self->scope_needle, g_free);
  if (stripped[0] != '\0')
    self->scope_needle = fold (stripped);
  gtk_list_box_invalidate_filter (self->scope_list);
}

static void
scope_list_row_activated_cb (SchakelDashboardView *self,
                             GtkListBoxRow        *row)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "scope-index"));

  gtk_popover_popdown (self->scope_popover);
  choose_scope (self, g_ptr_array_index (self->range->scopes, index));
}

/* Enter takes the first row that matches the search. */
static void
scope_search_activate_cb (SchakelDashboardView *self)
{
  /* The entry reports a change only after a short delay; Enter may come first. */
  scope_search_changed_cb (self);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->scope_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && scope_filter_func (GTK_LIST_BOX_ROW (child), self))
      {
        scope_list_row_activated_cb (self, GTK_LIST_BOX_ROW (child));
        return;
      }
}

/* Date chooser */

static SchakelDay
clamp_day (SchakelDashboardView *self,
           SchakelDay            day)
{
  if (self->range == NULL || self->range->last_day == SCHAKEL_DAY_NONE)
    return SCHAKEL_DAY_NONE;
  return CLAMP (day, self->range->first_day, self->range->last_day);
}

static void
calendar_day_selected_cb (SchakelDashboardView *self)
{
  g_autoptr(GDateTime) dt = gtk_calendar_get_date (self->calendar);
  SchakelDay day, clamped;

  if (self->setting_calendar)
    return;
  day = schakel_day_from_ymd (g_date_time_get_year (dt), g_date_time_get_month (dt),
                              g_date_time_get_day_of_month (dt));
  /* GTK 4.8's calendar has no range: a day outside the data snaps to its edge. */
  clamped = clamp_day (self, day);
  if (clamped == SCHAKEL_DAY_NONE)
    return;
  if (clamped == self->day)
    {
      update_choosers (self);
      return;
    }
  schakel_dashboard_view_set_day (self, clamped);
  if (clamped == day)
    gtk_popover_popdown (self->date_popover);
}

static void
last_day_button_clicked_cb (SchakelDashboardView *self)
{
  gtk_popover_popdown (self->date_popover);
  if (self->range != NULL && self->range->last_day != SCHAKEL_DAY_NONE)
    schakel_dashboard_view_set_day (self, self->range->last_day);
}

static void
publication_switch_notify_active_cb (SchakelDashboardView *self)
{
  refresh (self);
}

/* The minors behind a figure */

typedef struct
{
  char         *path;
  SchakelScope *scope;
  SchakelDay    day;
  char         *metric_id;
} MinorsRequest;

static void
minors_request_free (MinorsRequest *request)
{
  g_free (request->path);
  schakel_scope_free (request->scope);
  g_free (request->metric_id);
  g_free (request);
}

static void
minors_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  MinorsRequest *request = task_data;
  g_autoptr(SchakelDatabase) reader = NULL;
  GArray *ids;
  GError *error = NULL;

  if (!(reader = schakel_database_open (request->path, SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !(ids = schakel_metrics_minors_behind (reader, request->scope, request->day, request->metric_id,
                                             cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, ids, (GDestroyNotify) g_array_unref);
}

static void
minors_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SchakelDashboardView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_task_propagate_pointer (G_TASK (result), &error);
  MinorsRequest *request = g_task_get_task_data (G_TASK (result));
  const SchakelMetricInfo *info = schakel_metric_info_lookup (request->metric_id);
  g_autofree char *day_text = schakel_format_day (request->day);
  g_autofree char *name = schakel_scope_to_string (request->scope);
  g_autofree char *description = NULL;
  const char *scope_text;

  if (g_task_get_cancellable (G_TASK (result)) != self->minors_cancellable ||
      g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED))
    return;
  if (ids == NULL)
    {
      g_warning ("Cannot list the minors behind a figure: %s", error->message);
      return;
    }
  scope_text = scope_name (self, request->scope);
  /* Translators: the filter on the Minors list after a dashboard figure was clicked,
   * e.g. "Behind ‘In education’ in Utrecht on 1 November 2026" */
  description = g_strdup_printf (_("Behind ‘%s’ in %s on %s"), _(info->label),
                                 scope_text != NULL ? scope_text : name, day_text);
  g_signal_emit (self, signals[SHOW_MINORS], 0, description, ids);
}

static void
tile_box_child_activated_cb (SchakelDashboardView *self,
                             GtkFlowBoxChild      *child)
{
  SchakelDashboardTile *tile = SCHAKEL_DASHBOARD_TILE (child);
  g_autoptr(GTask) task = NULL;
  MinorsRequest *request;

  if (!schakel_dashboard_tile_get_lists_minors (tile) || self->load == NULL || self->db_path == NULL)
    return;

  g_cancellable_cancel (self->minors_cancellable);
  g_clear_object (&self->minors_cancellable);
  self->minors_cancellable = g_cancellable_new ();

  request = g_new0 (MinorsRequest, 1);
  request->path = g_strdup (self->db_path);
  request->scope = schakel_scope_copy (self->load->scope);
  request->day = self->load->day;
  request->metric_id = g_strdup (schakel_dashboard_tile_get_info (tile)->id);
  task = g_task_new (NULL, self->minors_cancellable, minors_done_cb, g_object_ref (self));
  g_task_set_task_data (task, request, (GDestroyNotify) minors_request_free);
  g_task_run_in_thread (task, minors_worker);
}

/* A row of the table opens that scope. */
static void
table_activate_cb (SchakelDashboardView *self,
                   guint                 position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (self->table));
  g_autoptr(SchakelDashboardRow) row = g_list_model_get_item (model, position);

  if (row != NULL)
    schakel_dashboard_view_set_scope (self, schakel_dashboard_row_get_scope (row));
}

/* Database */

static void
range_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SchakelDashboardView) self = user_data;
  g_autoptr(GError) error = NULL;
  SchakelDashboardRange *range = schakel_dashboard_range_finish (result, &error);
  g_autofree char *saved_scope = NULL;
  g_autofree char *saved_date = NULL;
  g_autofree char *first = NULL, *last = NULL, *range_text = NULL;
  g_autoptr(SchakelScope) scope = NULL;
  SchakelDay day = SCHAKEL_DAY_NONE;

  if (g_task_get_cancellable (G_TASK (result)) != self->range_cancellable)
    {
      g_clear_pointer (&range, schakel_dashboard_range_free);
      return;
    }
  if (range == NULL)
    {
      set_loading (self, FALSE);
      show_message (self, "dialog-error-symbolic", _("Cannot Show the Dashboard"), error->message);
      return;
    }
  g_clear_pointer (&self->range, schakel_dashboard_range_free);
  self->range = range;
  fill_scope_list (self);

  if (range->last_day == SCHAKEL_DAY_NONE)
    {
      set_loading (self, FALSE);
      show_message (self, "view-grid-symbolic", _("No Figures Yet"),
                    _("This database holds no placements. Import data to see how a region is doing."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->scope_button), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->date_button), FALSE);
      return;
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->scope_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_button), TRUE);

  first = schakel_format_day (range->first_day);
  last = schakel_format_day (range->last_day);
  /* Translators: the dates a peildatum can be chosen from, e.g. "The data run from 1 January 2022 to 1 November 2026." */
  range_text = g_strdup_printf (_("The data run from %s to %s."), first, last);
  gtk_label_set_label (self->range_label, range_text);

  /* The last choice, if it still makes sense for this database. */
  if (self->settings != NULL)
    {
      saved_scope = g_settings_get_string (self->settings, "dashboard-scope");
      saved_date = g_settings_get_string (self->settings, "dashboard-date");
    }
  if (saved_scope != NULL && (scope = schakel_scope_parse (saved_scope, NULL)) != NULL &&
      scope_name (self, scope) == NULL)
    g_clear_pointer (&scope, schakel_scope_free);
  if (scope == NULL)
    scope = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  if (saved_date == NULL || !schakel_day_parse_iso (saved_date, &day))
    day = range->last_day;

  g_clear_pointer (&self->scope, schakel_scope_free);
  self->scope = g_steal_pointer (&scope);
  self->day = clamp_day (self, day);
  update_choosers (self);
  refresh (self);
}

static void
start_range (SchakelDashboardView *self)
{
  self->pending = FALSE;
  self->range_cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  schakel_dashboard_range_async (self->db_path, self->range_cancellable, range_done_cb, g_object_ref (self));
}

/* GObject */

static void
schakel_dashboard_view_map (GtkWidget *widget)
{
  SchakelDashboardView *self = SCHAKEL_DASHBOARD_VIEW (widget);

  GTK_WIDGET_CLASS (schakel_dashboard_view_parent_class)->map (widget);
  if (self->pending)
    start_range (self);
}

static void
schakel_dashboard_view_dispose (GObject *object)
{
  SchakelDashboardView *self = SCHAKEL_DASHBOARD_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->range_cancellable);
  g_cancellable_cancel (self->minors_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_DASHBOARD_VIEW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->range_cancellable);
  g_clear_object (&self->minors_cancellable);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_object (&self->rows);
  g_clear_pointer (&self->range, schakel_dashboard_range_free);
  g_clear_pointer (&self->load, schakel_dashboard_load_free);
  g_clear_pointer (&self->scope, schakel_scope_free);
  g_clear_pointer (&self->scope_needle, g_free);
  G_OBJECT_CLASS (schakel_dashboard_view_parent_class)->dispose (object);
}

static void
schakel_dashboard_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  SchakelDashboardView *self = SCHAKEL_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, schakel_dashboard_view_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_dashboard_view_class_init (SchakelDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_dashboard_view_dispose;
  object_class->get_property = schakel_dashboard_view_get_property;
  widget_class->map = schakel_dashboard_view_map;

  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                                                   G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SchakelDashboardView::show-minors:
   * @description: what the minors are, for the filter bar
   * @ids: (element-type gint64): their database ids
   *
   * The user asked for the minors behind a figure.
   */
  signals[SHOW_MINORS] = g_signal_new ("show-minors", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ARRAY);

  gtk_widget_class_set_template_from_resource (widget_class, "/nl/schakel/Schakel/ui/schakel-dashboard-view.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, box);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, scope_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, scope_popover);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, scope_search);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, scope_list);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, date_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, date_popover);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, calendar);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, range_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, spinner);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, publication_switch);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, message_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, figures_box);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, warnings_box);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, tile_box);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, table_heading);
  gtk_widget_class_bind_template_child (widget_class, SchakelDashboardView, table);
  gtk_widget_class_bind_template_callback (widget_class, scope_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, last_day_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, publication_switch_notify_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, tile_box_child_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, table_activate_cb);
}

static void
schakel_dashboard_view_init (SchakelDashboardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->day = SCHAKEL_DAY_NONE;
  self->settings = g_settings_new (APP_ID);
  gtk_list_box_set_filter_func (self->scope_list, scope_filter_func, self, NULL);
  build_tiles (self);
  build_table (self);
  show_message (self, "view-grid-symbolic", _("Dashboard"), _("Open a database to see how a region is doing."));
}

/* Public API */

GtkWidget *
schakel_dashboard_view_new (void)
{
  return g_object_new (SCHAKEL_TYPE_DASHBOARD_VIEW, NULL);
}

/**
 * schakel_dashboard_view_set_database:
 * @self: a dashboard
 * @db: (nullable): the database
 *
 * Shows the figures of @db for the scope and date chosen last time.
 */
void
schakel_dashboard_view_set_database (SchakelDashboardView *self,
                                     SchakelDatabase      *db)
{
  g_return_if_fail (SCHAKEL_IS_DASHBOARD_VIEW (self));

  g_cancellable_cancel (self->range_cancellable);
  g_clear_object (&self->range_cancellable);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->load, schakel_dashboard_load_free);
  g_clear_pointer (&self->range, schakel_dashboard_range_free);
  self->day = SCHAKEL_DAY_NONE;
  self->pending = FALSE;

  if (db == NULL)
    {
      set_loading (self, FALSE);
      show_message (self, "view-grid-symbolic", _("Dashboard"), _("Open a database to see how a region is doing."));
      return;
    }
  self->db_path = g_strdup (schakel_database_get_path (db));
  show_message (self, "view-grid-symbolic", _("Computing the Figures"), NULL);
  /* Computing costs seconds on national data: only when it is looked at. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_range (self);
  else
    self->pending = TRUE;
}

/**
 * schakel_dashboard_view_set_scope:
 * @self: a dashboard
 * @scope: a scope as schakel_scope_parse() reads it
 *
 * Returns: %FALSE when @scope is not one of those the dashboard offers
 */
gboolean
schakel_dashboard_view_set_scope (SchakelDashboardView *self,
                                  const char           *scope)
{
  g_autoptr(SchakelScope) parsed = NULL;

  g_return_val_if_fail (SCHAKEL_IS_DASHBOARD_VIEW (self), FALSE);

  if (scope == NULL || (parsed = schakel_scope_parse (scope, NULL)) == NULL || scope_name (self, parsed) == NULL)
    return FALSE;
  choose_scope (self, parsed);
  return TRUE;
}

/**
 * schakel_dashboard_view_dup_scope:
 * @self: a dashboard
 *
 * Returns: (transfer full) (nullable): the scope as text
 */
char *
schakel_dashboard_view_dup_scope (SchakelDashboardView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_DASHBOARD_VIEW (self), NULL);

  return self->scope != NULL ? schakel_scope_to_string (self->scope) : NULL;
}

/**
 * schakel_dashboard_view_set_day:
 * @self: a dashboard
 * @day: the peildatum; kept within the data's range
 */
void
schakel_dashboard_view_set_day (SchakelDashboardView *self,
                                SchakelDay            day)
{
  g_return_if_fail (SCHAKEL_IS_DASHBOARD_VIEW (self));

  day = clamp_day (self, day);
  if (day == SCHAKEL_DAY_NONE)
    return;
  self->day = day;
  update_choosers (self);
  save_choice (self);
  refresh (self);
}

SchakelDay
schakel_dashboard_view_get_day (SchakelDashboardView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_DASHBOARD_VIEW (self), SCHAKEL_DAY_NONE);

  return self->day;
}

gboolean
schakel_dashboard_view_get_loading (SchakelDashboardView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_DASHBOARD_VIEW (self), FALSE);

  return self->loading;
}

/* Private API, for the tests */

SchakelDashboardTile *
_schakel_dashboard_view_get_tile (SchakelDashboardView *self,
                                  const char           *metric_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->tile_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SCHAKEL_IS_DASHBOARD_TILE (child) &&
        g_str_equal (schakel_dashboard_tile_get_info (SCHAKEL_DASHBOARD_TILE (child))->id, metric_id))
      return SCHAKEL_DASHBOARD_TILE (child);
  return NULL;
}

GtkSwitch *
_schakel_dashboard_view_get_publication (SchakelDashboardView *self)
{
  return self->publication_switch;
}

GtkFlowBox *
_schakel_dashboard_view_get_tile_box (SchakelDashboardView *self)
{
  return self->tile_box;
}

GtkColumnView *
_schakel_dashboard_view_get_table (SchakelDashboardView *self)
{
  return self->table;
}

GtkWidget *
_schakel_dashboard_view_get_warnings_box (SchakelDashboardView *self)
{
  return GTK_WIDGET (self->warnings_box);
}

const char *
_schakel_dashboard_view_get_page (SchakelDashboardView *self)
{
  return gtk_stack_get_visible_child_name (self->content_stack);
}

GtkSearchEntry *
_schakel_dashboard_view_get_scope_search (SchakelDashboardView *self)
{
  return self->scope_search;
}
