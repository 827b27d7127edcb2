/* schakel-cli-chart.c — `schakel-cli chart`: a chart of wait-lists, moves
 * or time to school as PNG, SVG or PDF, drawn by the same code as the
 * window (schakel_metric_chart_build(), schakel_chart_draw()).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <schakel-render.h>

#include "schakel-cli-private.h"

#define DEFAULT_WIDTH  1000
#define DEFAULT_HEIGHT 600
#define MAX_SIZE       10000

static int
fail_date (const char *option,
           const char *text)
{
  /* TRANSLATORS: the first %s is an option such as --from */
  g_autofree char *message = g_strdup_printf (_("%s: “%s” is not a date of the form YYYY-MM-DD"), option, text);

  return schakel_cli_fail_message (message);
}

int
schakel_cli_chart (int    argc,
                   char **argv)
{
  g_autofree char *db_path = NULL, *kind_text = NULL, *scope_text = NULL, *from_text = NULL;
  g_autofree char *to_text = NULL, *output = NULL, *group_text = NULL;
  int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
  gboolean publication = FALSE, no_publication = FALSE;
  const GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_text,
      N_("waitlist_open, waitlist_wait, waitlist_km, moves_rate, moves_per_minor, moves_flow, school_gap or "
         "time_to_school_km"), N_("KIND") },
    { "scope", 0, 0, G_OPTION_ARG_STRING, &scope_text,
      N_("nl, provincie:PVnn, regio:INDELING:CODE or gemeente:GMnnnn"), N_("SCOPE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from_text, N_("First day of the period"), N_("YYYY-MM-DD") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to_text, N_("Last day of the period"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("The file to write: .png, .svg or .pdf"), N_("FILE") },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_("Width in pixels (PNG) or points (SVG, PDF)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_("Height in pixels (PNG) or points (SVG, PDF)"), N_("H") },
    { "group-by", 0, 0, G_OPTION_ARG_STRING, &group_text,
      N_("One series per region, school_type or location_type"), N_("GROUP") },
    { "no-publication", 0, 0, G_OPTION_ARG_NONE, &no_publication,
      N_("Show small numbers; the chart then says it is confidential"), NULL },
    /* The default since charts leave the screen in publication mode; kept
     * for scripts that ask for it. */
    { "publication", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &publication, NULL, NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(SchakelDatabase) db = NULL;
  g_autoptr(SchakelScope) scope = NULL;
  g_autoptr(SchakelChart) chart = NULL;
  g_autoptr(GError) error = NULL;
  SchakelMetricChartRequest request = { 0 };
  SchakelFileKind file_kind;
  cairo_surface_t *surface;
  g_autofree char *title = NULL;
  cairo_t *cr;

  context = schakel_cli_context_new ("chart", NULL,
                                     _("Draws a chart of wait-lists, moves or time to school for a scope and a "
                                       "period, with the figures of the metrics engine (docs/metrics.md), in "
                                       "publication mode unless --no-publication is given."),
                                     entries, &db_path);
  if (!schakel_cli_parse (context, &argc, &argv))
    return 2;

  if (kind_text == NULL)
    return schakel_cli_fail_message (_("--kind is required"));
  if (scope_text == NULL)
    return schakel_cli_fail_message (_("--scope is required"));
  if (from_text == NULL)
    return schakel_cli_fail_message (_("--from is required"));
  if (to_text == NULL)
    return schakel_cli_fail_message (_("--to is required"));
  if (output == NULL)
    return schakel_cli_fail_message (_("-o FILE is required"));
  if (!schakel_metric_chart_kind_parse (kind_text, &request.kind, &error))
    return schakel_cli_fail (error);
  if (!(scope = schakel_scope_parse (scope_text, &error)))
    return schakel_cli_fail (error);
  if (!schakel_day_parse_iso (from_text, &request.from))
    return fail_date ("--from", from_text);
  if (!schakel_day_parse_iso (to_text, &request.to))
    return fail_date ("--to", to_text);
  if (request.to < request.from)
    return schakel_cli_fail_message (_("--to is before --from"));
  if (group_text != NULL && !schakel_metrics_group_by_parse (group_text, &request.group_by, &error))
    return schakel_cli_fail (error);
  if (width < 100 || height < 100 || width > MAX_SIZE || height > MAX_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("--width and --height must be from %d to %d"), 100, MAX_SIZE);

      return schakel_cli_fail_message (message);
    }
  if (!schakel_file_kind_from_path (output, &file_kind, &error))
    return schakel_cli_fail (error);
  if (publication && no_publication)
    return schakel_cli_fail_message (_("--publication and --no-publication cannot be used together"));

  if (!(db = schakel_cli_open_database (db_path, SCHAKEL_DATABASE_READ_ONLY)))
    return 1;
  if (!schakel_scope_validate (scope, db, &error))
    return schakel_cli_fail (error);
  request.scope = scope;
  /* Files leave the screen: publication mode unless switched off
   * (DOMAIN.md §11). */
  request.publication = !no_publication;
  if (!(chart = schakel_metric_chart_build (db, &request, NULL, &error)))
    return schakel_cli_fail (error);

  /* The file's title: what, where and when; never anyone's data. */
  title = g_strdup_printf ("%s — %s", schakel_chart_get_title (chart), schakel_chart_get_subtitle (chart));
  if (!(surface = schakel_render_file_begin (output, width, height, title, &error)))
    return schakel_cli_fail (error);
  schakel_chart_set_confidential (chart, !request.publication);
  cr = cairo_create (surface);
  schakel_chart_draw (chart, cr, width, height);
  cairo_destroy (cr);
  if (!schakel_render_file_end (surface, &error))
    return schakel_cli_fail (error);
  return 0;
}
