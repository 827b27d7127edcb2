/* test-ui-charts.c — the Grafieken view on a small demo database: every
 * page computes its charts off the main thread, the figures are the
 * metrics engine's, and the minors behind a cell reach the Jongeren view.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: run under xvfb-run (suite 'ui').
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "schakel-chart-panel.h"
#include "schakel-charts-view.h"
#include "schakel-core.h"
#include "schakel-minors-view-private.h"
#include "schakel-test-ui.h"
#include "schakel-test-util.h"
#include "schakel-window-private.h"

static char *db_path;

typedef struct
{
  SchakelChartsView *view;
  const char        *page;
} PageWait;

static gboolean
page_loaded_cb (gpointer data)
{
  PageWait *wait = data;
  GPtrArray *panels = schakel_charts_view_get_panels (wait->view);

  for (guint i = 0; i < panels->len; i++)
    {
      SchakelChartPanel *panel = g_ptr_array_index (panels, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (panel), "page"), wait->page) == 0 &&
          (schakel_chart_panel_is_loading (panel) || schakel_chart_panel_get_chart (panel) == NULL))
        return FALSE;
    }
  return TRUE;
}

static SchakelChartPanel *
panel_of_kind (SchakelChartsView      *view,
               SchakelMetricChartKind  kind)
{
  GPtrArray *panels = schakel_charts_view_get_panels (view);

  for (guint i = 0; i < panels->len; i++)
    {
      SchakelChartPanel *panel = g_ptr_array_index (panels, i);

      if (schakel_chart_panel_get_kind (panel) == kind && schakel_chart_panel_get_chart (panel) != NULL)
        return panel;
    }
  g_error ("no loaded panel for %s", schakel_metric_chart_kind_to_string (kind));
}

static SchakelWindow *
open_charts (void)
{
  SchakelWindow *window = schakel_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_assert_true (schakel_window_open_file (window, db_path, SCHAKEL_OPEN_NONE));
  gtk_window_present (GTK_WINDOW (window));
  schakel_window_set_visible_view (window, "grafieken");
  return window;
}

static SchakelDay
last_day (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, &error);
  SchakelDay day;

  g_assert_no_error (error);
  g_assert_true (schakel_db_get_last_day (db, &day, &error));
  return MIN (day, schakel_day_today ());
}

/* The wait-list page per region: at the last month's end, the regions'
 * open entries add up to the engine's national figure. */
