/* schakel-charts-view.c — the Grafieken view.
 *
 * Three pages of chart panels (schakel-chart-panel.c). The controls set
 * scope, period and grouping for all of them; only the panels of the page
 * shown are computed, the others when their page is opened.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-chart-panel.h"
#include "schakel-charts-view.h"

struct _SchakelChartsView
{
  GtkBox          parent_instance;

  GtkDropDown    *scope_dropdown;
  GtkDropDown    *period_dropdown;
  GtkDropDown    *group_dropdown;
  GtkCheckButton *publication_check;
  GtkStack       *stack;
  GPtrArray      *panels;       /* SchakelChartPanel, all pages */
  GPtrArray      *scopes;       /* SchakelScope, as in scope_dropdown */
  char           *db_path;
  SchakelDay      last_day;
  GHashTable     *stale;        /* page names to compute when shown */
};

G_DEFINE_FINAL_TYPE (SchakelChartsView, schakel_charts_view, GTK_TYPE_BOX)

enum
{
  SIGNAL_SHOW_MINORS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct
{
  const char             *name;
  const char             *title;
  SchakelMetricChartKind  kinds[4];
  guint                   n_kinds;
} pages[] = {
  { "wachtlijsten", N_("Wait-lists"),
    { SCHAKEL_METRIC_CHART_WAITLIST_OPEN, SCHAKEL_METRIC_CHART_WAITLIST_WAIT, SCHAKEL_METRIC_CHART_WAITLIST_KM }, 3 },
  { "verhuizingen", N_("Moves"),
    { SCHAKEL_METRIC_CHART_MOVES_RATE, SCHAKEL_METRIC_CHART_MOVES_PER_MINOR, SCHAKEL_METRIC_CHART_MOVES_FLOW,
      SCHAKEL_METRIC_CHART_SCHOOL_GAP }, 4 },
  { "tijd-tot-school", N_("Time to School"), { SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM }, 1 },
};

/* The periods offered, in months back from the last day of the data. */
static const guint period_months[] = { 12, 24, 36 };

static const SchakelMetricsGroupBy groupings[] = {
  SCHAKEL_METRICS_GROUP_NONE, SCHAKEL_METRICS_GROUP_REGION,
  SCHAKEL_METRICS_GROUP_SCHOOL_TYPE, SCHAKEL_METRICS_GROUP_LOCATION_TYPE,
};

static void
load_page (SchakelChartsView *self,
           const char        *name)
{
  guint scope_index = gtk_drop_down_get_selected (self->scope_dropdown);
  guint period = gtk_drop_down_get_selected (self->period_dropdown);
  guint group = gtk_drop_down_get_selected (self->group_dropdown);
  SchakelDay from;

  if (self->db_path == NULL || name == NULL || !g_hash_table_remove (self->stale, name) ||
      scope_index >= self->scopes->len)
    return;
  from = schakel_day_add_months (self->last_day, -(int) period_months[MIN (period, 2)]) + 1;
  for (guint i = 0; i < self->panels->len; i++)
    {
      SchakelChartPanel *panel = g_ptr_array_index (self->panels, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (panel), "page"), name) == 0)
        schakel_chart_panel_load (panel, self->db_path, g_ptr_array_index (self->scopes, scope_index), from,
                                  self->last_day, groupings[MIN (group, G_N_ELEMENTS (groupings) - 1)],
                                  gtk_check_button_get_active (self->publication_check));
    }
}

/* The controls changed: every page is out of date, the one shown first. */
static void
reload (SchakelChartsView *self)
{
  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    g_hash_table_add (self->stale, (gpointer) pages[p].name);
  load_page (self, gtk_stack_get_visible_child_name (self->stack));
}

static void
page_changed_cb (SchakelChartsView *self)
{
  load_page (self, gtk_stack_get_visible_child_name (self->stack));
}

static void
panel_show_minors_cb (SchakelChartPanel *panel,
                      const char        *description,
                      GArray            *ids,
                      SchakelChartsView *self)
{
  g_signal_emit (self, signals[SIGNAL_SHOW_MINORS], 0, description, ids);
}

