/* schakel-minor-summary.h — one row of the Jongeren list.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "schakel-database.h"
#include "schakel-date.h"

G_BEGIN_DECLS

#define SCHAKEL_TYPE_MINOR_SUMMARY (schakel_minor_summary_get_type ())

G_DECLARE_FINAL_TYPE (SchakelMinorSummary, schakel_minor_summary, SCHAKEL, MINOR_SUMMARY, GObject)

gint64      schakel_minor_summary_get_id                (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_jongere_id        (SchakelMinorSummary *self);
int         schakel_minor_summary_get_age               (SchakelMinorSummary *self);
gboolean    schakel_minor_summary_get_age_estimated     (SchakelMinorSummary *self);
gboolean    schakel_minor_summary_get_amv               (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_location_type     (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_municipality_code (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_municipality_name (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_region_code       (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_region_name       (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_school_name       (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_school_brin       (SchakelMinorSummary *self);
const char *schakel_minor_summary_get_school_type       (SchakelMinorSummary *self);
gboolean    schakel_minor_summary_get_in_education      (SchakelMinorSummary *self);
guint       schakel_minor_summary_get_n_moves           (SchakelMinorSummary *self);

GListStore *schakel_minor_summary_load (SchakelDatabase  *db,
                                        SchakelDay        on,
                                        const char       *region_scheme,
                                        GCancellable     *cancellable,
                                        GError          **error);

G_END_DECLS
