/* test-chart.c — the chart library: pixels, layout, hit tests, text
 * alternatives, SVG and PDF output, reference images.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>

#include "schakel-render.h"
#include "schakel-chart-private.h"
#include "render-samples.h"

#define W 480
#define H 320

/* ---- pixels ------------------------------------------------------- */

typedef struct
{
  guint8 r, g, b;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guint8 *row;
  guint32 px;

  g_assert_cmpint (x, >=, 0);
  g_assert_cmpint (y, >=, 0);
  g_assert_cmpint (x, <, cairo_image_surface_get_width (surface));
  g_assert_cmpint (y, <, cairo_image_surface_get_height (surface));
  row = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface);
  px = ((const guint32 *) row)[x];
  return (Pixel) { (px >> 16) & 0xff, (px >> 8) & 0xff, px & 0xff };
}

static gboolean
pixel_is (cairo_surface_t    *surface,
          int                 x,
          int                 y,
          const SchakelColor *c,
          int                 tolerance)
{
  Pixel p = pixel_at (surface, x, y);

  return abs (p.r - (int) round (c->red * 255)) <= tolerance
         && abs (p.g - (int) round (c->green * 255)) <= tolerance
         && abs (p.b - (int) round (c->blue * 255)) <= tolerance;
}

/* A line 1.5 px wide covers one of three rows at least three quarters. */
static gboolean
line_near (cairo_surface_t    *surface,
           int                 x,
           int                 y,
           const SchakelColor *c)
{
  return pixel_is (surface, x, y - 1, c, 90) || pixel_is (surface, x, y, c, 90) || pixel_is (surface, x, y + 1, c, 90);
}

static SchakelChart *
plain_chart (SchakelChartKind kind)
{
  SchakelChart *chart = schakel_chart_new (kind);

  schakel_chart_set_font_family (chart, "DejaVu Sans");
  return chart;
}

/* The chart's layout at W × H, as the drawing computes it. */
static void
chart_layout (const SchakelChart *chart,
              SchakelChartLayout *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);

  _schakel_chart_layout (chart, cr, W, H, layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* A bar's top is at its value's y, and a suppressed bar is hatched up to
 * k rather than left empty as a zero. */
static void
test_chart_bar_top (void)
{
  g_autoptr(SchakelChart) chart = plain_chart (SCHAKEL_CHART_BARS);
  const char *cats[] = { "a", "b", "c", "d", NULL };
  const double values[] = { 10, 25, 40 };
  SchakelChartLayout layout;
  cairo_surface_t *surface;
  SchakelColor blue, bg;
  guint s;

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_CATEGORY);
  schakel_chart_set_categories (chart, cats);
  s = schakel_chart_add_series (chart, "n");
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    schakel_chart_add_point (chart, s, i, values[i], SCHAKEL_POINT_VISIBLE);
  schakel_chart_add_point (chart, s, 3, 0, SCHAKEL_POINT_SUPPRESSED);

  surface = render_sample_png (chart, W, H);
  chart_layout (chart, &layout);
  schakel_palette_get_series (SCHAKEL_PALETTE_LIGHT, 0, &blue);
  _schakel_chart_background (chart, &bg);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      int x = (int) _schakel_chart_px (&layout, i);
      double top = _schakel_chart_py (&layout, values[i]);

      /* Solid just under the top, background just above it. */
      g_assert_true (pixel_is (surface, x, (int) ceil (top) + 1, &blue, 2));
      g_assert_false (pixel_is (surface, x, (int) floor (top) - 2, &blue, 40));
      /* …and solid all the way down to the axis. */
      g_assert_true (pixel_is (surface, x, (int) _schakel_chart_py (&layout, 0) - 2, &blue, 2));
    }

  /* The suppressed bar: hatch lines and gaps between 0 and k, none above. */
  {
    int x0 = (int) _schakel_chart_px (&layout, 3) - 6;
    int y_k = (int) ceil (_schakel_chart_py (&layout, 5));
    int y_0 = (int) floor (_schakel_chart_py (&layout, 0));
    guint strong = 0, pale = 0;

    g_assert_cmpint (y_0 - y_k, >=, 4);
    /* Hatch lines: far from the background; between them: near it. */
    for (int y = y_k + 1; y < y_0 - 1; y++)
      for (int x = x0; x < x0 + 12; x++)
        {
          if (!pixel_is (surface, x, y, &bg, 100))
            strong++;
          else if (pixel_is (surface, x, y, &bg, 40))
            pale++;
        }
    g_assert_cmpuint (strong, >, 0);
    g_assert_cmpuint (pale, >, 0);
  }

  _schakel_chart_layout_clear (&layout);
  cairo_surface_destroy (surface);
}

/* A Kaplan–Meier curve steps down at its event times, and a censored
 * observation leaves a tick across the line. */
