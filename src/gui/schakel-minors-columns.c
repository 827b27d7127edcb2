/* schakel-minors-columns.c
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
 * The columns of the Jongeren list: titles and widths, the cells, their
 * tooltips, and a sorter for each. Names sort by the ranks of the current
 * load (schakel-minors-ranks.c), which the view hands over after every
 * load. Tooltips are computed only when shown: setting one on every bind
 * makes GTK query the pointer position, an X round trip per cell.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "schakel-minors-columns.h"

typedef enum
{
  COLUMN_ID,
  COLUMN_AGE,
  COLUMN_AMV,
  COLUMN_LOCATION_TYPE,
  COLUMN_MUNICIPALITY,
  COLUMN_REGION,
  COLUMN_SCHOOL,
  COLUMN_EDUCATION,
  COLUMN_MOVES,
  N_COLUMNS
} Column;

typedef struct
{
  const char *title;
  int         fixed_width;   /* -1: natural width */
  gboolean    expand;
  gboolean    numeric;       /* right-aligned, tabular figures */
  gboolean    tooltip;       /* see cell_tooltip () */
} ColumnInfo;

static const ColumnInfo columns[N_COLUMNS] = {
  [COLUMN_ID] = { N_("ID"), 120, FALSE, FALSE, FALSE },
  [COLUMN_AGE] = { N_("Age"), 76, FALSE, TRUE, TRUE },
  [COLUMN_AMV] = { N_("amv"), 60, FALSE, FALSE, FALSE },
  [COLUMN_LOCATION_TYPE] = { N_("Location type"), 230, FALSE, FALSE, TRUE },
  [COLUMN_MUNICIPALITY] = { N_("Municipality"), 150, TRUE, FALSE, TRUE },
  [COLUMN_REGION] = { N_("Region"), 120, FALSE, FALSE, FALSE },
  [COLUMN_SCHOOL] = { N_("School"), 200, TRUE, FALSE, TRUE },
  [COLUMN_EDUCATION] = { N_("Education"), 100, FALSE, FALSE, FALSE },
  [COLUMN_MOVES] = { N_("Moves"), 112, FALSE, TRUE, FALSE },
};

typedef struct
{
  SchakelMinorsColumns *columns;
  Column                column;
} SortColumn;

/* Shared by the view and the sorters, which the column view may keep
 * after the view has gone. */
struct _SchakelMinorsColumns
{
  SortColumn          sort_columns[N_COLUMNS];
  SchakelMinorsRanks *ranks;
};

/* Cells */

static const char *
location_label (SchakelMinorSummary *minor)
{
  return schakel_minors_location_label (schakel_minor_summary_get_location_type (minor));
}

