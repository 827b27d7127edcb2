/* schakel-timeline-style.c — the timeline's colours, patterns and legend.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Colours come from the shared palette (schakel-palette.c): location types
 * and school types are grouped so a handful of distinguishable colours
 * covers them; what needs attention (a school gap, an overdue step) is
 * vermillion, and is hatched or marked too, so it does not rest on colour
 * alone.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-timeline-private.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }

/* Palette series indexes (Okabe–Ito order, schakel-palette.c). */
enum
{
  SERIES_BLUE,
  SERIES_ORANGE,
  SERIES_GREEN,
  SERIES_PURPLE,
  SERIES_SKY,
  SERIES_VERMILLION,
  SERIES_YELLOW,
  SERIES_INK,
};

typedef struct
{
  const char *codes;    /* space-separated */
  guint       series;
  const char *label;
} ColorGroup;

static const ColorGroup location_groups[] = {
  { "AC COL_AMV POL_AMV POL", SERIES_BLUE, N_("COA reception") },
  { "AZC KWV_AZC KWV_EXTERN GLO", SERIES_GREEN, N_("Azc and small housing") },
  { "NIDOS_OWG NIDOS_KWE NIDOS_KWE_PLUS NIDOS_KWG NIDOS_VERLENGD", SERIES_PURPLE, N_("Nidos") },
  { "BESCHERMDE_OPVANG", SERIES_SKY, N_("Protected reception") },
  { "NO CNO TGO", SERIES_ORANGE, N_("Emergency reception") },
  { "OVERIG", SERIES_INK, N_("Other location") },
};

static const ColorGroup school_groups[] = {
  { "PO_NIEUWKOMERS PO_REGULIER SO SBO", SERIES_GREEN, N_("Primary") },
  { "ISK VO_REGULIER VSO", SERIES_BLUE, N_("ISK and secondary") },
  { "MBO_ENTREE MBO", SERIES_PURPLE, N_("Vocational (mbo)") },
  { "TIJDELIJK", SERIES_ORANGE, N_("Temporary facility") },
  { "OVERIG", SERIES_INK, N_("Other school") },
};

/* Background, text and lines of the light and dark variants; the dark
 * one matches libadwaita's dark window background. */
static const SchakelTimelineInk inks[] = {
  [SCHAKEL_PALETTE_LIGHT] = {
    RGB (255, 255, 255), RGB (30, 30, 30), RGB (90, 90, 90), RGB (222, 222, 222), RGB (246, 246, 248),
    RGB (213, 94, 0), RGB (28, 113, 216), RGB (129, 61, 156), RGB (30, 30, 30),
  },
  [SCHAKEL_PALETTE_DARK] = {
    RGB (36, 36, 36), RGB (240, 240, 240), RGB (180, 180, 180), RGB (70, 70, 70), RGB (44, 44, 47),
    RGB (245, 120, 50), RGB (98, 160, 234), RGB (200, 140, 230), RGB (250, 250, 250),
  },
};

void
_schakel_timeline_ink_init (SchakelTimelineInk    *ink,
                            SchakelPaletteVariant  variant)
{
  *ink = inks[variant == SCHAKEL_PALETTE_DARK ? SCHAKEL_PALETTE_DARK : SCHAKEL_PALETTE_LIGHT];
}

static gboolean
group_has (const ColorGroup *group,
           const char       *code)
{
  const char *found;
  gsize len;

  if (code == NULL)
    return FALSE;
  len = strlen (code);
  for (found = strstr (group->codes, code); found != NULL; found = strstr (found + 1, code))
    if ((found == group->codes || found[-1] == ' ') && (found[len] == ' ' || found[len] == '\0'))
      return TRUE;
  return FALSE;
}

static guint
group_series (const ColorGroup *groups,
              guint             n_groups,
              const char       *code)
{
  for (guint i = 0; i < n_groups; i++)
    if (group_has (&groups[i], code))
      return groups[i].series;
  return groups[n_groups - 1].series;
}

/**
 * _schakel_timeline_item_color:
 * @self: a timeline
 * @item: an item
 * @color: (out caller-allocates): its main colour
 */