static void
test_chart_km_step (void)
{
  g_autoptr(SchakelChart) chart = plain_chart (SCHAKEL_CHART_KM);
  g_autoptr(SchakelKm) km = schakel_km_new ();
  SchakelChartLayout layout;
  cairo_surface_t *surface;
  SchakelColor blue;
  int x_step, y_before, y_after, x_censor, y_censor;
  guint s;

  /* 20 minors: 10 reach school at day 30, 4 are censored at day 60,
   * the rest at day 100. S(30) = 0.5. */
  for (guint i = 0; i < 10; i++)
    schakel_km_add (km, 30, TRUE);
  for (guint i = 0; i < 4; i++)
    schakel_km_add (km, 60, FALSE);
  for (guint i = 0; i < 6; i++)
    schakel_km_add (km, 100, FALSE);
  s = schakel_chart_add_series (chart, "regio");
  schakel_chart_add_km (chart, s, km, NULL);

  surface = render_sample_png (chart, W, H);
  chart_layout (chart, &layout);
  schakel_palette_get_series (SCHAKEL_PALETTE_LIGHT, 0, &blue);

  x_step = (int) round (_schakel_chart_px (&layout, 30));
  y_before = (int) floor (_schakel_chart_py (&layout, 1.0));
  y_after = (int) floor (_schakel_chart_py (&layout, 0.5));
  /* At 100 % before day 30, at 50 % after it, and the riser at day 30. */
  g_assert_true (line_near (surface, x_step - 6, y_before, &blue));
  g_assert_true (line_near (surface, x_step + 6, y_after, &blue));
  g_assert_false (pixel_is (surface, x_step + 6, y_before + 4, &blue, 40));
  g_assert_true (pixel_is (surface, x_step, (y_before + y_after) / 2, &blue, 40)
                || pixel_is (surface, x_step + 1, (y_before + y_after) / 2, &blue, 40)
                || pixel_is (surface, x_step - 1, (y_before + y_after) / 2, &blue, 40));

  /* The censor tick at day 60 stands out above and below the line. */
  x_censor = (int) round (_schakel_chart_px (&layout, 60));
  y_censor = (int) floor (_schakel_chart_py (&layout, 0.5));
  /* The tick is about 1 px wide: at least half of it in one column. */
  g_assert_true (pixel_is (surface, x_censor - 1, y_censor - 3, &blue, 130)
                 || pixel_is (surface, x_censor, y_censor - 3, &blue, 130)
                 || pixel_is (surface, x_censor + 1, y_censor - 3, &blue, 130));
  g_assert_false (pixel_is (surface, x_censor - 5, y_censor - 3, &blue, 130));
  g_assert_false (pixel_is (surface, x_censor + 5, y_censor - 3, &blue, 130));

  _schakel_chart_layout_clear (&layout);
  cairo_surface_destroy (surface);
}

/* Under the publication rules the curve stops where fewer than ten
 * remain, and the at-risk table shows small numbers as <5. */
static void
test_chart_km_cut (void)
{
  g_autoptr(SchakelChart) chart = plain_chart (SCHAKEL_CHART_KM);
  g_autoptr(SchakelKm) km = schakel_km_new ();
  g_autoptr(SchakelChartTable) table = NULL;
  SchakelPublicationRules rules;
  const SchakelChartPoint *points;
  guint n, s;
  g_autofree char *text = NULL;

  schakel_publication_rules_init (&rules);
  for (guint i = 0; i < 30; i++)
    schakel_km_add (km, 10 + i * 10, TRUE);
  s = schakel_chart_add_series (chart, "regio");
  schakel_chart_add_km (chart, s, km, &rules);
  points = schakel_chart_get_points (chart, s, &n);
  /* Steps at 10..300 with 30..1 at risk: shown while at least 10 are.
   * S is 0.5 from day 150 to 160: the median is halfway, 155. */
  g_assert_cmpuint (n, ==, 21);
  g_assert_cmpfloat (points[n - 1].x, ==, 210);

  table = schakel_chart_to_table (chart);
  g_assert_cmpuint (schakel_chart_table_get_n_rows (table), ==, 21);
  g_assert_cmpstr (schakel_chart_table_get_cell (table, 0, 2), ==, "30");

  text = schakel_chart_describe (chart);
  g_assert_nonnull (strstr (text, "stops at 220 days"));
  g_assert_nonnull (strstr (text, "median 155"));
}

/* A missing value leaves a gap; a suppressed one a hatched band, not a zero. */
static void
test_chart_line_gaps (void)
{
  g_autoptr(SchakelChart) chart = plain_chart (SCHAKEL_CHART_LINE);
  SchakelChartLayout layout;
  cairo_surface_t *surface;
  SchakelColor blue;
  guint s = schakel_chart_add_series (chart, "x");
  int y_zero;

  for (int i = 0; i < 10; i++)
    schakel_chart_add_point (chart, s, i, 50, i == 4 ? SCHAKEL_POINT_MISSING
                                              : i == 7 ? SCHAKEL_POINT_SUPPRESSED : SCHAKEL_POINT_VISIBLE);
  surface = render_sample_png (chart, W, H);
  chart_layout (chart, &layout);
  schakel_palette_get_series (SCHAKEL_PALETTE_LIGHT, 0, &blue);

  /* The line at 50 runs between 1 and 3, not across 4. */
  g_assert_true (pixel_is (surface, (int) _schakel_chart_px (&layout, 2), (int) round (_schakel_chart_py (&layout, 50)), &blue, 40));
  for (int y = (int) layout.plot.y; y < layout.plot.y + layout.plot.height - 2; y++)
    g_assert_false (pixel_is (surface, (int) _schakel_chart_px (&layout, 4), y, &blue, 60));
  /* Nothing of the series at 0 under the gap: not drawn as zero. */
  y_zero = (int) floor (_schakel_chart_py (&layout, 0)) - 1;
  g_assert_false (pixel_is (surface, (int) _schakel_chart_px (&layout, 4), y_zero, &blue, 60));
  /* At 7 no line at 50, but hatching near the bottom. */
  g_assert_false (pixel_is (surface, (int) _schakel_chart_px (&layout, 7), (int) round (_schakel_chart_py (&layout, 50)), &blue, 60));
  {
    guint ink = 0;
    int x = (int) _schakel_chart_px (&layout, 7);

    for (int y = (int) _schakel_chart_py (&layout, 5); y < y_zero; y++)
      for (int dx = -4; dx <= 4; dx++)
        ink += pixel_is (surface, x + dx, y, &blue, 90);
    g_assert_cmpuint (ink, >, 0);
  }

  _schakel_chart_layout_clear (&layout);
  cairo_surface_destroy (surface);
}

