/* render-samples.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only synthetic figures, from a fixed seed, so that images repeat.
 */

#include "config.h"

#include <math.h>

#include "render-samples.h"

/* Fonts every test machine has; the reference images depend on them. */
#define SAMPLE_FONT "DejaVu Sans"

static const char * const regions[] = {
  "Groningen", "Noord-Holland Noord", "Zuid-Holland Zuid en Drechtsteden", "Utrecht", "Gelderland-Midden",
};

static SchakelChart *
new_chart (SchakelChartKind      kind,
           SchakelPaletteVariant variant,
           const char           *title,
           const char           *subtitle)
{
  SchakelChart *chart = schakel_chart_new (kind);
  SchakelPublicationRules rules;

  schakel_publication_rules_init (&rules);
  schakel_chart_set_publication (chart, &rules);
  schakel_chart_set_palette (chart, variant);
  schakel_chart_set_font_family (chart, SAMPLE_FONT);
  schakel_chart_set_title (chart, title);
  schakel_chart_set_subtitle (chart, subtitle);
  return chart;
}

/* A monthly count; @suppressed replaces it by the small-number mark. */
static void
add_month (SchakelChart *chart,
           guint         series,
           SchakelDay    start,
           int           month,
           double        value,
           gboolean      suppressed)
{
  schakel_chart_add_point (chart, series, schakel_day_add_months (start, month), round (value),
                           suppressed ? SCHAKEL_POINT_SUPPRESSED : SCHAKEL_POINT_VISIBLE);
}

static SchakelChart *
sample_line (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_LINE, variant, "Open wachtlijstaanmeldingen per regio",
                                   "Drie regio's, januari 2025 – oktober 2026");
  SchakelDay start = schakel_day_from_ymd (2025, 1, 1);

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_DAY);
  schakel_chart_set_y_label (chart, "Open aanmeldingen");
  for (guint r = 0; r < 3; r++)
    {
      guint s = schakel_chart_add_series (chart, regions[r]);

      for (int m = 0; m < 22; m++)
        {
          SchakelDay d = schakel_day_add_months (start, m);
          double v = 40 + 25 * r + 18 * sin (m / 3.0 + r) + m * (r == 1 ? 2 : 0.5);

          if (r == 2 && (m == 9 || m == 10))
            schakel_chart_add_point (chart, s, d, 0, SCHAKEL_POINT_MISSING);
          else if (r == 0 && m >= 15 && m <= 16)
            schakel_chart_add_point (chart, s, d, 0, SCHAKEL_POINT_SUPPRESSED);
          else
            schakel_chart_add_point (chart, s, d, round (v), SCHAKEL_POINT_VISIBLE);
        }
    }
  return chart;
}

static SchakelChart *
sample_step (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_STEP, variant, "Open wachtlijstaanmeldingen, dagstand",
                                   "Utrecht, 1 september – 30 november 2026");
  SchakelDay start = schakel_day_from_ymd (2026, 9, 1);
  guint s = schakel_chart_add_series (chart, "Utrecht");
  GRand *rand = g_rand_new_with_seed (6);
  double v = 30;

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_DAY);
  for (int d = 0; d < 91; d += 3)
    {
      v = MAX (0, v + g_rand_int_range (rand, -4, 5));
      schakel_chart_add_point (chart, s, start + d, v, SCHAKEL_POINT_VISIBLE);
    }
  g_rand_free (rand);
  return chart;
}

static SchakelChart *
sample_area (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_STACKED_AREA, variant, "Open aanmeldingen naar schooltype",
                                   "Nederland, 2024 – 2026");
  static const char * const types[] = { "Nieuwkomersgroep po", "ISK", "Regulier po", "Speciaal onderwijs" };
  SchakelDay start = schakel_day_from_ymd (2024, 1, 1);

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_DAY);
  for (guint t = 0; t < G_N_ELEMENTS (types); t++)
    {
      guint s = schakel_chart_add_series (chart, types[t]);

      for (int m = 0; m < 34; m++)
        add_month (chart, s, start, m, (60 - 12 * t) * (1 + 0.3 * sin (m / 4.0 + t)) + m,
                   t == 3 && m >= 20 && m <= 22);
    }
  return chart;
}