void
_schakel_timeline_item_color (SchakelTimeline         *self,
                              const SchakelRecordItem *item,
                              SchakelColor            *color)
{
  guint series = SERIES_INK;

  switch (item->kind)
    {
    case SCHAKEL_RECORD_PLACEMENT:
      series = group_series (location_groups, G_N_ELEMENTS (location_groups), item->code);
      break;
    case SCHAKEL_RECORD_ENROLMENT:
      series = group_series (school_groups, G_N_ELEMENTS (school_groups), item->code);
      break;
    case SCHAKEL_RECORD_WAITLIST:
      series = item->code == NULL ? SERIES_SKY
             : g_str_equal (item->code, "geplaatst") ? SERIES_GREEN
             : g_str_equal (item->code, "verhuisd") ? SERIES_ORANGE : SERIES_INK;
      break;
    case SCHAKEL_RECORD_ABSENCE:
    case SCHAKEL_RECORD_ESCALATION:
      series = SERIES_PURPLE;
      break;
    case SCHAKEL_RECORD_PROCEDURE:
    case SCHAKEL_RECORD_MOVE:
    case SCHAKEL_RECORD_AGE_MARKER:
      series = SERIES_INK;
      break;
    case SCHAKEL_RECORD_SCHOOL_GAP:
      *color = self->ink.alert;
      return;
    case SCHAKEL_RECORD_NORM_DEADLINE:
      *color = self->ink.norm;
      return;
    default:
      break;
    }
  if (item->kind == SCHAKEL_RECORD_ESCALATION && (item->flags & SCHAKEL_RECORD_FLAG_OVERDUE))
    {
      *color = self->ink.alert;
      return;
    }
  if (series == SERIES_INK)
    *color = self->ink.muted;
  else
    schakel_palette_get_series (self->variant, series, color);
}

static gboolean
is_vector (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
      return TRUE;
    default:
      return FALSE;
    }
}

/* One tile of diagonal hatching in @color at the device scale, to be
 * repeated: stroking every line of a long bar costs far more than filling
 * it with a pattern (docs/performance.md, "Timeline"). */
