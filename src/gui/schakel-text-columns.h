/* schakel-text-columns.h — plain text rows and columns for a column view.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * SchakelTextColumn:
 * @title: the header, translated
 * @expand: takes the spare width; long texts are cut off and shown whole
 *   in a tooltip
 * @numeric: figures and dates, in tabular digits
 */
typedef struct
{
  const char *title;
  gboolean    expand;
  gboolean    numeric;
} SchakelTextColumn;

#define SCHAKEL_TYPE_TEXT_ROW (schakel_text_row_get_type ())

G_DECLARE_FINAL_TYPE (SchakelTextRow, schakel_text_row, SCHAKEL, TEXT_ROW, GObject)

SchakelTextRow *schakel_text_row_new      (guint                    tag,
                                           char                   **texts);
guint           schakel_text_row_get_tag  (SchakelTextRow          *self);
const char     *schakel_text_row_get_text (SchakelTextRow          *self,
                                           guint                    column);

void            schakel_text_columns_add  (GtkColumnView           *column_view,
                                           const SchakelTextColumn *columns,
                                           guint                    n_columns);

G_END_DECLS