static SchakelChart *
sample_bars (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_BARS, variant, "Verhuizingen per kindjaar",
                                   "Vijf regio's, 2025 en 2026 tot en met oktober");
  static const double y2025[] = { 1.4, 2.1, 0.9, 1.7, 1.2 };
  static const double y2026[] = { 1.1, 2.4, 0.7, 1.5, 0 };
  guint a, b;

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_CATEGORY);
  schakel_chart_set_categories (chart, regions);
  schakel_chart_set_value_format (chart, SCHAKEL_VALUE_DECIMAL);
  schakel_chart_set_y_label (chart, "Verhuizingen per kindjaar");
  a = schakel_chart_add_series (chart, "2025");
  b = schakel_chart_add_series (chart, "2026");
  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    {
      schakel_chart_add_point (chart, a, r, y2025[r], SCHAKEL_POINT_VISIBLE);
      schakel_chart_add_point (chart, b, r, y2026[r], r == 4 ? SCHAKEL_POINT_SUPPRESSED : SCHAKEL_POINT_VISIBLE);
    }
  return chart;
}

static SchakelChart *
sample_stacked_bars (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_STACKED_BARS, variant, "Verhuizingen per maand naar reden",
                                   "Nederland, januari – oktober 2026");
  static const char * const reasons[] = { "Asielprocedure", "Capaciteit", "Locatie gesloten" };
  SchakelDay start = schakel_day_from_ymd (2026, 1, 1);

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_DAY);
  for (guint r = 0; r < G_N_ELEMENTS (reasons); r++)
    {
      guint s = schakel_chart_add_series (chart, reasons[r]);

      for (int m = 0; m < 10; m++)
        add_month (chart, s, start, m, (r == 0 ? 120 : r == 1 ? 60 : 20) + 15 * sin (m + r), r == 2 && m == 4);
    }
  return chart;
}

static SchakelChart *
sample_histogram (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_HISTOGRAM, variant, "Aantal verhuizingen per jongere",
                                   "Nederland, 2026");
  static const double counts[] = { 812, 1430, 960, 410, 150, 38, 9, 3 };
  guint s = schakel_chart_add_series (chart, "Jongeren");

  schakel_chart_set_x_label (chart, "Verhuizingen");
  schakel_chart_set_y_label (chart, "Jongeren");
  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    schakel_chart_add_point (chart, s, i, counts[i], counts[i] < 5 ? SCHAKEL_POINT_SUPPRESSED : SCHAKEL_POINT_VISIBLE);
  return chart;
}

static SchakelChart *
sample_box (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_BOX, variant, "Wachttijd tot schoolplaats per regio",
                                   "Afgesloten aanmeldingen, 2026");
  GRand *rand = g_rand_new_with_seed (2026);

  schakel_chart_set_value_format (chart, SCHAKEL_VALUE_DAYS);
  schakel_chart_set_y_label (chart, "Dagen");
  for (guint r = 0; r < G_N_ELEMENTS (regions); r++)
    {
      guint s = schakel_chart_add_series (chart, regions[r]);
      double values[200];
      guint n = r == 3 ? 6 : 200;

      for (guint i = 0; i < n; i++)
        values[i] = round (-log (1 - g_rand_double (rand)) * (20 + 10 * r));
      schakel_chart_add_box (chart, s, values, n, n < 10 ? SCHAKEL_POINT_SUPPRESSED : SCHAKEL_POINT_VISIBLE);
    }
  g_rand_free (rand);
  return chart;
}

static SchakelChart *
sample_km (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_KM, variant, "Tijd tot school per regio",
                                   "Jongeren aangekomen in 2025 en 2026");
  SchakelPublicationRules rules;
  GRand *rand = g_rand_new_with_seed (11);

  schakel_publication_rules_init (&rules);
  schakel_chart_set_x_label (chart, "Dagen sinds aankomst");
  schakel_chart_set_y_label (chart, "Nog zonder school");
  schakel_chart_add_x_marker (chart, 90, "norm: 3 maanden");
  for (guint r = 0; r < 3; r++)
    {
      g_autoptr(SchakelKm) km = schakel_km_new ();
      guint s = schakel_chart_add_series (chart, regions[r]);

      for (guint i = 0; i < 300; i++)
        {
          guint t = (guint) round (-log (1 - g_rand_double (rand)) * (40 + 30 * r));
          guint censor = g_rand_int_range (rand, 20, 400);

          schakel_km_add (km, MIN (t, censor), t <= censor);
        }
      schakel_chart_add_km (chart, s, km, &rules);
    }
  g_rand_free (rand);
  return chart;
}

