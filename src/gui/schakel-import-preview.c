/* schakel-import-preview.c — the first rows of a file as Schakel reads them.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows come from the same reader as `schakel-cli inspect` and the
 * import, before any conversion, so what the user sees is what is checked.
 * A grid of labels in a horizontally scrolling window copes with files of
 * many columns; twenty rows need no list view.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-import-preview.h"

#define MAX_CELL_CHARS 28

void
schakel_import_preview_free (SchakelImportPreview *preview)
{
  if (preview == NULL)
    return;
  g_strfreev (preview->header);
  g_ptr_array_unref (preview->rows);
  g_free (preview->error);
  g_free (preview);
}

static void
read_all_worker (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  const char * const *paths = task_data;
  GPtrArray *previews = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_import_preview_free);

  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (previews, schakel_import_preview_read (paths[i], SCHAKEL_IMPORT_PREVIEW_ROWS));
  g_task_return_pointer (task, previews, (GDestroyNotify) g_ptr_array_unref);
}

/**
 * schakel_import_preview_read_all_async:
 * @paths: (array zero-terminated=1): files
 * @cancellable: (nullable): a cancellable
 * @callback: called with the previews
 * @user_data: for @callback
 *
 * Reads the first rows of every file in a worker: a file on a slow share
 * must not freeze the window.
 */
void
schakel_import_preview_read_all_async (const char * const  *paths,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, schakel_import_preview_read_all_async);
  g_task_set_task_data (task, g_strdupv ((char **) paths), (GDestroyNotify) g_strfreev);
  g_task_run_in_thread (task, read_all_worker);
}

/**
 * schakel_import_preview_read_all_finish:
 * @result: the result
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type SchakelImportPreview) (nullable):
 *   a preview per file, in order; %NULL only when cancelled
 */
GPtrArray *
schakel_import_preview_read_all_finish (GAsyncResult  *result,
                                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

static GStrv
copy_fields (const SchakelCsvRecord *record,
             guint                   n)
{
  GStrv fields = g_new0 (char *, MAX (n, record->n_fields) + 1);

  for (guint i = 0; i < MAX (n, record->n_fields); i++)
    fields[i] = g_strdup (i < record->n_fields ? record->fields[i] : "");
  return fields;
}

/**
 * schakel_import_preview_read:
 * @path: a file
 * @max_rows: how many rows after the header
 *
 * Returns: (transfer full): the header and first rows; on a file that
 *   cannot be read, what could be read and the error
 */
SchakelImportPreview *
schakel_import_preview_read (const char *path,
                             guint       max_rows)
{
  SchakelImportPreview *preview = g_new0 (SchakelImportPreview, 1);
  g_autoptr(SchakelCsvReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  const SchakelCsvRecord *record;

  preview->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  preview->header = g_new0 (char *, 1);
  if (!(reader = schakel_csv_reader_open (path, 0, &error)))
    {
      preview->error = g_strdup (error->message);
      return preview;
    }
  while (preview->rows->len < max_rows && schakel_csv_reader_next (reader, &record, &error))
    {
      if (preview->rows->len == 0 && preview->header[0] == NULL)
        {
          g_strfreev (preview->header);
          preview->header = copy_fields (schakel_csv_reader_get_header (reader), 0);
        }
      g_ptr_array_add (preview->rows, copy_fields (record, g_strv_length (preview->header)));
    }
  if (preview->header[0] == NULL && schakel_csv_reader_get_header (reader) != NULL)
    {
      g_strfreev (preview->header);
      preview->header = copy_fields (schakel_csv_reader_get_header (reader), 0);
    }
  if (error != NULL)
    preview->error = g_strdup (error->message);
  return preview;
}

static GtkWidget *
cell (const char *text,
      const char *css_class)
{
  g_autoptr(GString) shown = g_string_new (NULL);
  GtkWidget *label;

  /* Line breaks and tabs inside a field stay visible, as in inspect. */
  schakel_field_append_visible (shown, text);
  label = gtk_label_new (shown->str);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), MAX_CELL_CHARS);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (g_utf8_strlen (shown->str, -1) > MAX_CELL_CHARS)
    gtk_widget_set_tooltip_text (label, shown->str);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * schakel_import_preview_view_new:
 * @headings: (array length=n_columns): the column headings
 * @subheadings: (array length=n_columns) (nullable): a second, dimmed
 *   heading per column (a mapping), %NULL entries for none
 * @n_columns: how many columns
 * @rows: (element-type GStrv): the rows
 * @field_of_column: (array length=n_columns) (nullable): per column, the
 *   field of a row to show, or -1 for an empty cell; %NULL: field i
 * @accessible_label: what the preview shows, for screen readers
 *
 * Returns: (transfer floating): a scrolled grid; the grid is its child's
 *   child, row 0 the headings, row 1 the subheadings when given
 */
GtkWidget *
schakel_import_preview_view_new (const char * const *headings,
                                 const char * const *subheadings,
                                 guint               n_columns,
                                 GPtrArray          *rows,
                                 const int          *field_of_column,
                                 const char         *accessible_label)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *viewport = gtk_viewport_new (NULL, NULL);
  GtkWidget *grid = gtk_grid_new ();
  int first_row = subheadings != NULL ? 2 : 1;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_widget_set_margin_start (grid, 12);
  gtk_widget_set_margin_end (grid, 12);
  gtk_widget_set_margin_top (grid, 8);
  gtk_widget_set_margin_bottom (grid, 8);
  gtk_widget_add_css_class (grid, "import-preview");
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);

  for (guint c = 0; c < n_columns; c++)
    {
      gtk_grid_attach (GTK_GRID (grid), cell (headings[c], "heading"), (int) c, 0, 1, 1);
      if (subheadings != NULL)
        gtk_grid_attach (GTK_GRID (grid), cell (subheadings[c] != NULL ? subheadings[c] : "", "dim-label"),
                         (int) c, 1, 1, 1);
      for (guint r = 0; r < rows->len; r++)
        {
          const char * const *fields = g_ptr_array_index (rows, r);
          int f = field_of_column != NULL ? field_of_column[c] : (int) c;
          const char *text = f >= 0 && (guint) f < g_strv_length ((char **) fields) ? fields[f] : "";

          gtk_grid_attach (GTK_GRID (grid), cell (text, "monospace"), (int) c, first_row + (int) r, 1, 1);
        }
    }

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_AUTOMATIC, GTK_POLICY_AUTOMATIC);
  /* Cells keep their natural width and the window scrolls, rather than
   * every cell being ellipsised down to fit. */
  gtk_scrollable_set_hscroll_policy (GTK_SCROLLABLE (viewport), GTK_SCROLL_NATURAL);
  gtk_viewport_set_child (GTK_VIEWPORT (viewport), grid);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), viewport);
  return scrolled;
}
