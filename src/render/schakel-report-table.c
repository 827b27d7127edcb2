/* schakel-report-table.c — a table block: one unit per row, the header
 * row repeated above every part when the table runs over pages.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core.h"
#include "schakel-report-style.h"
#include "schakel-report-table.h"

#define CELL_PAD_X 4.0
#define CELL_PAD_Y 3.5
#define KEY_PAD_Y  6.0
#define COMPACT_PAD_Y 1.8

typedef struct
{
  char     *header;
  double    weight;
  gboolean  numeric;
} Column;

typedef struct
{
  SchakelReportRowStyle  style;
  GStrv                  cells;
} Row;

typedef struct
{
  SchakelReportBlock  parent;
  char               *title;
  guint               n_columns;
  Column             *columns;
  GArray             *rows;  /* of Row */
  gboolean            key_figures;
  gboolean            compact;
} Table;

static void row_clear (gpointer data);

static Table *
table_cast (SchakelReportBlock *block)
{
  g_return_val_if_fail (schakel_report_block_is_table (block), NULL);
  return (Table *) block;
}

static double
pad_y (Table *self)
{
  if (self->compact)
    return COMPACT_PAD_Y;
  return self->key_figures ? KEY_PAD_Y : CELL_PAD_Y;
}

static void
column_geometry (Table  *self,
                 double  width,
                 double *xs,
                 double *widths)
{
  double total = 0, x = 0;

  for (guint c = 0; c < self->n_columns; c++)
    total += self->columns[c].weight;
  for (guint c = 0; c < self->n_columns; c++)
    {
      xs[c] = x;
      widths[c] = width * self->columns[c].weight / total;
      x += widths[c];
    }
}

static SchakelReportFont
cell_font (Table                 *self,
           SchakelReportRowStyle  style,
           guint                  column)
{
  if (style == SCHAKEL_REPORT_ROW_TOTAL)
    return SCHAKEL_REPORT_FONT_BODY_BOLD;
  if (self->key_figures && column == 1)
    return SCHAKEL_REPORT_FONT_BODY_BOLD;
  return SCHAKEL_REPORT_FONT_BODY;
}

