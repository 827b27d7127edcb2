/* schakel-minor-record.c — everything about one minor: loading, the
 * derived items (school gaps, age markers, the norm deadline) and the
 * summary.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rows come from schakel-minor-record-rows.c and -absence.c; what
 * counts as school age, education and the norm comes from the metrics'
 * own rules (schakel-school-rules.c), so the timeline and the dashboard
 * never disagree about a child.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-codes.h"
#include "schakel-core-error.h"
#include "schakel-format.h"
#include "schakel-minor-record-private.h"
#include "schakel-sqlite-private.h"

struct _SchakelMinorRecord
{
  gatomicrefcount           ref_count;
  SchakelDay                today;
  SchakelMinorInfo         *minor;
  GPtrArray                *items;   /* SchakelRecordItem*, sorted */
  SchakelMinorRecordSummary summary;
  GStringChunk             *strings; /* the summary's strings */
  SchakelDay                first;
  SchakelDay                last;
};

G_DEFINE_BOXED_TYPE (SchakelMinorRecord, schakel_minor_record, schakel_minor_record_ref, schakel_minor_record_unref)

/* Bits of the per-day map from which gaps and waiting days are counted. */
enum
{
  DAY_PRESENT   = 1 << 0,  /* in reception */
  DAY_EDUCATION = 1 << 1,  /* an enrolment that counts as education */
  DAY_WAITING   = 1 << 2,  /* on a wait-list */
};

void
_schakel_record_field_free (gpointer data)
{
  SchakelRecordField *field = data;

  g_free (field->label);
  g_free (field->value);
  g_free (field);
}

/**
 * _schakel_record_field_add:
 * @fields: (element-type SchakelRecordField): the list
 * @label: the translated label
 * @value: (transfer full) (nullable): the value; %NULL shows as "—"
 */
void
_schakel_record_field_add (GPtrArray  *fields,
                           const char *label,
                           char       *value)
{
  SchakelRecordField *field = g_new (SchakelRecordField, 1);

  field->label = g_strdup (label);
  field->value = value != NULL ? value : g_strdup ("—");
  g_ptr_array_add (fields, field);
}

static void
item_free (gpointer data)
{
  SchakelRecordItem *item = data;

  g_free (item->title);
  g_free (item->detail);
  g_ptr_array_unref (item->fields);
  schakel_record_import_free (item->import);
  g_free (item);
}

/**
 * _schakel_record_item_add:
 * @b: the builder
 * @kind: the kind
 * @table: (nullable): the table, a static string
 * @row_id: the row id; 0 for computed items
 * @start: the first day
 * @end: the last day; %SCHAKEL_DAY_NONE for an open item
 *
 * Returns: (transfer none): a new item, its end and flags set for open
 *   and future items
 */
SchakelRecordItem *
_schakel_record_item_add (SchakelRecordBuilder *b,
                          SchakelRecordKind     kind,
                          const char           *table,
                          gint64                row_id,
                          SchakelDay            start,
                          SchakelDay            end)
{
  SchakelRecordItem *item = g_new0 (SchakelRecordItem, 1);

  item->kind = kind;
  item->table = table;
  item->row_id = row_id;
  item->start = start;
  item->end = end;
  item->hours = NAN;
  item->deadline = SCHAKEL_DAY_NONE;
  item->parent = -1;
  item->fields = g_ptr_array_new_with_free_func (_schakel_record_field_free);
  if (end == SCHAKEL_DAY_NONE)
    {
      item->flags |= SCHAKEL_RECORD_FLAG_OPEN;
      item->end = MAX (start, b->today);
    }
  if (start > b->today)
    item->flags |= SCHAKEL_RECORD_FLAG_FUTURE;
  item->days = item->end - item->start + 1;
  g_ptr_array_add (b->items, item);
  return item;
}