static cairo_pattern_t *
hatch_pattern (const SchakelColor *color,
               double              spacing,
               double              scale)
{
  int size = MAX (2, (int) round (spacing * scale));
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;
  cairo_matrix_t matrix;

  schakel_palette_set_source (cr, color, 1);
  cairo_set_line_width (cr, 1.2 * scale);
  /* The line and its neighbours' corners, so the tiles join up. */
  for (int k = -1; k <= 1; k++)
    {
      cairo_move_to (cr, k * size - 1, size + 1);
      cairo_line_to (cr, k * size + size + 1, -1);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);

  pattern = cairo_pattern_create_for_surface (tile);
  cairo_surface_destroy (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_matrix_init_scale (&matrix, size / spacing, size / spacing);
  cairo_pattern_set_matrix (pattern, &matrix);
  return pattern;
}

/**
 * _schakel_timeline_hatch:
 * @self: a timeline
 * @cr: the target
 * @rect: the area
 * @color: the colour of the lines
 *
 * Hatches @rect with diagonal lines: strokes on paper and in SVG, a
 * repeated tile on screen and in images.
 */
void
_schakel_timeline_hatch (SchakelTimeline           *self,
                         cairo_t                   *cr,
                         const SchakelTimelineRect *rect,
                         const SchakelColor        *color)
{
  const double spacing = 5;

  cairo_save (cr);
  cairo_rectangle (cr, round (rect->x), round (rect->y), round (rect->width), round (rect->height));
  if (is_vector (cr))
    {
      cairo_clip (cr);
      schakel_palette_set_source (cr, color, 1);
      cairo_set_line_width (cr, 1.2);
      for (double x = rect->x - rect->height; x < rect->x + rect->width; x += spacing)
        {
          cairo_move_to (cr, x, rect->y + rect->height);
          cairo_line_to (cr, x + rect->height, rect->y);
        }
      cairo_stroke (cr);
    }
  else
    {
      double scale = 1, unused = 0;
      guint key;
      cairo_pattern_t *pattern;

      cairo_user_to_device_distance (cr, &scale, &unused);
      scale = CLAMP (fabs (scale), 0.25, 8);
      key = ((guint) (color->red * 255) << 16) ^ ((guint) (color->green * 255) << 8) ^ (guint) (color->blue * 255)
            ^ ((guint) (scale * 4) << 24);
      pattern = g_hash_table_lookup (self->hatches, GUINT_TO_POINTER (key));
      if (pattern == NULL)
        {
          pattern = hatch_pattern (color, spacing, scale);
          g_hash_table_insert (self->hatches, GUINT_TO_POINTER (key), pattern);
        }
      cairo_set_source (cr, pattern);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* Legend entries: a swatch drawn by a function of its kind, and a label. */
typedef enum
{
  SWATCH_BAR,
  SWATCH_HATCHED,
  SWATCH_UNSUITABLE,
  SWATCH_THIN,
  SWATCH_MARKER,
  SWATCH_OVERDUE,
  SWATCH_PENDING,
  SWATCH_LINE,
} SwatchKind;

typedef struct
{
  SwatchKind   kind;
  SchakelColor color;
  const char  *label;  /* translated */
} LegendEntry;

static GArray *
legend_entries (SchakelTimeline *self)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (LegendEntry));
  SchakelColor c;

#define ADD(k, col, text) G_STMT_START { LegendEntry e = { k, col, text }; g_array_append_val (entries, e); } G_STMT_END

  for (guint i = 0; i < G_N_ELEMENTS (location_groups); i++)
    {
      if (location_groups[i].series == SERIES_INK)
        c = self->ink.muted;
      else
        schakel_palette_get_series (self->variant, location_groups[i].series, &c);
      ADD (SWATCH_BAR, c, _(location_groups[i].label));
    }
  ADD (SWATCH_HATCHED, self->ink.muted, _("Temporary reception"));
  ADD (SWATCH_UNSUITABLE, self->ink.muted, _("Unsuitable location"));
  ADD (SWATCH_MARKER, self->ink.muted, _("Move"));
  for (guint i = 0; i < G_N_ELEMENTS (school_groups); i++)
    {
      if (school_groups[i].series == SERIES_INK)
        c = self->ink.muted;
      else
        schakel_palette_get_series (self->variant, school_groups[i].series, &c);
      ADD (SWATCH_BAR, c, _(school_groups[i].label));
    }
  ADD (SWATCH_THIN, self->ink.muted, _("Fewer hours than count as education"));
  ADD (SWATCH_HATCHED, self->ink.alert, _("No education while of school age"));
  schakel_palette_get_series (self->variant, SERIES_GREEN, &c);
  ADD (SWATCH_BAR, c, _("Wait-list: placed"));
  schakel_palette_get_series (self->variant, SERIES_ORANGE, &c);
  ADD (SWATCH_BAR, c, _("Wait-list: moved away"));
  schakel_palette_get_series (self->variant, SERIES_SKY, &c);
  ADD (SWATCH_BAR, c, _("Wait-list: still waiting"));
  schakel_palette_get_series (self->variant, SERIES_PURPLE, &c);
  ADD (SWATCH_BAR, c, _("Absence report"));
  ADD (SWATCH_MARKER, c, _("Escalation step"));
  ADD (SWATCH_OVERDUE, self->ink.alert, _("Step past its deadline"));
  ADD (SWATCH_PENDING, c, _("Next step due"));
  ADD (SWATCH_LINE, self->ink.today, _("Today"));
  ADD (SWATCH_LINE, self->ink.norm, _("Norm deadline"));
  ADD (SWATCH_LINE, self->ink.muted, _("Age"));
#undef ADD
  return entries;
}

static void
draw_swatch (SchakelTimeline   *self,
             cairo_t           *cr,
             const LegendEntry *e,
             double             x,
             double             y,
             double             size)
{
  SchakelTimelineRect r = { x, y + size * 0.15, size * 1.6, size * 0.7 };

  switch (e->kind)
    {
    case SWATCH_BAR:
    case SWATCH_HATCHED:
    case SWATCH_UNSUITABLE:
      schakel_palette_set_source (cr, &e->color, e->kind == SWATCH_BAR ? 0.35 : 0.15);
      cairo_rectangle (cr, r.x, r.y, r.width, r.height);
      cairo_fill (cr);
      if (e->kind != SWATCH_BAR)
        _schakel_timeline_hatch (self, cr, &r, &e->color);
      schakel_palette_set_source (cr, &e->color, 1);
      if (e->kind == SWATCH_UNSUITABLE)
        schakel_palette_set_source (cr, &self->ink.alert, 1);
      cairo_set_line_width (cr, e->kind == SWATCH_UNSUITABLE ? 2 : 1);
      cairo_rectangle (cr, r.x + 0.5, r.y + 0.5, r.width - 1, r.height - 1);
      cairo_stroke (cr);
      break;
    case SWATCH_THIN:
      schakel_palette_set_source (cr, &e->color, 0.35);
      cairo_rectangle (cr, r.x, r.y + r.height / 3, r.width, r.height / 3);
      cairo_fill (cr);
      break;
    case SWATCH_MARKER:
    case SWATCH_OVERDUE:
    case SWATCH_PENDING:
      schakel_palette_set_source (cr, &e->color, 1);
      cairo_new_path (cr);
      cairo_arc (cr, x + size * 0.8, y + size / 2, size * 0.3, 0, 2 * G_PI);
      if (e->kind == SWATCH_PENDING)
        {
          cairo_set_line_width (cr, 1.5);
          cairo_stroke (cr);
        }
      else
        cairo_fill (cr);
      if (e->kind == SWATCH_OVERDUE)
        {
          cairo_set_line_width (cr, 1.5);
          cairo_new_path (cr);
          cairo_arc (cr, x + size * 0.8, y + size / 2, size * 0.45, 0, 2 * G_PI);
          cairo_stroke (cr);
        }
      break;
    case SWATCH_LINE:
    default:
      schakel_palette_set_source (cr, &e->color, 1);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, x + size * 0.8, y);
      cairo_line_to (cr, x + size * 0.8, y + size);
      cairo_stroke (cr);
      break;
    }
}

