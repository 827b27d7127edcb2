/* schakel-cli-cases.c — `schakel-cli cases`: the open absence reports in a
 * scope with where each stands on its escalation ladder.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

static char *
day_text (SchakelDay d)
{
  return d != SCHAKEL_DAY_NONE ? schakel_day_to_iso (d) : g_strdup ("");
}

static void
print_csv (GPtrArray *cases)
{
  g_autoptr(GString) out = g_string_new ("report_number,jongere_id,report_type,brin,school,municipality_code,"
                                         "municipality,current_step,current_step_date,next_step,responsible,"
                                         "deadline,days_overdue,guidance\n");

  for (guint i = 0; i < cases->len; i++)
    {
      const SchakelCase *c = g_ptr_array_index (cases, i);
      g_autofree char *current_date = day_text (c->current_step_date);
      g_autofree char *deadline = day_text (c->deadline);
      g_autofree char *overdue = g_strdup_printf ("%d", c->days_overdue);
      const char *fields[] = { c->report_number, c->jongere_id, c->report_type, c->brin, c->school_name,
                               c->municipality_code, c->municipality_name, c->current_step_code, current_date,
                               c->next_step_code, c->next_responsible, deadline, overdue, c->next_guidance };

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          if (f > 0)
            g_string_append_c (out, ',');
          schakel_csv_append_field (out, fields[f] != NULL ? fields[f] : "", ',');
        }
      g_string_append_c (out, '\n');
    }
  g_print ("%s", out->str);
}

static void
json_pair (GString    *out,
           const char *key,
           const char *value)
{
  g_string_append_printf (out, ", \"%s\": ", key);
  if (value != NULL)
    schakel_json_append_string (out, value);
  else
    g_string_append (out, "null");
}

static void
print_json (const char *scope,
            const char *date,
            GPtrArray  *cases)
{
  g_autoptr(GString) out = g_string_new ("{\"scope\": ");

  schakel_json_append_string (out, scope);
  g_string_append (out, ", \"date\": ");
  schakel_json_append_string (out, date);
  g_string_append (out, ", \"cases\": [");
  for (guint i = 0; i < cases->len; i++)
    {
      const SchakelCase *c = g_ptr_array_index (cases, i);
      g_autofree char *current_date = c->current_step_date != SCHAKEL_DAY_NONE ? schakel_day_to_iso (c->current_step_date) : NULL;
      g_autofree char *deadline = c->deadline != SCHAKEL_DAY_NONE ? schakel_day_to_iso (c->deadline) : NULL;

      g_string_append (out, i > 0 ? ",\n  {\"report_number\": " : "\n  {\"report_number\": ");
      schakel_json_append_string (out, c->report_number);
      json_pair (out, "jongere_id", c->jongere_id);
      json_pair (out, "report_type", c->report_type);
      json_pair (out, "brin", c->brin);
      json_pair (out, "school", c->school_name);
      json_pair (out, "municipality_code", c->municipality_code);
      json_pair (out, "municipality", c->municipality_name);
      json_pair (out, "ladder", c->ladder_name);
      json_pair (out, "current_step", c->current_step_code);
      json_pair (out, "current_step_date", current_date);
      json_pair (out, "next_step", c->next_step_code);
      json_pair (out, "next_step_name", c->next_step_name);
      json_pair (out, "responsible", c->next_responsible);
      json_pair (out, "deadline", deadline);
      g_string_append (out, ", \"days_overdue\": ");
      schakel_json_append_int (out, c->days_overdue);
      json_pair (out, "guidance", c->next_guidance);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "\n]}\n");
  g_print ("%s", out->str);
}

static void
print_text (const char *scope_name,
            const char *date,
            GPtrArray  *cases)
{
  guint n_overdue = 0;

  for (guint i = 0; i < cases->len; i++)
    n_overdue += ((SchakelCase *) g_ptr_array_index (cases, i))->days_overdue > 0;
  /* Translators: "Open absence reports, Utrecht, 2026-05-01: 12 (4 overdue)" */
  g_print (_("Open absence reports, %s, %s: %u (%u overdue)\n"), scope_name, date, cases->len, n_overdue);

  for (guint i = 0; i < cases->len; i++)
    {
      const SchakelCase *c = g_ptr_array_index (cases, i);
      g_autofree char *current_date = day_text (c->current_step_date);
      g_autofree char *deadline = day_text (c->deadline);

      g_print ("\n%s · %s · %s · %s\n", c->report_number, c->jongere_id,
               schakel_code_label (SCHAKEL_CODE_LIST_REPORT_TYPE, c->report_type),
               c->school_name != NULL ? c->school_name : (c->municipality_name != NULL ? c->municipality_name : "—"));
      if (c->current_step_code != NULL)
        /* Translators: the step a case has reached and its date */
        g_print (_("  Now: %s, %s\n"), c->current_step_name != NULL ? c->current_step_name : c->current_step_code,
                 current_date);
      else
        g_print ("%s\n", _("  Now: no step yet"));
      if (c->next_step_code == NULL)
        continue;
      if (c->deadline == SCHAKEL_DAY_NONE)
        /* Translators: the next step and who takes it */
        g_print (_("  Next: %s (%s)\n"), c->next_step_name,
                 schakel_code_label (SCHAKEL_CODE_LIST_RESPONSIBLE, c->next_responsible));
      else if (c->days_overdue > 0)
        g_print (g_dngettext (GETTEXT_PACKAGE, "  Next: %s (%s), due %s, %d day overdue\n",
                              "  Next: %s (%s), due %s, %d days overdue\n", c->days_overdue),
                 c->next_step_name, schakel_code_label (SCHAKEL_CODE_LIST_RESPONSIBLE, c->next_responsible),
                 deadline, c->days_overdue);
      else
        g_print (_("  Next: %s (%s), due %s\n"), c->next_step_name,
                 schakel_code_label (SCHAKEL_CODE_LIST_RESPONSIBLE, c->next_responsible), deadline);
      if (c->next_guidance != NULL && *c->next_guidance != '\0')
        g_print ("  %s\n", c->next_guidance);
    }
}

