/* schakel-timeline-summary.h — the header above a minor's timeline.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "schakel-core.h"

G_BEGIN_DECLS

char *schakel_timeline_summary_dup_facts  (const SchakelMinorRecordSummary *summary);
char *schakel_timeline_summary_dup_counts (const SchakelMinorRecordSummary *summary);
void  schakel_timeline_summary_fill_flags (GtkBox                          *box,
                                           const SchakelMinorRecordSummary *summary);

G_END_DECLS