/**
 * schakel_charts_view_set_database:
 * @self: the view
 * @db: (nullable): the open database, or %NULL when none is
 *
 * Lists the scopes (the country and its regions) and computes the charts
 * of the page shown for the period up to the last day of the data.
 */
void
schakel_charts_view_set_database (SchakelChartsView *self,
                                  SchakelDatabase   *db)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(SchakelScope) nl = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SCHAKEL_IS_CHARTS_VIEW (self));

  g_clear_pointer (&self->db_path, g_free);
  g_ptr_array_set_size (self->scopes, 0);
  for (guint i = 0; i < self->panels->len; i++)
    schakel_chart_panel_clear (g_ptr_array_index (self->panels, i));
  if (db == NULL)
    {
      gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (names));
      return;
    }

  if (!schakel_db_get_last_day (db, &self->last_day, &error) || self->last_day == SCHAKEL_DAY_NONE)
    self->last_day = schakel_day_today ();
  self->last_day = MIN (self->last_day, schakel_day_today ());
  g_ptr_array_add (self->scopes, schakel_scope_copy (nl));
  if ((children = schakel_scope_list_children (nl, db, &error)) != NULL)
    for (guint i = 0; i < children->len; i++)
      g_ptr_array_add (self->scopes, schakel_scope_copy (g_ptr_array_index (children, i)));
  for (guint i = 0; i < self->scopes->len; i++)
    {
      g_autofree char *name = schakel_scope_dup_name (g_ptr_array_index (self->scopes, i), db);

      gtk_string_list_append (names, name);
    }
  self->db_path = g_strdup (schakel_database_get_path (db));
  g_signal_handlers_block_by_func (self->scope_dropdown, reload, self);
  gtk_drop_down_set_model (self->scope_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->scope_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->scope_dropdown, reload, self);
  reload (self);
}

/**
 * schakel_charts_view_set_page:
 * @self: the view
 * @name: `wachtlijsten`, `verhuizingen` or `tijd-tot-school`
 */
void
schakel_charts_view_set_page (SchakelChartsView *self,
                              const char        *name)
{
  g_return_if_fail (SCHAKEL_IS_CHARTS_VIEW (self));
  gtk_stack_set_visible_child_name (self->stack, name);
}

/**
 * schakel_charts_view_get_panels:
 * @self: the view
 *
 * Returns: (transfer none) (element-type SchakelChartPanel): every panel
 */
GPtrArray *
schakel_charts_view_get_panels (SchakelChartsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_CHARTS_VIEW (self), NULL);
  return self->panels;
}

/* Adds @control to the wrapping tool bar; the flow box's own child is not a
 * tab stop, the control is. */
static void
bar_append (GtkFlowBox *bar,
            GtkWidget  *control)
{
  gtk_flow_box_append (bar, control);
  gtk_widget_set_focusable (gtk_widget_get_parent (control), FALSE);
}

static GtkDropDown *
labelled_dropdown (GtkFlowBox *bar,
                   const char *label_text,
                   GListModel *model)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkDropDown *dropdown = GTK_DROP_DOWN (gtk_drop_down_new (model, NULL));

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), GTK_WIDGET (dropdown));
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (dropdown));
  bar_append (bar, box);
  return dropdown;
}

static GtkWidget *
page_new (SchakelChartsView *self,
          guint              p)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  g_object_set (box, "margin-top", 12, "margin-bottom", 24, "margin-start", 18, "margin-end", 18, NULL);
  for (guint k = 0; k < pages[p].n_kinds; k++)
    {
      SchakelChartPanel *panel = schakel_chart_panel_new (pages[p].kinds[k]);

      g_object_set_data (G_OBJECT (panel), "page", (gpointer) pages[p].name);
      g_signal_connect_object (panel, "show-minors", G_CALLBACK (panel_show_minors_cb), self, 0);
      g_ptr_array_add (self->panels, panel);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (panel));
    }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  return scroller;
}

