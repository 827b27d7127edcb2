/* schakel-timeline.c — the per-minor timeline: layout, hit test, focus
 * order, tooltips and the accessible description.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Items go into lanes; inside a lane, into bands (placements above moves,
 * reports above escalation steps) and inside a band into rows, greedily:
 * an item takes the first row where it clears the item before it, so no
 * rectangle ever covers another. Rows depend on the scale (pixels per
 * day) and not on the offset, so panning never reshuffles them. Age
 * markers, the norm deadline and today are lines across the lanes,
 * labelled in rows of their own above the lanes.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-render-fonts.h"
#include "schakel-timeline-private.h"

G_DEFINE_FINAL_TYPE (SchakelTimeline, schakel_timeline, G_TYPE_OBJECT)

static void
clear_layouts (SchakelTimeline *self)
{
  for (guint i = 0; i < self->n_items; i++)
    g_clear_object (&self->items[i].label);
}

static void
schakel_timeline_finalize (GObject *object)
{
  SchakelTimeline *self = SCHAKEL_TIMELINE (object);

  clear_layouts (self);
  g_hash_table_unref (self->texts);
  g_hash_table_unref (self->hatches);
  g_free (self->items);
  g_clear_pointer (&self->record, schakel_minor_record_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (schakel_timeline_parent_class)->finalize (object);
}

static void
schakel_timeline_class_init (SchakelTimelineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_timeline_finalize;
}

static void
schakel_timeline_init (SchakelTimeline *self)
{
  _schakel_timeline_ink_init (&self->ink, SCHAKEL_PALETTE_LIGHT);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->hatches = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) cairo_pattern_destroy);
}

/* Where an item goes: its lane, band, and whether it is a line or an event. */
static void
classify (const SchakelRecordItem   *item,
          SchakelTimelineItemLayout *layout)
{
  layout->group = 0;
  layout->point = item->start == item->end && item->kind != SCHAKEL_RECORD_PLACEMENT &&
                  item->kind != SCHAKEL_RECORD_ENROLMENT && item->kind != SCHAKEL_RECORD_WAITLIST &&
                  item->kind != SCHAKEL_RECORD_ABSENCE && item->kind != SCHAKEL_RECORD_SCHOOL_GAP;
  layout->line = FALSE;
  switch (item->kind)
    {
    case SCHAKEL_RECORD_MOVE:
      layout->group = 1;
      G_GNUC_FALLTHROUGH;
    case SCHAKEL_RECORD_PLACEMENT:
      layout->lane = SCHAKEL_TIMELINE_LANE_OPVANG;
      break;
    case SCHAKEL_RECORD_ENROLMENT:
    case SCHAKEL_RECORD_SCHOOL_GAP:
      layout->lane = SCHAKEL_TIMELINE_LANE_ONDERWIJS;
      break;
    case SCHAKEL_RECORD_WAITLIST:
      layout->lane = SCHAKEL_TIMELINE_LANE_WACHTLIJST;
      break;
    case SCHAKEL_RECORD_ESCALATION:
      layout->group = 1;
      G_GNUC_FALLTHROUGH;
    case SCHAKEL_RECORD_ABSENCE:
      layout->lane = SCHAKEL_TIMELINE_LANE_VERZUIM;
      break;
    case SCHAKEL_RECORD_PROCEDURE:
      layout->lane = SCHAKEL_TIMELINE_LANE_PROCEDURE;
      break;
    case SCHAKEL_RECORD_AGE_MARKER:
    case SCHAKEL_RECORD_NORM_DEADLINE:
      layout->lane = SCHAKEL_TIMELINE_LANE_PROCEDURE;
      layout->line = TRUE;
      layout->point = TRUE;
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * schakel_timeline_new:
 * @record: the minor's record
 *
 * Creates a timeline of @record. Call schakel_timeline_set_view() before
 * drawing or hit-testing.
 *
 * Returns: (transfer full): a new timeline
 */
SchakelTimeline *
schakel_timeline_new (SchakelMinorRecord *record)
{
  SchakelTimeline *self;
  SchakelDay first, last;

  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (SCHAKEL_TYPE_TIMELINE, NULL);
  self->record = schakel_minor_record_ref (record);
  self->n_items = schakel_minor_record_get_n_items (record);
  self->items = g_new0 (SchakelTimelineItemLayout, self->n_items);
  for (guint i = 0; i < self->n_items; i++)
    classify (schakel_minor_record_get_item (record, i), &self->items[i]);
  schakel_minor_record_get_extent (record, &first, &last);
  self->from = first;
  self->to = last + 1;
  return self;
}

/**
 * schakel_timeline_get_record:
 * @self: a timeline
 *
 * Returns: (transfer none): the record drawn
 */
SchakelMinorRecord *
schakel_timeline_get_record (SchakelTimeline *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), NULL);

  return self->record;
}