static gboolean
rects_overlap (const SchakelRect *a,
               const SchakelRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

static void
assert_labels_apart (const SchakelChart *chart,
                     double              width,
                     double              height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1, 1);
  cairo_t *cr = cairo_create (surface);
  SchakelChartLayout layout;
  g_autoptr(GArray) labels = NULL;

  _schakel_chart_layout (chart, cr, width, height, &layout);
  labels = _schakel_chart_x_labels (chart, cr, &layout);
  g_assert_cmpuint (labels->len, >, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      const SchakelRect *a = &g_array_index (labels, SchakelAxisLabel, i).rect;

      g_assert_cmpfloat (a->x, >=, 0);
      g_assert_cmpfloat (a->x + a->width, <=, width);
      /* Under the plot, above the bottom. */
      g_assert_cmpfloat (a->y, >=, layout.plot.y + layout.plot.height);
      g_assert_cmpfloat (a->y + a->height, <=, height);
      for (guint j = i + 1; j < labels->len; j++)
        g_assert_false (rects_overlap (a, &g_array_index (labels, SchakelAxisLabel, j).rect));
    }
  for (guint i = 0; i < layout.legend->len; i++)
    {
      const SchakelRect *a = &g_array_index (layout.legend, SchakelLegendEntry, i).rect;

      g_assert_cmpfloat (a->x + a->width, <=, width);
      g_assert_cmpfloat (a->y + a->height, <=, layout.plot.y);
      for (guint j = i + 1; j < layout.legend->len; j++)
        g_assert_false (rects_overlap (a, &g_array_index (layout.legend, SchakelLegendEntry, j).rect));
    }
  _schakel_chart_layout_clear (&layout);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Long Dutch region and school names wrap, shorten or thin out; their
 * rectangles never overlap, at any width. */
static void
test_chart_long_labels (void)
{
  static const char * const names[] = {
    "Zuid-Holland Zuid en Drechtsteden", "Noord-Holland Noord en West-Friesland",
    "Internationale schakelklas voortgezet onderwijs", "Gelderland-Midden en Rivierengebied",
    "Tijdelijke gemeentelijke opvanglocatie", "Voorziening voor speciaal basisonderwijs",
    "Amsterdam-Amstelland", "Kennemerland", NULL,
  };
  g_autoptr(SchakelChart) bars = plain_chart (SCHAKEL_CHART_BARS);
  g_autoptr(SchakelChart) days = plain_chart (SCHAKEL_CHART_LINE);
  SchakelDay start = schakel_day_from_ymd (2016, 1, 1);

  schakel_chart_set_x_axis (bars, SCHAKEL_AXIS_CATEGORY);
  schakel_chart_set_categories (bars, names);
  for (guint s = 0; names[s] != NULL; s++)
    {
      guint a = schakel_chart_add_series (bars, names[s]);

      for (guint c = 0; names[c] != NULL; c++)
        schakel_chart_add_point (bars, a, c, 10 + s + c, SCHAKEL_POINT_VISIBLE);
    }
  schakel_chart_set_x_axis (days, SCHAKEL_AXIS_DAY);
  for (guint s = 0; s < 3; s++)
    {
      guint a = schakel_chart_add_series (days, names[s]);

      for (int d = 0; d < 3650; d += 7)
        schakel_chart_add_point (days, a, start + d, d % 50, SCHAKEL_POINT_VISIBLE);
    }

  for (double w = 240; w <= 1600; w *= 1.7)
    {
      assert_labels_apart (bars, w, w * 0.6);
      assert_labels_apart (days, w, w * 0.6);
    }
}

/* Pointing at a bar gives its series, point and value; at the legend its
 * series; hiding a series takes it out of the plot but not the legend. */
static void
test_chart_hit_and_hide (void)
{
  g_autoptr(SchakelChart) chart = plain_chart (SCHAKEL_CHART_BARS);
  const char *cats[] = { "Noord", "Zuid", NULL };
  SchakelChartLayout layout;
  SchakelChartHit hit;
  const SchakelLegendEntry *second;
  cairo_surface_t *surface;
  SchakelColor orange;
  guint a, b;
  double x, y;

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_CATEGORY);
  schakel_chart_set_categories (chart, cats);
  a = schakel_chart_add_series (chart, "2025");
  b = schakel_chart_add_series (chart, "2026");
  schakel_chart_add_point (chart, a, 0, 1200, SCHAKEL_POINT_VISIBLE);
  schakel_chart_add_point (chart, a, 1, 800, SCHAKEL_POINT_VISIBLE);
  schakel_chart_add_point (chart, b, 0, 1500, SCHAKEL_POINT_VISIBLE);
  schakel_chart_add_point (chart, b, 1, 3, SCHAKEL_POINT_SUPPRESSED);
  chart_layout (chart, &layout);

  /* The second bar of the first group: series b, its first point. */
  x = _schakel_chart_px (&layout, 0) + layout.plot.width / 2 * 0.8 / 4;
  y = _schakel_chart_py (&layout, 700);
  g_assert_true (schakel_chart_hit_test (chart, W, H, x, y, &hit));
  g_assert_cmpint (hit.kind, ==, SCHAKEL_CHART_HIT_POINT);
  g_assert_cmpuint (hit.series, ==, b);
  g_assert_cmpuint (hit.point, ==, 0);
  {
    g_autofree char *n = schakel_format_count (1500);
    g_autofree char *expected = g_strdup_printf ("2026, Noord: %s", n);

    g_assert_cmpstr (hit.label, ==, expected);
  }
  schakel_chart_hit_clear (&hit);

  /* The suppressed bar says <5. */
  x = _schakel_chart_px (&layout, 1) + layout.plot.width / 2 * 0.8 / 4;
  y = _schakel_chart_py (&layout, 1);
  g_assert_true (schakel_chart_hit_test (chart, W, H, x, y, &hit));
  g_assert_cmpstr (hit.label, ==, "2026, Zuid: <5");
  schakel_chart_hit_clear (&hit);

  /* Empty plot above the bars. */
  g_assert_false (schakel_chart_hit_test (chart, W, H, _schakel_chart_px (&layout, 0.5), layout.plot.y + 2, &hit));
  g_assert_cmpint (hit.kind, ==, SCHAKEL_CHART_HIT_NONE);

  second = &g_array_index (layout.legend, SchakelLegendEntry, 1);
  g_assert_true (schakel_chart_hit_test (chart, W, H, second->rect.x + 3, second->rect.y + second->rect.height / 2, &hit));
  g_assert_cmpint (hit.kind, ==, SCHAKEL_CHART_HIT_LEGEND);
  g_assert_cmpuint (hit.series, ==, b);
  schakel_chart_hit_clear (&hit);
  _schakel_chart_layout_clear (&layout);

  /* Hidden: no orange in the plot, the legend entry stays. */
  schakel_chart_set_series_hidden (chart, b, TRUE);
  g_assert_true (schakel_chart_get_series_hidden (chart, b));
  surface = render_sample_png (chart, W, H);
  chart_layout (chart, &layout);
  schakel_palette_get_series (SCHAKEL_PALETTE_LIGHT, 1, &orange);
  for (int yy = (int) layout.plot.y; yy < layout.plot.y + layout.plot.height; yy += 2)
    for (int xx = (int) layout.plot.x; xx < layout.plot.x + layout.plot.width; xx += 2)
      g_assert_false (pixel_is (surface, xx, yy, &orange, 30));
  g_assert_cmpuint (layout.legend->len, >=, 2);
  _schakel_chart_layout_clear (&layout);
  cairo_surface_destroy (surface);
}