static void
schakel_charts_view_dispose (GObject *object)
{
  SchakelChartsView *self = SCHAKEL_CHARTS_VIEW (object);

  g_clear_pointer (&self->panels, g_ptr_array_unref);
  G_OBJECT_CLASS (schakel_charts_view_parent_class)->dispose (object);
}

static void
schakel_charts_view_finalize (GObject *object)
{
  SchakelChartsView *self = SCHAKEL_CHARTS_VIEW (object);

  g_clear_pointer (&self->scopes, g_ptr_array_unref);
  g_clear_pointer (&self->stale, g_hash_table_unref);
  g_free (self->db_path);
  G_OBJECT_CLASS (schakel_charts_view_parent_class)->finalize (object);
}

static void
schakel_charts_view_class_init (SchakelChartsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = schakel_charts_view_dispose;
  object_class->finalize = schakel_charts_view_finalize;

  /**
   * SchakelChartsView::show-minors:
   * @description: what the minors are
   * @ids: (element-type gint64): the minors behind a point clicked
   */
  signals[SIGNAL_SHOW_MINORS] = g_signal_new ("show-minors", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                              NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ARRAY);
}

static void
schakel_charts_view_init (SchakelChartsView *self)
{
  const char * const periods[] = { N_("Last 12 months"), N_("Last 2 years"), N_("Last 3 years"), NULL };
  const char * const groups[] = { N_("Whole scope"), N_("Region"), N_("School type"), N_("Location type"), NULL };
  /* The drop-downs take these. */
  GtkStringList *period_list = gtk_string_list_new (NULL);
  GtkStringList *group_list = gtk_string_list_new (NULL);
  /* The switcher and the controls wrap onto more rows in a narrow window. */
  GtkWidget *bar = gtk_flow_box_new ();
  GtkWidget *switcher = gtk_stack_switcher_new ();

  self->panels = g_ptr_array_new ();
  self->scopes = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_scope_free);
  self->stale = g_hash_table_new (g_str_hash, g_str_equal);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);

  for (guint i = 0; periods[i] != NULL; i++)
    gtk_string_list_append (period_list, _(periods[i]));
  for (guint i = 0; groups[i] != NULL; i++)
    gtk_string_list_append (group_list, _(groups[i]));

  g_object_set (bar, "margin-top", 12, "margin-start", 18, "margin-end", 18, "selection-mode", GTK_SELECTION_NONE,
                "column-spacing", 12, "row-spacing", 6, "max-children-per-line", 5, NULL);
  bar_append (GTK_FLOW_BOX (bar), switcher);
  self->scope_dropdown = labelled_dropdown (GTK_FLOW_BOX (bar), _("_Scope"), G_LIST_MODEL (gtk_string_list_new (NULL)));
  self->period_dropdown = labelled_dropdown (GTK_FLOW_BOX (bar), _("_Period"), G_LIST_MODEL (period_list));
  self->group_dropdown = labelled_dropdown (GTK_FLOW_BOX (bar), _("_Group by"), G_LIST_MODEL (group_list));
  self->publication_check = GTK_CHECK_BUTTON (gtk_check_button_new_with_mnemonic (_("P_ublication mode")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->publication_check),
                               _("Hide small numbers as in reports that leave the organisation"));
  bar_append (GTK_FLOW_BOX (bar), GTK_WIDGET (self->publication_check));
  gtk_box_append (GTK_BOX (self), bar);

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
    gtk_stack_add_titled (self->stack, page_new (self, p), pages[p].name, _(pages[p].title));
  gtk_stack_switcher_set_stack (GTK_STACK_SWITCHER (switcher), self->stack);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));

  /* The charts are per region by default. */
  gtk_drop_down_set_selected (self->group_dropdown, 1);
  g_signal_connect_swapped (self->stack, "notify::visible-child-name", G_CALLBACK (page_changed_cb), self);
  g_signal_connect_swapped (self->scope_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->period_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->group_dropdown, "notify::selected", G_CALLBACK (reload), self);
  g_signal_connect_swapped (self->publication_check, "toggled", G_CALLBACK (reload), self);
}
