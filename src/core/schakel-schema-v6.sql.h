/* schakel-schema-v6.sql.h — migration 6: which import last wrote a record.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A migration is history: once released it never changes. The record
 * tables an import merges into gain import_run_id, the import_run of the
 * file that last inserted or changed the row; NULL for rows written before
 * this version, by the demo generator or in the app (source 'app'). The
 * shared reference tables (municipalities, regions, locations, schools)
 * are described by many files and are not traced. ADD COLUMN keeps the
 * rows where they are, so no table is rebuilt.
 */

#pragma once

#define SCHAKEL_V6_IMPORT_RUN_COLUMN(table) \
  "ALTER TABLE " table " ADD COLUMN import_run_id INTEGER REFERENCES import_run (id);"

static const char schakel_schema_v6[] =
  SCHAKEL_V6_IMPORT_RUN_COLUMN ("minor")
  SCHAKEL_V6_IMPORT_RUN_COLUMN ("placement")
  SCHAKEL_V6_IMPORT_RUN_COLUMN ("enrolment")
  SCHAKEL_V6_IMPORT_RUN_COLUMN ("waitlist_entry")
  SCHAKEL_V6_IMPORT_RUN_COLUMN ("absence_report")
  SCHAKEL_V6_IMPORT_RUN_COLUMN ("escalation_step")
  SCHAKEL_V6_IMPORT_RUN_COLUMN ("procedure_event")
  /* The import history lists what one run wrote, and the foreign key
   * check looks up the children of a run; both want an index. Partial:
   * most rows of an older file have no run. */
  "CREATE INDEX minor_import_run ON minor (import_run_id) WHERE import_run_id IS NOT NULL;"
  "CREATE INDEX placement_import_run ON placement (import_run_id) WHERE import_run_id IS NOT NULL;"
  "CREATE INDEX enrolment_import_run ON enrolment (import_run_id) WHERE import_run_id IS NOT NULL;"
  "CREATE INDEX waitlist_entry_import_run ON waitlist_entry (import_run_id) WHERE import_run_id IS NOT NULL;"
  "CREATE INDEX absence_report_import_run ON absence_report (import_run_id) WHERE import_run_id IS NOT NULL;"
  "CREATE INDEX escalation_step_import_run ON escalation_step (import_run_id) WHERE import_run_id IS NOT NULL;"
  "CREATE INDEX procedure_event_import_run ON procedure_event (import_run_id) WHERE import_run_id IS NOT NULL;";
