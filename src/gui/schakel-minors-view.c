/* schakel-minors-view.c — the Jongeren list.
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
 * Every minor of the database, 100,000 rows for a national data set. The
 * rows load in a worker thread on a reading connection of its own. The
 * model chain is store → sort → filter → selection: sorting happens only
 * when a header is clicked, and a new search or filter re-runs only the
 * filter, never the sort.
 *
 * This file wires the parts together: schakel-minors-loader.c reads the
 * rows, schakel-minors-filter.c decides which pass, schakel-minors-columns.c
 * shows and sorts them, by the ranks of schakel-minors-ranks.c.
 *
 * Neither model is incremental. On 100,000 rows with GTK 4.8 a full
 * filter or sort took 25–230 ms on a slow two-core build machine, while
 * the incremental models hand the work out in batches of 512 rows between
 * frames, so the count kept changing for seconds. What makes it fast: no
 * filter at all while nothing is filtered (refilter), names sorted by a
 * rank computed once per load instead of a collation key per row and
 * sort, search text folded once per distinct municipality or school, and
 * tooltips computed only when shown (setting one on every bind costs an
 * X round trip per cell).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "schakel-minors-columns.h"
#include "schakel-minors-filter.h"
#include "schakel-minors-loader.h"
#include "schakel-minors-view.h"
#include "schakel-minors-view-private.h"

struct _SchakelMinorsView
{
  GtkWidget             parent_instance;

  /* template children */
  GtkWidget            *box;
  GtkFlowBox           *filter_box;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *region_dropdown;
  GtkDropDown          *amv_dropdown;
  GtkDropDown          *location_dropdown;
  GtkDropDown          *education_dropdown;
  GtkStack             *content_stack;
  GtkSpinner           *spinner;
  GtkColumnView        *column_view;
  AdwStatusPage        *message_page;
  GtkLabel             *count_label;
  GtkLabel             *peildatum_label;
  GtkRevealer          *ids_revealer;
  GtkLabel             *ids_label;

  SchakelDatabase      *db;
  GCancellable         *cancellable;
  SchakelDay            day;
  gboolean              loading;
  gboolean              loaded;

  GListStore           *minors;
  GtkSortListModel     *sort_model;
  GtkFilterListModel   *filter_model;
  GtkSingleSelection   *selection;
  GtkCustomFilter      *filter;

  SchakelMinorsFilter  *filter_state;
  SchakelMinorsColumns *columns;
  GPtrArray            *region_codes;    /* drop-down position → code; [0] NULL: all */
  gboolean              updating_dropdowns;
};

G_DEFINE_FINAL_TYPE (SchakelMinorsView, schakel_minors_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_LOADING,
  N_PROPS
};

enum {
  MINOR_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Filtering */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  return schakel_minors_filter_match (user_data, item);
}

/* A new order or selection starts at its first row. GTK 4.8 has no
 * gtk_column_view_scroll_to(); the column view's inner list view has the
 * list.scroll-to-item action, which scrolls by item rather than by pixel
 * and so also works before the changed list is laid out again. */
static void
scroll_to_top (SchakelMinorsView *self)
{
  if (self->column_view == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
        break;
      }
}

/* With nothing to filter on the model has no filter at all, so every row
 * passes without being looked at. */
static void
refilter (SchakelMinorsView *self,
          GtkFilterChange    change)
{
  if (!schakel_minors_filter_is_active (self->filter_state))
    gtk_filter_list_model_set_filter (self->filter_model, NULL);
  else if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), change);

  scroll_to_top (self);
}

/* Display */

