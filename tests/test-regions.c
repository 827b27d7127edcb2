/* test-regions.c — region schemes, and the last date of the data.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core.h"
#include "schakel-test-util.h"

static GPtrArray *
list_regions (SchakelDatabase *db,
              const char      *scheme)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *regions = schakel_regions_list (db, scheme, &error);

  g_assert_no_error (error);
  g_assert_nonnull (regions);
  return regions;
}

static const char *
region_name (GPtrArray *regions,
             guint      i)
{
  return ((SchakelRegion *) g_ptr_array_index (regions, i))->name;
}

static const char *
region_code (GPtrArray *regions,
             guint      i)
{
  return ((SchakelRegion *) g_ptr_array_index (regions, i))->code;
}

/* Regions */

static void
test_regions_provinces (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("provinces.db");
  g_autoptr(GPtrArray) regions = list_regions (db, SCHAKEL_REGION_SCHEME_PROVINCES);
  gboolean seen_zeeland = FALSE;

  g_assert_cmpuint (regions->len, ==, 12);
  for (guint i = 0; i < regions->len; i++)
    {
      g_assert_true (g_str_has_prefix (region_code (regions, i), "PV"));
      if (i > 0)
        g_assert_cmpint (g_strcmp0 (region_name (regions, i - 1), region_name (regions, i)), <, 0);
      seen_zeeland |= g_str_equal (region_name (regions, i), "Zeeland");
    }
  g_assert_true (seen_zeeland);
  g_assert_cmpstr (region_name (regions, 0), ==, "Drenthe");
}

static void
test_regions_unknown_scheme (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("unknown.db");
  g_autoptr(GPtrArray) regions = list_regions (db, "no-such-scheme");

  g_assert_cmpuint (regions->len, ==, 0);
}

static void
test_regions_custom_scheme (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("custom.db");
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GPtrArray) defaults = NULL;
  g_autofree char *scheme = NULL;

  schakel_test_exec (db,
                     "INSERT INTO region_scheme (code, name) VALUES ('noo', 'NOO-regio''s');"
                     "INSERT INTO region (scheme_code, code, name) VALUES"
                     " ('noo', 'R3', 'Zuid'),"
                     " ('noo', 'R1', 'Noord'),"
                     " ('noo', 'R4', 'Midden-Oost'),"
                     " ('noo', 'R2', 'Midden');");

  regions = list_regions (db, "noo");
  g_assert_cmpuint (regions->len, ==, 4);
  g_assert_cmpstr (region_name (regions, 0), ==, "Midden");
  g_assert_cmpstr (region_code (regions, 0), ==, "R2");
  g_assert_cmpstr (region_name (regions, 1), ==, "Midden-Oost");
  g_assert_cmpstr (region_name (regions, 2), ==, "Noord");
  g_assert_cmpstr (region_name (regions, 3), ==, "Zuid");
  g_assert_cmpstr (region_code (regions, 3), ==, "R3");

  /* The default scheme follows the setting, and NULL means the default. */
  scheme = schakel_regions_dup_default_scheme (db);
  g_assert_cmpstr (scheme, ==, SCHAKEL_REGION_SCHEME_PROVINCES);
  defaults = list_regions (db, NULL);
  g_assert_cmpuint (defaults->len, ==, 12);
  g_clear_pointer (&defaults, g_ptr_array_unref);
  g_clear_pointer (&scheme, g_free);

  schakel_test_exec (db, "UPDATE setting SET value = 'noo' WHERE key = 'default_region_scheme'");
  scheme = schakel_regions_dup_default_scheme (db);
  g_assert_cmpstr (scheme, ==, "noo");
  defaults = list_regions (db, NULL);
  g_assert_cmpuint (defaults->len, ==, 4);
  g_clear_pointer (&scheme, g_free);

  /* Without the setting, the provinces. */
  schakel_test_exec (db, "DELETE FROM setting WHERE key = 'default_region_scheme'");
  scheme = schakel_regions_dup_default_scheme (db);
  g_assert_cmpstr (scheme, ==, SCHAKEL_REGION_SCHEME_PROVINCES);
}

/* The last date of the data */

static SchakelDay
last_day (SchakelDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDbInfo) info = NULL;
  SchakelDay day = 0;

  g_assert_true (schakel_db_get_last_day (db, &day, &error));
  g_assert_no_error (error);

  /* `schakel-cli info` reports the same day. */
  info = schakel_db_info_collect (db, &error);
  g_assert_no_error (error);
  if (day == SCHAKEL_DAY_NONE)
    g_assert_null (info->last_date);
  else
    {
      g_autofree char *iso = schakel_day_to_iso (day);

      g_assert_cmpstr (info->last_date, ==, iso);
    }
  return day;
}

