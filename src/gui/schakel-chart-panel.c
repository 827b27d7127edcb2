/* schakel-chart-panel.c — one chart of the Grafieken view.
 *
 * The figures are computed in a thread (schakel_metric_chart_build() on a
 * reading connection of its own); the previous chart stays until the new
 * one arrives. Drawing, tooltips (hit test), legend toggles, the text
 * summary for screen readers and the table all come from the chart
 * library, so the window shows what the exports hold.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "schakel-chart-panel.h"

#define CHART_HEIGHT 380

struct _SchakelChartPanel
{
  GtkBox                    parent_instance;

  SchakelMetricChartKind    kind;
  GtkStack                 *stack;
  GtkDrawingArea           *area;
  GtkGrid                  *table;
  GtkLabel                 *status;
  GtkToggleButton          *table_button;
  GtkMenuButton            *export_button;

  SchakelChart             *chart;
  GCancellable             *cancellable;
  char                     *db_path;
  SchakelScope             *scope;
  SchakelMetricChartRequest request;   /* of the chart shown; scope is ours */
  gboolean                  loading;
  GtkFileChooserNative     *chooser;
};

G_DEFINE_FINAL_TYPE (SchakelChartPanel, schakel_chart_panel, GTK_TYPE_BOX)

enum
{
  SIGNAL_SHOW_MINORS,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the worker needs: its own copy of everything. */
typedef struct
{
  char                     *db_path;
  SchakelScope             *scope;
  SchakelMetricChartRequest request;
  SchakelChart             *chart;        /* the chart clicked */
  guint                     series;
  guint                     point;
  char                     *description;  /* of the minors behind the point, from the worker */
} Job;

static void
job_free (Job *job)
{
  g_free (job->db_path);
  schakel_scope_free (job->scope);
  g_clear_pointer (&job->chart, schakel_chart_unref);
  g_free (job->description);
  g_free (job);
}

static Job *
job_new (SchakelChartPanel *self)
{
  Job *job = g_new0 (Job, 1);

  job->db_path = g_strdup (self->db_path);
  job->scope = schakel_scope_copy (self->scope);
  job->request = self->request;
  job->request.scope = job->scope;
  return job;
}

static void
draw_cb (GtkDrawingArea *area,
         cairo_t        *cr,
         int             width,
         int             height,
         gpointer        user_data)
{
  SchakelChartPanel *self = user_data;

  if (self->chart != NULL)
    schakel_chart_draw (self->chart, cr, width, height);
}

static void
fill_table (SchakelChartPanel *self)
{
  g_autoptr(SchakelChartTable) table = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->table))) != NULL)
    gtk_grid_remove (self->table, child);
  if (self->chart == NULL)
    return;

  table = schakel_chart_to_table (self->chart);
  for (guint c = 0; c < schakel_chart_table_get_n_cols (table); c++)
    {
      GtkWidget *label = gtk_label_new (schakel_chart_table_get_header (table, c));

      gtk_widget_add_css_class (label, "heading");
      gtk_label_set_xalign (GTK_LABEL (label), c == 0 ? 0 : 1);
      gtk_grid_attach (self->table, label, c, 0, 1, 1);
    }
  for (guint r = 0; r < schakel_chart_table_get_n_rows (table); r++)
    for (guint c = 0; c < schakel_chart_table_get_n_cols (table); c++)
      {
        GtkWidget *label = gtk_label_new (schakel_chart_table_get_cell (table, r, c));

        gtk_label_set_xalign (GTK_LABEL (label), c == 0 ? 0 : 1);
        gtk_label_set_selectable (GTK_LABEL (label), TRUE);
        if (c > 0)
          gtk_widget_add_css_class (label, "numeric");
        gtk_grid_attach (self->table, label, c, r + 1, 1, 1);
      }
}

