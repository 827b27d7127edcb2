/* schakel-report.h — a paginated report: blocks laid out on A4 pages with
 * a running header and footer, drawn to a PDF, a printer or the preview.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include <gio/gio.h>

#include "schakel-paged.h"
#include "schakel-report-block.h"

G_BEGIN_DECLS

/**
 * SchakelReportMode:
 * @SCHAKEL_REPORT_MODE_PUBLICATION: small numbers hidden (DOMAIN.md §11)
 * @SCHAKEL_REPORT_MODE_CONFIDENTIAL: publication mode switched off; every
 *   page says the report is confidential and not for publication
 */
typedef enum
{
  SCHAKEL_REPORT_MODE_PUBLICATION,
  SCHAKEL_REPORT_MODE_CONFIDENTIAL,
} SchakelReportMode;

/**
 * SchakelReportPlacement:
 * @block: index of the block in the report
 * @first: its first unit on this page (a table's first row)
 * @n: how many units
 * @y: the top of the part, points from the top of the page
 * @height: its height, the repeated head included
 * @continued: not the first part of the block: a table's header row is
 *   repeated here
 */
typedef struct
{
  guint    block;
  guint    first;
  guint    n;
  double   y;
  double   height;
  gboolean continued;
} SchakelReportPlacement;

/**
 * SchakelReportPage:
 * @orientation: portrait or landscape
 * @placements: (element-type SchakelReportPlacement): what is on the page,
 *   top to bottom
 * @footnotes: (element-type guint): the numbers of the footnotes whose
 *   marks are on the page, in order; their notes are printed at its bottom
 */
typedef struct
{
  SchakelReportOrientation  orientation;
  GArray                   *placements;
  GArray                   *footnotes;
} SchakelReportPage;

typedef struct _SchakelReport SchakelReport;

SchakelReport           *schakel_report_new             (const char               *title,
                                                         const char               *scope_name,
                                                         const char               *date_text,
                                                         const char               *generated_text,
                                                         SchakelReportMode         mode);
void                     schakel_report_free            (SchakelReport            *self);
void                     schakel_report_add             (SchakelReport            *self,
                                                         SchakelReportBlock       *block);
void                     schakel_report_add_contents    (SchakelReport            *self);
guint                    schakel_report_get_n_blocks    (SchakelReport            *self);
SchakelReportBlock      *schakel_report_get_block       (SchakelReport            *self,
                                                         guint                     index);
const char              *schakel_report_get_title       (SchakelReport            *self);
const char              *schakel_report_get_footnote    (SchakelReport            *self,
                                                         guint                     number);
double                   schakel_report_get_footnotes_top (SchakelReport          *self,
                                                         guint                     page);
SchakelReportMode        schakel_report_get_mode        (SchakelReport            *self);

void                     schakel_report_paginate        (SchakelReport            *self);
guint                    schakel_report_get_n_pages     (SchakelReport            *self);
const SchakelReportPage *schakel_report_get_page        (SchakelReport            *self,
                                                         guint                     page);
guint                    schakel_report_get_block_page  (SchakelReport            *self,
                                                         guint                     block);
void                     schakel_report_page_size       (SchakelReportOrientation  orientation,
                                                         double                   *width,
                                                         double                   *height);
void                     schakel_report_content_area    (SchakelReportOrientation  orientation,
                                                         double                   *x,
                                                         double                   *y,
                                                         double                   *width,
                                                         double                   *height);
void                     schakel_report_draw_page       (SchakelReport            *self,
                                                         cairo_t                  *cr,
                                                         guint                     page);
gboolean                 schakel_report_write_pdf       (SchakelReport            *self,
                                                         const char               *path,
                                                         GError                  **error);
gboolean                 schakel_report_write_csv       (SchakelReport            *self,
                                                         const char               *folder,
                                                         guint                    *n_files,
                                                         GError                  **error);
SchakelPaged            *schakel_report_to_paged        (SchakelReport            *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelReport, schakel_report_free)

G_END_DECLS
