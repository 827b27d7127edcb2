/* test-ui-escalation.c — the Verzuim and 18+ planning views: they show
 * what core says, a step is recorded by keyboard alone, Ctrl+Z undoes it,
 * a plan is recorded.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Needs a display: run under xvfb-run (suite 'ui').
 */

#include "config.h"

#include <adwaita.h>

#include "schakel-cases-view.h"
#include "schakel-core.h"
#include "schakel-plan-dialog.h"
#include "schakel-step-dialog.h"
#include "schakel-test-util.h"
#include "schakel-turning18-view.h"

static SchakelDatabase *db;

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
wait_until (gboolean  (*done) (gpointer),
            gpointer    data,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);
}

static gboolean
cases_idle_cb (gpointer view)
{
  return !_schakel_cases_view_is_busy (view) && _schakel_cases_view_get_day (view) != SCHAKEL_DAY_NONE;
}

static gboolean
plans_idle_cb (gpointer view)
{
  return !_schakel_turning18_view_is_busy (view) && _schakel_turning18_view_get_day (view) != SCHAKEL_DAY_NONE;
}

/* A window with a toast overlay around @view, as in the app. */
static GtkWindow *
window_for (GtkWidget *view)
{
  GtkWidget *window = adw_application_window_new (NULL);
  GtkWidget *overlay = adw_toast_overlay_new ();

  gtk_window_set_application (GTK_WINDOW (window), NULL);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), view);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 700);
  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static GtkWidget *
first_row (GtkListBox *list)
{
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0));

  g_assert_nonnull (row);
  return row;
}

static void
test_ui_cases_keyboard (void)
{
  GtkWidget *view = g_object_new (SCHAKEL_TYPE_CASES_VIEW, NULL);
  GtkWindow *window = window_for (view);
  g_autoptr(GPtrArray) expected = NULL;
  GPtrArray *shown;
  SchakelStepDialog *dialog;
  GtkWidget *note, *text;
  const SchakelCase *first;
  g_autofree char *report = NULL;
  g_autofree char *sql = NULL;
  SchakelDay day;

  schakel_cases_view_set_database (SCHAKEL_CASES_VIEW (view), db);
  wait_until (cases_idle_cb, view, "the cases to load");

  /* The list is core's, in core's order. */
  day = _schakel_cases_view_get_day (SCHAKEL_CASES_VIEW (view));
  expected = schakel_cases_list (db, NULL, day, FALSE, NULL);
  shown = _schakel_cases_view_get_shown (SCHAKEL_CASES_VIEW (view));
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (shown->len, ==, expected->len);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpstr (((SchakelCase *) g_ptr_array_index (shown, i))->report_number, ==,
                     ((SchakelCase *) g_ptr_array_index (expected, i))->report_number);

  /* Keyboard only: focus the most urgent case, Enter opens the dialog
   * with its next step chosen, type a note, Enter records. */
  first = g_ptr_array_index (shown, 0);
  report = g_strdup (first->report_number);
  gtk_widget_grab_focus (first_row (_schakel_cases_view_get_list_box (SCHAKEL_CASES_VIEW (view))));
  gtk_widget_activate (first_row (_schakel_cases_view_get_list_box (SCHAKEL_CASES_VIEW (view))));
  dialog = SCHAKEL_STEP_DIALOG (_schakel_cases_view_get_dialog (SCHAKEL_CASES_VIEW (view)));
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  wait_until ((gboolean (*) (gpointer)) gtk_widget_get_mapped, dialog, "the dialog to show");
  note = schakel_step_dialog_get_note_row (dialog);
  gtk_widget_grab_focus (note);
  gtk_editable_set_text (GTK_EDITABLE (note), "Voogd gebeld");
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (note)));
  /* What GtkText's binding for Return emits. */
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (dialog)) == text);
  g_signal_emit_by_name (text, "activate");
  for (int i = 0; i < 100 && dialog != NULL; i++)
    g_main_context_iteration (NULL, FALSE);
  if (dialog != NULL)
    g_error ("the dialog stayed open: %s", schakel_step_dialog_get_error (dialog));

  sql = g_strdup_printf ("SELECT count(*) FROM escalation_step es JOIN absence_report r ON r.id = es.report_id"
                         " WHERE r.report_number = '%s' AND es.source = 'app' AND es.note = 'Voogd gebeld'", report);
  g_assert_cmpint (schakel_test_query_int (db, sql), ==, 1);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'escalation.record'"), ==, 1);
  wait_until (cases_idle_cb, view, "the cases to reload");

  /* Ctrl+Z takes it back. */
  g_assert_true (gtk_widget_activate_action (view, "cases.undo", NULL));
  g_assert_cmpint (schakel_test_query_int (db, sql), ==, 0);
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'escalation.undo'"), ==, 1);
  wait_until (cases_idle_cb, view, "the cases to reload");

  gtk_window_destroy (window);
}

