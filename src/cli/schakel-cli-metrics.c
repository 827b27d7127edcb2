/* schakel-cli-metrics.c — `schakel-cli metrics`: the dashboard figures for
 * a scope and a date, as text, CSV or JSON.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "schakel-cli-private.h"

typedef struct
{
  const SchakelPublicationRules *rules;  /* NULL: not in publication mode */
  const char                    *scope;
  const char                    *scope_name;
  const char                    *date;
} Output;

/* The value as text for CSV: empty when there is none, `<5` or `x` when
 * hidden. */
static char *
plain_number (double value)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (isnan (value))
    return g_strdup ("");
  schakel_json_append_number (out, value);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static const char *
hidden_text (const SchakelMetricValue *v)
{
  return v->display != NULL ? v->display : "x";
}

static void
json_key (GString    *out,
          const char *key)
{
  schakel_json_append_string (out, key);
  g_string_append_c (out, ':');
}

static void
json_count (GString                       *out,
            const SchakelPublicationRules *rules,
            gint64                         count)
{
  if (rules != NULL && schakel_publication_hides_count (rules, count))
    g_string_append (out, "null");
  else
    schakel_json_append_int (out, count);
}

static void
json_curve (GString                  *out,
            const Output             *o,
            const SchakelMetricValue *v)
{
  guint n_steps;
  const SchakelKmStep *steps = schakel_km_get_steps (v->km, &n_steps);

  json_key (out, "curve");
  g_string_append_c (out, '[');
  for (guint i = 0; i < MIN (n_steps, v->curve_length); i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"time\":");
      schakel_json_append_int (out, steps[i].time);
      g_string_append (out, ",\"n_risk\":");
      json_count (out, o->rules, steps[i].n_risk);
      g_string_append (out, ",\"n_event\":");
      json_count (out, o->rules, steps[i].n_event);
      g_string_append (out, ",\"n_censor\":");
      json_count (out, o->rules, steps[i].n_censor);
      g_string_append (out, ",\"surv\":");
      schakel_json_append_number (out, steps[i].surv);
      g_string_append (out, ",\"lower\":");
      schakel_json_append_number (out, steps[i].lower);
      g_string_append (out, ",\"upper\":");
      schakel_json_append_number (out, steps[i].upper);
      g_string_append_c (out, '}');
    }
  g_string_append_c (out, ']');
}

static void
json_metric (GString                  *out,
             const Output             *o,
             const SchakelMetricValue *v)
{
  g_string_append_c (out, '{');
  json_key (out, "id");
  schakel_json_append_string (out, v->info->id);
  g_string_append_c (out, ',');
  json_key (out, "label");
  schakel_json_append_string (out, _(v->info->label));
  g_string_append_c (out, ',');
  json_key (out, "unit");
  schakel_json_append_string (out, schakel_metric_unit_name (v->info->unit));
  g_string_append_c (out, ',');
  json_key (out, "value");
  schakel_json_append_number (out, v->suppressed ? NAN : v->value);
  g_string_append_c (out, ',');
  if (v->suppressed)
    {
      json_key (out, "display");
      schakel_json_append_string (out, hidden_text (v));
      g_string_append_c (out, ',');
    }
  json_key (out, "numerator");
  if (v->suppressed)
    g_string_append (out, "null");
  else
    json_count (out, o->rules, v->numerator);
  g_string_append_c (out, ',');
  json_key (out, "n");
  if (v->n_suppressed)
    g_string_append (out, "null");
  else
    schakel_json_append_int (out, v->n);
  g_string_append_c (out, ',');
  json_key (out, "suppressed");
  g_string_append (out, v->suppressed ? "true" : "false");
  g_string_append_c (out, ',');
  json_key (out, "norm");
  schakel_json_append_string (out, v->norm);
  g_string_append_c (out, ',');
  json_key (out, "definition");
  schakel_json_append_string (out, _(v->info->definition));

  if (v->parts != NULL)
    {
      g_string_append_c (out, ',');
      json_key (out, "parts");
      g_string_append_c (out, '[');
      for (guint i = 0; i < v->parts->len; i++)
        {
          const SchakelMetricPart *part = &g_array_index (v->parts, SchakelMetricPart, i);

          if (i > 0)
            g_string_append_c (out, ',');
          g_string_append_c (out, '{');
          json_key (out, "key");
          schakel_json_append_string (out, part->key);
          g_string_append (out, ",\"count\":");
          if (part->state == SCHAKEL_CELL_VISIBLE)
            schakel_json_append_int (out, part->count);
          else
            {
              g_autofree char *small = schakel_publication_small_label (o->rules);

              g_string_append (out, "null,\"display\":");
              schakel_json_append_string (out, part->state == SCHAKEL_CELL_SMALL ? small : "x");
            }
          g_string_append_c (out, '}');
        }
      g_string_append_c (out, ']');
    }

  if (v->km != NULL)
    {
      static const char * const keys[] = { "median", "median_lower", "median_upper",
                                           "p90", "p90_lower", "p90_upper" };
      const double numbers[] = { v->median.value, v->median.lower, v->median.upper,
                                 v->p90.value, v->p90.lower, v->p90.upper };

      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          g_string_append_c (out, ',');
          json_key (out, keys[i]);
          schakel_json_append_number (out, numbers[i]);
        }
      g_string_append_c (out, ',');
      json_key (out, "n_minors");
      if (o->rules != NULL && schakel_publication_hides_count (o->rules, v->n_minors))
        g_string_append (out, "null");
      else
        schakel_json_append_int (out, v->n_minors);
      g_string_append_c (out, ',');
      json_curve (out, o, v);
    }
  g_string_append_c (out, '}');
}

