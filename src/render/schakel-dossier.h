/* schakel-dossier.h — the printed timeline of one minor.
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
#include <pango/pango.h>
#include <schakel-core.h>

#include "schakel-paged.h"
#include "schakel-palette.h"

G_BEGIN_DECLS

/* A4 landscape in PostScript points: the dossier's default page. */
#define SCHAKEL_DOSSIER_A4_LANDSCAPE_WIDTH  841.89
#define SCHAKEL_DOSSIER_A4_LANDSCAPE_HEIGHT 595.28

/* SchakelDossier paginates one minor's timeline for paper and files.
 *
 * Page 1: the "Confidential" marking, the summary header (id, age, amv,
 * location, school, counts, flags), the timeline over the range and its
 * legend. Following pages: every record as a table (date, lane, what,
 * details, table and row). Every page has a footer with the generation
 * date, "Confidential" and "page n of m". Always drawn with the light
 * palette: paper is white.
 *
 * The print dialog: in GtkPrintOperation::begin-print call
 * schakel_dossier_set_page_size() with the print context's width and
 * height, then gtk_print_operation_set_n_pages (op,
 * schakel_dossier_get_n_pages ()); in ::draw-page call
 * schakel_dossier_draw_page() on the context's cairo_t.
 *
 * schakel_dossier_write() writes PDF (all pages), SVG or PNG (page 1) with
 * the render-file API, atomically. Neither writes an audit record: the
 * caller does (timeline.print, timeline.export). */
#define SCHAKEL_TYPE_DOSSIER (schakel_dossier_get_type ())

G_DECLARE_FINAL_TYPE (SchakelDossier, schakel_dossier, SCHAKEL, DOSSIER, GObject)

SchakelDossier *schakel_dossier_new            (SchakelMinorRecord  *record,
                                                double               from,
                                                double               to,
                                                SchakelDay           generated);
void            schakel_dossier_set_page_size  (SchakelDossier      *self,
                                                double               width,
                                                double               height);
guint           schakel_dossier_get_n_pages    (SchakelDossier      *self);
void            schakel_dossier_draw_page      (SchakelDossier      *self,
                                                cairo_t             *cr,
                                                guint                page);
gboolean        schakel_dossier_write          (SchakelDossier      *self,
                                                const char          *path,
                                                GError             **error);
gboolean        schakel_dossier_write_audited  (SchakelDossier      *self,
                                                SchakelDatabase     *db,
                                                const char          *action,
                                                const char          *detail,
                                                const char          *path,
                                                GError             **error);
SchakelDossier *schakel_dossier_new_until      (SchakelMinorRecord  *record,
                                                SchakelDay           until,
                                                SchakelDay           generated);
SchakelDossier *schakel_dossier_new_for_minor  (SchakelDatabase     *db,
                                                const char          *jongere_id,
                                                SchakelDay           until,
                                                SchakelDay           generated,
                                                GCancellable        *cancellable,
                                                GError             **error);
SchakelPaged   *schakel_dossier_to_paged       (SchakelDossier      *self);

G_END_DECLS
