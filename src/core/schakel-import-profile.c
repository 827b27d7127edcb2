/* schakel-import-profile.c — mapping profiles: a partner's column names
 * onto a canonical file.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A profile is a small key file (docs/import-formats.md, "Mapping
 * profiles") in $XDG_CONFIG_HOME/schakel/profiles/: the canonical type and,
 * per canonical column, the name the partner's file gives it. Importing
 * renames the file's header through the profile and then reads the file
 * exactly as a canonical one, so every check applies unchanged.
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-import-profile.h"

#define PROFILE_GROUP "Profile"
#define COLUMNS_GROUP "Columns"
#define PROFILE_SUFFIX ".profile"

struct _SchakelImportProfile
{
  char                      *name;
  const SchakelImportFormat *format;
  GPtrArray                 *canonical;  /* column names of the format */
  GPtrArray                 *source;     /* the partner's names, normalised */
  GPtrArray                 *written;    /* the partner's names as written */
};

/**
 * schakel_import_profile_free:
 * @profile: (nullable): a profile
 */
void
schakel_import_profile_free (SchakelImportProfile *profile)
{
  if (profile == NULL)
    return;

  g_free (profile->name);
  g_ptr_array_unref (profile->canonical);
  g_ptr_array_unref (profile->source);
  g_ptr_array_unref (profile->written);
  g_free (profile);
}

static gboolean
invalid (GError     **error,
         const char  *path,
         const char  *message)
{
  g_autofree char *base = g_path_get_basename (path);

  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
               /* Translators: a profile file's name, then what is wrong */
               _("Mapping profile %s: %s"), base, message);
  return FALSE;
}

static gboolean
read_columns (SchakelImportProfile  *profile,
              GKeyFile              *keys,
              const char            *path,
              GError               **error)
{
  g_auto(GStrv) names = g_key_file_get_keys (keys, COLUMNS_GROUP, NULL, NULL);

  if (names == NULL || names[0] == NULL)
    return invalid (error, path, _("the [Columns] group maps no column"));

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *value = g_key_file_get_string (keys, COLUMNS_GROUP, names[i], NULL);
      g_autofree char *normalized = value != NULL ? schakel_import_normalize_header (value) : NULL;
      int column = schakel_import_format_column (profile->format, names[i]);

      if (column < 0)
        {
          g_autofree char *message = g_strdup_printf (_("“%s” is not a column of a %s file"),
                                                      names[i], profile->format->name);

          return invalid (error, path, message);
        }
      if (normalized == NULL || *normalized == '\0')
        {
          g_autofree char *message = g_strdup_printf (_("the column %s is mapped to no name"), names[i]);

          return invalid (error, path, message);
        }
      for (guint j = 0; j < profile->source->len; j++)
        if (g_str_equal (g_ptr_array_index (profile->source, j), normalized))
          {
            g_autofree char *message = g_strdup_printf (_("“%s” is mapped to two columns"), value);

            return invalid (error, path, message);
          }
      g_ptr_array_add (profile->canonical, (gpointer) profile->format->columns[column].name);
      g_ptr_array_add (profile->source, g_steal_pointer (&normalized));
      g_ptr_array_add (profile->written, g_strstrip (g_steal_pointer (&value)));
    }
  return TRUE;
}

static SchakelImportProfile *
profile_new (SchakelImportType type)
{
  SchakelImportProfile *profile = g_new0 (SchakelImportProfile, 1);

  profile->format = schakel_import_format_get (type);
  profile->canonical = g_ptr_array_new ();
  profile->source = g_ptr_array_new_with_free_func (g_free);
  profile->written = g_ptr_array_new_with_free_func (g_free);
  return profile;
}

/**
 * schakel_import_profile_load:
 * @path: a profile file
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with @error
 *   saying what is wrong with the file
 */