/**
 * schakel_timeline_set_pango_context:
 * @self: a timeline
 * @context: a Pango context of a Cairo font map, e.g. the widget's
 *
 * Sets the fonts and their measurements; without it the timeline uses a
 * context of its own with a 9-point sans font. Call schakel_timeline_set_view()
 * afterwards to lay out again.
 */
void
schakel_timeline_set_pango_context (SchakelTimeline *self,
                                    PangoContext    *context)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));
  g_return_if_fail (PANGO_IS_CONTEXT (context));

  clear_layouts (self);
  g_hash_table_remove_all (self->texts);
  g_set_object (&self->context, context);
}

/**
 * schakel_timeline_set_variant:
 * @self: a timeline
 * @variant: light or dark background
 *
 * Chooses the colours; takes effect at the next draw.
 */
void
schakel_timeline_set_variant (SchakelTimeline       *self,
                              SchakelPaletteVariant  variant)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));

  self->variant = variant;
  _schakel_timeline_ink_init (&self->ink, variant);
}

/**
 * schakel_timeline_get_fit_range:
 * @self: a timeline
 * @from: (out): the first day to show
 * @to: (out): the day after the last to show
 *
 * The range that shows every item but the far birthdays, with a margin
 * of 2% on each side (and at least two weeks in all).
 */
void
schakel_timeline_get_fit_range (SchakelTimeline *self,
                                double          *from,
                                double          *to)
{
  SchakelDay first, last;
  double span, margin;

  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));

  schakel_minor_record_get_extent (self->record, &first, &last);
  span = MAX (14.0, (double) (last + 1 - first));
  margin = span * 0.02 + 1;
  *from = first - margin;
  *to = first + span + margin;
}

static PangoContext *
get_context (SchakelTimeline *self)
{
  if (self->context == NULL)
    {
      g_autoptr(PangoFontDescription) font = pango_font_description_from_string (SCHAKEL_RENDER_FONT_FAMILY " 9");

      self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      pango_context_set_font_description (self->context, font);
    }
  return self->context;
}

static PangoLayout *
new_layout (SchakelTimeline *self,
            const char      *text)
{
  PangoLayout *layout = pango_layout_new (get_context (self));

  pango_layout_set_text (layout, text, -1);
  return layout;
}

/**
 * _schakel_timeline_text:
 * @self: a timeline
 * @text: the text
 *
 * Shaping text is most of the cost of drawing axis labels, so the
 * layouts of short texts (ticks, lane titles) are kept between frames.
 *
 * Returns: (transfer none): a layout of @text in the timeline's font,
 *   valid until the next call
 */
PangoLayout *
_schakel_timeline_text (SchakelTimeline *self,
                        const char      *text)
{
  PangoLayout *layout = g_hash_table_lookup (self->texts, text);

  if (layout == NULL)
    {
      /* Zooming through the years meets a few hundred labels at most. */
      if (g_hash_table_size (self->texts) > 1024)
        g_hash_table_remove_all (self->texts);
      layout = new_layout (self, text);
      g_hash_table_insert (self->texts, g_strdup (text), layout);
    }
  return layout;
}

static double
text_width (SchakelTimeline *self,
            const char      *text)
{
  int width;

  pango_layout_get_pixel_size (_schakel_timeline_text (self, text), &width, NULL);
  return width;
}