static void
print_json (const Output *o,
            GPtrArray    *values)
{
  g_autoptr(GString) out = g_string_new ("{");

  json_key (out, "scope");
  schakel_json_append_string (out, o->scope);
  g_string_append_c (out, ',');
  json_key (out, "scope_name");
  schakel_json_append_string (out, o->scope_name);
  g_string_append_c (out, ',');
  json_key (out, "date");
  schakel_json_append_string (out, o->date);
  g_string_append_c (out, ',');
  json_key (out, "publication");
  g_string_append (out, o->rules != NULL ? "true" : "false");
  if (o->rules != NULL)
    {
      g_autofree char *rules = schakel_publication_describe (o->rules);

      g_string_append_c (out, ',');
      json_key (out, "rules");
      schakel_json_append_string (out, rules);
    }
  g_string_append (out, ",\"metrics\":[");
  for (guint i = 0; i < values->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      g_string_append (out, "\n  ");
      json_metric (out, o, g_ptr_array_index (values, i));
    }
  g_string_append (out, "\n]}\n");
  fwrite (out->str, 1, out->len, stdout);
}

static void
csv_field (GString    *out,
           const char *text)
{
  if (text == NULL)
    return;
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
print_csv (const Output *o,
           GPtrArray    *values)
{
  g_autoptr(GString) out = g_string_new ("id,label,unit,value,n,suppressed,norm,median,median_lower,median_upper,p90\n");

  for (guint i = 0; i < values->len; i++)
    {
      const SchakelMetricValue *v = g_ptr_array_index (values, i);
      g_autofree char *value = v->suppressed ? g_strdup (hidden_text (v)) : plain_number (v->value);
      g_autofree char *n = v->n_suppressed ? g_strdup ("") : g_strdup_printf ("%" G_GINT64_FORMAT, v->n);
      const double km[] = { v->median.value, v->median.lower, v->median.upper, v->p90.value };

      csv_field (out, v->info->id);
      g_string_append_c (out, ',');
      csv_field (out, _(v->info->label));
      g_string_append_c (out, ',');
      csv_field (out, schakel_metric_unit_name (v->info->unit));
      g_string_append_c (out, ',');
      csv_field (out, value);
      g_string_append_c (out, ',');
      csv_field (out, n);
      g_string_append_c (out, ',');
      csv_field (out, v->suppressed ? "1" : "0");
      g_string_append_c (out, ',');
      csv_field (out, v->norm);
      for (guint j = 0; j < G_N_ELEMENTS (km); j++)
        {
          g_autofree char *number = v->km != NULL ? plain_number (km[j]) : g_strdup ("");

          g_string_append_c (out, ',');
          csv_field (out, number);
        }
      g_string_append_c (out, '\n');
    }
  fwrite (out->str, 1, out->len, stdout);
}

static char *
format_days (double days)
{
  /* Translators: a duration; “not reached” when a Kaplan–Meier curve never gets there */
  return isnan (days) ? g_strdup (_("not reached")) : g_strdup_printf (_("%g days"), days);
}

static char *
format_value (const SchakelMetricValue *v)
{
  g_autofree char *lower = NULL, *upper = NULL, *median = NULL, *p90 = NULL, *n = NULL;

  if (v->suppressed)
    return g_strdup (hidden_text (v));
  switch (v->info->unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      return schakel_format_count (v->numerator);
    case SCHAKEL_METRIC_UNIT_SHARE:
      if (isnan (v->value))
        return g_strdup ("–");
      /* Translators: a percentage and the denominator, e.g. 63.5 % of 2,979 */
      n = schakel_format_count (v->n);
      return g_strdup_printf (_("%.1f %% of %s"), 100.0 * v->value, n);
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      return isnan (v->value) ? g_strdup ("–") : g_strdup_printf ("%.2f", v->value);
    case SCHAKEL_METRIC_UNIT_DAYS:
      median = format_days (v->median.value);
      lower = format_days (v->median.lower);
      upper = format_days (v->median.upper);
      p90 = format_days (v->p90.value);
      n = schakel_format_count (v->n);
      /* Translators: median (95 % interval), 90th percentile, number of observations */
      return g_strdup_printf (_("%s (95 %% CI %s – %s), P90 %s, n = %s"), median, lower, upper, p90, n);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
print_text (const Output *o,
            GPtrArray    *values)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_print ("%s (%s), %s\n", o->scope_name, o->scope, o->date);
  for (guint i = 0; i < values->len; i++)
    {
      const SchakelMetricValue *v = g_ptr_array_index (values, i);
      char *value = format_value (v);

      g_ptr_array_add (cells, g_strconcat (_(v->info->label), ":", NULL));
      if (v->norm != NULL)
        {
          char *with_norm = g_strdup_printf ("%s [%s]", value, v->norm);

          g_free (value);
          value = with_norm;
        }
      g_ptr_array_add (cells, value);
    }
  schakel_cli_print_table ((const char * const *) cells->pdata, values->len);
  if (o->rules != NULL)
    {
      g_autofree char *rules = schakel_publication_describe (o->rules);

      g_print ("\n%s\n", rules);
    }
}

static int
print_km_input (const SchakelMetricValue *v)
{
  g_autoptr(GString) out = g_string_new ("time,event\n");
  guint max_time = schakel_km_get_max_time (v->km);

  for (guint t = 0; t <= max_time && schakel_km_get_n (v->km) > 0; t++)
    {
      guint events, censored;

      schakel_km_get_counts (v->km, t, &events, &censored);
      for (guint i = 0; i < events; i++)
        g_string_append_printf (out, "%u,1\n", t);
      for (guint i = 0; i < censored; i++)
        g_string_append_printf (out, "%u,0\n", t);
    }
  fwrite (out->str, 1, out->len, stdout);
  return 0;
}

int
schakel_cli_metrics (int    argc,
                     char **argv)
{
  g_autofree char *db_path = NULL, *scope_text = NULL, *date_text = NULL, *format_text = NULL;
  g_autofree char *km_input = NULL, *scope_string = NULL, *scope_name = NULL;
  g_auto(GStrv) metric_ids = NULL;
  gboolean publication = FALSE;
  const GOptionEntry entries[] = {
    { "scope", 0, 0, G_OPTION_ARG_STRING, &scope_text,
      N_("nl, provincie:PVnn, regio:INDELING:CODE or gemeente:GMnnnn"), N_("SCOPE") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text, N_("The peildatum"), N_("YYYY-MM-DD") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_text, N_("Output: text (default), csv or json"), N_("FORMAT") },
    { "publication", 0, 0, G_OPTION_ARG_NONE, &publication,
      N_("Apply publication mode: hide small numbers"), NULL },
    { "metric", 0, 0, G_OPTION_ARG_STRING_ARRAY, &metric_ids,
      N_("Only this metric (may be repeated)"), N_("ID") },
    { "km-input", 0, 0, G_OPTION_ARG_STRING, &km_input,
      N_("Print the observations behind a Kaplan–Meier metric as CSV time,event"), N_("ID") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelScope) scope = NULL;
  g_autoptr(GPtrArray) values = NULL;
  g_autoptr(GError) error = NULL;
  SchakelPublicationRules rules;
  SchakelDay date;
  SchakelCliFormat format;
  Output output;

  context = schakel_cli_context_new ("metrics", NULL,
                                     _("Computes the dashboard figures for a scope on a date (docs/metrics.md)."),
                                     entries, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;

  if (!schakel_cli_parse_scope_date (scope_text, date_text, &scope, &date) ||
      !schakel_cli_parse_format (format_text, &format))
    return 1;
  if (km_input != NULL)
    {
      const SchakelMetricInfo *info = schakel_metric_info_lookup (km_input);
      g_autofree char *message = NULL;

      if (info == NULL || !info->kaplan_meier)
        {
          message = g_strdup_printf (_("--km-input: “%s” is not a Kaplan–Meier metric"), km_input);
          return schakel_cli_fail_message (message);
        }
      if (publication)
        return schakel_cli_fail_message (_("--km-input lists single observations and cannot be used with --publication"));
      g_clear_pointer (&metric_ids, g_strfreev);
      metric_ids = g_new0 (char *, 2);
      metric_ids[0] = g_strdup (km_input);
    }

  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_ONLY)))
    return 1;
  if (!schakel_scope_validate (scope, db, &error))
    return schakel_cli_fail (error);
  if (!(values = schakel_metrics_compute (db, scope, date, (const char * const *) metric_ids, NULL, &error)))
    return schakel_cli_fail (error);

  if (km_input != NULL)
    return print_km_input (g_ptr_array_index (values, 0));

  schakel_publication_rules_load (&rules, db);
  if (publication)
    for (guint i = 0; i < values->len; i++)
      schakel_metric_value_publish (g_ptr_array_index (values, i), &rules);

  scope_string = schakel_scope_to_string (scope);
  scope_name = schakel_scope_dup_name (scope, db);
  output.rules = publication ? &rules : NULL;
  output.scope = scope_string;
  output.scope_name = scope_name;
  output.date = date_text;

  switch (format)
    {
    case SCHAKEL_CLI_FORMAT_JSON:
      print_json (&output, values);
      break;
    case SCHAKEL_CLI_FORMAT_CSV:
      print_csv (&output, values);
      break;
    case SCHAKEL_CLI_FORMAT_TEXT:
      print_text (&output, values);
      break;
    default:
      g_return_val_if_reached (1);
    }
  return 0;
}