/* The text of the name columns: municipality, region and school. */
static const char *
column_name (SchakelMinorSummary *minor,
             Column               column)
{
  switch (column)
    {
    case COLUMN_MUNICIPALITY:
      return schakel_minor_summary_get_municipality_name (minor);
    case COLUMN_REGION:
      return schakel_minor_summary_get_region_name (minor);
    case COLUMN_SCHOOL:
      return schakel_minor_summary_get_school_name (minor);
    case COLUMN_ID:
    case COLUMN_AGE:
    case COLUMN_AMV:
    case COLUMN_LOCATION_TYPE:
    case COLUMN_EDUCATION:
    case COLUMN_MOVES:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
  return NULL;
}

/* The value of the yes/no columns: amv and education. */
static gboolean
column_flag (SchakelMinorSummary *minor,
             Column               column)
{
  return column == COLUMN_AMV ? schakel_minor_summary_get_amv (minor)
                              : schakel_minor_summary_get_in_education (minor);
}

static char *
cell_tooltip (SchakelMinorSummary *minor,
              Column               column)
{
  switch (column)
    {
    case COLUMN_AGE:
      if (schakel_minor_summary_get_age (minor) < 0)
        return g_strdup (_("Birth date unknown"));
      if (schakel_minor_summary_get_age_estimated (minor))
        return g_strdup (_("Estimated birth date"));
      return NULL;

    case COLUMN_LOCATION_TYPE:
      return g_strdup (location_label (minor));

    case COLUMN_MUNICIPALITY:
      return g_strdup (schakel_minor_summary_get_municipality_code (minor));

    case COLUMN_SCHOOL:
      if (schakel_minor_summary_get_school_brin (minor) == NULL)
        return NULL;
      /* Translators: tooltip of a school: its BRIN number and school type */
      return g_strdup_printf (_("BRIN %s · %s"), schakel_minor_summary_get_school_brin (minor),
                              schakel_code_label (SCHAKEL_CODE_LIST_SCHOOL_TYPE,
                                                  schakel_minor_summary_get_school_type (minor)));

    case COLUMN_ID:
    case COLUMN_AMV:
    case COLUMN_REGION:
    case COLUMN_EDUCATION:
    case COLUMN_MOVES:
    case N_COLUMNS:
    default:
      return NULL;
    }
}

static gboolean
cell_query_tooltip_cb (GtkWidget   *cell,
                       int          x,
                       int          y,
                       gboolean     keyboard_mode,
                       GtkTooltip  *tooltip,
                       GtkListItem *list_item)
{
  SchakelMinorSummary *minor = gtk_list_item_get_item (list_item);
  g_autofree char *text = NULL;

  if (minor == NULL)
    return FALSE;

  text = cell_tooltip (minor, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (cell), "schakel-column")));
  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_cell (GtkListItem *list_item,
          const char  *text,
          gboolean     dim)
{
  GtkWidget *cell = gtk_list_item_get_child (list_item);

  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  if (dim != gtk_widget_has_css_class (cell, "unknown-value"))
    {
      if (dim)
        gtk_widget_add_css_class (cell, "unknown-value");
      else
        gtk_widget_remove_css_class (cell, "unknown-value");
    }
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  const ColumnInfo *info = &columns[column];
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_text_overflow (GTK_INSCRIPTION (cell), GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 2);
  if (info->numeric)
    {
      gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1.0);
      gtk_widget_add_css_class (cell, "tabular-nums");
    }

  g_object_set_data (G_OBJECT (cell), "schakel-column", GINT_TO_POINTER (column));
  if (info->tooltip)
    {
      gtk_widget_set_has_tooltip (cell, TRUE);
      /* The list item owns the cell, so it outlives the handler. */
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), list_item);
    }

  gtk_list_item_set_child (list_item, cell);
}

static void
bind_age (GtkListItem         *list_item,
          SchakelMinorSummary *minor)
{
  int age = schakel_minor_summary_get_age (minor);
  char number[16];

  if (age < 0)
    set_cell (list_item, "?", TRUE);
  else if (schakel_minor_summary_get_age_estimated (minor))
    {
      /* Translators: an age from an estimated birth date, e.g. "≈15" */
      g_autofree char *text = g_strdup_printf (_("≈%d"), age);

      set_cell (list_item, text, FALSE);
    }
  else
    {
      g_snprintf (number, sizeof number, "%d", age);
      set_cell (list_item, number, FALSE);
    }
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  SchakelMinorSummary *minor = gtk_list_item_get_item (list_item);
  Column column = GPOINTER_TO_INT (user_data);
  char number[32];

  switch (column)
    {
    case COLUMN_ID:
      set_cell (list_item, schakel_minor_summary_get_jongere_id (minor), FALSE);
      break;

    case COLUMN_AGE:
      bind_age (list_item, minor);
      break;

    case COLUMN_AMV:
    case COLUMN_EDUCATION:
      set_cell (list_item, column_flag (minor, column) ? _("Yes") : _("No"), FALSE);
      break;

    case COLUMN_LOCATION_TYPE:
      set_cell (list_item, location_label (minor), schakel_minor_summary_get_location_type (minor) == NULL);
      break;

    case COLUMN_MUNICIPALITY:
    case COLUMN_REGION:
    case COLUMN_SCHOOL:
      set_cell (list_item, column_name (minor, column), FALSE);
      break;

    case COLUMN_MOVES:
      g_snprintf (number, sizeof number, "%u", schakel_minor_summary_get_n_moves (minor));
      set_cell (list_item, number, FALSE);
      break;

    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }
}

/* Sorting */

