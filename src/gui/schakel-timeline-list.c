/* schakel-timeline-list.c — a minor's timeline as a table.
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
 * The list mode: one row per item of the record, in the record's order
 * (by date), with the same titles and lanes as the drawing. It is also
 * how a screen reader reads the timeline. A row's tag is the index of its
 * item in the record.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-text-columns.h"
#include "schakel-timeline-list.h"

static char *
dup_end_text (const SchakelRecordItem *item)
{
  if (item->flags & SCHAKEL_RECORD_FLAG_OPEN)
    /* Translators: in the Until column, for a period that has not ended */
    return g_strdup (_("ongoing"));
  if (item->end == item->start)
    return g_strdup ("");
  return schakel_format_day (item->end);
}

static SchakelTextRow *
row_new (SchakelTimeline *timeline,
         guint            index)
{
  SchakelMinorRecord *record = schakel_timeline_get_record (timeline);
  const SchakelRecordItem *item = schakel_minor_record_get_item (record, index);
  SchakelTimelineLane lane = schakel_timeline_item_get_lane (timeline, index);
  char **texts = g_new0 (char *, 6);

  texts[0] = schakel_format_day (item->start);
  texts[1] = dup_end_text (item);
  /* Age markers and the norm deadline cross every lane. */
  texts[2] = g_strdup (lane < SCHAKEL_TIMELINE_N_LANES ? schakel_timeline_lane_get_title (lane) : _("Milestones"));
  texts[3] = g_strdup (item->title);
  texts[4] = g_strdup (item->detail != NULL ? item->detail : "");

  return schakel_text_row_new (index, texts);
}

/**
 * schakel_timeline_list_model_new:
 * @timeline: the timeline of a record
 *
 * Returns: (transfer full): a list of #SchakelTextRow, one per item,
 *   tagged with the item's index
 */
GListModel *
schakel_timeline_list_model_new (SchakelTimeline *timeline)
{
  SchakelMinorRecord *record = schakel_timeline_get_record (timeline);
  guint n_items = schakel_minor_record_get_n_items (record);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_full (n_items, g_object_unref);
  GListStore *store = g_list_store_new (SCHAKEL_TYPE_TEXT_ROW);

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (rows, row_new (timeline, i));
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);

  return G_LIST_MODEL (store);
}

/**
 * schakel_timeline_list_add_columns:
 * @column_view: an empty column view
 *
 * Adds the columns for a model of schakel_timeline_list_model_new().
 */
void
schakel_timeline_list_add_columns (GtkColumnView *column_view)
{
  const SchakelTextColumn columns[] = {
    { _("Date"), FALSE, TRUE },
    /* Translators: the column with the last day of a period */
    { _("Until"), FALSE, TRUE },
    { _("Lane"), FALSE, FALSE },
    { _("What"), TRUE, FALSE },
    { _("Details"), TRUE, FALSE },
  };

  schakel_text_columns_add (column_view, columns, G_N_ELEMENTS (columns));
}
