/* test-ui-timeline.c — a minor's timeline in the window, on a small demo
 * database: opening from Jongeren, keys, side panel, list mode, previous
 * and next, print, export and the audit log.
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

#include "schakel-audit-window.h"
#include "schakel-core.h"
#include "schakel-minors-view-private.h"
#include "schakel-test-ui.h"
#include "schakel-test-util.h"
#include "schakel-text-columns.h"
#include "schakel-timeline-view-private.h"
#include "schakel-timeline-widget-private.h"
#include "schakel-window-private.h"

#define N_DEMO_MINORS 120

static char *db_path;

/* Fixtures */

static gboolean
minors_idle_cb (gpointer data)
{
  return !_schakel_minors_view_is_busy (data);
}

/* Loaded and laid out, so hit tests and item bounds are right. */
static gboolean
timeline_loaded_cb (gpointer data)
{
  GtkWidget *widget = GTK_WIDGET (_schakel_timeline_view_get_widget (data));

  return !_schakel_timeline_view_is_loading (data) &&
         schakel_timeline_view_get_record (data) != NULL &&
         gtk_widget_get_mapped (widget) && gtk_widget_get_width (widget) > 0;
}

static SchakelWindow *
open_window (void)
{
  SchakelWindow *window = schakel_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  g_assert_true (schakel_window_open_file (window, db_path, SCHAKEL_OPEN_NONE));
  gtk_window_present (GTK_WINDOW (window));
  schakel_window_set_visible_view (window, "jongeren");
  schakel_test_wait_for (minors_idle_cb, schakel_window_get_minors_view (window), "the minors to load");
  return window;
}

static SchakelMinorSummary *
shown_minor (SchakelWindow *window,
             guint          position)
{
  GtkColumnView *column_view = _schakel_minors_view_get_column_view (schakel_window_get_minors_view (window));
  g_autoptr(SchakelMinorSummary) minor = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (column_view)),
                                                                position);

  g_assert_nonnull (minor);
  return minor; /* the store keeps it */
}

/* The row of the minor with the most moves: a timeline with much in it. */
static guint
busiest_position (SchakelWindow *window)
{
  SchakelMinorsView *minors = schakel_window_get_minors_view (window);
  guint best = 0;

  for (guint i = 1; i < schakel_minors_view_get_n_shown (minors); i++)
    if (schakel_minor_summary_get_n_moves (shown_minor (window, i)) >
        schakel_minor_summary_get_n_moves (shown_minor (window, best)))
      best = i;
  return best;
}

/* Activates row @position of the Jongeren list, as Enter or a double
 * click does, and waits for the timeline. */
static SchakelTimelineView *
open_from_list (SchakelWindow *window,
                guint          position)
{
  SchakelTimelineView *view = _schakel_window_get_timeline_view (window);
  GtkColumnView *column_view = _schakel_minors_view_get_column_view (schakel_window_get_minors_view (window));

  g_signal_emit_by_name (column_view, "activate", position);
  schakel_test_wait_for (timeline_loaded_cb, view, "the timeline to load");
  g_assert_cmpstr (schakel_timeline_view_get_jongere_id (view), ==,
                   schakel_minor_summary_get_jongere_id (shown_minor (window, position)));
  return view;
}

