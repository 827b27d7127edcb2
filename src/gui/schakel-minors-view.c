/* schakel-minors-view.c — the Jongeren list.
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
 * Every minor of the database, 100,000 rows for a national data set. The
 * rows load in a worker thread on a reading connection of its own. The
 * model chain is store → sort → filter → selection: sorting happens only
 * when a header is clicked, and a new search or filter re-runs only the
 * filter, never the sort.
 *
 * Neither model is incremental. On 100,000 rows with GTK 4.8 a full
 * filter or sort took 25–230 ms on a slow two-core build machine, while
 * the incremental models hand the work out in batches of 512 rows between
 * frames, so the count kept changing for seconds. What makes it fast: no
 * filter at all while nothing is filtered (refilter), names sorted by a
 * rank computed once per load instead of a collation key per row and
 * sort, search text folded once per distinct municipality or school, and
 * tooltips computed only when shown (setting one on every bind costs an
 * X round trip per cell).
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <adwaita.h>

#include "schakel-minors-view.h"
#include "schakel-minors-view-private.h"

#define DEFAULT_REGION_SCHEME "provincie"

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
} ColumnInfo;

static const ColumnInfo columns[N_COLUMNS] = {
  [COLUMN_ID] = { N_("ID"), 120, FALSE, FALSE },
  [COLUMN_AGE] = { N_("Age"), 76, FALSE, TRUE },
  [COLUMN_AMV] = { N_("amv"), 60, FALSE, FALSE },
  [COLUMN_LOCATION_TYPE] = { N_("Location type"), 230, FALSE, FALSE },
  [COLUMN_MUNICIPALITY] = { N_("Municipality"), 150, TRUE, FALSE },
  [COLUMN_REGION] = { N_("Region"), 120, FALSE, FALSE },
  [COLUMN_SCHOOL] = { N_("School"), 200, TRUE, FALSE },
  [COLUMN_EDUCATION] = { N_("Education"), 100, FALSE, FALSE },
  [COLUMN_MOVES] = { N_("Moves"), 112, FALSE, TRUE },
};

typedef struct
{
  SchakelMinorsView *self;
  Column             column;
} SortColumn;

struct _SchakelMinorsView
{
  GtkWidget           parent_instance;

  /* template children */
  GtkWidget          *box;
  GtkFlowBox         *filter_box;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *region_dropdown;
  GtkDropDown        *amv_dropdown;
  GtkDropDown        *location_dropdown;
  GtkDropDown        *education_dropdown;
  GtkStack           *content_stack;
  GtkSpinner         *spinner;
  GtkColumnView      *column_view;
  AdwStatusPage      *message_page;
  GtkLabel           *count_label;
  GtkLabel           *peildatum_label;

  SchakelDatabase    *db;
  GCancellable       *cancellable;
  SchakelDay          day;
  gboolean            loading;
  gboolean            loaded;

  GListStore         *minors;
  GtkSortListModel   *sort_model;
  GtkFilterListModel *filter_model;
  GtkSingleSelection *selection;
  GtkCustomFilter    *filter;

  /* filter state */
  char               *needle;          /* case-folded search text, NULL for none */
  GPtrArray          *region_codes;    /* drop-down position → code; [0] NULL: all */
  const char         *region_code;     /* NULL: all regions */
  const char         *location_code;   /* NULL: all; "": not placed */
  guint               amv_mode;
  guint               education_mode;
  gboolean            updating_dropdowns;
  GHashTable         *folded;          /* pooled string → case-folded copy */

  /* sorting: names rank by the user's collation, ignoring case, computed
   * once per load for the few distinct names instead of per row */
  SortColumn          sort_columns[N_COLUMNS];
  GHashTable         *name_ranks;      /* pooled name → rank, from 1 */
  GHashTable         *location_ranks;  /* pooled location type code → rank of its label */
  guint               not_placed_rank;
};

G_DEFINE_FINAL_TYPE (SchakelMinorsView, schakel_minors_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_LOADING,
  N_PROPS
};