/**
 * _schakel_timeline_item_label_width:
 * @self: a timeline
 * @index: an item index
 *
 * Makes the item's label layout when it is not made yet.
 *
 * Returns: the width of the item's label
 */
double
_schakel_timeline_item_label_width (SchakelTimeline *self,
                                    guint            index)
{
  SchakelTimelineItemLayout *l = &self->items[index];

  if (l->label == NULL)
    {
      int width;

      l->label = new_layout (self, schakel_minor_record_get_item (self->record, index)->title);
      pango_layout_get_pixel_size (l->label, &width, NULL);
      l->label_width = width;
    }
  return l->label_width;
}

/**
 * schakel_timeline_x_for_day:
 * @self: a timeline
 * @day: a day number; fractions are parts of the day
 *
 * Returns: the x of the start of @day in the current view
 */
double
schakel_timeline_x_for_day (SchakelTimeline *self,
                            double           day)
{
  double x0 = self->label_column, x1 = self->width - TIMELINE_PAD;

  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), 0);

  return x0 + (day - self->from) / (self->to - self->from) * (x1 - x0);
}

/**
 * schakel_timeline_day_for_x:
 * @self: a timeline
 * @x: an x in the current view
 *
 * Returns: the day number (with fraction) at @x; the inverse of
 *   schakel_timeline_x_for_day()
 */
double
schakel_timeline_day_for_x (SchakelTimeline *self,
                            double           x)
{
  double x0 = self->label_column, x1 = self->width - TIMELINE_PAD;

  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), 0);

  return self->from + (x - x0) / MAX (1.0, x1 - x0) * (self->to - self->from);
}

/* The item's horizontal extent at the current scale. */
static void
place_horizontally (SchakelTimeline *self,
                    guint            index)
{
  const SchakelRecordItem *item = schakel_minor_record_get_item (self->record, index);
  SchakelTimelineItemLayout *l = &self->items[index];

  if (l->line)
    {
      /* The label in the top band, starting at the line. */
      l->rect.x = schakel_timeline_x_for_day (self, item->start + 0.5) - TIMELINE_MARKER / 2;
      l->rect.width = TIMELINE_MARKER + 2 + _schakel_timeline_item_label_width (self, index);
    }
  else if (l->point)
    {
      l->rect.x = schakel_timeline_x_for_day (self, item->start + 0.5) - TIMELINE_MARKER / 2;
      l->rect.width = TIMELINE_MARKER;
    }
  else
    {
      l->rect.x = schakel_timeline_x_for_day (self, item->start);
      l->rect.width = MAX (TIMELINE_MIN_BAR, schakel_timeline_x_for_day (self, item->end + 1) - l->rect.x);
    }
}

typedef struct
{
  double right;  /* the right edge of the row's last item */
  guint  last;   /* its index */
} RowEnd;

/* Greedy rows: @rows holds each row's end; returns the row for item
 * @index at @x..@right, and gives the item before it in that row the
 * room up to @x for its label. */
static guint
take_row (SchakelTimeline *self,
          GArray          *rows,
          guint            index,
          double           x,
          double           right)
{
  RowEnd end = { right, index };
  guint row;

  for (row = 0; row < rows->len; row++)
    if (g_array_index (rows, RowEnd, row).right + TIMELINE_ITEM_GAP <= x)
      break;
  if (row == rows->len)
    g_array_append_val (rows, end);
  else
    {
      RowEnd *before = &g_array_index (rows, RowEnd, row);
      SchakelTimelineItemLayout *l = &self->items[before->last];

      l->room = x - TIMELINE_ITEM_GAP - (l->rect.x + l->rect.width);
      *before = end;
    }
  self->items[index].room = G_MAXDOUBLE;
  return row;
}

