/* schakel-paged.c — a paged document: a report or a dossier behind one
 * set of functions, so the preview, the printer and the exports need not
 * know which it is.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-paged.h"

struct _SchakelPaged
{
  gatomicrefcount          ref_count;
  const SchakelPagedFuncs *funcs;
  gpointer                 instance;
  GDestroyNotify           destroy;
};

/**
 * schakel_paged_new:
 * @funcs: (not nullable): what the document does; static, never freed
 * @instance: the document
 * @destroy: (nullable): frees @instance with the last reference
 *
 * Returns: (transfer full): a paged document
 */
SchakelPaged *
schakel_paged_new (const SchakelPagedFuncs *funcs,
                   gpointer                 instance,
                   GDestroyNotify           destroy)
{
  SchakelPaged *self;

  g_return_val_if_fail (funcs != NULL, NULL);

  self = g_new0 (SchakelPaged, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->funcs = funcs;
  self->instance = instance;
  self->destroy = destroy;
  return self;
}

/**
 * schakel_paged_ref:
 * @self: a document
 *
 * Returns: (transfer full): @self
 */
SchakelPaged *
schakel_paged_ref (SchakelPaged *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * schakel_paged_unref:
 * @self: (transfer full): a document
 *
 * Drops a reference; the last one frees the document.
 */
void
schakel_paged_unref (SchakelPaged *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  if (self->destroy != NULL)
    self->destroy (self->instance);
  g_free (self);
}

/**
 * schakel_paged_get_instance:
 * @self: a document
 *
 * Returns: (transfer none): the report or dossier behind @self
 */
gpointer
schakel_paged_get_instance (SchakelPaged *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->instance;
}

/**
 * schakel_paged_get_n_pages:
 * @self: a document
 *
 * Returns: the number of pages
 */
guint
schakel_paged_get_n_pages (SchakelPaged *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->funcs->get_n_pages (self->instance);
}

/**
 * schakel_paged_get_page_size:
 * @self: a document
 * @page: a page, from 0
 * @width: (out): its width in points
 * @height: (out): its height in points; landscape when wider than high
 */
void
schakel_paged_get_page_size (SchakelPaged *self,
                             guint         page,
                             double       *width,
                             double       *height)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (page < schakel_paged_get_n_pages (self));
  self->funcs->get_page_size (self->instance, page, width, height);
}

/**
 * schakel_paged_draw_page:
 * @self: a document
 * @cr: the page: (0, 0) at its top left corner, in points
 * @page: a page, from 0
 *
 * Draws the whole page, its paper included.
 */
void
schakel_paged_draw_page (SchakelPaged *self,
                         cairo_t      *cr,
                         guint         page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (page < schakel_paged_get_n_pages (self));
  self->funcs->draw_page (self->instance, cr, page);
}

/**
 * schakel_paged_write_pdf:
 * @self: a document
 * @path: the PDF file, replaced only once it is complete
 * @error: return location for an error
 *
 * Returns: %TRUE when the file is written
 */
gboolean
schakel_paged_write_pdf (SchakelPaged  *self,
                         const char    *path,
                         GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  return self->funcs->write_pdf (self->instance, path, error);
}

/**
 * schakel_paged_get_n_tables:
 * @self: a document
 *
 * Returns: how many CSV files schakel_paged_write_csv() writes; 0 when the
 *   document has no tables
 */
guint
schakel_paged_get_n_tables (SchakelPaged *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->funcs->get_n_tables (self->instance);
}

/**
 * schakel_paged_write_csv:
 * @self: a document
 * @folder: an existing folder
 * @written: (nullable) (element-type filename): gets the path of every
 *   file written, also when a later one fails
 * @error: return location for an error
 *
 * Writes every table of the document as a CSV file in @folder, with the
 * cells as printed.
 *
 * Returns: %TRUE when every file is written
 */
gboolean
schakel_paged_write_csv (SchakelPaged  *self,
                         const char    *folder,
                         GPtrArray     *written,
                         GError       **error)
{
  g_autoptr(GPtrArray) own = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  if (written == NULL)
    written = own = g_ptr_array_new_with_free_func (g_free);
  return self->funcs->write_csv (self->instance, folder, written, error);
}

/**
 * schakel_paged_get_title:
 * @self: a document
 *
 * Returns: (transfer none): the title, translated; it holds no personal
 *   data
 */
const char *
schakel_paged_get_title (SchakelPaged *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->funcs->get_title (self->instance);
}

/**
 * schakel_paged_get_minor:
 * @self: a document
 *
 * Returns: (transfer none) (nullable): the pseudonymous id of the minor
 *   the document is about, or %NULL for a report about areas
 */
const char *
schakel_paged_get_minor (SchakelPaged *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->funcs->get_minor (self->instance);
}