/* Lays the legend out left to right, wrapping at @width; draws it when
 * @cr is not NULL. Returns its height. */
static double
legend_flow (SchakelTimeline *self,
             cairo_t         *cr,
             double           x0,
             double           y0,
             double           width)
{
  g_autoptr(GArray) entries = legend_entries (self);
  double size = MAX (self->text_height, 8);
  double x = x0, y = y0;

  for (guint i = 0; i < entries->len; i++)
    {
      const LegendEntry *e = &g_array_index (entries, LegendEntry, i);
      PangoLayout *label = _schakel_timeline_text (self, e->label);
      int label_width;
      double entry_width;

      pango_layout_get_pixel_size (label, &label_width, NULL);
      entry_width = size * 1.6 + 4 + label_width + 14;
      if (x > x0 && x + entry_width > x0 + width)
        {
          x = x0;
          y += size + 4;
        }
      if (cr != NULL)
        {
          draw_swatch (self, cr, e, x, y, size);
          schakel_palette_set_source (cr, &self->ink.foreground, 1);
          cairo_move_to (cr, x + size * 1.6 + 4, y + (size - self->text_height) / 2);
          pango_cairo_show_layout (cr, label);
        }
      x += entry_width;
    }
  return y + size - y0;
}

/**
 * schakel_timeline_get_legend_height:
 * @self: a timeline
 * @width: the width available
 *
 * Returns: the height schakel_timeline_draw_legend() needs at @width
 */
double
schakel_timeline_get_legend_height (SchakelTimeline *self,
                                    double           width)
{
  g_return_val_if_fail (SCHAKEL_IS_TIMELINE (self), 0);

  return legend_flow (self, NULL, 0, 0, width);
}

/**
 * schakel_timeline_draw_legend:
 * @self: a timeline
 * @cr: the target
 * @x: left
 * @y: top
 * @width: the width available; entries wrap onto more lines
 *
 * Draws what every colour, pattern and marker means, in the timeline's
 * palette variant (no background).
 */
void
schakel_timeline_draw_legend (SchakelTimeline *self,
                              cairo_t         *cr,
                              double           x,
                              double           y,
                              double           width)
{
  g_return_if_fail (SCHAKEL_IS_TIMELINE (self));

  cairo_save (cr);
  legend_flow (self, cr, x, y, width);
  cairo_restore (cr);
}
