/* schakel-dashboard-tile.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A card with the figure, what it is out of, its change against a quarter
 * earlier (an arrow and words, so colour is never the only cue), a
 * twelve-month sparkline and the norm it was measured against; for the
 * escalation counts, the breakdown by step under the figure. Tiles of
 * figures that count minors present can be activated to list them.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-render.h"
#include "schakel-dashboard-tile.h"

struct _SchakelDashboardTile
{
  GtkFlowBoxChild          parent_instance;

  const SchakelMetricInfo *info;
  GtkLabel                *title_label;
  GtkLabel                *value_label;
  GtkLabel                *detail_label;
  GtkLabel                *steps_label;
  GtkImage                *change_icon;
  GtkLabel                *change_label;
  GtkDrawingArea          *sparkline;
  GtkLabel                *norm_label;

  GArray                  *trend;          /* double */
  GArray                  *trend_present;  /* gboolean */
};

G_DEFINE_FINAL_TYPE (SchakelDashboardTile, schakel_dashboard_tile, GTK_TYPE_FLOW_BOX_CHILD)

static void
draw_sparkline (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        user_data)
{
  SchakelDashboardTile *self = user_data;
  GdkRGBA rgba;
  SchakelColor color;

  if (self->trend->len == 0)
    return;
  /* gtk_widget_get_color () is 4.10; on 4.8 the style context has it. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (!gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (area)), "accent_color", &rgba))
    gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &rgba);
G_GNUC_END_IGNORE_DEPRECATIONS
  color.red = rgba.red;
  color.green = rgba.green;
  color.blue = rgba.blue;
  schakel_sparkline_draw (cr, width, height, (const double *) (gpointer) self->trend->data,
                          (const gboolean *) (gpointer) self->trend_present->data, self->trend->len, &color);
}

static GtkLabel *
add_label (GtkBox     *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  /* A wrapped label asks for its whole text on one line; capped, three
   * tiles fit side by side on a laptop screen. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return GTK_LABEL (label);
}

static void
schakel_dashboard_tile_finalize (GObject *object)
{
  SchakelDashboardTile *self = SCHAKEL_DASHBOARD_TILE (object);

  g_clear_pointer (&self->trend, g_array_unref);
  g_clear_pointer (&self->trend_present, g_array_unref);
  G_OBJECT_CLASS (schakel_dashboard_tile_parent_class)->finalize (object);
}

static void
schakel_dashboard_tile_class_init (SchakelDashboardTileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_dashboard_tile_finalize;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "flowboxchild");
}

static void
schakel_dashboard_tile_init (SchakelDashboardTile *self)
{
  GtkBox *box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 2));
  GtkBox *change = GTK_BOX (gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4));

  self->trend = g_array_new (FALSE, FALSE, sizeof (double));
  self->trend_present = g_array_new (FALSE, FALSE, sizeof (gboolean));

  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "dashboard-tile");
  gtk_widget_add_css_class (GTK_WIDGET (box), "dashboard-tile-box");

  self->title_label = add_label (box, "heading");
  /* Every tile as wide as its title may be, so the columns line up. */
  gtk_label_set_width_chars (self->title_label, 30);
  gtk_label_set_max_width_chars (self->title_label, 30);
  self->value_label = add_label (box, "dashboard-value");
  gtk_widget_add_css_class (GTK_WIDGET (self->value_label), "tabular-nums");
  self->detail_label = add_label (box, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->detail_label), "caption");

  self->change_icon = GTK_IMAGE (gtk_image_new ());
  gtk_box_append (change, GTK_WIDGET (self->change_icon));
  self->change_label = add_label (change, "caption");
  gtk_box_append (box, GTK_WIDGET (change));

  self->sparkline = GTK_DRAWING_AREA (gtk_drawing_area_new ());
  gtk_drawing_area_set_content_height (self->sparkline, 28);
  gtk_widget_set_margin_top (GTK_WIDGET (self->sparkline), 4);
  gtk_drawing_area_set_draw_func (self->sparkline, draw_sparkline, self, NULL);
  gtk_box_append (box, GTK_WIDGET (self->sparkline));

  /* Below the sparkline, so that figure, change and trend line up across a row. */
  self->steps_label = add_label (box, "caption");
  gtk_widget_add_css_class (GTK_WIDGET (self->steps_label), "tabular-nums");
  gtk_widget_set_margin_top (GTK_WIDGET (self->steps_label), 4);
  gtk_widget_set_visible (GTK_WIDGET (self->steps_label), FALSE);

  self->norm_label = add_label (box, "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->norm_label), "caption");

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (self), GTK_WIDGET (box));
}

/**
 * schakel_dashboard_tile_new:
 * @info: the metric
 *
 * Returns: (transfer floating): a tile, empty until values are set
 */
GtkWidget *
schakel_dashboard_tile_new (const SchakelMetricInfo *info)
{
  SchakelDashboardTile *self = g_object_new (SCHAKEL_TYPE_DASHBOARD_TILE, NULL);

  self->info = info;
  gtk_label_set_label (self->title_label, _(info->label));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), _(info->definition));
  gtk_label_set_label (self->value_label, "–");
  if (schakel_metric_lists_minors (info->id))
    gtk_widget_add_css_class (GTK_WIDGET (self), "activatable");
  else
    gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  return GTK_WIDGET (self);
}

