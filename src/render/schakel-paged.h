/* schakel-paged.h — a paged document: what the preview, the printer and
 * the exports need of a report or a dossier, whichever it is.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * SchakelPagedFuncs:
 * @get_n_pages: the number of pages
 * @get_page_size: one page's width and height in points
 * @draw_page: draws one page at (0, 0), in points
 * @write_pdf: writes every page to a PDF file, atomically
 * @get_n_tables: how many tables write_csv writes
 * @write_csv: writes each table as a CSV file in an existing folder and
 *   appends the path of each file written to @written
 * @get_title: the title, translated; no personal data (print queues show it)
 * @get_minor: (nullable): the minor the document is about, or %NULL for
 *   an aggregate report; opening, printing and exporting such a document
 *   is audited
 *
 * What a kind of document does; every function gets the instance given
 * to schakel_paged_new().
 */
typedef struct
{
  guint        (*get_n_pages)   (gpointer    instance);
  void         (*get_page_size) (gpointer    instance,
                                 guint       page,
                                 double     *width,
                                 double     *height);
  void         (*draw_page)     (gpointer    instance,
                                 cairo_t    *cr,
                                 guint       page);
  gboolean     (*write_pdf)     (gpointer    instance,
                                 const char *path,
                                 GError    **error);
  guint        (*get_n_tables)  (gpointer    instance);
  gboolean     (*write_csv)     (gpointer    instance,
                                 const char *folder,
                                 GPtrArray  *written,
                                 GError    **error);
  const char * (*get_title)     (gpointer    instance);
  const char * (*get_minor)     (gpointer    instance);
} SchakelPagedFuncs;

typedef struct _SchakelPaged SchakelPaged;

SchakelPaged *schakel_paged_new           (const SchakelPagedFuncs  *funcs,
                                           gpointer                  instance,
                                           GDestroyNotify            destroy);
SchakelPaged *schakel_paged_ref           (SchakelPaged             *self);
void          schakel_paged_unref         (SchakelPaged             *self);
gpointer      schakel_paged_get_instance  (SchakelPaged             *self);
guint         schakel_paged_get_n_pages   (SchakelPaged             *self);
void          schakel_paged_get_page_size (SchakelPaged             *self,
                                           guint                     page,
                                           double                   *width,
                                           double                   *height);
void          schakel_paged_draw_page     (SchakelPaged             *self,
                                           cairo_t                  *cr,
                                           guint                     page);
gboolean      schakel_paged_write_pdf     (SchakelPaged             *self,
                                           const char               *path,
                                           GError                  **error);
guint         schakel_paged_get_n_tables  (SchakelPaged             *self);
gboolean      schakel_paged_write_csv     (SchakelPaged             *self,
                                           const char               *folder,
                                           GPtrArray                *written,
                                           GError                  **error);
const char   *schakel_paged_get_title     (SchakelPaged             *self);
const char   *schakel_paged_get_minor     (SchakelPaged             *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelPaged, schakel_paged_unref)

G_END_DECLS
