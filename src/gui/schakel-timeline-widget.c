/* schakel-timeline-widget.c — one minor's timeline, zoomable and pannable.
 *
 * Copyright 2026 The Schakel authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The drawing, the layout, the hit test and the texts are the render
 * timeline's (src/render/schakel-timeline.c), the same that prints the
 * dossier; this widget only holds the visible range and the focused item
 * and turns input into them. The range is in day numbers as doubles, so
 * that zooming and panning are smooth.
 *
 * Keys: + and − zoom, 0 fits, ←/→ pan a tenth, Shift+←/→ a whole width,
 * Home/End go to the first and last day; Tab and ↑/↓ move between items,
 * Enter or Space opens the focused one. Tab past the last item leaves the
 * widget, as everywhere else.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "schakel-timeline-widget.h"
#include "schakel-timeline-widget-private.h"

#define MIN_SPAN_DAYS   7.0
#define PAN_STEP        0.1   /* of the visible width, per arrow key */
#define CLICK_SLOP      4.0   /* pixels a click may move and stay a click */
#define WHEEL_ZOOM      1.2   /* per wheel notch */

struct _SchakelTimelineWidget
{
  GtkWidget           parent_instance;

  SchakelMinorRecord *record;
  SchakelTimeline    *timeline;
  double              from;
  double              to;
  double              first_day;    /* the range any item touches */
  double              last_day;
  int                 focus_item;
  guint               describe_source;

  /* pointer and gesture state */
  double              pointer_x;
  double              drag_from;
  double              drag_to;
  double              pinch_from;
  double              pinch_to;
  double              pinch_anchor;
};

G_DEFINE_FINAL_TYPE (SchakelTimelineWidget, schakel_timeline_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_RECORD,
  PROP_FOCUS_ITEM,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  RANGE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Layout */

static void
get_fit_range (SchakelTimelineWidget *self,
               double                *from,
               double                *to)
{
  schakel_timeline_get_fit_range (self->timeline, from, to);
}

/* Lays the timeline out for the current range and size, so hit tests and
 * item bounds are right before the next frame is drawn. */
static void
relayout (SchakelTimelineWidget *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->timeline != NULL && width > 0 && height > 0)
    schakel_timeline_set_view (self->timeline, self->from, self->to, width, height);
}

static double
plot_width (SchakelTimelineWidget *self)
{
  SchakelTimelineRect plot;

  schakel_timeline_get_plot_rect (self->timeline, &plot);
  return MAX (plot.width, 1.0);
}

static void
update_variant (SchakelTimelineWidget *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();

  if (self->timeline != NULL)
    schakel_timeline_set_variant (self->timeline,
                                  adw_style_manager_get_dark (style) ? SCHAKEL_PALETTE_DARK
                                                                     : SCHAKEL_PALETTE_LIGHT);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The accessible label names the focused item, so that moving between
 * items says where one is; the description tells the whole timeline. */
static void
update_accessible_label (SchakelTimelineWidget *self)
{
  g_autofree char *label = NULL;

  if (self->timeline != NULL && self->focus_item >= 0)
    label = schakel_timeline_dup_item_tooltip (self->timeline, self->focus_item);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label != NULL ? label : _("Timeline"),
                                  -1);
}