static void
update_state (SchakelMinorsView *self)
{
  guint n_total = self->minors != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->minors)) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gboolean filtering = gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
                       gtk_sort_list_model_get_pending (self->sort_model) > 0;
  g_autofree char *shown = schakel_format_count (n_shown);
  g_autofree char *total = schakel_format_count (n_total);
  g_autofree char *count = NULL;
  const char *page = "list";

  if (self->loading)
    {
      gtk_label_set_label (self->count_label, "");
      page = "loading";
    }
  else if (!self->loaded)
    {
      gtk_label_set_label (self->count_label, "");
      page = "message";
    }
  else
    {
      /* Translators: "1,234 of 6,000 minors"; the plural follows the second number. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s minor", "%s of %s minors", n_total),
                               shown, total);
      gtk_label_set_label (self->count_label, count);

      if (n_total == 0)
        {
          adw_status_page_set_icon_name (self->message_page, "schakel-minors-symbolic");
          adw_status_page_set_title (self->message_page, _("No Minors"));
          adw_status_page_set_description (self->message_page,
                                           _("This database holds no minors yet."));
          page = "message";
        }
      else if (n_shown == 0 && !filtering)
        {
          adw_status_page_set_icon_name (self->message_page, "system-search-symbolic");
          adw_status_page_set_title (self->message_page, _("No Matching Minors"));
          adw_status_page_set_description (self->message_page,
                                           _("No minor matches the search and filters. Try another search or fewer filters."));
          page = "message";
        }
    }

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), page))
    gtk_stack_set_visible_child_name (self->content_stack, page);
}

static void
set_loading (SchakelMinorsView *self,
             gboolean           loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_error (SchakelMinorsView *self,
            const GError      *error)
{
  self->loaded = FALSE;
  adw_status_page_set_icon_name (self->message_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->message_page, _("Cannot Show the Minors"));
  adw_status_page_set_description (self->message_page, error->message);
  set_loading (self, FALSE);
  update_state (self);
}

static void
show_peildatum (SchakelMinorsView *self)
{
  g_autofree char *date_text = schakel_format_day (self->day);
  g_autofree char *peildatum = NULL;

  /* Translators: the day (peildatum) the list describes, e.g. "State on 28 November 2026" */
  peildatum = g_strdup_printf (_("State on %s"), date_text);
  gtk_label_set_label (self->peildatum_label, peildatum);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->peildatum_label),
                               self->day == schakel_day_today ()
                               ? _("Location, school and age as of today")
                               : _("The data ends before today, so the list shows its last day"));
}

/* Filter drop-downs */

static void
fill_region_dropdown (SchakelMinorsView *self,
                      GPtrArray         *regions)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  self->region_codes = g_ptr_array_new_with_free_func (g_free);

  gtk_string_list_append (model, _("All regions"));
  g_ptr_array_add (self->region_codes, NULL);
  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      const SchakelRegion *region = g_ptr_array_index (regions, i);

      gtk_string_list_append (model, region->name);
      g_ptr_array_add (self->region_codes, g_strdup (region->code));
    }

  self->updating_dropdowns = TRUE;
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->region_dropdown, 0);
  self->updating_dropdowns = FALSE;
}

/* See the SCHAKEL_LOCATION_CHOICE_* positions. */
static void
fill_location_dropdown (SchakelMinorsView *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  const SchakelCode *types;
  guint n_types;

  types = schakel_code_list_get (SCHAKEL_CODE_LIST_LOCATION_TYPE, &n_types);
  gtk_string_list_append (model, _("All location types"));
  /* Translators: a filter choice: every minor who has a place in reception, whatever its type */
  gtk_string_list_append (model, _("In reception"));
  for (guint i = 0; i < n_types; i++)
    gtk_string_list_append (model, schakel_minors_location_label (types[i].code));
  gtk_string_list_append (model, schakel_minors_location_label (NULL));

  gtk_drop_down_set_model (self->location_dropdown, G_LIST_MODEL (model));
}

static void
read_location_dropdown (SchakelMinorsView *self)
{
  guint selected = gtk_drop_down_get_selected (self->location_dropdown);
  const SchakelCode *types;
  guint n_types;

  types = schakel_code_list_get (SCHAKEL_CODE_LIST_LOCATION_TYPE, &n_types);
  if (selected == GTK_INVALID_LIST_POSITION || selected == SCHAKEL_LOCATION_CHOICE_ALL)
    schakel_minors_filter_set_location (self->filter_state, SCHAKEL_LOCATION_ALL, NULL);
  else if (selected == SCHAKEL_LOCATION_CHOICE_PLACED)
    schakel_minors_filter_set_location (self->filter_state, SCHAKEL_LOCATION_PLACED, NULL);
  else if (selected - SCHAKEL_LOCATION_CHOICE_FIRST_TYPE < n_types)
    schakel_minors_filter_set_location (self->filter_state, SCHAKEL_LOCATION_TYPE,
                                        types[selected - SCHAKEL_LOCATION_CHOICE_FIRST_TYPE].code);
  else
    schakel_minors_filter_set_location (self->filter_state, SCHAKEL_LOCATION_NOT_PLACED, NULL);
}