enum {
  MINOR_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Location-type drop-down: 0 all, then the code list, then "not placed". */
static const SchakelCode *
location_types (guint *n_types)
{
  return schakel_code_list_get (SCHAKEL_CODE_LIST_LOCATION_TYPE, n_types);
}

/* Loading */

typedef struct
{
  SchakelDatabase *db;
  SchakelDay       day;
  GListStore      *minors;
  GPtrArray       *region_codes;
  GPtrArray       *region_names;
  GHashTable      *name_ranks;
  GHashTable      *location_ranks;
} LoadData;

/* Stands for "not placed" among the location type codes when ranking. */
static const char not_placed_key[] = "";

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->db);
  g_clear_object (&load->minors);
  g_clear_pointer (&load->region_codes, g_ptr_array_unref);
  g_clear_pointer (&load->region_names, g_ptr_array_unref);
  g_clear_pointer (&load->name_ranks, g_hash_table_unref);
  g_clear_pointer (&load->location_ranks, g_hash_table_unref);
  g_free (load);
}

/* The peildatum: today, or the data's last day when the data ends earlier
 * (a file exported last month describes last month). */
static SchakelDay
find_day (sqlite3 *handle)
{
  SchakelDay today = schakel_day_today ();
  SchakelDay last = SCHAKEL_DAY_NONE;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (handle,
                          "SELECT max (d) FROM ("
                          " SELECT max (start_date) AS d FROM placement"
                          " UNION ALL SELECT max (end_date) FROM placement"
                          " UNION ALL SELECT max (start_date) FROM enrolment"
                          " UNION ALL SELECT max (end_date) FROM enrolment)",
                          -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW &&
      sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    schakel_day_parse_iso ((const char *) sqlite3_column_text (stmt, 0), &last);
  sqlite3_finalize (stmt);

  if (last != SCHAKEL_DAY_NONE && last < today)
    return last;
  return today;
}

static void
load_regions (sqlite3    *handle,
              const char *scheme,
              LoadData   *load)
{
  sqlite3_stmt *stmt = NULL;

  load->region_codes = g_ptr_array_new_with_free_func (g_free);
  load->region_names = g_ptr_array_new_with_free_func (g_free);

  if (sqlite3_prepare_v2 (handle,
                          "SELECT code, name FROM region WHERE scheme_code = ?1 ORDER BY name, code",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      sqlite3_finalize (stmt);
      return;
    }
  sqlite3_bind_text (stmt, 1, scheme, -1, SQLITE_STATIC);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (load->region_codes, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_ptr_array_add (load->region_names, g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
    }
  sqlite3_finalize (stmt);
}

typedef struct
{
  const char *text;
  char       *key;
} RankEntry;

static int
compare_rank_entries (gconstpointer a,
                      gconstpointer b)
{
  const RankEntry *ea = a;
  const RankEntry *eb = b;
  int result = strcmp (ea->key, eb->key);

  return result != 0 ? result : strcmp (ea->text, eb->text);
}

/* @labels maps a pooled string to the label it sorts by; the result maps
 * it to its rank from 1 in the user's collation, ignoring case. */
static GHashTable *
rank_labels (GHashTable *labels)
{
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (RankEntry), g_hash_table_size (labels));
  GHashTable *ranks = g_hash_table_new (g_direct_hash, g_direct_equal);
  GHashTableIter iter;
  gpointer text, label;

  g_hash_table_iter_init (&iter, labels);
  while (g_hash_table_iter_next (&iter, &text, &label))
    {
      g_autofree char *folded = g_utf8_casefold (label, -1);
      RankEntry entry = { text, g_utf8_collate_key (folded, -1) };

      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_rank_entries);

  for (guint i = 0; i < entries->len; i++)
    {
      RankEntry *entry = &g_array_index (entries, RankEntry, i);

      g_hash_table_insert (ranks, (gpointer) entry->text, GUINT_TO_POINTER (i + 1));
      g_free (entry->key);
    }
  return ranks;
}

static void
rank_names (LoadData *load)
{
  g_autoptr(GHashTable) names = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) locations = g_hash_table_new (g_direct_hash, g_direct_equal);
  GListModel *model = G_LIST_MODEL (load->minors);
  guint n = g_list_model_get_n_items (model);

  /* The rows share their strings, so this is a few hundred names. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SchakelMinorSummary) minor = g_list_model_get_item (model, i);
      const char *texts[] = {
        schakel_minor_summary_get_municipality_name (minor),
        schakel_minor_summary_get_region_name (minor),
        schakel_minor_summary_get_school_name (minor),
      };
      const char *type = schakel_minor_summary_get_location_type (minor);

      for (guint j = 0; j < G_N_ELEMENTS (texts); j++)
        if (texts[j] != NULL)
          g_hash_table_insert (names, (gpointer) texts[j], (gpointer) texts[j]);
      if (type != NULL)
        g_hash_table_insert (locations, (gpointer) type,
                             (gpointer) schakel_code_label (SCHAKEL_CODE_LIST_LOCATION_TYPE, type));
    }
  g_hash_table_insert (locations, (gpointer) not_placed_key, (gpointer) _("Not placed"));

  load->name_ranks = rank_labels (names);
  load->location_ranks = rank_labels (locations);
}

static void
load_worker (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autofree char *scheme = NULL;
  GError *error = NULL;
  sqlite3 *handle;

  if (!(reader = schakel_database_open_reader (load->db, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  handle = schakel_database_get_handle (reader);
  scheme = schakel_database_get_setting (reader, "default_region_scheme");
  if (scheme == NULL)
    scheme = g_strdup (DEFAULT_REGION_SCHEME);

  load->day = find_day (handle);
  load_regions (handle, scheme, load);
  load->minors = schakel_minor_summary_load (reader, load->day, scheme, cancellable, &error);

  if (load->minors == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  rank_names (load);
  g_task_return_boolean (task, TRUE);
}

/* Filtering */

static const char *
fold (SchakelMinorsView *self,
      const char        *text)
{
  char *folded;

  if (text == NULL)
    return NULL;

  /* The rows share their strings, so this caches one copy per distinct
   * municipality or school rather than one per row. */
  folded = g_hash_table_lookup (self->folded, text);
  if (folded == NULL)
    {
      g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

      folded = g_utf8_casefold (normalized != NULL ? normalized : text, -1);
      g_hash_table_insert (self->folded, (gpointer) text, folded);
    }
  return folded;
}

/* IDs are unique, so they are not cached; they are ASCII in practice. */
static gboolean
id_contains (const char *id,
             const char *needle)
{
  gsize needle_len = strlen (needle);

  for (const char *h = id; *h != '\0'; h++)
    {
      gsize i;

      for (i = 0; i < needle_len && h[i] != '\0'; i++)
        if (g_ascii_tolower (h[i]) != needle[i])
          break;
      if (i == needle_len)
        return TRUE;
    }
  return FALSE;
}

static gboolean
contains (const char *haystack,
          const char *needle)
{
  return haystack != NULL && strstr (haystack, needle) != NULL;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  SchakelMinorsView *self = user_data;
  SchakelMinorSummary *minor = item;

  switch (self->amv_mode)
    {
    case SCHAKEL_AMV_ONLY:
      if (!schakel_minor_summary_get_amv (minor))
        return FALSE;
      break;
    case SCHAKEL_AMV_ACCOMPANIED:
      if (schakel_minor_summary_get_amv (minor))
        return FALSE;
      break;
    default:
      break;
    }

  switch (self->education_mode)
    {
    case SCHAKEL_EDUCATION_IN:
      if (!schakel_minor_summary_get_in_education (minor))
        return FALSE;
      break;
    case SCHAKEL_EDUCATION_NOT:
      if (schakel_minor_summary_get_in_education (minor))
        return FALSE;
      break;
    default:
      break;
    }

  if (self->location_code != NULL)
    {
      const char *type = schakel_minor_summary_get_location_type (minor);

      if (self->location_code[0] == '\0' ? type != NULL : g_strcmp0 (type, self->location_code) != 0)
        return FALSE;
    }

  if (self->region_code != NULL &&
      g_strcmp0 (schakel_minor_summary_get_region_code (minor), self->region_code) != 0)
    return FALSE;

  if (self->needle != NULL)
    return id_contains (schakel_minor_summary_get_jongere_id (minor), self->needle) ||
           contains (fold (self, schakel_minor_summary_get_municipality_name (minor)), self->needle) ||
           contains (fold (self, schakel_minor_summary_get_school_name (minor)), self->needle) ||
           contains (fold (self, schakel_minor_summary_get_school_brin (minor)), self->needle);

  return TRUE;
}

static gboolean
filter_active (SchakelMinorsView *self)
{
  return self->needle != NULL || self->region_code != NULL || self->location_code != NULL ||
         self->amv_mode != SCHAKEL_AMV_ALL || self->education_mode != SCHAKEL_EDUCATION_ALL;
}

/* A new order or selection starts at its first row. GTK 4.8 has no
 * gtk_column_view_scroll_to(); the column view's inner list view has the
 * list.scroll-to-item action, which scrolls by item rather than by pixel
 * and so also works before the changed list is laid out again. */
static void
scroll_to_top (SchakelMinorsView *self)
{
  if (self->column_view == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->filter_model)) == 0)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      {
        gtk_widget_activate_action (child, "list.scroll-to-item", "u", 0);
        break;
      }
}

