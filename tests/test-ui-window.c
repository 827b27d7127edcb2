/* test-ui-window.c — the main window on a small demo database.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: run under xvfb-run (suite 'ui').
 */

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include <adwaita.h>

#include "schakel-application.h"
#include "schakel-dashboard-view-private.h"
#include "schakel-core.h"
#include "schakel-import-job.h"
#include "schakel-minors-view-private.h"
#include "schakel-preferences-window.h"
#include "schakel-test-ui.h"
#include "schakel-timeline-view-private.h"
#include "schakel-test-util.h"
#include "schakel-window-private.h"

#define N_DEMO_MINORS 300

static char *db_path;

/* Waiting */

#define wait_for schakel_test_wait_for
#define run_for schakel_test_run_for
#define save_and_check_render schakel_test_save_and_check_render

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static gboolean
view_idle_cb (gpointer data)
{
  return !_schakel_minors_view_is_busy (data);
}

static void
wait_idle (SchakelMinorsView *view)
{
  wait_for (view_idle_cb, view, "the minors list to load, sort and filter");
}

typedef struct
{
  SchakelMinorsView *view;
  guint              n;
} ShownCount;

static gboolean
shown_count_cb (gpointer data)
{
  ShownCount *count = data;

  return !_schakel_minors_view_is_busy (count->view) &&
         schakel_minors_view_get_n_shown (count->view) == count->n;
}

/* The search entry waits a moment before it searches; the test has it
 * search at once, so the count it sees is this search's and not the
 * previous one's when both happen to be equal. */
static void
search (SchakelMinorsView *view,
        const char        *text,
        guint              expected)
{
  GtkWidget *entry = GTK_WIDGET (_schakel_minors_view_get_search_entry (view));
  ShownCount count = { view, expected };

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
  wait_for (shown_count_cb, &count, "the search to apply");
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, expected);
}

/* SQL, independent of the core code under test */

static gint64
count_sql (const char *sql,
           SchakelDay  day,
           const char *text_param)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, &error);
  g_autofree char *min_hours = NULL;
  char day_iso[SCHAKEL_ISO_DATE_LEN];
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_no_error (error);
  min_hours = schakel_database_get_setting (db, "education_min_hours_per_week");
  schakel_day_format_iso (day, day_iso);

  g_assert_cmpint (sqlite3_prepare_v2 (schakel_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  for (int i = 1; i <= sqlite3_bind_parameter_count (stmt); i++)
    {
      const char *name = sqlite3_bind_parameter_name (stmt, i);

      if (g_strcmp0 (name, ":day") == 0)
        sqlite3_bind_text (stmt, i, day_iso, -1, SQLITE_TRANSIENT);
      else if (g_strcmp0 (name, ":min_hours") == 0)
        sqlite3_bind_double (stmt, i, min_hours != NULL ? g_ascii_strtod (min_hours, NULL) : 12.0);
      else if (g_strcmp0 (name, ":text") == 0)
        sqlite3_bind_text (stmt, i, text_param, -1, SQLITE_TRANSIENT);
      else
        g_assert_not_reached ();
    }
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

#define ACTIVE(alias) \
  alias ".start_date <= :day AND (" alias ".end_date IS NULL OR " alias ".end_date >= :day)"

static const char in_education_sql[] =
  "EXISTS (SELECT 1 FROM enrolment e WHERE e.minor_id = m.id AND " ACTIVE ("e")
  " AND (e.hours_per_week IS NULL OR e.hours_per_week >= :min_hours))";

/* Fixtures */

/* A copy of the demo database, for a test that changes it. */
static char *
copy_demo_database (const char *name)
{
  char *copy = schakel_test_tmp_path (name);
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (db_path, &contents, &len, NULL));
  g_assert_true (g_file_set_contents (copy, contents, len, NULL));
  return copy;
}

static SchakelWindow *
open_window_on (const char *path)
{
  SchakelWindow *window = schakel_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  g_assert_true (schakel_window_open_file (window, path, SCHAKEL_OPEN_NONE));
  gtk_window_present (GTK_WINDOW (window));
  schakel_window_set_visible_view (window, "jongeren");
  wait_idle (schakel_window_get_minors_view (window));
  return window;
}

static SchakelWindow *
open_window (void)
{
  return open_window_on (db_path);
}

static GtkColumnViewColumn *
get_column (GtkColumnView *column_view,
            const char    *title)
{
  GListModel *columns = gtk_column_view_get_columns (column_view);

  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (g_strcmp0 (gtk_column_view_column_get_title (column), title) == 0)
        return column; /* the view keeps it */
    }
  g_error ("No column %s", title);
}

static SchakelMinorSummary *
shown_item (SchakelMinorsView *view,
            guint              position)
{
  GListModel *model = G_LIST_MODEL (gtk_column_view_get_model (_schakel_minors_view_get_column_view (view)));
  g_autoptr(SchakelMinorSummary) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  return item; /* the store keeps it */
}

/* Dashboard */

static gboolean
dashboard_ready_cb (gpointer data)
{
  SchakelDashboardView *view = data;

  return !schakel_dashboard_view_get_loading (view) &&
         g_strcmp0 (_schakel_dashboard_view_get_page (view), "figures") == 0;
}

static void
wait_dashboard (SchakelDashboardView *view)
{
  wait_for (dashboard_ready_cb, view, "the dashboard to compute its figures");
}

/* The figures of @scope on @day as the tiles should show them, from the
 * core directly on a connection of the test's own. */
static GPtrArray *
expected_values (const char *scope_text,
                 SchakelDay  day,
                 gboolean    publication)
{
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, NULL);
  g_autoptr(SchakelScope) scope = schakel_scope_parse (scope_text, NULL);
  g_autoptr(GError) error = NULL;
  GPtrArray *values;

  g_assert_nonnull (db);
  g_assert_nonnull (scope);
  values = schakel_metrics_compute (db, scope, day, NULL, NULL, &error);
  g_assert_no_error (error);
  if (publication)
    {
      SchakelPublicationRules rules;

      schakel_publication_rules_load (&rules, db);
      for (guint i = 0; i < values->len; i++)
        schakel_metric_value_publish (g_ptr_array_index (values, i), &rules);
    }
  return values;
}

static const SchakelMetricValue *
value_of (GPtrArray  *values,
          const char *id)
{
  const SchakelMetricValue *value = schakel_metrics_find (values, id);

  g_assert_nonnull (value);
  return value;
}

