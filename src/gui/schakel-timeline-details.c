/* schakel-timeline-details.c — every field of one timeline item.
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
 * The side panel of the timeline: the fields of the record's row as core
 * formatted them, then where the row came from — its table and row, and
 * the import that last wrote it — so a coordinator can trace a surprising
 * date back to the partner's file.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "schakel-timeline-details.h"

static void
add_row (GtkListBox *list,
         const char *label,
         const char *value)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), value);
  /* Values are data, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (list, row);
}

static void
add_fields (GtkListBox *list,
            GPtrArray  *fields)
{
  for (guint i = 0; fields != NULL && i < fields->len; i++)
    {
      const SchakelRecordField *field = g_ptr_array_index (fields, i);

      add_row (list, field->label, field->value);
    }
}

static void
add_source (GtkListBox              *list,
            const SchakelRecordItem *item)
{
  g_autofree char *row_number = NULL;
  g_autofree char *row_text = NULL;
  g_autofree char *import_text = NULL;

  if (item->table == NULL)
    {
      add_row (list, _("Source"), _("Computed by Schakel from the other records"));
      return;
    }

  row_number = g_strdup_printf ("%" G_GINT64_FORMAT, item->row_id);
  /* Translators: where a record is stored: the table and the row number, e.g. "placement, row 42" */
  row_text = g_strdup_printf (_("%s, row %s"), item->table, row_number);
  add_row (list, _("Source"), row_text);

  if (item->import != NULL)
    import_text = schakel_record_import_describe (item->import);
  add_row (list, _("Import"),
           import_text != NULL ? import_text
                               : _("Not from an import: recorded in Schakel, demo data, or imported before Schakel kept track"));
}

/**
 * schakel_timeline_details_fill:
 * @list: the side panel's list
 * @record: a record
 * @index: one of its items
 *
 * Replaces the rows of @list by the fields of the item and its source.
 */
void
schakel_timeline_details_fill (GtkListBox         *list,
                               SchakelMinorRecord *record,
                               guint               index)
{
  const SchakelRecordItem *item;
  GtkWidget *child;

  g_return_if_fail (GTK_IS_LIST_BOX (list));
  g_return_if_fail (record != NULL);
  g_return_if_fail (index < schakel_minor_record_get_n_items (record));

  item = schakel_minor_record_get_item (record, index);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
  add_fields (list, item->fields);
  add_source (list, item);
}
