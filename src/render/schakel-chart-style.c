/* schakel-chart-style.c — colours, hatching and text of the charts.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-chart-private.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }

/* Adwaita's view colours, so a chart sits in the window without a frame. */
static const SchakelColor light_bg = RGB (255, 255, 255);
static const SchakelColor light_fg = RGB (36, 31, 49);
static const SchakelColor dark_bg = RGB (30, 30, 30);
static const SchakelColor dark_fg = RGB (238, 238, 238);

void
_schakel_chart_foreground (const SchakelChart *self,
                           SchakelColor       *color)
{
  *color = self->palette == SCHAKEL_PALETTE_DARK ? dark_fg : light_fg;
}

void
_schakel_chart_background (const SchakelChart *self,
                           SchakelColor       *color)
{
  *color = self->palette == SCHAKEL_PALETTE_DARK ? dark_bg : light_bg;
}

/**
 * _schakel_chart_fill_hatched:
 * @self: a chart
 * @cr: a context whose current path is the area
 * @color: the hatching colour
 *
 * Fills the current path with diagonal lines over a faint tint: the mark
 * of a value hidden by the publication rules. Consumes the path.
 */
void
_schakel_chart_fill_hatched (const SchakelChart *self,
                             cairo_t            *cr,
                             const SchakelColor *color)
{
  double x1, y1, x2, y2;

  cairo_save (cr);
  schakel_palette_set_source (cr, color, 0.12);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  cairo_clip_extents (cr, &x1, &y1, &x2, &y2);
  schakel_palette_set_source (cr, color, 0.75);
  cairo_set_line_width (cr, 1.0);
  for (double d = x1 - (y2 - y1); d < x2; d += 5)
    {
      cairo_move_to (cr, d, y2);
      cairo_line_to (cr, d + (y2 - y1), y1);
    }
  cairo_stroke (cr);
  cairo_restore (cr);
  cairo_new_path (cr);
}

/**
 * _schakel_chart_text:
 * @self: a chart
 * @cr: the context it is measured and drawn with
 * @text: plain text
 * @size: font size in user units
 * @bold: heavier weight
 *
 * Returns: (transfer full): a layout in the chart's font, no wrapping
 */
PangoLayout *
_schakel_chart_text (const SchakelChart *self,
                     cairo_t            *cr,
                     const char         *text,
                     double              size,
                     gboolean            bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (self->font_family);

  pango_font_description_set_absolute_size (desc, size * PANGO_SCALE);
  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

/**
 * _schakel_chart_text_wrapped:
 *
 * Returns: (transfer full): like _schakel_chart_text(), wrapped between
 *   words (inside one only when it does not fit) at @wrap_width
 */
PangoLayout *
_schakel_chart_text_wrapped (const SchakelChart *self,
                             cairo_t            *cr,
                             const char         *text,
                             double              size,
                             gboolean            bold,
                             double              wrap_width)
{
  PangoLayout *layout = _schakel_chart_text (self, cr, text, size, bold);

  pango_layout_set_width (layout, (int) (wrap_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

/**
 * _schakel_chart_clip_plot:
 *
 * Saves @cr and clips it to the plot, with room for a line's width at the
 * edges; the caller restores it.
 */
void
_schakel_chart_clip_plot (cairo_t                  *cr,
                          const SchakelChartLayout *layout)
{
  double x0 = layout->plot.x - 2, y0 = layout->plot.y - 2;
  double x1 = layout->plot.x + layout->plot.width + 2, y1 = layout->plot.y + layout->plot.height + 2;

  /* On whole device pixels: a clip with fractional edges makes Cairo mask
   * everything drawn inside it, pixel by pixel. */
  cairo_user_to_device (cr, &x0, &y0);
  cairo_user_to_device (cr, &x1, &y1);
  x0 = floor (x0), y0 = floor (y0), x1 = ceil (x1), y1 = ceil (y1);
  cairo_device_to_user (cr, &x0, &y0);
  cairo_device_to_user (cr, &x1, &y1);
  cairo_save (cr);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_clip (cr);
}

void
_schakel_chart_text_size (PangoLayout *layout,
                          double      *width,
                          double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width != NULL)
    *width = logical.width / (double) PANGO_SCALE;
  if (height != NULL)
    *height = logical.height / (double) PANGO_SCALE;
}

/**
 * _schakel_chart_draw_label_boxed:
 *
 * Like _schakel_chart_draw_label(), centred on (@x, @y), on a patch of
 * background so that it stays readable over hatching.
 */
void
_schakel_chart_draw_label_boxed (const SchakelChart *self,
                                 cairo_t            *cr,
                                 const char         *text,
                                 double              size,
                                 double              x,
                                 double              y)
{
  g_autoptr(PangoLayout) layout = _schakel_chart_text (self, cr, text, size, FALSE);
  SchakelColor bg;
  double w, h;

  _schakel_chart_text_size (layout, &w, &h);
  _schakel_chart_background (self, &bg);
  schakel_palette_set_source (cr, &bg, 0.9);
  cairo_rectangle (cr, x - w / 2 - 3, y - h / 2, w + 6, h);
  cairo_fill (cr);
  _schakel_chart_draw_label (self, cr, text, size, x, y, 0.5, 0.5, 1.0);
}

/**
 * _schakel_chart_draw_label:
 * @x_align: 0 puts the text's left at @x, 0.5 its centre, 1 its right
 * @y_align: the same, vertically
 * @alpha: opacity of the foreground colour
 *
 * Draws one or more lines of @text in the chart's foreground colour.
 */
void
_schakel_chart_draw_label (const SchakelChart *self,
                           cairo_t            *cr,
                           const char         *text,
                           double              size,
                           double              x,
                           double              y,
                           double              x_align,
                           double              y_align,
                           double              alpha)
{
  g_autoptr(PangoLayout) layout = _schakel_chart_text (self, cr, text, size, FALSE);
  SchakelColor fg;
  double w, h;

  _schakel_chart_text_size (layout, &w, &h);
  pango_layout_set_alignment (layout, x_align < 0.25 ? PANGO_ALIGN_LEFT : x_align > 0.75 ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_CENTER);
  _schakel_chart_foreground (self, &fg);
  schakel_palette_set_source (cr, &fg, alpha);
  cairo_move_to (cr, x - x_align * w, y - y_align * h);
  pango_cairo_show_layout (cr, layout);
}
