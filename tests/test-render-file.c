/* test-render-file.c — PNG, SVG and PDF files, written whole or not at all.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "schakel-render.h"
#include "schakel-test-util.h"

/* A path in a folder of its own, so the test can see what else is left. */
static char *
own_folder_path (const char *name)
{
  char *path = schakel_test_tmp_path (name);
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return path;
}

static void
draw_square (cairo_surface_t *surface)
{
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.8, 0.2, 0.1);
  cairo_rectangle (cr, 10, 10, 20, 20);
  cairo_fill (cr);
  cairo_destroy (cr);
}

static void
write_file (const char *path,
            const char *title)
{
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface = schakel_render_file_begin (path, 64, 48, title, &error);

  g_assert_no_error (error);
  g_assert_nonnull (surface);
  draw_square (surface);
  g_assert_true (schakel_render_file_end (surface, &error));
  g_assert_no_error (error);
}

/* Nothing but the target is left in the folder. */
static void
assert_only_file (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_cmpstr (name, ==, base);
}

static void
test_render_file_png (void)
{
  g_autofree char *path = own_folder_path ("png/square.PNG");
  cairo_surface_t *image;
  unsigned char *pixel;

  write_file (path, NULL);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, 64);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 48);
  /* The square's centre is opaque and red (ARGB32, little-endian BGRA). */
  pixel = cairo_image_surface_get_data (image) + 20 * cairo_image_surface_get_stride (image) + 20 * 4;
  g_assert_cmpuint (pixel[3], ==, 255);
  g_assert_cmpuint (pixel[2], >, 180);
  cairo_surface_destroy (image);
  assert_only_file (path);
}

static void
test_render_file_svg (void)
{
  g_autofree char *path = own_folder_path ("svg/square.svg");
  g_autofree char *contents = NULL;

  write_file (path, "Verhuizingen");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "</svg>"));
  assert_only_file (path);
}

/* The PDF names itself and its maker, never the path it was written to. */
static void
test_render_file_pdf (void)
{
  g_autofree char *path = own_folder_path ("pdf/square.pdf");
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_path_get_dirname (path);
  gsize length;
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *info = NULL;
  int status;

  write_file (path, "Regiobriefing");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_assert_null (g_strstr_len (contents, length, dir));
  assert_only_file (path);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &info, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (info, "Regiobriefing"));
  g_assert_nonnull (strstr (info, "Schakel"));
  g_assert_nonnull (strstr (info, "Pages:           1"));
}

static void
test_render_file_bad_extension (void)
{
  g_autofree char *path = own_folder_path ("ext/chart.jpg");
  g_autoptr(GError) error = NULL;
  SchakelFileKind kind;

  g_assert_null (schakel_render_file_begin (path, 10, 10, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_assert_nonnull (strstr (error->message, "chart.jpg"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (schakel_file_kind_from_path ("a.Pdf", &kind, NULL));
  g_assert_cmpint (kind, ==, SCHAKEL_FILE_PDF);
}

static void
test_render_file_missing_folder (void)
{
  g_autofree char *path = schakel_test_tmp_path ("gone/no/such/folder/chart.png");
  g_autofree char *parent = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_rmdir (parent), !=, 0);
  g_assert_null (schakel_render_file_begin (path, 10, 10, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* A failed write leaves the earlier file as it was. */
static void
test_render_file_keeps_old_on_failure (void)
{
  g_autofree char *path = own_folder_path ("keep/chart.png");
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;

  write_file (path, NULL);
  before = schakel_test_file_sha256 (path);

  surface = schakel_render_file_begin (path, 64, 48, NULL, &error);
  g_assert_no_error (error);
  /* A finished image surface cannot be written out any more. */
  cairo_surface_finish (surface);
  g_assert_false (schakel_render_file_end (surface, &error));
  g_assert_nonnull (error);

  after = schakel_test_file_sha256 (path);
  g_assert_cmpstr (before, ==, after);
  assert_only_file (path);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render-file/png", test_render_file_png);
  g_test_add_func ("/render-file/svg", test_render_file_svg);
  g_test_add_func ("/render-file/pdf", test_render_file_pdf);
  g_test_add_func ("/render-file/bad-extension", test_render_file_bad_extension);
  g_test_add_func ("/render-file/missing-folder", test_render_file_missing_folder);
  g_test_add_func ("/render-file/keeps-old-on-failure", test_render_file_keeps_old_on_failure);

  return g_test_run ();
}