static void
test_chart_box_stats (void)
{
  const double values[] = { 9, 1, 2, 3, 4, 5, 6, 7, 8, 100, NAN };
  SchakelBoxStats b;

  schakel_box_stats_compute (values, G_N_ELEMENTS (values), &b);
  g_assert_cmpuint (b.n, ==, 10);
  g_assert_cmpfloat_with_epsilon (b.median, 5.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (b.q1, 3.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (b.q3, 7.75, 1e-9);
  g_assert_cmpfloat (b.whisker_low, ==, 1);
  g_assert_cmpfloat (b.whisker_high, ==, 9);
  g_assert_cmpuint (b.n_outliers, ==, 1);
  g_assert_cmpfloat (b.outliers[0], ==, 100);
  schakel_box_stats_clear (&b);

  schakel_box_stats_compute (values, 1, &b);
  g_assert_cmpfloat (b.median, ==, 9);
  g_assert_cmpfloat (b.whisker_low, ==, 9);
  schakel_box_stats_clear (&b);
  schakel_box_stats_compute (NULL, 0, &b);
  g_assert_cmpuint (b.n, ==, 0);
  g_assert_true (isnan (b.median));
  schakel_box_stats_clear (&b);
}

/* The words and the table say what the chart shows, with <5 and gaps. */
static void
test_chart_text_alternatives (void)
{
  g_autoptr(SchakelChart) chart = plain_chart (SCHAKEL_CHART_LINE);
  g_autoptr(SchakelChartTable) table = NULL;
  g_autofree char *text = NULL;
  g_autofree char *n1234 = schakel_format_count (1234);
  SchakelDay d = schakel_day_from_ymd (2026, 1, 1);
  guint a, b;

  schakel_chart_set_title (chart, "Open aanmeldingen");
  schakel_chart_set_subtitle (chart, "Utrecht, 2026");
  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_DAY);
  a = schakel_chart_add_series (chart, "po");
  b = schakel_chart_add_series (chart, "vo");
  schakel_chart_add_point (chart, a, d, 1234, SCHAKEL_POINT_VISIBLE);
  schakel_chart_add_point (chart, a, d + 31, 3, SCHAKEL_POINT_SUPPRESSED);
  schakel_chart_add_point (chart, b, d, 20, SCHAKEL_POINT_VISIBLE);
  schakel_chart_add_point (chart, b, d + 31, 0, SCHAKEL_POINT_MISSING);
  schakel_chart_add_point (chart, b, d + 59, 0, SCHAKEL_POINT_HIDDEN);

  text = schakel_chart_describe (chart);
  g_assert_nonnull (strstr (text, "Line chart: Open aanmeldingen (Utrecht, 2026)."));
  g_assert_nonnull (strstr (text, "po: highest "));
  g_assert_nonnull (strstr (text, n1234));
  g_assert_nonnull (strstr (text, "(1 January 2026)"));
  g_assert_nonnull (strstr (text, "1 value is hidden as <5"));
  g_assert_nonnull (strstr (text, "1 value is missing."));
  /* A suppressed value is never read out as a number. */
  g_assert_null (strstr (text, "lowest 3"));
  g_assert_null (strstr (text, "lowest 0"));

  table = schakel_chart_to_table (chart);
  g_assert_cmpuint (schakel_chart_table_get_n_cols (table), ==, 3);
  g_assert_cmpuint (schakel_chart_table_get_n_rows (table), ==, 3);
  g_assert_cmpstr (schakel_chart_table_get_header (table, 0), ==, "Date");
  g_assert_cmpstr (schakel_chart_table_get_header (table, 2), ==, "vo");
  g_assert_cmpstr (schakel_chart_table_get_cell (table, 0, 1), ==, n1234);
  g_assert_cmpstr (schakel_chart_table_get_cell (table, 1, 1), ==, "<5");
  g_assert_cmpstr (schakel_chart_table_get_cell (table, 1, 2), ==, "");
  g_assert_cmpstr (schakel_chart_table_get_cell (table, 2, 1), ==, "");
  g_assert_cmpstr (schakel_chart_table_get_cell (table, 2, 2), ==, "x");
}

/* The table of a large chart: a row per day, a column per region, each
 * cell the point of its own day even when points came in out of order. */
static void
test_chart_large_table (void)
{
  g_autoptr(SchakelChart) chart = render_sample_daily_regions (40, 10);
  g_autoptr(SchakelChartTable) table = NULL;
  guint s = schakel_chart_add_series (chart, "achterstevoren");
  SchakelDay start = schakel_day_from_ymd (2016, 1, 1);
  const SchakelChartPoint *points;
  guint n;

  for (int d = 9; d >= 0; d--)
    schakel_chart_add_point (chart, s, start + d, d, SCHAKEL_POINT_VISIBLE);
  table = schakel_chart_to_table (chart);
  g_assert_cmpuint (schakel_chart_table_get_n_cols (table), ==, 42);
  points = schakel_chart_get_points (chart, 0, &n);
  g_assert_cmpuint (schakel_chart_table_get_n_rows (table), ==, n);
  for (guint r = 0; r < n; r += 997)
    {
      g_autofree char *value = schakel_format_count ((gint64) points[r].y);

      g_assert_cmpstr (schakel_chart_table_get_cell (table, r, 1), ==, value);
    }
  g_assert_cmpstr (schakel_chart_table_get_cell (table, 7, 41), ==, "7");
  g_assert_cmpstr (schakel_chart_table_get_cell (table, 10, 41), ==, "");
}

/* Every chart kind gives a table and a summary, and draws at tiny and
 * large sizes in both palettes without complaint. */
static void
test_chart_all_kinds (void)
{
  for (guint i = 0; i < render_n_samples; i++)
    for (int v = SCHAKEL_PALETTE_LIGHT; v <= SCHAKEL_PALETTE_DARK; v++)
      {
        g_autoptr(SchakelChart) chart = render_samples[i].build (v);
        g_autoptr(SchakelChartTable) table = schakel_chart_to_table (chart);
        g_autofree char *text = schakel_chart_describe (chart);
        static const int sizes[][2] = { { 1, 1 }, { 60, 40 }, { 300, 200 }, { 1600, 1000 } };

        g_assert_cmpuint (schakel_chart_table_get_n_rows (table), >, 0);
        g_assert_cmpuint (strlen (text), >, 20);
        for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
          cairo_surface_destroy (render_sample_png (chart, sizes[s][0], sizes[s][1]));
      }
}

/* ---- SVG and PDF -------------------------------------------------- */

typedef struct
{
  guint svg;
  guint path;
  guint glyphs;
} SvgCount;

static void
svg_start (GMarkupParseContext  *context,
           const char           *name,
           const char          **attr_names,
           const char          **attr_values,
           gpointer              user_data,
           GError              **error)
{
  SvgCount *count = user_data;

  if (g_str_equal (name, "svg"))
    count->svg++;
  else if (g_str_equal (name, "path"))
    count->path++;
  else if (g_str_equal (name, "use"))
    count->glyphs++;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
test_chart_svg (void)
{
  static const GMarkupParser parser = { svg_start, NULL, NULL, NULL, NULL };

  for (guint i = 0; i < render_n_samples; i++)
    {
      g_autoptr(SchakelChart) chart = render_samples[i].build (SCHAKEL_PALETTE_LIGHT);
      g_autoptr(GByteArray) bytes = g_byte_array_new ();
      g_autoptr(GMarkupParseContext) context = NULL;
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, 600, 400);
      cairo_t *cr = cairo_create (surface);
      SvgCount count = { 0 };

      schakel_chart_draw (chart, cr, 600, 400);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (surface);

      context = g_markup_parse_context_new (&parser, 0, &count, NULL);
      g_assert_true (g_markup_parse_context_parse (context, (const char *) bytes->data, bytes->len, &error));
      g_assert_no_error (error);
      g_assert_true (g_markup_parse_context_end_parse (context, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (count.svg, ==, 1);
      /* Axes, gridlines, data: many paths. Text: many glyphs. */
      g_assert_cmpuint (count.path, >, 10);
      g_assert_cmpuint (count.glyphs, >, 20);
    }
}

static void
test_chart_pdf (void)
{
  g_autoptr(SchakelChart) chart = NULL;
  g_autofree char *dir = g_dir_make_tmp ("schakel-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "km.pdf", NULL);
  g_autofree char *out = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  int status;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext not installed");
      return;
    }
  chart = render_samples[7].build (SCHAKEL_PALETTE_LIGHT);
  g_assert_cmpstr (render_samples[7].name, ==, "km");
  surface = cairo_pdf_surface_create (path, 842, 595);
  cr = cairo_create (surface);
  schakel_chart_draw (chart, cr, 842, 595);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (out, "Tijd tot school per regio"));
  g_assert_nonnull (strstr (out, "Number at risk"));
  g_assert_nonnull (strstr (out, "norm: 3 maanden"));
  g_assert_nonnull (strstr (out, "300"));
  g_unlink (path);
  g_rmdir (dir);
}

/* ---- more series than colours ------------------------------------- */

static const char * const provinces[] = {
  "Groningen", "Friesland", "Drenthe", "Overijssel", "Flevoland", "Gelderland",
  "Utrecht", "Noord-Holland", "Zuid-Holland", "Zeeland", "Noord-Brabant", "Limburg",
};

/* A count per province per month; the later provinces are larger, and
 * Drenthe's April is a small count hidden as <5. */
static SchakelChart *
province_chart (SchakelChartKind kind,
                guint            n_series)
{
  SchakelChart *chart = plain_chart (kind);

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_DAY);
  for (guint p = 0; p < n_series; p++)
    {
      g_autofree char *name = p < G_N_ELEMENTS (provinces) ? g_strdup (provinces[p]) : g_strdup_printf ("Regio %u", p);
      guint s = schakel_chart_add_series (chart, name);

      for (guint m = 0; m < 12; m++)
        {
          gboolean small = p == 2 && m == 3;

          schakel_chart_add_point (chart, s, schakel_day_from_ymd (2025, m + 1, 1), 10 * (p + 1) + m,
                                   small ? SCHAKEL_POINT_SUPPRESSED : SCHAKEL_POINT_VISIBLE);
        }
    }
  return chart;
}

static double
province_value (guint p,
                guint m)
{
  return 10 * (p + 1) + m;
}

/* Every legend entry of a series (or of "Other") looks different: no two
 * share colour and dash pattern. Returns how many there are. */
static guint
assert_legend_distinct (const SchakelChartLayout *layout)
{
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (SchakelSeriesStyle));

  for (guint i = 0; i < layout->legend->len; i++)
    {
      const SchakelLegendEntry *entry = &g_array_index (layout->legend, SchakelLegendEntry, i);
      const SchakelSeriesStyle *style;

      if (entry->series == SCHAKEL_LEGEND_NOTE)
        continue;
      style = _schakel_chart_style (layout, entry->series);
      for (guint j = 0; j < seen->len; j++)
        {
          const SchakelSeriesStyle *other = &g_array_index (seen, SchakelSeriesStyle, j);

          g_assert_false (other->dash == style->dash && other->color.red == style->color.red
                          && other->color.green == style->color.green && other->color.blue == style->color.blue);
        }
      g_array_append_val (seen, *style);
    }
  return seen->len;
}