static void
assert_tiles (SchakelDashboardView *view,
              const char           *scope_text,
              SchakelDay            day,
              gboolean              publication)
{
  g_autoptr(GPtrArray) values = expected_values (scope_text, day, publication);
  const char * const ids[] = { "present", "in_education_share", "time_to_school", "waitlist_open",
                               "moves_per_child_year", "escalations_open", "escalations_overdue",
                               "escalation_timeliness", "adult_plan_share", "adult_plan_in_region",
                               "completeness" };
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, NULL);
  g_autoptr(GPtrArray) ladders = schakel_ladder_list (db, NULL);
  SchakelPublicationRules rules;

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autofree char *expected = schakel_metric_value_format (value_of (values, ids[i]));
      SchakelDashboardTile *tile = _schakel_dashboard_view_get_tile (view, ids[i]);

      g_assert_nonnull (tile);
      g_test_message ("%s %s: %s", scope_text, ids[i], expected);
      g_assert_cmpstr (schakel_dashboard_tile_get_value_text (tile), ==, expected);
    }

  /* The escalation counts list their steps as the engine split them. */
  g_assert_nonnull (ladders);
  schakel_publication_rules_load (&rules, db);
  for (guint i = 0; schakel_dashboard_step_ids[i] != NULL; i++)
    {
      g_autofree char *expected = schakel_dashboard_format_steps (value_of (values, schakel_dashboard_step_ids[i]),
                                                                  ladders, &rules);
      SchakelDashboardTile *tile = _schakel_dashboard_view_get_tile (view, schakel_dashboard_step_ids[i]);

      g_assert_nonnull (tile);
      g_assert_cmpstr (schakel_dashboard_tile_get_steps_text (tile), ==, expected != NULL ? expected : "");
    }
}

/* The open escalations of the whole demo, by step: every step named as
 * the national ladder names it, the counts adding up to the figure. */
static void
assert_open_steps (SchakelDashboardView *view)
{
  g_autoptr(GPtrArray) values = expected_values ("nl", schakel_dashboard_view_get_day (view), FALSE);
  const SchakelMetricValue *open = value_of (values, "escalations_open");
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, NULL);
  g_autoptr(GPtrArray) ladders = schakel_ladder_list (db, NULL);
  const SchakelLadder *national = g_ptr_array_index (ladders, 0);
  const char *text = schakel_dashboard_tile_get_steps_text (_schakel_dashboard_view_get_tile (view, "escalations_open"));
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  gint64 total = 0;

  g_assert_cmpint (open->numerator, >, 0);
  g_assert_cmpuint (g_strv_length (lines), ==, open->parts->len);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *colon = strrchr (lines[i], ':');
      g_autofree char *name = g_strndup (lines[i], colon - lines[i]);
      gboolean known = FALSE;

      for (guint s = 0; s < national->steps->len; s++)
        known |= g_str_equal (((SchakelLadderStep *) g_ptr_array_index (national->steps, s))->name, name);
      g_assert_true (known);
      total += g_ascii_strtoll (colon + 1, NULL, 10);
    }
  g_assert_cmpint (total, ==, open->numerator);
}

static SchakelDashboardView *
show_dashboard (SchakelWindow *window)
{
  SchakelDashboardView *view = schakel_window_get_dashboard_view (window);

  schakel_window_set_visible_view (window, "dashboard");
  wait_dashboard (view);
  return view;
}

/* A province with minors present on @day: the one with the most. */
static char *
busiest_child (const char *scope_text,
               SchakelDay  day,
               gint64     *present)
{
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, NULL);
  g_autoptr(SchakelScope) scope = schakel_scope_parse (scope_text, NULL);
  g_autoptr(GPtrArray) children = schakel_scope_list_children (scope, db, NULL);
  const char *ids[] = { "present", NULL };
  char *best = NULL;

  *present = -1;
  for (guint i = 0; i < children->len; i++)
    {
      g_autoptr(GPtrArray) v = schakel_metrics_compute (db, g_ptr_array_index (children, i), day, ids, NULL, NULL);

      if (((SchakelMetricValue *) g_ptr_array_index (v, 0))->numerator > *present)
        {
          *present = ((SchakelMetricValue *) g_ptr_array_index (v, 0))->numerator;
          g_free (best);
          best = schakel_scope_to_string (g_ptr_array_index (children, i));
        }
    }
  return best;
}

/* Switching scope and date: the tiles show what the metrics engine gives,
 * the choice is remembered, and the table lists the scopes inside. */