int
schakel_cli_cases (int    argc,
                   char **argv)
{
  g_autofree char *db_path = NULL, *scope_text = NULL, *date_text = NULL, *format_text = NULL;
  g_autofree char *scope_string = NULL, *scope_name = NULL;
  gboolean overdue = FALSE;
  const GOptionEntry entries[] = {
    { "scope", 0, 0, G_OPTION_ARG_STRING, &scope_text,
      N_("nl, provincie:PVnn, regio:INDELING:CODE or gemeente:GMnnnn"), N_("SCOPE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The peildatum"), N_("YYYY-MM-DD") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue, N_("Only cases whose next step is past its deadline"), NULL },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("Output: text (default), csv or json"), N_("FORMAT") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelScope) scope = NULL;
  g_autoptr(GPtrArray) cases = NULL;
  g_autoptr(GError) error = NULL;
  SchakelCliFormat format;
  SchakelDay date;

  context = schakel_cli_context_new ("cases", NULL,
                                     _("Lists the open absence reports with their current step, the next step, "
                                       "who takes it, its deadline and the days overdue, most urgent first "
                                       "(docs/escalation.md)."),
                                     entries, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;
  if (!schakel_cli_parse_scope_date (scope_text, date_text, &scope, &date) ||
      !schakel_cli_parse_format (format_text, &format))
    return 1;

  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_ONLY)))
    return 1;
  if (!schakel_scope_validate (scope, db, &error) ||
      !(cases = schakel_cases_list (db, scope, date, overdue, &error)))
    return schakel_cli_fail (error);

  scope_string = schakel_scope_to_string (scope);
  scope_name = schakel_scope_dup_name (scope, db);
  switch (format)
    {
    case SCHAKEL_CLI_FORMAT_JSON:
      print_json (scope_string, date_text, cases);
      break;
    case SCHAKEL_CLI_FORMAT_CSV:
      print_csv (cases);
      break;
    case SCHAKEL_CLI_FORMAT_TEXT:
      print_text (scope_name, date_text, cases);
      break;
    default:
      g_return_val_if_reached (1);
    }
  return 0;
}
