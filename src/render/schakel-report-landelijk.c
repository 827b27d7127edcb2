/* schakel-report-landelijk.c — the *Landelijk overzicht*: the regions of
 * the default region scheme side by side, then a page per region with
 * its figures beside the national ones and small charts of its past
 * year.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "schakel-report-table.h"
#include "schakel-report-templates-private.h"

/* The figures that fit side by side on a landscape page. */
static const char * const side_by_side_ids[] = {
  "present", "present_amv", "in_education_share", "without_education_beyond_norm", "norm_compliance",
  "time_to_school", "waitlist_open", "moves_per_child_year", "completeness", NULL,
};

static void
add_row (SchakelReportBlock       *table,
         SchakelReportRowStyle     style,
         const char               *name,
         GPtrArray                *values)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (cells, g_strdup (name));
  for (guint i = 0; side_by_side_ids[i] != NULL; i++)
    g_ptr_array_add (cells, schakel_report_figure_value (schakel_report_figures_find (values, side_by_side_ids[i])));
  schakel_report_table_add_row (table, style, (const char * const *) cells->pdata);
}

/* The small charts of a region page: the same charts as the regional
 * briefing's, a third of the width each. */

static SchakelReportBlock *
side_by_side_table (SchakelReportInput  *input,
                    GPtrArray           *areas,
                    const char          *country,
                    GPtrArray           *national,
                    GError             **error)
{
  g_autoptr(SchakelReportBlock) table = schakel_report_table_new (_("Key figures by region"),
                                                                  G_N_ELEMENTS (side_by_side_ids));

  schakel_report_table_set_column (table, 0, _("Region"), 1.8, FALSE);
  for (guint i = 0; side_by_side_ids[i] != NULL; i++)
    schakel_report_table_set_column (table, i + 1, _(schakel_metric_info_lookup (side_by_side_ids[i])->label),
                                     1, TRUE);
  for (guint r = 0; r < areas->len; r++)
    {
      SchakelReportArea *area = g_ptr_array_index (areas, r);

      add_row (table, SCHAKEL_REPORT_ROW_NORMAL, area->name, area->values);
      for (guint i = 0; side_by_side_ids[i] != NULL; i++)
        if (schakel_report_figure_is_hidden (schakel_report_figures_find (area->values, side_by_side_ids[i])))
          schakel_report_mark_hidden (input, table, SCHAKEL_REPORT_FOOTNOTE_HEAD, i + 1);
    }
  add_row (table, SCHAKEL_REPORT_ROW_TOTAL, country, national);
  for (guint i = 0; side_by_side_ids[i] != NULL; i++)
    if (!schakel_report_mark_norms (input, table, SCHAKEL_REPORT_FOOTNOTE_HEAD, i + 1,
                                    schakel_report_figures_find (national, side_by_side_ids[i])->norm, error))
      return NULL;
  return g_steal_pointer (&table);
}

static SchakelReportBlock *
region_table (SchakelReportInput  *input,
              SchakelReportArea   *area,
              const char          *country,
              GPtrArray           *national,
              GError             **error)
{
  g_autoptr(SchakelReportBlock) table = schakel_report_table_new (area->name, 4);

  schakel_report_table_set_key_figures (table, TRUE);
  /* Room for the charts below it. */
  schakel_report_table_set_compact (table, TRUE);
  schakel_report_table_set_column (table, 0, _("Figure"), 3.2, FALSE);
  schakel_report_table_set_column (table, 1, area->name, 1.4, TRUE);
  schakel_report_table_set_column (table, 2, _("Out of"), 1.1, TRUE);
  schakel_report_table_set_column (table, 3, country, 1.4, TRUE);
  for (guint i = 0; i < area->values->len; i++)
    {
      const SchakelMetricValue *v = g_ptr_array_index (area->values, i);
      g_autofree char *value = schakel_report_figure_value (v);
      g_autofree char *base = schakel_report_figure_base (v);
      const SchakelMetricValue *w = schakel_report_figures_find (national, v->info->id);
      g_autofree char *whole = schakel_report_figure_value (w);
      const char *cells[] = { _(v->info->label), value, base, whole };

      schakel_report_table_add_row (table, SCHAKEL_REPORT_ROW_NORMAL, cells);
      if (!schakel_report_mark_figure (input, table, i, v, w, error))
        return NULL;
    }
  return g_steal_pointer (&table);
}

