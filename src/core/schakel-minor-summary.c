/* schakel-minor-summary.c — one row of the Jongeren list.
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
 * The list holds every minor, so a national data set means 100,000 rows.
 * One query reads each table once and C merges the rows by minor (see
 * summary_sql), and the strings that repeat from row to row — codes,
 * municipality, region and school names — are stored once in a string
 * pool that the rows of one load share.
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-minor-summary.h"
#include "schakel-regions.h"
#include "schakel-sqlite-private.h"

#define DEFAULT_MIN_HOURS 12.0

/* The strings of one load; every row holds a reference. */
typedef struct
{
  GStringChunk *chunk;
} StringPool;

struct _SchakelMinorSummary
{
  GObject     parent_instance;

  StringPool *pool;
  gint64      id;
  const char *jongere_id;
  const char *location_type;
  const char *municipality_code;
  const char *municipality_name;
  const char *region_code;
  const char *region_name;
  const char *school_name;
  const char *school_brin;
  const char *school_type;
  guint       n_moves;
  gint16      age;
  guint       age_estimated : 1;
  guint       amv : 1;
  guint       in_education : 1;
};

G_DEFINE_FINAL_TYPE (SchakelMinorSummary, schakel_minor_summary, G_TYPE_OBJECT)

static void
string_pool_clear (gpointer data)
{
  StringPool *pool = data;

  g_string_chunk_free (pool->chunk);
}

static StringPool *
string_pool_new (void)
{
  StringPool *pool = g_atomic_rc_box_new0 (StringPool);

  pool->chunk = g_string_chunk_new (64 * 1024);
  return pool;
}

static void
string_pool_unref (StringPool *pool)
{
  g_atomic_rc_box_release_full (pool, string_pool_clear);
}

/* Only the loading thread inserts, before any row is published, so the
 * chunk needs no lock. */
static const char *
string_pool_intern (StringPool   *pool,
                    sqlite3_stmt *stmt,
                    int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  if (text == NULL)
    return NULL;
  return g_string_chunk_insert_const (pool->chunk, text);
}

static void
schakel_minor_summary_finalize (GObject *object)
{
  SchakelMinorSummary *self = SCHAKEL_MINOR_SUMMARY (object);

  g_clear_pointer (&self->pool, string_pool_unref);

  G_OBJECT_CLASS (schakel_minor_summary_parent_class)->finalize (object);
}

static void
schakel_minor_summary_class_init (SchakelMinorSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_minor_summary_finalize;
}

static void
schakel_minor_summary_init (SchakelMinorSummary *self)
{
  self->age = -1;
}

/**
 * schakel_minor_summary_get_id:
 * @self: a summary
 *
 * Returns: the database id of the minor
 */
gint64
schakel_minor_summary_get_id (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), 0);

  return self->id;
}

/**
 * schakel_minor_summary_get_jongere_id:
 * @self: a summary
 *
 * Returns: (transfer none): the pseudonymous id from the partner export
 */
const char *
schakel_minor_summary_get_jongere_id (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->jongere_id;
}

/**
 * schakel_minor_summary_get_age:
 * @self: a summary
 *
 * Returns: the age in whole years on the day of the load, or -1 when the
 *   birth date is unknown (or lies after that day)
 */
int
schakel_minor_summary_get_age (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), -1);

  return self->age;
}

/**
 * schakel_minor_summary_get_age_estimated:
 * @self: a summary
 *
 * Returns: %TRUE when the birth date is an estimate
 */
gboolean
schakel_minor_summary_get_age_estimated (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), FALSE);

  return self->age_estimated;
}

/**
 * schakel_minor_summary_get_amv:
 * @self: a summary
 *
 * Returns: %TRUE for an unaccompanied minor
 */
gboolean
schakel_minor_summary_get_amv (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), FALSE);

  return self->amv;
}

/**
 * schakel_minor_summary_get_location_type:
 * @self: a summary
 *
 * Returns: (transfer none) (nullable): the location type code of the
 *   current placement, or %NULL when the minor is not placed
 */
const char *
schakel_minor_summary_get_location_type (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->location_type;
}

/**
 * schakel_minor_summary_get_municipality_code:
 * @self: a summary
 *
 * Returns: (transfer none) (nullable): the `GMnnnn` code of the current
 *   location's municipality
 */
