/* schakel-scope.c — parse, check and describe scopes.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A scope is a set of municipalities: every place and school carries a GM
 * code (DOMAIN.md §9), so every figure can be restricted with one SQL
 * condition on a municipality code.
 */

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-core-error.h"
#include "schakel-regions.h"
#include "schakel-scope-private.h"
#include "schakel-sqlite-private.h"

struct _SchakelScope
{
  SchakelScopeKind  kind;
  char             *scheme; /* regions only */
  char             *code;   /* NULL for the whole country */
};

/**
 * schakel_scope_new:
 * @kind: the kind of scope
 * @scheme: (nullable): the region scheme, for %SCHAKEL_SCOPE_REGION
 * @code: (nullable): the province, region or municipality code
 *
 * Makes a scope without checking it; see schakel_scope_validate().
 *
 * Returns: (transfer full): the scope
 */
SchakelScope *
schakel_scope_new (SchakelScopeKind  kind,
                   const char       *scheme,
                   const char       *code)
{
  SchakelScope *self = g_new0 (SchakelScope, 1);

  self->kind = kind;
  self->scheme = kind == SCHAKEL_SCOPE_REGION ? g_strdup (scheme) : NULL;
  self->code = kind == SCHAKEL_SCOPE_NATIONAL ? NULL : g_strdup (code);
  return self;
}

/**
 * schakel_scope_copy:
 * @self: a scope
 *
 * Returns: (transfer full): a copy of @self
 */
SchakelScope *
schakel_scope_copy (const SchakelScope *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return schakel_scope_new (self->kind, self->scheme, self->code);
}

/**
 * schakel_scope_free:
 * @self: (nullable): a scope
 *
 * Frees @self.
 */
void
schakel_scope_free (SchakelScope *self)
{
  if (self == NULL)
    return;
  g_free (self->scheme);
  g_free (self->code);
  g_free (self);
}

static gboolean
matches_code (const char *text,
              const char *prefix,
              guint       n_digits)
{
  gsize len = strlen (prefix);

  if (strlen (text) != len + n_digits || g_ascii_strncasecmp (text, prefix, len) != 0)
    return FALSE;
  for (guint i = 0; i < n_digits; i++)
    if (!g_ascii_isdigit (text[len + i]))
      return FALSE;
  return TRUE;
}

static gboolean
fail_parse (const char  *text,
            GError     **error)
{
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
               /* Translators: the scope names stay as they are: nl, provincie, regio, gemeente */
               _("Unknown scope “%s”: use nl, provincie:PVnn, regio:INDELING:CODE or gemeente:GMnnnn"),
               text);
  return FALSE;
}

/**
 * schakel_scope_parse:
 * @text: `nl`, `provincie:PV26`, `regio:INDELING:CODE` or `gemeente:GM0307`
 * @error: return location for an error
 *
 * Parses a scope. Province and municipality codes may be written in
 * either case; region scheme and region codes are taken as written. The
 * scope is not checked against a database.
 *
 * Returns: (transfer full) (nullable): the scope
 */
SchakelScope *
schakel_scope_parse (const char  *text,
                     GError     **error)
{
  const char *rest;

  g_return_val_if_fail (text != NULL, NULL);

  if (g_ascii_strcasecmp (text, "nl") == 0)
    return schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);

  if (g_str_has_prefix (text, "provincie:"))
    {
      rest = text + strlen ("provincie:");
      if (matches_code (rest, "PV", 2))
        {
          g_autofree char *code = g_ascii_strup (rest, -1);
          return schakel_scope_new (SCHAKEL_SCOPE_PROVINCE, NULL, code);
        }
    }
  else if (g_str_has_prefix (text, "gemeente:"))
    {
      rest = text + strlen ("gemeente:");
      if (matches_code (rest, "GM", 4))
        {
          g_autofree char *code = g_ascii_strup (rest, -1);
          return schakel_scope_new (SCHAKEL_SCOPE_MUNICIPALITY, NULL, code);
        }
    }
  else if (g_str_has_prefix (text, "regio:"))
    {
      const char *colon;

      rest = text + strlen ("regio:");
      colon = strchr (rest, ':');
      if (colon != NULL && colon > rest && colon[1] != '\0' &&
          colon - rest <= 32 && strlen (colon + 1) <= 32)
        {
          g_autofree char *scheme = g_strndup (rest, colon - rest);
          return schakel_scope_new (SCHAKEL_SCOPE_REGION, scheme, colon + 1);
        }
    }

  fail_parse (text, error);
  return NULL;
}