static void
test_ui_plans (void)
{
  GtkWidget *view = g_object_new (SCHAKEL_TYPE_TURNING18_VIEW, NULL);
  GtkWindow *window = window_for (view);
  g_autoptr(GPtrArray) within_90 = NULL;
  g_autoptr(GPtrArray) within_180 = NULL;
  GPtrArray *shown;
  SchakelPlanDialog *dialog;
  SchakelDay day;
  gint64 plans;

  schakel_turning18_view_set_database (SCHAKEL_TURNING18_VIEW (view), db);
  wait_until (plans_idle_cb, view, "the minors to load");
  day = _schakel_turning18_view_get_day (SCHAKEL_TURNING18_VIEW (view));
  within_90 = schakel_turning18_list (db, NULL, day, 90, NULL);
  within_180 = schakel_turning18_list (db, NULL, day, 180, NULL);
  shown = _schakel_turning18_view_get_shown (SCHAKEL_TURNING18_VIEW (view));
  g_assert_cmpuint (shown->len, ==, within_90->len);
  _schakel_turning18_view_set_within (SCHAKEL_TURNING18_VIEW (view), 180);
  g_assert_cmpuint (shown->len, ==, within_180->len);
  g_assert_cmpuint (shown->len, >, 0);
  for (guint i = 0; i < shown->len; i++)
    g_assert_cmpint (((SchakelTurning18 *) g_ptr_array_index (shown, i))->minor_id, ==,
                     ((SchakelTurning18 *) g_ptr_array_index (within_180, i))->minor_id);

  /* Enter on a minor opens the plan editor; saving records the plan. */
  plans = schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'plan.record'");
  gtk_widget_activate (first_row (_schakel_turning18_view_get_list_box (SCHAKEL_TURNING18_VIEW (view))));
  dialog = SCHAKEL_PLAN_DIALOG (_schakel_turning18_view_get_dialog (SCHAKEL_TURNING18_VIEW (view)));
  g_assert_nonnull (dialog);
  g_assert_true (schakel_plan_dialog_submit (dialog));
  g_assert_cmpint (schakel_test_query_int (db, "SELECT count(*) FROM audit_log WHERE action = 'plan.record'"), ==,
                   plans + 1);
  wait_until (plans_idle_cb, view, "the minors to reload");

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = NULL;
  g_auto(SchakelCliResult) demo = { 0 };
  int result;

  g_setenv ("LANGUAGE", "en", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  path = schakel_test_tmp_path ("ui-escalation.db");
  schakel_test_run_cli (&demo, "en", "demo", "--db", path, "--minors", "1500", "--seed", "11", NULL);
  g_assert_cmpint (demo.status, ==, 0);
  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE, NULL);
  g_assert_nonnull (db);

  g_test_add_func ("/ui/escalation/cases-keyboard", test_ui_cases_keyboard);
  g_test_add_func ("/ui/escalation/plans", test_ui_plans);

  result = g_test_run ();
  g_clear_object (&db);
  return result;
}
