/* schakel-minor-record.h — everything about one minor, for the timeline.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "schakel-database.h"
#include "schakel-date.h"

G_BEGIN_DECLS

/**
 * SchakelRecordKind:
 * @SCHAKEL_RECORD_PLACEMENT: a stay at a reception location (`placement`)
 * @SCHAKEL_RECORD_MOVE: a change of location, with its reason (`placement`,
 *   the row of the placement moved into)
 * @SCHAKEL_RECORD_ENROLMENT: an enrolment at a school (`enrolment`)
 * @SCHAKEL_RECORD_SCHOOL_GAP: a period of school age without education
 *   (computed; no table)
 * @SCHAKEL_RECORD_WAITLIST: a wait-list entry (`waitlist_entry`)
 * @SCHAKEL_RECORD_ABSENCE: an absence report (`absence_report`)
 * @SCHAKEL_RECORD_ESCALATION: a step taken on a report (`escalation_step`),
 *   or the next step still due on an open report (computed; no table)
 * @SCHAKEL_RECORD_PROCEDURE: application, decision or departure
 *   (`procedure_event`, or the minor's application date from `minor`)
 * @SCHAKEL_RECORD_AGE_MARKER: start of school age, 16th, 18th or 21st
 *   birthday (computed from `minor`)
 * @SCHAKEL_RECORD_NORM_DEADLINE: the last day of the school-access norm
 *   after the application (computed from `minor` and `norm`)
 *
 * What an item of a #SchakelMinorRecord is. Each kind has its own lane in
 * the timeline; age markers and the norm deadline span all lanes.
 */
typedef enum
{
  SCHAKEL_RECORD_PLACEMENT,
  SCHAKEL_RECORD_MOVE,
  SCHAKEL_RECORD_ENROLMENT,
  SCHAKEL_RECORD_SCHOOL_GAP,
  SCHAKEL_RECORD_WAITLIST,
  SCHAKEL_RECORD_ABSENCE,
  SCHAKEL_RECORD_ESCALATION,
  SCHAKEL_RECORD_PROCEDURE,
  SCHAKEL_RECORD_AGE_MARKER,
  SCHAKEL_RECORD_NORM_DEADLINE,
} SchakelRecordKind;

/**
 * SchakelRecordFlags:
 * @SCHAKEL_RECORD_FLAG_NONE: nothing special
 * @SCHAKEL_RECORD_FLAG_OPEN: still running: no end date (the item's end is
 *   then the record's today)
 * @SCHAKEL_RECORD_FLAG_TEMPORARY: a placement at a location that is
 *   temporary reception, by type or by its length (AC beyond 14 days)
 * @SCHAKEL_RECORD_FLAG_UNSUITABLE: a placement at an unsuitable location
 * @SCHAKEL_RECORD_FLAG_OVERDUE: an escalation step taken after its
 *   deadline, or a next step whose deadline passed before today
 * @SCHAKEL_RECORD_FLAG_PENDING: an escalation step not taken yet (the
 *   next step of an open report)
 * @SCHAKEL_RECORD_FLAG_ESTIMATED: an age marker or the norm deadline that
 *   rests on an estimated or month-precise birth date
 * @SCHAKEL_RECORD_FLAG_BELOW_HOURS: an enrolment with fewer hours than the
 *   minimum that counts as education (setting `education_min_hours_per_week`)
 * @SCHAKEL_RECORD_FLAG_FUTURE: an item that starts after today (a plan)
 */
typedef enum
{
  SCHAKEL_RECORD_FLAG_NONE        = 0,
  SCHAKEL_RECORD_FLAG_OPEN        = 1 << 0,
  SCHAKEL_RECORD_FLAG_TEMPORARY   = 1 << 1,
  SCHAKEL_RECORD_FLAG_UNSUITABLE  = 1 << 2,
  SCHAKEL_RECORD_FLAG_OVERDUE     = 1 << 3,
  SCHAKEL_RECORD_FLAG_PENDING     = 1 << 4,
  SCHAKEL_RECORD_FLAG_ESTIMATED   = 1 << 5,
  SCHAKEL_RECORD_FLAG_BELOW_HOURS = 1 << 6,
  SCHAKEL_RECORD_FLAG_FUTURE      = 1 << 7,
} SchakelRecordFlags;

/**
 * SchakelRecordField:
 * @label: the translated field name, e.g. "Start date"
 * @value: the value as shown to the user (dates in the user's locale,
 *   codes as stored); "—" when empty
 *
 * One line of the side panel that shows every field of a record.
 */
