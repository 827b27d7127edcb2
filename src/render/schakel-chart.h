/* schakel-chart.h — charts drawn with Cairo and Pango, the same for the
 * window, the printer, PNG, SVG and PDF.
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
#include <glib.h>

#include <schakel-core.h>

#include "schakel-palette.h"
#include "schakel-scale.h"

G_BEGIN_DECLS

/**
 * SchakelChartKind:
 * @SCHAKEL_CHART_LINE: one line per series; missing points leave gaps
 * @SCHAKEL_CHART_STEP: like a line, but the value holds until the next point
 * @SCHAKEL_CHART_STACKED_AREA: series stacked on top of each other
 * @SCHAKEL_CHART_BARS: bars side by side per x value (grouped)
 * @SCHAKEL_CHART_STACKED_BARS: bars stacked per x value
 * @SCHAKEL_CHART_HISTOGRAM: touching bars of width
 *   schakel_chart_set_bin_width(), stacked when there are several series
 * @SCHAKEL_CHART_BOX: one box plot per series (schakel_chart_add_box())
 * @SCHAKEL_CHART_KM: Kaplan–Meier curves (schakel_chart_add_km())
 * @SCHAKEL_CHART_FLOW_MATRIX: flows from row to column: each series is a
 *   row ("from"), point x is the column index ("to") into the categories
 */
typedef enum
{
  SCHAKEL_CHART_LINE,
  SCHAKEL_CHART_STEP,
  SCHAKEL_CHART_STACKED_AREA,
  SCHAKEL_CHART_BARS,
  SCHAKEL_CHART_STACKED_BARS,
  SCHAKEL_CHART_HISTOGRAM,
  SCHAKEL_CHART_BOX,
  SCHAKEL_CHART_KM,
  SCHAKEL_CHART_FLOW_MATRIX,
} SchakelChartKind;

/**
 * SchakelPointState:
 * @SCHAKEL_POINT_VISIBLE: the value is shown
 * @SCHAKEL_POINT_SUPPRESSED: a small count hidden by the publication rules
 *   (DOMAIN.md §11): drawn as a hatched band from 0 to k labelled `<k`,
 *   never as zero. On a chart of shares, rates or days it is drawn like
 *   %SCHAKEL_POINT_HIDDEN, since k means nothing there.
 * @SCHAKEL_POINT_MISSING: no data: a gap
 * @SCHAKEL_POINT_HIDDEN: hidden for another reason — protecting a small
 *   count elsewhere, or a share or median of too small a group: drawn as a
 *   low hatched stub labelled `x`, never as a number or zero
 */
typedef enum
{
  SCHAKEL_POINT_VISIBLE,
  SCHAKEL_POINT_SUPPRESSED,
  SCHAKEL_POINT_MISSING,
  SCHAKEL_POINT_HIDDEN,
} SchakelPointState;

/**
 * SchakelAxisKind:
 * @SCHAKEL_AXIS_NUMBER: plain numbers
 * @SCHAKEL_AXIS_DAY: x values are #SchakelDay day numbers
 * @SCHAKEL_AXIS_CATEGORY: x values are indexes into schakel_chart_set_categories()
 */
typedef enum
{
  SCHAKEL_AXIS_NUMBER,
  SCHAKEL_AXIS_DAY,
  SCHAKEL_AXIS_CATEGORY,
} SchakelAxisKind;

/**
 * SchakelChartPoint:
 * @x: the x value (a number, a #SchakelDay or a category index)
 * @y: the y value; meaningless unless @state is %SCHAKEL_POINT_VISIBLE
 * @state: visible, suppressed or missing
 */
typedef struct
{
  double            x;
  double            y;
  SchakelPointState state;
} SchakelChartPoint;

/**
 * SchakelBoxStats:
 * @n: number of values
 * @median: the median
 * @q1: first quartile
 * @q3: third quartile
 * @whisker_low: lowest value within 1.5 IQR below @q1
 * @whisker_high: highest value within 1.5 IQR above @q3
 * @outliers: (array length=n_outliers): values beyond the whiskers
 * @n_outliers: their number
 */
typedef struct
{
  guint   n;
  double  median;
  double  q1;
  double  q3;
  double  whisker_low;
  double  whisker_high;
  double *outliers;
  guint   n_outliers;
} SchakelBoxStats;

void schakel_box_stats_compute (const double    *values,
                                guint            n,
                                SchakelBoxStats *out);
void schakel_box_stats_clear   (SchakelBoxStats *stats);

/**
 * SchakelChartHitKind:
 * @SCHAKEL_CHART_HIT_NONE: nothing there
 * @SCHAKEL_CHART_HIT_POINT: a data point, bar, box or matrix cell
 * @SCHAKEL_CHART_HIT_LEGEND: a legend entry (toggle the series)
 */
typedef enum
{
  SCHAKEL_CHART_HIT_NONE,
  SCHAKEL_CHART_HIT_POINT,
  SCHAKEL_CHART_HIT_LEGEND,
} SchakelChartHitKind;

/**
 * SchakelChartHit:
 * @kind: what is under the pointer
 * @series: the series index
 * @point: the point index within the series (%SCHAKEL_CHART_HIT_POINT)
 * @label: (transfer full): "series: x — value" in the user's locale, for a
 *   tooltip; free with schakel_chart_hit_clear()
 */
