/* schakel-minor-record-private.h — what the record loader's parts share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "schakel-minor-record.h"
#include "schakel-school-rules-private.h"

G_BEGIN_DECLS

/* A placement or enrolment as the derived items need it. */
typedef struct
{
  SchakelRecordItem *item;
  gint64             place_id;  /* location or school id */
} SchakelRecordStay;

typedef struct
{
  sqlite3            *handle;
  SchakelDay          today;
  SchakelSchoolRules  rules;
  SchakelMinorInfo   *minor;
  GPtrArray          *items;       /* SchakelRecordItem*, owned, in reading order */
  GHashTable         *parents;     /* SchakelRecordItem* → its parent item */
  GArray             *placements;  /* SchakelRecordStay, by start */
  GArray             *enrolments;  /* SchakelRecordStay, by start */
  gboolean            open_escalation;
} SchakelRecordBuilder;

SchakelRecordItem *_schakel_record_item_add     (SchakelRecordBuilder  *b,
                                                 SchakelRecordKind      kind,
                                                 const char            *table,
                                                 gint64                 row_id,
                                                 SchakelDay             start,
                                                 SchakelDay             end);
void               _schakel_record_field_add    (GPtrArray             *fields,
                                                 const char            *label,
                                                 char                  *value);
void               _schakel_record_field_free   (gpointer               field);

gboolean           _schakel_record_read_minor   (SchakelRecordBuilder  *b,
                                                 const char            *jongere_id,
                                                 gint64                 minor_id,
                                                 GError               **error);
gboolean           _schakel_record_read_absence (SchakelRecordBuilder *b,
                                                 GError               **error);
gboolean           _schakel_record_read_rows    (SchakelRecordBuilder  *b,
                                                 GCancellable          *cancellable,
                                                 GError               **error);
gboolean           _schakel_record_read_imports (SchakelRecordBuilder  *b,
                                                 GError               **error);

G_END_DECLS