/* Twelve provinces stacked: the largest seven in colour, the other five
 * summed into a grey "Other" on top that the legend, the hover text and
 * the summary name; the stack keeps its height; the table keeps all. */
static void
test_chart_many_stacked (void)
{
  g_autoptr(SchakelChart) chart = province_chart (SCHAKEL_CHART_STACKED_AREA, 12);
  g_autoptr(SchakelChartTable) table = NULL;
  g_autofree char *summary = NULL;
  SchakelChartLayout layout;
  SchakelChartHit hit;
  const SchakelChartPoint *other;
  const SchakelLegendEntry *other_entry = NULL;
  cairo_surface_t *surface;
  double total = 0, other_sum = 0, px, py;
  SchakelColor white = { 1, 1, 1 };

  chart_layout (chart, &layout);
  g_assert_cmpuint (layout.fold.n_folded, ==, 5);
  for (guint p = 0; p < 12; p++)
    g_assert_cmpint (layout.fold.styles[p].folded, ==, p < 5);
  g_assert_cmpuint (assert_legend_distinct (&layout), ==, 8);

  /* "Other" is the sum of its members; a small count in it is not added
   * but counted, and drawn hatched above the sum. */
  g_assert_nonnull (layout.fold.other);
  g_assert_cmpuint (layout.fold.other->points->len, ==, 12);
  other = (const SchakelChartPoint *) (gpointer) layout.fold.other->points->data;
  for (guint m = 0; m < 12; m++)
    {
      double sum = 0;

      for (guint p = 0; p < 5; p++)
        if (!(p == 2 && m == 3))
          sum += province_value (p, m);
      g_assert_cmpint (other[m].state, ==, SCHAKEL_POINT_VISIBLE);
      g_assert_cmpfloat (other[m].y, ==, sum);
      g_assert_cmpuint (g_array_index (layout.fold.other_small, guint, m), ==, m == 3 ? 1 : 0);
    }

  /* The stack is as high as all twelve together: Other's grey at the top. */
  for (guint p = 0; p < 12; p++)
    total += province_value (p, 6);
  for (guint p = 0; p < 5; p++)
    other_sum += province_value (p, 6);
  surface = render_sample_png (chart, W, H);
  px = _schakel_chart_px (&layout, schakel_day_from_ymd (2025, 7, 1));
  py = _schakel_chart_py (&layout, total);
  g_assert_true (pixel_is (surface, (int) px, (int) round (py) + 3, &layout.fold.other_style.color, 40));
  g_assert_true (pixel_is (surface, (int) px, (int) round (py) - 4, &white, 10));
  cairo_surface_destroy (surface);

  /* Hovering Other gives its sum and what it holds. */
  g_assert_true (schakel_chart_hit_test (chart, W, H, px, _schakel_chart_py (&layout, total - other_sum / 2), &hit));
  g_assert_cmpuint (hit.series, ==, SCHAKEL_CHART_SERIES_OTHER);
  g_assert_cmpuint (hit.point, ==, 6);
  {
    g_autofree char *day = schakel_format_day (schakel_day_from_ymd (2025, 7, 1));
    g_autofree char *expected = g_strdup_printf ("Other, %s: %d (Groningen, Friesland, Drenthe, Overijssel, "
                                                 "Flevoland)", day, (int) other_sum);

    g_assert_cmpstr (hit.label, ==, expected);
  }
  schakel_chart_hit_clear (&hit);

  /* Its legend entry names the members and switches them all. */
  for (guint i = 0; i < layout.legend->len; i++)
    if (g_array_index (layout.legend, SchakelLegendEntry, i).series == SCHAKEL_CHART_SERIES_OTHER)
      other_entry = &g_array_index (layout.legend, SchakelLegendEntry, i);
  g_assert_nonnull (other_entry);
  g_assert_true (schakel_chart_hit_test (chart, W, H, other_entry->rect.x + 3,
                                         other_entry->rect.y + other_entry->rect.height / 2, &hit));
  g_assert_cmpint (hit.kind, ==, SCHAKEL_CHART_HIT_LEGEND);
  g_assert_cmpuint (hit.series, ==, SCHAKEL_CHART_SERIES_OTHER);
  g_assert_cmpstr (hit.label, ==, "Other: Groningen, Friesland, Drenthe, Overijssel, Flevoland");
  schakel_chart_hit_clear (&hit);
  _schakel_chart_layout_clear (&layout);

  summary = schakel_chart_describe (chart);
  g_assert_nonnull (strstr (summary, "Groningen, Friesland, Drenthe, Overijssel, Flevoland as “Other”"));

  schakel_chart_set_series_hidden (chart, SCHAKEL_CHART_SERIES_OTHER, TRUE);
  g_assert_true (schakel_chart_get_series_hidden (chart, SCHAKEL_CHART_SERIES_OTHER));
  g_assert_true (schakel_chart_get_series_hidden (chart, 0));
  g_assert_false (schakel_chart_get_series_hidden (chart, 5));
  chart_layout (chart, &layout);
  g_assert_null (layout.fold.other);
  g_assert_cmpuint (layout.fold.n_folded, ==, 5);
  _schakel_chart_layout_clear (&layout);

  /* The table, and so the CSV, holds every province. */
  table = schakel_chart_to_table (chart);
  g_assert_cmpuint (schakel_chart_table_get_n_cols (table), ==, 13);
  g_assert_cmpstr (schakel_chart_table_get_header (table, 1), ==, "Groningen");
}