/* With nothing to filter on the model has no filter at all, so every row
 * passes without being looked at. */
static void
refilter (SchakelMinorsView *self,
          GtkFilterChange    change)
{
  if (!filter_active (self))
    gtk_filter_list_model_set_filter (self->filter_model, NULL);
  else if (gtk_filter_list_model_get_filter (self->filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), change);

  scroll_to_top (self);
}

/* Display */

static void
update_state (SchakelMinorsView *self)
{
  guint n_total = self->minors != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->minors)) : 0;
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
  gboolean filtering = gtk_filter_list_model_get_pending (self->filter_model) > 0 ||
                       gtk_sort_list_model_get_pending (self->sort_model) > 0;
  g_autofree char *shown = schakel_format_count (n_shown);
  g_autofree char *total = schakel_format_count (n_total);
  g_autofree char *count = NULL;
  const char *page = "list";

  if (self->loading)
    {
      gtk_label_set_label (self->count_label, "");
      page = "loading";
    }
  else if (!self->loaded)
    {
      gtk_label_set_label (self->count_label, "");
      page = "message";
    }
  else
    {
      /* Translators: "1,234 of 6,000 minors"; the plural follows the second number. */
      count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s minor", "%s of %s minors", n_total),
                               shown, total);
      gtk_label_set_label (self->count_label, count);

      if (n_total == 0)
        {
          adw_status_page_set_icon_name (self->message_page, "schakel-minors-symbolic");
          adw_status_page_set_title (self->message_page, _("No Minors"));
          adw_status_page_set_description (self->message_page,
                                           _("This database holds no minors yet."));
          page = "message";
        }
      else if (n_shown == 0 && !filtering)
        {
          adw_status_page_set_icon_name (self->message_page, "system-search-symbolic");
          adw_status_page_set_title (self->message_page, _("No Matching Minors"));
          adw_status_page_set_description (self->message_page,
                                           _("No minor matches the search and filters. Try another search or fewer filters."));
          page = "message";
        }
    }

  if (!g_str_equal (gtk_stack_get_visible_child_name (self->content_stack), page))
    gtk_stack_set_visible_child_name (self->content_stack, page);
}

