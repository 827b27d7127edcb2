/* schakel-json.c — writing JSON text, for exports.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "schakel-json.h"

/**
 * schakel_json_append_string:
 * @out: where to write
 * @text: (nullable): UTF-8 text; %NULL writes `null`
 *
 * Writes @text as a JSON string: quotes, backslashes and control
 * characters escaped, and U+2028/U+2029 too so that the result is also
 * valid JavaScript. Invalid UTF-8 becomes U+FFFD.
 */
void
schakel_json_append_string (GString    *out,
                            const char *text)
{
  g_autofree char *valid = NULL;

  if (text == NULL)
    {
      g_string_append (out, "null");
      return;
    }
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == 0x2028 || c == 0x2029)
            g_string_append_printf (out, "\\u%04x", (guint) c);
          else
            g_string_append_len (out, p, g_utf8_next_char (p) - p);
          break;
        }
    }
  g_string_append_c (out, '"');
}

/**
 * schakel_json_append_number:
 * @out: where to write
 * @value: a number; NAN and infinities write `null`
 *
 * Writes the shortest decimal form (of 15 or 17 digits) that reads back
 * as exactly @value, independent of the locale.
 */
void
schakel_json_append_number (GString *out,
                            double   value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  if (value == 0.0)
    value = 0.0; /* no "-0" */
  g_ascii_formatd (buf, sizeof buf, "%.15g", value);
  if (g_ascii_strtod (buf, NULL) != value)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);
  g_string_append (out, buf);
}

/**
 * schakel_json_append_int:
 * @out: where to write
 * @value: an integer
 *
 * Writes @value.
 */
void
schakel_json_append_int (GString *out,
                         gint64   value)
{
  g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}
