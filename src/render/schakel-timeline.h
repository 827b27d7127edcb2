/* schakel-timeline.h — the per-minor timeline: layout, drawing, hit test.
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

#include "schakel-palette.h"

G_BEGIN_DECLS

/**
 * SchakelTimelineLane:
 * @SCHAKEL_TIMELINE_LANE_OPVANG: placements and moves
 * @SCHAKEL_TIMELINE_LANE_ONDERWIJS: enrolments and school gaps
 * @SCHAKEL_TIMELINE_LANE_WACHTLIJST: wait-list entries
 * @SCHAKEL_TIMELINE_LANE_VERZUIM: absence reports and escalation steps
 * @SCHAKEL_TIMELINE_LANE_PROCEDURE: application, decision, departure
 * @SCHAKEL_TIMELINE_N_LANES: the number of lanes
 *
 * The lanes, top to bottom. Age markers, the norm deadline and the today
 * line cross all lanes.
 */
typedef enum
{
  SCHAKEL_TIMELINE_LANE_OPVANG,
  SCHAKEL_TIMELINE_LANE_ONDERWIJS,
  SCHAKEL_TIMELINE_LANE_WACHTLIJST,
  SCHAKEL_TIMELINE_LANE_VERZUIM,
  SCHAKEL_TIMELINE_LANE_PROCEDURE,
  SCHAKEL_TIMELINE_N_LANES,
} SchakelTimelineLane;

/**
 * SchakelTimelineRect:
 * @x: left, in the drawing's units (pixels on screen, points on paper)
 * @y: top
 * @width: width
 * @height: height
 */
typedef struct
{
  double x;
  double y;
  double width;
  double height;
} SchakelTimelineRect;

/* SchakelTimeline lays out one SchakelMinorRecord for a visible time
 * range and a size, and draws it with Cairo and Pango. The same object
 * serves the window (draw into gtk_snapshot_append_cairo()), the printer
 * and files; it never touches GTK.
 *
 * Item indexes are the record's (schakel_minor_record_get_item()), so the
 * side panel reads the fields of the index hit_test() returns. Every item
 * of the record has a rectangle once laid out, even when it is outside
 * the visible range (then schakel_timeline_item_is_visible() is FALSE).
 *
 * Usage:
 *   timeline = schakel_timeline_new (record);
 *   schakel_timeline_set_pango_context (timeline, gtk_widget_get_pango_context (w));
 *   schakel_timeline_set_variant (timeline, dark ? SCHAKEL_PALETTE_DARK : SCHAKEL_PALETTE_LIGHT);
 *   schakel_timeline_get_fit_range (timeline, &from, &to);
 *   schakel_timeline_set_view (timeline, from, to, width, height);   (lays out)
 *   schakel_timeline_draw (timeline, cr, focus_index_or_minus_1);
 *
 * The range is in day numbers (SchakelDay) as doubles so that zoom and pan
 * are smooth; from < to. Layout: a lane-label column on the left
 * (schakel_timeline_get_plot_rect() gives the area right of it), the lanes
 * with as many sub-rows as overlapping items need, then the time axis at
 * the bottom. get_natural_height() is the height at which no lane is
 * squeezed; set_view() with a smaller height shrinks the rows down to a
 * minimum and then clips. */
#define SCHAKEL_TYPE_TIMELINE (schakel_timeline_get_type ())

G_DECLARE_FINAL_TYPE (SchakelTimeline, schakel_timeline, SCHAKEL, TIMELINE, GObject)

SchakelTimeline    *schakel_timeline_new                  (SchakelMinorRecord        *record);
SchakelMinorRecord *schakel_timeline_get_record           (SchakelTimeline           *self);

void                schakel_timeline_set_pango_context    (SchakelTimeline           *self,
                                                           PangoContext              *context);
void                schakel_timeline_set_variant          (SchakelTimeline           *self,
                                                           SchakelPaletteVariant      variant);
void                schakel_timeline_get_fit_range        (SchakelTimeline           *self,
                                                           double                    *from,
                                                           double                    *to);
void                schakel_timeline_set_view             (SchakelTimeline           *self,
                                                           double                     from,
                                                           double                     to,
                                                           double                     width,
                                                           double                     height);
void                schakel_timeline_get_view             (SchakelTimeline           *self,
                                                           double                    *from,
                                                           double                    *to);
double              schakel_timeline_get_natural_height   (SchakelTimeline           *self);
void                schakel_timeline_get_plot_rect        (SchakelTimeline           *self,
                                                           SchakelTimelineRect       *rect);
double              schakel_timeline_x_for_day            (SchakelTimeline           *self,
                                                           double                     day);
double              schakel_timeline_day_for_x            (SchakelTimeline           *self,
                                                           double                     x);

void                schakel_timeline_draw                 (SchakelTimeline           *self,
                                                           cairo_t                   *cr,
                                                           int                        focus);
void                schakel_timeline_draw_axis            (SchakelTimeline           *self,
                                                           cairo_t                   *cr);

int                 schakel_timeline_hit_test             (SchakelTimeline           *self,
                                                           double                     x,
                                                           double                     y);
gboolean            schakel_timeline_get_item_bounds      (SchakelTimeline           *self,
                                                           guint                      index,
                                                           SchakelTimelineRect       *rect);
gboolean            schakel_timeline_item_is_visible      (SchakelTimeline           *self,
                                                           guint                      index);
SchakelTimelineLane schakel_timeline_item_get_lane        (SchakelTimeline           *self,
                                                           guint                      index);
int                 schakel_timeline_next_item            (SchakelTimeline           *self,
                                                           int                        index,
                                                           int                        direction);
char               *schakel_timeline_dup_item_tooltip     (SchakelTimeline           *self,
                                                           guint                      index);
char               *schakel_timeline_dup_description      (SchakelTimeline           *self);
const char         *schakel_timeline_lane_get_title       (SchakelTimelineLane        lane);

double              schakel_timeline_get_legend_height    (SchakelTimeline           *self,
                                                           double                     width);
void                schakel_timeline_draw_legend          (SchakelTimeline           *self,
                                                           cairo_t                   *cr,
                                                           double                     x,
                                                           double                     y,
                                                           double                     width);

G_END_DECLS
