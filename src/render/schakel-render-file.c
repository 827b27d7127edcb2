/* schakel-render-file.c — drawing straight into a PNG, SVG or PDF file.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The file is written to a temporary name beside the target and renamed
 * over it only when everything succeeded, so a failed or interrupted
 * export never leaves half a file, nor destroys the previous one.
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "schakel-render-file.h"

typedef struct
{
  SchakelFileKind  kind;
  char            *path;
  char            *tmp_path;
  int              fd;
  int              write_errno;   /* first failed write, 0 if none */
} RenderFile;

static const cairo_user_data_key_t render_file_key;

static void
render_file_free (gpointer data)
{
  RenderFile *file = data;

  if (file->fd >= 0)
    g_close (file->fd, NULL);
  if (file->tmp_path != NULL)
    g_unlink (file->tmp_path);
  g_free (file->tmp_path);
  g_free (file->path);
  g_free (file);
}

/* Remembers the first error: cairo only learns that a write failed. */
static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  RenderFile *file = closure;

  while (length > 0 && file->write_errno == 0)
    {
      ssize_t written = write (file->fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written < 0)
        {
          file->write_errno = errno;
          break;
        }
      data += written;
      length -= (unsigned int) written;
    }

  return file->write_errno == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * schakel_file_kind_from_path:
 * @path: a file name
 * @kind: (out): the kind its extension names
 * @error: return location for an error
 *
 * Returns: %TRUE if @path ends in .png, .svg or .pdf (any case)
 */
gboolean
schakel_file_kind_from_path (const char       *path,
                             SchakelFileKind  *kind,
                             GError          **error)
{
  static const struct { const char *suffix; SchakelFileKind kind; } suffixes[] = {
    { ".png", SCHAKEL_FILE_PNG },
    { ".svg", SCHAKEL_FILE_SVG },
    { ".pdf", SCHAKEL_FILE_PDF },
  };
  g_autofree char *lower = NULL;

  g_return_val_if_fail (path != NULL, FALSE);

  lower = g_ascii_strdown (path, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      {
        *kind = suffixes[i].kind;
        return TRUE;
      }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” does not end in .png, .svg or .pdf"), path);
  return FALSE;
}

static void
set_file_error (GError     **error,
                const char  *path,
                int          saved_errno)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), name, g_strerror (saved_errno));
}

static cairo_surface_t *
create_surface (RenderFile  *file,
                double       width,
                double       height,
                const char  *title)
{
  cairo_surface_t *surface = NULL;

  switch (file->kind)
    {
    case SCHAKEL_FILE_PNG:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) ceil (width), (int) ceil (height));
      break;

    case SCHAKEL_FILE_SVG:
      surface = cairo_svg_surface_create_for_stream (write_to_fd, file, width, height);
      break;

    case SCHAKEL_FILE_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_fd, file, width, height);
      /* Only what the document is and what made it: never a path, a user
       * name or anything about a child. */
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Schakel");
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      break;

    default:
      g_assert_not_reached ();
    }

  return surface;
}

/**
 * schakel_render_file_begin:
 * @path: the file to write; its extension chooses PNG, SVG or PDF
 * @width: width in pixels (PNG) or points (SVG, PDF)
 * @height: height in pixels (PNG) or points (SVG, PDF)
 * @title: (nullable): document title for PDF metadata, never personal data
 * @error: return location for an error
 *
 * Starts a file to draw on. Draw with cairo, call cairo_show_page()
 * between the pages of a PDF, then schakel_render_file_end().
 *
 * Returns: (transfer full) (nullable): the surface, or %NULL on error
 */
cairo_surface_t *
schakel_render_file_begin (const char  *path,
                           double       width,
                           double       height,
                           const char  *title,
                           GError     **error)
{
  g_autofree char *dir = NULL, *base = NULL, *template = NULL;
  RenderFile *file;
  cairo_surface_t *surface;
  SchakelFileKind kind;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (width >= 1 && height >= 1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!schakel_file_kind_from_path (path, &kind, error))
    return NULL;

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  template = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);

  file = g_new0 (RenderFile, 1);
  file->kind = kind;
  file->path = g_strdup (path);
  file->fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0666);
  if (file->fd < 0)
    {
      int saved_errno = errno;

      set_file_error (error, path, saved_errno);
      render_file_free (file);
      return NULL;
    }
  file->tmp_path = g_steal_pointer (&template);

  surface = create_surface (file, width, height, title);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not start “%s”: %s"),
                   base, cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      render_file_free (file);
      return NULL;
    }

  cairo_surface_set_user_data (surface, &render_file_key, file, render_file_free);
  return surface;
}

/* The file is complete on disk before it takes the target's name. */
static gboolean
commit_file (RenderFile  *file,
             GError     **error)
{
  int fd = file->fd;

  file->fd = -1;
  if (fsync (fd) != 0 || !g_close (fd, NULL))
    {
      set_file_error (error, file->path, errno);
      return FALSE;
    }

  if (g_rename (file->tmp_path, file->path) != 0)
    {
      set_file_error (error, file->path, errno);
      return FALSE;
    }

  g_clear_pointer (&file->tmp_path, g_free);
  return TRUE;
}

/**
 * schakel_render_file_end:
 * @surface: (transfer full): a surface from schakel_render_file_begin()
 * @error: return location for an error
 *
 * Finishes the drawing and puts the file in place. On error the target
 * is left as it was. Destroys @surface either way.
 *
 * Returns: %TRUE if the file was written
 */
gboolean
schakel_render_file_end (cairo_surface_t  *surface,
                         GError          **error)
{
  RenderFile *file;
  cairo_status_t status;
  gboolean ok = FALSE;

  g_return_val_if_fail (surface != NULL, FALSE);

  file = cairo_surface_get_user_data (surface, &render_file_key);
  g_return_val_if_fail (file != NULL, FALSE);

  if (file->kind == SCHAKEL_FILE_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_fd, file);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }

  if (file->write_errno != 0)
    set_file_error (error, file->path, file->write_errno);
  else if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (file->path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”: %s"),
                   name, cairo_status_to_string (status));
    }
  else
    ok = commit_file (file, error);

  /* Frees the file state and removes the temporary file if it is left. */
  cairo_surface_destroy (surface);
  return ok;
}