const SchakelMetricInfo *
schakel_dashboard_tile_get_info (SchakelDashboardTile *self)
{
  return self->info;
}

static const char *
trend_icon (SchakelMetricTrend trend)
{
  switch (trend)
    {
    case SCHAKEL_METRIC_TREND_UP:
      return "go-up-symbolic";
    case SCHAKEL_METRIC_TREND_DOWN:
      return "go-down-symbolic";
    case SCHAKEL_METRIC_TREND_SAME:
      return "go-next-symbolic";
    case SCHAKEL_METRIC_TREND_NONE:
    default:
      return NULL;
    }
}

/**
 * schakel_dashboard_tile_set_values:
 * @self: a tile
 * @value: the figure on the date
 * @compared: the comparison and the trend are known (they come later)
 * @earlier: (nullable): the figure on @earlier_day
 * @earlier_day: a quarter before the date
 * @trend: (array length=n_trend): the sparkline's values, oldest first
 * @trend_present: (array length=n_trend): which exist and may be shown
 * @n_trend: how many
 *
 * Shows the figure; the texts come from schakel-metrics-format.c.
 */
void
schakel_dashboard_tile_set_values (SchakelDashboardTile     *self,
                                   const SchakelMetricValue *value,
                                   gboolean                  compared,
                                   const SchakelMetricValue *earlier,
                                   SchakelDay                earlier_day,
                                   const double             *trend,
                                   const gboolean           *trend_present,
                                   guint                     n_trend)
{
  g_autofree char *text = schakel_metric_value_format (value);
  g_autofree char *detail = schakel_metric_value_format_detail (value);
  g_autofree char *since = schakel_format_day (earlier_day);
  g_autofree char *change = NULL;
  g_autofree char *change_text = NULL;
  g_autofree char *norm = NULL;
  g_autofree char *tooltip = NULL;
  SchakelMetricTrend direction;
  const char *icon;

  g_return_if_fail (SCHAKEL_IS_DASHBOARD_TILE (self));

  gtk_label_set_label (self->value_label, text);
  gtk_label_set_label (self->detail_label, detail != NULL ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL);

  change = compared ? schakel_metric_value_format_change (value, earlier, &direction) : NULL;
  if (!compared)
    {
      direction = SCHAKEL_METRIC_TREND_NONE;
      /* Translators: shown while the comparison with an earlier date is computed, e.g. "comparing with 1 August 2026…" */
      change_text = g_strdup_printf (_("comparing with %s…"), since);
    }
  else if (change != NULL)
    /* Translators: a change against an earlier date, e.g. "+12 since 1 August 2026" */
    change_text = g_strdup_printf (_("%s since %s"), change, since);
  else
    /* Translators: no comparison with the earlier date is possible, e.g. "no comparison with 1 August 2026" */
    change_text = g_strdup_printf (_("no comparison with %s"), since);
  gtk_label_set_label (self->change_label, change_text);
  icon = trend_icon (direction);
  gtk_image_set_from_icon_name (self->change_icon, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->change_icon), icon != NULL);

  if (value->norm != NULL)
    /* Translators: the footnote naming the norms a figure was measured against, e.g. "Norm: RCD2013" */
    norm = g_strdup_printf (_("Norm: %s"), value->norm);
  gtk_label_set_label (self->norm_label, norm != NULL ? norm : "");
  gtk_widget_set_visible (GTK_WIDGET (self->norm_label), norm != NULL);

  if (gtk_widget_has_css_class (GTK_WIDGET (self), "activatable"))
    /* Translators: tooltip of a dashboard tile; %s is its definition */
    tooltip = g_strdup_printf (_("%s. Activate to list these minors."), _(self->info->definition));
  else
    tooltip = g_strdup (_(self->info->definition));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _(self->info->label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);

  g_array_set_size (self->trend, 0);
  g_array_set_size (self->trend_present, 0);
  g_array_append_vals (self->trend, trend, n_trend);
  g_array_append_vals (self->trend_present, trend_present, n_trend);
  gtk_widget_queue_draw (GTK_WIDGET (self->sparkline));
}

/**
 * schakel_dashboard_tile_set_steps:
 * @self: a tile
 * @steps: (nullable): the figure's breakdown by escalation step, one line
 *   a step, from schakel_dashboard_format_steps(); %NULL for none
 */
void
schakel_dashboard_tile_set_steps (SchakelDashboardTile *self,
                                  const char           *steps)
{
  g_return_if_fail (SCHAKEL_IS_DASHBOARD_TILE (self));

  gtk_label_set_label (self->steps_label, steps != NULL ? steps : "");
  gtk_widget_set_visible (GTK_WIDGET (self->steps_label), steps != NULL);
}

const char *
schakel_dashboard_tile_get_steps_text (SchakelDashboardTile *self)
{
  return gtk_label_get_label (self->steps_label);
}

const char *
schakel_dashboard_tile_get_value_text (SchakelDashboardTile *self)
{
  return gtk_label_get_label (self->value_label);
}

const char *
schakel_dashboard_tile_get_change_text (SchakelDashboardTile *self)
{
  return gtk_label_get_label (self->change_label);
}

gboolean
schakel_dashboard_tile_get_lists_minors (SchakelDashboardTile *self)
{
  return schakel_metric_lists_minors (self->info->id);
}