/* Twelve lines: eight colours, then dashed; beyond forty the smallest are
 * thin grey lines under "Other", never summed. */
static void
test_chart_many_lines (void)
{
  g_autoptr(SchakelChart) lines = province_chart (SCHAKEL_CHART_LINE, 12);
  g_autoptr(SchakelChart) rates = province_chart (SCHAKEL_CHART_LINE, 45);
  SchakelChartLayout layout;

  chart_layout (lines, &layout);
  g_assert_cmpuint (layout.fold.n_folded, ==, 0);
  g_assert_null (layout.fold.other);
  g_assert_cmpuint (assert_legend_distinct (&layout), ==, 12);
  for (guint s = 0; s < 12; s++)
    g_assert_cmpuint (layout.fold.styles[s].dash, ==, s < 8 ? 0 : 1);
  _schakel_chart_layout_clear (&layout);

  schakel_chart_set_value_format (rates, SCHAKEL_VALUE_DECIMAL);
  schakel_chart_set_series_hidden (rates, 44, TRUE);
  chart_layout (rates, &layout);
  g_assert_cmpuint (layout.fold.n_folded, ==, 5);
  g_assert_null (layout.fold.other);
  for (guint s = 0; s < 45; s++)
    g_assert_cmpint (layout.fold.styles[s].folded, ==, s < 5);
  g_assert_cmpuint (assert_legend_distinct (&layout), ==, 41);
  _schakel_chart_layout_clear (&layout);
}

