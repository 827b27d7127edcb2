/* schakel-chart-private.h — what the chart's drawing, hit testing and
 * text alternatives share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "schakel-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char             *name;
  char             *key;        /* what the series stands for, to its maker */
  GArray           *points;     /* SchakelChartPoint, in the order added */
  gboolean          hidden;
  /* SCHAKEL_CHART_BOX */
  gboolean          has_box;
  SchakelBoxStats   box;
  SchakelPointState box_state;
  /* SCHAKEL_CHART_KM: the whole curve, for the band and the at-risk table;
   * @points holds the steps that may be shown. */
  GArray           *km_steps;   /* SchakelKmStep */
  guint             km_n;
  guint             km_shown;
  double            km_median;  /* NAN when not reached or not allowed */
} SchakelChartSeries;

typedef struct
{
  double  x;
  char   *label;
} SchakelChartMarker;

struct _SchakelChart
{
  gatomicrefcount         ref_count;
  SchakelChartKind        kind;
  char                   *title;
  char                   *subtitle;
  char                   *x_label;
  char                   *y_label;
  SchakelAxisKind         x_axis;
  SchakelValueFormat      value_format;
  char                  **categories;
  double                  bin_width;
  GArray                 *markers;  /* SchakelChartMarker */
  SchakelPaletteVariant   palette;
  char                   *font_family;
  gboolean                has_rules;
  gboolean                confidential;  /* a file made outside publication mode */
  SchakelPublicationRules rules;
  char                   *small_label;
  GPtrArray              *series;   /* SchakelChartSeries */
  gboolean                exact_lines;  /* stroke every point of a dense line too
                                         * (tests compare against it) */
};

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} SchakelRect;

/* The legend entry that explains the hatching. */
#define SCHAKEL_LEGEND_NOTE G_MAXUINT

/* Dash patterns that tell lines of one colour apart (schakel-chart-fold.c). */
#define SCHAKEL_CHART_N_DASHES 5

/* How a series looks: a palette colour, for lines also a dash pattern;
 * or grey, as one of the series drawn together as "Other". */
typedef struct
{
  SchakelColor color;
  guint        dash;    /* 0: solid */
  gboolean     folded;  /* part of "Other" */
} SchakelSeriesStyle;

/* The series' looks for one drawing. When stacked counts have more series
 * than colours, the smallest are summed into @other, drawn on top of the
 * stack in grey. */
typedef struct
{
  SchakelSeriesStyle *styles;       /* one per series */
  SchakelSeriesStyle  other_style;  /* grey */
  guint               n_folded;
  SchakelChartSeries *other;        /* the sum of the shown folded series, or NULL */
  GArray             *other_small;  /* guint per point of @other: how many of its
                                     * members are hidden there as small counts */
} SchakelChartFold;

typedef struct
{
  SchakelRect rect;
  guint       series;  /* or SCHAKEL_LEGEND_NOTE */
} SchakelLegendEntry;

/* Where everything goes, for one size. Computed the same way for drawing
 * and for hit testing. */
typedef struct
{
  double        width;
  double        height;
  double        font_size;
  double        line_h;        /* height of one line of text */
  double        pad;
  SchakelRect   plot;
  SchakelTicks  x_ticks;
  SchakelTicks  y_ticks;
  double        x_min;
  double        x_max;
  double        y_min;
  double        y_max;
  double        x_label_skip;  /* draw every n-th x tick label */
  GArray       *legend;        /* SchakelLegendEntry */
  double        title_y;
  double        legend_y;
  double        x_label_y;     /* top of the x axis label */
  double        y_label_x;     /* left of the rotated y axis label */
  double        risk_y;        /* top of the KM number-at-risk table */
  double        slot;          /* x units one bar group takes */
  double        row_label_w;   /* matrix row labels; KM table gutter */
  double        risk_name_w;   /* KM table names */
  double        col_label_h;   /* matrix column labels */
  double        col_font_size; /* their font size */
  gboolean      col_vertical;  /* turned a quarter, reading upwards */
  SchakelChartFold fold;       /* the series' colours and patterns */
  double        footer_y;      /* top of the confidentiality line, if any */
} SchakelChartLayout;