static void
assert_last_day (SchakelDatabase *db,
                 const char      *expected)
{
  g_autofree char *iso = schakel_day_to_iso (last_day (db));

  g_assert_cmpstr (iso, ==, expected);
}

static void
test_last_day_empty (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("empty.db");

  /* Reference data and settings, but no dated records. */
  g_assert_cmpint (last_day (db), ==, SCHAKEL_DAY_NONE);

  /* A minor alone has no dates that count. */
  schakel_test_exec (db, "INSERT INTO minor (id, jongere_id, birth_date, amv)"
                         " VALUES (1, 'J-1', '2012-05-05', 1)");
  g_assert_cmpint (last_day (db), ==, SCHAKEL_DAY_NONE);
}

/* Each row below is later than all before it, in another table or column,
 * so the last day must follow every one. */
static void
test_last_day_max (void)
{
  g_autoptr(SchakelDatabase) db = schakel_test_open_new ("last-day.db");
  static const struct
  {
    const char *sql;
    const char *expected;
  } steps[] = {
    { "INSERT INTO placement (minor_id, location_id, start_date) VALUES (1, 1, '2024-01-10')",
      "2024-01-10" },
    { "UPDATE placement SET end_date = '2024-02-01' WHERE minor_id = 1",
      "2024-02-01" },
    { "INSERT INTO enrolment (minor_id, school_id, school_type, start_date)"
      " VALUES (1, 1, 'ISK', '2024-02-05')",
      "2024-02-05" },
    { "UPDATE enrolment SET end_date = '2024-03-01' WHERE minor_id = 1",
      "2024-03-01" },
    { "INSERT INTO waitlist_entry (minor_id, school_type, registered_date) VALUES (2, 'ISK', '2024-03-15')",
      "2024-03-15" },
    { "UPDATE waitlist_entry SET end_date = '2024-04-01', outcome = 'geplaatst'",
      "2024-04-01" },
    { "INSERT INTO absence_report (id, report_number, minor_id, report_type, start_date, report_date, status)"
      " VALUES (1, 'M-1', 1, 'LRV', '2024-03-20', '2024-04-10', 'geregistreerd')",
      "2024-04-10" },
    { "UPDATE absence_report SET end_date = '2024-05-01', status = 'afgesloten'",
      "2024-05-01" },
    { "INSERT INTO escalation_step (report_id, step_code, date) VALUES (1, 'casusoverleg', '2024-05-20')",
      "2024-05-20" },
    { "INSERT INTO procedure_event (minor_id, date, event) VALUES (2, '2024-06-30', 'vergunning')",
      "2024-06-30" },
    /* Open again: a placement starting later than everything. */
    { "INSERT INTO placement (minor_id, location_id, start_date) VALUES (2, 1, '2024-07-01')",
      "2024-07-01" },
    /* Older rows leave it alone. */
    { "INSERT INTO placement (minor_id, location_id, start_date, end_date)"
      " VALUES (1, 1, '2020-01-01', '2020-02-01');"
      "INSERT INTO procedure_event (minor_id, date, event) VALUES (1, '2021-01-01', 'aanvraag')",
      "2024-07-01" },
    /* A planned end after today is not yet a fact: the data ends today. */
    { "UPDATE placement SET end_date = '2099-12-31' WHERE minor_id = 2",
      NULL },
  };

  schakel_test_exec (db,
                     "INSERT INTO minor (id, jongere_id, birth_date, amv) VALUES"
                     " (1, 'J-1', '2012-05-05', 1), (2, 'J-2', '2011-01-01', 0);"
                     "INSERT INTO location (id, code, type_code, municipality_code)"
                     " VALUES (1, 'L-1', 'AZC', 'GM0344');"
                     "INSERT INTO school (id, brin, name, municipality_code)"
                     " VALUES (1, '12AB', 'ISK', 'GM0344');");
  g_assert_cmpint (last_day (db), ==, SCHAKEL_DAY_NONE);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *today = schakel_day_to_iso (schakel_day_today ());

      schakel_test_exec (db, steps[i].sql);
      assert_last_day (db, steps[i].expected != NULL ? steps[i].expected : today);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/regions/provinces", test_regions_provinces);
  g_test_add_func ("/core/regions/unknown-scheme", test_regions_unknown_scheme);
  g_test_add_func ("/core/regions/custom-scheme", test_regions_custom_scheme);
  g_test_add_func ("/core/last-day/empty", test_last_day_empty);
  g_test_add_func ("/core/last-day/max", test_last_day_max);

  return g_test_run ();
}
