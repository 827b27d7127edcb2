/* schakel-text-columns.c — plain text rows and columns for a column view.
 *
 * Copyright 2026 The Schakel authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For tables whose cells are text formatted once, when the rows are made:
 * the timeline's list mode and the audit log. Each row carries a tag,
 * the index of what it shows.
 */

#include "config.h"

#include "schakel-text-columns.h"

struct _SchakelTextRow
{
  GObject   parent_instance;

  guint     tag;
  char    **texts;
  guint     n_texts;
};

G_DEFINE_FINAL_TYPE (SchakelTextRow, schakel_text_row, G_TYPE_OBJECT)

static void
schakel_text_row_finalize (GObject *object)
{
  SchakelTextRow *self = SCHAKEL_TEXT_ROW (object);

  g_strfreev (self->texts);

  G_OBJECT_CLASS (schakel_text_row_parent_class)->finalize (object);
}

static void
schakel_text_row_class_init (SchakelTextRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_text_row_finalize;
}

static void
schakel_text_row_init (SchakelTextRow *self)
{
}

/**
 * schakel_text_row_new:
 * @tag: what the row shows, e.g. the index of an item
 * @texts: (transfer full) (array zero-terminated=1): one text per column
 *
 * Returns: (transfer full): a new row
 */
SchakelTextRow *
schakel_text_row_new (guint   tag,
                      char  **texts)
{
  SchakelTextRow *self = g_object_new (SCHAKEL_TYPE_TEXT_ROW, NULL);

  self->tag = tag;
  self->texts = texts;
  self->n_texts = texts != NULL ? g_strv_length (texts) : 0;

  return self;
}

/**
 * schakel_text_row_get_tag:
 * @self: a row
 *
 * Returns: the row's tag
 */
guint
schakel_text_row_get_tag (SchakelTextRow *self)
{
  g_return_val_if_fail (SCHAKEL_IS_TEXT_ROW (self), 0);

  return self->tag;
}

/**
 * schakel_text_row_get_text:
 * @self: a row
 * @column: a column
 *
 * Returns: the text of @column; "" past the last
 */
const char *
schakel_text_row_get_text (SchakelTextRow *self,
                           guint           column)
{
  g_return_val_if_fail (SCHAKEL_IS_TEXT_ROW (self), NULL);

  return column < self->n_texts ? self->texts[column] : "";
}

/* Columns */

typedef struct
{
  guint    column;
  gboolean expand;
  gboolean numeric;
} ColumnData;

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (data->expand)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (data->numeric)
    gtk_widget_add_css_class (label, "tabular-nums");
  gtk_list_item_set_child (list_item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         ColumnData               *data)
{
  const char *text = schakel_text_row_get_text (gtk_list_item_get_item (list_item), data->column);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_label (GTK_LABEL (label), text);
  if (data->expand)
    gtk_widget_set_tooltip_text (label, text[0] != '\0' ? text : NULL);
}

/**
 * schakel_text_columns_add:
 * @column_view: a column view for a model of #SchakelTextRow
 * @columns: (array length=n_columns): the columns, in order
 * @n_columns: how many
 *
 * Appends a resizable column per entry of @columns, showing the row's
 * text of that column.
 */
void
schakel_text_columns_add (GtkColumnView           *column_view,
                          const SchakelTextColumn *columns,
                          guint                    n_columns)
{
  g_return_if_fail (GTK_IS_COLUMN_VIEW (column_view));

  for (guint i = 0; i < n_columns; i++)
    {
      GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      ColumnData *data = g_new0 (ColumnData, 1);

      data->column = i;
      data->expand = columns[i].expand;
      data->numeric = columns[i].numeric;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), data);
      g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cb), data, (GClosureNotify) g_free, 0);

      column = gtk_column_view_column_new (columns[i].title, factory);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_append_column (column_view, column);
    }
}
