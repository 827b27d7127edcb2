/* schakel-schema-v3.sql.h — migration 3: the history of imports.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A migration is history: once released it never changes.
 */

#pragma once

/* One row per imported file. file_name is the base name only: a path can
 * hold a user name. A committed import writes its rows in the same
 * transaction as the data; a dry run writes its row on its own. */
static const char schakel_schema_v3[] =
  "CREATE TABLE import_run ("
  "  id             INTEGER PRIMARY KEY,"
  "  at             TEXT NOT NULL,"
  "  file_name      TEXT NOT NULL CHECK (length (file_name) BETWEEN 1 AND 255"
  "                 AND instr (file_name, '/') = 0 AND instr (file_name, '\\') = 0),"
  "  sha256         TEXT NOT NULL CHECK (length (sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),"
  "  file_type      TEXT NOT NULL CHECK (file_type IN ('gemeenten', 'regio_indeling', 'jongeren',"
  "                 'plaatsingen', 'inschrijvingen', 'wachtlijst', 'verzuim', 'escalaties', 'procedure')),"
  "  rows_read      INTEGER NOT NULL CHECK (rows_read >= 0),"
  "  rows_inserted  INTEGER NOT NULL CHECK (rows_inserted >= 0),"
  "  rows_updated   INTEGER NOT NULL CHECK (rows_updated >= 0),"
  "  rows_unchanged INTEGER NOT NULL CHECK (rows_unchanged >= 0),"
  "  rows_rejected  INTEGER NOT NULL CHECK (rows_rejected >= 0),"
  "  warnings       INTEGER NOT NULL CHECK (warnings >= 0),"
  "  valid_only     INTEGER NOT NULL CHECK (valid_only IN (0, 1)),"
  "  dry_run        INTEGER NOT NULL CHECK (dry_run IN (0, 1))"
  ");"
  "CREATE INDEX import_run_at ON import_run (at);"
  "CREATE INDEX import_run_sha256 ON import_run (sha256);";
