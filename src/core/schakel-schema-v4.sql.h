/* schakel-schema-v4.sql.h — migration 4: the audit log.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A migration is history: once released it never changes.
 */

#pragma once

/* Who looked at, printed or changed what, and when. Version 1 had a log
 * tied to minors only, with a fixed list of actions and a link that was
 * cleared when the minor was removed; this one names any subject by its
 * own id and keeps it. Rows of the old table are carried over as
 * "minor.<action>". The log is append-only: the triggers refuse to change
 * or remove a row. actor is the operating-system user; detail never holds
 * personal data of a minor. */
static const char schakel_schema_v4[] =
  "ALTER TABLE audit_log RENAME TO audit_log_v1;"
  "CREATE TABLE audit_log ("
  "  id           INTEGER PRIMARY KEY,"
  "  at           TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z'),"
  "  actor        TEXT NOT NULL CHECK (length (actor) BETWEEN 1 AND 64),"
  "  action       TEXT NOT NULL CHECK (length (action) BETWEEN 3 AND 64"
  "               AND action NOT GLOB '*[^a-z0-9_.]*' AND instr (action, '.') > 1),"
  "  subject_kind TEXT CHECK (subject_kind IS NULL OR (length (subject_kind) BETWEEN 1 AND 32"
  "               AND subject_kind NOT GLOB '*[^a-z0-9_]*')),"
  "  subject_id   TEXT CHECK (subject_id IS NULL OR length (subject_id) BETWEEN 1 AND 64),"
  "  detail       TEXT CHECK (detail IS NULL OR length (detail) <= 500)"
  ");"
  "INSERT INTO audit_log (id, at, actor, action, subject_kind, subject_id, detail)"
  " SELECT o.id,"
  "        CASE WHEN o.at GLOB '*T*Z' THEN o.at ELSE strftime ('%Y-%m-%dT%H:%M:%SZ', o.at) END,"
  "        substr (o.actor, 1, 64), 'minor.' || o.action,"
  "        CASE WHEN m.id IS NULL THEN NULL ELSE 'minor' END, m.jongere_id,"
  "        nullif (substr (o.detail, 1, 500), '')"
  "   FROM audit_log_v1 o LEFT JOIN minor m ON m.id = o.minor_id;"
  "DROP TABLE audit_log_v1;"
  "CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id, id);"
  "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
  " BEGIN SELECT RAISE (ABORT, 'the audit log cannot be changed'); END;"
  "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
  " BEGIN SELECT RAISE (ABORT, 'the audit log cannot be changed'); END;";