const char *
schakel_minor_summary_get_municipality_code (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->municipality_code;
}

/**
 * schakel_minor_summary_get_municipality_name:
 * @self: a summary
 *
 * Returns: (transfer none) (nullable): the name of the current location's
 *   municipality
 */
const char *
schakel_minor_summary_get_municipality_name (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->municipality_name;
}

/**
 * schakel_minor_summary_get_region_code:
 * @self: a summary
 *
 * Returns: (transfer none) (nullable): the region of the current location
 *   in the region scheme of the load
 */
const char *
schakel_minor_summary_get_region_code (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->region_code;
}

/**
 * schakel_minor_summary_get_region_name:
 * @self: a summary
 *
 * Returns: (transfer none) (nullable): the name of that region
 */
const char *
schakel_minor_summary_get_region_name (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->region_name;
}

/**
 * schakel_minor_summary_get_school_name:
 * @self: a summary
 *
 * Returns: (transfer none) (nullable): the school of the current
 *   enrolment: the one with most hours when there are several, unknown
 *   hours counting as the minimum
 */
const char *
schakel_minor_summary_get_school_name (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->school_name;
}

/**
 * schakel_minor_summary_get_school_brin:
 * @self: a summary
 *
 * Returns: (transfer none) (nullable): the BRIN of that school
 */
const char *
schakel_minor_summary_get_school_brin (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->school_brin;
}

/**
 * schakel_minor_summary_get_school_type:
 * @self: a summary
 *
 * Returns: (transfer none) (nullable): the school type code of the
 *   current enrolment
 */
const char *
schakel_minor_summary_get_school_type (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), NULL);

  return self->school_type;
}

/**
 * schakel_minor_summary_get_in_education:
 * @self: a summary
 *
 * Returns: %TRUE when an active enrolment meets the minimum hours per week
 *   (setting `education_min_hours_per_week`, default 12); unknown hours
 *   count as meeting it
 */
gboolean
schakel_minor_summary_get_in_education (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), FALSE);

  return self->in_education;
}

/**
 * schakel_minor_summary_get_n_moves:
 * @self: a summary
 *
 * Returns: the number of moves up to the day of the load: placements that
 *   started on or before it, minus the first
 */
guint
schakel_minor_summary_get_n_moves (SchakelMinorSummary *self)
{
  g_return_val_if_fail (SCHAKEL_IS_MINOR_SUMMARY (self), 0);

  return self->n_moves;
}

/* ?1 the day, ?2 the region scheme, ?3 the minimum hours per week.
 *
 * Per-minor subqueries cost an index seek each, which is what makes a
 * 100,000-row list slow; this is one pass over each table instead, merged
 * by minor_id in C (merge_row). The `+` keeps the planner from walking the
 * date indexes, which would turn the scans back into seeks.
 *
 *   kind 0  every minor
 *   kind 1  per minor, the number of placements started on or before ?1
 *   kind 2  every placement active on ?1, with its location
 *   kind 3  every enrolment active on ?1, with its school
 *
 * Active: started on or before ?1 and not ended before it (end dates are
 * inclusive). */
static const char summary_sql[] =
  "WITH loc AS MATERIALIZED ("
  "  SELECT l.id, l.type_code, l.municipality_code, mu.name AS municipality_name,"
  "         r.code AS region_code, r.name AS region_name"
  "    FROM location l"
  "    LEFT JOIN municipality mu ON mu.code = l.municipality_code"
  "    LEFT JOIN region_municipality rm"
  "           ON rm.scheme_code = ?2 AND rm.municipality_code = l.municipality_code"
  "    LEFT JOIN region r ON r.scheme_code = rm.scheme_code AND r.code = rm.region_code)"
  " SELECT 0, m.id, m.jongere_id, m.birth_date, m.birth_date_estimated, m.amv, NULL, NULL, NULL"
  "   FROM minor m"
  " UNION ALL"
  " SELECT 1, p.minor_id, count (*), NULL, NULL, NULL, NULL, NULL, NULL"
  "   FROM placement p"
  "  WHERE +p.start_date <= ?1"
  "  GROUP BY p.minor_id"
  " UNION ALL"
  " SELECT 2, p.minor_id, p.start_date, p.location_id, loc.type_code, loc.municipality_code,"
  "        loc.municipality_name, loc.region_code, loc.region_name"
  "   FROM placement p"
  "   LEFT JOIN loc ON loc.id = p.location_id"
  "  WHERE +p.start_date <= ?1 AND (p.end_date IS NULL OR +p.end_date >= ?1)"
  " UNION ALL"
  " SELECT 3, e.minor_id, e.start_date, e.id, e.hours_per_week, e.school_type, e.school_id,"
  "        s.name, s.brin"
  "   FROM enrolment e"
  "   LEFT JOIN school s ON s.id = e.school_id"
  "  WHERE +e.start_date <= ?1 AND (e.end_date IS NULL OR +e.end_date >= ?1)";

