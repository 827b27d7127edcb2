/* schakel-timeline-private.h — what the timeline's parts share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pangocairo.h>

#include "schakel-timeline.h"

G_BEGIN_DECLS

/* Sizes in drawing units (pixels on screen, points on paper). */
#define TIMELINE_PAD          8.0
#define TIMELINE_ROW_NATURAL 20.0
#define TIMELINE_ROW_MIN     10.0
#define TIMELINE_ROW_MAX     28.0
#define TIMELINE_LANE_PAD     4.0
#define TIMELINE_MARKER       9.0   /* the width of an event's marker */
#define TIMELINE_MIN_BAR      3.0   /* the narrowest interval drawn */
#define TIMELINE_ITEM_GAP     2.0   /* between neighbours in a row */

typedef struct
{
  SchakelTimelineLane lane;
  guint               group;    /* a band of rows inside the lane */
  guint               row;      /* inside the group */
  gboolean            line;     /* drawn as a line across the lanes, labelled in the top band */
  gboolean            point;    /* an event: a marker, not a bar */
  SchakelTimelineRect rect;
  double              label_width;
  double              room;     /* free space right of the item in its row, for its label */
  PangoLayout        *label;    /* lazily made, owned */
} SchakelTimelineItemLayout;

/* How the ink looks on the current background. */
typedef struct
{
  SchakelColor background;
  SchakelColor foreground;
  SchakelColor muted;      /* lane titles, axis labels */
  SchakelColor grid;
  SchakelColor lane_tint;  /* every other lane */
  SchakelColor alert;      /* school gaps, overdue steps */
  SchakelColor today;
  SchakelColor norm;
  SchakelColor focus;
} SchakelTimelineInk;

struct _SchakelTimeline
{
  GObject                    parent_instance;

  SchakelMinorRecord        *record;
  PangoContext              *context;
  GHashTable                *texts;     /* text → PangoLayout: _schakel_timeline_text() */
  GHashTable                *hatches;   /* colour and scale → cairo_pattern_t */
  SchakelPaletteVariant      variant;
  SchakelTimelineInk         ink;

  double                     from;
  double                     to;
  double                     width;
  double                     height;

  SchakelTimelineItemLayout *items;     /* one per record item */
  guint                      n_items;
  guint                      group_rows[SCHAKEL_TIMELINE_N_LANES][2];
  guint                      top_rows;  /* label rows of the lines in the top band */

  double                     label_column;
  double                     text_height;
  double                     row_height;
  double                     top_band;
  double                     lane_y[SCHAKEL_TIMELINE_N_LANES + 1];
  double                     axis_y;
};

void         _schakel_timeline_ink_init        (SchakelTimelineInk        *ink,
                                                SchakelPaletteVariant      variant);
void         _schakel_timeline_item_color      (SchakelTimeline           *self,
                                                const SchakelRecordItem   *item,
                                                SchakelColor              *color);
void         _schakel_timeline_hatch           (SchakelTimeline           *self,
                                                cairo_t                   *cr,
                                                const SchakelTimelineRect *rect,
                                                const SchakelColor        *color);
PangoLayout *_schakel_timeline_text            (SchakelTimeline           *self,
                                                const char                *text);
double       _schakel_timeline_item_label_width (SchakelTimeline     *self,
                                                guint                      index);
gboolean     _schakel_timeline_today_label     (SchakelTimeline           *self,
                                                double                    *x,
                                                double                    *width);
void         _schakel_timeline_draw_items      (SchakelTimeline           *self,
                                                cairo_t                   *cr,
                                                int                        focus);
void         _schakel_timeline_draw_frame      (SchakelTimeline           *self,
                                                cairo_t                   *cr);

G_END_DECLS
