/* schakel-import-validate.c — reads one field and says what is wrong with
 * it in words a coordinator can act on.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Messages quote the value of the field being checked (shortened) and
 * never anything else of the row. Dates are day-first as DOMAIN.md §8
 * says; a dd/mm/jjjj date that cannot be day-first is refused, never
 * turned around, and one that could be read both ways is flagged so that
 * the importer can refuse it too when the file shows month-first dates
 * elsewhere.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-import-validate.h"

#define QUOTE_MAX_CHARS 40

/**
 * schakel_field_check_init:
 * @check: a check to prepare
 */
void
schakel_field_check_init (SchakelFieldCheck *check)
{
  memset (check, 0, sizeof *check);
  check->value = g_string_new (NULL);
  check->error = g_string_new (NULL);
  check->warning = g_string_new (NULL);
}

/**
 * schakel_field_check_clear:
 * @check: a check
 *
 * Frees what @check holds.
 */
void
schakel_field_check_clear (SchakelFieldCheck *check)
{
  if (check->value != NULL)
    g_string_free (check->value, TRUE);
  if (check->error != NULL)
    g_string_free (check->error, TRUE);
  if (check->warning != NULL)
    g_string_free (check->warning, TRUE);
  memset (check, 0, sizeof *check);
}

/**
 * schakel_import_quote_value:
 * @value: a field value
 *
 * Returns: (transfer full): @value shortened to a length fit for a
 *   message, with an ellipsis when cut
 */
char *
schakel_import_quote_value (const char *value)
{
  const char *end;

  if (strlen (value) <= QUOTE_MAX_CHARS || g_utf8_strlen (value, QUOTE_MAX_CHARS + 1) <= QUOTE_MAX_CHARS)
    return g_strdup (value);
  end = g_utf8_offset_to_pointer (value, QUOTE_MAX_CHARS);
  return g_strdup_printf ("%.*s…", (int) (end - value), value);
}

static void G_GNUC_PRINTF (2, 3)
set_message (GString    *message,
             const char *format,
             ...)
{
  va_list ap;

  va_start (ap, format);
  g_string_vprintf (message, format, ap);
  va_end (ap);
}