SchakelImportProfile *
schakel_import_profile_load (const char  *path,
                             GError     **error)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(SchakelImportProfile) profile = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *type = NULL;
  SchakelImportType t;

  g_return_val_if_fail (path != NULL, NULL);

  if (!g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, &local))
    {
      invalid (error, path, local->message);
      return NULL;
    }

  type = g_key_file_get_string (keys, PROFILE_GROUP, "Type", NULL);
  if (type == NULL || (t = schakel_import_type_from_name (type)) == SCHAKEL_IMPORT_TYPE_NONE)
    {
      invalid (error, path, _("Type= in [Profile] must name a canonical file, such as plaatsingen"));
      return NULL;
    }

  profile = profile_new (t);
  profile->name = g_key_file_get_string (keys, PROFILE_GROUP, "Name", NULL);
  if (profile->name == NULL || *profile->name == '\0')
    {
      g_autofree char *base = g_path_get_basename (path);

      g_free (profile->name);
      if (g_str_has_suffix (base, PROFILE_SUFFIX))
        base[strlen (base) - strlen (PROFILE_SUFFIX)] = '\0';
      profile->name = g_steal_pointer (&base);
    }

  if (!read_columns (profile, keys, path, error))
    return NULL;
  return g_steal_pointer (&profile);
}

/**
 * schakel_import_profile_get_dir:
 *
 * Returns: (transfer full): the folder of the saved profiles,
 *   $XDG_CONFIG_HOME/schakel/profiles
 */
char *
schakel_import_profile_get_dir (void)
{
  return g_build_filename (g_get_user_config_dir (), "schakel", "profiles", NULL);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * schakel_import_profile_load_all:
 * @error: return location for an error
 *
 * Loads every profile of schakel_import_profile_get_dir(), sorted by file
 * name. A folder that does not exist holds none.
 *
 * Returns: (transfer full) (element-type SchakelImportProfile) (nullable):
 *   the profiles, or %NULL when one of them cannot be read
 */
GPtrArray *
schakel_import_profile_load_all (GError **error)
{
  g_autofree char *dir_path = schakel_import_profile_get_dir ();
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_import_profile_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return g_steal_pointer (&profiles);

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, PROFILE_SUFFIX))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      SchakelImportProfile *profile = schakel_import_profile_load (path, error);

      if (profile == NULL)
        return NULL;
      g_ptr_array_add (profiles, profile);
    }
  return g_steal_pointer (&profiles);
}

/**
 * schakel_import_profile_find:
 * @name: a profile's name (its Name=, or its file name without
 *   `.profile`), or the path of a profile file
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the profile
 */
SchakelImportProfile *
schakel_import_profile_find (const char  *name,
                             GError     **error)
{
  g_autoptr(GPtrArray) profiles = NULL;
  g_autofree char *dir = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  if (strchr (name, G_DIR_SEPARATOR) != NULL || g_str_has_suffix (name, PROFILE_SUFFIX))
    return schakel_import_profile_load (name, error);

  if (!(profiles = schakel_import_profile_load_all (error)))
    return NULL;
  for (guint i = 0; i < profiles->len; i++)
    {
      SchakelImportProfile *profile = g_ptr_array_index (profiles, i);

      if (g_utf8_collate (profile->name, name) == 0 || g_ascii_strcasecmp (profile->name, name) == 0)
        return g_ptr_array_steal_index (profiles, i);
    }

  dir = schakel_import_profile_get_dir ();
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
               _("There is no mapping profile “%s” in %s"), name, dir);
  return NULL;
}

const char *
schakel_import_profile_get_name (const SchakelImportProfile *profile)
{
  g_return_val_if_fail (profile != NULL, NULL);
  return profile->name;
}

SchakelImportType
schakel_import_profile_get_type (const SchakelImportProfile *profile)
{
  g_return_val_if_fail (profile != NULL, SCHAKEL_IMPORT_TYPE_NONE);
  return profile->format->type;
}

static int
find_source (const SchakelImportProfile *profile,
             const char                 *header_name)
{
  g_autofree char *normalized = schakel_import_normalize_header (header_name);

  for (guint i = 0; i < profile->source->len; i++)
    if (g_str_equal (g_ptr_array_index (profile->source, i), normalized))
      return (int) i;
  return -1;
}

