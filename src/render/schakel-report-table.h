/* schakel-report-table.h — a table that may run over several pages,
 * repeating its header row on each.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_RENDER_INSIDE) && !defined (SCHAKEL_RENDER_COMPILATION)
# error "Only <schakel-render.h> can be included directly."
#endif

#include "schakel-report-block.h"

G_BEGIN_DECLS

/**
 * SchakelReportRowStyle:
 * @SCHAKEL_REPORT_ROW_NORMAL: a row
 * @SCHAKEL_REPORT_ROW_TOTAL: a total, in bold under a rule
 */
typedef enum
{
  SCHAKEL_REPORT_ROW_NORMAL,
  SCHAKEL_REPORT_ROW_TOTAL,
} SchakelReportRowStyle;

SchakelReportBlock *schakel_report_table_new          (const char          *title,
                                                       guint                n_columns);
void                schakel_report_table_set_column   (SchakelReportBlock  *self,
                                                       guint                column,
                                                       const char          *header,
                                                       double               weight,
                                                       gboolean             numeric);
void                schakel_report_table_set_key_figures (SchakelReportBlock *self,
                                                       gboolean             key_figures);
void                schakel_report_table_set_compact  (SchakelReportBlock  *self,
                                                       gboolean             compact);
void                schakel_report_table_add_row      (SchakelReportBlock  *self,
                                                       SchakelReportRowStyle style,
                                                       const char * const  *cells);
gboolean            schakel_report_block_is_table     (SchakelReportBlock  *self);
const char         *schakel_report_table_get_title    (SchakelReportBlock  *self);
guint               schakel_report_table_get_n_columns (SchakelReportBlock *self);
guint               schakel_report_table_get_n_rows   (SchakelReportBlock  *self);
const char         *schakel_report_table_get_header   (SchakelReportBlock  *self,
                                                       guint                column);
const char         *schakel_report_table_get_cell     (SchakelReportBlock  *self,
                                                       guint                row,
                                                       guint                column);
gboolean            schakel_report_table_write_csv    (SchakelReportBlock  *self,
                                                       const char          *path,
                                                       GError             **error);

G_END_DECLS