/* Marks @bit on the days @from..@to (inclusive) that are inside the map. */
static void
mark_days (guint8     *map,
           SchakelDay  map_start,
           SchakelDay  map_end,
           SchakelDay  from,
           SchakelDay  to,
           guint8      bit)
{
  for (SchakelDay d = MAX (from, map_start); d <= MIN (to, map_end); d++)
    map[d - map_start] |= bit;
}

/* Periods of school age in reception without education, up to today:
 * the days on which the metrics would count the minor as present and not
 * in education. Also counts the days on wait-lists. */
static void
add_gaps_and_waiting (SchakelRecordBuilder      *b,
                      SchakelMinorRecordSummary *summary)
{
  SchakelDay birth = b->minor->birth;
  SchakelDay lo = b->today, hi = b->today;
  SchakelDay school_age = SCHAKEL_DAY_NONE, adult = SCHAKEL_DAY_NONE;
  g_autofree guint8 *map = NULL;
  guint n_items = b->items->len;
  SchakelDay run = SCHAKEL_DAY_NONE;

  for (guint i = 0; i < n_items; i++)
    lo = MIN (lo, ((SchakelRecordItem *) g_ptr_array_index (b->items, i))->start);
  map = g_new0 (guint8, hi - lo + 1);

  for (guint i = 0; i < n_items; i++)
    {
      const SchakelRecordItem *item = g_ptr_array_index (b->items, i);

      if (item->kind == SCHAKEL_RECORD_PLACEMENT)
        mark_days (map, lo, hi, item->start, item->end, DAY_PRESENT);
      else if (item->kind == SCHAKEL_RECORD_ENROLMENT && !(item->flags & SCHAKEL_RECORD_FLAG_BELOW_HOURS))
        mark_days (map, lo, hi, item->start, item->end, DAY_EDUCATION);
      else if (item->kind == SCHAKEL_RECORD_WAITLIST)
        mark_days (map, lo, hi, item->start, item->end, DAY_WAITING);
    }

  if (birth != SCHAKEL_DAY_NONE)
    {
      school_age = schakel_day_add_years (birth, b->rules.age_min_years);
      adult = schakel_day_add_years (birth, b->rules.age_max_years);
    }

  /* One day past the map closes the last run. */
  for (SchakelDay d = lo; d <= hi + 1; d++)
    {
      guint8 bits = d <= hi ? map[d - lo] : 0;
      gboolean gap = birth != SCHAKEL_DAY_NONE && d >= school_age && d < adult &&
                     (bits & (DAY_PRESENT | DAY_EDUCATION)) == DAY_PRESENT;

      summary->days_waiting += (bits & DAY_WAITING) != 0;
      if (gap && run == SCHAKEL_DAY_NONE)
        run = d;
      else if (!gap && run != SCHAKEL_DAY_NONE)
        {
          SchakelRecordItem *item = _schakel_record_item_add (b, SCHAKEL_RECORD_SCHOOL_GAP, NULL, 0, run, d - 1);

          if (d - 1 == b->today)
            item->flags |= SCHAKEL_RECORD_FLAG_OPEN;
          summary->days_without_education += item->days;
          item->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "No education: %d day",
                                                      "No education: %d days", item->days),
                                         item->days);
          _schakel_record_field_add (item->fields, _("From"), schakel_format_day (item->start));
          _schakel_record_field_add (item->fields, _("To"),
                                     item->flags & SCHAKEL_RECORD_FLAG_OPEN ? g_strdup (_("still running"))
                                                                            : schakel_format_day (item->end));
          _schakel_record_field_add (item->fields, _("Days"), schakel_format_count (item->days));
          _schakel_record_field_add (item->fields, _("Why"),
                                     g_strdup_printf (_("Of school age and in reception, without an enrolment of at least %g hours a week"),
                                                      b->rules.min_hours));
          item->detail = g_strdup (((SchakelRecordField *) g_ptr_array_index (item->fields, 3))->value);
          run = SCHAKEL_DAY_NONE;
        }
    }
}