/**
 * schakel_scope_get_kind:
 * @self: a scope
 *
 * Returns: the kind of scope
 */
SchakelScopeKind
schakel_scope_get_kind (const SchakelScope *self)
{
  return self->kind;
}

/**
 * schakel_scope_get_scheme:
 * @self: a scope
 *
 * Returns: (nullable): the region scheme of a region scope
 */
const char *
schakel_scope_get_scheme (const SchakelScope *self)
{
  return self->scheme;
}

/**
 * schakel_scope_get_code:
 * @self: a scope
 *
 * Returns: (nullable): the province, region or municipality code
 */
const char *
schakel_scope_get_code (const SchakelScope *self)
{
  return self->code;
}

/**
 * schakel_scope_to_string:
 * @self: a scope
 *
 * Returns: (transfer full): the scope in the form schakel_scope_parse() reads
 */
char *
schakel_scope_to_string (const SchakelScope *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case SCHAKEL_SCOPE_NATIONAL:
      return g_strdup ("nl");
    case SCHAKEL_SCOPE_PROVINCE:
      return g_strconcat ("provincie:", self->code, NULL);
    case SCHAKEL_SCOPE_REGION:
      return g_strconcat ("regio:", self->scheme, ":", self->code, NULL);
    case SCHAKEL_SCOPE_MUNICIPALITY:
      return g_strconcat ("gemeente:", self->code, NULL);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* The name of the province, region or municipality; NULL when unknown. */
static char *
lookup_name (const SchakelScope  *self,
             sqlite3             *db,
             GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *sql;
  int rc;

  switch (self->kind)
    {
    case SCHAKEL_SCOPE_NATIONAL:
      return g_strdup (_("The Netherlands"));
    case SCHAKEL_SCOPE_PROVINCE:
      sql = "SELECT name FROM province WHERE code = :scope_a";
      break;
    case SCHAKEL_SCOPE_REGION:
      sql = "SELECT name FROM region WHERE scheme_code = :scope_a AND code = :scope_b";
      break;
    case SCHAKEL_SCOPE_MUNICIPALITY:
      sql = "SELECT name FROM municipality WHERE code = :scope_a";
      break;
    default:
      g_return_val_if_reached (NULL);
    }

  if (!(stmt = schakel_sqlite_prepare (db, sql, error)))
    return NULL;
  _schakel_scope_bind (self, stmt);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    schakel_sqlite_set_error (error, db, _("Database error"));
  return NULL;
}

/**
 * schakel_scope_validate:
 * @self: a scope
 * @db: a database
 * @error: return location for an error
 *
 * Checks that the province, region or municipality exists in @db.
 *
 * Returns: %TRUE when it does
 */
gboolean
schakel_scope_validate (const SchakelScope  *self,
                        SchakelDatabase     *db,
                        GError             **error)
{
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GError *local_error = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), FALSE);

  name = lookup_name (self, schakel_database_get_handle (db), &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (name != NULL)
    return TRUE;

  text = schakel_scope_to_string (self);
  g_set_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_INVALID,
               _("The scope “%s” is not in this database"), text);
  return FALSE;
}

/**
 * schakel_scope_dup_name:
 * @self: a scope
 * @db: a database
 *
 * Returns: (transfer full): the name of the place, or the scope text when
 *   the database does not know it
 */
char *
schakel_scope_dup_name (const SchakelScope *self,
                        SchakelDatabase    *db)
{
  char *name;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  name = lookup_name (self, schakel_database_get_handle (db), NULL);
  return name != NULL ? name : schakel_scope_to_string (self);
}

/**
 * schakel_scope_list_children:
 * @self: a scope
 * @db: a database
 * @error: return location for an error
 *
 * Lists the scopes one level down, ordered by code: for the country the
 * regions of the default region scheme (setting `default_region_scheme`;
 * provinces when it is `provincie`), for a province or region its
 * municipalities, for a municipality nothing.
 *
 * Returns: (transfer full) (element-type SchakelScope) (nullable): the scopes
 */