/* The amv and education drop-downs list their choices in the order of
 * their filter enums. */
static guint
selected_choice (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  return selected != GTK_INVALID_LIST_POSITION ? selected : 0;
}

static void
read_dropdowns (SchakelMinorsView *self)
{
  guint region = gtk_drop_down_get_selected (self->region_dropdown);

  schakel_minors_filter_set_region (self->filter_state, _schakel_minors_view_get_region_code (self, region));
  read_location_dropdown (self);
  schakel_minors_filter_set_amv (self->filter_state, selected_choice (self->amv_dropdown));
  schakel_minors_filter_set_education (self->filter_state, selected_choice (self->education_dropdown));
}

/* Callbacks */

static void
filter_dropdown_notify_selected_cb (SchakelMinorsView *self,
                                    GParamSpec        *pspec,
                                    GtkDropDown       *dropdown)
{
  if (self->updating_dropdowns)
    return;

  read_dropdowns (self);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_entry_search_changed_cb (SchakelMinorsView *self,
                                GtkSearchEntry    *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  SchakelSearchChange change;

  if (!schakel_minors_filter_set_search (self->filter_state, text, &change))
    return;

  switch (change)
    {
    case SCHAKEL_SEARCH_MORE_STRICT:
      refilter (self, GTK_FILTER_CHANGE_MORE_STRICT);
      break;
    case SCHAKEL_SEARCH_LESS_STRICT:
      refilter (self, GTK_FILTER_CHANGE_LESS_STRICT);
      break;
    case SCHAKEL_SEARCH_DIFFERENT:
    default:
      refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
      break;
    }
}

static void
search_entry_stop_search_cb (SchakelMinorsView *self,
                             GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
column_view_activate_cb (SchakelMinorsView *self,
                         guint              position,
                         GtkColumnView     *column_view)
{
  g_autoptr(SchakelMinorSummary) minor = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (minor != NULL)
    g_signal_emit (self, signals[MINOR_ACTIVATED], 0, minor);
}

static void
model_changed_cb (SchakelMinorsView *self)
{
  update_state (self);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SchakelMinorsView) self = user_data;
  g_autoptr(SchakelMinorsLoad) load = NULL;
  g_autoptr(GError) error = NULL;

  load = schakel_minors_load_finish (result, &error);

  /* A newer load or dispose cancelled this one; leave the view alone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (load == NULL)
    {
      /* The message can name the file; the journal gets only the code. */
      g_warning ("Cannot load the minors (%s error %d)", g_quark_to_string (error->domain), error->code);
      show_error (self, error);
      return;
    }

  self->day = load->day;
  schakel_minors_filter_forget_rows (self->filter_state);
  schakel_minors_columns_set_ranks (self->columns, load->ranks);
  g_set_object (&self->minors, load->minors);
  fill_region_dropdown (self, load->regions);
  read_dropdowns (self);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->minors));
  show_peildatum (self);

  self->loaded = TRUE;
  set_loading (self, FALSE);
  update_state (self);
}

static void
ids_clear_button_clicked_cb (SchakelMinorsView *self)
{
  schakel_minors_view_show_only (self, NULL, NULL);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  schakel_minors_view_focus_search (SCHAKEL_MINORS_VIEW (widget));
}

/* GObject */

static void
schakel_minors_view_dispose (GObject *object)
{
  SchakelMinorsView *self = SCHAKEL_MINORS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_MINORS_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->minors);
  g_clear_object (&self->db);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->filter_state, schakel_minors_filter_free);
  g_clear_pointer (&self->columns, schakel_minors_columns_unref);

  G_OBJECT_CLASS (schakel_minors_view_parent_class)->dispose (object);
}