/* schakel-chart.c */
int                 _schakel_chart_compare_doubles (gconstpointer a,
                                                    gconstpointer b);
GArray             *_schakel_chart_distinct_xs  (const SchakelChart *self,
                                                 gboolean            shown_only);
const SchakelChartPoint *
                    _schakel_chart_sorted_points (SchakelChartSeries  *series,
                                                  SchakelChartPoint  **copy);
const SchakelChartPoint *
                    _schakel_chart_point        (const SchakelChart *self,
                                                 guint               series,
                                                 guint               point);
SchakelChartSeries *_schakel_chart_series       (const SchakelChart *self,
                                                 guint               series);
gboolean            _schakel_chart_series_shown (const SchakelChart *self,
                                                 guint               series);
guint               _schakel_chart_n_shown      (const SchakelChart *self);
const char         *_schakel_chart_category     (const SchakelChart *self,
                                                 guint               index);
guint               _schakel_chart_n_categories (const SchakelChart *self);
char               *_schakel_chart_format_x     (const SchakelChart *self,
                                                 double              x);
char               *_schakel_chart_format_point (const SchakelChart      *self,
                                                 const SchakelChartPoint *point);
gboolean            _schakel_chart_has_legend   (const SchakelChart *self);
char               *_schakel_chart_note_text    (const SchakelChart *self);
double              _schakel_chart_small_value  (const SchakelChart *self);
double              _schakel_chart_point_height (const SchakelChart      *self,
                                                 const SchakelChartLayout *layout,
                                                 const SchakelChartPoint *point);
gboolean            _schakel_chart_point_is_stub (const SchakelChart      *self,
                                                  const SchakelChartPoint *point);
gboolean            _schakel_chart_has_hidden   (const SchakelChart *self);
gboolean            _schakel_chart_publication_hid (const SchakelChart *self);
guint               _schakel_chart_km_at_risk   (const SchakelChartSeries *series,
                                                 double                    time);

/* schakel-chart-text.c: Pango helpers */
PangoLayout        *_schakel_chart_text_wrapped (const SchakelChart *self,
                                                 cairo_t            *cr,
                                                 const char         *text,
                                                 double              size,
                                                 gboolean            bold,
                                                 double              wrap_width);
PangoLayout        *_schakel_chart_text         (const SchakelChart *self,
                                                 cairo_t            *cr,
                                                 const char         *text,
                                                 double              size,
                                                 gboolean            bold);
void                _schakel_chart_text_size    (PangoLayout        *layout,
                                                 double             *width,
                                                 double             *height);

/* schakel-chart-layout.c */
void                _schakel_chart_layout       (const SchakelChart *self,
                                                 cairo_t            *cr,
                                                 double              width,
                                                 double              height,
                                                 SchakelChartLayout *layout);
void                _schakel_chart_layout_clear (SchakelChartLayout *layout);
char               *_schakel_chart_footer_text  (const SchakelChart *self);
double              _schakel_chart_px           (const SchakelChartLayout *layout,
                                                 double                    x);
double              _schakel_chart_py           (const SchakelChartLayout *layout,
                                                 double                    y);

/* Bars and cells: one walk shared by drawing and hit testing. */
typedef void (*SchakelChartRectFunc) (const SchakelChart      *self,
                                      guint                    series,
                                      guint                    point,
                                      const SchakelRect       *rect,
                                      gpointer                 user_data);

void                _schakel_chart_foreach_bar  (const SchakelChart       *self,
                                                 const SchakelChartLayout *layout,
                                                 SchakelChartRectFunc      func,
                                                 gpointer                  user_data);
void                _schakel_chart_foreach_cell (const SchakelChart       *self,
                                                 const SchakelChartLayout *layout,
                                                 SchakelChartRectFunc      func,
                                                 gpointer                  user_data);
void                _schakel_chart_box_column   (const SchakelChart       *self,
                                                 const SchakelChartLayout *layout,
                                                 guint                     slot,
                                                 SchakelRect              *rect);

/* schakel-chart-frame.c */
typedef struct
{
  SchakelRect  rect;
  const char  *text;     /* borrowed from the chart or the ticks */
  double       value;    /* x of its tick or category */
  gboolean     wrapped;  /* a category label, wrapped to its slot */
} SchakelAxisLabel;

