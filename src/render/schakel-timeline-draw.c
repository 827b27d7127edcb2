/* schakel-timeline-draw.c — drawing the items of a laid-out timeline.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Intervals are bars: a light fill with a solid edge, so text on them
 * reads in both variants. Events are markers with their label to the
 * right as far as the next item in the row allows. Lines (age, norm,
 * today) cross all lanes behind the items.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-timeline-private.h"

static void
show_label (SchakelTimeline *self,
            cairo_t         *cr,
            guint            index,
            double           x,
            double           y,
            double           room)
{
  SchakelTimelineItemLayout *l = &self->items[index];

  if (room < 12 || l->label == NULL)
    return;
  /* Whole-unit clips take cairo's fast path: no mask. */
  cairo_save (cr);
  cairo_rectangle (cr, floor (x), floor (y), floor (room), ceil (self->text_height) + 1);
  cairo_clip (cr);
  schakel_palette_set_source (cr, &self->ink.foreground, 1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, l->label);
  cairo_restore (cr);
}

static void
draw_open_end (cairo_t                   *cr,
               const SchakelTimelineRect *r)
{
  double x = r->x + r->width, ym = r->y + r->height / 2, h = MIN (r->height / 2, 6);

  cairo_move_to (cr, x, ym - h);
  cairo_line_to (cr, x + h, ym);
  cairo_line_to (cr, x, ym + h);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* A frame @width wide inside @r, filled rather than stroked: boxes on
 * whole units are much cheaper to fill than a stroke is to rasterize. */
static void
frame_box (cairo_t                   *cr,
           const SchakelTimelineRect *r,
           double                     width)
{
  if (r->width <= 2 * width || r->height <= 2 * width)
    {
      cairo_rectangle (cr, r->x, r->y, MAX (r->width, 0), MAX (r->height, 0));
      cairo_fill (cr);
      return;
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_EVEN_ODD);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_rectangle (cr, r->x + width, r->y + width, r->width - 2 * width, r->height - 2 * width);
  cairo_fill (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
}

/* A gap too narrow for "No education: 42 days" still shows its length. */
static void
show_short_gap_label (SchakelTimeline           *self,
                      cairo_t                   *cr,
                      const SchakelRecordItem   *item,
                      const SchakelTimelineRect *r)
{
  /* Translators: a short length in days, e.g. "42 d" */
  g_autofree char *days = g_strdup_printf (_("%d d"), item->days);
  PangoLayout *layout = _schakel_timeline_text (self, days);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  if (width > r->width - 4)
    return;
  schakel_palette_set_source (cr, &self->ink.foreground, 1);
  cairo_move_to (cr, r->x + (r->width - width) / 2, r->y + (r->height - self->text_height) / 2);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_bar (SchakelTimeline         *self,
          cairo_t                 *cr,
          guint                    index,
          const SchakelRecordItem *item)
{
  const SchakelTimelineItemLayout *l = &self->items[index];
  SchakelTimelineRect r = l->rect;
  gboolean future = item->flags & SCHAKEL_RECORD_FLAG_FUTURE;
  SchakelColor color;

  _schakel_timeline_item_color (self, item, &color);
  if (item->flags & SCHAKEL_RECORD_FLAG_BELOW_HOURS)
    {
      r.y += r.height / 4;
      r.height /= 2;
    }

  /* On whole units, so the fills take cairo's fast path for boxes. */
  r.width = MAX (1, round (r.x + r.width) - round (r.x));
  r.x = round (r.x);
  r.height = round (r.y + r.height) - round (r.y);
  r.y = round (r.y);

  schakel_palette_set_source (cr, &color, item->kind == SCHAKEL_RECORD_SCHOOL_GAP || future ? 0.18 : 0.35);
  cairo_rectangle (cr, r.x, r.y, r.width, r.height);
  cairo_fill (cr);

  schakel_palette_set_source (cr, &color, 1);
  if (item->kind == SCHAKEL_RECORD_SCHOOL_GAP ||
      (item->flags & (SCHAKEL_RECORD_FLAG_TEMPORARY | SCHAKEL_RECORD_FLAG_UNSUITABLE)))
    _schakel_timeline_hatch (self, cr, &r, &color);

  if (future)
    {
      /* A plan: a dashed outline. */
      cairo_set_dash (cr, (double[]) { 3, 2 }, 2, 0);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, r.x + 0.5, r.y + 0.5, MAX (r.width - 1, 0.5), r.height - 1);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
  else
    frame_box (cr, &r, 1);

  if (item->flags & SCHAKEL_RECORD_FLAG_UNSUITABLE)
    {
      SchakelTimelineRect inner = { r.x + 1, r.y + 1, r.width - 2, r.height - 2 };

      schakel_palette_set_source (cr, &self->ink.alert, 1);
      frame_box (cr, &inner, 2);
    }
  if (item->flags & SCHAKEL_RECORD_FLAG_OPEN && item->kind != SCHAKEL_RECORD_SCHOOL_GAP)
    {
      schakel_palette_set_source (cr, &color, 1);
      draw_open_end (cr, &r);
    }

  _schakel_timeline_item_label_width (self, index);
  if (item->kind == SCHAKEL_RECORD_SCHOOL_GAP && self->items[index].label_width > l->rect.width - 8)
    show_short_gap_label (self, cr, item, &l->rect);
  else
    show_label (self, cr, index, l->rect.x + 4, l->rect.y + (l->rect.height - self->text_height) / 2,
                l->rect.width - 8);
}

/* A move's connector: from the marker up to the bar of the placement
 * moved into, so it is clear which stay the move started. */
static void
draw_connector (SchakelTimeline         *self,
                cairo_t                 *cr,
                const SchakelRecordItem *item,
                double                   x,
                double                   y)
{
  const SchakelTimelineItemLayout *to;

  if (item->parent < 0)
    return;
  to = &self->items[item->parent];
  schakel_palette_set_source (cr, &self->ink.muted, 1);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x, to->rect.y + to->rect.height);
  cairo_stroke (cr);
}

static void
draw_marker (SchakelTimeline         *self,
             cairo_t                 *cr,
             guint                    index,
             const SchakelRecordItem *item)
{
  const SchakelTimelineItemLayout *l = &self->items[index];
  double x = l->rect.x + l->rect.width / 2, y = l->rect.y + l->rect.height / 2;
  double radius = MIN (TIMELINE_MARKER, l->rect.height) / 2 - 0.5;
  SchakelColor color;

  _schakel_timeline_item_color (self, item, &color);
  schakel_palette_set_source (cr, &color, 1);
  switch (item->kind)
    {
    case SCHAKEL_RECORD_MOVE:
      draw_connector (self, cr, item, x, y - radius);
      schakel_palette_set_source (cr, &color, 1);
      cairo_move_to (cr, x, y - radius);
      cairo_line_to (cr, x + radius, y);
      cairo_line_to (cr, x, y + radius);
      cairo_line_to (cr, x - radius, y);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case SCHAKEL_RECORD_PROCEDURE:
      cairo_move_to (cr, x - radius, y + radius);
      cairo_line_to (cr, x + radius, y + radius);
      cairo_line_to (cr, x, y - radius);
      cairo_close_path (cr);
      cairo_fill (cr);
      break;
    case SCHAKEL_RECORD_ESCALATION:
    default:
      cairo_new_path (cr);
      cairo_arc (cr, x, y, radius * 0.8, 0, 2 * G_PI);
      if (item->flags & SCHAKEL_RECORD_FLAG_PENDING)
        {
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
      else
        cairo_fill (cr);
      if (item->flags & SCHAKEL_RECORD_FLAG_OVERDUE)
        {
          /* A ring as well as the colour, for those who cannot tell red. */
          cairo_set_line_width (cr, 1.5);
          cairo_new_path (cr);
          cairo_arc (cr, x, y, radius + 1.5, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      break;
    }

  _schakel_timeline_item_label_width (self, index);
  show_label (self, cr, index, l->rect.x + l->rect.width + 2, y - self->text_height / 2,
              MIN (l->room, self->width - TIMELINE_PAD - (l->rect.x + l->rect.width + 2)) - 2);
}

static void
draw_vertical (SchakelTimeline    *self,
               cairo_t            *cr,
               double              x,
               const SchakelColor *color,
               double              width,
               gboolean            dashed)
{
  schakel_palette_set_source (cr, color, 1);
  cairo_set_line_width (cr, width);
  if (dashed)
    cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_move_to (cr, x, self->top_band);
  cairo_line_to (cr, x, self->axis_y);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
draw_line_item (SchakelTimeline         *self,
                cairo_t                 *cr,
                guint                    index,
                const SchakelRecordItem *item)
{
  const SchakelTimelineItemLayout *l = &self->items[index];
  double x = round (l->rect.x + TIMELINE_MARKER / 2) + 0.5;
  gboolean adult = item->kind == SCHAKEL_RECORD_AGE_MARKER && g_str_equal (item->code, "18");
  SchakelColor color;

  _schakel_timeline_item_color (self, item, &color);
  draw_vertical (self, cr, x, &color, adult ? 2 : 1, item->kind == SCHAKEL_RECORD_NORM_DEADLINE ||
                 (item->flags & SCHAKEL_RECORD_FLAG_ESTIMATED));
  schakel_palette_set_source (cr, &color, 1);
  cairo_move_to (cr, x, l->rect.y + l->rect.height);
  cairo_line_to (cr, x, self->top_band);
  cairo_set_line_width (cr, 1);
  cairo_stroke (cr);
  cairo_new_path (cr);
  cairo_arc (cr, x, l->rect.y + l->rect.height / 2, 2.5, 0, 2 * G_PI);
  cairo_fill (cr);
  _schakel_timeline_item_label_width (self, index);
  show_label (self, cr, index, x + 4, l->rect.y, l->label_width + 1);
}

/**
 * _schakel_timeline_today_label:
 * @self: a laid-out timeline
 * @x: (out): the left of today's label on the axis
 * @width: (out): its width
 *
 * Returns: whether today is in view; the axis leaves its label's place
 *   free of tick labels
 */
gboolean
_schakel_timeline_today_label (SchakelTimeline *self,
                               double          *x,
                               double          *width)
{
  SchakelDay today = schakel_minor_record_get_today (self->record);
  double line = schakel_timeline_x_for_day (self, today + 0.5);
  int text_width;

  if (line < self->label_column || line > self->width - TIMELINE_PAD)
    return FALSE;
  pango_layout_get_pixel_size (_schakel_timeline_text (self, _("Today")), &text_width, NULL);
  *width = text_width + 6;
  *x = CLAMP (line - *width / 2, self->label_column, self->width - TIMELINE_PAD - *width);
  return TRUE;
}

static void
draw_today (SchakelTimeline *self,
            cairo_t         *cr)
{
  SchakelDay today = schakel_minor_record_get_today (self->record);
  double x, width;

  if (!_schakel_timeline_today_label (self, &x, &width))
    return;
  draw_vertical (self, cr, round (schakel_timeline_x_for_day (self, today + 0.5)) + 0.5, &self->ink.today, 1.5,
                 FALSE);

  /* Its label on the axis, where the tick labels leave room. */
  schakel_palette_set_source (cr, &self->ink.today, 1);
  cairo_rectangle (cr, x, self->axis_y + 2, width, self->text_height + 2);
  cairo_fill (cr);
  schakel_palette_set_source (cr, &self->ink.background, 1);
  cairo_move_to (cr, x + 3, self->axis_y + 3);
  pango_cairo_show_layout (cr, _schakel_timeline_text (self, _("Today")));
}

/* Behind the Onderwijs lane's items: each school gap tints the whole lane,
 * so a gap stands out even where it shares no row with an enrolment. */
static void
draw_gap_bands (SchakelTimeline *self,
                cairo_t         *cr)
{
  double y0 = self->lane_y[SCHAKEL_TIMELINE_LANE_ONDERWIJS];
  double y1 = self->lane_y[SCHAKEL_TIMELINE_LANE_ONDERWIJS + 1];

  schakel_palette_set_source (cr, &self->ink.alert, 0.08);
  for (guint i = 0; i < self->n_items; i++)
    if (schakel_minor_record_get_item (self->record, i)->kind == SCHAKEL_RECORD_SCHOOL_GAP)
      cairo_rectangle (cr, self->items[i].rect.x, y0, self->items[i].rect.width, y1 - y0);
  cairo_fill (cr);
}

static void
draw_focus (SchakelTimeline *self,
            cairo_t         *cr,
            guint            index)
{
  const SchakelTimelineRect *r = &self->items[index].rect;

  schakel_palette_set_source (cr, &self->ink.focus, 1);
  cairo_set_line_width (cr, 2);
  cairo_rectangle (cr, r->x - 2, r->y - 2, r->width + 4, r->height + 4);
  cairo_stroke (cr);
}

/**
 * _schakel_timeline_draw_items:
 * @self: a laid-out timeline
 * @cr: the target
 * @focus: the item to ring, or -1
 *
 * Draws the lines across the lanes, then the bars, then the markers, so
 * markers are never under a bar; the focus ring last.
 */
void
_schakel_timeline_draw_items (SchakelTimeline *self,
                              cairo_t         *cr,
                              int              focus)
{
  double x0 = self->label_column, x1 = self->width - TIMELINE_PAD;

  cairo_save (cr);
  cairo_rectangle (cr, x0, 0, x1 - x0 + TIMELINE_PAD, self->axis_y);
  cairo_clip (cr);
  draw_gap_bands (self, cr);
  for (int pass = 0; pass < 3; pass++)
    for (guint i = 0; i < self->n_items; i++)
      {
        const SchakelTimelineItemLayout *l = &self->items[i];
        const SchakelRecordItem *item;

        if (l->line != (pass == 0) || (pass > 0 && l->point != (pass == 2)) ||
            !schakel_timeline_item_is_visible (self, i))
          continue;
        item = schakel_minor_record_get_item (self->record, i);
        if (pass == 0)
          draw_line_item (self, cr, i, item);
        else if (pass == 1)
          draw_bar (self, cr, i, item);
        else
          draw_marker (self, cr, i, item);
      }
  cairo_restore (cr);

  draw_today (self, cr);
  if (focus >= 0 && (guint) focus < self->n_items)
    draw_focus (self, cr, (guint) focus);
}

/**
 * schakel_timeline_draw:
 * @self: a laid-out timeline (schakel_timeline_set_view())
 * @cr: the target; the timeline fills (0, 0) to its width and height
 * @focus: the index of the item to draw a focus ring around, or -1
 *
 * Draws the whole timeline: background, lanes, axis, items, the lines of
 * the age markers, the norm deadline and today.
 */
void
schakel_timeline_draw (SchakelTimeline *self,
                       cairo_t         *cr,
                       int              focus)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  _schakel_timeline_draw_frame (self, cr);
  _schakel_timeline_draw_items (self, cr, focus);
  cairo_restore (cr);
}
