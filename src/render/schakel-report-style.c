/* schakel-report-style.c — the report's colours: black text, one dark
 * blue accent, thin grey rules.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-report-style.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }

const SchakelColor schakel_report_color_text = RGB (26, 26, 26);
const SchakelColor schakel_report_color_muted = RGB (90, 90, 90);
const SchakelColor schakel_report_color_accent = RGB (21, 66, 115);
const SchakelColor schakel_report_color_rule = RGB (190, 190, 190);
const SchakelColor schakel_report_color_band = RGB (245, 245, 245);
const SchakelColor schakel_report_color_warning = RGB (170, 30, 30);