static void
assign_rows (SchakelTimeline *self)
{
  g_autoptr(GArray) top = g_array_new (FALSE, FALSE, sizeof (RowEnd));
  GArray *bands[SCHAKEL_TIMELINE_N_LANES][2];

  for (guint lane = 0; lane < SCHAKEL_TIMELINE_N_LANES; lane++)
    for (guint g = 0; g < 2; g++)
      bands[lane][g] = g_array_new (FALSE, FALSE, sizeof (RowEnd));

  /* Items are sorted by start, so their x only grows within a band. */
  for (guint i = 0; i < self->n_items; i++)
    {
      SchakelTimelineItemLayout *l = &self->items[i];

      place_horizontally (self, i);
      l->row = take_row (self, l->line ? top : bands[l->lane][l->group], i, l->rect.x, l->rect.x + l->rect.width);
    }

  self->top_rows = MAX (1, top->len);
  for (guint lane = 0; lane < SCHAKEL_TIMELINE_N_LANES; lane++)
    {
      for (guint g = 0; g < 2; g++)
        {
          self->group_rows[lane][g] = bands[lane][g]->len;
          g_array_unref (bands[lane][g]);
        }
    }
}

static guint
total_rows (SchakelTimeline *self)
{
  guint n = 0;

  for (guint lane = 0; lane < SCHAKEL_TIMELINE_N_LANES; lane++)
    n += MAX (1, self->group_rows[lane][0] + self->group_rows[lane][1]);
  return n;
}

/* Everything but the rows: the top band, the lanes' padding, the axis. */
static double
fixed_height (SchakelTimeline *self)
{
  self->top_band = TIMELINE_PAD + self->top_rows * (self->text_height + 2);
  return self->top_band + SCHAKEL_TIMELINE_N_LANES * 2 * TIMELINE_LANE_PAD + 2 * self->text_height + 12;
}

static void
measure_text (SchakelTimeline *self)
{
  double widest = 0;

  self->text_height = 0;
  for (guint lane = 0; lane < SCHAKEL_TIMELINE_N_LANES; lane++)
    widest = MAX (widest, text_width (self, schakel_timeline_lane_get_title (lane)));
  {
    PangoLayout *probe = _schakel_timeline_text (self, "Ag");
    int height;

    pango_layout_get_pixel_size (probe, NULL, &height);
    self->text_height = height;
  }
  self->label_column = widest + 2 * TIMELINE_PAD;
}

static void
place_vertically (SchakelTimeline *self)
{
  double y = self->top_band;

  for (guint lane = 0; lane < SCHAKEL_TIMELINE_N_LANES; lane++)
    {
      guint rows = MAX (1, self->group_rows[lane][0] + self->group_rows[lane][1]);

      self->lane_y[lane] = y;
      y += 2 * TIMELINE_LANE_PAD + rows * self->row_height;
    }
  self->lane_y[SCHAKEL_TIMELINE_N_LANES] = y;
  self->axis_y = y;

  for (guint i = 0; i < self->n_items; i++)
    {
      SchakelTimelineItemLayout *l = &self->items[i];

      if (l->line)
        {
          l->rect.y = TIMELINE_PAD / 2 + l->row * (self->text_height + 2);
          l->rect.height = self->text_height;
        }
      else
        {
          guint row = l->row + (l->group == 1 ? self->group_rows[l->lane][0] : 0);

          l->rect.y = self->lane_y[l->lane] + TIMELINE_LANE_PAD + row * self->row_height + 1;
          l->rect.height = self->row_height - 2;
        }
    }
}

/**
 * schakel_timeline_set_view:
 * @self: a timeline
 * @from: the first day shown (a day number, fractions allowed)
 * @to: the end of the range shown; greater than @from
 * @width: the width of the drawing
 * @height: the height of the drawing
 *
 * Lays the timeline out for a range and a size. Rows shrink to fit
 * @height down to a minimum, and grow up to a maximum.
 */
void
schakel_timeline_set_view (SchakelTimeline *self,
                           double           from,
                           double           to,
                           double           width,
                           double           height)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));
  g_return_if_fail (to > from);

  self->from = from;
  self->to = to;
  self->width = MAX (width, 1);
  self->height = MAX (height, 1);

  measure_text (self);
  self->label_column = MIN (self->label_column, self->width / 3);
  assign_rows (self);
  self->row_height = CLAMP ((self->height - fixed_height (self)) / total_rows (self),
                            TIMELINE_ROW_MIN, TIMELINE_ROW_MAX);
  self->row_height = MAX (self->row_height, self->text_height * 0.8);
  place_vertically (self);
}

