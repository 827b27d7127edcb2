/* test-import-profile.c — making and saving mapping profiles.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

/* A partner's names for the placement columns, in canonical order:
 * jongere_id, locatie_code, locatie_naam, locatie_type, gemeente_code,
 * startdatum, einddatum, reden. */
static const char * const coa_names[] = {
  "Clientnummer", "Locatie", NULL, "Soort opvang", "Gemeente", "Datum in", " Datum uit ", NULL,
};

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” does not contain “%s”", haystack, needle);
}

static void
test_profile_round_trip (void)
{
  g_autofree char *dir = schakel_test_tmp_path ("round-trip-profiles");
  g_autoptr(SchakelImportProfile) made = NULL;
  g_autoptr(SchakelImportProfile) loaded = NULL;
  g_autoptr(SchakelImportProfile) replaced = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *again = NULL;
  g_auto(GStrv) renamed = NULL;
  static const char * const header[] = { "CLIENTNUMMER", "locatie", "Soort opvang", "Gemeente", "Datum in",
                                         "Datum uit", "Opmerking" };
  struct stat st;

  made = schakel_import_profile_new ("  COA Noord / Oost ", SCHAKEL_IMPORT_PLACEMENTS, coa_names, &error);
  g_assert_null (made);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  assert_contains (error->message, "slash");
  g_clear_error (&error);

  made = schakel_import_profile_new ("  COA Noord ", SCHAKEL_IMPORT_PLACEMENTS, coa_names, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (schakel_import_profile_get_name (made), ==, "COA Noord");
  g_assert_cmpstr (schakel_import_profile_get_source (made, "einddatum"), ==, "Datum uit");
  g_assert_null (schakel_import_profile_get_source (made, "reden"));

  g_assert_true (schakel_import_profile_save (made, dir, &path, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_suffix (path, G_DIR_SEPARATOR_S "coa-noord.profile"));
  /* Written privately: a partner's layout is nobody else's business. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  loaded = schakel_import_profile_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (schakel_import_profile_get_name (loaded), ==, "COA Noord");
  g_assert_cmpint (schakel_import_profile_get_type (loaded), ==, SCHAKEL_IMPORT_PLACEMENTS);
  for (guint c = 0; c < G_N_ELEMENTS (coa_names); c++)
    {
      const char *column = schakel_import_format_get (SCHAKEL_IMPORT_PLACEMENTS)->columns[c].name;
      g_autofree char *expected = coa_names[c] != NULL ? g_strstrip (g_strdup (coa_names[c])) : NULL;

      g_assert_cmpstr (schakel_import_profile_get_source (loaded, column), ==, expected);
    }
  g_assert_true (schakel_import_profile_matches (loaded, header, G_N_ELEMENTS (header)));
  renamed = schakel_import_profile_rename_header (loaded, header, G_N_ELEMENTS (header));
  g_assert_cmpstr (renamed[0], ==, "jongere_id");
  g_assert_cmpstr (renamed[5], ==, "einddatum");
  g_assert_cmpstr (renamed[6], ==, "Opmerking");

  /* The same name saves over the same file: one profile per partner. */
  replaced = schakel_import_profile_new ("coa noord", SCHAKEL_IMPORT_PLACEMENTS, coa_names, &error);
  g_assert_no_error (error);
  g_assert_true (schakel_import_profile_save (replaced, dir, &again, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (again, ==, path);
}

static void
assert_refused (const char         *name,
                const char * const *names,
                const char         *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImportProfile) profile = schakel_import_profile_new (name, SCHAKEL_IMPORT_PLACEMENTS, names, &error);

  g_assert_null (profile);
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID);
  assert_contains (error->message, expected);
}

static void
test_profile_refused (void)
{
  static const char * const twice[] = { "Clientnummer", "Locatie", NULL, "Soort", "Gemeente", "Datum", "DATUM ", NULL };
  static const char * const missing[] = { "Clientnummer", "Locatie", "Naam", "Soort", NULL, "Datum in", NULL, NULL };
  static const char * const blank[] = { "Clientnummer", "  ", NULL, "Soort", "Gemeente", "Datum in", NULL, NULL };
  g_autofree char *long_name = g_strnfill (81, 'x');

  assert_refused ("", coa_names, "Give the profile a name");
  assert_refused ("   ", coa_names, "Give the profile a name");
  assert_refused ("COA\nNoord", coa_names, "line break");
  assert_refused (long_name, coa_names, "at most 80 characters");
  assert_refused ("COA", twice, "“DATUM” is mapped to both startdatum and einddatum");
  assert_refused ("COA", missing, "The required column gemeente_code is not mapped");
  assert_refused ("COA", blank, "The required column locatie_code is not mapped");
}

/* Saving replaces the file by renaming a whole new one over it (a new
 * inode), never by rewriting it in place; a failed save leaves no file. */
static void
test_profile_save_atomic (void)
{
  g_autofree char *dir = schakel_test_tmp_path ("atomic-profiles");
  g_autofree char *path = NULL;
  g_autofree char *occupied = NULL;
  g_autofree char *blocked = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(SchakelImportProfile) first = NULL;
  g_autoptr(SchakelImportProfile) second = NULL;
  g_autoptr(SchakelImportProfile) third = NULL;
  g_autoptr(SchakelImportProfile) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  static const char * const other[] = { "Nummer", "Plek", NULL, "Soort", "GM", "Van", NULL, NULL };
  struct stat before, after;
  const char *name;
  guint n = 0;

  first = schakel_import_profile_new ("COA Noord", SCHAKEL_IMPORT_PLACEMENTS, coa_names, &error);
  g_assert_no_error (error);
  g_assert_true (schakel_import_profile_save (first, dir, &path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &before), ==, 0);

  second = schakel_import_profile_new ("COA Noord", SCHAKEL_IMPORT_PLACEMENTS, other, &error);
  g_assert_no_error (error);
  g_assert_true (schakel_import_profile_save (second, dir, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (after.st_ino, !=, before.st_ino);
  loaded = schakel_import_profile_load (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (schakel_import_profile_get_source (loaded, "locatie_code"), ==, "Plek");

  /* Where the file should go is taken by a folder: a clear error, and no
   * temporary file is left behind. */
  occupied = g_build_filename (dir, "duo.profile", NULL);
  g_assert_cmpint (g_mkdir (occupied, 0700), ==, 0);
  third = schakel_import_profile_new ("DUO", SCHAKEL_IMPORT_PLACEMENTS, other, &error);
  g_assert_no_error (error);
  g_assert_false (schakel_import_profile_save (third, dir, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO);
  assert_contains (error->message, "Cannot save the mapping profile");
  listing = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_assert_true (g_str_equal (name, "coa-noord.profile") || g_str_equal (name, "duo.profile"));
      n++;
    }
  g_assert_cmpuint (n, ==, 2);

  /* A folder that cannot be made. */
  blocked = g_build_filename (path, "sub", NULL);
  g_clear_error (&error);
  g_assert_false (schakel_import_profile_save (third, blocked, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO);
  assert_contains (error->message, "Cannot make the folder");
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  assert_contains (contents, "locatie_code=Plek");
}

static void
test_profile_choose (void)
{
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_import_profile_free);
  g_autoptr(GError) error = NULL;
  static const char * const partner[] = { "Clientnummer", "Locatie", "Soort opvang", "Gemeente", "Datum in",
                                          "Datum uit" };
  static const char * const canonical[] = { "jongere_id", "locatie_code", "locatie_type", "gemeente_code",
                                            "startdatum" };
  static const char * const other[] = { "Clientnummer", "Plek" };

  g_ptr_array_add (profiles, schakel_import_profile_new ("COA", SCHAKEL_IMPORT_PLACEMENTS, coa_names, &error));
  g_assert_no_error (error);
  g_assert_true (schakel_import_profile_choose (profiles, partner, G_N_ELEMENTS (partner)) == profiles->pdata[0]);
  g_assert_null (schakel_import_profile_choose (profiles, canonical, G_N_ELEMENTS (canonical)));
  g_assert_null (schakel_import_profile_choose (profiles, other, G_N_ELEMENTS (other)));
  g_assert_null (schakel_import_profile_choose (NULL, partner, G_N_ELEMENTS (partner)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/import-profile/round-trip", test_profile_round_trip);
  g_test_add_func ("/core/import-profile/refused", test_profile_refused);
  g_test_add_func ("/core/import-profile/save-atomic", test_profile_save_atomic);
  g_test_add_func ("/core/import-profile/choose", test_profile_choose);

  return g_test_run ();
}