static void
set_loading (SchakelMinorsView *self,
             gboolean           loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
show_error (SchakelMinorsView *self,
            const GError      *error)
{
  self->loaded = FALSE;
  adw_status_page_set_icon_name (self->message_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->message_page, _("Cannot Show the Minors"));
  adw_status_page_set_description (self->message_page, error->message);
  set_loading (self, FALSE);
  update_state (self);
}

static const char *
location_label (SchakelMinorSummary *minor)
{
  const char *type = schakel_minor_summary_get_location_type (minor);

  return type != NULL ? schakel_code_label (SCHAKEL_CODE_LIST_LOCATION_TYPE, type) : _("Not placed");
}

/* Tooltips are computed when asked for: setting one on every bind makes
 * GTK query the pointer position, an X round trip per cell. */
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
  if (column == COLUMN_AGE || column == COLUMN_LOCATION_TYPE ||
      column == COLUMN_MUNICIPALITY || column == COLUMN_SCHOOL)
    {
      gtk_widget_set_has_tooltip (cell, TRUE);
      /* The list item owns the cell, so it outlives the handler. */
      g_signal_connect (cell, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb), list_item);
    }

  gtk_list_item_set_child (list_item, cell);
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
      {
        int age = schakel_minor_summary_get_age (minor);

        if (age < 0)
          set_cell (list_item, "?", TRUE);
        else if (schakel_minor_summary_get_age_estimated (minor))
          {
            g_autofree char *text = NULL;

            /* Translators: an age from an estimated birth date, e.g. "≈15" */
            text = g_strdup_printf (_("≈%d"), age);
            set_cell (list_item, text, FALSE);
          }
        else
          {
            g_snprintf (number, sizeof number, "%d", age);
            set_cell (list_item, number, FALSE);
          }
      }
      break;

    case COLUMN_AMV:
      set_cell (list_item, schakel_minor_summary_get_amv (minor) ? _("Yes") : _("No"), FALSE);
      break;

    case COLUMN_LOCATION_TYPE:
      set_cell (list_item, location_label (minor), schakel_minor_summary_get_location_type (minor) == NULL);
      break;

    case COLUMN_MUNICIPALITY:
      set_cell (list_item, schakel_minor_summary_get_municipality_name (minor), FALSE);
      break;

    case COLUMN_REGION:
      set_cell (list_item, schakel_minor_summary_get_region_name (minor), FALSE);
      break;

    case COLUMN_SCHOOL:
      set_cell (list_item, schakel_minor_summary_get_school_name (minor), FALSE);
      break;

    case COLUMN_EDUCATION:
      set_cell (list_item, schakel_minor_summary_get_in_education (minor) ? _("Yes") : _("No"), FALSE);
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

