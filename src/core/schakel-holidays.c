/* schakel-holidays.c — public holidays, skipped by working-day deadlines.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list is data (table public_holiday): Schakel computes the Dutch
 * national holidays for a range of years, and a user can add a day (a
 * regional agreement) or remove one. Deadlines read the whole table.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-holidays.h"
#include "schakel-holidays-private.h"
#include "schakel-sqlite-private.h"

/**
 * schakel_holidays_easter:
 * @year: a Gregorian year
 *
 * Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * Returns: the day number of Easter Sunday in @year
 */
SchakelDay
schakel_holidays_easter (int year)
{
  int a = year % 19, b = year / 100, c = year % 100;
  int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;

  return schakel_day_from_ymd (year, month, day);
}

/* King's Day is 27 April (since 2014), Queen's Day was 30 April; either
 * moves a day earlier when it falls on a Sunday. */
static SchakelDay
kings_day (int year)
{
  SchakelDay d = year >= 2014 ? schakel_day_from_ymd (year, 4, 27) : schakel_day_from_ymd (year, 4, 30);

  return schakel_day_weekday (d) == 7 ? d - 1 : d;
}

/**
 * schakel_holidays_nl:
 * @year: a Gregorian year
 * @out: room for %SCHAKEL_HOLIDAYS_NL_PER_YEAR holidays
 *
 * Fills @out with the generally recognised public holidays of the
 * Netherlands in @year, as listed in art. 3 of the Algemene termijnenwet:
 * New Year's Day, Easter Monday, King's Day, 5 May, Ascension Day,
 * Whit Monday, Christmas Day and Boxing Day. Good Friday and Easter and
 * Whit Sunday are not on that list (the Sundays are weekend days anyway).
 *
 * Returns: the number of holidays written, %SCHAKEL_HOLIDAYS_NL_PER_YEAR
 */
guint
schakel_holidays_nl (int            year,
                     SchakelHoliday out[SCHAKEL_HOLIDAYS_NL_PER_YEAR])
{
  SchakelDay easter = schakel_holidays_easter (year);
  const SchakelHoliday days[SCHAKEL_HOLIDAYS_NL_PER_YEAR] = {
    { schakel_day_from_ymd (year, 1, 1), "Nieuwjaarsdag" },
    { easter + 1, "Tweede Paasdag" },
    { kings_day (year), year >= 2014 ? "Koningsdag" : "Koninginnedag" },
    { schakel_day_from_ymd (year, 5, 5), "Bevrijdingsdag" },
    { easter + 39, "Hemelvaartsdag" },
    { easter + 50, "Tweede Pinksterdag" },
    { schakel_day_from_ymd (year, 12, 25), "Eerste Kerstdag" },
    { schakel_day_from_ymd (year, 12, 26), "Tweede Kerstdag" },
  };

  for (guint i = 0; i < SCHAKEL_HOLIDAYS_NL_PER_YEAR; i++)
    out[i] = days[i];
  return SCHAKEL_HOLIDAYS_NL_PER_YEAR;
}

GArray *
_schakel_holidays_load_handle (sqlite3  *db,
                               GError  **error)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (SchakelDay));
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (db, "SELECT date FROM public_holiday ORDER BY date", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelDay d;

      if (schakel_day_parse_iso ((const char *) sqlite3_column_text (stmt, 0), &d))
        g_array_append_val (days, d);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, db, _("Could not read the public holidays"));
      return NULL;
    }
  return g_steal_pointer (&days);
}

