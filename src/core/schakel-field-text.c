/* schakel-field-text.c — a field read from a file, shown on one line.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-field-text.h"

/**
 * schakel_field_append_visible:
 * @out: where to write
 * @field: a field as read
 *
 * Appends @field with its line breaks and tabs written as `\n`, `\r` and
 * `\t`, so that `schakel-cli inspect` and the app's preview show what is
 * in a field on one line.
 */
void
schakel_field_append_visible (GString    *out,
                              const char *field)
{
  for (const char *p = field; *p != '\0'; p++)
    if (*p == '\n')
      g_string_append (out, "\\n");
    else if (*p == '\r')
      g_string_append (out, "\\r");
    else if (*p == '\t')
      g_string_append (out, "\\t");
    else
      g_string_append_c (out, *p);
}