static guint
rank_of (GHashTable *ranks,
         const char *text)
{
  return text != NULL && ranks != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (ranks, text)) : 0;
}

static guint
location_rank (SchakelMinorsView   *self,
               SchakelMinorSummary *minor)
{
  const char *type = schakel_minor_summary_get_location_type (minor);

  return type != NULL ? rank_of (self->location_ranks, type) : self->not_placed_rank;
}

static int
compare_minors (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  SortColumn *sort_column = user_data;
  SchakelMinorsView *self = sort_column->self;
  SchakelMinorSummary *ma = (SchakelMinorSummary *) a;
  SchakelMinorSummary *mb = (SchakelMinorSummary *) b;
  int result = 0;

  switch (sort_column->column)
    {
    case COLUMN_ID:
      result = strcmp (schakel_minor_summary_get_jongere_id (ma), schakel_minor_summary_get_jongere_id (mb));
      break;

    case COLUMN_AGE:
      {
        /* Unknown ages go after the known ones. */
        int age_a = schakel_minor_summary_get_age (ma);
        int age_b = schakel_minor_summary_get_age (mb);

        result = compare_int (age_a < 0 ? G_MAXINT : age_a, age_b < 0 ? G_MAXINT : age_b);
      }
      break;

    case COLUMN_AMV:
      result = compare_int (schakel_minor_summary_get_amv (ma), schakel_minor_summary_get_amv (mb));
      break;

    case COLUMN_LOCATION_TYPE:
      result = compare_int (location_rank (self, ma), location_rank (self, mb));
      break;

    case COLUMN_MUNICIPALITY:
      result = compare_int (rank_of (self->name_ranks, schakel_minor_summary_get_municipality_name (ma)),
                            rank_of (self->name_ranks, schakel_minor_summary_get_municipality_name (mb)));
      break;

    case COLUMN_REGION:
      result = compare_int (rank_of (self->name_ranks, schakel_minor_summary_get_region_name (ma)),
                            rank_of (self->name_ranks, schakel_minor_summary_get_region_name (mb)));
      break;

    case COLUMN_SCHOOL:
      result = compare_int (rank_of (self->name_ranks, schakel_minor_summary_get_school_name (ma)),
                            rank_of (self->name_ranks, schakel_minor_summary_get_school_name (mb)));
      break;

    case COLUMN_EDUCATION:
      result = compare_int (schakel_minor_summary_get_in_education (ma),
                            schakel_minor_summary_get_in_education (mb));
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
add_columns (SchakelMinorsView *self)
{
  g_autoptr(GtkColumnViewColumn) id_column = NULL;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) column = NULL;
      g_autoptr(GtkSorter) sorter = NULL;

      self->sort_columns[i].self = self;
      self->sort_columns[i].column = i;
      sorter = GTK_SORTER (gtk_custom_sorter_new (compare_minors, &self->sort_columns[i], NULL));

      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (i));

      column = gtk_column_view_column_new (_(columns[i].title), g_object_ref (factory));
      gtk_column_view_column_set_sorter (column, sorter);
      gtk_column_view_column_set_resizable (column, TRUE);
      gtk_column_view_column_set_expand (column, columns[i].expand);
      if (columns[i].fixed_width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].fixed_width);
      gtk_column_view_append_column (self->column_view, column);
    }

  /* The rows arrive ordered by ID; show that in the header. */
  id_column = g_list_model_get_item (gtk_column_view_get_columns (self->column_view), COLUMN_ID);
  gtk_column_view_sort_by_column (self->column_view, id_column, GTK_SORT_ASCENDING);
}

