/* test-ui-narrow.c — every page of the main window fits a narrow window.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <adwaita.h>

#include "schakel-test-ui.h"
#include "schakel-window.h"

static char *db_path;

/* The widest page sets the window's minimum width; a 1400 px screen (and
 * a half-screen tile) must fit it, in English and in Dutch. */
#define MAX_PAGE_WIDTH 820

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Asserts that every page, and so the window, fits in MAX_PAGE_WIDTH. */
static void
assert_pages_narrow (const char *language)
{
  SchakelWindow *window = schakel_window_new (NULL);
  AdwViewStack *stack;
  g_autoptr(GtkSelectionModel) pages = NULL;
  g_autoptr(GString) too_wide = g_string_new (NULL);
  int min;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 760);
  g_assert_true (schakel_window_open_file (window, db_path, SCHAKEL_OPEN_NONE));
  gtk_window_present (GTK_WINDOW (window));
  stack = ADW_VIEW_STACK (find_descendant (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  pages = adw_view_stack_get_pages (stack);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (pages)), ==, 7);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      schakel_window_set_visible_view (window, adw_view_stack_page_get_name (page));
      schakel_test_run_for (500);
      gtk_widget_measure (adw_view_stack_page_get_child (page), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min, NULL, NULL, NULL);
      g_test_message ("%s %s: %d px", language, adw_view_stack_page_get_name (page), min);
      if (min > MAX_PAGE_WIDTH)
        g_string_append_printf (too_wide, " %s (%d px)", adw_view_stack_page_get_name (page), min);
    }
  g_assert_cmpstr (too_wide->str, ==, "");
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_test_message ("%s window: %d px", language, min);
  g_assert_cmpint (min, <=, MAX_PAGE_WIDTH);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_ui_narrow_pages (void)
{
  const char *localedir = g_getenv ("SCHAKEL_LOCALEDIR");

  assert_pages_narrow ("en");

  /* Dutch labels are longer; the build's catalogue has them. */
  if (localedir == NULL || setlocale (LC_ALL, "nl_NL.UTF-8") == NULL)
    g_test_message ("no nl_NL.UTF-8 locale or SCHAKEL_LOCALEDIR: Dutch widths not checked");
  else
    {
      g_setenv ("LANGUAGE", "nl", TRUE);
      bindtextdomain (GETTEXT_PACKAGE, localedir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);
      g_assert_cmpstr (_("Period covered:"), ==, "Periode:");
      assert_pages_narrow ("nl");
      g_setenv ("LANGUAGE", "en", TRUE);
      setlocale (LC_ALL, "");
    }
}

int
main (int   argc,
      char *argv[])
{
  int result;

  schakel_test_ui_init (&argc, &argv);
  db_path = schakel_test_make_demo_database ("ui-narrow.db", 300);
  g_test_add_func ("/ui/narrow/pages", test_ui_narrow_pages);
  result = g_test_run ();
  g_free (db_path);
  return result;
}