enum {
  KIND_MINOR,
  KIND_PLACEMENT_STARTED,
  KIND_PLACEMENT_ACTIVE,
  KIND_ENROLMENT_ACTIVE,
};

enum {
  COL_KIND,
  COL_MINOR_ID,
  /* kind 0 */
  COL_JONGERE_ID = 2,
  /* kind 1 */
  COL_N_STARTED = 2,
  COL_BIRTH_DATE,
  COL_BIRTH_DATE_ESTIMATED,
  COL_AMV,
  /* kind 2 */
  COL_PLACEMENT_START = 2,
  COL_LOCATION_ID,
  COL_LOCATION_TYPE,
  COL_MUNICIPALITY_CODE,
  COL_MUNICIPALITY_NAME,
  COL_REGION_CODE,
  COL_REGION_NAME,
  /* kind 3 */
  COL_ENROLMENT_START = 2,
  COL_ENROLMENT_ID,
  COL_HOURS,
  COL_SCHOOL_TYPE,
  COL_SCHOOL_ID,
  COL_SCHOOL_NAME,
  COL_SCHOOL_BRIN,
};

/* What the merge remembers about one minor while the rows stream by. */
typedef struct
{
  SchakelMinorSummary *row;
  guint                n_started;
  gint32               placement_start;    /* yyyymmdd of the current placement, 0: none */
  gint32               enrolment_start;
  gint64               enrolment_id;
  double               enrolment_hours;    /* -1: none yet */
  gboolean             enrolment_meets;
} Scratch;

typedef struct
{
  const char *type;
  const char *municipality_code;
  const char *municipality_name;
  const char *region_code;
  const char *region_name;
} LocationInfo;

typedef struct
{
  const char *name;
  const char *brin;
} SchoolInfo;

typedef struct
{
  StringPool *pool;
  SchakelDay  on;
  double      min_hours;
  GArray     *scratch;      /* of Scratch */
  GHashTable *by_minor;     /* minor id → index into scratch + 1 */
  GHashTable *locations;    /* location id → LocationInfo */
  GHashTable *schools;      /* school id → SchoolInfo */
} Merge;

static double
get_min_hours (SchakelDatabase *db)
{
  g_autofree char *text = schakel_database_get_setting (db, "education_min_hours_per_week");
  char *end = NULL;
  double value;

  if (text == NULL)
    return DEFAULT_MIN_HOURS;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || value < 0 || value > 60)
    return DEFAULT_MIN_HOURS;
  return value;
}

static int
age_on (const char *birth_date,
        SchakelDay  on)
{
  SchakelDay birth;

  if (birth_date == NULL || !schakel_day_parse_iso (birth_date, &birth) || birth > on)
    return -1;
  return schakel_day_age_years (birth, on);
}

/* The schema guarantees valid ISO dates, so yyyymmdd as a number orders
 * them without parsing into day numbers. */
static gint32
date_key (const unsigned char *iso)
{
  gint32 key = 0;

  if (iso == NULL)
    return 0;
  for (const unsigned char *c = iso; *c != '\0'; c++)
    if (g_ascii_isdigit (*c))
      key = key * 10 + (*c - '0');
  return key;
}

static Scratch *
lookup_minor (Merge  *merge,
              gint64  minor_id)
{
  gpointer found;
  Scratch fresh = { 0 };

  found = g_hash_table_lookup (merge->by_minor, &minor_id);
  if (found != NULL)
    return &g_array_index (merge->scratch, Scratch, GPOINTER_TO_UINT (found) - 1);

  fresh.row = g_object_new (SCHAKEL_TYPE_MINOR_SUMMARY, NULL);
  fresh.row->pool = g_atomic_rc_box_acquire (merge->pool);
  fresh.row->id = minor_id;
  fresh.enrolment_hours = -1;
  g_array_append_val (merge->scratch, fresh);
  g_hash_table_insert (merge->by_minor,
                       g_memdup2 (&minor_id, sizeof minor_id),
                       GUINT_TO_POINTER (merge->scratch->len));
  return &g_array_index (merge->scratch, Scratch, merge->scratch->len - 1);
}

