/* schakel-import-format.h — the canonical exchange files of DOMAIN.md §8.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib.h>

#include "schakel-codes.h"

G_BEGIN_DECLS

/**
 * SchakelImportType:
 *
 * The canonical files, in the order in which they are imported: a file
 * refers only to the ones before it.
 */
typedef enum
{
  SCHAKEL_IMPORT_TYPE_NONE = -1,
  SCHAKEL_IMPORT_MUNICIPALITIES,
  SCHAKEL_IMPORT_REGIONS,
  SCHAKEL_IMPORT_MINORS,
  SCHAKEL_IMPORT_PLACEMENTS,
  SCHAKEL_IMPORT_ENROLMENTS,
  SCHAKEL_IMPORT_WAITLIST,
  SCHAKEL_IMPORT_ABSENCE,
  SCHAKEL_IMPORT_ESCALATIONS,
  SCHAKEL_IMPORT_PROCEDURE,
  SCHAKEL_N_IMPORT_TYPES
} SchakelImportType;

/**
 * SchakelFieldKind:
 *
 * How a column's text is read and checked.
 */
typedef enum
{
  SCHAKEL_FIELD_ID,            /* an identifier a partner made: jongere_id, melding_id */
  SCHAKEL_FIELD_TEXT,          /* a short code without a list: locatie_code, stap */
  SCHAKEL_FIELD_NAME,          /* a name: checked for a lossy save */
  SCHAKEL_FIELD_CODE,          /* a code of a SchakelCodeList */
  SCHAKEL_FIELD_DATE,          /* a day */
  SCHAKEL_FIELD_BIRTH_DATE,    /* a day or a month */
  SCHAKEL_FIELD_BOOL,          /* ja/nee, j/n, 1/0 */
  SCHAKEL_FIELD_HOURS,         /* a decimal between 0 and 60, comma or point */
  SCHAKEL_FIELD_MUNICIPALITY,  /* GMnnnn */
  SCHAKEL_FIELD_PROVINCE,      /* PVnn */
  SCHAKEL_FIELD_BRIN,          /* 2 digits and 2 letters */
  SCHAKEL_FIELD_BRANCH,        /* 2 digits */
  SCHAKEL_FIELD_COUNTRY,       /* ISO 3166 alpha-3 */
} SchakelFieldKind;

/**
 * SchakelImportColumn:
 * @name: the Dutch canonical name
 * @english: the English alias
 * @aliases: (nullable): more accepted names, separated by '|'
 * @kind: how values are read
 * @code_list: for %SCHAKEL_FIELD_CODE
 * @required: whether a value is required
 * @key: whether the column is part of the natural key
 * @max_len: the longest value accepted, in characters (0: no limit)
 * @example: a value for the documentation
 * @description: what the column holds (untranslated)
 */
typedef struct
{
  const char       *name;
  const char       *english;
  const char       *aliases;
  SchakelFieldKind  kind;
  SchakelCodeList   code_list;
  gboolean          required;
  gboolean          key;
  guint             max_len;
  const char       *example;
  const char       *description;
} SchakelImportColumn;

/**
 * SchakelImportFormat:
 * @type: the type
 * @name: the Dutch name, also the canonical file name without `.csv`
 * @english: the English name, accepted for --type
 * @label: a translatable label (untranslated)
 * @columns: the columns in canonical order
 * @n_columns: how many
 */
typedef struct
{
  SchakelImportType           type;
  const char                 *name;
  const char                 *english;
  const char                 *label;
  const SchakelImportColumn  *columns;
  guint                       n_columns;
} SchakelImportFormat;

const SchakelImportFormat *schakel_import_format_get        (SchakelImportType   type);
SchakelImportType          schakel_import_type_from_name    (const char         *name);
int                        schakel_import_format_column     (const SchakelImportFormat *format,
                                                             const char         *name);
char                      *schakel_import_normalize_header  (const char         *name);
int                        schakel_import_format_match      (const SchakelImportFormat *format,
                                                             const char         *header_name);
void                       schakel_import_format_map_header (const SchakelImportFormat *format,
                                                             const char * const *header,
                                                             guint               n_header,
                                                             int                *field_of_column,
                                                             int                *column_of_field);
SchakelImportType          schakel_import_detect_type       (const char * const *header,
                                                             guint               n_header);
const char                *schakel_field_kind_describe      (SchakelFieldKind    kind);

G_END_DECLS
