/* schakel-test-ui.c — helpers shared by the ui tests.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "schakel-core.h"
#include "schakel-test-ui.h"
#include "schakel-test-util.h"

/* Waiting */

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds; a minute at most. */
void
schakel_test_wait_for (SchakelTestCondition  condition,
                       gpointer              data,
                       const char           *what)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  guint wake = g_timeout_add (10, wake_cb, NULL);

  while (!condition (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (wake);
}

static gboolean
elapsed_cb (gpointer data)
{
  gint64 *until = data;

  return g_get_monotonic_time () >= *until;
}

void
schakel_test_run_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  schakel_test_wait_for (elapsed_cb, &until, "time to pass");
}

/* Rendering */

static GdkTexture *
render_window (GtkWidget *window)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int width = 0, height = 0;

  /* The paintable shows the widget's last drawn frame; wait for one. */
  for (guint attempt = 0; node == NULL && attempt < 50; attempt++)
    {
      g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();

      gtk_widget_queue_draw (window);
      schakel_test_run_for (100);
      width = gdk_paintable_get_intrinsic_width (paintable);
      height = gdk_paintable_get_intrinsic_height (paintable);
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
    }

  g_assert_nonnull (node);
  g_assert_cmpint (width, >, 0);
  g_assert_cmpint (height, >, 0);

  return gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static guint
count_colours (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  gsize stride = width * 4;
  g_autofree guchar *data = g_malloc (stride * height);
  g_autoptr(GHashTable) colours = g_hash_table_new (g_direct_hash, g_direct_equal);

  gdk_texture_download (texture, data, stride);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = data + y * stride + x * 4;
        guint32 rgb = (p[0] << 16) | (p[1] << 8) | p[2];

        g_hash_table_add (colours, GUINT_TO_POINTER (rgb + 1));
      }
  return g_hash_table_size (colours);
}

/* Saves the window as @name in the build directory, and checks that it
 * shows more than a blank page. */
void
schakel_test_save_and_check_render (GtkWidget  *window,
                                    const char *name)
{
  g_autoptr(GdkTexture) texture = render_window (window);
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, name, NULL);
  guint n_colours = count_colours (texture);

  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("Saved %s (%d×%d, %u colours)", path, gdk_texture_get_width (texture),
                  gdk_texture_get_height (texture), n_colours);
  /* A blank or single-colour window has a handful; text and icons give hundreds. */
  g_assert_cmpuint (n_colours, >, 100);
}

/* What AdwApplication and GtkApplication do for the real app. */
static void
load_resources (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  gtk_icon_theme_add_resource_path (gtk_icon_theme_get_for_display (display), APP_PATH "/icons");
  gtk_css_provider_load_from_resource (css, APP_PATH "/style.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* Sets up GTK and libadwaita as the app does, in English and with a
 * private data folder: the first-start tests make the standard database,
 * and the tests compare texts and the locale's number grouping. */
void
schakel_test_ui_init (int    *argc,
                      char ***argv)
{
  g_autofree char *data_home = schakel_test_tmp_path ("xdg-data");
  g_autofree char *config_home = schakel_test_tmp_path ("xdg-config");

  g_setenv ("LANGUAGE", "en", TRUE);
  /* The first-start tests make the standard database, and import mapping
   * profiles are saved and read: keep both out of the user's folders. */
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  load_resources ();
}

/* Makes a demo database of @n_minors and returns its path. */
char *
schakel_test_make_demo_database (const char *name,
                                 guint       n_minors)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  char *path = schakel_test_tmp_path (name);
  SchakelDemoOptions options;

  db = schakel_database_open (path, SCHAKEL_DATABASE_READ_WRITE | SCHAKEL_DATABASE_CREATE, &error);
  g_assert_no_error (error);

  schakel_demo_options_init (&options);
  options.n_minors = n_minors;
  g_assert_true (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  return path;
}

/* Keys */

static gboolean
activate_shortcuts (GtkWidget          *widget,
                    GtkEventController *controller,
                    guint               keyval,
                    GdkModifierType     modifiers)
{
  GListModel *shortcuts = G_LIST_MODEL (controller);

  for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);
      GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

      if (!GTK_IS_KEYVAL_TRIGGER (trigger) ||
          gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) != keyval ||
          gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) != modifiers)
        continue;

      if (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                        widget, gtk_shortcut_get_arguments (shortcut)))
        return TRUE;
    }
  return FALSE;
}

/* Presses a key as GTK's shortcut controllers would see it, with no
 * window system in between: the key bindings of @widget, then of each
 * widget above it, until one takes the key (GTK's bubble phase). Xvfb
 * has no way to type into a window without a window manager's focus, so
 * the tests go in here. */
gboolean
schakel_test_press_key (GtkWidget       *widget,
                        guint            keyval,
                        GdkModifierType  modifiers)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

      for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
        {
          g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

          if (GTK_IS_SHORTCUT_CONTROLLER (controller) &&
              activate_shortcuts (w, controller, keyval, modifiers))
            return TRUE;
        }
    }
  return FALSE;
}