static void
schakel_minors_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SchakelMinorsView *self = SCHAKEL_MINORS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, schakel_minors_view_get_database (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, schakel_minors_view_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_minors_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SchakelMinorsView *self = SCHAKEL_MINORS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      schakel_minors_view_set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_minors_view_class_init (SchakelMinorsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_minors_view_dispose;
  object_class->get_property = schakel_minors_view_get_property;
  object_class->set_property = schakel_minors_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, SCHAKEL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SchakelMinorsView::minor-activated:
   * @self: the view
   * @minor: the activated row
   *
   * A row was activated (double click or Enter).
   */
  signals[MINOR_ACTIVATED] =
    g_signal_new ("minor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SCHAKEL_TYPE_MINOR_SUMMARY);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-minors-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, box);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, filter_box);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, amv_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, location_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, education_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, message_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, peildatum_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, ids_revealer);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, ids_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_dropdown_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, ids_clear_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "minors.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "minors.focus-search", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "minorsview");
}

static void
schakel_minors_view_init (SchakelMinorsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter_state = schakel_minors_filter_new ();
  self->filter = gtk_custom_filter_new (filter_func, self->filter_state, NULL);
  self->columns = schakel_minors_columns_add (self->column_view);

  self->sort_model = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sort_model)), NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (scroll_to_top), self, G_CONNECT_SWAPPED);

  fill_region_dropdown (self, NULL);
  fill_location_dropdown (self);
  read_dropdowns (self);

  /* The flow box only wraps the filters on narrow windows; its children
   * should not take a Tab stop of their own besides the controls. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  adw_status_page_set_icon_name (self->message_page, "schakel-minors-symbolic");
  adw_status_page_set_title (self->message_page, _("No Database Open"));
  update_state (self);
}

/* Public API */

/**
 * schakel_minors_view_new:
 *
 * Returns: (transfer floating): a new, empty view
 */
GtkWidget *
schakel_minors_view_new (void)
{
  return g_object_new (SCHAKEL_TYPE_MINORS_VIEW, NULL);
}

/**
 * schakel_minors_view_get_database:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the database shown
 */
SchakelDatabase *
schakel_minors_view_get_database (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), NULL);

  return self->db;
}

/**
 * schakel_minors_view_set_database:
 * @self: a view
 * @db: (nullable): the database to show
 *
 * Shows the minors of @db, loading them in a worker thread on a reading
 * connection of its own.
 */
void
schakel_minors_view_set_database (SchakelMinorsView *self,
                                  SchakelDatabase   *db)
{
  g_return_if_fail (SCHAKEL_IS_MINORS_VIEW (self));
  g_return_if_fail (db == NULL || SCHAKEL_IS_DATABASE (db));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  g_set_object (&self->db, db);
  self->loaded = FALSE;
  g_clear_object (&self->minors);
  gtk_sort_list_model_set_model (self->sort_model, NULL);
  schakel_minors_filter_forget_rows (self->filter_state);
  gtk_label_set_label (self->peildatum_label, "");

  if (db == NULL)
    {
      adw_status_page_set_icon_name (self->message_page, "schakel-minors-symbolic");
      adw_status_page_set_title (self->message_page, _("No Database Open"));
      adw_status_page_set_description (self->message_page, NULL);
      set_loading (self, FALSE);
      update_state (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
      return;
    }

  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);
  schakel_minors_load_async (db, self->cancellable, load_done_cb, g_object_ref (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * schakel_minors_view_get_loading:
 * @self: a view
 *
 * Returns: %TRUE while the minors are loading
 */
gboolean
schakel_minors_view_get_loading (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), FALSE);

  return self->loading;
}

/**
 * schakel_minors_view_get_day:
 * @self: a view
 *
 * Returns: the peildatum of the list, or %SCHAKEL_DAY_NONE before it loaded
 */
SchakelDay
schakel_minors_view_get_day (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), SCHAKEL_DAY_NONE);

  return self->loaded ? self->day : SCHAKEL_DAY_NONE;
}

/**
 * schakel_minors_view_get_n_minors:
 * @self: a view
 *
 * Returns: the number of minors loaded
 */
guint
schakel_minors_view_get_n_minors (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), 0);

  return self->minors != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->minors)) : 0;
}

/**
 * schakel_minors_view_get_n_shown:
 * @self: a view
 *
 * Returns: the number of minors that pass the search and filters
 */