static gint64
count_audit (const char *action,
             const char *jongere_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (db_path, SCHAKEL_DATABASE_READ_ONLY, &error);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (schakel_database_get_handle (db),
                                       "SELECT count (*) FROM audit_log WHERE action = ?1 AND subject_kind = 'minor'"
                                       " AND subject_id = ?2", -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, action, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, jongere_id, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static double
span_of (SchakelTimelineWidget *widget)
{
  double from, to;

  schakel_timeline_widget_get_range (widget, &from, &to);
  return to - from;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/* Whether the button for @action under @widget can be pressed: a
 * disabled widget action makes its buttons insensitive. */
static gboolean
action_enabled (GtkWidget  *widget,
                const char *action)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return gtk_widget_get_sensitive (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (action_enabled (child, action))
      return TRUE;
  return FALSE;
}

static guint
count_toplevels (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      n += G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type);
    }
  return n;
}

/* Tests */

static void
test_ui_timeline_open (void)
{
  SchakelWindow *window = open_window ();
  g_autofree char *id = g_strdup (schakel_minor_summary_get_jongere_id (shown_minor (window, 0)));
  gint64 opened = count_audit ("timeline.open", id);
  SchakelTimelineView *view = _schakel_window_get_timeline_view (window);
  SchakelMinorRecord *record;
  const SchakelMinorRecordSummary *summary;

  /* Before any minor: the empty state, which sends the user to Jongeren. */
  schakel_window_set_visible_view (window, "tijdlijn");
  g_assert_cmpstr (_schakel_timeline_view_get_page (view), ==, "empty");
  g_assert_false (action_enabled (GTK_WIDGET (view), "minor.print"));

  view = open_from_list (window, 0);
  g_assert_cmpstr (schakel_window_get_visible_view (window), ==, "tijdlijn");
  g_assert_cmpstr (_schakel_timeline_view_get_page (view), ==, "timeline");

  /* The header: id, age, counts, position in the list. */
  record = schakel_timeline_view_get_record (view);
  summary = schakel_minor_record_get_summary (record);
  g_assert_cmpstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "id")), ==, id);
  if (summary->age >= 0)
    {
      g_autofree char *age = g_strdup_printf ("%d year", summary->age);

      g_assert_nonnull (strstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "facts")), age));
    }
  g_assert_cmpint (summary->age_estimated,
                   ==, strstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "facts")), "(estimated)") != NULL);
  g_assert_nonnull (strstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "counts")),
                            summary->n_moves == 1 ? "1 move" : "moves"));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (_schakel_timeline_view_get_label (view, "position")), "1 of "));

  /* Logged, once. */
  g_assert_cmpint (count_audit ("timeline.open", id), ==, opened + 1);
  g_assert_false (_schakel_timeline_view_get_audit_shown (view));

  /* The keyboard is in the timeline at once. */
  g_assert_true (gtk_widget_is_focus (GTK_WIDGET (_schakel_timeline_view_get_widget (view))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
dossier_made_cb (gpointer data)
{
  return schakel_reports_view_get_document (data) != NULL && !schakel_reports_view_get_busy (data);
}

/* The header's report button opens this minor's Dossieroverzicht in
 * Rapporten, which logs its own opening. */
static void
test_ui_timeline_open_dossier (void)
{
  SchakelWindow *window = open_window ();
  SchakelTimelineView *view = open_from_list (window, busiest_position (window));
  g_autofree char *id = g_strdup (schakel_timeline_view_get_jongere_id (view));
  gint64 opened = count_audit ("timeline.open", id);

  g_assert_true (action_enabled (GTK_WIDGET (view), "minor.report"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "minor.report", NULL));
  g_assert_cmpstr (schakel_window_get_visible_view (window), ==, "rapporten");
  schakel_test_wait_for (dossier_made_cb, window->reports_view, "the dossier");
  g_assert_cmpstr (schakel_paged_get_minor (schakel_reports_view_get_document (window->reports_view)), ==, id);
  g_assert_cmpint (count_audit ("timeline.open", id), ==, opened + 1);

  /* The paper stays white in the dark style. */
  schakel_test_run_for (300);
  schakel_test_save_and_check_render (GTK_WIDGET (window), "test-ui-reports-dossier-light.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  schakel_test_run_for (300);
  schakel_test_save_and_check_render (GTK_WIDGET (window), "test-ui-reports-dossier-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
count_flags (const SchakelMinorRecordSummary *summary)
{
  return !!summary->beyond_norm + !!summary->open_escalation + !!summary->turning_18_soon;
}

/* The header shows a pill per flag of the summary, for minors with and
 * without flags. */
static void
test_ui_timeline_flags (void)
{
  SchakelWindow *window = open_window ();
  SchakelMinorsView *minors = schakel_window_get_minors_view (window);
  SchakelDatabase *db = schakel_window_get_database (window);
  SchakelDay day = schakel_minors_view_get_day (minors);
  gboolean seen_none = FALSE, seen_some = FALSE;

  for (guint i = 0; i < schakel_minors_view_get_n_shown (minors) && !(seen_none && seen_some); i++)
    {
      const char *id = schakel_minor_summary_get_jongere_id (shown_minor (window, i));
      g_autoptr(GError) error = NULL;
      g_autoptr(SchakelMinorRecord) record = schakel_minor_record_load (db, id, day, NULL, &error);
      guint n_flags;
      SchakelTimelineView *view;
      GtkWidget *flags;

      g_assert_no_error (error);
      n_flags = count_flags (schakel_minor_record_get_summary (record));
      if ((n_flags == 0 && seen_none) || (n_flags > 0 && seen_some))
        continue;

      view = open_from_list (window, i);
      flags = gtk_widget_get_next_sibling (GTK_WIDGET (_schakel_timeline_view_get_label (view, "id")));
      g_assert_cmpuint (count_children (flags), ==, n_flags);
      g_assert_cmpint (gtk_widget_get_visible (flags), ==, n_flags > 0);
      seen_none |= n_flags == 0;
      seen_some |= n_flags > 0;
    }
  g_assert_true (seen_none);
  g_assert_true (seen_some);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_timeline_keys (void)
{
  SchakelWindow *window = open_window ();
  SchakelTimelineView *view = open_from_list (window, busiest_position (window));
  SchakelTimelineWidget *widget = _schakel_timeline_view_get_widget (view);
  GtkWidget *w = GTK_WIDGET (widget);
  SchakelMinorRecord *record = schakel_timeline_view_get_record (view);
  double fit_from, fit_to, from, to, span;
  int first, second;

  g_assert_cmpuint (schakel_minor_record_get_n_items (record), >, 2);
  schakel_timeline_get_fit_range (schakel_timeline_widget_get_timeline (widget), &fit_from, &fit_to);
  schakel_timeline_widget_get_range (widget, &from, &to);
  g_assert_cmpfloat (from, ==, fit_from);
  g_assert_cmpfloat (to, ==, fit_to);
  span = to - from;

  /* + halves the days shown, around the middle; − doubles them again. */
  g_assert_true (schakel_test_press_key (w, GDK_KEY_plus, 0));
  g_assert_cmpfloat_with_epsilon (span_of (widget), span / 2.0, 1e-6);
  schakel_timeline_widget_get_range (widget, &from, &to);
  g_assert_cmpfloat_with_epsilon ((from + to) / 2.0, (fit_from + fit_to) / 2.0, 1e-6);
  g_assert_true (schakel_test_press_key (w, GDK_KEY_plus, 0));
  g_assert_cmpfloat_with_epsilon (span_of (widget), span / 4.0, 1e-6);
  g_assert_true (schakel_test_press_key (w, GDK_KEY_minus, 0));
  g_assert_cmpfloat_with_epsilon (span_of (widget), span / 2.0, 1e-6);

  /* → moves a tenth later, ← back; Home and End go to either end. */
  schakel_timeline_widget_get_range (widget, &from, NULL);
  g_assert_true (schakel_test_press_key (w, GDK_KEY_Right, 0));
  schakel_timeline_widget_get_range (widget, &to, NULL);
  g_assert_cmpfloat_with_epsilon (to - from, span / 20.0, 1e-6);
  g_assert_true (schakel_test_press_key (w, GDK_KEY_Left, 0));
  schakel_timeline_widget_get_range (widget, &to, NULL);
  g_assert_cmpfloat_with_epsilon (to, from, 1e-6);
  g_assert_true (schakel_test_press_key (w, GDK_KEY_Home, 0));
  schakel_timeline_widget_get_range (widget, &from, &to);
  g_assert_cmpfloat_with_epsilon (from, fit_from, 1e-6);
  g_assert_cmpfloat_with_epsilon (to - from, span / 2.0, 1e-6);
  g_assert_true (schakel_test_press_key (w, GDK_KEY_End, 0));
  schakel_timeline_widget_get_range (widget, &from, &to);
  g_assert_cmpfloat_with_epsilon (to, fit_to, 1e-6);

  /* 0 shows everything again. */
  g_assert_true (schakel_test_press_key (w, GDK_KEY_0, 0));
  schakel_timeline_widget_get_range (widget, &from, &to);
  g_assert_cmpfloat (from, ==, fit_from);
  g_assert_cmpfloat (to, ==, fit_to);

  /* Zooming never goes below a week. */
  for (guint i = 0; i < 20; i++)
    schakel_test_press_key (w, GDK_KEY_plus, 0);
  g_assert_cmpfloat (span_of (widget), >=, 7.0 - 1e-9);
  schakel_test_press_key (w, GDK_KEY_0, 0);

  /* Tab and ↓ move the focus from item to item, ↑ back. */
  gtk_widget_grab_focus (w);
  g_assert_cmpint (schakel_timeline_widget_get_focus_item (widget), ==, -1);
  g_assert_true (gtk_widget_child_focus (w, GTK_DIR_TAB_FORWARD));
  first = schakel_timeline_widget_get_focus_item (widget);
  g_assert_cmpint (first, >=, 0);
  g_assert_true (schakel_test_press_key (w, GDK_KEY_Down, 0));
  second = schakel_timeline_widget_get_focus_item (widget);
  g_assert_cmpint (second, >=, 0);
  g_assert_cmpint (second, !=, first);
  g_assert_true (schakel_test_press_key (w, GDK_KEY_Up, 0));
  g_assert_cmpint (schakel_timeline_widget_get_focus_item (widget), ==, first);
  g_assert_true (gtk_widget_child_focus (w, GTK_DIR_TAB_FORWARD));
  g_assert_cmpint (schakel_timeline_widget_get_focus_item (widget), ==, second);

  /* A focused item far outside the view is panned into it. */
  schakel_timeline_widget_set_range (widget, fit_from, fit_from + 7.0);
  schakel_timeline_widget_set_focus_item (widget, schakel_minor_record_get_n_items (record) - 1);
  g_assert_true (schakel_timeline_item_is_visible (schakel_timeline_widget_get_timeline (widget),
                                                   schakel_minor_record_get_n_items (record) - 1));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_timeline_tooltip_and_details (void)
{
  SchakelWindow *window = open_window ();
  SchakelTimelineView *view = open_from_list (window, busiest_position (window));
  SchakelTimelineWidget *widget = _schakel_timeline_view_get_widget (view);
  SchakelTimeline *timeline = schakel_timeline_widget_get_timeline (widget);
  SchakelMinorRecord *record = schakel_timeline_view_get_record (view);
  GtkListBox *details = _schakel_timeline_view_get_details_list (view);
  const SchakelRecordItem *item;
  SchakelTimelineRect bounds;
  g_autofree char *tooltip = NULL;
  g_autofree char *description = NULL;
  guint index, n_rows;
  int hit;

  schakel_test_run_for (100);

  /* The first item with a table row: its tooltip under the pointer. */
  for (index = 0; index < schakel_minor_record_get_n_items (record); index++)
    if (schakel_minor_record_get_item (record, index)->table != NULL &&
        schakel_timeline_item_is_visible (timeline, index))
      break;
  g_assert_cmpuint (index, <, schakel_minor_record_get_n_items (record));
  item = schakel_minor_record_get_item (record, index);
  g_assert_true (schakel_timeline_get_item_bounds (timeline, index, &bounds));
  hit = schakel_timeline_hit_test (timeline, bounds.x + bounds.width / 2.0, bounds.y + bounds.height / 2.0);
  g_assert_cmpint (hit, >=, 0);
  tooltip = _schakel_timeline_widget_dup_tooltip_at (widget, bounds.x + bounds.width / 2.0,
                                                     bounds.y + bounds.height / 2.0, FALSE, NULL);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, schakel_minor_record_get_item (record, hit)->title));

  /* With the keyboard, the tooltip is the focused item's. */
  schakel_timeline_widget_set_focus_item (widget, index);
  g_clear_pointer (&tooltip, g_free);
  tooltip = _schakel_timeline_widget_dup_tooltip_at (widget, -1, -1, TRUE, NULL);
  g_assert_nonnull (strstr (tooltip, item->title));

  /* The accessible description tells the timeline as shown. */
  schakel_test_run_for (300);
  description = schakel_timeline_dup_description (timeline);
  g_assert_nonnull (description);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip);

  /* Enter opens the side panel with every field and the source. */
  gtk_widget_grab_focus (GTK_WIDGET (widget));
  g_assert_false (adw_flap_get_reveal_flap (_schakel_timeline_view_get_flap (view)));
  g_assert_true (schakel_test_press_key (GTK_WIDGET (widget), GDK_KEY_Return, 0));
  g_assert_true (adw_flap_get_reveal_flap (_schakel_timeline_view_get_flap (view)));
  g_assert_cmpstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "details-title")), ==, item->title);
  n_rows = count_children (GTK_WIDGET (details));
  /* the fields, then the table and row, then the import */
  g_assert_cmpuint (n_rows, ==, item->fields->len + 2);
  for (guint i = 0; i < item->fields->len; i++)
    {
      const SchakelRecordField *field = g_ptr_array_index (item->fields, i);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (details, i);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, field->label);
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, field->value);
    }
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (details, item->fields->len))),
                            item->table));
  /* The demo database's rows come from no import. */
  g_assert_null (item->import);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_list_box_get_row_at_index (details, item->fields->len + 1))),
                                   "Not from an import"));

  /* Escape closes it. */
  g_assert_true (schakel_test_press_key (GTK_WIDGET (widget), GDK_KEY_Escape, 0));
  g_assert_false (adw_flap_get_reveal_flap (_schakel_timeline_view_get_flap (view)));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_timeline_list_mode (void)
{
  SchakelWindow *window = open_window ();
  SchakelTimelineView *view = open_from_list (window, busiest_position (window));
  SchakelMinorRecord *record = schakel_timeline_view_get_record (view);
  GtkColumnView *list = _schakel_timeline_view_get_list_view (view);
  GListModel *rows;
  g_autoptr(SchakelTextRow) last = NULL;
  guint n_items = schakel_minor_record_get_n_items (record);

  /* Ctrl+L from the drawing shows the table: one row per item. */
  g_assert_true (schakel_test_press_key (GTK_WIDGET (_schakel_timeline_view_get_widget (view)),
                                         GDK_KEY_l, GDK_CONTROL_MASK));
  g_assert_true (schakel_timeline_view_get_list_mode (view));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (list)));
  rows = G_LIST_MODEL (gtk_column_view_get_model (list));
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_items);
  last = g_list_model_get_item (rows, n_items - 1);
  g_assert_cmpuint (schakel_text_row_get_tag (last), ==, n_items - 1);
  g_assert_cmpstr (schakel_text_row_get_text (last, 3), ==, schakel_minor_record_get_item (record, n_items - 1)->title);

  /* Activating a row opens its details too. */
  g_signal_emit_by_name (list, "activate", n_items - 1);
  g_assert_true (adw_flap_get_reveal_flap (_schakel_timeline_view_get_flap (view)));
  g_assert_cmpstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "details-title")), ==,
                   schakel_minor_record_get_item (record, n_items - 1)->title);

  /* Zooming is for the drawing only; Ctrl+L goes back to it. */
  g_assert_false (action_enabled (GTK_WIDGET (view), "minor.zoom-in"));
  g_assert_true (schakel_test_press_key (GTK_WIDGET (list), GDK_KEY_l, GDK_CONTROL_MASK));
  g_assert_false (schakel_timeline_view_get_list_mode (view));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_timeline_previous_next (void)
{
  SchakelWindow *window = open_window ();
  SchakelMinorsView *minors = schakel_window_get_minors_view (window);
  SchakelTimelineView *view = open_from_list (window, 1);
  GtkWidget *widget = GTK_WIDGET (_schakel_timeline_view_get_widget (view));
  g_autofree char *first = g_strdup (schakel_minor_summary_get_jongere_id (shown_minor (window, 0)));
  g_autofree char *second = g_strdup (schakel_minor_summary_get_jongere_id (shown_minor (window, 1)));
  g_autofree char *third = g_strdup (schakel_minor_summary_get_jongere_id (shown_minor (window, 2)));
  g_autofree char *last = NULL;
  guint n = schakel_minors_view_get_n_shown (minors);

  /* Alt+→ and Alt+← follow the list. */
  g_assert_true (schakel_test_press_key (widget, GDK_KEY_Right, GDK_ALT_MASK));
  schakel_test_wait_for (timeline_loaded_cb, view, "the next minor");
  g_assert_cmpstr (schakel_timeline_view_get_jongere_id (view), ==, third);
  g_assert_cmpstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "id")), ==, third);
  g_assert_true (schakel_test_press_key (widget, GDK_KEY_Left, GDK_ALT_MASK));
  schakel_test_wait_for (timeline_loaded_cb, view, "the previous minor");
  g_assert_cmpstr (schakel_timeline_view_get_jongere_id (view), ==, second);
  g_assert_true (schakel_test_press_key (widget, GDK_KEY_Left, GDK_ALT_MASK));
  schakel_test_wait_for (timeline_loaded_cb, view, "the first minor");
  g_assert_cmpstr (schakel_timeline_view_get_jongere_id (view), ==, first);

  /* Nothing before the first. */
  g_assert_false (action_enabled (GTK_WIDGET (view), "minor.previous"));
  g_assert_true (action_enabled (GTK_WIDGET (view), "minor.next"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "minor.next", NULL));
  schakel_test_wait_for (timeline_loaded_cb, view, "the second minor");
  g_assert_cmpstr (schakel_timeline_view_get_jongere_id (view), ==, second);

  /* Nothing after the last. */
  last = g_strdup (schakel_minor_summary_get_jongere_id (shown_minor (window, n - 1)));
  view = open_from_list (window, n - 1);
  g_assert_cmpstr (schakel_timeline_view_get_jongere_id (view), ==, last);
  g_assert_false (action_enabled (GTK_WIDGET (view), "minor.next"));
  g_assert_true (action_enabled (GTK_WIDGET (view), "minor.previous"));

  /* A search narrows what previous and next go through. */
  schakel_window_set_visible_view (window, "jongeren");
  gtk_editable_set_text (GTK_EDITABLE (_schakel_minors_view_get_search_entry (minors)), second);
  g_signal_emit_by_name (_schakel_minors_view_get_search_entry (minors), "search-changed");
  schakel_test_wait_for (minors_idle_cb, minors, "the search");
  g_assert_cmpuint (schakel_minors_view_get_n_shown (minors), ==, 1);
  view = open_from_list (window, 0);
  g_assert_false (action_enabled (GTK_WIDGET (view), "minor.previous"));
  g_assert_false (action_enabled (GTK_WIDGET (view), "minor.next"));
  g_assert_cmpstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "position")), ==, "1 of 1 in the list");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