/* Filter drop-downs */

static void
fill_region_dropdown (SchakelMinorsView *self,
                      GPtrArray         *codes,
                      GPtrArray         *names)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);

  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  self->region_codes = g_ptr_array_new_with_free_func (g_free);
  self->region_code = NULL;

  gtk_string_list_append (model, _("All regions"));
  g_ptr_array_add (self->region_codes, NULL);
  for (guint i = 0; codes != NULL && i < codes->len; i++)
    {
      gtk_string_list_append (model, g_ptr_array_index (names, i));
      g_ptr_array_add (self->region_codes, g_strdup (g_ptr_array_index (codes, i)));
    }

  self->updating_dropdowns = TRUE;
  gtk_drop_down_set_model (self->region_dropdown, G_LIST_MODEL (model));
  gtk_drop_down_set_selected (self->region_dropdown, 0);
  self->updating_dropdowns = FALSE;
}

static void
fill_location_dropdown (SchakelMinorsView *self)
{
  g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
  const SchakelCode *types;
  guint n_types;

  types = location_types (&n_types);
  gtk_string_list_append (model, _("All location types"));
  for (guint i = 0; i < n_types; i++)
    gtk_string_list_append (model, schakel_code_label (SCHAKEL_CODE_LIST_LOCATION_TYPE, types[i].code));
  gtk_string_list_append (model, _("Not placed"));

  gtk_drop_down_set_model (self->location_dropdown, G_LIST_MODEL (model));
}

static void
read_dropdowns (SchakelMinorsView *self)
{
  guint region = gtk_drop_down_get_selected (self->region_dropdown);
  guint location = gtk_drop_down_get_selected (self->location_dropdown);
  const SchakelCode *types;
  guint n_types;

  self->region_code = NULL;
  if (self->region_codes != NULL && region != GTK_INVALID_LIST_POSITION && region < self->region_codes->len)
    self->region_code = g_ptr_array_index (self->region_codes, region);

  types = location_types (&n_types);
  if (location == GTK_INVALID_LIST_POSITION || location == 0)
    self->location_code = NULL;
  else if (location <= n_types)
    self->location_code = types[location - 1].code;
  else
    self->location_code = "";

  self->amv_mode = gtk_drop_down_get_selected (self->amv_dropdown);
  self->education_mode = gtk_drop_down_get_selected (self->education_dropdown);
}

/* Callbacks */

static void
filter_dropdown_notify_selected_cb (SchakelMinorsView *self,
                                    GParamSpec        *pspec,
                                    GtkDropDown       *dropdown)
{
  if (self->updating_dropdowns)
    return;

  read_dropdowns (self);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_entry_search_changed_cb (SchakelMinorsView *self,
                                GtkSearchEntry    *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *normalized = NULL;
  g_autofree char *needle = NULL;
  GtkFilterChange change = GTK_FILTER_CHANGE_DIFFERENT;

  if (stripped[0] != '\0')
    {
      normalized = g_utf8_normalize (stripped, -1, G_NORMALIZE_ALL);
      needle = g_utf8_casefold (normalized != NULL ? normalized : stripped, -1);
    }

  if (g_strcmp0 (needle, self->needle) == 0)
    return;

  /* A longer search can only drop rows, a shorter one only add them. */
  if (self->needle == NULL || (needle != NULL && strstr (needle, self->needle) != NULL))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (needle == NULL || strstr (self->needle, needle) != NULL)
    change = GTK_FILTER_CHANGE_LESS_STRICT;

  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  refilter (self, change);
}

static void
search_entry_stop_search_cb (SchakelMinorsView *self,
                             GtkSearchEntry    *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
column_view_activate_cb (SchakelMinorsView *self,
                         guint              position,
                         GtkColumnView     *column_view)
{
  g_autoptr(SchakelMinorSummary) minor = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (minor != NULL)
    g_signal_emit (self, signals[MINOR_ACTIVATED], 0, minor);
}

static void
model_changed_cb (SchakelMinorsView *self)
{
  update_state (self);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SchakelMinorsView *self = SCHAKEL_MINORS_VIEW (object);
  LoadData *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *peildatum = NULL;

  /* A newer load or dispose cancelled this one; leave the view alone. */
  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_warning ("Cannot load the minors: %s", error->message);
      show_error (self, error);
      return;
    }

  self->day = load->day;
  g_hash_table_remove_all (self->folded);
  g_clear_pointer (&self->name_ranks, g_hash_table_unref);
  g_clear_pointer (&self->location_ranks, g_hash_table_unref);
  self->name_ranks = g_steal_pointer (&load->name_ranks);
  self->location_ranks = g_steal_pointer (&load->location_ranks);
  self->not_placed_rank = rank_of (self->location_ranks, not_placed_key);
  g_set_object (&self->minors, load->minors);
  fill_region_dropdown (self, load->region_codes, load->region_names);
  read_dropdowns (self);
  refilter (self, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sort_list_model_set_model (self->sort_model, G_LIST_MODEL (self->minors));

  date_text = schakel_format_day (self->day);
  /* Translators: the day (peildatum) the list describes, e.g. "State on 28 November 2026" */
  peildatum = g_strdup_printf (_("State on %s"), date_text);
  gtk_label_set_label (self->peildatum_label, peildatum);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->peildatum_label),
                               self->day == schakel_day_today ()
                               ? _("Location, school and age as of today")
                               : _("The data ends before today, so the list shows its last day"));

  self->loaded = TRUE;
  set_loading (self, FALSE);
  update_state (self);
}