guint
schakel_minors_view_get_n_shown (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

/**
 * schakel_minors_view_focus_search:
 * @self: a view
 *
 * Moves the keyboard focus to the search entry.
 */
void
schakel_minors_view_focus_search (SchakelMinorsView *self)
{
  g_return_if_fail (SCHAKEL_IS_MINORS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * schakel_minors_view_get_neighbour:
 * @self: a view
 * @jongere_id: the minor to start from
 * @step: -1 for the previous minor, 1 for the next
 *
 * Finds the minor before or after @jongere_id in the list as it is shown
 * now: searched, filtered and sorted.
 *
 * Returns: (transfer full) (nullable): that minor, or %NULL when
 *   @jongere_id is first or last, or not shown at all
 */
SchakelMinorSummary *
schakel_minors_view_get_neighbour (SchakelMinorsView *self,
                                   const char        *jongere_id,
                                   int                step)
{
  guint n_shown = 0;
  guint position;

  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), NULL);
  g_return_val_if_fail (jongere_id != NULL, NULL);
  g_return_val_if_fail (step == -1 || step == 1, NULL);

  position = schakel_minors_view_get_position (self, jongere_id, &n_shown);
  if (position == GTK_INVALID_LIST_POSITION ||
      (step < 0 && position == 0) ||
      (step > 0 && position + 1 >= n_shown))
    return NULL;

  return g_list_model_get_item (G_LIST_MODEL (self->filter_model), position + step);
}

/**
 * schakel_minors_view_get_position:
 * @self: a view
 * @jongere_id: a minor
 * @n_shown: (out) (optional): the number of minors shown
 *
 * Returns: the position of @jongere_id in the list as shown now, or
 *   %GTK_INVALID_LIST_POSITION when it is not shown
 */
guint
schakel_minors_view_get_position (SchakelMinorsView *self,
                                  const char        *jongere_id,
                                  guint             *n_shown)
{
  GListModel *model;
  guint n;

  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), GTK_INVALID_LIST_POSITION);
  g_return_val_if_fail (jongere_id != NULL, GTK_INVALID_LIST_POSITION);

  model = G_LIST_MODEL (self->filter_model);
  n = g_list_model_get_n_items (model);
  if (n_shown != NULL)
    *n_shown = n;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SchakelMinorSummary) minor = g_list_model_get_item (model, i);

      if (g_str_equal (schakel_minor_summary_get_jongere_id (minor), jongere_id))
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

GtkSearchEntry *
_schakel_minors_view_get_search_entry (SchakelMinorsView *self)
{
  return self->search_entry;
}

GtkDropDown *
_schakel_minors_view_get_region_dropdown (SchakelMinorsView *self)
{
  return self->region_dropdown;
}

GtkDropDown *
_schakel_minors_view_get_amv_dropdown (SchakelMinorsView *self)
{
  return self->amv_dropdown;
}

GtkDropDown *
_schakel_minors_view_get_location_dropdown (SchakelMinorsView *self)
{
  return self->location_dropdown;
}

GtkDropDown *
_schakel_minors_view_get_education_dropdown (SchakelMinorsView *self)
{
  return self->education_dropdown;
}

GtkColumnView *
_schakel_minors_view_get_column_view (SchakelMinorsView *self)
{
  return self->column_view;
}

const char *
_schakel_minors_view_get_region_code (SchakelMinorsView *self,
                                      guint              position)
{
  if (self->region_codes == NULL || position >= self->region_codes->len)
    return NULL;
  return g_ptr_array_index (self->region_codes, position);
}

/* Loading, sorting or filtering still under way. */
gboolean
_schakel_minors_view_is_busy (SchakelMinorsView *self)
{
  return self->loading ||
         gtk_sort_list_model_get_pending (self->sort_model) > 0 ||
         gtk_filter_list_model_get_pending (self->filter_model) > 0;
}

/**
 * schakel_minors_view_show_only:
 * @self: a view
 * @description: (nullable): what the minors are, shown above the list
 *   with a button that clears the filter
 * @ids: (nullable) (element-type gint64): the minors' database ids,
 *   ascending; %NULL shows every minor again
 *
 * Narrows the list to a set of minors, such as those behind a dashboard
 * figure. The search and the drop-downs still apply on top.
 */
void
schakel_minors_view_show_only (SchakelMinorsView *self,
                               const char        *description,
                               GArray            *ids)
{
  g_return_if_fail (SCHAKEL_IS_MINORS_VIEW (self));

  schakel_minors_filter_set_ids (self->filter_state, ids);
  gtk_label_set_label (self->ids_label, ids != NULL && description != NULL ? description : "");
  gtk_revealer_set_reveal_child (self->ids_revealer, ids != NULL);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

/**
 * schakel_minors_view_get_showing_only:
 * @self: a view
 *
 * Returns: %TRUE while the list is narrowed with schakel_minors_view_show_only()
 */
gboolean
schakel_minors_view_get_showing_only (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), FALSE);

  return schakel_minors_filter_has_ids (self->filter_state);
}