typedef struct
{
  char *label;
  char *value;
} SchakelRecordField;

/**
 * SchakelRecordImport:
 * @id: the `import_run` id
 * @file_name: the imported file's base name
 * @at: when it was imported, UTC ISO 8601
 * @sha256: the file's SHA-256, 64 hex digits
 *
 * The import a row of a record came from.
 */
typedef struct
{
  gint64  id;
  char   *file_name;
  char   *at;
  char   *sha256;
} SchakelRecordImport;

/**
 * SchakelRecordItem:
 * @kind: what the item is
 * @flags: #SchakelRecordFlags
 * @table: (nullable): the table the row is in, e.g. `placement`; %NULL for
 *   computed items (school gaps, pending steps, age markers, norm deadline)
 * @row_id: the row's id in @table; 0 for computed items
 * @import_run_id: the `import_run` that last inserted or changed the row;
 *   0 for rows not from an import (recorded in Schakel, demo data,
 *   imported before schema 6) and for computed items
 * @start: the first day; for events (moves, steps, procedure events,
 *   markers) the day of the event
 * @end: the last day, inclusive; equal to @start for events; for open
 *   items the record's today (or @start when that is later) and @flags has
 *   %SCHAKEL_RECORD_FLAG_OPEN
 * @code: (nullable): the item's code, interned: location type, school
 *   type, wait-list outcome (%NULL while open), report type, step code,
 *   procedure event, move reason, or for age markers "school_age", "16",
 *   "18", "21"; the norm code for the norm deadline
 * @title: the short translated label drawn on the timeline, e.g. the
 *   location or school name, "No education (42 days)", "Turns 18"
 * @detail: (nullable): a second translated line for tooltips, e.g. the
 *   municipality, the hours per week, the outcome
 * @suitability: (nullable): for placements: `regular`, `temporary` or
 *   `unsuitable` (interned)
 * @hours: enrolments: hours per week; NAN when unknown or not an enrolment
 * @days: the length in days (@end − @start + 1) for intervals; for school
 *   gaps the days without education while of school age
 * @deadline: escalation steps: the step's deadline (working days after
 *   the previous step, or after the report for the first);
 *   %SCHAKEL_DAY_NONE when no ladder step matches or for other kinds
 * @parent: for escalation steps the index of their report's item, and for
 *   moves the index of the placement moved into; -1 otherwise
 * @fields: (element-type SchakelRecordField): every field of the row, in
 *   the table's order, followed by the item's computed fields
 * @import: (nullable): the import that last wrote the row, as
 *   @import_run_id; %NULL when it is 0
 *
 * One thing that happened to the minor. The items of a record are sorted
 * by @start, then by @kind; their index is stable for the life of the
 * record and is what the timeline's hit test and focus use.
 */
typedef struct
{
  SchakelRecordKind  kind;
  SchakelRecordFlags flags;
  const char        *table;
  gint64             row_id;
  gint64             import_run_id;
  SchakelDay         start;
  SchakelDay         end;
  const char        *code;
  char              *title;
  char              *detail;
  const char        *suitability;
  double             hours;
  int                days;
  SchakelDay         deadline;
  int                parent;
  GPtrArray         *fields;
  SchakelRecordImport *import;
} SchakelRecordItem;

/**
 * SchakelMinorInfo:
 * @id: the `minor` row id
 * @jongere_id: the partner's pseudonymous id
 * @birth: the birth date; %SCHAKEL_DAY_NONE when unknown (month-precise
 *   dates are the 1st of the month)
 * @birth_estimated: the birth date is an estimate (or month-precise)
 * @amv: an unaccompanied minor
 * @gender: `m`, `v`, `x` or `onbekend` (interned)
 * @country_of_origin: (nullable): ISO 3166 alpha-3 (interned)
 * @arrival: arrival in the Netherlands; %SCHAKEL_DAY_NONE when unknown
 * @application: the asylum application; %SCHAKEL_DAY_NONE when unknown
 * @import_run_id: the `import_run` that last wrote the row; 0 when unknown
 * @fields: (element-type SchakelRecordField): the row's fields
 */
typedef struct
{
  gint64      id;
  char       *jongere_id;
  SchakelDay  birth;
  gboolean    birth_estimated;
  gboolean    amv;
  const char *gender;
  const char *country_of_origin;
  SchakelDay  arrival;
  SchakelDay  application;
  gint64      import_run_id;
  GPtrArray  *fields;
} SchakelMinorInfo;