/* ---- dense lines ----------------------------------------------------- */

/* Ten years of daily values on 480 px: drawn as a span per pixel column,
 * the chart looks as when every segment is stroked; PDF and SVG keep
 * every point; hovering still finds the exact value. */
static void
test_chart_dense_lines (void)
{
  g_autoptr(SchakelChart) chart = render_sample_daily_regions (6, 10);
  cairo_surface_t *spans, *exact, *pdf, *rec;
  SchakelChartLayout layout;
  SchakelChartHit hit;
  const SchakelChartPoint *points;
  guint n_points, n_off = 0, n_ink = 0;
  double sum = 0;
  cairo_t *cr;

  schakel_chart_set_font_family (chart, "DejaVu Sans");
  spans = render_sample_png (chart, W, H);
  chart->exact_lines = TRUE;
  exact = render_sample_png (chart, W, H);
  chart->exact_lines = FALSE;
  /* Compared as the eye sees them, over blocks of 2 × 2 pixels: the
   * spans have crisper edges than thousands of overlapping antialiased
   * strokes, but the same lines in the same places. */
  chart_layout (chart, &layout);
  for (int y = (int) layout.plot.y; y + 1 < layout.plot.y + layout.plot.height; y += 2)
    for (int x = (int) layout.plot.x; x + 1 < layout.plot.x + layout.plot.width; x += 2)
      {
        int a[3] = { 0 }, e[3] = { 0 }, d = 0;

        for (int i = 0; i < 4; i++)
          {
            Pixel pa = pixel_at (spans, x + i % 2, y + i / 2), pe = pixel_at (exact, x + i % 2, y + i / 2);

            a[0] += pa.r, a[1] += pa.g, a[2] += pa.b;
            e[0] += pe.r, e[1] += pe.g, e[2] += pe.b;
          }
        for (int c = 0; c < 3; c++)
          d = MAX (d, abs (a[c] - e[c]) / 4);
        if (MIN (e[0], MIN (e[1], e[2])) > 4 * 250 && MIN (a[0], MIN (a[1], a[2])) > 4 * 250)
          continue;
        n_ink++;
        sum += d;
        n_off += d > 64;
      }
  g_test_message ("dense lines: mean difference %.2f, %u of %u inked blocks off by more than 64", sum / n_ink,
                  n_off, n_ink);
  g_assert_cmpuint (n_ink, >, 2000);
  g_assert_cmpfloat (sum / n_ink, <, 26);
  g_assert_cmpfloat ((double) n_off / n_ink, <, 0.07);

  /* Exact hover on a line drawn as spans. */
  points = schakel_chart_get_points (chart, 3, &n_points);
  g_assert_true (schakel_chart_hit_test (chart, W, H, _schakel_chart_px (&layout, points[1800].x),
                                         _schakel_chart_py (&layout, points[1800].y), &hit));
  {
    g_autofree char *day = schakel_format_day ((SchakelDay) points[hit.point].x);
    g_autofree char *value = schakel_format_count ((guint) points[hit.point].y);
    g_autofree char *expected = g_strdup_printf ("%s, %s: %s", schakel_chart_get_series_name (chart, hit.series),
                                                 day, value);

    g_assert_cmpstr (hit.label, ==, expected);
  }
  schakel_chart_hit_clear (&hit);
  _schakel_chart_layout_clear (&layout);

  /* Where the spans are used. */
  pdf = cairo_pdf_surface_create_for_stream (NULL, NULL, W, H);
  cr = cairo_create (pdf);
  g_assert_cmpfloat (_schakel_chart_column_width (cr), ==, 0);
  cairo_destroy (cr);
  cairo_surface_destroy (pdf);
  rec = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (rec);
  g_assert_cmpfloat (_schakel_chart_column_width (cr), ==, 0.5);
  cairo_destroy (cr);
  cairo_surface_destroy (rec);
  cr = cairo_create (exact);
  g_assert_cmpfloat (_schakel_chart_column_width (cr), ==, 1);
  cairo_rotate (cr, G_PI / 2);
  g_assert_cmpfloat (_schakel_chart_column_width (cr), ==, 0);
  cairo_destroy (cr);

  cairo_surface_destroy (spans);
  cairo_surface_destroy (exact);
}

