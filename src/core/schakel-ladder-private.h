/* schakel-ladder-private.h — the SQL that finds a report's ladder, shared
 * by the metrics, the case list and recording.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "schakel-ladder.h"

G_BEGIN_DECLS

/* Where report @r belongs: its school's municipality, else (ABSOLUUT: no
 * school) that of the minor's placement on the report date. */
#define SCHAKEL_REPORT_MUNICIPALITY_OF(r) \
  "coalesce ((SELECT rs.municipality_code FROM school rs WHERE rs.id = " r ".school_id)," \
  " (SELECT rl.municipality_code FROM placement rp JOIN location rl ON rl.id = rp.location_id" \
  "  WHERE rp.minor_id = " r ".minor_id AND rp.start_date <= " r ".report_date" \
  "  ORDER BY rp.start_date DESC LIMIT 1))"

/* The ladder for municipality @gm: the ladder of a region containing it
 * (a region of the default scheme first), else the national one. */
#define SCHAKEL_LADDER_FOR_MUNICIPALITY(gm) \
  "coalesce ((SELECT el.id FROM escalation_ladder el JOIN region_municipality erm" \
  "   ON erm.scheme_code = el.scheme_code AND erm.region_code = el.region_code" \
  "   WHERE erm.municipality_code = " gm \
  "   ORDER BY el.scheme_code IS NOT (SELECT value FROM setting WHERE key = 'default_region_scheme')," \
  "   el.id LIMIT 1)," \
  " (SELECT id FROM escalation_ladder WHERE scheme_code IS NULL))"

/* The last step taken on report r by :t, as its id; ties on a day are
 * broken by ladder position. */
#define SCHAKEL_REPORT_LAST_STEP \
  "(SELECT les.id FROM escalation_step les" \
  "  LEFT JOIN escalation_ladder_step lls ON lls.id = les.ladder_step_id" \
  "  WHERE les.report_id = r.id AND les.date <= :t" \
  "  ORDER BY les.date DESC, lls.position DESC, les.id DESC LIMIT 1)"

/* When a report is closed: the earlier of the partner's end date and a
 * closure recorded in Schakel. Needs r and the closure (LEFT JOIN) as c. */
#define SCHAKEL_REPORT_END \
  "CASE WHEN c.date IS NULL THEN r.end_date WHEN r.end_date IS NULL THEN c.date" \
  " ELSE min (r.end_date, c.date) END"

/* Where a case stands on a day, from its last step (@last_step_code NULL:
 * none taken yet). @days_overdue is the one definition of overdue, for the
 * metric escalations_overdue, the case list (Verzuim) and the timeline:
 * the day is past the deadline of the next step, the first step's counting
 * from the report date (docs/metrics.md, docs/escalation.md). */
typedef struct
{
  const SchakelLadderStep *current;  /* NULL: no step yet, or one of another ladder */
  const SchakelLadderStep *next;     /* NULL: the ladder is done or the current step unknown */
  SchakelDay               deadline; /* of @next; SCHAKEL_DAY_NONE when it has none */
  gboolean                 escalating; /* a step was taken and the case is not at the end */
  int                      days_overdue; /* calendar days past @deadline; 0 when not overdue */
} SchakelCaseState;

typedef struct
{
  const char *scheme_code;
  const char *region_code;
  gint64      id;           /* out: the new ladder */
} SchakelLadderCreateRegional;

gboolean    _schakel_ladder_create_regional (SchakelDatabase             *db,
                                             SchakelLadderCreateRegional *c,
                                             GError                     **error);
gboolean    _schakel_write_transaction   (SchakelDatabase         *db,
                                          gboolean               (*func) (SchakelDatabase *, gpointer, GError **),
                                          gpointer                 data,
                                          GError                 **error);
gint64      _schakel_ladder_insert_step  (SchakelDatabase         *db,
                                          gint64                   ladder_id,
                                          const SchakelLadderStepSpec *spec,
                                          int                      position,
                                          GError                 **error);
gboolean    _schakel_journal_add         (SchakelDatabase         *db,
                                          const char              *kind,
                                          gint64                   row_key,
                                          GError                 **error);
GHashTable *_schakel_ladders_load_handle (sqlite3                 *db,
                                          GError                 **error);
void        _schakel_case_state          (const SchakelLadder     *ladder,
                                          gint64                   last_step_id,
                                          const char              *last_step_code,
                                          SchakelDay               last_date,
                                          SchakelDay               report_date,
                                          SchakelDay               on,
                                          const GArray            *holidays,
                                          SchakelCaseState        *state);
const SchakelLadderStep *
            _schakel_ladder_match_step   (const SchakelLadder     *ladder,
                                          gint64                   step_id,
                                          const char              *code);
SchakelDay  _schakel_ladder_step_deadline (const SchakelLadderStep *step,
                                           SchakelDay               previous,
                                           const GArray            *holidays);

G_END_DECLS