/* The region's past year on a page of its own: at the text width, as in
 * the regional briefing, the charts stay readable. */
static gboolean
add_region_charts (SchakelReport       *report,
                   SchakelReportInput  *input,
                   SchakelReportArea   *area,
                   GError             **error)
{
  /* Translators: a heading in the national overview; %s is a region */
  g_autofree char *title = g_strdup_printf (_("%s: the past year"), area->name);
  SchakelReportBlock *heading = schakel_report_heading_new (2, title);

  heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
  heading->orientation = SCHAKEL_REPORT_PORTRAIT;
  schakel_report_add (report, heading);
  return schakel_report_past_year_add (report, input, area->charts, area->values, error);
}

SchakelReport *
schakel_report_landelijk_build (SchakelReportInput  *input,
                                const SchakelScope  *scope,
                                GError             **error)
{
  g_autofree char *country = schakel_scope_dup_name (scope, input->db);
  g_autofree char *date_text = schakel_format_day (input->date);
  g_autofree char *intro = NULL;
  g_autoptr(GPtrArray) national = NULL, areas = NULL;
  g_autoptr(GPtrArray) ids = schakel_report_all_metric_ids ();
  g_autoptr(SchakelReport) report = NULL;
  g_autoptr(SchakelReportBlock) block = NULL;
  SchakelReportBlock *heading;

  if (!(national = schakel_report_figures_compute (input, scope, input->date, NULL, error)))
    return NULL;
  if (!(areas = schakel_report_list_areas (input, scope, NULL, TRUE, error)))
    return NULL;
  for (guint r = 0; r < areas->len && input->mode == SCHAKEL_REPORT_MODE_PUBLICATION; r++)
    {
      SchakelReportArea *area = g_ptr_array_index (areas, r);

      for (guint i = 0; i < area->values->len; i++)
        schakel_metric_value_publish (g_ptr_array_index (area->values, i), &input->rules);
    }

  /* Translators: the introduction of the national overview; %s is a date */
  intro = g_strdup_printf (_("This overview gives the figures on newcomer education in every region as known "
                             "on %s: first the key figures side by side, then for each region a page with all "
                             "its figures beside the national ones and a page of charts of its past year."), date_text);
  report = schakel_report_begin (input, SCHAKEL_REPORT_TEMPLATE_LANDELIJK, country, intro);

  heading = schakel_report_heading_new (1, _("Key figures by region"));
  heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
  heading->orientation = SCHAKEL_REPORT_LANDSCAPE;
  schakel_report_add (report, heading);
  if (!(block = side_by_side_table (input, areas, country, national, error)))
    return NULL;
  schakel_report_add (report, g_steal_pointer (&block));

  for (guint r = 0; r < areas->len; r++)
    {
      SchakelReportArea *area = g_ptr_array_index (areas, r);

      heading = schakel_report_heading_new (1, area->name);
      heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
      heading->orientation = SCHAKEL_REPORT_PORTRAIT;
      schakel_report_add (report, heading);
      if (!(block = region_table (input, area, country, national, error)))
        return NULL;
      schakel_report_add (report, g_steal_pointer (&block));
      if (!add_region_charts (report, input, area, error))
        return NULL;
    }

  schakel_report_add_definitions (report, (const char * const *) ids->pdata);
  schakel_report_add_notes (report, input);
  schakel_report_paginate (report);
  return g_steal_pointer (&report);
}