GArray             *_schakel_chart_x_labels     (const SchakelChart       *self,
                                                 cairo_t                  *cr,
                                                 const SchakelChartLayout *layout);
void                _schakel_chart_draw_frame   (const SchakelChart       *self,
                                                 cairo_t                  *cr,
                                                 const SchakelChartLayout *layout);

/* schakel-chart-draw-*.c */
void                _schakel_chart_draw_xy      (const SchakelChart       *self,
                                                 cairo_t                  *cr,
                                                 const SchakelChartLayout *layout);
void                _schakel_chart_draw_bars    (const SchakelChart       *self,
                                                 cairo_t                  *cr,
                                                 const SchakelChartLayout *layout);
void                _schakel_chart_draw_box     (const SchakelChart       *self,
                                                 cairo_t                  *cr,
                                                 const SchakelChartLayout *layout);
void                _schakel_chart_draw_km      (const SchakelChart       *self,
                                                 cairo_t                  *cr,
                                                 const SchakelChartLayout *layout);
void                _schakel_chart_draw_matrix  (const SchakelChart       *self,
                                                 cairo_t                  *cr,
                                                 const SchakelChartLayout *layout);

/* schakel-chart-fold.c: a distinct look for every series */
void                _schakel_chart_fold         (const SchakelChart *self,
                                                 SchakelChartFold   *fold);
void                _schakel_chart_fold_clear   (SchakelChartFold   *fold);
gboolean            _schakel_chart_is_lines     (const SchakelChart *self);
double              _schakel_chart_swatch_width (const SchakelChart *self,
                                                 double              font_size);
const SchakelSeriesStyle *
                    _schakel_chart_style        (const SchakelChartLayout *layout,
                                                 guint                     series);
void                _schakel_chart_set_dash     (cairo_t            *cr,
                                                 guint               dash,
                                                 double              line_width,
                                                 double              offset);
gboolean            _schakel_chart_dash_covers  (guint               dash,
                                                 double              line_width,
                                                 double              distance);
const char         *_schakel_chart_series_label (const SchakelChart *self,
                                                 guint               series);
char               *_schakel_chart_other_names  (const SchakelChart     *self,
                                                 const SchakelChartFold *fold);
gboolean            _schakel_chart_other_hidden (const SchakelChart     *self,
                                                 const SchakelChartFold *fold);

/* schakel-chart-spans.c: dense lines, one span per pixel column */
double              _schakel_chart_column_width (cairo_t                  *cr);
gboolean            _schakel_chart_line_is_dense (cairo_t                  *cr,
                                                  const SchakelChartLayout *layout,
                                                  guint                     n_points,
                                                  double                    col_w);
void                _schakel_chart_fill_spans   (cairo_t                  *cr,
                                                 const SchakelChartLayout *layout,
                                                 const SchakelChartPoint  *points,
                                                 guint                     n,
                                                 gboolean                  step,
                                                 double                    line_width,
                                                 guint                     dash,
                                                 const SchakelColor       *color,
                                                 double                    alpha,
                                                 double                    col_w);

/* schakel-chart-style.c: colours and patterns */
void                _schakel_chart_foreground   (const SchakelChart *self,
                                                 SchakelColor       *color);
void                _schakel_chart_background   (const SchakelChart *self,
                                                 SchakelColor       *color);
void                _schakel_chart_clip_plot    (cairo_t                  *cr,
                                                 const SchakelChartLayout *layout);
void                _schakel_chart_fill_hatched (const SchakelChart *self,
                                                 cairo_t            *cr,
                                                 const SchakelColor *color);
void                _schakel_chart_draw_label_boxed (const SchakelChart *self,
                                                     cairo_t            *cr,
                                                     const char         *text,
                                                     double              size,
                                                     double              x,
                                                     double              y);
void                _schakel_chart_draw_label   (const SchakelChart *self,
                                                 cairo_t            *cr,
                                                 const char         *text,
                                                 double              size,
                                                 double              x,
                                                 double              y,
                                                 double              x_align,
                                                 double              y_align,
                                                 double              alpha);

G_END_DECLS