/**
 * SchakelMinorRecordSummary:
 * @jongere_id: the partner's pseudonymous id
 * @age: age in whole years on today; -1 when the birth date is unknown
 * @age_estimated: the age rests on an estimated or month-precise birth date
 * @amv: an unaccompanied minor
 * @location_name: (nullable): the location of the placement running today
 * @location_type: (nullable): its type code
 * @municipality_name: (nullable): its municipality
 * @school_name: (nullable): the school of the enrolment running today
 *   (the one that started last)
 * @school_type: (nullable): its school type code
 * @n_moves: moves (placements at another location than the one before),
 *   all time, up to today
 * @days_without_education: days of school age without education up to
 *   today, the sum of the school-gap items (as the metrics define school
 *   age and education: docs/metrics.md)
 * @days_waiting: days on wait-lists up to today; overlapping entries
 *   count once
 * @beyond_norm: the minor reached no school within the norm after the
 *   application (or arrival) and the deadline has passed
 * @open_escalation: an open absence report with at least one step taken
 *   and the ladder not closed
 * @turning_18_soon: the 18th birthday falls within 90 days after today
 *
 * The header of the timeline and the dossier. Strings are owned by the
 * record.
 */
typedef struct
{
  const char *jongere_id;
  int         age;
  gboolean    age_estimated;
  gboolean    amv;
  const char *location_name;
  const char *location_type;
  const char *municipality_name;
  const char *school_name;
  const char *school_type;
  guint       n_moves;
  gint64      days_without_education;
  gint64      days_waiting;
  gboolean    beyond_norm;
  gboolean    open_escalation;
  gboolean    turning_18_soon;
} SchakelMinorRecordSummary;

/* SchakelMinorRecord: a boxed, reference-counted, immutable snapshot.
 *
 * schakel_minor_record_load() looks the minor up by its jongere_id,
 * schakel_minor_record_load_by_id() by its `minor` row id (what
 * schakel_minor_summary_get_id() gives). Both read in one read
 * transaction with a few indexed queries, so they are quick enough for a
 * worker thread on every previous/next; @today is the date that decides
 * what is open, overdue or future (normally schakel_day_today()). An
 * unknown minor fails with %SCHAKEL_CORE_ERROR_NOT_FOUND; the message
 * holds no id.
 *
 * get_item() indexes are 0 … get_n_items() − 1. get_extent() gives the
 * first and last day any item touches (today included), for "fit". */
typedef struct _SchakelMinorRecord SchakelMinorRecord;

#define SCHAKEL_TYPE_MINOR_RECORD (schakel_minor_record_get_type ())

GType                            schakel_minor_record_get_type     (void) G_GNUC_CONST;

SchakelMinorRecord              *schakel_minor_record_load         (SchakelDatabase     *db,
                                                                    const char          *jongere_id,
                                                                    SchakelDay           today,
                                                                    GCancellable        *cancellable,
                                                                    GError             **error);
SchakelMinorRecord              *schakel_minor_record_load_by_id   (SchakelDatabase     *db,
                                                                    gint64               minor_id,
                                                                    SchakelDay           today,
                                                                    GCancellable        *cancellable,
                                                                    GError             **error);
SchakelMinorRecord              *schakel_minor_record_ref          (SchakelMinorRecord  *self);
void                             schakel_minor_record_unref        (SchakelMinorRecord  *self);

const SchakelMinorInfo          *schakel_minor_record_get_minor    (SchakelMinorRecord  *self);
SchakelDay                       schakel_minor_record_get_today    (SchakelMinorRecord  *self);
guint                            schakel_minor_record_get_n_items  (SchakelMinorRecord  *self);
const SchakelRecordItem         *schakel_minor_record_get_item     (SchakelMinorRecord  *self,
                                                                    guint                index);
const SchakelMinorRecordSummary *schakel_minor_record_get_summary  (SchakelMinorRecord  *self);
void                             schakel_minor_record_get_extent   (SchakelMinorRecord  *self,
                                                                    SchakelDay          *first,
                                                                    SchakelDay          *last);
const char                      *schakel_record_kind_get_name      (SchakelRecordKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelMinorRecord, schakel_minor_record_unref)

char                            *schakel_record_import_describe    (const SchakelRecordImport *import);
void                             schakel_record_import_free        (SchakelRecordImport *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelRecordImport, schakel_record_import_free)

G_END_DECLS