static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  schakel_minors_view_focus_search (SCHAKEL_MINORS_VIEW (widget));
}

/* GObject */

static void
schakel_minors_view_dispose (GObject *object)
{
  SchakelMinorsView *self = SCHAKEL_MINORS_VIEW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_MINORS_VIEW);

  g_clear_object (&self->selection);
  g_clear_object (&self->filter_model);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->filter);
  g_clear_object (&self->minors);
  g_clear_object (&self->db);
  g_clear_pointer (&self->region_codes, g_ptr_array_unref);
  g_clear_pointer (&self->folded, g_hash_table_unref);
  g_clear_pointer (&self->name_ranks, g_hash_table_unref);
  g_clear_pointer (&self->location_ranks, g_hash_table_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (schakel_minors_view_parent_class)->dispose (object);
}

static void
schakel_minors_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SchakelMinorsView *self = SCHAKEL_MINORS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, schakel_minors_view_get_database (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, schakel_minors_view_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_minors_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  SchakelMinorsView *self = SCHAKEL_MINORS_VIEW (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      schakel_minors_view_set_database (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_minors_view_class_init (SchakelMinorsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_minors_view_dispose;
  object_class->get_property = schakel_minors_view_get_property;
  object_class->set_property = schakel_minors_view_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, SCHAKEL_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SchakelMinorsView::minor-activated:
   * @self: the view
   * @minor: the activated row
   *
   * A row was activated (double click or Enter).
   */
  signals[MINOR_ACTIVATED] =
    g_signal_new ("minor-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SCHAKEL_TYPE_MINOR_SUMMARY);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-minors-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, box);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, filter_box);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, amv_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, location_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, education_dropdown);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, column_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, message_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelMinorsView, peildatum_label);
  gtk_widget_class_bind_template_callback (widget_class, filter_dropdown_notify_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "minors.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "minors.focus-search", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "minorsview");
}

static void
schakel_minors_view_init (SchakelMinorsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->folded = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);

  add_columns (self);

  self->sort_model = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (self->column_view)));
  self->filter_model = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sort_model)), NULL);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->filter_model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->filter_model, "items-changed", G_CALLBACK (model_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (scroll_to_top), self, G_CONNECT_SWAPPED);

  fill_region_dropdown (self, NULL, NULL);
  fill_location_dropdown (self);
  read_dropdowns (self);

  /* The flow box only wraps the filters on narrow windows; its children
   * should not take a Tab stop of their own besides the controls. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->filter_box));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));

  adw_status_page_set_icon_name (self->message_page, "schakel-minors-symbolic");
  adw_status_page_set_title (self->message_page, _("No Database Open"));
  update_state (self);
}

/* Public API */

/**
 * schakel_minors_view_new:
 *
 * Returns: (transfer floating): a new, empty view
 */
GtkWidget *
schakel_minors_view_new (void)
{
  return g_object_new (SCHAKEL_TYPE_MINORS_VIEW, NULL);
}

/**
 * schakel_minors_view_get_database:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the database shown
 */