typedef struct
{
  SchakelChartHitKind kind;
  guint               series;
  guint               point;
  char               *label;
} SchakelChartHit;

void schakel_chart_hit_clear (SchakelChartHit *hit);

/**
 * SCHAKEL_CHART_SERIES_OTHER:
 *
 * The series index of "Other": when stacked counts have more series than
 * the palette has colours, the smallest are drawn summed as one grey band.
 * A hit on it or on its legend entry gives this index;
 * schakel_chart_set_series_hidden() with it hides all its members.
 */
#define SCHAKEL_CHART_SERIES_OTHER (G_MAXUINT - 1)

typedef struct _SchakelChart SchakelChart;

GType         schakel_chart_get_type          (void) G_GNUC_CONST;
SchakelChart *schakel_chart_new               (SchakelChartKind          kind);
SchakelChart *schakel_chart_ref               (SchakelChart             *self);
void          schakel_chart_unref             (SchakelChart             *self);

SchakelChartKind schakel_chart_get_kind       (const SchakelChart       *self);

/* Texts. The title states what and where, the subtitle scope and period. */
void          schakel_chart_set_title         (SchakelChart             *self,
                                               const char               *title);
void          schakel_chart_set_subtitle      (SchakelChart             *self,
                                               const char               *subtitle);
void          schakel_chart_set_x_label       (SchakelChart             *self,
                                               const char               *label);
void          schakel_chart_set_y_label       (SchakelChart             *self,
                                               const char               *label);
const char   *schakel_chart_get_title         (const SchakelChart       *self);
const char   *schakel_chart_get_subtitle      (const SchakelChart       *self);

/* Axes and formatting. */
void          schakel_chart_set_x_axis        (SchakelChart             *self,
                                               SchakelAxisKind           kind);
void          schakel_chart_set_value_format  (SchakelChart             *self,
                                               SchakelValueFormat        format);
void          schakel_chart_set_categories    (SchakelChart             *self,
                                               const char * const       *categories);
void          schakel_chart_set_bin_width     (SchakelChart             *self,
                                               double                    width);
void          schakel_chart_add_x_marker      (SchakelChart             *self,
                                               double                    x,
                                               const char               *label);

/* Look. */
void          schakel_chart_set_palette       (SchakelChart             *self,
                                               SchakelPaletteVariant     variant);
void          schakel_chart_set_font_family   (SchakelChart             *self,
                                               const char               *family);
void          schakel_chart_set_publication   (SchakelChart             *self,
                                               const SchakelPublicationRules *rules);
void          schakel_chart_set_confidential  (SchakelChart             *self,
                                               gboolean                  confidential);

/* Data. */
guint         schakel_chart_add_series        (SchakelChart             *self,
                                               const char               *name);
void          schakel_chart_add_point         (SchakelChart             *self,
                                               guint                     series,
                                               double                    x,
                                               double                    y,
                                               SchakelPointState         state);
void          schakel_chart_add_box           (SchakelChart             *self,
                                               guint                     series,
                                               const double             *values,
                                               guint                     n,
                                               SchakelPointState         state);
void          schakel_chart_add_km            (SchakelChart             *self,
                                               guint                     series,
                                               SchakelKm                *km,
                                               const SchakelPublicationRules *rules);
guint         schakel_chart_get_n_series      (const SchakelChart       *self);
const char   *schakel_chart_get_series_name   (const SchakelChart       *self,
                                               guint                     series);
void          schakel_chart_set_series_key    (SchakelChart             *self,
                                               guint                     series,
                                               const char               *key);
const char   *schakel_chart_get_series_key    (const SchakelChart       *self,
                                               guint                     series);
const SchakelChartPoint *
              schakel_chart_get_points        (const SchakelChart       *self,
                                               guint                     series,
                                               guint                    *n_points);
void          schakel_chart_set_series_hidden (SchakelChart             *self,
                                               guint                     series,
                                               gboolean                  hidden);
gboolean      schakel_chart_get_series_hidden (const SchakelChart       *self,
                                               guint                     series);

/* Drawing: the one path for window, printer, PNG, SVG and PDF. */
void          schakel_chart_draw              (const SchakelChart       *self,
                                               cairo_t                  *cr,
                                               double                    width,
                                               double                    height);
gboolean      schakel_chart_hit_test          (const SchakelChart       *self,
                                               double                    width,
                                               double                    height,
                                               double                    x,
                                               double                    y,
                                               SchakelChartHit          *hit);

/* For screen readers and CSV export. */
char         *schakel_chart_describe          (const SchakelChart       *self);

typedef struct _SchakelChartTable SchakelChartTable;

SchakelChartTable *schakel_chart_to_table         (const SchakelChart *self);
void               schakel_chart_table_free       (SchakelChartTable  *table);
guint              schakel_chart_table_get_n_rows (const SchakelChartTable *table);
guint              schakel_chart_table_get_n_cols (const SchakelChartTable *table);
const char        *schakel_chart_table_get_header (const SchakelChartTable *table,
                                                   guint                    col);
const char        *schakel_chart_table_get_cell   (const SchakelChartTable *table,
                                                   guint                    row,
                                                   guint                    col);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelChart, schakel_chart_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelChartTable, schakel_chart_table_free)

G_END_DECLS