/**
 * schakel_import_profile_matches:
 * @profile: a profile
 * @header: the header fields of a file
 * @n_header: how many
 *
 * Returns: %TRUE when every name the profile maps is in @header, so that
 *   the profile fits the file's layout
 */
gboolean
schakel_import_profile_matches (const SchakelImportProfile *profile,
                                const char * const         *header,
                                guint                       n_header)
{
  guint found = 0;

  g_return_val_if_fail (profile != NULL, FALSE);

  for (guint i = 0; i < n_header; i++)
    if (find_source (profile, header[i]) >= 0)
      found++;
  return found == profile->source->len;
}

/**
 * schakel_import_profile_rename_header:
 * @profile: a profile
 * @header: the header fields of a file
 * @n_header: how many
 *
 * Returns: (transfer full): @header with each mapped name replaced by its
 *   canonical column name, the others as they were
 */
char **
schakel_import_profile_rename_header (const SchakelImportProfile *profile,
                                      const char * const         *header,
                                      guint                       n_header)
{
  char **renamed = g_new0 (char *, n_header + 1);

  g_return_val_if_fail (profile != NULL, NULL);

  for (guint i = 0; i < n_header; i++)
    {
      int s = find_source (profile, header[i]);

      renamed[i] = g_strdup (s >= 0 ? g_ptr_array_index (profile->canonical, s) : header[i]);
    }
  return renamed;
}

static gboolean
refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (name == NULL || *name == '\0')
    return refuse (error, _("Give the profile a name, such as the partner’s"));
  if (!g_utf8_validate (name, -1, NULL) || g_utf8_strlen (name, -1) > 80)
    return refuse (error, _("A profile name is at most 80 characters of text"));
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)) || *p == '/' || *p == '\\')
      return refuse (error, _("A profile name cannot hold a slash, backslash or line break"));
  return TRUE;
}

/**
 * schakel_import_profile_new:
 * @name: the profile's name, usually the partner's
 * @type: the canonical file the columns map onto
 * @source_of_column: (array): for each column of @type's format, in
 *   canonical order, the name the partner's file gives it, or %NULL when the
 *   file does not have it
 * @error: return location for an error
 *
 * Makes a profile, refusing one that could not read a file: no name, a
 * partner's column given to two canonical columns, or a required column
 * left out. Each message says which column.
 *
 * Returns: (transfer full) (nullable): the profile
 */
SchakelImportProfile *
schakel_import_profile_new (const char          *name,
                            SchakelImportType    type,
                            const char * const  *source_of_column,
                            GError             **error)
{
  g_autoptr(SchakelImportProfile) profile = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (name != NULL ? name : ""));
  const SchakelImportFormat *format;

  g_return_val_if_fail (type > SCHAKEL_IMPORT_TYPE_NONE && type < SCHAKEL_N_IMPORT_TYPES, NULL);
  g_return_val_if_fail (source_of_column != NULL, NULL);

  if (!check_name (stripped, error))
    return NULL;

  format = schakel_import_format_get (type);
  profile = profile_new (type);
  profile->name = g_steal_pointer (&stripped);
  for (guint c = 0; c < format->n_columns; c++)
    {
      const SchakelImportColumn *column = &format->columns[c];
      g_autofree char *written = g_strstrip (g_strdup (source_of_column[c] != NULL ? source_of_column[c] : ""));
      g_autofree char *normalized = schakel_import_normalize_header (written);
      g_autofree char *message = NULL;

      if (*normalized == '\0')
        {
          if (!column->required)
            continue;
          message = g_strdup_printf (_("The required column %s is not mapped to a column of the file"),
                                     column->name);
          refuse (error, message);
          return NULL;
        }
      for (guint j = 0; j < profile->source->len; j++)
        if (g_str_equal (g_ptr_array_index (profile->source, j), normalized))
          {
            message = g_strdup_printf (_("The file’s column “%s” is mapped to both %s and %s"), written,
                                       (const char *) g_ptr_array_index (profile->canonical, j), column->name);
            refuse (error, message);
            return NULL;
          }
      g_ptr_array_add (profile->canonical, (gpointer) column->name);
      g_ptr_array_add (profile->source, g_steal_pointer (&normalized));
      g_ptr_array_add (profile->written, g_steal_pointer (&written));
    }
  return g_steal_pointer (&profile);
}

