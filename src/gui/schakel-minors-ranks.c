/* schakel-minors-ranks.c
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
 * Names sort by the user's collation, ignoring case. A collation key per
 * row and comparison is far too slow for 100,000 rows, but the rows of one
 * load share their strings, so there are only a few hundred distinct
 * names: they are ranked once per load, in the loading thread, and the
 * sorters compare the ranks. The ranks are keyed by the pooled strings and
 * never look inside them.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "schakel-minors-ranks.h"

struct _SchakelMinorsRanks
{
  GHashTable *names;              /* pooled name → rank, from 1 */
  GHashTable *locations;          /* pooled location type code → rank of its label */
  guint       not_placed;         /* rank of "Not placed" among the location labels */
};

/* Stands for "not placed" among the location type codes when ranking. */
static const char not_placed_key[] = "";

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

static guint
rank_of (GHashTable *ranks,
         const char *text)
{
  return text != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (ranks, text)) : 0;
}

static void
ranks_clear (gpointer data)
{
  SchakelMinorsRanks *self = data;

  g_hash_table_unref (self->names);
  g_hash_table_unref (self->locations);
}

/**
 * schakel_minors_location_label:
 * @type_code: (nullable): a location type code; %NULL for none
 *
 * Returns: (transfer none): the label the list shows for @type_code,
 *   "Not placed" for %NULL
 */
const char *
schakel_minors_location_label (const char *type_code)
{
  if (type_code == NULL)
    return _("Not placed");
  return schakel_code_label (SCHAKEL_CODE_LIST_LOCATION_TYPE, type_code);
}

/**
 * schakel_minors_ranks_new:
 * @minors: the rows of one load, of #SchakelMinorSummary
 *
 * Ranks the municipality, region, school and location type names of
 * @minors. Safe to call from a worker thread.
 *
 * Returns: (transfer full): the ranks
 */
SchakelMinorsRanks *
schakel_minors_ranks_new (GListModel *minors)
{
  SchakelMinorsRanks *self = g_atomic_rc_box_new0 (SchakelMinorsRanks);
  g_autoptr(GHashTable) names = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) locations = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint n = g_list_model_get_n_items (minors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SchakelMinorSummary) minor = g_list_model_get_item (minors, i);
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
        g_hash_table_insert (locations, (gpointer) type, (gpointer) schakel_minors_location_label (type));
    }
  g_hash_table_insert (locations, (gpointer) not_placed_key, (gpointer) schakel_minors_location_label (NULL));

  self->names = rank_labels (names);
  self->locations = rank_labels (locations);
  self->not_placed = rank_of (self->locations, not_placed_key);
  return self;
}

/**
 * schakel_minors_ranks_ref:
 * @self: ranks
 *
 * Returns: (transfer full): @self
 */
SchakelMinorsRanks *
schakel_minors_ranks_ref (SchakelMinorsRanks *self)
{
  return g_atomic_rc_box_acquire (self);
}

/**
 * schakel_minors_ranks_unref:
 * @self: (transfer full): ranks
 */
void
schakel_minors_ranks_unref (SchakelMinorsRanks *self)
{
  g_atomic_rc_box_release_full (self, ranks_clear);
}

/**
 * schakel_minors_ranks_name:
 * @self: (nullable): ranks
 * @name: (nullable): a municipality, region or school name of the rows
 *
 * Returns: the rank of @name, from 1; 0 for %NULL or a name the ranks do
 *   not know, so that rows without one sort first
 */
guint
schakel_minors_ranks_name (SchakelMinorsRanks *self,
                           const char         *name)
{
  return self != NULL ? rank_of (self->names, name) : 0;
}

/**
 * schakel_minors_ranks_location:
 * @self: (nullable): ranks
 * @minor: a row
 *
 * Returns: the rank of the label of @minor's location type, "Not placed"
 *   included
 */
guint
schakel_minors_ranks_location (SchakelMinorsRanks  *self,
                               SchakelMinorSummary *minor)
{
  const char *type = schakel_minor_summary_get_location_type (minor);

  if (self == NULL)
    return 0;
  return type != NULL ? rank_of (self->locations, type) : self->not_placed;
}