static int
compare_int (int a,
             int b)
{
  return (a > b) - (a < b);
}

/* Unknown ages go after the known ones. */
static int
age_key (SchakelMinorSummary *minor)
{
  int age = schakel_minor_summary_get_age (minor);

  return age < 0 ? G_MAXINT : age;
}

static int
compare_minors (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  SortColumn *sort_column = user_data;
  Column column = sort_column->column;
  SchakelMinorsRanks *ranks = sort_column->columns->ranks;
  SchakelMinorSummary *ma = (SchakelMinorSummary *) a;
  SchakelMinorSummary *mb = (SchakelMinorSummary *) b;
  int result = 0;

  switch (column)
    {
    case COLUMN_ID:
      result = strcmp (schakel_minor_summary_get_jongere_id (ma), schakel_minor_summary_get_jongere_id (mb));
      break;

    case COLUMN_AGE:
      result = compare_int (age_key (ma), age_key (mb));
      break;

    case COLUMN_AMV:
    case COLUMN_EDUCATION:
      result = compare_int (column_flag (ma, column), column_flag (mb, column));
      break;

    case COLUMN_LOCATION_TYPE:
      result = compare_int (schakel_minors_ranks_location (ranks, ma),
                            schakel_minors_ranks_location (ranks, mb));
      break;

    case COLUMN_MUNICIPALITY:
    case COLUMN_REGION:
    case COLUMN_SCHOOL:
      result = compare_int (schakel_minors_ranks_name (ranks, column_name (ma, column)),
                            schakel_minors_ranks_name (ranks, column_name (mb, column)));
      break;

    case COLUMN_MOVES:
      result = compare_int (schakel_minor_summary_get_n_moves (ma), schakel_minor_summary_get_n_moves (mb));
      break;

    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  return result < 0 ? GTK_ORDERING_SMALLER : result > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static void
columns_clear (gpointer data)
{
  SchakelMinorsColumns *self = data;

  g_clear_pointer (&self->ranks, schakel_minors_ranks_unref);
}

static void
sort_column_release (gpointer data)
{
  SortColumn *sort_column = data;

  g_rc_box_release_full (sort_column->columns, columns_clear);
}

/**
 * schakel_minors_columns_add:
 * @column_view: the list
 *
 * Appends the columns of the Jongeren list to @column_view and sorts it
 * by ID, the order in which the rows arrive.
 *
 * Returns: (transfer full): the columns' shared state, for
 *   schakel_minors_columns_set_ranks()
 */
SchakelMinorsColumns *
schakel_minors_columns_add (GtkColumnView *column_view)
{
  SchakelMinorsColumns *self = g_rc_box_new0 (SchakelMinorsColumns);
  g_autoptr(GtkColumnViewColumn) id_column = NULL;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      self->sort_columns[i].columns = g_rc_box_acquire (self);
      self->sort_columns[i].column = i;
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_minors, &self->sort_columns[i],
                                                  sort_column_release));

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (i));

      column = gtk_column_view_column_new (_(columns[i].title), g_object_ref (factory));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      if (columns[i].fixed_width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].fixed_width);
      gtk_column_view_append_column (column_view, column);
    }

  id_column = g_list_model_get_item (gtk_column_view_get_columns (column_view), COLUMN_ID);
  gtk_column_view_sort_by_column (column_view, id_column, GTK_SORT_ASCENDING);

  return self;
}

/**
 * schakel_minors_columns_unref:
 * @self: (transfer full): the columns' shared state
 */
void
schakel_minors_columns_unref (SchakelMinorsColumns *self)
{
  g_rc_box_release_full (self, columns_clear);
}

/**
 * schakel_minors_columns_set_ranks:
 * @self: the columns' shared state
 * @ranks: (nullable): the ranks of the rows shown
 *
 * The name columns sort by @ranks from now on. It does not re-sort.
 */
void
schakel_minors_columns_set_ranks (SchakelMinorsColumns *self,
                                  SchakelMinorsRanks   *ranks)
{
  if (ranks != NULL)
    schakel_minors_ranks_ref (ranks);
  g_clear_pointer (&self->ranks, schakel_minors_ranks_unref);
  self->ranks = ranks;
}
