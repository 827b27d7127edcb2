/* render-samples.h — synthetic charts of every kind, for the render tests,
 * the reference images and the benchmark.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-render.h"

G_BEGIN_DECLS

typedef SchakelChart *(*RenderSampleFunc) (SchakelPaletteVariant variant);

typedef struct
{
  const char       *name;
  RenderSampleFunc  build;
} RenderSample;

extern const RenderSample render_samples[];
extern const guint render_n_samples;

SchakelChart    *render_sample_daily_regions (guint n_regions,
                                              guint n_years);
SchakelChart    *render_sample_km_large      (guint n_observations);
cairo_surface_t *render_sample_png           (const SchakelChart *chart,
                                              int                 width,
                                              int                 height);

G_END_DECLS