static const LocationInfo *
lookup_location (Merge        *merge,
                 sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, COL_LOCATION_ID);
  LocationInfo *info = g_hash_table_lookup (merge->locations, &id);

  if (info == NULL)
    {
      info = g_new0 (LocationInfo, 1);
      info->type = string_pool_intern (merge->pool, stmt, COL_LOCATION_TYPE);
      info->municipality_code = string_pool_intern (merge->pool, stmt, COL_MUNICIPALITY_CODE);
      info->municipality_name = string_pool_intern (merge->pool, stmt, COL_MUNICIPALITY_NAME);
      info->region_code = string_pool_intern (merge->pool, stmt, COL_REGION_CODE);
      info->region_name = string_pool_intern (merge->pool, stmt, COL_REGION_NAME);
      g_hash_table_insert (merge->locations, g_memdup2 (&id, sizeof id), info);
    }
  return info;
}

static const SchoolInfo *
lookup_school (Merge        *merge,
               sqlite3_stmt *stmt)
{
  gint64 id = sqlite3_column_int64 (stmt, COL_SCHOOL_ID);
  SchoolInfo *info = g_hash_table_lookup (merge->schools, &id);

  if (info == NULL)
    {
      info = g_new0 (SchoolInfo, 1);
      info->name = string_pool_intern (merge->pool, stmt, COL_SCHOOL_NAME);
      info->brin = string_pool_intern (merge->pool, stmt, COL_SCHOOL_BRIN);
      g_hash_table_insert (merge->schools, g_memdup2 (&id, sizeof id), info);
    }
  return info;
}

/* Of several active enrolments the one with most hours is current, where
 * unknown hours count as exactly the minimum (they meet it, DOMAIN §4),
 * so the school shown is also the one that decides "in education"; then
 * the latest start, then the highest id. */
static gboolean
enrolment_beats (const Scratch *current,
                 double         hours,
                 gint32         start,
                 gint64         id)
{
  if (current->enrolment_hours < 0)
    return TRUE;
  if (hours != current->enrolment_hours)
    return hours > current->enrolment_hours;
  if (start != current->enrolment_start)
    return start > current->enrolment_start;
  return id > current->enrolment_id;
}