GPtrArray *
schakel_scope_list_children (const SchakelScope  *self,
                             SchakelDatabase     *db,
                             GError             **error)
{
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_scope_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *scheme = NULL;
  sqlite3 *handle;
  SchakelScopeKind child_kind = SCHAKEL_SCOPE_MUNICIPALITY;
  const char *sql;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  handle = schakel_database_get_handle (db);
  switch (self->kind)
    {
    case SCHAKEL_SCOPE_NATIONAL:
      scheme = schakel_regions_dup_default_scheme (db);
      if (g_str_equal (scheme, SCHAKEL_REGION_SCHEME_PROVINCES))
        {
          child_kind = SCHAKEL_SCOPE_PROVINCE;
          sql = "SELECT code FROM province ORDER BY code";
        }
      else
        {
          child_kind = SCHAKEL_SCOPE_REGION;
          sql = "SELECT code FROM region WHERE scheme_code = :scheme ORDER BY code";
        }
      break;
    case SCHAKEL_SCOPE_PROVINCE:
      sql = "SELECT code FROM municipality WHERE province_code = :scope_a ORDER BY code";
      break;
    case SCHAKEL_SCOPE_REGION:
      sql = "SELECT municipality_code FROM region_municipality"
            " WHERE scheme_code = :scope_a AND region_code = :scope_b ORDER BY municipality_code";
      break;
    case SCHAKEL_SCOPE_MUNICIPALITY:
      return g_steal_pointer (&children);
    default:
      g_return_val_if_reached (NULL);
    }

  if (!(stmt = schakel_sqlite_prepare (handle, sql, error)))
    return NULL;
  _schakel_scope_bind (self, stmt);
  if (scheme != NULL)
    schakel_sqlite_bind_text (stmt, sqlite3_bind_parameter_index (stmt, ":scheme"), scheme);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (children, schakel_scope_new (child_kind, scheme,
                                                  (const char *) sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    {
      schakel_sqlite_set_error (error, handle, _("Database error"));
      return NULL;
    }
  return g_steal_pointer (&children);
}

/**
 * _schakel_scope_sql_condition:
 * @self: a scope
 * @municipality_expr: an SQL expression giving a municipality code
 *
 * Returns: (transfer full): an SQL condition that holds when
 *   @municipality_expr lies in the scope; its parameters `:scope_a` and
 *   `:scope_b` are bound by _schakel_scope_bind()
 */
char *
_schakel_scope_sql_condition (const SchakelScope *self,
                              const char         *municipality_expr)
{
  switch (self->kind)
    {
    case SCHAKEL_SCOPE_NATIONAL:
      return g_strdup ("1");
    case SCHAKEL_SCOPE_PROVINCE:
      return g_strdup_printf ("(%s IN (SELECT code FROM municipality WHERE province_code = :scope_a))",
                              municipality_expr);
    case SCHAKEL_SCOPE_REGION:
      return g_strdup_printf ("(%s IN (SELECT municipality_code FROM region_municipality"
                              " WHERE scheme_code = :scope_a AND region_code = :scope_b))",
                              municipality_expr);
    case SCHAKEL_SCOPE_MUNICIPALITY:
      return g_strdup_printf ("(%s = :scope_a)", municipality_expr);
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * _schakel_scope_bind:
 * @self: a scope
 * @stmt: a statement that may use `:scope_a` and `:scope_b`
 *
 * Binds the scope's parameters where @stmt has them.
 */
void
_schakel_scope_bind (const SchakelScope *self,
                     sqlite3_stmt       *stmt)
{
  int a = sqlite3_bind_parameter_index (stmt, ":scope_a");
  int b = sqlite3_bind_parameter_index (stmt, ":scope_b");
  const char *first = self->kind == SCHAKEL_SCOPE_REGION ? self->scheme : self->code;

  if (a > 0)
    schakel_sqlite_bind_text (stmt, a, first);
  if (b > 0)
    schakel_sqlite_bind_text (stmt, b, self->code);
}