static void
show_chart (SchakelChartPanel *self)
{
  g_autofree char *summary = self->chart != NULL ? schakel_chart_describe (self->chart) : NULL;
  g_autofree char *description = NULL;

  if (summary != NULL)
    /* Translators: added to a chart's text summary for screen readers */
    description = g_strdup_printf ("%s %s", summary,
                                   _("Click a point, bar or box to list the minors behind it in the Minors view."));

  if (self->chart != NULL)
    schakel_chart_set_palette (self->chart, adw_style_manager_get_dark (adw_style_manager_get_default ())
                                            ? SCHAKEL_PALETTE_DARK : SCHAKEL_PALETTE_LIGHT);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->chart != NULL ? schakel_chart_get_title (self->chart) : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description != NULL ? description : "",
                                  -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), self->chart != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->table_button), self->chart != NULL);
  fill_table (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->area));
}

static void
build_worker (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(SchakelDatabase) db = NULL;
  SchakelChart *chart;
  GError *error = NULL;

  if (!(db = schakel_database_open (job->db_path, SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !(chart = schakel_metric_chart_build (db, &job->request, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, chart, (GDestroyNotify) schakel_chart_unref);
}

static void
build_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SchakelChartPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  SchakelChart *chart = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->loading = FALSE;
  gtk_label_set_text (self->status, error != NULL ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status), error != NULL);
  if (chart == NULL)
    return;
  g_clear_pointer (&self->chart, schakel_chart_unref);
  self->chart = chart;
  show_chart (self);
}

/**
 * schakel_chart_panel_load:
 * @self: a panel
 * @db_path: the database file
 * @scope: the scope
 * @from: the first day of the period
 * @to: the last day
 * @group_by: the grouping, used where this chart allows it
 * @publication: apply the publication rules
 *
 * Computes the chart in a thread; the chart shown stays until then.
 */
void
schakel_chart_panel_load (SchakelChartPanel     *self,
                          const char            *db_path,
                          const SchakelScope    *scope,
                          SchakelDay             from,
                          SchakelDay             to,
                          SchakelMetricsGroupBy  group_by,
                          gboolean               publication)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SCHAKEL_IS_CHART_PANEL (self));
  g_return_if_fail (db_path != NULL && scope != NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_free (self->db_path);
  self->db_path = g_strdup (db_path);
  g_clear_pointer (&self->scope, schakel_scope_free);
  self->scope = schakel_scope_copy (scope);
  self->request.kind = self->kind;
  self->request.scope = self->scope;
  self->request.from = from;
  self->request.to = to;
  self->request.group_by = schakel_metric_chart_allows_group (self->kind, group_by) ? group_by
                                                                                   : SCHAKEL_METRICS_GROUP_NONE;
  self->request.publication = publication;
  self->loading = TRUE;

  task = g_task_new (NULL, self->cancellable, build_done_cb, g_object_ref (self));
  g_task_set_source_tag (task, schakel_chart_panel_load);
  g_task_set_task_data (task, job_new (self), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, build_worker);
}

/**
 * schakel_chart_panel_clear:
 * @self: a panel
 *
 * Stops loading and shows no chart (the database was closed).
 */
void
schakel_chart_panel_clear (SchakelChartPanel *self)
{
  g_return_if_fail (SCHAKEL_IS_CHART_PANEL (self));

  g_cancellable_cancel (self->cancellable);
  self->loading = FALSE;
  g_clear_pointer (&self->chart, schakel_chart_unref);
  show_chart (self);
}

/**
 * schakel_chart_panel_get_chart:
 * @self: a panel
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
SchakelChart *
schakel_chart_panel_get_chart (SchakelChartPanel *self)
{
  g_return_val_if_fail (SCHAKEL_IS_CHART_PANEL (self), NULL);
  return self->chart;
}

/**
 * schakel_chart_panel_is_loading:
 * @self: a panel
 *
 * Returns: %TRUE while a chart is being computed
 */
gboolean
schakel_chart_panel_is_loading (SchakelChartPanel *self)
{
  g_return_val_if_fail (SCHAKEL_IS_CHART_PANEL (self), FALSE);
  return self->loading;
}

/**
 * schakel_chart_panel_get_kind:
 * @self: a panel
 *
 * Returns: which chart the panel shows
 */
SchakelMetricChartKind
schakel_chart_panel_get_kind (SchakelChartPanel *self)
{
  g_return_val_if_fail (SCHAKEL_IS_CHART_PANEL (self), 0);
  return self->kind;
}

/**
 * schakel_chart_panel_get_request:
 * @self: a panel
 *
 * Returns: (transfer none): what the chart shown (or being computed) was
 *   asked for: kind, scope, period, grouping and publication mode
 */
const SchakelMetricChartRequest *
schakel_chart_panel_get_request (SchakelChartPanel *self)
{
  g_return_val_if_fail (SCHAKEL_IS_CHART_PANEL (self), NULL);
  return &self->request;
}

/* Hover: the exact value under the pointer, from the hit test. */
/* Whether a click on @hit lists the minors behind it: a point of a
 * series, not the "Other" band, which folds several groups into one. */
static gboolean
lists_minors (SchakelChartPanel     *self,
              const SchakelChartHit *hit)
{
  return hit->kind == SCHAKEL_CHART_HIT_POINT && hit->series != SCHAKEL_CHART_SERIES_OTHER &&
         schakel_metric_chart_lists_minors (self->kind);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  SchakelChartPanel *self = user_data;
  SchakelChartHit hit = { 0 };
  gboolean shown = FALSE;

  if (self->chart == NULL || keyboard)
    return FALSE;
  if (schakel_chart_hit_test (self->chart, gtk_widget_get_width (widget), gtk_widget_get_height (widget), x, y,
                              &hit) && hit.label != NULL)
    {
      g_autofree char *text = NULL;

      if (lists_minors (self, &hit))
        /* Translators: the second line of a chart's hover text */
        text = g_strdup_printf ("%s\n%s", hit.label, _("Click to list the minors behind it"));
      gtk_tooltip_set_text (tooltip, text != NULL ? text : hit.label);
      shown = TRUE;
    }
  schakel_chart_hit_clear (&hit);
  return shown;
}

static void
minors_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SchakelChartPanel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) minors = g_task_propagate_pointer (G_TASK (result), &error);
  Job *job = g_task_get_task_data (G_TASK (result));

  if (g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (minors == NULL || minors->len == 0)
    {
      gtk_label_set_text (self->status, minors == NULL ? error->message : _("No minors are behind this point."));
      gtk_widget_set_visible (GTK_WIDGET (self->status), TRUE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
  g_signal_emit (self, signals[SIGNAL_SHOW_MINORS], 0, job->description, minors);
}

static void
minors_worker (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(SchakelDatabase) db = NULL;
  GArray *minors;
  GError *error = NULL;

  if (!(db = schakel_database_open (job->db_path, SCHAKEL_DATABASE_READ_ONLY, &error)) ||
      !(minors = schakel_metric_chart_minors_behind (db, &job->request, job->chart, job->series, job->point,
                                                     &job->description, cancellable, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, minors, (GDestroyNotify) g_array_unref);
}

/* A click on a legend entry shows or hides its series; on a point, the
 * minors behind it where the chart can list them. */
static void
pressed_cb (GtkGestureClick *gesture,
            int              n_press,
            double           x,
            double           y,
            gpointer         user_data)
{
  SchakelChartPanel *self = user_data;
  GtkWidget *area = GTK_WIDGET (self->area);
  SchakelChartHit hit = { 0 };

  if (self->chart == NULL ||
      !schakel_chart_hit_test (self->chart, gtk_widget_get_width (area), gtk_widget_get_height (area), x, y, &hit))
    return;
  if (hit.kind == SCHAKEL_CHART_HIT_LEGEND)
    {
      schakel_chart_set_series_hidden (self->chart, hit.series,
                                       !schakel_chart_get_series_hidden (self->chart, hit.series));
      show_chart (self);
    }
  /* While a new chart is computed, the one shown no longer fits the request. */
  else if (lists_minors (self, &hit) && !self->loading)
    {
      g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, minors_done_cb, g_object_ref (self));
      Job *job = job_new (self);

      job->chart = schakel_chart_ref (self->chart);
      job->series = hit.series;
      job->point = hit.point;
      g_task_set_task_data (task, job, (GDestroyNotify) job_free);
      g_task_run_in_thread (task, minors_worker);
    }
  schakel_chart_hit_clear (&hit);
}

static gboolean
write_csv (SchakelChartPanel  *self,
           const char         *path,
           GError            **error)
{
  g_autoptr(SchakelChartTable) table = schakel_chart_to_table (self->chart);
  g_autoptr(SchakelCsvWriter) writer = schakel_csv_writer_new (path, ',', FALSE, error);
  guint n_cols = schakel_chart_table_get_n_cols (table);
  g_autofree const char **row = g_new0 (const char *, n_cols + 1);

  if (writer == NULL)
    return FALSE;
  for (guint c = 0; c < n_cols; c++)
    row[c] = schakel_chart_table_get_header (table, c);
  if (!schakel_csv_writer_write_row (writer, row, n_cols, error))
    return FALSE;
  for (guint r = 0; r < schakel_chart_table_get_n_rows (table); r++)
    {
      for (guint c = 0; c < n_cols; c++)
        row[c] = schakel_chart_table_get_cell (table, r, c);
      if (!schakel_csv_writer_write_row (writer, row, n_cols, error))
        return FALSE;
    }
  return schakel_csv_writer_finish (g_steal_pointer (&writer), error);
}

static gboolean
write_picture (SchakelChartPanel  *self,
               const char         *path,
               GError            **error)
{
  int width = MAX (gtk_widget_get_width (GTK_WIDGET (self->area)), 800);
  int height = MAX (gtk_widget_get_height (GTK_WIDGET (self->area)), CHART_HEIGHT);
  g_autofree char *title = g_strdup_printf ("%s — %s", schakel_chart_get_title (self->chart),
                                            schakel_chart_get_subtitle (self->chart));
  cairo_surface_t *surface = schakel_render_file_begin (path, width, height, title, error);
  cairo_t *cr;

  if (surface == NULL)
    return FALSE;
  /* Files are printed and put in documents: always the light palette,
   * and outside publication mode marked confidential (DOMAIN.md §11). */
  schakel_chart_set_palette (self->chart, SCHAKEL_PALETTE_LIGHT);
  schakel_chart_set_confidential (self->chart, !self->request.publication);
  cr = cairo_create (surface);
  schakel_chart_draw (self->chart, cr, width, height);
  cairo_destroy (cr);
  schakel_chart_set_confidential (self->chart, FALSE);
  show_chart (self);
  return schakel_render_file_end (surface, error);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  SchakelChartPanel *self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  gboolean csv = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "csv"));

  if (response == GTK_RESPONSE_ACCEPT && self->chart != NULL &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL &&
      !(csv ? write_csv (self, path, &error) : write_picture (self, path, &error)))
    {
      gtk_label_set_text (self->status, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->status), TRUE);
    }
  g_clear_object (&self->chooser);
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SchakelChartPanel *self = SCHAKEL_CHART_PANEL (widget);
  const char *format = g_variant_get_string (parameter, NULL);
  g_autofree char *name = NULL;
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->chart == NULL)
    return;
  name = g_strdup_printf ("%s.%s", schakel_metric_chart_kind_to_string (self->kind), format);
  g_clear_object (&self->chooser);
  self->chooser = gtk_file_chooser_native_new (_("Export Chart"), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_object_set_data (G_OBJECT (self->chooser), "csv", GINT_TO_POINTER (g_str_equal (format, "csv")));
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
table_toggled_cb (GtkToggleButton   *button,
                  SchakelChartPanel *self)
{
  gtk_stack_set_visible_child_name (self->stack, gtk_toggle_button_get_active (button) ? "table" : "chart");
}

static void
schakel_chart_panel_dispose (GObject *object)
{
  SchakelChartPanel *self = SCHAKEL_CHART_PANEL (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->chooser);
  g_clear_pointer (&self->chart, schakel_chart_unref);
  G_OBJECT_CLASS (schakel_chart_panel_parent_class)->dispose (object);
}

static void
schakel_chart_panel_finalize (GObject *object)
{
  SchakelChartPanel *self = SCHAKEL_CHART_PANEL (object);

  g_free (self->db_path);
  g_clear_pointer (&self->scope, schakel_scope_free);
  G_OBJECT_CLASS (schakel_chart_panel_parent_class)->finalize (object);
}

static void
schakel_chart_panel_class_init (SchakelChartPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_chart_panel_dispose;
  object_class->finalize = schakel_chart_panel_finalize;

  /**
   * SchakelChartPanel::show-minors:
   * @description: what the minors are, for the Jongeren view's filter bar
   * @ids: (element-type gint64): the minors behind the point clicked
   */
  signals[SIGNAL_SHOW_MINORS] = g_signal_new ("show-minors", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                              NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_ARRAY);

  gtk_widget_class_install_action (widget_class, "chart.export", "s", export_activated);
}

static GMenuModel *
export_menu (void)
{
  GMenu *menu = g_menu_new ();

  g_menu_append (menu, _("Picture (PNG)"), "chart.export::png");
  g_menu_append (menu, _("Drawing (SVG)"), "chart.export::svg");
  g_menu_append (menu, _("Document (PDF)"), "chart.export::pdf");
  g_menu_append (menu, _("Data (CSV)"), "chart.export::csv");
  return G_MENU_MODEL (menu);
}

static void
schakel_chart_panel_init (SchakelChartPanel *self)
{
  g_autoptr(GMenuModel) menu = export_menu ();
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *overlay = gtk_overlay_new ();
  GtkEventController *click;

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), 6);
  gtk_widget_add_css_class (GTK_WIDGET (self), "card");

  /* The buttons float in the chart's top right corner, beside its title. */
  gtk_widget_set_halign (bar, GTK_ALIGN_END);
  gtk_widget_set_valign (bar, GTK_ALIGN_START);
  gtk_widget_set_margin_top (bar, 6);
  gtk_widget_set_margin_end (bar, 6);
  self->table_button = GTK_TOGGLE_BUTTON (gtk_toggle_button_new_with_mnemonic (_("_Table")));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->table_button), _("Show the figures as a table"));
  g_signal_connect (self->table_button, "toggled", G_CALLBACK (table_toggled_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->table_button));
  self->export_button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->export_button, "document-save-symbolic");
  gtk_menu_button_set_menu_model (self->export_button, menu);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->export_button), _("Export the chart or its data"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->export_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Export"), -1);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->export_button));

  self->stack = GTK_STACK (gtk_stack_new ());
  self->area = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->area, CHART_HEIGHT);
  gtk_drawing_area_set_draw_func (self->area, draw_cb, self, NULL);
  gtk_widget_set_hexpand (GTK_WIDGET (self->area), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->area), TRUE);
  g_signal_connect (self->area, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
  click = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect (click, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->area), click);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->area), "chart");

  self->table = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->table, 18);
  gtk_grid_set_row_spacing (self->table, 4);
  gtk_widget_set_margin_top (GTK_WIDGET (self->table), 48);
  gtk_widget_set_margin_start (GTK_WIDGET (self->table), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->table), 12);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->table));
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), CHART_HEIGHT);
  gtk_stack_add_named (self->stack, scroller, "table");
  gtk_overlay_set_child (GTK_OVERLAY (overlay), GTK_WIDGET (self->stack));
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), bar);
  gtk_box_append (GTK_BOX (self), overlay);

  self->status = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->status, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->status), "error");
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->status), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->status), FALSE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->status));

  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->table_button), FALSE);

  /* The window's style decides the palette on screen. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark", G_CALLBACK (show_chart), self,
                           G_CONNECT_SWAPPED);
}

/**
 * schakel_chart_panel_new:
 * @kind: which chart
 *
 * Returns: (transfer floating): a new panel
 */
SchakelChartPanel *
schakel_chart_panel_new (SchakelMetricChartKind kind)
{
  SchakelChartPanel *self = g_object_new (SCHAKEL_TYPE_CHART_PANEL, NULL);

  self->kind = kind;
  return self;
}