/**
 * schakel_import_profile_get_source:
 * @profile: a profile
 * @column: a canonical column name of the profile's type
 *
 * Returns: (nullable): the partner's name for @column as the profile
 *   writes it, or %NULL when the profile does not map it
 */
const char *
schakel_import_profile_get_source (const SchakelImportProfile *profile,
                                   const char                 *column)
{
  g_return_val_if_fail (profile != NULL, NULL);
  g_return_val_if_fail (column != NULL, NULL);

  for (guint i = 0; i < profile->canonical->len; i++)
    if (g_str_equal (g_ptr_array_index (profile->canonical, i), column))
      return g_ptr_array_index (profile->written, i);
  return NULL;
}

/* The file name: the name in lower case, runs of anything but letters and
 * digits as one dash, so "COA Noord" and "coa-noord" are one profile. */
static char *
file_name_for (const char *name)
{
  g_autofree char *folded = g_utf8_strdown (name, -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != '-')
        g_string_append_c (out, '-');
    }
  while (out->len > 0 && out->str[out->len - 1] == '-')
    g_string_truncate (out, out->len - 1);
  if (out->len == 0)
    g_string_append (out, "profile");
  g_string_append (out, PROFILE_SUFFIX);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * schakel_import_profile_save:
 * @profile: a profile
 * @dir: (nullable): the folder to save in; %NULL for
 *   schakel_import_profile_get_dir()
 * @path: (out) (optional) (transfer full): where it was saved
 * @error: return location for an error
 *
 * Writes @profile as a key file named after it, replacing a profile of
 * the same name. The file is written whole or not at all (mode 0600), so a
 * crash never leaves a half profile that would stop the next import.
 *
 * Returns: %TRUE when saved
 */
gboolean
schakel_import_profile_save (const SchakelImportProfile  *profile,
                             const char                  *dir,
                             char                       **path,
                             GError                     **error)
{
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *default_dir = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *file_path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;

  g_return_val_if_fail (profile != NULL, FALSE);

  if (dir == NULL)
    dir = default_dir = schakel_import_profile_get_dir ();

  g_key_file_set_string (keys, PROFILE_GROUP, "Name", profile->name);
  g_key_file_set_string (keys, PROFILE_GROUP, "Type", profile->format->name);
  for (guint i = 0; i < profile->canonical->len; i++)
    g_key_file_set_string (keys, COLUMNS_GROUP, g_ptr_array_index (profile->canonical, i),
                           g_ptr_array_index (profile->written, i));
  contents = g_key_file_to_data (keys, &length, NULL);

  file_name = file_name_for (profile->name);
  file_path = g_build_filename (dir, file_name, NULL);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                   _("Cannot make the folder %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }
  if (!g_file_set_contents_full (file_path, contents, (gssize) length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE, 0600, &local))
    {
      g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_IO,
                   _("Cannot save the mapping profile: %s"), local->message);
      return FALSE;
    }
  if (path != NULL)
    *path = g_steal_pointer (&file_path);
  return TRUE;
}

/**
 * schakel_import_profile_choose:
 * @profiles: (element-type SchakelImportProfile) (nullable): saved profiles
 * @header: the header fields of a file
 * @n_header: how many
 *
 * The profile an import uses by itself: none for a header that is a
 * canonical file's, else the first of @profiles that fits it.
 *
 * Returns: (transfer none) (nullable): the profile
 */
const SchakelImportProfile *
schakel_import_profile_choose (GPtrArray          *profiles,
                               const char * const *header,
                               guint               n_header)
{
  if (profiles == NULL || schakel_import_detect_type (header, n_header) != SCHAKEL_IMPORT_TYPE_NONE)
    return NULL;
  for (guint i = 0; i < profiles->len; i++)
    if (schakel_import_profile_matches (g_ptr_array_index (profiles, i), header, n_header))
      return g_ptr_array_index (profiles, i);
  return NULL;
}