is_pdf (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  return g_file_get_contents (path, &contents, &length, NULL) && length > 4 && memcmp (contents, "%PDF", 4) == 0;
}

static void
test_ui_timeline_export_and_print (void)
{
  SchakelWindow *window = open_window ();
  SchakelTimelineView *view = open_from_list (window, busiest_position (window));
  const char *id = schakel_timeline_view_get_jongere_id (view);
  g_autofree char *pdf = schakel_test_tmp_path ("timeline-export.pdf");
  g_autofree char *printed = schakel_test_tmp_path ("timeline-print.pdf");
  g_autofree char *bad = schakel_test_tmp_path ("timeline-export.docx");
  gint64 exported = count_audit ("timeline.export", id);
  gint64 n_printed = count_audit ("timeline.print", id);
  g_autoptr(GError) error = NULL;
  GtkWidget *audit;

  /* The action behind Export PDF…, given the path the chooser would give. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "minor.export-to", "s", pdf));
  g_assert_true (is_pdf (pdf));
  g_assert_cmpint (count_audit ("timeline.export", id), ==, exported + 1);

  /* A kind of file Schakel does not write: no file, no entry. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "minor.export-to", "s", bad));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_audit ("timeline.export", id), ==, exported + 1);

  /* The print operation, sent to a PDF file instead of a printer. */
  g_assert_true (_schakel_timeline_view_print_to_file (view, printed, &error));
  g_assert_no_error (error);
  g_assert_true (is_pdf (printed));
  g_assert_cmpint (count_audit ("timeline.print", id), ==, n_printed + 1);

  /* The audit log window lists them, newest first, and filters by id. */
  audit = schakel_audit_window_new (GTK_WINDOW (window), schakel_window_get_database (window));
  gtk_window_present (GTK_WINDOW (audit));
  g_assert_cmpuint (schakel_audit_window_get_n_shown (SCHAKEL_AUDIT_WINDOW (audit)), >=, 3);
  schakel_audit_window_set_minor (SCHAKEL_AUDIT_WINDOW (audit), id);
  g_assert_cmpuint (schakel_audit_window_get_n_shown (SCHAKEL_AUDIT_WINDOW (audit)), ==,
                    count_audit ("timeline.open", id) + count_audit ("timeline.export", id) +
                    count_audit ("timeline.print", id));
  {
    GListModel *rows = G_LIST_MODEL (gtk_column_view_get_model (schakel_audit_window_get_column_view (SCHAKEL_AUDIT_WINDOW (audit))));
    g_autoptr(SchakelTextRow) newest = g_list_model_get_item (rows, 0);
    g_autofree char *subject = g_strdup_printf ("minor %s", id);

    g_assert_cmpstr (schakel_text_row_get_text (newest, 2), ==, schakel_audit_action_label ("timeline.print"));
    g_assert_cmpstr (schakel_text_row_get_text (newest, 3), ==, subject);
    g_assert_cmpstr (schakel_text_row_get_text (newest, 1), ==, g_get_user_name ());
  }
  schakel_audit_window_set_minor (SCHAKEL_AUDIT_WINDOW (audit), "no such minor");
  g_assert_cmpuint (schakel_audit_window_get_n_shown (SCHAKEL_AUDIT_WINDOW (audit)), ==, 0);
  schakel_test_run_for (100);
  gtk_window_destroy (GTK_WINDOW (audit));

  /* And from the main menu: one log window, however often it is asked for. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.audit-log", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.audit-log", NULL));
  schakel_test_run_for (100);
  g_assert_cmpuint (count_toplevels (SCHAKEL_TYPE_AUDIT_WINDOW), ==, 1);

  g_unlink (pdf);
  g_unlink (printed);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_cmpuint (count_toplevels (SCHAKEL_TYPE_AUDIT_WINDOW), ==, 0);
}

/* A second window opens the database read-only: it shows the timeline and
 * says nothing is logged; print and export are refused. */
static void
test_ui_timeline_read_only (void)
{
  SchakelWindow *writer = open_window ();
  SchakelWindow *reader = open_window ();
  SchakelTimelineView *view;
  const char *id;
  g_autofree char *pdf = schakel_test_tmp_path ("timeline-read-only.pdf");
  g_autoptr(GError) error = NULL;
  gint64 opened;

  g_assert_true (schakel_database_is_read_only (schakel_window_get_database (reader)));
  id = schakel_minor_summary_get_jongere_id (shown_minor (reader, 0));
  opened = count_audit ("timeline.open", id);
  view = open_from_list (reader, 0);

  g_assert_cmpstr (_schakel_timeline_view_get_page (view), ==, "timeline");
  g_assert_true (_schakel_timeline_view_get_audit_shown (view));
  g_assert_nonnull (strstr (gtk_label_get_label (_schakel_timeline_view_get_label (view, "audit")), "read-only"));
  g_assert_cmpint (count_audit ("timeline.open", id), ==, opened);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "minor.export-to", "s", pdf));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_false (_schakel_timeline_view_print_to_file (view, pdf, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_audit ("timeline.export", id) + count_audit ("timeline.print", id), ==, 0);

  schakel_test_run_for (300);
  schakel_test_save_and_check_render (GTK_WIDGET (reader), "test-ui-timeline-read-only.png");

  gtk_window_destroy (GTK_WINDOW (reader));
  gtk_window_destroy (GTK_WINDOW (writer));
}