static void
update_accessible_description (SchakelTimelineWidget *self)
{
  g_autofree char *description = NULL;

  if (self->timeline != NULL)
    description = schakel_timeline_dup_description (self->timeline);

  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
describe_cb (gpointer data)
{
  SchakelTimelineWidget *self = data;

  self->describe_source = 0;
  update_accessible_description (self);
}

/* The description follows the range shown, but not at every frame of a
 * drag or a pinch: a tenth of a second after the last change. */
static void
queue_describe (SchakelTimelineWidget *self)
{
  if (self->describe_source == 0)
    self->describe_source = g_timeout_add_once (100, describe_cb, self);
}

/* Range */

/* The fit range leaves out markers far ahead, such as the 21st birthday;
 * panning may still go there. */
static void
find_item_days (SchakelTimelineWidget *self)
{
  self->first_day = self->from;
  self->last_day = self->to;
  for (guint i = 0; i < schakel_minor_record_get_n_items (self->record); i++)
    {
      const SchakelRecordItem *item = schakel_minor_record_get_item (self->record, i);

      self->first_day = MIN (self->first_day, item->start);
      self->last_day = MAX (self->last_day, item->end + 1.0);
    }
}

/* Keeps the span between a week and four times the whole record, and the
 * middle of the view on the record (markers in the future included, such
 * as the 21st birthday), so the user cannot get lost in empty years. */
static void
clamp_range (SchakelTimelineWidget *self,
             double                *from,
             double                *to)
{
  double fit_from, fit_to, span, centre, max_span;

  get_fit_range (self, &fit_from, &fit_to);
  max_span = MAX (4.0 * (fit_to - fit_from), 366.0);
  span = CLAMP (*to - *from, MIN_SPAN_DAYS, max_span);
  centre = CLAMP ((*from + *to) / 2.0, MIN (fit_from, self->first_day), MAX (fit_to, self->last_day));

  *from = centre - span / 2.0;
  *to = centre + span / 2.0;
}

static void
apply_range (SchakelTimelineWidget *self,
             double                 from,
             double                 to)
{
  if (self->timeline == NULL)
    return;

  clamp_range (self, &from, &to);
  if (from == self->from && to == self->to)
    return;

  self->from = from;
  self->to = to;
  relayout (self);
  queue_describe (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
}

static void
pan_by_days (SchakelTimelineWidget *self,
             double                 days)
{
  apply_range (self, self->from + days, self->to + days);
}

/* Shows an item that lies (partly) outside the view: centred when it
 * fits, else from its start. */
static void
scroll_to_item (SchakelTimelineWidget *self,
                int                    index)
{
  const SchakelRecordItem *item = schakel_minor_record_get_item (self->record, index);
  double span = self->to - self->from;
  double start = item->start;
  double end = item->end + 1.0;

  if (start >= self->from && end <= self->to)
    return;

  if (end - start <= span)
    pan_by_days (self, (start + end) / 2.0 - (self->from + self->to) / 2.0);
  else
    pan_by_days (self, start - span * PAN_STEP - self->from);
}

/* Key bindings */

/* args: the zoom factor, 2 to show half the days */
static gboolean
zoom_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);

  schakel_timeline_widget_zoom (self, g_variant_get_double (args), (self->from + self->to) / 2.0);
  return TRUE;
}

static gboolean
zoom_fit_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  schakel_timeline_widget_zoom_to_fit (SCHAKEL_TIMELINE_WIDGET (widget));
  return TRUE;
}

/* args: the fraction of the visible width to move, negative to the past */
static gboolean
pan_cb (GtkWidget *widget,
        GVariant  *args,
        gpointer   user_data)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);

  pan_by_days (self, g_variant_get_double (args) * (self->to - self->from));
  return TRUE;
}

/* args: -1 for the first day of the record, 1 for the last */
static gboolean
pan_to_end_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);
  double fit_from, fit_to, span = self->to - self->from;

  if (self->timeline == NULL)
    return FALSE;

  get_fit_range (self, &fit_from, &fit_to);
  if (g_variant_get_int32 (args) < 0)
    apply_range (self, fit_from, fit_from + span);
  else
    apply_range (self, fit_to - span, fit_to);
  return TRUE;
}

static gboolean
move_focus_by (SchakelTimelineWidget *self,
               int                    direction)
{
  int next;

  if (self->timeline == NULL || schakel_minor_record_get_n_items (self->record) == 0)
    return FALSE;

  next = schakel_timeline_next_item (self->timeline, self->focus_item, direction);
  if (next < 0)
    return FALSE;

  schakel_timeline_widget_set_focus_item (self, next);
  return TRUE;
}

