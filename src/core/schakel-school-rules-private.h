/* schakel-school-rules-private.h — school age, education and the
 * school-access norm, as the metrics and the timeline both define them.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "schakel-database.h"
#include "schakel-date.h"

G_BEGIN_DECLS

typedef struct
{
  char       code[33];
  guint      months;
  SchakelDay valid_from; /* SCHAKEL_DAY_NONE: open */
  SchakelDay valid_to;
} SchakelSchoolNorm;

/* The settings behind docs/metrics.md: school age is
 * age_min_years ≤ age < age_max_years; an enrolment is education when it
 * has at least min_hours a week (unknown hours count as meeting it). */
typedef struct
{
  int     age_min_years;
  int     age_max_years;
  double  min_hours;
  GArray *norms;         /* SchakelSchoolNorm: school access from the application */
} SchakelSchoolRules;

void                     _schakel_school_rules_init       (SchakelSchoolRules       *rules,
                                                           SchakelDatabase          *db);
gboolean                 _schakel_school_rules_load_norms (SchakelSchoolRules       *rules,
                                                           sqlite3                  *handle,
                                                           GError                  **error);
void                     _schakel_school_rules_clear      (SchakelSchoolRules       *rules);
const SchakelSchoolNorm *_schakel_school_rules_norm_for   (const SchakelSchoolRules *rules,
                                                           SchakelDay                start);
gboolean                 _schakel_school_rules_is_education (const SchakelSchoolRules *rules,
                                                           double                    hours);
SchakelDay               _schakel_school_rules_norm_start (const SchakelSchoolRules *rules,
                                                           SchakelDay                birth,
                                                           SchakelDay                applied);

G_END_DECLS