static PangoLayout *
cell_layout (Table                *self,
             SchakelReportContext *context,
             SchakelReportFont     font,
             const char           *text,
             guint                 column,
             double                column_width)
{
  return schakel_report_context_layout (context, font, text, column_width - 2 * CELL_PAD_X,
                                        self->columns[column].numeric ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
}

/* Lays out one line of cells, row @unit or the header, with the marks of
 * their footnotes; returns its height, padding included. When @cr is not
 * NULL, also draws it at (@x, @y). */
static double
line_run (Table                *self,
          SchakelReportContext *context,
          cairo_t              *cr,
          double                x,
          double                y,
          double                width,
          const char * const   *texts,
          guint                 unit,
          SchakelReportRowStyle style)
{
  gboolean header = unit == SCHAKEL_REPORT_FOOTNOTE_HEAD;
  g_autofree double *xs = g_new (double, self->n_columns);
  g_autofree double *widths = g_new (double, self->n_columns);
  double height = 0;

  column_geometry (self, width, xs, widths);
  for (guint c = 0; c < self->n_columns; c++)
    {
      SchakelReportFont font = header ? SCHAKEL_REPORT_FONT_SMALL_BOLD : cell_font (self, style, c);
      g_autofree char *text = schakel_report_block_mark_text (&self->parent, context, unit, c, texts[c]);
      g_autoptr(PangoLayout) layout = cell_layout (self, context, font, text, c, widths[c]);

      height = MAX (height, schakel_report_layout_height (layout));
      if (cr != NULL)
        {
          schakel_palette_set_source (cr, header ? &schakel_report_color_muted : &schakel_report_color_text, 1.0);
          schakel_report_draw_layout (cr, layout, x + xs[c] + CELL_PAD_X, y + pad_y (self));
        }
    }
  return height + 2 * pad_y (self);
}

static const char **
header_texts (Table *self)
{
  const char **texts = g_new (const char *, self->n_columns);

  for (guint c = 0; c < self->n_columns; c++)
    texts[c] = self->columns[c].header;
  return texts;
}

static gboolean
has_header (Table *self)
{
  for (guint c = 0; c < self->n_columns; c++)
    if (self->columns[c].header != NULL && *self->columns[c].header != '\0')
      return TRUE;
  return FALSE;
}

static void
table_measure (SchakelReportBlock   *block,
               SchakelReportContext *context,
               double                width,
               GArray               *heights,
               double               *head_height)
{
  Table *self = (Table *) block;
  g_autofree const char **texts = header_texts (self);

  *head_height = 0;
  if (has_header (self))
    *head_height = line_run (self, context, NULL, 0, 0, width, texts, SCHAKEL_REPORT_FOOTNOTE_HEAD, 0);
  for (guint r = 0; r < self->rows->len; r++)
    {
      const Row *row = &g_array_index (self->rows, Row, r);
      double height = line_run (self, context, NULL, 0, 0, width,
                                (const char * const *) row->cells, r, row->style);

      g_array_append_val (heights, height);
    }
}

static void
table_draw (SchakelReportBlock   *block,
            SchakelReportContext *context,
            cairo_t              *cr,
            double                x,
            double                y,
            double                width,
            guint                 first,
            guint                 n)
{
  Table *self = (Table *) block;

  if (has_header (self))
    {
      g_autofree const char **texts = header_texts (self);

      y += line_run (self, context, cr, x, y, width, texts, SCHAKEL_REPORT_FOOTNOTE_HEAD, 0);
      schakel_palette_set_source (cr, &schakel_report_color_text, 1.0);
      schakel_report_draw_rule (cr, x, y, width, 0.8);
    }
  for (guint r = first; r < first + n && r < self->rows->len; r++)
    {
      const Row *row = &g_array_index (self->rows, Row, r);
      double height;

      if (row->style == SCHAKEL_REPORT_ROW_TOTAL)
        {
          schakel_palette_set_source (cr, &schakel_report_color_text, 1.0);
          schakel_report_draw_rule (cr, x, y, width, 0.8);
        }
      height = line_run (self, context, cr, x, y, width, (const char * const *) row->cells, r, row->style);
      y += height;
      schakel_palette_set_source (cr, &schakel_report_color_rule, 1.0);
      schakel_report_draw_rule (cr, x, y, width, 0.3);
    }
}

static void
table_finalize (SchakelReportBlock *block)
{
  Table *self = (Table *) block;

  for (guint c = 0; c < self->n_columns; c++)
    g_free (self->columns[c].header);
  g_free (self->columns);
  g_array_unref (self->rows);
  g_free (self->title);
}

static const SchakelReportBlockClass table_class = {
  "table", table_measure, table_draw, table_finalize,
};

static void
row_clear (gpointer data)
{
  g_strfreev (((Row *) data)->cells);
}

/**
 * schakel_report_table_new:
 * @title: (nullable): what the table shows, used to name its CSV file
 * @n_columns: how many columns
 *
 * Returns: (transfer full): an empty table with columns of equal width
 */
SchakelReportBlock *
schakel_report_table_new (const char *title,
                          guint       n_columns)
{
  Table *self = schakel_report_block_alloc (&table_class, sizeof (Table));

  g_return_val_if_fail (n_columns > 0, NULL);

  self->parent.space_before = 4;
  self->parent.space_after = 10;
  self->title = g_strdup (title);
  self->n_columns = n_columns;
  self->columns = g_new0 (Column, n_columns);
  for (guint c = 0; c < n_columns; c++)
    self->columns[c].weight = 1;
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_array_set_clear_func (self->rows, row_clear);
  return &self->parent;
}

gboolean
schakel_report_block_is_table (SchakelReportBlock *self)
{
  return self->klass == &table_class;
}

/**
 * schakel_report_table_set_column:
 * @self: a table
 * @column: which column
 * @header: (nullable): the column's header
 * @weight: its share of the width, relative to the other columns
 * @numeric: right-aligned figures rather than left-aligned text
 */
void
schakel_report_table_set_column (SchakelReportBlock *self,
                                 guint               column,
                                 const char         *header,
                                 double              weight,
                                 gboolean            numeric)
{
  Table *table = table_cast (self);

  g_return_if_fail (column < table->n_columns);
  g_return_if_fail (weight > 0);

  g_free (table->columns[column].header);
  table->columns[column].header = g_strdup (header);
  table->columns[column].weight = weight;
  table->columns[column].numeric = numeric;
}

/* Key figures: more air, the figures (column 1) in bold. */
void
schakel_report_table_set_key_figures (SchakelReportBlock *self,
                                      gboolean            key_figures)
{
  table_cast (self)->key_figures = key_figures;
}

/**
 * schakel_report_table_set_compact:
 * @self: a table
 * @compact: less air between the rows, so that more fits on a page
 */
void
schakel_report_table_set_compact (SchakelReportBlock *self,
                                  gboolean            compact)
{
  table_cast (self)->compact = compact;
}

/**
 * schakel_report_table_add_row:
 * @self: a table
 * @style: a row or a total
 * @cells: (array): one text per column, %NULL for an empty cell
 */
void
schakel_report_table_add_row (SchakelReportBlock    *self,
                              SchakelReportRowStyle  style,
                              const char * const    *cells)
{
  Table *table = table_cast (self);
  Row row = { style, g_new0 (char *, table->n_columns + 1) };

  for (guint c = 0; c < table->n_columns; c++)
    row.cells[c] = g_strdup (cells[c] != NULL ? cells[c] : "");
  g_array_append_val (table->rows, row);
}

const char *
schakel_report_table_get_title (SchakelReportBlock *self)
{
  return table_cast (self)->title;
}

guint
schakel_report_table_get_n_columns (SchakelReportBlock *self)
{
  return table_cast (self)->n_columns;
}

guint
schakel_report_table_get_n_rows (SchakelReportBlock *self)
{
  return table_cast (self)->rows->len;
}

const char *
schakel_report_table_get_header (SchakelReportBlock *self,
                                 guint               column)
{
  Table *table = table_cast (self);

  g_return_val_if_fail (column < table->n_columns, NULL);
  return table->columns[column].header != NULL ? table->columns[column].header : "";
}

const char *
schakel_report_table_get_cell (SchakelReportBlock *self,
                               guint               row,
                               guint               column)
{
  Table *table = table_cast (self);

  g_return_val_if_fail (row < table->rows->len && column < table->n_columns, NULL);
  return g_array_index (table->rows, Row, row).cells[column];
}

/**
 * schakel_report_table_write_csv:
 * @self: a table
 * @path: the file to write, replaced as a whole
 * @error: return location for an error
 *
 * Writes the table as printed: the header, then every row, hidden cells as
 * the report shows them (`<5`, `x`).
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_report_table_write_csv (SchakelReportBlock  *self,
                                const char          *path,
                                GError             **error)
{
  Table *table = table_cast (self);
  g_autoptr(SchakelCsvWriter) writer = NULL;
  g_autofree const char **texts = header_texts (table);

  for (guint c = 0; c < table->n_columns; c++)
    if (texts[c] == NULL)
      texts[c] = "";
  if (!(writer = schakel_csv_writer_new (path, ',', FALSE, error)))
    return FALSE;
  if (!schakel_csv_writer_write_row (writer, texts, table->n_columns, error))
    return FALSE;
  for (guint r = 0; r < table->rows->len; r++)
    if (!schakel_csv_writer_write_row (writer, (const char * const *) g_array_index (table->rows, Row, r).cells,
                                       table->n_columns, error))
      return FALSE;
  return schakel_csv_writer_finish (g_steal_pointer (&writer), error);
}