/* args: -1 for the previous item, 1 for the next */
static gboolean
focus_item_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);

  move_focus_by (self, g_variant_get_int32 (args));
  /* At either end the key is used up all the same, rather than moving
   * the keyboard focus to another widget. */
  return TRUE;
}

static gboolean
activate_item_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);

  if (self->focus_item < 0)
    return FALSE;

  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, (guint) self->focus_item);
  return TRUE;
}

/* Pointer input */

static void
motion_cb (SchakelTimelineWidget    *self,
           double                    x,
           double                    y,
           GtkEventControllerMotion *controller)
{
  self->pointer_x = x;
}

/* Ctrl+wheel zooms around the pointer; a sideways scroll, or Shift+wheel,
 * pans; a plain wheel scrolls the page around the timeline. */
static gboolean
scroll_cb (SchakelTimelineWidget    *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  gboolean smooth = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_SURFACE;
  double days_per_px;

  if (self->timeline == NULL)
    return FALSE;

  days_per_px = (self->to - self->from) / plot_width (self);

  if (state & GDK_CONTROL_MASK)
    {
      double factor = smooth ? exp (-dy / 200.0) : pow (WHEEL_ZOOM, -dy);

      schakel_timeline_widget_zoom (self, factor, schakel_timeline_day_for_x (self->timeline, self->pointer_x));
      return TRUE;
    }

  if (state & GDK_SHIFT_MASK && dx == 0.0)
    dx = dy;
  if (dx == 0.0)
    return FALSE;

  /* A wheel notch moves like an arrow key; a touchpad follows the finger. */
  pan_by_days (self, smooth ? dx * days_per_px : dx * PAN_STEP * (self->to - self->from));
  return TRUE;
}

static void
drag_begin_cb (SchakelTimelineWidget *self,
               double                 x,
               double                 y,
               GtkGestureDrag        *gesture)
{
  self->drag_from = self->from;
  self->drag_to = self->to;
}

static void
drag_update_cb (SchakelTimelineWidget *self,
                double                 offset_x,
                double                 offset_y,
                GtkGestureDrag        *gesture)
{
  double days;

  if (self->timeline == NULL || fabs (offset_x) < CLICK_SLOP)
    return;

  days = -offset_x * (self->drag_to - self->drag_from) / plot_width (self);
  apply_range (self, self->drag_from + days, self->drag_to + days);
}

/* A drag that hardly moved is a click: it focuses the item under the
 * pointer and opens it. */
static void
drag_end_cb (SchakelTimelineWidget *self,
             double                 offset_x,
             double                 offset_y,
             GtkGestureDrag        *gesture)
{
  double start_x, start_y;
  int index;

  if (self->timeline == NULL || hypot (offset_x, offset_y) >= CLICK_SLOP)
    return;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  gtk_gesture_drag_get_start_point (gesture, &start_x, &start_y);
  index = schakel_timeline_hit_test (self->timeline, start_x, start_y);
  if (index < 0)
    return;

  schakel_timeline_widget_set_focus_item (self, index);
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, (guint) index);
}

static void
zoom_begin_cb (SchakelTimelineWidget *self,
               GdkEventSequence      *sequence,
               GtkGesture            *gesture)
{
  double x = self->pointer_x, y;

  self->pinch_from = self->from;
  self->pinch_to = self->to;
  if (self->timeline != NULL)
    {
      gtk_gesture_get_bounding_box_center (gesture, &x, &y);
      self->pinch_anchor = schakel_timeline_day_for_x (self->timeline, x);
    }
}

static void
zoom_scale_changed_cb (SchakelTimelineWidget *self,
                       double                 scale,
                       GtkGestureZoom        *gesture)
{
  double anchor = self->pinch_anchor;

  if (self->timeline == NULL || scale <= 0.0)
    return;

  apply_range (self,
               anchor - (anchor - self->pinch_from) / scale,
               anchor + (self->pinch_to - anchor) / scale);
}

static void
style_manager_notify_dark_cb (SchakelTimelineWidget *self)
{
  update_variant (self);
}

/* GtkWidget */

