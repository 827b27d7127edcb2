/* schakel-import-validate.h — reading and checking one field of a
 * partner file.
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

#include "schakel-date.h"
#include "schakel-import-format.h"

G_BEGIN_DECLS

/**
 * SchakelFieldCheck:
 * @value: the value as Schakel stores it (ISO dates, canonical codes)
 * @is_null: the field is empty
 * @number: the number, for hours and yes/no (1/0)
 * @month_precision: a birth date given as a month
 * @slash_ambiguous: a dd/mm/jjjj date that would also be a valid mm/dd/jjjj
 * @month_first: a refused date that can only be mm/dd/jjjj
 * @error: why the value is refused; empty when it is not
 * @warning: why the value is suspect although accepted; empty when it is not
 *
 * The result of schakel_field_check(). Reuse one per column: the strings
 * are kept between calls.
 */
typedef struct
{
  GString  *value;
  gboolean  is_null;
  double    number;
  gboolean  month_precision;
  gboolean  slash_ambiguous;
  gboolean  month_first;
  GString  *error;
  GString  *warning;
} SchakelFieldCheck;

void     schakel_field_check_init  (SchakelFieldCheck         *check);
void     schakel_field_check_clear (SchakelFieldCheck         *check);
gboolean schakel_field_check       (const SchakelImportColumn *column,
                                    const char                *raw,
                                    SchakelFieldCheck         *check);
gboolean schakel_import_parse_date (const char                *text,
                                    gboolean                   allow_month,
                                    SchakelDay                *day,
                                    gboolean                  *month_precision,
                                    gboolean                  *slash_ambiguous,
                                    gboolean                  *month_first,
                                    GString                   *error);
char    *schakel_import_quote_value (const char               *value);

G_END_DECLS