/* A file made outside publication mode says so in red along its bottom,
 * with the plot above it. */
static void
test_chart_confidential (void)
{
  g_autoptr(SchakelChart) chart = province_chart (SCHAKEL_CHART_LINE, 3);
  SchakelChartLayout plain, marked;
  cairo_surface_t *surface;
  guint red = 0;

  chart_layout (chart, &plain);
  schakel_chart_set_confidential (chart, TRUE);
  chart_layout (chart, &marked);
  g_assert_cmpfloat (marked.plot.y + marked.plot.height, <, plain.plot.y + plain.plot.height);
  g_assert_cmpfloat (marked.footer_y, >, marked.plot.y + marked.plot.height);
  surface = render_sample_png (chart, W, H);
  for (int y = (int) marked.footer_y; y < H; y++)
    for (int x = 0; x < W; x++)
      {
        Pixel p = pixel_at (surface, x, y);

        red += p.r > 120 && p.g < 90 && p.b < 90;
      }
  g_assert_cmpuint (red, >, 100);
  cairo_surface_destroy (surface);
  _schakel_chart_layout_clear (&plain);
  _schakel_chart_layout_clear (&marked);
}

/* ---- reference images --------------------------------------------- */

/* Compared with a tolerance: font hinting and antialiasing differ a
 * little between machines, a misplaced bar or axis does not. Regenerate
 * with SCHAKEL_UPDATE_REFERENCE=1 after looking at the new images. */
static void
test_chart_reference (gconstpointer data)
{
  const char *name = data;
  g_autofree char *file = g_strdup_printf ("%s.png", name);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "render", file, NULL);
  cairo_surface_t *actual = NULL, *expected;
  guint n_off = 0, total = 0;
  double sum = 0;

  for (guint i = 0; i < render_n_samples; i++)
    if (g_str_equal (render_samples[i].name, name))
      {
        g_autoptr(SchakelChart) chart = render_samples[i].build (SCHAKEL_PALETTE_LIGHT);

        actual = render_sample_png (chart, W, H);
      }
  g_assert_nonnull (actual);

  if (g_getenv ("SCHAKEL_UPDATE_REFERENCE") != NULL)
    g_assert_cmpint (cairo_surface_write_to_png (actual, path), ==, CAIRO_STATUS_SUCCESS);

  expected = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (expected), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (expected), ==, W);
  g_assert_cmpint (cairo_image_surface_get_height (expected), ==, H);
  for (int y = 0; y < H; y++)
    for (int x = 0; x < W; x++)
      {
        Pixel a = pixel_at (actual, x, y), e = pixel_at (expected, x, y);
        int d = MAX (abs (a.r - e.r), MAX (abs (a.g - e.g), abs (a.b - e.b)));

        sum += d;
        n_off += d > 96;
        total++;
      }
  g_test_message ("%s: mean difference %.2f, %u of %u pixels off", name, sum / total, n_off, total);
  g_assert_cmpfloat (sum / total, <, 4.0);
  g_assert_cmpfloat ((double) n_off / total, <, 0.03);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (actual);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/bar-top", test_chart_bar_top);
  g_test_add_func ("/chart/km-step", test_chart_km_step);
  g_test_add_func ("/chart/km-cut", test_chart_km_cut);
  g_test_add_func ("/chart/line-gaps", test_chart_line_gaps);
  g_test_add_func ("/chart/long-labels", test_chart_long_labels);
  g_test_add_func ("/chart/hit-and-hide", test_chart_hit_and_hide);
  g_test_add_func ("/chart/box-stats", test_chart_box_stats);
  g_test_add_func ("/chart/text-alternatives", test_chart_text_alternatives);
  g_test_add_func ("/chart/large-table", test_chart_large_table);
  g_test_add_func ("/chart/all-kinds", test_chart_all_kinds);
  g_test_add_func ("/chart/svg", test_chart_svg);
  g_test_add_func ("/chart/pdf", test_chart_pdf);
  g_test_add_func ("/chart/many-stacked", test_chart_many_stacked);
  g_test_add_func ("/chart/many-lines", test_chart_many_lines);
  g_test_add_func ("/chart/dense-lines", test_chart_dense_lines);
  g_test_add_func ("/chart/confidential", test_chart_confidential);
  g_test_add_data_func ("/chart/reference/bars", "bars", test_chart_reference);
  g_test_add_data_func ("/chart/reference/km", "km", test_chart_reference);
  g_test_add_data_func ("/chart/reference/matrix", "matrix", test_chart_reference);

  status = g_test_run ();

  /* Let go of Pango's and Cairo's font caches, so that LeakSanitizer sees
   * only what the charts themselves leave behind. */
  pango_cairo_font_map_set_default (NULL);
  cairo_debug_reset_static_data ();
  return status;
}