static void
schakel_timeline_widget_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->timeline == NULL || width <= 0 || height <= 0)
    return;

  schakel_timeline_set_view (self->timeline, self->from, self->to, width, height);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The focus ring shows only while the keyboard is in the timeline. */
  schakel_timeline_draw (self->timeline, cr, gtk_widget_has_focus (widget) ? self->focus_item : -1);
  cairo_destroy (cr);
}

static void
schakel_timeline_widget_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 720;
    }
  else
    {
      *minimum = 160;
      *natural = 160;
      if (self->timeline != NULL)
        *natural = MAX (*minimum, (int) ceil (schakel_timeline_get_natural_height (self->timeline)));
    }
}

static void
schakel_timeline_widget_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  relayout (SCHAKEL_TIMELINE_WIDGET (widget));
  /* The first layout can only come now. */
  queue_describe (SCHAKEL_TIMELINE_WIDGET (widget));
}

static gboolean
schakel_timeline_widget_query_tooltip (GtkWidget  *widget,
                                       int         x,
                                       int         y,
                                       gboolean    keyboard_mode,
                                       GtkTooltip *tooltip)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);
  g_autofree char *text = NULL;
  SchakelTimelineRect bounds;
  int index;

  text = _schakel_timeline_widget_dup_tooltip_at (self, x, y, keyboard_mode, &index);
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  if (schakel_timeline_get_item_bounds (self->timeline, index, &bounds))
    gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) floor (bounds.x), (int) floor (bounds.y),
                                                         (int) ceil (bounds.width), (int) ceil (bounds.height) });
  return TRUE;
}

/**
 * _schakel_timeline_widget_dup_tooltip_at:
 * @self: a timeline widget
 * @x: where the pointer is
 * @y: where the pointer is
 * @keyboard_mode: the tooltip is asked for by the keyboard: it is the
 *   focused item's, wherever the pointer is
 * @index: (out) (optional): the item
 *
 * Returns: (transfer full) (nullable): the tooltip, or %NULL where there
 *   is no item
 */
char *
_schakel_timeline_widget_dup_tooltip_at (SchakelTimelineWidget *self,
                                         double                 x,
                                         double                 y,
                                         gboolean               keyboard_mode,
                                         int                   *index)
{
  int hit;

  if (self->timeline == NULL)
    return NULL;

  hit = keyboard_mode ? self->focus_item : schakel_timeline_hit_test (self->timeline, x, y);
  if (index != NULL)
    *index = hit;
  return hit >= 0 ? schakel_timeline_dup_item_tooltip (self->timeline, hit) : NULL;
}

/* Tab moves from item to item and leaves the widget past either end;
 * coming in, it starts at the first or the last item. */
static gboolean
schakel_timeline_widget_focus (GtkWidget        *widget,
                               GtkDirectionType  direction)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (widget);
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  guint n_items = self->record != NULL ? schakel_minor_record_get_n_items (self->record) : 0;

  if (!gtk_widget_is_focus (widget))
    {
      if (n_items > 0 && (forward || direction == GTK_DIR_TAB_BACKWARD))
        {
          int first = schakel_timeline_next_item (self->timeline, -1, forward ? 1 : -1);

          if (first >= 0)
            schakel_timeline_widget_set_focus_item (self, first);
        }
      return gtk_widget_grab_focus (widget);
    }

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return FALSE;

  return move_focus_by (self, forward ? 1 : -1);
}

static void
schakel_timeline_widget_state_flags_changed (GtkWidget     *widget,
                                             GtkStateFlags  previous)
{
  /* The focus ring comes and goes with the keyboard focus. */
  if ((gtk_widget_get_state_flags (widget) ^ previous) & GTK_STATE_FLAG_FOCUSED)
    gtk_widget_queue_draw (widget);

  GTK_WIDGET_CLASS (schakel_timeline_widget_parent_class)->state_flags_changed (widget, previous);
}

/* GObject */

