/* schakel-report-style.h — the look of a report: page, margins, colours.
 * Private to src/render.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_COMPILATION)
# error "schakel-report-style.h is private to src/render."
#endif

#include "schakel-palette.h"
#include "schakel-render-fonts.h"

G_BEGIN_DECLS

#define SCHAKEL_REPORT_FONT_FAMILY SCHAKEL_RENDER_FONT_FAMILY

/* A4 in points. */
#define SCHAKEL_REPORT_A4_SHORT 595.276
#define SCHAKEL_REPORT_A4_LONG  841.890

/* Margins (points, about 20 mm at the sides) and the bands for the running
 * header and footer inside them. */
#define SCHAKEL_REPORT_MARGIN_SIDE   56.0
#define SCHAKEL_REPORT_MARGIN_TOP    42.0
#define SCHAKEL_REPORT_MARGIN_BOTTOM 42.0
#define SCHAKEL_REPORT_HEADER_HEIGHT 34.0
#define SCHAKEL_REPORT_FOOTER_HEIGHT 30.0

extern const SchakelColor schakel_report_color_text;
extern const SchakelColor schakel_report_color_muted;
extern const SchakelColor schakel_report_color_accent;
extern const SchakelColor schakel_report_color_rule;
extern const SchakelColor schakel_report_color_band;
extern const SchakelColor schakel_report_color_warning;

G_END_DECLS
