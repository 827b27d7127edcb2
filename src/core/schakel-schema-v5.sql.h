/* schakel-schema-v5.sql.h — migration 5: escalation ladders as data, public
 * holidays, recording escalation steps and 18+ plans in Schakel.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A migration is history: once released it never changes. This one
 * rebuilds escalation_ladder_step (it gains an id that recorded steps
 * point to), so it runs with foreign keys off; the harness checks every
 * reference before the commit.
 */

#pragma once

#include "schakel-schema-v1.sql.h"

static const char schakel_schema_v5[] =
  /* Working-day deadlines skip these days. 'computed': the Dutch national
   * holidays Schakel filled in; 'user': added or renamed by a user. */
  "CREATE TABLE public_holiday ("
  "  date   TEXT PRIMARY KEY CHECK (" SCHAKEL_VALID_DATE ("date") "),"
  "  name   TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 64),"
  "  source TEXT NOT NULL DEFAULT 'user' CHECK (source IN ('computed', 'user'))"
  ") WITHOUT ROWID;"

  /* One national ladder (no region) and at most one ladder per region. */
  "CREATE UNIQUE INDEX escalation_ladder_national ON escalation_ladder ((scheme_code IS NULL))"
  "  WHERE scheme_code IS NULL;"
  "CREATE UNIQUE INDEX escalation_ladder_region ON escalation_ladder (scheme_code, region_code);"

  /* A step is never deleted once used: it is retired, and its row stays
   * for the steps recorded against it. */
  "CREATE TABLE escalation_ladder_step_v5 ("
  "  id                    INTEGER PRIMARY KEY,"
  "  ladder_id             INTEGER NOT NULL REFERENCES escalation_ladder (id) ON DELETE CASCADE,"
  "  code                  TEXT NOT NULL CHECK (length (code) BETWEEN 1 AND 32),"
  "  name                  TEXT NOT NULL CHECK (length (name) BETWEEN 1 AND 80),"
  "  position              INTEGER NOT NULL CHECK (position >= 1),"
  "  responsible           TEXT NOT NULL CHECK (responsible IN ('school', 'gemeente', 'coordinator',"
  "                        'coa', 'nidos', 'none')),"
  "  deadline_working_days INTEGER NOT NULL CHECK (deadline_working_days BETWEEN 0 AND 250),"
  "  guidance              TEXT NOT NULL DEFAULT '' CHECK (length (guidance) <= 500),"
  "  retired_date          TEXT CHECK (retired_date IS NULL OR " SCHAKEL_VALID_DATE ("retired_date") "),"
  "  UNIQUE (ladder_id, code)"
  ");"
  "INSERT INTO escalation_ladder_step_v5 (ladder_id, code, name, position, responsible,"
  "   deadline_working_days, guidance, retired_date)"
  " SELECT ladder_id, code, name, position, responsible, deadline_working_days, guidance, retired_date"
  " FROM escalation_ladder_step ORDER BY ladder_id, position, code;"
  "DROP TABLE escalation_ladder_step;"
  "ALTER TABLE escalation_ladder_step_v5 RENAME TO escalation_ladder_step;"
  "CREATE INDEX escalation_ladder_step_position ON escalation_ladder_step (ladder_id, position);"

  /* source: 'import' for rows from a partner file, 'app' for steps
   * recorded in Schakel, which an import never changes. skip_reason is
   * required when an app step passes over an earlier step of the ladder;
   * note is short and never medical (docs/escalation.md). */
  "ALTER TABLE escalation_step ADD COLUMN ladder_step_id INTEGER"
  "  REFERENCES escalation_ladder_step (id);"
  "ALTER TABLE escalation_step ADD COLUMN source TEXT NOT NULL DEFAULT 'import'"
  "  CHECK (source IN ('import', 'app'));"
  "ALTER TABLE escalation_step ADD COLUMN skip_reason TEXT"
  "  CHECK (skip_reason IS NULL OR skip_reason IN ('niet_van_toepassing', 'spoed', 'elders_gedaan', 'anders'));"
  "ALTER TABLE escalation_step ADD COLUMN note TEXT CHECK (note IS NULL OR length (note) BETWEEN 1 AND 140);"
  "ALTER TABLE escalation_step ADD COLUMN recorded_at TEXT;"
  "CREATE INDEX escalation_step_report ON escalation_step (report_id, date);"
  "CREATE INDEX escalation_step_ladder_step ON escalation_step (ladder_step_id);"

  /* A case closed in Schakel; the partner's end date and status stay as
   * imported, and a report is closed on the earlier of the two. */
  "CREATE TABLE absence_closure ("
  "  report_id   INTEGER PRIMARY KEY REFERENCES absence_report (id) ON DELETE CASCADE,"
  "  date        TEXT NOT NULL CHECK (" SCHAKEL_VALID_DATE ("date") "),"
  "  outcome     TEXT NOT NULL CHECK (outcome IN ('terug_op_school', 'verzuim_gestopt', 'verhuisd',"
  "              'elders_ingeschreven', 'achttien', 'naar_justitie', 'ingetrokken', 'anders')),"
  "  note        TEXT CHECK (note IS NULL OR length (note) BETWEEN 1 AND 140),"
  "  source      TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('import', 'app')),"
  "  recorded_at TEXT NOT NULL"
  ");"

  /* What happens when a minor turns 18 (DOMAIN.md §7): one plan per minor. */
  "CREATE TABLE adult_plan ("
  "  minor_id               INTEGER PRIMARY KEY REFERENCES minor (id) ON DELETE CASCADE,"
  "  plan                   TEXT NOT NULL CHECK (plan IN ('verlengde_opvang', 'gemeente_huisvesting',"
  "                         'volwassenenopvang', 'onbekend')),"
  "  receiving_municipality TEXT REFERENCES municipality (code),"
  "  education              TEXT NOT NULL DEFAULT 'onbekend' CHECK (education IN ('zelfde_school',"
  "                         'andere_school', 'mbo', 'volwassenenonderwijs', 'geen', 'onbekend')),"
  "  source                 TEXT NOT NULL DEFAULT 'app' CHECK (source IN ('import', 'app')),"
  "  recorded_at            TEXT NOT NULL"
  ");"

  /* The changes made in Schakel, newest last, for undo: the record's
   * state before the change as JSON (NULL: it did not exist). */
  "CREATE TABLE edit_journal ("
  "  id          INTEGER PRIMARY KEY,"
  "  at          TEXT NOT NULL,"
  "  kind        TEXT NOT NULL CHECK (kind IN ('escalation_step', 'absence_closure', 'adult_plan')),"
  "  row_key     INTEGER NOT NULL,"
  "  before      TEXT CHECK (before IS NULL OR json_valid (before)),"
  "  undone_at   TEXT"
  ");";