SchakelDatabase *
schakel_minors_view_get_database (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), NULL);

  return self->db;
}

/**
 * schakel_minors_view_set_database:
 * @self: a view
 * @db: (nullable): the database to show
 *
 * Shows the minors of @db, loading them in a worker thread on a reading
 * connection of its own.
 */
void
schakel_minors_view_set_database (SchakelMinorsView *self,
                                  SchakelDatabase   *db)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (SCHAKEL_IS_MINORS_VIEW (self));
  g_return_if_fail (db == NULL || SCHAKEL_IS_DATABASE (db));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  g_set_object (&self->db, db);
  self->loaded = FALSE;
  g_clear_object (&self->minors);
  gtk_sort_list_model_set_model (self->sort_model, NULL);
  g_hash_table_remove_all (self->folded);
  gtk_label_set_label (self->peildatum_label, "");

  if (db == NULL)
    {
      adw_status_page_set_icon_name (self->message_page, "schakel-minors-symbolic");
      adw_status_page_set_title (self->message_page, _("No Database Open"));
      adw_status_page_set_description (self->message_page, NULL);
      set_loading (self, FALSE);
      update_state (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
      return;
    }

  self->cancellable = g_cancellable_new ();
  load = g_new0 (LoadData, 1);
  load->db = g_object_ref (db);

  task = g_task_new (self, self->cancellable, load_done_cb, NULL);
  g_task_set_source_tag (task, schakel_minors_view_set_database);
  g_task_set_task_data (task, load, load_data_free);
  set_loading (self, TRUE);
  g_task_run_in_thread (task, load_worker);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATABASE]);
}

/**
 * schakel_minors_view_get_loading:
 * @self: a view
 *
 * Returns: %TRUE while the minors are loading
 */
gboolean
schakel_minors_view_get_loading (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), FALSE);

  return self->loading;
}

/**
 * schakel_minors_view_get_day:
 * @self: a view
 *
 * Returns: the peildatum of the list, or %SCHAKEL_DAY_NONE before it loaded
 */
SchakelDay
schakel_minors_view_get_day (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), SCHAKEL_DAY_NONE);

  return self->loaded ? self->day : SCHAKEL_DAY_NONE;
}

/**
 * schakel_minors_view_get_n_minors:
 * @self: a view
 *
 * Returns: the number of minors loaded
 */
guint
schakel_minors_view_get_n_minors (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), 0);

  return self->minors != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->minors)) : 0;
}

/**
 * schakel_minors_view_get_n_shown:
 * @self: a view
 *
 * Returns: the number of minors that pass the search and filters
 */
guint
schakel_minors_view_get_n_shown (SchakelMinorsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINORS_VIEW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

/**
 * schakel_minors_view_focus_search:
 * @self: a view
 *
 * Moves the keyboard focus to the search entry.
 */
void
schakel_minors_view_focus_search (SchakelMinorsView *self)
{
  g_return_if_fail (SCHAKEL_IS_MINORS_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

GtkSearchEntry *
_schakel_minors_view_get_search_entry (SchakelMinorsView *self)
{
  return self->search_entry;
}

GtkDropDown *
_schakel_minors_view_get_region_dropdown (SchakelMinorsView *self)
{
  return self->region_dropdown;
}

GtkDropDown *
_schakel_minors_view_get_amv_dropdown (SchakelMinorsView *self)
{
  return self->amv_dropdown;
}

GtkDropDown *
_schakel_minors_view_get_location_dropdown (SchakelMinorsView *self)
{
  return self->location_dropdown;
}

GtkDropDown *
_schakel_minors_view_get_education_dropdown (SchakelMinorsView *self)
{
  return self->education_dropdown;
}

GtkColumnView *
_schakel_minors_view_get_column_view (SchakelMinorsView *self)
{
  return self->column_view;
}

const char *
_schakel_minors_view_get_region_code (SchakelMinorsView *self,
                                      guint              position)
{
  if (self->region_codes == NULL || position >= self->region_codes->len)
    return NULL;
  return g_ptr_array_index (self->region_codes, position);
}

/* Loading, sorting or filtering still under way. */
gboolean
_schakel_minors_view_is_busy (SchakelMinorsView *self)
{
  return self->loading ||
         gtk_sort_list_model_get_pending (self->sort_model) > 0 ||
         gtk_filter_list_model_get_pending (self->filter_model) > 0;
}