static void
test_ui_charts_waitlists (void)
{
  SchakelWindow *window = open_charts ();
  PageWait wait = { window->charts_view, "wachtlijsten" };
  SchakelChart *chart;
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_autoptr(SchakelScope) nl = schakel_scope_parse ("nl", &error);
  const char * const ids[] = { "waitlist_open", NULL };
  g_autoptr(GPtrArray) values = NULL;
  g_autofree char *description = NULL;
  double sum = 0;

  schakel_test_wait_for (page_loaded_cb, &wait, "the wait-list charts");
  chart = schakel_chart_panel_get_chart (panel_of_kind (window->charts_view, SCHAKEL_METRIC_CHART_WAITLIST_OPEN));
  g_assert_cmpstr (schakel_chart_get_title (chart), ==, "Open wait-list entries at the end of each month");
  g_assert_nonnull (strstr (schakel_chart_get_subtitle (chart), "The Netherlands"));
  g_assert_cmpuint (schakel_chart_get_n_series (chart), >, 1);
  for (guint s = 0; s < schakel_chart_get_n_series (chart); s++)
    {
      guint n;
      const SchakelChartPoint *points = schakel_chart_get_points (chart, s, &n);

      g_assert_cmpuint (n, >=, 12);   /* month ends, and the last day */
      g_assert_cmpint (points[n - 1].x, ==, last_day ());
      sum += points[n - 1].y;
    }
  g_assert_no_error (error);
  values = schakel_metrics_compute (db, nl, last_day (), ids, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (sum, ==, ((SchakelMetricValue *) g_ptr_array_index (values, 0))->value);

  description = schakel_chart_describe (chart);
  g_assert_cmpuint (strlen (description), >, 20);
  g_assert_nonnull (schakel_chart_panel_get_chart (panel_of_kind (window->charts_view,
                                                                  SCHAKEL_METRIC_CHART_WAITLIST_KM)));
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  SchakelMinorsView *view;
  guint              n;
} ShownOnly;

static gboolean
shown_only_cb (gpointer data)
{
  ShownOnly *shown = data;

  return !_schakel_minors_view_is_busy (shown->view) &&
         schakel_minors_view_get_showing_only (shown->view) &&
         schakel_minors_view_get_n_shown (shown->view) == shown->n;
}

/* The moves page: the flow matrix holds the engine's moves, and the
 * minors behind a cell are shown in the Jongeren view. */
static void
test_ui_charts_moves (void)
{
  SchakelWindow *window = open_charts ();
  PageWait wait = { window->charts_view, "verhuizingen" };
  SchakelChartPanel *panel;
  SchakelChart *chart, *flows;
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_autoptr(SchakelScope) nl = schakel_scope_parse ("nl", &error);
  g_autofree char *description = NULL;
  SchakelMetricChartRequest request = { SCHAKEL_METRIC_CHART_MOVES_FLOW, nl, 0, last_day (),
                                        SCHAKEL_METRICS_GROUP_NONE, FALSE };
  g_autoptr(GArray) minors = NULL;
  ShownOnly shown;
  guint best_series = 0, best_point = 0;
  double best = 0;

  schakel_charts_view_set_page (window->charts_view, "verhuizingen");
  schakel_test_wait_for (page_loaded_cb, &wait, "the moves charts");
  panel = panel_of_kind (window->charts_view, SCHAKEL_METRIC_CHART_MOVES_FLOW);
  chart = flows = schakel_chart_panel_get_chart (panel);
  for (guint s = 0; s < schakel_chart_get_n_series (chart); s++)
    {
      guint n;
      const SchakelChartPoint *points = schakel_chart_get_points (chart, s, &n);

      for (guint p = 0; p < n; p++)
        if (points[p].y > best)
          {
            best = points[p].y;
            best_series = s;
            best_point = (guint) points[p].x;
          }
    }
  g_assert_cmpfloat (best, >, 0);

  /* The rate is per calendar month: every point is a month's last day
   * (a month cut short by the period's end is left out). */
  chart = schakel_chart_panel_get_chart (panel_of_kind (window->charts_view, SCHAKEL_METRIC_CHART_MOVES_RATE));
  for (guint s = 0; s < schakel_chart_get_n_series (chart); s++)
    {
      guint n;
      const SchakelChartPoint *points = schakel_chart_get_points (chart, s, &n);
      int year, month, day;

      g_assert_cmpuint (n, >=, 11);
      g_assert_cmpuint (n, <=, 13);
      for (guint p = 1; p < n; p++)
        {
          schakel_day_to_ymd ((SchakelDay) points[p].x + 1, &year, &month, &day);
          g_assert_cmpint (day, ==, 1);
        }
    }

  request.from = schakel_day_add_months (request.to, -12) + 1;
  minors = schakel_metric_chart_minors_behind (db, &request, flows, best_series, best_point, &description, NULL,
                                               &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (description, "Moved from "));
  g_assert_cmpuint (minors->len, >, 0);
  g_assert_cmpuint (minors->len, <=, (guint) best);

  g_signal_emit_by_name (panel, "show-minors", "test", minors);
  shown.view = schakel_window_get_minors_view (window);
  shown.n = minors->len;
  schakel_test_wait_for (shown_only_cb, &shown, "the minors behind the flow");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "jongeren");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_drawing_area (GtkWidget *widget)
{
  if (GTK_IS_DRAWING_AREA (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_drawing_area (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkGesture *
find_click (GtkWidget *area)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (area);
  GtkGesture *click = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && click == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        click = GTK_GESTURE (controller);   /* the area keeps it */
    }
  g_assert_nonnull (click);
  return click;
}

/* Where on the drawn chart a box, or a point with a count above 0, is. */
static gboolean
find_point (SchakelChart *chart,
            GtkWidget    *area,
            double       *x,
            double       *y,
            guint        *series,
            guint        *point)
{
  int w = gtk_widget_get_width (area), h = gtk_widget_get_height (area);

  g_assert_cmpint (w, >, 0);
  /* Each hit test lays the chart out: a coarse grid, from the middle down. */
  for (int py = h / 2; py < h; py += 10)
    for (int px = 0; px < w; px += 10)
      {
        SchakelChartHit hit;
        gboolean wanted = FALSE;

        if (schakel_chart_hit_test (chart, w, h, px, py, &hit) && hit.kind == SCHAKEL_CHART_HIT_POINT)
          {
            guint n;
            const SchakelChartPoint *points = schakel_chart_get_points (chart, hit.series, &n);

            wanted = schakel_chart_get_kind (chart) == SCHAKEL_CHART_BOX ||
                     (hit.point < n && points[hit.point].state == SCHAKEL_POINT_VISIBLE && points[hit.point].y > 0);
          }
        *series = hit.series;
        *point = hit.point;
        schakel_chart_hit_clear (&hit);
        if (wanted)
          {
            *x = px;
            *y = py;
            return TRUE;
          }
      }
  return FALSE;
}

static gboolean
allocated_cb (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

typedef struct
{
  guint  n_emitted;
  char  *description;
} Shown;

static void
show_minors_cb (SchakelChartsView *view,
                const char        *description,
                GArray            *ids,
                Shown             *shown)
{
  shown->n_emitted++;
  g_free (shown->description);
  shown->description = g_strdup (description);
}

/* Clicks the panel's chart where @find_point finds something and checks
 * that the Jongeren view lists the minors behind it, described. */
static void
click_and_check (SchakelWindow          *window,
                 SchakelMetricChartKind  kind,
                 Shown                  *shown)
{
  SchakelChartPanel *panel = panel_of_kind (window->charts_view, kind);
  SchakelChart *chart = schakel_chart_panel_get_chart (panel);
  GtkWidget *area = find_drawing_area (GTK_WIDGET (panel));
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_autoptr(GArray) expected = NULL;
  g_autofree char *description = NULL;
  guint series = 0, point = 0, emitted = shown->n_emitted;
  double x = 0, y = 0;
  ShownOnly only;

  g_assert_no_error (error);
  schakel_test_wait_for (allocated_cb, area, "the chart on screen");
  g_assert_true (find_point (chart, area, &x, &y, &series, &point));
  expected = schakel_metric_chart_minors_behind (db, schakel_chart_panel_get_request (panel), chart, series, point,
                                                 &description, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, >, 0);
  if (kind == SCHAKEL_METRIC_CHART_WAITLIST_OPEN)
    {
      guint n;

      g_assert_cmpfloat (expected->len, <=, schakel_chart_get_points (chart, series, &n)[point].y);
    }

  schakel_minors_view_show_only (schakel_window_get_minors_view (window), NULL, NULL);
  g_signal_emit_by_name (find_click (area), "pressed", 1, x, y);
  only.view = schakel_window_get_minors_view (window);
  only.n = expected->len;
  schakel_test_wait_for (shown_only_cb, &only, "the minors behind the point clicked");
  g_assert_cmpuint (shown->n_emitted, ==, emitted + 1);
  g_assert_cmpstr (shown->description, ==, description);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "jongeren");
}

/* A click on a point of the open entries per region and on a box of the
 * waits: the Jongeren view lists the minors behind each. */
static void
test_ui_charts_click (void)
{
  SchakelWindow *window = open_charts ();
  PageWait wait = { window->charts_view, "wachtlijsten" };
  Shown shown = { 0, NULL };

  g_signal_connect (window->charts_view, "show-minors", G_CALLBACK (show_minors_cb), &shown);
  schakel_test_wait_for (page_loaded_cb, &wait, "the wait-list charts");

  click_and_check (window, SCHAKEL_METRIC_CHART_WAITLIST_OPEN, &shown);
  g_assert_nonnull (strstr (shown.description, "With an open wait-list entry on "));

  schakel_window_set_visible_view (window, "grafieken");
  click_and_check (window, SCHAKEL_METRIC_CHART_WAITLIST_WAIT, &shown);
  g_assert_nonnull (strstr (shown.description, "Placed from a wait-list"));

  g_free (shown.description);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_charts_time_to_school (void)
{
  SchakelWindow *window = open_charts ();
  PageWait wait = { window->charts_view, "tijd-tot-school" };
  SchakelChart *chart;

  schakel_charts_view_set_page (window->charts_view, "tijd-tot-school");
  schakel_test_wait_for (page_loaded_cb, &wait, "the time-to-school chart");
  chart = schakel_chart_panel_get_chart (panel_of_kind (window->charts_view,
                                                        SCHAKEL_METRIC_CHART_TIME_TO_SCHOOL_KM));
  g_assert_cmpint (schakel_chart_get_kind (chart), ==, SCHAKEL_CHART_KM);
  g_assert_cmpuint (schakel_chart_get_n_series (chart), >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
make_demo_database (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_demo ("ui-charts.db", 400, 2, 3, schakel_day_today ());

  db_path = g_strdup (schakel_database_get_path (db));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;

  g_setenv ("LANGUAGE", "en", TRUE);
  data_home = schakel_test_tmp_path ("xdg-data");
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  make_demo_database ();

  g_test_add_func ("/ui/charts/waitlists", test_ui_charts_waitlists);
  g_test_add_func ("/ui/charts/moves", test_ui_charts_moves);
  g_test_add_func ("/ui/charts/time-to-school", test_ui_charts_time_to_school);
  g_test_add_func ("/ui/charts/click", test_ui_charts_click);

  return g_test_run ();
}