static void
schakel_timeline_widget_dispose (GObject *object)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (object);

  g_clear_handle_id (&self->describe_source, g_source_remove);
  g_clear_object (&self->timeline);
  g_clear_pointer (&self->record, schakel_minor_record_unref);

  G_OBJECT_CLASS (schakel_timeline_widget_parent_class)->dispose (object);
}

static void
schakel_timeline_widget_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      g_value_set_boxed (value, self->record);
      break;
    case PROP_FOCUS_ITEM:
      g_value_set_int (value, self->focus_item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_timeline_widget_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SchakelTimelineWidget *self = SCHAKEL_TIMELINE_WIDGET (object);

  switch (prop_id)
    {
    case PROP_RECORD:
      schakel_timeline_widget_set_record (self, g_value_get_boxed (value));
      break;
    case PROP_FOCUS_ITEM:
      schakel_timeline_widget_set_focus_item (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_timeline_widget_class_init (SchakelTimelineWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_timeline_widget_dispose;
  object_class->get_property = schakel_timeline_widget_get_property;
  object_class->set_property = schakel_timeline_widget_set_property;

  widget_class->snapshot = schakel_timeline_widget_snapshot;
  widget_class->measure = schakel_timeline_widget_measure;
  widget_class->size_allocate = schakel_timeline_widget_size_allocate;
  widget_class->query_tooltip = schakel_timeline_widget_query_tooltip;
  widget_class->focus = schakel_timeline_widget_focus;
  widget_class->state_flags_changed = schakel_timeline_widget_state_flags_changed;

  properties[PROP_RECORD] =
    g_param_spec_boxed ("record", NULL, NULL, SCHAKEL_TYPE_MINOR_RECORD,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_ITEM] =
    g_param_spec_int ("focus-item", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SchakelTimelineWidget::item-activated:
   * @self: the widget
   * @index: the item of the record
   *
   * An item was clicked, or Enter was pressed on it.
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  /**
   * SchakelTimelineWidget::range-changed:
   * @self: the widget
   *
   * The visible range changed: zoomed, panned or fitted.
   */
  signals[RANGE_CHANGED] =
    g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_plus, 0, zoom_cb, "d", 2.0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_equal, 0, zoom_cb, "d", 2.0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Add, 0, zoom_cb, "d", 2.0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_minus, 0, zoom_cb, "d", 0.5);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Subtract, 0, zoom_cb, "d", 0.5);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_0, 0, zoom_fit_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_0, 0, zoom_fit_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, 0, pan_cb, "d", -PAN_STEP);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, 0, pan_cb, "d", PAN_STEP);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, pan_cb, "d", -1.0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, pan_cb, "d", 1.0);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Home, 0, pan_to_end_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_End, 0, pan_to_end_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Up, 0, focus_item_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Down, 0, focus_item_cb, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Return, 0, activate_item_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_KP_Enter, 0, activate_item_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_space, 0, activate_item_cb, NULL);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
schakel_timeline_widget_init (SchakelTimelineWidget *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();

  self->focus_item = -1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  g_signal_connect_swapped (motion, "motion", G_CALLBACK (motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_swapped (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect_swapped (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_manager_notify_dark_cb), self, G_CONNECT_SWAPPED);

  update_accessible_label (self);
}

/* Public API */

/**
 * schakel_timeline_widget_new:
 *
 * Returns: (transfer floating): a new widget showing no record
 */
GtkWidget *
schakel_timeline_widget_new (void)
{
  return g_object_new (SCHAKEL_TYPE_TIMELINE_WIDGET, NULL);
}

/**
 * schakel_timeline_widget_get_record:
 * @self: a timeline widget
 *
 * Returns: (transfer none) (nullable): the record shown
 */
SchakelMinorRecord *
schakel_timeline_widget_get_record (SchakelTimelineWidget *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self), NULL);

  return self->record;
}

/**
 * schakel_timeline_widget_set_record:
 * @self: a timeline widget
 * @record: (nullable): the minor to show
 *
 * Shows @record, fitted to the width, with no item focused.
 */