static void
test_ui_dashboard_scope_and_date (void)
{
  SchakelWindow *window = open_window ();
  SchakelDashboardView *view = show_dashboard (window);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  SchakelDay last = schakel_dashboard_view_get_day (view);
  SchakelDay earlier = schakel_day_add_months (last, -2);
  g_autofree char *province = NULL;
  g_autofree char *saved = NULL;
  gint64 present;
  char iso[SCHAKEL_ISO_DATE_LEN];

  g_assert_cmpint (last, !=, SCHAKEL_DAY_NONE);
  assert_tiles (view, "nl", last, FALSE);
  assert_open_steps (view);
  /* Nationally, the table has one row per province. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (_schakel_dashboard_view_get_table (view)))),
                    ==, 12);

  province = busiest_child ("nl", last, &present);
  g_assert_cmpint (present, >, 0);
  g_assert_true (schakel_dashboard_view_set_scope (view, province));
  /* The previous figures stay while the new ones are computed. */
  g_assert_true (schakel_dashboard_view_get_loading (view));
  g_assert_cmpstr (_schakel_dashboard_view_get_page (view), ==, "figures");
  wait_dashboard (view);
  assert_tiles (view, province, last, FALSE);

  schakel_dashboard_view_set_day (view, earlier);
  wait_dashboard (view);
  assert_tiles (view, province, earlier, FALSE);

  saved = g_settings_get_string (settings, "dashboard-scope");
  g_assert_cmpstr (saved, ==, province);
  g_clear_pointer (&saved, g_free);
  saved = g_settings_get_string (settings, "dashboard-date");
  schakel_day_format_iso (earlier, iso);
  g_assert_cmpstr (saved, ==, iso);

  /* Two quick changes: only the last one's figures are shown. */
  g_assert_true (schakel_dashboard_view_set_scope (view, "nl"));
  schakel_dashboard_view_set_day (view, last);
  wait_dashboard (view);
  assert_tiles (view, "nl", last, FALSE);

  /* Searching the scope chooser: Enter takes the first match, the
   * province before the municipality of the same name. */
  gtk_editable_set_text (GTK_EDITABLE (_schakel_dashboard_view_get_scope_search (view)), "  utrecht ");
  g_signal_emit_by_name (_schakel_dashboard_view_get_scope_search (view), "activate");
  g_clear_pointer (&saved, g_free);
  saved = schakel_dashboard_view_dup_scope (view);
  g_assert_cmpstr (saved, ==, "provincie:PV26");
  wait_dashboard (view);
  g_assert_true (schakel_dashboard_view_set_scope (view, "nl"));
  wait_dashboard (view);

  /* A date outside the data is moved to its edge. */
  schakel_dashboard_view_set_day (view, last + 400);
  g_assert_cmpint (schakel_dashboard_view_get_day (view), ==, last);
  wait_dashboard (view);

  save_and_check_render (GTK_WIDGET (window), "dashboard.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Publication mode shows a small count as <5 and the figure again when
 * switched off. */
static void
test_ui_dashboard_publication (void)
{
  SchakelWindow *window = open_window ();
  SchakelDashboardView *view = show_dashboard (window);
  SchakelDay day = schakel_dashboard_view_get_day (view);
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, NULL);
  g_autoptr(SchakelScope) national = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(GPtrArray) regions = schakel_scope_list_children (national, db, NULL);
  g_autofree char *small = NULL;
  const char *ids[] = { "present", NULL };
  SchakelDashboardTile *tile = _schakel_dashboard_view_get_tile (view, "present");

  /* A municipality with 1 to 4 minors present. */
  for (guint r = 0; small == NULL && r < regions->len; r++)
    {
      g_autoptr(GPtrArray) municipalities = schakel_scope_list_children (g_ptr_array_index (regions, r), db, NULL);

      for (guint m = 0; small == NULL && m < municipalities->len; m++)
        {
          g_autoptr(GPtrArray) v = schakel_metrics_compute (db, g_ptr_array_index (municipalities, m), day, ids,
                                                            NULL, NULL);
          gint64 n = ((SchakelMetricValue *) g_ptr_array_index (v, 0))->numerator;

          if (n >= 1 && n <= 4)
            small = schakel_scope_to_string (g_ptr_array_index (municipalities, m));
        }
    }
  g_assert_nonnull (small);

  g_assert_true (schakel_dashboard_view_set_scope (view, small));
  wait_dashboard (view);
  assert_tiles (view, small, day, FALSE);
  g_assert_cmpstr (schakel_dashboard_tile_get_value_text (tile), !=, "<5");

  gtk_switch_set_active (_schakel_dashboard_view_get_publication (view), TRUE);
  wait_dashboard (view);
  g_assert_cmpstr (schakel_dashboard_tile_get_value_text (tile), ==, "<5");
  assert_tiles (view, small, day, TRUE);

  gtk_switch_set_active (_schakel_dashboard_view_get_publication (view), FALSE);
  wait_dashboard (view);
  assert_tiles (view, small, day, FALSE);

  g_assert_true (schakel_dashboard_view_set_scope (view, "nl"));
  wait_dashboard (view);
  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  SchakelMinorsView *view;
  gboolean           only;
  guint              n;
} ShownOnly;

static gboolean
shown_only_cb (gpointer data)
{
  ShownOnly *shown = data;

  return !_schakel_minors_view_is_busy (shown->view) &&
         schakel_minors_view_get_showing_only (shown->view) == shown->only &&
         schakel_minors_view_get_n_shown (shown->view) == shown->n;
}

/* Activating a tile lists the minors behind it in the Jongeren view,
 * until the user clears that filter. */
static void
test_ui_dashboard_minors_behind (void)
{
  SchakelWindow *window = open_window ();
  SchakelDashboardView *view = show_dashboard (window);
  SchakelMinorsView *minors = schakel_window_get_minors_view (window);
  g_autoptr(GPtrArray) values = expected_values ("nl", schakel_dashboard_view_get_day (view), FALSE);
  const char * const ids[] = { "in_education_share", "present" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      SchakelDashboardTile *tile = _schakel_dashboard_view_get_tile (view, ids[i]);
      ShownOnly only = { minors, TRUE, (guint) value_of (values, ids[i])->numerator };
      ShownOnly all = { minors, FALSE, N_DEMO_MINORS };

      g_assert_true (schakel_dashboard_tile_get_lists_minors (tile));
      g_assert_cmpuint (only.n, >, 0);
      g_signal_emit_by_name (_schakel_dashboard_view_get_tile_box (view), "child-activated", tile);
      wait_for (shown_only_cb, &only, "the minors behind the figure");
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==,
                       "jongeren");

      schakel_minors_view_show_only (minors, NULL, NULL);
      wait_for (shown_only_cb, &all, "every minor again");
      schakel_window_set_visible_view (window, "dashboard");
    }

  /* Open entries and reports list their minors, as do the 18+ plans; a
   * wait over entries does not. */
  g_assert_true (schakel_dashboard_tile_get_lists_minors (_schakel_dashboard_view_get_tile (view, "waitlist_open")));
  g_assert_true (schakel_dashboard_tile_get_lists_minors (_schakel_dashboard_view_get_tile (view, "escalations_open")));
  g_assert_true (schakel_dashboard_tile_get_lists_minors (_schakel_dashboard_view_get_tile (view, "escalations_overdue")));
  g_assert_false (schakel_dashboard_tile_get_lists_minors (_schakel_dashboard_view_get_tile (view, "waitlist_wait")));
  g_assert_true (schakel_dashboard_tile_get_lists_minors (_schakel_dashboard_view_get_tile (view, "adult_plan_share")));
  g_assert_true (schakel_dashboard_tile_get_lists_minors (_schakel_dashboard_view_get_tile (view, "adult_plan_in_region")));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A database without placements says so instead of showing zeros. */
static gboolean
dashboard_message_cb (gpointer data)
{
  SchakelDashboardView *view = data;

  return !schakel_dashboard_view_get_loading (view) &&
         g_strcmp0 (_schakel_dashboard_view_get_page (view), "message") == 0;
}

static void
test_ui_dashboard_empty (void)
{
  g_autofree char *path = schakel_test_tmp_path ("ui-empty.db");
  SchakelWindow *window = schakel_window_new (NULL);
  SchakelDashboardView *view = schakel_window_get_dashboard_view (window);

  g_assert_true (schakel_window_open_file (window, path, SCHAKEL_OPEN_CREATE));
  schakel_window_set_visible_view (window, "dashboard");
  wait_for (dashboard_message_cb, view, "the dashboard to say there is nothing to show");
  g_assert_cmpint (schakel_dashboard_view_get_day (view), ==, SCHAKEL_DAY_NONE);
  g_assert_false (schakel_dashboard_view_set_scope (view, "nl"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Tests */

static void
test_ui_window_list (void)
{
  SchakelWindow *window = open_window ();
  SchakelMinorsView *view = schakel_window_get_minors_view (window);
  SchakelDay day = schakel_minors_view_get_day (view);
  gint64 n_minors = count_sql ("SELECT count (*) FROM minor", day, NULL);
  gint64 n_amv = count_sql ("SELECT count (*) FROM minor WHERE amv = 1", day, NULL);
  g_autofree char *education_sql = g_strdup_printf ("SELECT count (*) FROM minor m WHERE %s", in_education_sql);
  g_autofree char *amv_education_sql = g_strdup_printf ("SELECT count (*) FROM minor m WHERE amv = 1 AND %s",
                                                        in_education_sql);
  g_autofree char *id = NULL;
  g_autofree char *lower_id = NULL;
  GtkDropDown *amv = _schakel_minors_view_get_amv_dropdown (view);
  GtkDropDown *education = _schakel_minors_view_get_education_dropdown (view);
  GtkDropDown *location = _schakel_minors_view_get_location_dropdown (view);
  GtkDropDown *region = _schakel_minors_view_get_region_dropdown (view);
  guint n_location_types;
  gint64 n_placed, n_not_placed;

  g_assert_cmpstr (_schakel_window_get_main_page (window), ==, "content");
  g_assert_true (_schakel_window_get_demo_marked (window));
  g_assert_cmpint (day, !=, SCHAKEL_DAY_NONE);

  /* Every minor, and the count line says so. */
  g_assert_cmpint (n_minors, ==, N_DEMO_MINORS);
  g_assert_cmpuint (schakel_minors_view_get_n_minors (view), ==, n_minors);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, n_minors);

  save_and_check_render (GTK_WIDGET (window), "test-ui-window-jongeren.png");

  /* Search: one existing ID, also in lower case; a nonsense text. */
  id = g_strdup (schakel_minor_summary_get_jongere_id (shown_item (view, 42)));
  search (view, id, 1);
  g_assert_cmpstr (schakel_minor_summary_get_jongere_id (shown_item (view, 0)), ==, id);
  lower_id = g_ascii_strdown (id, -1);
  search (view, lower_id, 1);
  search (view, "no such minor anywhere", 0);
  search (view, "", n_minors);

  /* amv and education against SQL counts. */
  gtk_drop_down_set_selected (amv, SCHAKEL_AMV_ONLY);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, n_amv);
  gtk_drop_down_set_selected (amv, SCHAKEL_AMV_ACCOMPANIED);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, n_minors - n_amv);

  gtk_drop_down_set_selected (amv, SCHAKEL_AMV_ALL);
  gtk_drop_down_set_selected (education, SCHAKEL_EDUCATION_IN);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, count_sql (education_sql, day, NULL));
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), >, 0);
  gtk_drop_down_set_selected (education, SCHAKEL_EDUCATION_NOT);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, n_minors - count_sql (education_sql, day, NULL));

  gtk_drop_down_set_selected (amv, SCHAKEL_AMV_ONLY);
  gtk_drop_down_set_selected (education, SCHAKEL_EDUCATION_IN);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, count_sql (amv_education_sql, day, NULL));
  gtk_drop_down_set_selected (amv, SCHAKEL_AMV_ALL);
  gtk_drop_down_set_selected (education, SCHAKEL_EDUCATION_ALL);

  /* Not placed: the last entry of the location-type list. */
  schakel_code_list_get (SCHAKEL_CODE_LIST_LOCATION_TYPE, &n_location_types);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (location)), ==,
                    SCHAKEL_LOCATION_CHOICE_FIRST_TYPE + n_location_types + 1);
  n_not_placed = count_sql ("SELECT count (*) FROM minor m WHERE NOT EXISTS"
                            " (SELECT 1 FROM placement p WHERE p.minor_id = m.id AND " ACTIVE ("p") ")",
                            day, NULL);
  gtk_drop_down_set_selected (location, SCHAKEL_LOCATION_CHOICE_FIRST_TYPE + n_location_types);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, n_not_placed);

  /* In reception: every minor with a current placement, right after "all". */
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (location)),
                                               SCHAKEL_LOCATION_CHOICE_PLACED), ==, "In reception");
  n_placed = count_sql ("SELECT count (*) FROM minor m WHERE EXISTS"
                        " (SELECT 1 FROM placement p WHERE p.minor_id = m.id AND " ACTIVE ("p") ")",
                        day, NULL);
  gtk_drop_down_set_selected (location, SCHAKEL_LOCATION_CHOICE_PLACED);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, n_placed);
  g_assert_cmpint (n_placed, >, 0);
  g_assert_cmpint (n_placed + n_not_placed, ==, n_minors);

  /* ... and combined with amv only. */
  gtk_drop_down_set_selected (amv, SCHAKEL_AMV_ONLY);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==,
                    count_sql ("SELECT count (*) FROM minor m WHERE amv = 1 AND EXISTS"
                               " (SELECT 1 FROM placement p WHERE p.minor_id = m.id AND " ACTIVE ("p") ")",
                               day, NULL));
  gtk_drop_down_set_selected (amv, SCHAKEL_AMV_ALL);
  gtk_drop_down_set_selected (location, SCHAKEL_LOCATION_CHOICE_ALL);

  /* The first region of the list, against SQL for the current placement. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (region)), >, 1);
  gtk_drop_down_set_selected (region, 1);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==,
                    count_sql ("SELECT count (*) FROM minor m"
                               " JOIN placement p ON p.id = (SELECT p1.id FROM placement p1"
                               "   WHERE p1.minor_id = m.id AND " ACTIVE ("p1")
                               "   ORDER BY p1.start_date DESC LIMIT 1)"
                               " JOIN location l ON l.id = p.location_id"
                               " JOIN region_municipality rm ON rm.municipality_code = l.municipality_code"
                               "  AND rm.scheme_code = coalesce ((SELECT value FROM setting"
                               "                                  WHERE key = 'default_region_scheme'), 'provincie')"
                               "  AND rm.region_code = :text",
                               day, _schakel_minors_view_get_region_code (view, 1)));
  gtk_drop_down_set_selected (region, 0);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, n_minors);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
timeline_loaded_cb (gpointer data)
{
  return !_schakel_timeline_view_is_loading (data);
}

static void
test_ui_window_sort_and_activate (void)
{
  SchakelWindow *window = open_window ();
  SchakelMinorsView *view = schakel_window_get_minors_view (window);
  GtkColumnView *column_view = _schakel_minors_view_get_column_view (view);
  SchakelTimelineView *timeline = _schakel_window_get_timeline_view (window);
  guint n = schakel_minors_view_get_n_shown (view);
  g_autofree char *id = NULL;

  /* Most moves first. */
  gtk_column_view_sort_by_column (column_view, get_column (column_view, "Moves"), GTK_SORT_DESCENDING);
  wait_idle (view);
  g_assert_cmpuint (schakel_minors_view_get_n_shown (view), ==, n);
  for (guint i = 1; i < n; i++)
    g_assert_cmpuint (schakel_minor_summary_get_n_moves (shown_item (view, i - 1)), >=,
                      schakel_minor_summary_get_n_moves (shown_item (view, i)));
  g_assert_cmpuint (schakel_minor_summary_get_n_moves (shown_item (view, 0)), >,
                    schakel_minor_summary_get_n_moves (shown_item (view, n - 1)));

  /* Municipality by name, ascending, ignoring case. */
  gtk_column_view_sort_by_column (column_view, get_column (column_view, "Municipality"), GTK_SORT_ASCENDING);
  wait_idle (view);
  for (guint i = 1; i < n; i++)
    {
      const char *a = schakel_minor_summary_get_municipality_name (shown_item (view, i - 1));
      const char *b = schakel_minor_summary_get_municipality_name (shown_item (view, i));
      g_autofree char *folded_a = NULL;
      g_autofree char *folded_b = NULL;

      if (a == NULL || b == NULL)
        continue;
      folded_a = g_utf8_casefold (a, -1);
      folded_b = g_utf8_casefold (b, -1);
      g_assert_cmpint (g_utf8_collate (folded_a, folded_b), <=, 0);
    }

  /* Activating a row shows its timeline (test-ui-timeline tries it out). */
  id = g_strdup (schakel_minor_summary_get_jongere_id (shown_item (view, 0)));
  g_signal_emit_by_name (column_view, "activate", 0);
  wait_for (timeline_loaded_cb, timeline, "the timeline to load");
  g_assert_cmpstr (schakel_window_get_visible_view (window), ==, "tijdlijn");
  g_assert_cmpstr (_schakel_window_get_selected_minor (window), ==, id);
  g_assert_cmpstr (_schakel_timeline_view_get_page (timeline), ==, "timeline");
  g_assert_cmpstr (gtk_label_get_label (_schakel_timeline_view_get_label (timeline, "id")), ==, id);

  save_and_check_render (GTK_WIDGET (window), "test-ui-window-tijdlijn.png");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_window_read_only (void)
{
  SchakelWindow *writer = open_window ();
  SchakelWindow *second = open_window ();

  /* The first window holds the writer lock; the second one falls back to
   * reading and says so, with the list still complete. */
  g_assert_false (schakel_database_is_read_only (schakel_window_get_database (writer)));
  g_assert_true (schakel_database_is_read_only (schakel_window_get_database (second)));
  g_assert_cmpuint (schakel_minors_view_get_n_shown (schakel_window_get_minors_view (second)), ==, N_DEMO_MINORS);

  gtk_window_destroy (GTK_WINDOW (second));
  gtk_window_destroy (GTK_WINDOW (writer));
}

