/* schakel-report-block.h — one piece of a report page: a heading, a
 * paragraph, a table, later a chart or a timeline.
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

G_BEGIN_DECLS

/**
 * SchakelReportFont:
 * @SCHAKEL_REPORT_FONT_BODY: running text
 * @SCHAKEL_REPORT_FONT_BODY_BOLD: emphasis, table headers, totals
 * @SCHAKEL_REPORT_FONT_SMALL: notes, header and footer
 * @SCHAKEL_REPORT_FONT_SMALL_BOLD: small emphasis
 * @SCHAKEL_REPORT_FONT_H1: a section heading
 * @SCHAKEL_REPORT_FONT_H2: a subsection heading
 * @SCHAKEL_REPORT_FONT_TITLE: the title on the cover
 * @SCHAKEL_REPORT_FONT_FIGURE: a key figure
 */
typedef enum
{
  SCHAKEL_REPORT_FONT_BODY,
  SCHAKEL_REPORT_FONT_BODY_BOLD,
  SCHAKEL_REPORT_FONT_SMALL,
  SCHAKEL_REPORT_FONT_SMALL_BOLD,
  SCHAKEL_REPORT_FONT_H1,
  SCHAKEL_REPORT_FONT_H2,
  SCHAKEL_REPORT_FONT_TITLE,
  SCHAKEL_REPORT_FONT_FIGURE,
  SCHAKEL_REPORT_N_FONTS,
} SchakelReportFont;

/* The fonts and the Pango context every block measures and draws with. It
 * works in points at 72 dpi without hinting, so a page measures the same
 * on a PDF, a printer and the preview. */
typedef struct _SchakelReportContext SchakelReportContext;

SchakelReportContext *schakel_report_context_new    (void);
void                  schakel_report_context_free   (SchakelReportContext *self);
PangoLayout          *schakel_report_context_layout (SchakelReportContext *self,
                                                     SchakelReportFont     font,
                                                     const char           *text,
                                                     double                width,
                                                     PangoAlignment        alignment);
double                schakel_report_layout_height  (PangoLayout          *layout);
void                  schakel_report_draw_layout    (cairo_t              *cr,
                                                     PangoLayout          *layout,
                                                     double                x,
                                                     double                y);
void                  schakel_report_draw_rule      (cairo_t              *cr,
                                                     double                x,
                                                     double                y,
                                                     double                width,
                                                     double                line_width);

typedef struct _SchakelReportBlock SchakelReportBlock;

/**
 * SchakelReportBlockClass:
 * @measure: lays the block out for @width points and appends the height of
 *   each unit to @heights (doubles); a block of one unit cannot be split,
 *   one of more units may be split between them (a table: one unit per
 *   row). @head_height is drawn above every part of a split block (a
 *   table's header row), 0 for none.
 * @draw: draws units @first to @first + @n − 1, with the head above them,
 *   at (@x, @y), @width points wide.
 * @finalize: frees what the block owns, not the block itself.
 *
 * A chart or a timeline becomes a report block by filling in this class:
 * measure its height for a width as one unit, and draw it.
 */
typedef struct
{
  const char *name;
  void (*measure)  (SchakelReportBlock   *self,
                    SchakelReportContext *context,
                    double                width,
                    GArray               *heights,
                    double               *head_height);
  void (*draw)     (SchakelReportBlock   *self,
                    SchakelReportContext *context,
                    cairo_t              *cr,
                    double                x,
                    double                y,
                    double                width,
                    guint                 first,
                    guint                 n);
  void (*finalize) (SchakelReportBlock   *self);
} SchakelReportBlockClass;

/**
 * SchakelReportBlockFlags:
 * @SCHAKEL_REPORT_BLOCK_KEEP_WITH_NEXT: never the last thing on a page (a heading)
 * @SCHAKEL_REPORT_BLOCK_NEW_PAGE: starts a new page
 * @SCHAKEL_REPORT_BLOCK_ONLY_IF_ROOM: left out, footnotes and all, when it
 *   does not fit on the rest of the page it would start on (small charts
 *   that belong with what is above them)
 */
typedef enum
{
  SCHAKEL_REPORT_BLOCK_NONE = 0,
  SCHAKEL_REPORT_BLOCK_KEEP_WITH_NEXT = 1 << 0,
  SCHAKEL_REPORT_BLOCK_NEW_PAGE = 1 << 1,
  SCHAKEL_REPORT_BLOCK_ONLY_IF_ROOM = 1 << 2,
} SchakelReportBlockFlags;

/**
 * SchakelReportOrientation:
 * @SCHAKEL_REPORT_PORTRAIT: A4 upright
 * @SCHAKEL_REPORT_LANDSCAPE: A4 on its side
 */
typedef enum
{
  SCHAKEL_REPORT_PORTRAIT,
  SCHAKEL_REPORT_LANDSCAPE,
} SchakelReportOrientation;

/* Embed this at the start of a block's own struct. */
struct _SchakelReportBlock
{
  const SchakelReportBlockClass *klass;
  SchakelReportBlockFlags        flags;
  SchakelReportOrientation       orientation;  /* of the new page, with NEW_PAGE */
  double                         space_before; /* dropped at the top of a page */
  double                         space_after;
  GArray                        *footnotes;    /* (nullable) of SchakelReportFootnote */
};

/* A footnote on the head of a block: on every part of it (a table's
 * header row). */
#define SCHAKEL_REPORT_FOOTNOTE_HEAD G_MAXUINT

/**
 * SchakelReportFootnote:
 * @text: the note, printed at the bottom of each page that shows its mark
 * @unit: the unit whose drawing carries the mark (a table's row), or
 *   %SCHAKEL_REPORT_FOOTNOTE_HEAD
 * @column: a table's column; 0 for other blocks
 */
typedef struct
{
  char  *text;
  guint  unit;
  guint  column;
} SchakelReportFootnote;

gpointer            schakel_report_block_alloc     (const SchakelReportBlockClass *klass,
                                                    gsize                          size);
void                schakel_report_block_free      (SchakelReportBlock            *self);

SchakelReportBlock *schakel_report_heading_new     (guint                          level,
                                                    const char                    *text);
const char         *schakel_report_heading_get_text (SchakelReportBlock           *self);
guint               schakel_report_heading_get_level (SchakelReportBlock          *self);
gboolean            schakel_report_block_is_heading (SchakelReportBlock           *self);
SchakelReportBlock *schakel_report_paragraph_new   (SchakelReportFont              font,
                                                    const char                    *text);
SchakelReportBlock *schakel_report_intro_new       (const char                    *text);
SchakelReportBlock *schakel_report_title_new       (const char                    *title,
                                                    const char                    *subtitle,
                                                    const char                    *lines);

void                schakel_report_block_add_footnote (SchakelReportBlock         *self,
                                                    guint                          unit,
                                                    guint                          column,
                                                    const char                    *text);
char               *schakel_report_block_mark_text (SchakelReportBlock            *self,
                                                    SchakelReportContext          *context,
                                                    guint                          unit,
                                                    guint                          column,
                                                    const char                    *text);
guint               schakel_report_context_footnote_number (SchakelReportContext  *self,
                                                    const char                    *text);
const char         *schakel_report_context_get_footnote (SchakelReportContext     *self,
                                                    guint                          number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelReportBlock, schakel_report_block_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelReportContext, schakel_report_context_free)

G_END_DECLS