static SchakelChart *
sample_matrix (SchakelPaletteVariant variant)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_FLOW_MATRIX, variant, "Verhuizingen tussen locatiesoorten",
                                   "Nederland, 2026");
  static const char * const types[] = {
    "Aanmeldcentrum Ter Apel", "Centrale opvang (amv)", "Proces-opvanglocatie (amv)", "Azc", "Gezinslocatie",
    "Noodopvang", "Crisisnoodopvang", "Tijdelijke gemeentelijke opvang", "Nidos-gastgezin", "Overige locatie",
  };
  GRand *rand = g_rand_new_with_seed (10);

  schakel_chart_set_categories (chart, types);
  schakel_chart_set_y_label (chart, "van");
  schakel_chart_set_x_label (chart, "naar");
  for (guint r = 0; r < G_N_ELEMENTS (types); r++)
    {
      guint s = schakel_chart_add_series (chart, types[r]);

      for (guint c = 0; c < G_N_ELEMENTS (types); c++)
        {
          double v = floor (pow (g_rand_double (rand), 3) * (r < 2 ? 900 : 200));

          if (v >= 1 && v < 5)
            schakel_chart_add_point (chart, s, c, 0, SCHAKEL_POINT_SUPPRESSED);
          else
            schakel_chart_add_point (chart, s, c, v, SCHAKEL_POINT_VISIBLE);
        }
    }
  g_rand_free (rand);
  return chart;
}

const RenderSample render_samples[] = {
  { "line", sample_line },
  { "step", sample_step },
  { "area", sample_area },
  { "bars", sample_bars },
  { "stacked-bars", sample_stacked_bars },
  { "histogram", sample_histogram },
  { "box", sample_box },
  { "km", sample_km },
  { "matrix", sample_matrix },
};
const guint render_n_samples = G_N_ELEMENTS (render_samples);

/**
 * render_sample_daily_regions:
 *
 * A daily series per region over @n_years: the benchmark's large chart.
 */
SchakelChart *
render_sample_daily_regions (guint n_regions,
                             guint n_years)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_LINE, SCHAKEL_PALETTE_LIGHT, "Open aanmeldingen per regio",
                                   "Alle regio's, dagstand");
  SchakelDay start = schakel_day_from_ymd (2016, 1, 1);
  SchakelDay end = schakel_day_add_years (start, n_years);
  GRand *rand = g_rand_new_with_seed (40);

  schakel_chart_set_x_axis (chart, SCHAKEL_AXIS_DAY);
  for (guint r = 0; r < n_regions; r++)
    {
      g_autofree char *name = g_strdup_printf ("Regio %u", r + 1);
      guint s = schakel_chart_add_series (chart, name);
      double v = 50;

      for (SchakelDay d = start; d < end; d++)
        {
          v = MAX (0, v + g_rand_double_range (rand, -3, 3));
          schakel_chart_add_point (chart, s, d, round (v), SCHAKEL_POINT_VISIBLE);
        }
    }
  g_rand_free (rand);
  return chart;
}

/**
 * render_sample_km_large:
 *
 * A Kaplan–Meier chart of @n_observations in four groups.
 */
SchakelChart *
render_sample_km_large (guint n_observations)
{
  SchakelChart *chart = new_chart (SCHAKEL_CHART_KM, SCHAKEL_PALETTE_LIGHT, "Tijd tot school", "Alle regio's");
  SchakelPublicationRules rules;
  GRand *rand = g_rand_new_with_seed (100);

  schakel_publication_rules_init (&rules);
  for (guint g = 0; g < 4; g++)
    {
      g_autoptr(SchakelKm) km = schakel_km_new ();
      g_autofree char *name = g_strdup_printf ("Groep %u", g + 1);
      guint s = schakel_chart_add_series (chart, name);

      for (guint i = 0; i < n_observations / 4; i++)
        {
          guint t = (guint) round (-log (1 - g_rand_double (rand)) * (60 + 20 * g));
          guint censor = g_rand_int_range (rand, 10, 1500);

          schakel_km_add (km, MIN (t, censor), t <= censor);
        }
      schakel_chart_add_km (chart, s, km, &rules);
    }
  g_rand_free (rand);
  return chart;
}

cairo_surface_t *
render_sample_png (const SchakelChart *chart,
                   int                 width,
                   int                 height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  schakel_chart_draw (chart, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}