gboolean
_schakel_holidays_seed_nl_handle (sqlite3  *db,
                                  int       first_year,
                                  int       last_year,
                                  GError  **error)
{
  g_autoptr(sqlite3_stmt) insert = schakel_sqlite_prepare (db,
    "INSERT INTO public_holiday (date, name, source) VALUES (?1, ?2, 'computed')"
    " ON CONFLICT (date) DO NOTHING", error);

  if (insert == NULL)
    return FALSE;
  for (int year = first_year; year <= last_year; year++)
    {
      SchakelHoliday days[SCHAKEL_HOLIDAYS_NL_PER_YEAR];
      guint n = schakel_holidays_nl (year, days);

      for (guint i = 0; i < n; i++)
        {
          char iso[SCHAKEL_ISO_DATE_LEN];

          schakel_day_format_iso (days[i].day, iso);
          schakel_sqlite_bind_text (insert, 1, iso);
          schakel_sqlite_bind_text (insert, 2, days[i].name);
          if (!schakel_sqlite_step_done (db, insert, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * schakel_holidays_load:
 * @db: a database
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type SchakelDay): every public holiday
 *   in the database, sorted, for schakel_day_add_working_days()
 */
GArray *
schakel_holidays_load (SchakelDatabase  *db,
                       GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  return _schakel_holidays_load_handle (schakel_database_get_handle (db), error);
}

/**
 * schakel_holidays_seed_nl:
 * @db: a writable database
 * @first_year: the first year
 * @last_year: the last year
 * @error: return location for an error
 *
 * Adds the Dutch national holidays (schakel_holidays_nl()) of
 * @first_year to @last_year, in one transaction. Days already in the
 * list stay as they are, so a day a user renamed keeps its name.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_holidays_seed_nl (SchakelDatabase  *db,
                          int               first_year,
                          int               last_year,
                          GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);

  if (first_year < 1900 || last_year > 2200 || first_year > last_year)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("The years %d to %d are not a valid range"), first_year, last_year);
      return FALSE;
    }
  if (!schakel_database_begin (db, error))
    return FALSE;
  if (!_schakel_holidays_seed_nl_handle (schakel_database_get_handle (db), first_year, last_year, error) ||
      !schakel_database_commit (db, error))
    {
      schakel_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

static gboolean
exec_day (SchakelDatabase  *db,
          const char       *sql,
          SchakelDay        day,
          const char       *name,
          GError          **error)
{
  sqlite3 *handle = schakel_database_get_handle (db);
  g_autoptr(sqlite3_stmt) stmt = schakel_sqlite_prepare (handle, sql, error);
  char iso[SCHAKEL_ISO_DATE_LEN];

  if (stmt == NULL)
    return FALSE;
  schakel_day_format_iso (day, iso);
  schakel_sqlite_bind_text (stmt, 1, iso);
  if (name != NULL)
    schakel_sqlite_bind_text (stmt, 2, name);
  return schakel_sqlite_step_done (handle, stmt, error);
}

/**
 * schakel_holidays_add:
 * @db: a writable database
 * @day: the day
 * @name: its name, 1 to 64 characters
 * @error: return location for an error
 *
 * Adds @day to the public holidays, or renames it when it is there.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_holidays_add (SchakelDatabase  *db,
                      SchakelDay        day,
                      const char       *name,
                      GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_utf8_strlen (name, -1) < 1 || g_utf8_strlen (name, -1) > 64)
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
                   _("A public holiday needs a name of 1 to 64 characters"));
      return FALSE;
    }
  return exec_day (db, "INSERT INTO public_holiday (date, name, source) VALUES (?1, ?2, 'user')"
                       " ON CONFLICT (date) DO UPDATE SET name = excluded.name, source = 'user'",
                   day, name, error);
}

/**
 * schakel_holidays_remove:
 * @db: a writable database
 * @day: the day
 * @error: return location for an error
 *
 * Makes @day a working day again. Removing a day that is not a holiday
 * does nothing.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_holidays_remove (SchakelDatabase  *db,
                         SchakelDay        day,
                         GError          **error)
{
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);

  return exec_day (db, "DELETE FROM public_holiday WHERE date = ?1", day, NULL, error);
}

/**
 * schakel_holidays_list:
 * @db: a database
 * @year: only this year's holidays, or 0 for all
 * @error: return location for an error
 *
 * Returns: (transfer full) (element-type SchakelHolidayEntry): the public
 *   holidays in date order, or %NULL on error
 */
GPtrArray *
schakel_holidays_list (SchakelDatabase  *db,
                       int               year,
                       GError          **error)
{
  sqlite3 *handle;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  int rc;

  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  handle = schakel_database_get_handle (db);
  stmt = schakel_sqlite_prepare (handle,
                                 "SELECT date, name, source = 'computed' FROM public_holiday"
                                 " WHERE ?1 = 0 OR CAST (substr (date, 1, 4) AS INTEGER) = ?1"
                                 " ORDER BY date",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_holiday_entry_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SchakelHolidayEntry *entry = g_new0 (SchakelHolidayEntry, 1);

      entry->day = schakel_sqlite_column_day (stmt, 0);
      entry->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      entry->computed = sqlite3_column_int (stmt, 2);
      g_ptr_array_add (entries, entry);
    }
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Database error"));
      return NULL;
    }
  return g_steal_pointer (&entries);
}

void
schakel_holiday_entry_free (SchakelHolidayEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->name);
  g_free (entry);
}