static void
add_marker (SchakelRecordBuilder *b,
            const char           *code,
            int                   years,
            const char           *title)
{
  SchakelDay day = schakel_day_add_years (b->minor->birth, years);
  SchakelRecordItem *item = _schakel_record_item_add (b, SCHAKEL_RECORD_AGE_MARKER, NULL, 0, day, day);

  item->code = g_intern_static_string (code);
  item->title = g_strdup (title);
  if (b->minor->birth_estimated)
    {
      item->flags |= SCHAKEL_RECORD_FLAG_ESTIMATED;
      item->detail = g_strdup (_("from an estimated birth date"));
    }
  _schakel_record_field_add (item->fields, _("Date"), schakel_format_day (day));
  _schakel_record_field_add (item->fields, _("Birth date estimated"),
                             g_strdup (b->minor->birth_estimated ? _("yes") : _("no")));
}

static void
add_age_markers (SchakelRecordBuilder *b)
{
  g_autofree char *school_age = NULL;

  if (b->minor->birth == SCHAKEL_DAY_NONE)
    return;
  school_age = g_strdup_printf (_("School age (%d)"), b->rules.age_min_years);
  add_marker (b, "school_age", b->rules.age_min_years, school_age);
  add_marker (b, "16", 16, _("16th birthday"));
  add_marker (b, "18", 18, _("18th birthday"));
  add_marker (b, "21", 21, _("21st birthday"));
}

/* The norm deadline after the application (else the arrival), not before
 * school age; returns it, or SCHAKEL_DAY_NONE. */
static SchakelDay
add_norm_deadline (SchakelRecordBuilder *b)
{
  SchakelDay applied = b->minor->application != SCHAKEL_DAY_NONE ? b->minor->application : b->minor->arrival;
  SchakelDay start = _schakel_school_rules_norm_start (&b->rules, b->minor->birth, applied);
  const SchakelSchoolNorm *norm;
  SchakelRecordItem *item;
  SchakelDay deadline;

  if (start == SCHAKEL_DAY_NONE || (norm = _schakel_school_rules_norm_for (&b->rules, start)) == NULL)
    return SCHAKEL_DAY_NONE;
  deadline = schakel_day_add_months (start, (int) norm->months);
  item = _schakel_record_item_add (b, SCHAKEL_RECORD_NORM_DEADLINE, NULL, 0, deadline, deadline);
  item->code = g_intern_string (norm->code);
  /* Translators: %s is a norm code such as RCD2013 */
  item->title = g_strdup_printf (_("Norm deadline (%s)"), norm->code);
  item->detail = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "School within %u month", "School within %u months",
                                               norm->months),
                                  norm->months);
  if (b->minor->birth_estimated && start != applied)
    item->flags |= SCHAKEL_RECORD_FLAG_ESTIMATED;
  _schakel_record_field_add (item->fields, _("Norm"), g_strdup (norm->code));
  _schakel_record_field_add (item->fields, _("Period starts"), schakel_format_day (start));
  _schakel_record_field_add (item->fields, _("Months"), g_strdup_printf ("%u", norm->months));
  _schakel_record_field_add (item->fields, _("Deadline"), schakel_format_day (deadline));
  return deadline;
}

/* The stay of @stays running on today that started last. */
static const SchakelRecordItem *
current_stay (GArray     *stays,
              SchakelDay  today)
{
  const SchakelRecordItem *found = NULL;

  for (guint i = 0; i < stays->len; i++)
    {
      const SchakelRecordItem *item = g_array_index (stays, SchakelRecordStay, i).item;

      if (item->start <= today && item->end >= today)
        found = item;
    }
  return found;
}

static const char *
chunk (GStringChunk *strings,
       const char   *text)
{
  return text != NULL ? g_string_chunk_insert_const (strings, text) : NULL;
}