/**
 * schakel_timeline_get_view:
 * @self: a timeline
 * @from: (out): the first day shown
 * @to: (out): the end of the range shown
 */
void
schakel_timeline_get_view (SchakelTimeline *self,
                           double          *from,
                           double          *to)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));

  *from = self->from;
  *to = self->to;
}

/**
 * schakel_timeline_get_natural_height:
 * @self: a laid-out timeline
 *
 * Returns: the height at which every row has its natural height at the
 *   current width and range
 */
double
schakel_timeline_get_natural_height (SchakelTimeline *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), 0);

  return fixed_height (self) + total_rows (self) * MAX (TIMELINE_ROW_NATURAL, self->text_height + 4);
}

/**
 * schakel_timeline_get_plot_rect:
 * @self: a laid-out timeline
 * @rect: (out caller-allocates): the area of the lanes right of the lane
 *   titles, above the axis
 */
void
schakel_timeline_get_plot_rect (SchakelTimeline     *self,
                                SchakelTimelineRect *rect)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));

  rect->x = self->label_column;
  rect->y = self->top_band;
  rect->width = self->width - TIMELINE_PAD - self->label_column;
  rect->height = self->axis_y - self->top_band;
}

/**
 * schakel_timeline_item_is_visible:
 * @self: a laid-out timeline
 * @index: an item index
 *
 * Returns: whether any of the item is inside the view
 */
gboolean
schakel_timeline_item_is_visible (SchakelTimeline *self,
                                  guint            index)
{
  const SchakelTimelineRect *r;

  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (index < self->n_items, FALSE);

  r = &self->items[index].rect;
  if (self->items[index].line)
    {
      double x = r->x + TIMELINE_MARKER / 2;

      return x >= self->label_column && x <= self->width - TIMELINE_PAD;
    }
  return r->x + r->width >= self->label_column && r->x <= self->width - TIMELINE_PAD &&
         r->y < self->height;
}

/**
 * schakel_timeline_get_item_bounds:
 * @self: a laid-out timeline
 * @index: an item index
 * @rect: (out caller-allocates): the item's rectangle; for age markers and
 *   the norm deadline, their label in the band above the lanes
 *
 * Returns: whether the item is visible
 */
gboolean
schakel_timeline_get_item_bounds (SchakelTimeline     *self,
                                  guint                index,
                                  SchakelTimelineRect *rect)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), FALSE);
  g_return_val_if_fail (index < self->n_items, FALSE);

  *rect = self->items[index].rect;
  return schakel_timeline_item_is_visible (self, index);
}

/**
 * schakel_timeline_item_get_lane:
 * @self: a timeline
 * @index: an item index
 *
 * Returns: the item's lane; age markers and the norm deadline report
 *   %SCHAKEL_TIMELINE_N_LANES: they cross every lane
 */
SchakelTimelineLane
schakel_timeline_item_get_lane (SchakelTimeline *self,
                                guint            index)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), SCHAKEL_TIMELINE_N_LANES);
  g_return_val_if_fail (index < self->n_items, SCHAKEL_TIMELINE_N_LANES);

  return self->items[index].line ? SCHAKEL_TIMELINE_N_LANES : self->items[index].lane;
}

/**
 * schakel_timeline_hit_test:
 * @self: a laid-out timeline
 * @x: x in the drawing
 * @y: y in the drawing
 *
 * Markers win over the bars below them; small items get a few units of
 * slack so they can be hit at all.
 *
 * Returns: the index of the item at (@x, @y), or -1
 */
int
schakel_timeline_hit_test (SchakelTimeline *self,
                           double           x,
                           double           y)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), -1);

  if (x < self->label_column || x > self->width - TIMELINE_PAD)
    return -1;
  for (int pass = 0; pass < 2; pass++)
    for (guint i = self->n_items; i-- > 0;)
      {
        const SchakelTimelineItemLayout *l = &self->items[i];
        double slack = pass == 0 ? 0 : 2;

        if (l->point == (pass == 0) &&
            x >= l->rect.x - slack && x <= l->rect.x + l->rect.width + slack &&
            y >= l->rect.y && y <= l->rect.y + l->rect.height)
          return (int) i;
      }
  return -1;
}