static gboolean
all_digits (const char *s,
            gsize       len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* "1,23E+05", "4.5e6": what Excel makes of a long numeric id. */
static gboolean
is_scientific (const char *s)
{
  const char *p = s;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  if (*p == ',' || *p == '.')
    {
      p++;
      while (g_ascii_isdigit (*p))
        p++;
    }
  if (*p != 'e' && *p != 'E')
    return FALSE;
  p++;
  if (*p == '+' || *p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0';
}

/* Splits "a?b?c" on one separator character into up to 3 digit runs. */
static guint
split_date (const char *text,
            char        sep,
            const char *parts[3],
            gsize       lens[3])
{
  guint n = 0;
  const char *p = text;

  while (n < 3)
    {
      const char *next = strchr (p, sep);
      gsize len = next != NULL ? (gsize) (next - p) : strlen (p);

      if (!all_digits (p, len))
        return 0;
      parts[n] = p;
      lens[n] = len;
      n++;
      if (next == NULL)
        break;
      p = next + 1;
    }
  return (n >= 2 && strchr (parts[n - 1], sep) == NULL) ? n : 0;
}

static int
parse_int (const char *s,
           gsize       len)
{
  int v = 0;

  for (gsize i = 0; i < len && i < 6; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

/* Drops a time of midnight that Excel adds to date cells. */
static void
strip_midnight (char *text)
{
  static const char * const suffixes[] = { " 00:00:00", " 0:00:00", " 00:00", " 0:00", "T00:00:00" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (text, suffixes[i]))
      {
        text[strlen (text) - strlen (suffixes[i])] = '\0';
        return;
      }
}

static const char *
date_forms (gboolean allow_month)
{
  return allow_month ? _("jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj, dd/mm/jjjj or a month as jjjj-mm")
                     : _("jjjj-mm-dd, dd-mm-jjjj, d-m-jjjj or dd/mm/jjjj");
}

/**
 * schakel_import_parse_date:
 * @text: the date as written
 * @allow_month: accept `jjjj-mm` (birth dates)
 * @day: (out): the day; the 1st for a month
 * @month_precision: (out) (optional): whether only the month was given
 * @slash_ambiguous: (out) (optional): whether a dd/mm/jjjj date would
 *   also be a valid mm/dd/jjjj date
 * @month_first: (out) (optional): whether @text was refused because it
 *   can only be month-first
 * @error: (nullable): where to write why @text is refused
 *
 * Reads the date forms of DOMAIN.md §8. Day and month are never swapped
 * to make a date fit.
 *
 * Returns: %TRUE when @text is a real date in one of the forms
 */
gboolean
schakel_import_parse_date (const char *text,
                           gboolean    allow_month,
                           SchakelDay *day,
                           gboolean   *month_precision,
                           gboolean   *slash_ambiguous,
                           gboolean   *month_first,
                           GString    *error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  g_autofree char *quoted = schakel_import_quote_value (copy);
  const char *parts[3];
  gsize lens[3];
  int y = 0, m = 0, d = 1;
  gboolean month_only = FALSE, slash = FALSE;
  guint n;

  if (month_precision != NULL)
    *month_precision = FALSE;
  if (slash_ambiguous != NULL)
    *slash_ambiguous = FALSE;
  if (month_first != NULL)
    *month_first = FALSE;
  strip_midnight (copy);

  if ((n = split_date (copy, '-', parts, lens)) == 3 && lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2)
    {
      y = parse_int (parts[0], 4);
      m = parse_int (parts[1], lens[1]);
      d = parse_int (parts[2], lens[2]);
    }
  else if (n == 2 && allow_month && lens[0] == 4 && lens[1] <= 2)
    {
      y = parse_int (parts[0], 4);
      m = parse_int (parts[1], lens[1]);
      month_only = TRUE;
    }
  else if (n == 3 && lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4)
    {
      d = parse_int (parts[0], lens[0]);
      m = parse_int (parts[1], lens[1]);
      y = parse_int (parts[2], 4);
    }
  else if ((n = split_date (copy, '/', parts, lens)) == 3 && lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4)
    {
      d = parse_int (parts[0], lens[0]);
      m = parse_int (parts[1], lens[1]);
      y = parse_int (parts[2], 4);
      slash = TRUE;
    }
  else
    {
      if (error == NULL)
        return FALSE;
      if (all_digits (copy, strlen (copy)) && strlen (copy) == 5)
        set_message (error, _("“%s” looks like an Excel date number; format the column as a date (dd-mm-jjjj) before saving"),
                     quoted);
      else if ((split_date (copy, '-', parts, lens) == 3 || split_date (copy, '/', parts, lens) == 3) &&
               lens[2] == 2)
        set_message (error, _("“%s” has a two-digit year; write the year in full (jjjj)"), quoted);
      else
        set_message (error, _("“%s” is not a date; expected %s"), quoted, date_forms (allow_month));
      return FALSE;
    }

  if (slash && m > 12 && d <= 12)
    {
      if (month_first != NULL)
        *month_first = TRUE;
      if (error != NULL)
        set_message (error, _("“%s” cannot be day-first (there is no month %d); Schakel reads dd/mm/jjjj and does not swap day and month"),
                     quoted, m);
      return FALSE;
    }
  if (y < 1900 || y > 2100)
    {
      if (error != NULL)
        set_message (error, _("“%s”: the year %d is not plausible"), quoted, y);
      return FALSE;
    }
  if (m < 1 || m > 12)
    {
      if (error != NULL)
        set_message (error, _("“%s”: there is no month %d"), quoted, m);
      return FALSE;
    }
  if (!schakel_day_is_valid_ymd (y, m, d))
    {
      if (error != NULL)
        set_message (error, _("“%s” does not exist: that month has no day %d"), quoted, d);
      return FALSE;
    }

  *day = schakel_day_from_ymd (y, m, d);
  if (month_precision != NULL)
    *month_precision = month_only;
  if (slash_ambiguous != NULL)
    *slash_ambiguous = slash && d <= 12 && d != m;
  return TRUE;
}

static gboolean
parse_bool (const char *text,
            double     *out)
{
  static const char * const yes[] = { "ja", "j", "1", "yes", "y", "true", "waar" };
  static const char * const no[] = { "nee", "n", "0", "no", "false", "onwaar" };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    if (g_str_equal (lower, yes[i]))
      {
        *out = 1;
        return TRUE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    if (g_str_equal (lower, no[i]))
      {
        *out = 0;
        return TRUE;
      }
  return FALSE;
}

static gboolean
parse_hours (const char *text,
             double     *out)
{
  g_autofree char *copy = g_strdup (text);
  gboolean seen_point = FALSE;
  char *end = NULL;

  for (char *p = copy; *p != '\0'; p++)
    {
      if (*p == ',' || *p == '.')
        {
          if (seen_point || p == copy || p[1] == '\0')
            return FALSE;
          *p = '.';
          seen_point = TRUE;
        }
      else if (!g_ascii_isdigit (*p))
        return FALSE;
    }
  *out = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && *out >= 0 && *out <= 60;
}

static void
check_code (const SchakelImportColumn *column,
            const char                *text,
            const char                *quoted,
            SchakelFieldCheck         *check)
{
  guint n_codes;
  const SchakelCode *codes = schakel_code_list_get (column->code_list, &n_codes);
  g_autoptr(GString) expected = g_string_new (NULL);

  for (guint i = 0; i < n_codes; i++)
    if (g_ascii_strcasecmp (codes[i].code, text) == 0)
      {
        g_string_assign (check->value, codes[i].code);
        return;
      }
  for (guint i = 0; i < n_codes; i++)
    g_string_append_printf (expected, "%s%s", i > 0 ? ", " : "", codes[i].code);
  set_message (check->error, _("“%s” is not a known code; expected one of: %s"), quoted, expected->str);
}

static void
check_municipality (const char        *upper,
                    const char        *quoted,
                    SchakelFieldCheck *check)
{
  const char *digits = g_str_has_prefix (upper, "GM") ? upper + 2 : upper;
  gsize len = strlen (digits);

  if (all_digits (digits, len) && len == 4)
    g_string_printf (check->value, "GM%s", digits);
  else if (all_digits (digits, len) && len < 4)
    {
      g_string_printf (check->value, "GM%04d", parse_int (digits, len));
      set_message (check->warning, _("“%s” read as %s: leading zeros were probably lost (Excel drops them from numbers)"),
                   quoted, check->value->str);
    }
  else
    set_message (check->error, _("“%s” is not a municipality code; expected GM and 4 digits, e.g. GM0363"),
                 quoted);
}

static void
check_brin (const char        *upper,
            const char        *quoted,
            SchakelFieldCheck *check)
{
  gsize len = strlen (upper);

  if (len == 4 && g_ascii_isdigit (upper[0]) && g_ascii_isdigit (upper[1]) &&
      g_ascii_isalpha (upper[2]) && g_ascii_isalpha (upper[3]))
    g_string_assign (check->value, upper);
  else if (len == 3 && g_ascii_isdigit (upper[0]) && g_ascii_isalpha (upper[1]) && g_ascii_isalpha (upper[2]))
    set_message (check->error, _("“%s” is not a BRIN number; a leading zero was probably lost (0%s?)"),
                 quoted, upper);
  else
    set_message (check->error, _("“%s” is not a BRIN number; expected 2 digits and 2 letters, e.g. 12AB"),
                 quoted);
}

static void
check_branch (const char        *text,
              const char        *quoted,
              SchakelFieldCheck *check)
{
  gsize len = strlen (text);

  if (len == 2 && all_digits (text, 2))
    g_string_assign (check->value, text);
  else if (len == 1 && all_digits (text, 1))
    {
      g_string_printf (check->value, "0%s", text);
      set_message (check->warning, _("“%s” read as %s: a leading zero was probably lost"),
                   quoted, check->value->str);
    }
  else
    set_message (check->error, _("“%s” is not a branch number; expected 2 digits, e.g. 01"), quoted);
}

static gboolean
looks_lossy (const char *text)
{
  return strstr (text, "??") != NULL || strstr (text, "__") != NULL ||
         strstr (text, "\xEF\xBF\xBD") != NULL || g_str_equal (text, "?");
}

/* Export writes a ' before text that a spreadsheet would run as a formula;
 * reading it back removes it again. */
static const char *
strip_neutraliser (const char *text)
{
  if (text[0] == '\'' && text[1] != '\0' && strchr ("=+-@\t\r", text[1]) != NULL)
    return text + 1;
  return text;
}

/**
 * schakel_field_check:
 * @column: the column
 * @raw: (nullable): the field as read; %NULL when the row has no such field
 * @check: (inout): where the result goes
 *
 * Reads @raw as @column says and checks it.
 *
 * Returns: %FALSE when the value is refused (check->error says why)
 */
gboolean
schakel_field_check (const SchakelImportColumn *column,
                     const char                *raw,
                     SchakelFieldCheck         *check)
{
  g_autofree char *text = g_strstrip (g_strdup (raw != NULL ? strip_neutraliser (raw) : ""));
  g_autofree char *quoted = NULL;
  g_autofree char *upper = NULL;

  g_string_truncate (check->value, 0);
  g_string_truncate (check->error, 0);
  g_string_truncate (check->warning, 0);
  check->number = 0;
  check->month_precision = FALSE;
  check->slash_ambiguous = FALSE;
  check->month_first = FALSE;
  check->is_null = *text == '\0';

  if (check->is_null)
    {
      if (column->required)
        set_message (check->error, _("is empty; a value is required"));
      return check->error->len == 0;
    }

  quoted = schakel_import_quote_value (text);
  if (column->max_len > 0 && g_utf8_strlen (text, -1) > column->max_len &&
      (column->kind == SCHAKEL_FIELD_ID || column->kind == SCHAKEL_FIELD_TEXT || column->kind == SCHAKEL_FIELD_NAME))
    {
      set_message (check->error, _("“%s” is too long; at most %u characters"), quoted, column->max_len);
      return FALSE;
    }
  if (column->kind == SCHAKEL_FIELD_MUNICIPALITY || column->kind == SCHAKEL_FIELD_PROVINCE ||
      column->kind == SCHAKEL_FIELD_BRIN || column->kind == SCHAKEL_FIELD_COUNTRY)
    upper = g_ascii_strup (text, -1);

  switch (column->kind)
    {
    case SCHAKEL_FIELD_ID:
      if (is_scientific (text))
        set_message (check->error, _("“%s” is a number in scientific notation: Excel changed this id and the original is lost; format the column as text and export again"),
                     quoted);
      else
        g_string_assign (check->value, text);
      break;

    case SCHAKEL_FIELD_TEXT:
      g_string_assign (check->value, text);
      break;

    case SCHAKEL_FIELD_NAME:
      g_string_assign (check->value, text);
      if (looks_lossy (text))
        set_message (check->warning, _("“%s” has a run of “?” or “_”: letters were probably lost when the file was saved; save it as UTF-8"),
                     quoted);
      break;

    case SCHAKEL_FIELD_CODE:
      check_code (column, text, quoted, check);
      break;

    case SCHAKEL_FIELD_DATE:
    case SCHAKEL_FIELD_BIRTH_DATE:
      {
        SchakelDay day;
        char iso[SCHAKEL_ISO_DATE_LEN];

        if (schakel_import_parse_date (text, column->kind == SCHAKEL_FIELD_BIRTH_DATE, &day,
                                       &check->month_precision, &check->slash_ambiguous,
                                       &check->month_first, check->error))
          {
            schakel_day_format_iso (day, iso);
            g_string_assign (check->value, iso);
          }
      }
      break;

    case SCHAKEL_FIELD_BOOL:
      if (parse_bool (text, &check->number))
        g_string_assign (check->value, check->number != 0 ? "1" : "0");
      else
        set_message (check->error, _("“%s” is not yes or no; expected ja/nee, j/n or 1/0"), quoted);
      break;

    case SCHAKEL_FIELD_HOURS:
      if (parse_hours (text, &check->number))
        g_string_assign (check->value, text);
      else
        set_message (check->error, _("“%s” is not a number of hours from 0 to 60 (decimal comma or point)"),
                     quoted);
      break;

    case SCHAKEL_FIELD_MUNICIPALITY:
      if (is_scientific (text))
        set_message (check->error, _("“%s” is a number in scientific notation: Excel changed this code; format the column as text and export again"),
                     quoted);
      else
        check_municipality (upper, quoted, check);
      break;

    case SCHAKEL_FIELD_PROVINCE:
      if (strlen (upper) == 4 && g_str_has_prefix (upper, "PV") && all_digits (upper + 2, 2))
        g_string_assign (check->value, upper);
      else
        set_message (check->error, _("“%s” is not a province code; expected PV and 2 digits, e.g. PV27"), quoted);
      break;

    case SCHAKEL_FIELD_BRIN:
      check_brin (upper, quoted, check);
      break;

    case SCHAKEL_FIELD_BRANCH:
      check_branch (text, quoted, check);
      break;

    case SCHAKEL_FIELD_COUNTRY:
      if (strlen (upper) == 3 && g_ascii_isalpha (upper[0]) && g_ascii_isalpha (upper[1]) &&
          g_ascii_isalpha (upper[2]))
        g_string_assign (check->value, upper);
      else
        set_message (check->error, _("“%s” is not a country code; expected ISO 3166 alpha-3, e.g. SYR"), quoted);
      break;

    default:
      g_assert_not_reached ();
    }

  return check->error->len == 0;
}