/* Pictures to look at, light and dark. */
static void
test_ui_timeline_screenshots (void)
{
  SchakelWindow *window = open_window ();
  SchakelTimelineView *view = open_from_list (window, busiest_position (window));
  AdwStyleManager *style = adw_style_manager_get_default ();
  SchakelTimelineWidget *widget = _schakel_timeline_view_get_widget (view);

  SchakelMinorRecord *record = schakel_timeline_view_get_record (view);
  guint placement = 0;
  GtkWidget *audit;

  /* The side panel open on the second placement. */
  for (guint i = 0, n = 0; i < schakel_minor_record_get_n_items (record); i++)
    if (schakel_minor_record_get_item (record, i)->kind == SCHAKEL_RECORD_PLACEMENT && n++ == 1)
      placement = i;
  gtk_widget_grab_focus (GTK_WIDGET (widget));
  schakel_timeline_widget_set_focus_item (widget, placement);
  schakel_test_press_key (GTK_WIDGET (widget), GDK_KEY_Return, 0);
  /* Past the cross-fade from the spinner and the panel sliding in. */
  schakel_test_run_for (600);
  schakel_test_save_and_check_render (GTK_WIDGET (window), "test-ui-timeline-light.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  schakel_test_save_and_check_render (GTK_WIDGET (window), "test-ui-timeline-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  gtk_widget_activate_action (GTK_WIDGET (view), "minor.list-mode", NULL);
  schakel_test_save_and_check_render (GTK_WIDGET (window), "test-ui-timeline-list.png");

  audit = schakel_audit_window_new (GTK_WINDOW (window), schakel_window_get_database (window));
  gtk_window_present (GTK_WINDOW (audit));
  schakel_test_save_and_check_render (audit, "test-ui-timeline-audit-log.png");
  gtk_window_destroy (GTK_WINDOW (audit));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int result;

  schakel_test_ui_init (&argc, &argv);
  db_path = schakel_test_make_demo_database ("ui-timeline-demo.db", N_DEMO_MINORS);

  g_test_add_func ("/ui/timeline/open", test_ui_timeline_open);
  g_test_add_func ("/ui/timeline/open-dossier", test_ui_timeline_open_dossier);
  g_test_add_func ("/ui/timeline/flags", test_ui_timeline_flags);
  g_test_add_func ("/ui/timeline/keys", test_ui_timeline_keys);
  g_test_add_func ("/ui/timeline/tooltip-and-details", test_ui_timeline_tooltip_and_details);
  g_test_add_func ("/ui/timeline/list-mode", test_ui_timeline_list_mode);
  g_test_add_func ("/ui/timeline/previous-next", test_ui_timeline_previous_next);
  g_test_add_func ("/ui/timeline/export-and-print", test_ui_timeline_export_and_print);
  g_test_add_func ("/ui/timeline/read-only", test_ui_timeline_read_only);
  g_test_add_func ("/ui/timeline/screenshots", test_ui_timeline_screenshots);

  result = g_test_run ();
  g_free (db_path);
  return result;
}