/**
 * schakel_timeline_next_item:
 * @self: a laid-out timeline
 * @index: the current item, or -1 for none
 * @direction: 1 for the next item in time, -1 for the previous
 *
 * Keyboard order: items in the order of their start, skipping those out of
 * view. From -1, 1 gives the first visible item and -1 the last.
 *
 * Returns: the item to focus, or -1 when there is none in that direction
 */
int
schakel_timeline_next_item (SchakelTimeline *self,
                            int              index,
                            int              direction)
{
  int i;

  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), -1);
  g_return_val_if_fail (direction == 1 || direction == -1, -1);

  i = index < 0 ? (direction > 0 ? 0 : (int) self->n_items - 1) : index + direction;
  for (; i >= 0 && i < (int) self->n_items; i += direction)
    if (schakel_timeline_item_is_visible (self, (guint) i))
      return i;
  return -1;
}

/**
 * schakel_timeline_lane_get_title:
 * @lane: a lane
 *
 * Returns: (transfer none): the lane's translated title
 */
const char *
schakel_timeline_lane_get_title (SchakelTimelineLane lane)
{
  switch (lane)
    {
    case SCHAKEL_TIMELINE_LANE_OPVANG: return _("Reception");
    case SCHAKEL_TIMELINE_LANE_ONDERWIJS: return _("Education");
    case SCHAKEL_TIMELINE_LANE_WACHTLIJST: return _("Wait-list");
    case SCHAKEL_TIMELINE_LANE_VERZUIM: return _("Absence");
    case SCHAKEL_TIMELINE_LANE_PROCEDURE: return _("Procedure");
    case SCHAKEL_TIMELINE_N_LANES:
    default:
      g_return_val_if_reached ("");
    }
}

static char *
format_period (const SchakelRecordItem *item)
{
  g_autofree char *start = schakel_format_day (item->start);
  g_autofree char *end = NULL;

  if (item->start == item->end && !(item->flags & SCHAKEL_RECORD_FLAG_OPEN))
    return g_steal_pointer (&start);
  if (item->flags & SCHAKEL_RECORD_FLAG_OPEN)
    /* Translators: a period without an end, e.g. "since 3 March 2025 (120 days)" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "since %s (%d day)", "since %s (%d days)", item->days),
                            start, item->days);
  end = schakel_format_day (item->end);
  /* Translators: a period, e.g. "3 March 2025 – 4 April 2025 (33 days)" */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s – %s (%d day)", "%s – %s (%d days)", item->days),
                          start, end, item->days);
}

/**
 * schakel_timeline_dup_item_tooltip:
 * @self: a timeline
 * @index: an item index
 *
 * Returns: (transfer full): plain text for a tooltip: what, when, and what
 *   is special about it (temporary, overdue, estimated …)
 */
char *
schakel_timeline_dup_item_tooltip (SchakelTimeline *self,
                                   guint            index)
{
  const SchakelRecordItem *item;
  g_autofree char *period = NULL;
  GString *text;

  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), NULL);
  g_return_val_if_fail (index < self->n_items, NULL);

  item = schakel_minor_record_get_item (self->record, index);
  period = format_period (item);
  text = g_string_new (item->title);
  g_string_append_printf (text, "\n%s · %s", schakel_record_kind_get_name (item->kind), period);
  if (item->detail != NULL)
    g_string_append_printf (text, "\n%s", item->detail);
  if (item->flags & SCHAKEL_RECORD_FLAG_UNSUITABLE)
    g_string_append_printf (text, "\n%s", _("Unsuitable location"));
  else if (item->flags & SCHAKEL_RECORD_FLAG_TEMPORARY)
    g_string_append_printf (text, "\n%s", _("Temporary reception"));
  if (item->flags & SCHAKEL_RECORD_FLAG_BELOW_HOURS)
    g_string_append_printf (text, "\n%s", _("Fewer hours than count as education"));
  if (item->deadline != SCHAKEL_DAY_NONE)
    {
      g_autofree char *deadline = schakel_format_day (item->deadline);

      if (item->flags & SCHAKEL_RECORD_FLAG_OVERDUE)
        g_string_append_printf (text, "\n%s", _("Overdue"));
      g_string_append_printf (text, "\n%s: %s", _("Deadline"), deadline);
    }
  if (item->flags & SCHAKEL_RECORD_FLAG_ESTIMATED)
    g_string_append_printf (text, "\n%s", _("From an estimated birth date"));
  if (item->flags & SCHAKEL_RECORD_FLAG_FUTURE)
    g_string_append_printf (text, "\n%s", _("Planned: after today"));
  return g_string_free (text, FALSE);
}