static void
merge_row (Merge        *merge,
           sqlite3_stmt *stmt)
{
  Scratch *scratch = lookup_minor (merge, sqlite3_column_int64 (stmt, COL_MINOR_ID));
  SchakelMinorSummary *row = scratch->row;

  switch (sqlite3_column_int (stmt, COL_KIND))
    {
    case KIND_MINOR:
      {
        int age = age_on ((const char *) sqlite3_column_text (stmt, COL_BIRTH_DATE), merge->on);

        row->jongere_id = g_string_chunk_insert (merge->pool->chunk,
                                                 (const char *) sqlite3_column_text (stmt, COL_JONGERE_ID));
        row->age = (gint16) CLAMP (age, -1, G_MAXINT16);
        row->age_estimated = sqlite3_column_int (stmt, COL_BIRTH_DATE_ESTIMATED) != 0;
        row->amv = sqlite3_column_int (stmt, COL_AMV) != 0;
      }
      break;

    case KIND_PLACEMENT_STARTED:
      scratch->n_started = (guint) sqlite3_column_int64 (stmt, COL_N_STARTED);
      break;

    case KIND_PLACEMENT_ACTIVE:
      {
        /* On a moving day two placements are active; the later one is
         * current (a minor has one placement per start date). */
        gint32 start = date_key (sqlite3_column_text (stmt, COL_PLACEMENT_START));

        if (start > scratch->placement_start)
          {
            const LocationInfo *info = lookup_location (merge, stmt);

            scratch->placement_start = start;
            row->location_type = info->type;
            row->municipality_code = info->municipality_code;
            row->municipality_name = info->municipality_name;
            row->region_code = info->region_code;
            row->region_name = info->region_name;
          }
      }
      break;

    case KIND_ENROLMENT_ACTIVE:
      {
        gboolean known = sqlite3_column_type (stmt, COL_HOURS) != SQLITE_NULL;
        double hours = known ? sqlite3_column_double (stmt, COL_HOURS) : merge->min_hours;
        gint32 start = date_key (sqlite3_column_text (stmt, COL_ENROLMENT_START));
        gint64 id = sqlite3_column_int64 (stmt, COL_ENROLMENT_ID);

        if (enrolment_beats (scratch, hours, start, id))
          {
            const SchoolInfo *info = lookup_school (merge, stmt);

            scratch->enrolment_hours = hours;
            scratch->enrolment_start = start;
            scratch->enrolment_id = id;
            row->school_name = info->name;
            row->school_brin = info->brin;
            row->school_type = string_pool_intern (merge->pool, stmt, COL_SCHOOL_TYPE);
            row->in_education = !known || hours >= merge->min_hours;
          }
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static int
compare_jongere_id (gconstpointer a,
                    gconstpointer b)
{
  const SchakelMinorSummary *ra = *(SchakelMinorSummary * const *) a;
  const SchakelMinorSummary *rb = *(SchakelMinorSummary * const *) b;

  return g_strcmp0 (ra->jongere_id, rb->jongere_id);
}

/**
 * schakel_minor_summary_load:
 * @db: a database; a reading connection of its own when called from a
 *   worker thread
 * @on: the day (peildatum) the state is taken on
 * @region_scheme: (nullable): the region scheme (indeling) for the region
 *   columns; %NULL for the database's default scheme
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Loads every minor with their state on @on: age, current placement and
 * its municipality and region, current school, whether they are in
 * education, and the number of moves so far. Rows are ordered by
 * jongere_id.
 *
 * Returns: (transfer full) (nullable): a #GListStore of
 *   #SchakelMinorSummary
 */
GListStore *
schakel_minor_summary_load (SchakelDatabase  *db,
                            SchakelDay        on,
                            const char       *region_scheme,
                            GCancellable     *cancellable,
                            GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *default_scheme = NULL;
  g_autoptr(GListStore) store = NULL;
  char on_iso[SCHAKEL_ISO_DATE_LEN];
  Merge merge = { 0 };
  guint n = 0;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);
  g_return_val_if_fail (on != SCHAKEL_DAY_NONE, NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);

  handle = schakel_database_get_handle (db);

  if (region_scheme == NULL)
    region_scheme = default_scheme = schakel_regions_dup_default_scheme (db);

  if (!(stmt = schakel_sqlite_prepare (handle, summary_sql, error)))
    return NULL;

  schakel_day_format_iso (on, on_iso);
  sqlite3_bind_text (stmt, 1, on_iso, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, region_scheme, -1, SQLITE_STATIC);

  merge.pool = string_pool_new ();
  merge.on = on;
  merge.min_hours = get_min_hours (db);
  merge.scratch = g_array_new (FALSE, FALSE, sizeof (Scratch));
  merge.by_minor = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  merge.locations = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  merge.schools = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if ((++n & 4095) == 0 && g_cancellable_is_cancelled (cancellable))
        break;
      merge_row (&merge, stmt);
    }

  rows = g_ptr_array_new_full (merge.scratch->len, g_object_unref);
  for (guint i = 0; i < merge.scratch->len; i++)
    {
      Scratch *scratch = &g_array_index (merge.scratch, Scratch, i);

      scratch->row->n_moves = scratch->n_started > 1 ? scratch->n_started - 1 : 0;
      g_ptr_array_add (rows, scratch->row);
    }

  string_pool_unref (merge.pool);
  g_array_unref (merge.scratch);
  g_hash_table_unref (merge.by_minor);
  g_hash_table_unref (merge.locations);
  g_hash_table_unref (merge.schools);

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED,
                           _("Loading the minors was cancelled"));
      return NULL;
    }

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      schakel_sqlite_set_error (error, handle, _("Cannot read the minors"));
      return NULL;
    }

  g_ptr_array_sort (rows, compare_jongere_id);

  store = g_list_store_new (SCHAKEL_TYPE_MINOR_SUMMARY);
  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);

  return g_steal_pointer (&store);
}