/* When the writer lock cannot be made (here a folder sits where the lock
 * file would go, as a read-only share would refuse it), the window opens
 * the database read-only and says why. */
static void
test_ui_window_not_writable (void)
{
  g_autofree char *copy = copy_demo_database ("not-writable.db");
  g_autofree char *lock = g_strconcat (copy, ".lock", NULL);
  SchakelWindow *window = schakel_window_new (NULL);
  SchakelDatabase *db;

  g_assert_cmpint (g_mkdir (lock, 0700), ==, 0);

  g_assert_true (schakel_window_open_file (window, copy, SCHAKEL_OPEN_NONE));
  db = schakel_window_get_database (window);
  g_assert_nonnull (db);
  g_assert_true (schakel_database_is_read_only (db));

  gtk_window_destroy (GTK_WINDOW (window));
  g_rmdir (lock);
}

/* Opening the database that is already open, by another name even, keeps
 * the writing connection instead of meeting its own lock. */
static void
test_ui_window_reopen_same (void)
{
  SchakelWindow *window = open_window ();
  SchakelDatabase *db = schakel_window_get_database (window);
  g_autofree char *dir = g_path_get_dirname (schakel_database_get_path (db));
  g_autofree char *base = g_path_get_basename (schakel_database_get_path (db));
  g_autofree char *indirect = g_build_filename (dir, ".", base, NULL);

  g_assert_false (schakel_database_is_read_only (db));
  g_assert_true (schakel_window_open_file (window, indirect, SCHAKEL_OPEN_NONE));
  g_assert_true (schakel_window_get_database (window) == db);
  g_assert_false (schakel_database_is_read_only (schakel_window_get_database (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_window_dialogs (void)
{
  SchakelWindow *window = open_window ();
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWidget *preferences;
  GtkWidget *about;
  GObject *overlay;

  /* The secondary windows build from their templates and resources. */
  preferences = schakel_preferences_window_new (window);
  gtk_window_present (GTK_WINDOW (preferences));
  run_for (200);
  gtk_window_destroy (GTK_WINDOW (preferences));

  about = schakel_about_window_new (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (about));
  run_for (200);
  gtk_window_destroy (GTK_WINDOW (about));

  /* File ▸ Open shows a file chooser (GTK's own with GTK_USE_PORTAL=0). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open", NULL));
  run_for (300);

  builder = gtk_builder_new_from_resource (APP_PATH "/gtk/help-overlay.ui");
  overlay = gtk_builder_get_object (builder, "help_overlay");
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));

  /* Every view shows something, and the placeholders say they are not there yet. */
  for (guint i = 0; i < 5; i++)
    {
      static const char * const views[] = { "dashboard", "jongeren", "tijdlijn", "grafieken", "rapporten" };

      schakel_window_set_visible_view (window, views[i]);
      run_for (50);
      g_assert_cmpstr (schakel_window_get_visible_view (window), ==, views[i]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
main_page_is_cb (gpointer data)
{
  SchakelWindow *window = data;

  return g_strcmp0 (_schakel_window_get_main_page (window), "content") == 0 &&
         !_schakel_minors_view_is_busy (schakel_window_get_minors_view (window));
}

static gboolean
only_reference_cb (gpointer data)
{
  return g_atomic_int_get (&G_OBJECT (data)->ref_count) == 1;
}

/* Whether a temporary demo database ("<standard>.new-…") is left beside
 * the standard one. */
static gboolean
has_partial_files (const char *standard)
{
  g_autofree char *dir_name = g_path_get_dirname (standard);
  g_autofree char *base = g_path_get_basename (standard);
  g_autofree char *prefix = g_strconcat (base, ".new", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_name, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return TRUE;
  return FALSE;
}

/* Closing the window while the demo is being made leaves nothing behind. */
static void
test_ui_window_first_start_cancelled (void)
{
  g_autofree char *standard = schakel_paths_get_standard_database ();
  SchakelWindow *window = schakel_window_new (NULL);

  g_assert_false (g_file_test (standard, G_FILE_TEST_EXISTS));
  g_object_ref (window);
  gtk_window_present (GTK_WINDOW (window));
  schakel_window_open_default (window);
  g_assert_cmpstr (_schakel_window_get_main_page (window), ==, "creating");
  run_for (100);
  gtk_window_destroy (GTK_WINDOW (window));

  /* The worker holds the window until it has stopped. */
  wait_for (only_reference_cb, window, "the demo worker to stop");
  g_object_unref (window);
  g_assert_false (g_file_test (standard, G_FILE_TEST_EXISTS));
  g_assert_false (has_partial_files (standard));
}

/* The very first start makes the demo database and opens it. */
static void
test_ui_window_first_start (void)
{
  g_autofree char *standard = schakel_paths_get_standard_database ();
  SchakelWindow *window = schakel_window_new (NULL);
  SchakelDatabase *db;

  g_assert_false (g_file_test (standard, G_FILE_TEST_EXISTS));
  gtk_window_present (GTK_WINDOW (window));
  schakel_window_open_default (window);
  g_assert_cmpstr (_schakel_window_get_main_page (window), ==, "creating");
  run_for (300);
  save_and_check_render (GTK_WIDGET (window), "test-ui-window-first-start.png");

  wait_for (main_page_is_cb, window, "the demo database to be made and shown");
  db = schakel_window_get_database (window);
  g_assert_nonnull (db);
  g_assert_cmpstr (schakel_database_get_path (db), ==, standard);
  g_assert_false (schakel_database_is_read_only (db));
  g_assert_true (schakel_database_is_synthetic (db));
  g_assert_true (_schakel_window_get_demo_marked (window));
  g_assert_false (has_partial_files (standard));
  g_assert_cmpuint (schakel_minors_view_get_n_minors (schakel_window_get_minors_view (window)), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The SCHAKEL_BENCH marks, from the app run as a process of its own */

typedef struct
{
  char     *out;       /* stdout */
  gboolean  quit;      /* quit by itself rather than killed */
  int       status;    /* exit status when it quit */
  gboolean  done;
} AppRun;

static void
app_run_clear (AppRun *run)
{
  g_clear_pointer (&run->out, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (AppRun, app_run_clear)

static void
app_communicate_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  AppRun *run = data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &run->out, NULL, &error);
  g_assert_no_error (error);
  run->done = TRUE;
}

/* Runs schakel with SCHAKEL_BENCH=1 on @database (NULL: the default one)
 * until it quits, or kills it @linger_ms after @ready_file appears (NULL:
 * after the start). */
static void
run_app (AppRun     *run,
         const char *database,
         const char *data_home,
         const char *ready_file,
         guint       linger_ms)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *no_bus = g_strconcat ("unix:path=", data_home, "/no-bus", NULL);
  const char *app = g_getenv ("SCHAKEL_APP");
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;
  gint64 kill_at = ready_file == NULL ? g_get_monotonic_time () + linger_ms * 1000 : G_MAXINT64;
  gboolean killed = FALSE;
  guint wake;

  g_assert_nonnull (app);
  g_subprocess_launcher_setenv (launcher, "SCHAKEL_BENCH", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data_home, TRUE);
  /* No session bus: the app is not unique, so no running Schakel takes
   * over; and GTK's warning about the bus must not be fatal. */
  g_subprocess_launcher_setenv (launcher, "DBUS_SESSION_BUS_ADDRESS", no_bus, TRUE);
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");

  process = g_subprocess_launcher_spawn (launcher, &error, app, database, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, app_communicate_cb, run);

  wake = g_timeout_add (10, wake_cb, NULL);
  while (!run->done)
    {
      gint64 now = g_get_monotonic_time ();

      if (kill_at == G_MAXINT64 && g_file_test (ready_file, G_FILE_TEST_EXISTS))
        kill_at = now + linger_ms * 1000;
      if (!killed && now >= MIN (kill_at, deadline))
        {
          g_subprocess_force_exit (process);
          killed = TRUE;
        }
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);

  g_subprocess_wait (process, NULL, &error);
  g_assert_no_error (error);
  run->quit = !killed && g_subprocess_get_if_exited (process);
  run->status = run->quit ? g_subprocess_get_exit_status (process) : -1;
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GFile *child;

  children = g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  while (children != NULL && g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
    remove_tree (child);
  g_file_delete (file, NULL, NULL);
}

/* Both marks, then the app quits. */
static void
test_ui_bench_marks (void)
{
  g_autofree char *data_home = schakel_test_tmp_path ("bench-marks");
  g_auto(AppRun) run = { 0 };

  run_app (&run, db_path, data_home, NULL, 60000);
  g_assert_cmpstr (run.out, ==, "first-frame\nlist-loaded\n");
  g_assert_true (run.quit);
  g_assert_cmpint (run.status, ==, 0);
}

/* A database that cannot be opened: no marks, and the app stays. */
static void
test_ui_bench_not_a_database (void)
{
  g_autofree char *data_home = schakel_test_tmp_path ("bench-error");
  g_autofree char *path = schakel_test_tmp_path ("not-a-database.db");
  g_auto(AppRun) run = { 0 };

  g_assert_true (g_file_set_contents (path, "This is no database.\n", -1, NULL));
  run_app (&run, path, data_home, NULL, 3000);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_false (run.quit);
}

/* The first start makes the demo database: no marks, not even once the
 * demo is shown, and the app stays. */
static void
test_ui_bench_first_start (void)
{
  g_autofree char *data_home = schakel_test_tmp_path ("bench-first-start");
  g_autofree char *standard = g_build_filename (data_home, "schakel", "schakel.db", NULL);
  g_autoptr(GFile) data_home_file = g_file_new_for_path (data_home);
  g_auto(AppRun) run = { 0 };

  run_app (&run, NULL, data_home, standard, 3000);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_false (run.quit);
  g_assert_true (g_file_test (standard, G_FILE_TEST_EXISTS));
  remove_tree (data_home_file);
}

/* The import assistant */

static gboolean
assistant_ready_cb (gpointer data)
{
  return !schakel_import_assistant_get_busy (data);
}

static void
wait_assistant (SchakelImportAssistant *assistant,
                const char             *page)
{
  wait_for (assistant_ready_cb, assistant, "the import assistant's worker");
  g_assert_cmpstr (schakel_import_assistant_get_page (assistant), ==, page);
}

static gboolean
n_minors_cb (gpointer data)
{
  ShownCount *count = data;

  return !_schakel_minors_view_is_busy (count->view) &&
         schakel_minors_view_get_n_minors (count->view) == count->n;
}

static void
save_light_and_dark (GtkWidget  *window,
                     const char *name)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autofree char *light = g_strdup_printf ("%s.png", name);
  g_autofree char *dark = g_strdup_printf ("%s-dark.png", name);

  /* The paintable shows the last frame drawn: let the page's come first. */
  run_for (500);
  save_and_check_render (window, light);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  run_for (500);
  save_and_check_render (window, dark);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

static char *
write_csv (const char *name,
           const char *contents)
{
  char *path = schakel_test_tmp_path (name);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static gint64
count_in (const char *path,
          const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (path, SCHAKEL_DATABASE_READ_ONLY, &error);

  g_assert_no_error (error);
  return schakel_test_query_int (db, sql);
}

/* A file with one bad row: the error shows with its line, Import All is
 * refused, the valid rows go in, the rejects land beside the file, the
 * list refreshes and the history shows the run. */
static void
test_ui_import_valid_only (void)
{
  g_autofree char *copy = copy_demo_database ("import-ui.db");
  g_autofree char *csv = write_csv ("ui-jongeren.csv",
                                    "jongere_id;geboortedatum;geslacht;amv\r\n"
                                    "UI-1;14-05-2010;v;ja\r\n"
                                    "UI-2;31-02-2011;m;nee\r\n"
                                    "UI-3;2012-01;x;ja\r\n"
                                    "UI-4;01-03-2009;q;ja\r\n");
  g_autofree char *rejects = schakel_test_tmp_path ("ui-jongeren-afgekeurd.csv");
  const char *paths[] = { csv, NULL };
  SchakelWindow *window = open_window_on (copy);
  SchakelImportAssistant *assistant;
  SchakelImportHistoryWindow *history;
  g_autoptr(SchakelImportMessage) error = NULL;
  g_autofree char *text = NULL;
  ShownCount count = { schakel_window_get_minors_view (window), N_DEMO_MINORS + 2 };

  g_unlink (rejects);
  assistant = _schakel_window_import_files (window, paths);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (assistant)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (assistant)) == GTK_WINDOW (window));
  wait_assistant (assistant, "review");

  g_assert_cmpuint (g_list_model_get_n_items (schakel_import_assistant_get_errors (assistant)), ==, 2);
  error = g_list_model_get_item (schakel_import_assistant_get_errors (assistant), 0);
  g_assert_cmpstr (schakel_import_message_get_file (error), ==, "ui-jongeren.csv");
  g_assert_cmpuint (schakel_import_message_get_line (error), ==, 3);
  g_assert_cmpstr (schakel_import_message_get_column (error), ==, "geboortedatum");
  text = schakel_import_message_to_string (error);
  g_assert_nonnull (strstr (text, "ui-jongeren.csv:3: geboortedatum: "));
  g_assert_nonnull (strstr (text, "31-02-2011"));
  g_assert_cmpuint (schakel_import_get_result (schakel_import_assistant_get_import (assistant), 0)->rows, ==, 4);
  /* The check changed nothing, not even the history. */
  g_assert_cmpint (count_in (copy, "SELECT count(*) FROM minor WHERE jongere_id LIKE 'UI-%'"), ==, 0);
  g_assert_cmpint (count_in (copy, "SELECT count(*) FROM import_run"), ==, 0);

  g_assert_false (gtk_widget_get_sensitive (_schakel_import_assistant_get_button (assistant, "import-all")));
  g_assert_true (gtk_widget_get_sensitive (_schakel_import_assistant_get_button (assistant, "import-valid")));
  save_light_and_dark (GTK_WIDGET (assistant), "import-review");

  g_signal_emit_by_name (_schakel_import_assistant_get_button (assistant, "import-valid"), "clicked");
  wait_assistant (assistant, "summary");
  save_light_and_dark (GTK_WIDGET (assistant), "import-summary");
  g_assert_cmpint (count_in (copy, "SELECT count(*) FROM minor WHERE jongere_id LIKE 'UI-%'"), ==, 2);
  g_assert_true (g_file_test (rejects, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (schakel_import_get_result (schakel_import_assistant_get_import (assistant), 0)->rejects_path, ==, rejects);
  wait_for (n_minors_cb, &count, "the minors list to show the imported minors");
  gtk_window_destroy (GTK_WINDOW (assistant));

  history = _schakel_window_show_import_history (window);
  g_assert_cmpuint (schakel_import_history_window_get_n_runs (history), ==, 1);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (schakel_import_history_window_get_row (history, 0))),
                   ==, "ui-jongeren.csv");
  save_light_and_dark (GTK_WIDGET (history), "import-history");
  gtk_window_destroy (GTK_WINDOW (history));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Cancel while importing leaves the database as it was. */
static void
test_ui_import_cancel (void)
{
  g_autofree char *copy = copy_demo_database ("import-cancel.db");
  g_autoptr(GString) rows = g_string_new ("jongere_id;geboortedatum;geslacht;amv\n");
  g_autofree char *csv = NULL;
  const char *paths[2] = { NULL, NULL };
  SchakelWindow *window = open_window_on (copy);
  SchakelImportAssistant *assistant;

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (rows, "C-%u;01-01-2010;v;ja\n", i);
  paths[0] = csv = write_csv ("ui-cancel.csv", rows->str);

  assistant = _schakel_window_import_files (window, paths);
  wait_assistant (assistant, "review");
  g_assert_true (gtk_widget_get_sensitive (_schakel_import_assistant_get_button (assistant, "import-all")));
  g_signal_emit_by_name (_schakel_import_assistant_get_button (assistant, "import-all"), "clicked");
  g_assert_true (schakel_import_assistant_get_busy (assistant));
  g_assert_cmpstr (schakel_import_assistant_get_page (assistant), ==, "working");
  g_signal_emit_by_name (_schakel_import_assistant_get_button (assistant, "cancel"), "clicked");
  wait_assistant (assistant, "summary");
  g_assert_false (schakel_import_get_committed (schakel_import_assistant_get_import (assistant)));
  g_assert_cmpint (count_in (copy, "SELECT count(*) FROM minor WHERE jongere_id LIKE 'C-%'"), ==, 0);
  g_assert_cmpint (count_in (copy, "SELECT count(*) FROM import_run"), ==, 0);
  g_assert_cmpint (count_in (copy, "PRAGMA quick_check = 1") , ==, 0);
  gtk_window_destroy (GTK_WINDOW (assistant));

  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
grid_text (GtkGrid *grid,
           int      column,
           int      row)
{
  GtkWidget *child = gtk_grid_get_child_at (grid, column, row);

  g_assert_true (GTK_IS_LABEL (child));
  return gtk_label_get_label (GTK_LABEL (child));
}

/* A partner's own layout: the preview shows the rows as read, the columns
 * are mapped by hand and saved as a profile, the check then passes, and
 * the next assistant uses the profile by itself. */
static void
test_ui_import_mapping (void)
{
  g_autofree char *copy = copy_demo_database ("import-mapping.db");
  g_autofree char *csv = write_csv ("ui-partner.csv",
                                    "Leerlingnummer;Geboren;Sekse;Alleenstaand;Opmerking\r\n"
                                    "P-1;14-05-2010;v;ja;\"twee\nregels\"\r\n"
                                    "P-2;2011-03;m;nee;\r\n");
  /* Imported before minors: the results change order once the partner's
   * file is recognised, and each must keep its own preview. */
  g_autofree char *municipalities = write_csv ("ui-gemeenten.csv",
                                               "gemeente_code;gemeente_naam;provincie_code\n"
                                               "GM0014;Groningen;PV20\n");
  g_autofree char *profile_path = g_build_filename (g_get_user_config_dir (), "schakel", "profiles",
                                                    "duo-partner.profile", NULL);
  const char *paths[] = { csv, municipalities, NULL };
  SchakelWindow *window = open_window_on (copy);
  SchakelImportAssistant *assistant;
  SchakelImportMappingWindow *mapping;
  GtkGrid *grid;

  assistant = _schakel_window_import_files (window, paths);
  wait_assistant (assistant, "review");
  g_assert_false (gtk_widget_get_sensitive (_schakel_import_assistant_get_button (assistant, "import-all")));

  /* The preview: the header as read, what each column is read as, rows. */
  grid = _schakel_import_assistant_get_preview (assistant, 0);
  g_assert_cmpstr (grid_text (grid, 0, 0), ==, "Leerlingnummer");
  g_assert_cmpstr (grid_text (grid, 4, 0), ==, "Opmerking");
  g_assert_cmpstr (grid_text (grid, 0, 1), ==, "not used");
  g_assert_cmpstr (grid_text (grid, 0, 2), ==, "P-1");
  g_assert_cmpstr (grid_text (grid, 1, 3), ==, "2011-03");
  g_assert_cmpstr (grid_text (grid, 4, 2), ==, "twee\\nregels");
  g_assert_null (gtk_grid_get_child_at (grid, 0, 4));
  _schakel_import_assistant_show_messages (assistant, "preview");
  save_light_and_dark (GTK_WIDGET (assistant), "import-preview");

  mapping = _schakel_import_assistant_open_mapping (assistant, 0);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (mapping)),
                                         GTK_WIDGET (_schakel_import_mapping_window_get_name_row (mapping))));
  adw_combo_row_set_selected (_schakel_import_mapping_window_get_type_row (mapping), SCHAKEL_IMPORT_MINORS);
  g_assert_false (gtk_widget_get_sensitive (_schakel_import_mapping_window_get_save_button (mapping)));
  g_assert_nonnull (strstr (_schakel_import_mapping_window_get_problem (mapping), "Give the profile a name"));
  gtk_editable_set_text (GTK_EDITABLE (_schakel_import_mapping_window_get_name_row (mapping)), "DUO partner");
  g_assert_nonnull (strstr (_schakel_import_mapping_window_get_problem (mapping),
                            "The required column jongere_id is not mapped"));
  save_light_and_dark (GTK_WIDGET (mapping), "import-mapping-problem");
  adw_combo_row_set_selected (_schakel_import_mapping_window_get_column_row (mapping, "jongere_id"), 1);
  adw_combo_row_set_selected (_schakel_import_mapping_window_get_column_row (mapping, "geboortedatum"), 2);
  adw_combo_row_set_selected (_schakel_import_mapping_window_get_column_row (mapping, "geslacht"), 3);
  adw_combo_row_set_selected (_schakel_import_mapping_window_get_column_row (mapping, "amv"), 1);
  g_assert_nonnull (strstr (_schakel_import_mapping_window_get_problem (mapping),
                            "“Leerlingnummer” is mapped to both jongere_id and amv"));
  g_assert_false (gtk_widget_get_sensitive (_schakel_import_mapping_window_get_save_button (mapping)));
  adw_combo_row_set_selected (_schakel_import_mapping_window_get_column_row (mapping, "amv"), 4);
  g_assert_null (_schakel_import_mapping_window_get_problem (mapping));
  g_assert_true (gtk_widget_get_sensitive (_schakel_import_mapping_window_get_save_button (mapping)));

  /* The mapping's preview shows the canonical file the rows become. */
  grid = GTK_GRID (gtk_viewport_get_child (GTK_VIEWPORT (gtk_scrolled_window_get_child (
    GTK_SCROLLED_WINDOW (_schakel_import_mapping_window_get_preview (mapping))))));
  g_assert_cmpstr (grid_text (grid, 0, 0), ==, "jongere_id");
  g_assert_cmpstr (grid_text (grid, 0, 1), ==, "Leerlingnummer");
  g_assert_cmpstr (grid_text (grid, 0, 2), ==, "P-1");
  g_assert_cmpstr (grid_text (grid, 3, 3), ==, "m");
  save_light_and_dark (GTK_WIDGET (mapping), "import-mapping");

  g_signal_emit_by_name (_schakel_import_mapping_window_get_save_button (mapping), "clicked");
  g_assert_true (g_file_test (profile_path, G_FILE_TEST_IS_REGULAR));
  g_assert_true (schakel_import_assistant_get_busy (assistant));
  wait_assistant (assistant, "review");
  g_assert_cmpstr (schakel_import_get_result (schakel_import_assistant_get_import (assistant), 1)->profile, ==,
                   "DUO partner");
  g_assert_cmpuint (schakel_import_get_n_errors (schakel_import_assistant_get_import (assistant)), ==, 0);
  g_assert_true (gtk_widget_get_sensitive (_schakel_import_assistant_get_button (assistant, "import-all")));
  g_assert_cmpstr (schakel_import_get_result (schakel_import_assistant_get_import (assistant), 0)->file_name, ==,
                   "ui-gemeenten.csv");
  grid = _schakel_import_assistant_get_preview (assistant, 0);
  g_assert_cmpstr (grid_text (grid, 0, 0), ==, "gemeente_code");
  g_assert_cmpstr (grid_text (grid, 0, 1), ==, "→ gemeente_code");
  grid = _schakel_import_assistant_get_preview (assistant, 1);
  g_assert_cmpstr (grid_text (grid, 0, 1), ==, "→ jongere_id");
  g_assert_cmpstr (grid_text (grid, 4, 1), ==, "not used");
  _schakel_import_assistant_show_messages (assistant, "preview");
  save_light_and_dark (GTK_WIDGET (assistant), "import-mapped-preview");
  gtk_window_destroy (GTK_WINDOW (assistant));

  /* Next time the profile is found by itself. */
  assistant = _schakel_window_import_files (window, paths);
  wait_assistant (assistant, "review");
  g_assert_cmpstr (schakel_import_get_result (schakel_import_assistant_get_import (assistant), 1)->profile, ==,
                   "DUO partner");
  g_assert_true (gtk_widget_get_sensitive (_schakel_import_assistant_get_button (assistant, "import-all")));

  /* Changing it starts from the saved mapping. */
  mapping = _schakel_import_assistant_open_mapping (assistant, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (_schakel_import_mapping_window_get_name_row (mapping))), ==,
                   "DUO partner");
  g_assert_cmpuint (adw_combo_row_get_selected (_schakel_import_mapping_window_get_type_row (mapping)), ==,
                    SCHAKEL_IMPORT_MINORS);
  g_assert_cmpuint (adw_combo_row_get_selected (_schakel_import_mapping_window_get_column_row (mapping, "amv")), ==, 4);
  gtk_window_destroy (GTK_WINDOW (mapping));
  gtk_window_destroy (GTK_WINDOW (assistant));

  g_assert_cmpint (g_remove (profile_path), ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* File ▸ Import… needs a writable database. */
static void
test_ui_import_read_only (void)
{
  SchakelWindow *writer = open_window ();
  SchakelWindow *reader = open_window ();
  SchakelImportHistoryWindow *history;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (reader), "win.import", NULL));
  run_for (100);
  g_assert_null (reader->file_chooser);
  g_assert_nonnull (strstr (gtk_label_get_label (reader->read_only_label), "cannot be imported"));

  /* The history can still be read. */
  history = _schakel_window_show_import_history (reader);
  g_assert_cmpuint (schakel_import_history_window_get_n_runs (history), ==, 0);
  gtk_window_destroy (GTK_WINDOW (history));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (writer), "win.import", NULL));
  run_for (300);
  g_assert_nonnull (writer->file_chooser);

  gtk_window_destroy (GTK_WINDOW (reader));
  gtk_window_destroy (GTK_WINDOW (writer));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  schakel_test_ui_init (&argc, &argv);
  db_path = schakel_test_make_demo_database ("ui-demo.db", N_DEMO_MINORS);

  g_test_add_func ("/ui/window/list", test_ui_window_list);
  g_test_add_func ("/ui/window/sort-and-activate", test_ui_window_sort_and_activate);
  g_test_add_func ("/ui/window/read-only", test_ui_window_read_only);
  g_test_add_func ("/ui/window/reopen-same", test_ui_window_reopen_same);
  g_test_add_func ("/ui/window/not-writable", test_ui_window_not_writable);
  g_test_add_func ("/ui/window/dialogs", test_ui_window_dialogs);
  g_test_add_func ("/ui/import/valid-only", test_ui_import_valid_only);
  g_test_add_func ("/ui/import/cancel", test_ui_import_cancel);
  g_test_add_func ("/ui/import/mapping", test_ui_import_mapping);
  g_test_add_func ("/ui/import/read-only", test_ui_import_read_only);
  g_test_add_func ("/ui/window/first-start-cancelled", test_ui_window_first_start_cancelled);
  g_test_add_func ("/ui/window/first-start", test_ui_window_first_start);
  g_test_add_func ("/ui/dashboard/scope-and-date", test_ui_dashboard_scope_and_date);
  g_test_add_func ("/ui/dashboard/publication", test_ui_dashboard_publication);
  g_test_add_func ("/ui/dashboard/minors-behind", test_ui_dashboard_minors_behind);
  g_test_add_func ("/ui/dashboard/empty", test_ui_dashboard_empty);
  g_test_add_func ("/ui/bench/marks", test_ui_bench_marks);
  g_test_add_func ("/ui/bench/not-a-database", test_ui_bench_not_a_database);
  g_test_add_func ("/ui/bench/first-start", test_ui_bench_first_start);

  result = g_test_run ();
  g_free (db_path);
  return result;
}
