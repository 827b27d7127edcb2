/* schakel-minors-filter.c
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
 * The filter state of the Jongeren list and its predicate, with no GTK in
 * it. The predicate runs for every row on every change, 100,000 times for
 * a national data set, so the search text is folded once, and the texts
 * searched in are folded once per distinct municipality or school: the
 * rows of one load share their strings.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "schakel-minors-filter.h"

struct _SchakelMinorsFilter
{
  char                   *needle;          /* folded search text, NULL for none */
  char                   *region_code;     /* NULL: all regions */
  char                   *location_type;   /* for SCHAKEL_LOCATION_TYPE */
  SchakelLocationFilter   location;
  SchakelAmvFilter        amv;
  SchakelEducationFilter  education;
  GArray                 *ids;             /* sorted gint64: only these minors; NULL for all */
  GHashTable             *folded;          /* pooled string → folded copy */
};

/* Search ignores case and compares canonically equivalent texts equal. */
static char *
fold_text (const char *text)
{
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normalized != NULL ? normalized : text, -1);
}

static const char *
fold_pooled (SchakelMinorsFilter *self,
             const char          *text)
{
  char *folded;

  if (text == NULL)
    return NULL;

  folded = g_hash_table_lookup (self->folded, text);
  if (folded == NULL)
    {
      folded = fold_text (text);
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
matches_search (SchakelMinorsFilter *self,
                SchakelMinorSummary *minor)
{
  return id_contains (schakel_minor_summary_get_jongere_id (minor), self->needle) ||
         contains (fold_pooled (self, schakel_minor_summary_get_municipality_name (minor)), self->needle) ||
         contains (fold_pooled (self, schakel_minor_summary_get_school_name (minor)), self->needle) ||
         contains (fold_pooled (self, schakel_minor_summary_get_school_brin (minor)), self->needle);
}

static gboolean
matches_location (SchakelMinorsFilter *self,
                  SchakelMinorSummary *minor)
{
  const char *type = schakel_minor_summary_get_location_type (minor);

  switch (self->location)
    {
    case SCHAKEL_LOCATION_PLACED:
      return type != NULL;
    case SCHAKEL_LOCATION_NOT_PLACED:
      return type == NULL;
    case SCHAKEL_LOCATION_TYPE:
      return g_strcmp0 (type, self->location_type) == 0;
    case SCHAKEL_LOCATION_ALL:
    default:
      return TRUE;
    }
}

G_STATIC_ASSERT (SCHAKEL_AMV_ALL == 0 && SCHAKEL_EDUCATION_ALL == 0);

/* For the amv and education drop-downs: 0 ("all") lets every row pass,
 * @only those where @value holds, and the third choice the others. */
static gboolean
matches_choice (guint    choice,
                guint    only,
                gboolean value)
{
  return choice == 0 || (choice == only) == (value != FALSE);
}

/**
 * schakel_minors_filter_new:
 *
 * Returns: (transfer full): a filter that lets every row pass
 */
SchakelMinorsFilter *
schakel_minors_filter_new (void)
{
  SchakelMinorsFilter *self = g_new0 (SchakelMinorsFilter, 1);

  self->folded = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  return self;
}

/**
 * schakel_minors_filter_free:
 * @self: (transfer full) (nullable): a filter
 */
void
schakel_minors_filter_free (SchakelMinorsFilter *self)
{
  if (self == NULL)
    return;

  g_free (self->needle);
  g_free (self->region_code);
  g_free (self->location_type);
  g_clear_pointer (&self->ids, g_array_unref);
  g_hash_table_unref (self->folded);
  g_free (self);
}

/**
 * schakel_minors_filter_forget_rows:
 * @self: a filter
 *
 * Drops what the filter remembers about the rows it has seen. Call it
 * whenever the rows are replaced: the memory is keyed by their strings.
 */
void
schakel_minors_filter_forget_rows (SchakelMinorsFilter *self)
{
  g_hash_table_remove_all (self->folded);
}

/**
 * schakel_minors_filter_set_search:
 * @self: a filter
 * @text: (nullable): the search text
 * @change: (out): how the rows that pass change
 *
 * Searches for @text in the ID, municipality, school name and BRIN
 * number, ignoring case and surrounding white space.
 *
 * Returns: %FALSE when the search is the same as before
 */
gboolean
schakel_minors_filter_set_search (SchakelMinorsFilter *self,
                                  const char          *text,
                                  SchakelSearchChange *change)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *needle = stripped[0] != '\0' ? fold_text (stripped) : NULL;

  if (g_strcmp0 (needle, self->needle) == 0)
    return FALSE;

  if (self->needle == NULL || (needle != NULL && strstr (needle, self->needle) != NULL))
    *change = SCHAKEL_SEARCH_MORE_STRICT;
  else if (needle == NULL || strstr (self->needle, needle) != NULL)
    *change = SCHAKEL_SEARCH_LESS_STRICT;
  else
    *change = SCHAKEL_SEARCH_DIFFERENT;

  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  return TRUE;
}

/**
 * schakel_minors_filter_set_region:
 * @self: a filter
 * @region_code: (nullable): the region of the current location; %NULL
 *   for all
 */
void
schakel_minors_filter_set_region (SchakelMinorsFilter *self,
                                  const char          *region_code)
{
  g_free (self->region_code);
  self->region_code = g_strdup (region_code);
}

/**
 * schakel_minors_filter_set_location:
 * @self: a filter
 * @location: which current locations pass
 * @type_code: (nullable): the location type for %SCHAKEL_LOCATION_TYPE
 */
void
schakel_minors_filter_set_location (SchakelMinorsFilter   *self,
                                    SchakelLocationFilter  location,
                                    const char            *type_code)
{
  self->location = location;
  g_free (self->location_type);
  self->location_type = location == SCHAKEL_LOCATION_TYPE ? g_strdup (type_code) : NULL;
}

/**
 * schakel_minors_filter_set_amv:
 * @self: a filter
 * @amv: unaccompanied, accompanied or both
 */
void
schakel_minors_filter_set_amv (SchakelMinorsFilter *self,
                               SchakelAmvFilter     amv)
{
  self->amv = amv;
}

/**
 * schakel_minors_filter_set_education:
 * @self: a filter
 * @education: in education, not, or both
 */
void
schakel_minors_filter_set_education (SchakelMinorsFilter    *self,
                                     SchakelEducationFilter  education)
{
  self->education = education;
}

/**
 * schakel_minors_filter_set_ids:
 * @self: a filter
 * @ids: (nullable) (element-type gint64): the minors' database ids, in
 *   ascending order, as schakel_metrics_minors_behind() gives them; %NULL
 *   for all
 *
 * Lets only these minors pass, e.g. the minors behind a dashboard figure.
 */
void
schakel_minors_filter_set_ids (SchakelMinorsFilter *self,
                               GArray              *ids)
{
  g_clear_pointer (&self->ids, g_array_unref);
  if (ids != NULL)
    self->ids = g_array_ref (ids);
}

/**
 * schakel_minors_filter_has_ids:
 * @self: a filter
 *
 * Returns: %TRUE when only a set of minors passes
 */
gboolean
schakel_minors_filter_has_ids (SchakelMinorsFilter *self)
{
  return self->ids != NULL;
}

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static gboolean
matches_ids (SchakelMinorsFilter *self,
             SchakelMinorSummary *minor)
{
  gint64 id = schakel_minor_summary_get_id (minor);

  return self->ids == NULL ||
         bsearch (&id, self->ids->data, self->ids->len, sizeof (gint64), compare_id) != NULL;
}

/**
 * schakel_minors_filter_is_active:
 * @self: a filter
 *
 * Returns: %FALSE when every row passes without being looked at
 */
gboolean
schakel_minors_filter_is_active (SchakelMinorsFilter *self)
{
  return self->needle != NULL || self->region_code != NULL || self->ids != NULL ||
         self->location != SCHAKEL_LOCATION_ALL ||
         self->amv != SCHAKEL_AMV_ALL || self->education != SCHAKEL_EDUCATION_ALL;
}

/**
 * schakel_minors_filter_match:
 * @self: a filter
 * @minor: a row
 *
 * Returns: %TRUE when @minor passes the search and every filter
 */
gboolean
schakel_minors_filter_match (SchakelMinorsFilter *self,
                             SchakelMinorSummary *minor)
{
  if (!matches_ids (self, minor) ||
      !matches_choice (self->amv, SCHAKEL_AMV_ONLY, schakel_minor_summary_get_amv (minor)) ||
      !matches_choice (self->education, SCHAKEL_EDUCATION_IN,
                       schakel_minor_summary_get_in_education (minor)) ||
      !matches_location (self, minor))
    return FALSE;

  if (self->region_code != NULL &&
      g_strcmp0 (schakel_minor_summary_get_region_code (minor), self->region_code) != 0)
    return FALSE;

  return self->needle == NULL || matches_search (self, minor);
}
