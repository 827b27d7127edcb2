/* schakel-report-contents-private.h — the table of contents block, which
 * SchakelReport fills in while it paginates.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-report-block.h"

G_BEGIN_DECLS

SchakelReportBlock *schakel_report_contents_new           (void);
void                schakel_report_contents_clear         (SchakelReportBlock *self);
void                schakel_report_contents_add           (SchakelReportBlock *self,
                                                           const char         *text,
                                                           guint               block);
guint               schakel_report_contents_get_n_entries (SchakelReportBlock *self);
guint               schakel_report_contents_get_block     (SchakelReportBlock *self,
                                                           guint               entry);
void                schakel_report_contents_set_page      (SchakelReportBlock *self,
                                                           guint               entry,
                                                           guint               page);

G_END_DECLS
