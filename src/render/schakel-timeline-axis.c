/* schakel-timeline-axis.c — the frame of the timeline: background, lanes,
 * the time axis with ticks in days, weeks, months or years.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The tick unit is the finest whose labels do not collide at the current
 * scale. Labels are formatted with g_date_time_format(), so month names
 * follow the user's locale (LC_TIME).
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-timeline-private.h"

typedef enum
{
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_QUARTER,
  UNIT_YEAR,
  UNIT_5_YEARS,
} TickUnit;

/* The average length of one step of each unit, in days. */
static const double unit_days[] = { 1, 7, 30.44, 91.31, 365.25, 1826.2 };

static const char *
unit_format (TickUnit unit)
{
  switch (unit)
    {
    case UNIT_DAY:
    case UNIT_WEEK:
      /* Translators: an axis label of a day, see g_date_time_format(); e.g. "3 Mar" */
      return _("%-d %b");
    case UNIT_MONTH:
    case UNIT_QUARTER:
      /* Translators: an axis label of a month, see g_date_time_format(); e.g. "Mar 2025" */
      return _("%b %Y");
    case UNIT_YEAR:
    case UNIT_5_YEARS:
    default:
      return "%Y";
    }
}

/* The first tick on or after @day. */
static SchakelDay
first_tick (TickUnit   unit,
            SchakelDay day)
{
  int y, m, d;

  schakel_day_to_ymd (day, &y, &m, &d);
  switch (unit)
    {
    case UNIT_DAY:
      return day;
    case UNIT_WEEK:
      return day + (8 - schakel_day_weekday (day)) % 7;  /* Mondays */
    case UNIT_MONTH:
      return d == 1 ? day : schakel_day_add_months (schakel_day_from_ymd (y, m, 1), 1);
    case UNIT_QUARTER:
      {
        SchakelDay q = schakel_day_from_ymd (y, 1 + (m - 1) / 3 * 3, 1);

        return q >= day ? q : schakel_day_add_months (q, 3);
      }
    case UNIT_YEAR:
      return m == 1 && d == 1 ? day : schakel_day_from_ymd (y + 1, 1, 1);
    case UNIT_5_YEARS:
    default:
      {
        SchakelDay t = schakel_day_from_ymd (y - y % 5, 1, 1);

        return t >= day ? t : schakel_day_from_ymd (y - y % 5 + 5, 1, 1);
      }
    }
}

static SchakelDay
next_tick (TickUnit   unit,
           SchakelDay day)
{
  switch (unit)
    {
    case UNIT_DAY: return day + 1;
    case UNIT_WEEK: return day + 7;
    case UNIT_MONTH: return schakel_day_add_months (day, 1);
    case UNIT_QUARTER: return schakel_day_add_months (day, 3);
    case UNIT_YEAR: return schakel_day_add_years (day, 1);
    case UNIT_5_YEARS:
    default:
      return schakel_day_add_years (day, 5);
    }
}

static char *
tick_label (TickUnit   unit,
            SchakelDay day)
{
  g_autoptr(GDateTime) dt = schakel_day_to_date_time (day);

  return g_date_time_format (dt, unit_format (unit));
}

/* The finest unit whose widest label fits between two ticks. */
static TickUnit
choose_unit (SchakelTimeline *self,
             double           px_per_day)
{
  /* A label of the longest month name shows the widest text in this locale. */
  SchakelDay sample = schakel_day_from_ymd (2026, 9, 28);

  for (TickUnit unit = UNIT_DAY; unit < UNIT_5_YEARS; unit++)
    {
      g_autofree char *label = tick_label (unit, sample);
      PangoLayout *layout = _schakel_timeline_text (self, label);
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      if (unit_days[unit] * px_per_day >= width + 12)
        return unit;
    }
  return UNIT_5_YEARS;
}