static guint
count_kind (SchakelMinorRecord *record,
            SchakelRecordKind   kind,
            SchakelRecordFlags  flags)
{
  guint n = 0;

  for (guint i = 0; i < schakel_minor_record_get_n_items (record); i++)
    {
      const SchakelRecordItem *item = schakel_minor_record_get_item (record, i);

      n += item->kind == kind && (item->flags & flags) == flags;
    }
  return n;
}

/**
 * schakel_timeline_dup_description:
 * @self: a timeline
 *
 * Returns: (transfer full): a translated text describing the whole
 *   timeline for screen readers: who, the range shown, and per lane how
 *   many of what, with the flags of the summary
 */
char *
schakel_timeline_dup_description (SchakelTimeline *self)
{
  const SchakelMinorRecordSummary *s;
  SchakelMinorRecord *r;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  GString *text;

  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), NULL);

  r = self->record;
  s = schakel_minor_record_get_summary (r);
  from = schakel_format_day ((SchakelDay) floor (self->from));
  to = schakel_format_day ((SchakelDay) ceil (self->to) - 1);
  text = g_string_new (NULL);
  /* Translators: the start of the timeline's description for screen readers */
  g_string_append_printf (text, _("Timeline of %s from %s to %s."), s->jongere_id, from, to);
  g_string_append_c (text, ' ');
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u placement", "%u placements",
                                             count_kind (r, SCHAKEL_RECORD_PLACEMENT, 0)),
                          count_kind (r, SCHAKEL_RECORD_PLACEMENT, 0));
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u move", "%u moves", s->n_moves), s->n_moves);
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u enrolment", "%u enrolments",
                                             count_kind (r, SCHAKEL_RECORD_ENROLMENT, 0)),
                          count_kind (r, SCHAKEL_RECORD_ENROLMENT, 0));
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u period without education", "%u periods without education",
                                             count_kind (r, SCHAKEL_RECORD_SCHOOL_GAP, 0)),
                          count_kind (r, SCHAKEL_RECORD_SCHOOL_GAP, 0));
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, " (%d day)", " (%d days)",
                                             (gulong) s->days_without_education),
                          (int) s->days_without_education);
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u wait-list entry", "%u wait-list entries",
                                             count_kind (r, SCHAKEL_RECORD_WAITLIST, 0)),
                          count_kind (r, SCHAKEL_RECORD_WAITLIST, 0));
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u absence report", "%u absence reports",
                                             count_kind (r, SCHAKEL_RECORD_ABSENCE, 0)),
                          count_kind (r, SCHAKEL_RECORD_ABSENCE, 0));
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u overdue escalation step", "%u overdue escalation steps",
                                             count_kind (r, SCHAKEL_RECORD_ESCALATION, SCHAKEL_RECORD_FLAG_OVERDUE)),
                          count_kind (r, SCHAKEL_RECORD_ESCALATION, SCHAKEL_RECORD_FLAG_OVERDUE));
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u procedure event", "%u procedure events",
                                             count_kind (r, SCHAKEL_RECORD_PROCEDURE, 0)),
                          count_kind (r, SCHAKEL_RECORD_PROCEDURE, 0));
  g_string_append_c (text, '.');
  if (s->beyond_norm)
    g_string_append_printf (text, " %s.", _("Without education beyond the norm"));
  if (s->open_escalation)
    g_string_append_printf (text, " %s.", _("Open escalation"));
  if (s->turning_18_soon)
    g_string_append_printf (text, " %s.", _("Turns 18 within 90 days"));
  return g_string_free (text, FALSE);
}