void
schakel_timeline_widget_set_record (SchakelTimelineWidget *self,
                                    SchakelMinorRecord    *record)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self));

  if (record == self->record)
    return;

  g_clear_object (&self->timeline);
  g_clear_pointer (&self->record, schakel_minor_record_unref);
  self->focus_item = -1;

  if (record != NULL)
    {
      self->record = schakel_minor_record_ref (record);
      self->timeline = schakel_timeline_new (record);
      schakel_timeline_set_pango_context (self->timeline, gtk_widget_get_pango_context (GTK_WIDGET (self)));
      get_fit_range (self, &self->from, &self->to);
      find_item_days (self);
      update_variant (self);
    }

  relayout (self);
  g_clear_handle_id (&self->describe_source, g_source_remove);
  update_accessible_label (self);
  update_accessible_description (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_ITEM]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECORD]);
}

/**
 * schakel_timeline_widget_get_timeline:
 * @self: a timeline widget
 *
 * Returns: (transfer none) (nullable): the render timeline, laid out for
 *   the widget's range and size
 */
SchakelTimeline *
schakel_timeline_widget_get_timeline (SchakelTimelineWidget *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self), NULL);

  return self->timeline;
}

/**
 * schakel_timeline_widget_get_range:
 * @self: a timeline widget
 * @from: (out) (optional): the first visible day
 * @to: (out) (optional): the end of the visible range
 *
 * The visible range in day numbers.
 */
void
schakel_timeline_widget_get_range (SchakelTimelineWidget *self,
                                   double                *from,
                                   double                *to)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self));

  if (from != NULL)
    *from = self->from;
  if (to != NULL)
    *to = self->to;
}

/**
 * schakel_timeline_widget_set_range:
 * @self: a timeline widget
 * @from: the first visible day
 * @to: the end of the visible range, after @from
 *
 * Shows the range, kept to at least a week and around the record.
 */
void
schakel_timeline_widget_set_range (SchakelTimelineWidget *self,
                                   double                 from,
                                   double                 to)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self));
  g_return_if_fail (from < to);

  apply_range (self, from, to);
}

/**
 * schakel_timeline_widget_zoom:
 * @self: a timeline widget
 * @factor: how much larger things get: 2 shows half the days
 * @anchor_day: the day that stays where it is
 *
 * Zooms in (@factor > 1) or out around @anchor_day.
 */
void
schakel_timeline_widget_zoom (SchakelTimelineWidget *self,
                              double                 factor,
                              double                 anchor_day)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self));
  g_return_if_fail (factor > 0.0);

  apply_range (self,
               anchor_day - (anchor_day - self->from) / factor,
               anchor_day + (self->to - anchor_day) / factor);
}

/**
 * schakel_timeline_widget_zoom_to_fit:
 * @self: a timeline widget
 *
 * Shows the whole record.
 */
void
schakel_timeline_widget_zoom_to_fit (SchakelTimelineWidget *self)
{
  double from, to;

  g_return_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self));

  if (self->timeline == NULL)
    return;

  get_fit_range (self, &from, &to);
  apply_range (self, from, to);
}

/**
 * schakel_timeline_widget_get_focus_item:
 * @self: a timeline widget
 *
 * Returns: the index of the focused item of the record, or -1
 */
int
schakel_timeline_widget_get_focus_item (SchakelTimelineWidget *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self), -1);

  return self->focus_item;
}

/**
 * schakel_timeline_widget_set_focus_item:
 * @self: a timeline widget
 * @index: an item of the record, or -1 for none
 *
 * Focuses an item, panning it into view when needed.
 */
void
schakel_timeline_widget_set_focus_item (SchakelTimelineWidget *self,
                                        int                    index)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE_WIDGET (self));
  g_return_if_fail (index >= -1);

  if (self->record == NULL || index >= (int) schakel_minor_record_get_n_items (self->record))
    index = -1;
  if (index == self->focus_item)
    return;

  self->focus_item = index;
  if (index >= 0)
    scroll_to_item (self, index);
  update_accessible_label (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_ITEM]);
}