static void
fill_summary (SchakelRecordBuilder *b,
              SchakelMinorRecord   *self,
              SchakelDay            deadline)
{
  SchakelMinorRecordSummary *s = &self->summary;
  const SchakelMinorInfo *m = b->minor;
  const SchakelRecordItem *place = current_stay (b->placements, b->today);
  const SchakelRecordItem *school = current_stay (b->enrolments, b->today);
  gboolean in_education = FALSE;

  s->jongere_id = m->jongere_id;
  s->age = m->birth != SCHAKEL_DAY_NONE && m->birth <= b->today ? schakel_day_age_years (m->birth, b->today) : -1;
  s->age_estimated = m->birth_estimated;
  s->amv = m->amv;
  if (place != NULL)
    {
      const char *detail = place->detail != NULL ? strstr (place->detail, " · ") : NULL;

      s->location_name = chunk (self->strings, place->title);
      s->location_type = chunk (self->strings, place->code);
      s->municipality_name = detail != NULL ? chunk (self->strings, detail + strlen (" · ")) : NULL;
    }
  if (school != NULL)
    {
      s->school_name = chunk (self->strings, school->title);
      s->school_type = chunk (self->strings, school->code);
    }

  for (guint i = 0; i < b->items->len; i++)
    {
      const SchakelRecordItem *item = g_ptr_array_index (b->items, i);

      s->n_moves += item->kind == SCHAKEL_RECORD_MOVE && item->start <= b->today;
      in_education |= item->kind == SCHAKEL_RECORD_ENROLMENT && item->start <= b->today && item->end >= b->today &&
                      !(item->flags & SCHAKEL_RECORD_FLAG_BELOW_HOURS);
    }

  /* As the metric without_education_beyond_norm: present and of school
   * age today, not in education, and the deadline passed (or unknown). */
  if (place != NULL && s->age >= 0 &&
      schakel_day_add_years (m->birth, b->rules.age_min_years) <= b->today &&
      schakel_day_add_years (m->birth, b->rules.age_max_years) > b->today)
    s->beyond_norm = !in_education && (deadline == SCHAKEL_DAY_NONE || b->today > deadline);

  s->open_escalation = b->open_escalation;
  if (m->birth != SCHAKEL_DAY_NONE)
    {
      SchakelDay adult = schakel_day_add_years (m->birth, b->rules.age_max_years);

      s->turning_18_soon = adult > b->today && adult <= b->today + 90;
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const SchakelRecordItem *ia = *(SchakelRecordItem * const *) a;
  const SchakelRecordItem *ib = *(SchakelRecordItem * const *) b;

  if (ia->start != ib->start)
    return ia->start < ib->start ? -1 : 1;
  if (ia->kind != ib->kind)
    return ia->kind < ib->kind ? -1 : 1;
  return ia->end < ib->end ? -1 : ia->end > ib->end;
}

/* Sorts the items and turns the builder's parent pointers into indexes. */
static void
sort_items (SchakelRecordBuilder *b)
{
  g_autoptr(GHashTable) index_of = g_hash_table_new (g_direct_hash, g_direct_equal);

  g_ptr_array_sort (b->items, compare_items);
  for (guint i = 0; i < b->items->len; i++)
    g_hash_table_insert (index_of, g_ptr_array_index (b->items, i), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < b->items->len; i++)
    {
      SchakelRecordItem *item = g_ptr_array_index (b->items, i);
      gpointer parent = g_hash_table_lookup (b->parents, item);

      if (parent != NULL)
        item->parent = (int) GPOINTER_TO_UINT (g_hash_table_lookup (index_of, parent)) - 1;
    }
}

static void
minor_info_free (SchakelMinorInfo *minor)
{
  if (minor == NULL)
    return;
  g_free (minor->jongere_id);
  g_clear_pointer (&minor->fields, g_ptr_array_unref);
  g_free (minor);
}

static void
compute_extent (SchakelMinorRecord *self)
{
  self->first = self->last = self->today;
  for (guint i = 0; i < self->items->len; i++)
    {
      const SchakelRecordItem *item = g_ptr_array_index (self->items, i);

      /* Birthdays long before or after the story would squeeze it. */
      if (item->kind == SCHAKEL_RECORD_AGE_MARKER)
        continue;
      self->first = MIN (self->first, item->start);
      self->last = MAX (self->last, item->end);
    }
}

static SchakelMinorRecord *
load (SchakelDatabase  *db,
      const char       *jongere_id,
      gint64            minor_id,
      SchakelDay        today,
      GCancellable     *cancellable,
      GError          **error)
{
  SchakelRecordBuilder b = { 0 };
  g_autoptr(SchakelMinorRecord) self = g_new0 (SchakelMinorRecord, 1);
  gboolean ok;
  SchakelDay deadline;

  g_atomic_ref_count_init (&self->ref_count);
  self->today = today;
  self->strings = g_string_chunk_new (256);

  b.handle = schakel_database_get_handle (db);
  b.today = today;
  b.items = g_ptr_array_new_with_free_func (item_free);
  b.parents = g_hash_table_new (g_direct_hash, g_direct_equal);
  b.placements = g_array_new (FALSE, FALSE, sizeof (SchakelRecordStay));
  b.enrolments = g_array_new (FALSE, FALSE, sizeof (SchakelRecordStay));
  _schakel_school_rules_init (&b.rules, db);

  /* One read transaction: the record is consistent even beside a writer.
   * A savepoint, unlike BEGIN, also works inside a caller's transaction. */
  ok = schakel_sqlite_exec (b.handle, "SAVEPOINT schakel_minor_record", error) &&
       _schakel_school_rules_load_norms (&b.rules, b.handle, error) &&
       _schakel_record_read_minor (&b, jongere_id, minor_id, error) &&
       _schakel_record_read_rows (&b, cancellable, error) &&
       _schakel_record_read_imports (&b, error);
  schakel_sqlite_exec (b.handle, "RELEASE schakel_minor_record", NULL);

  if (ok)
    {
      add_gaps_and_waiting (&b, &self->summary);
      add_age_markers (&b);
      deadline = add_norm_deadline (&b);
      fill_summary (&b, self, deadline);
      sort_items (&b);
      self->minor = g_steal_pointer (&b.minor);
      self->items = g_steal_pointer (&b.items);
      compute_extent (self);
    }

  minor_info_free (b.minor);
  g_clear_pointer (&b.items, g_ptr_array_unref);
  g_hash_table_unref (b.parents);
  g_array_unref (b.placements);
  g_array_unref (b.enrolments);
  _schakel_school_rules_clear (&b.rules);
  return ok ? g_steal_pointer (&self) : NULL;
}

/**
 * schakel_minor_record_load:
 * @db: a database, preferably a read-only connection
 * @jongere_id: the partner's pseudonymous id
 * @today: the day that decides what is open, overdue or still to come
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * Loads everything about one minor in a few indexed queries inside one
 * read transaction (see schakel-minor-record.h).
 *
 * Returns: (transfer full) (nullable): the record, or %NULL with @error set
 */
SchakelMinorRecord *
schakel_minor_record_load (SchakelDatabase  *db,
                           const char       *jongere_id,
                           SchakelDay        today,
                           GCancellable     *cancellable,
                           GError          **error)
{
  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (jongere_id != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (db, jongere_id, 0, today, cancellable, error);
}

/**
 * schakel_minor_record_load_by_id:
 * @db: a database, preferably a read-only connection
 * @minor_id: the `minor` row id
 * @today: the day that decides what is open, overdue or still to come
 * @cancellable: (nullable): a cancellable
 * @error: return location for an error
 *
 * As schakel_minor_record_load(), by row id.
 *
 * Returns: (transfer full) (nullable): the record, or %NULL with @error set
 */
SchakelMinorRecord *
schakel_minor_record_load_by_id (SchakelDatabase  *db,
                                 gint64            minor_id,
                                 SchakelDay        today,
                                 GCancellable     *cancellable,
                                 GError          **error)
{
  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return load (db, NULL, minor_id, today, cancellable, error);
}

/**
 * schakel_minor_record_ref:
 * @self: a record
 *
 * Returns: (transfer full): @self
 */
SchakelMinorRecord *
schakel_minor_record_ref (SchakelMinorRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * schakel_minor_record_unref:
 * @self: (transfer full): a record
 *
 * Drops a reference; the last one frees the record.
 */
void
schakel_minor_record_unref (SchakelMinorRecord *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  minor_info_free (self->minor);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_string_chunk_free (self->strings);
  g_free (self);
}

/**
 * schakel_minor_record_get_minor:
 * @self: a record
 *
 * Returns: (transfer none): the minor's own fields
 */
const SchakelMinorInfo *
schakel_minor_record_get_minor (SchakelMinorRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->minor;
}

/**
 * schakel_minor_record_get_today:
 * @self: a record
 *
 * Returns: the day the record was loaded for
 */
SchakelDay
schakel_minor_record_get_today (SchakelMinorRecord *self)
{
  g_return_val_if_fail (self != NULL, SCHAKEL_DAY_NONE);

  return self->today;
}

/**
 * schakel_minor_record_get_n_items:
 * @self: a record
 *
 * Returns: the number of items
 */
guint
schakel_minor_record_get_n_items (SchakelMinorRecord *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->items->len;
}

/**
 * schakel_minor_record_get_item:
 * @self: a record
 * @index: an index below schakel_minor_record_get_n_items()
 *
 * Returns: (transfer none): the item
 */
const SchakelRecordItem *
schakel_minor_record_get_item (SchakelMinorRecord *self,
                               guint               index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);

  return g_ptr_array_index (self->items, index);
}

/**
 * schakel_minor_record_get_summary:
 * @self: a record
 *
 * Returns: (transfer none): the summary, owned by @self
 */
const SchakelMinorRecordSummary *
schakel_minor_record_get_summary (SchakelMinorRecord *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return &self->summary;
}

/**
 * schakel_minor_record_get_extent:
 * @self: a record
 * @first: (out): the first day any item starts (age markers aside)
 * @last: (out): the last day any item ends, today included
 *
 * The range that shows the whole story, for "zoom to fit".
 */
void
schakel_minor_record_get_extent (SchakelMinorRecord *self,
                                 SchakelDay         *first,
                                 SchakelDay         *last)
{
  g_return_if_fail (self != NULL);

  *first = self->first;
  *last = self->last;
}

/**
 * schakel_record_kind_get_name:
 * @kind: a kind
 *
 * Returns: (transfer none): the kind's translated name, e.g. "Placement"
 */
const char *
schakel_record_kind_get_name (SchakelRecordKind kind)
{
  switch (kind)
    {
    case SCHAKEL_RECORD_PLACEMENT: return _("Placement");
    case SCHAKEL_RECORD_MOVE: return _("Move");
    case SCHAKEL_RECORD_ENROLMENT: return _("Enrolment");
    case SCHAKEL_RECORD_SCHOOL_GAP: return _("Without education");
    case SCHAKEL_RECORD_WAITLIST: return _("Wait-list");
    case SCHAKEL_RECORD_ABSENCE: return _("Absence report");
    case SCHAKEL_RECORD_ESCALATION: return _("Escalation step");
    case SCHAKEL_RECORD_PROCEDURE: return _("Procedure");
    case SCHAKEL_RECORD_AGE_MARKER: return _("Age");
    case SCHAKEL_RECORD_NORM_DEADLINE: return _("Norm deadline");
    default:
      g_return_val_if_reached ("");
    }
}