static void
draw_lanes (SchakelTimeline *self,
            cairo_t         *cr)
{
  const SchakelTimelineInk *ink = &self->ink;

  for (guint lane = 0; lane < SCHAKEL_TIMELINE_N_LANES; lane++)
    {
      PangoLayout *title = _schakel_timeline_text (self, schakel_timeline_lane_get_title (lane));
      double y0 = self->lane_y[lane], y1 = self->lane_y[lane + 1];

      if (lane % 2 == 1)
        {
          schakel_palette_set_source (cr, &ink->lane_tint, 1);
          cairo_rectangle (cr, 0, y0, self->width, y1 - y0);
          cairo_fill (cr);
        }
      schakel_palette_set_source (cr, &ink->grid, 1);
      cairo_rectangle (cr, 0, y1 - 0.5, self->width, 1);
      cairo_fill (cr);

      schakel_palette_set_source (cr, &ink->foreground, 1);
      cairo_move_to (cr, TIMELINE_PAD, y0 + TIMELINE_LANE_PAD + MAX (0, (self->row_height - self->text_height) / 2));
      pango_cairo_show_layout (cr, title);
    }
}

static void
draw_ticks (SchakelTimeline *self,
            cairo_t         *cr)
{
  const SchakelTimelineInk *ink = &self->ink;
  double x0 = self->label_column, x1 = self->width - TIMELINE_PAD;
  double px_per_day = (x1 - x0) / (self->to - self->from);
  TickUnit unit = choose_unit (self, px_per_day);
  SchakelDay last = (SchakelDay) ceil (self->to);
  double label_end = -G_MAXDOUBLE, today_x = 0, today_width = 0;
  gboolean today = _schakel_timeline_today_label (self, &today_x, &today_width);

  cairo_save (cr);
  cairo_rectangle (cr, x0, 0, x1 - x0, self->height);
  cairo_clip (cr);
  for (SchakelDay day = first_tick (unit, (SchakelDay) floor (self->from)); day <= last; day = next_tick (unit, day))
    {
      double x = round (schakel_timeline_x_for_day (self, day)) + 0.5;
      g_autofree char *text = NULL;
      PangoLayout *label;
      int width;

      schakel_palette_set_source (cr, &ink->grid, 1);
      cairo_move_to (cr, x, self->top_band);
      cairo_line_to (cr, x, self->axis_y + 4);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);

      text = tick_label (unit, day);
      label = _schakel_timeline_text (self, text);
      pango_layout_get_pixel_size (label, &width, NULL);
      if (x + 3 < label_end ||
          (today && x + 3 < today_x + today_width + 4 && x + 3 + width + 4 > today_x))
        continue;
      schakel_palette_set_source (cr, &ink->muted, 1);
      cairo_move_to (cr, x + 3, self->axis_y + 4);
      pango_cairo_show_layout (cr, label);
      label_end = x + 3 + width + 6;
    }
  cairo_restore (cr);

  schakel_palette_set_source (cr, &ink->muted, 1);
  cairo_rectangle (cr, x0, self->axis_y - 0.5, x1 - x0, 1);
  cairo_fill (cr);
}

/**
 * _schakel_timeline_draw_frame:
 * @self: a laid-out timeline
 * @cr: the target
 *
 * Draws the background, the lanes with their titles, the grid and the
 * time axis: everything but the items.
 */
void
_schakel_timeline_draw_frame (SchakelTimeline *self,
                              cairo_t         *cr)
{
  schakel_palette_set_source (cr, &self->ink.background, 1);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_fill (cr);
  draw_lanes (self, cr);
  draw_ticks (self, cr);
}

/**
 * schakel_timeline_draw_axis:
 * @self: a laid-out timeline
 * @cr: the target
 *
 * Draws the timeline without its items: the background, lanes and axis.
 * The benchmark's baseline; also what an empty record looks like.
 */
void
schakel_timeline_draw_axis (SchakelTimeline *self,
                            cairo_t         *cr)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));

  cairo_save (cr);
  _schakel_timeline_draw_frame (self, cr);
  cairo_restore (cr);
}
