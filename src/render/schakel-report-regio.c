/* schakel-report-regio.c — the *Regiobriefing*: one province, region or
 * municipality; its key figures against the previous quarter, a table per
 * municipality, notes on data completeness.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-report-templates-private.h"
#include "schakel-report-chart.h"
#include "schakel-report-table.h"

/* The figures of the municipality table. The first four: the population
 * and the three parts it falls into, which add up, so publication mode
 * protects them as one table with totals. */
static const char * const municipality_ids[] = {
  "present", "in_education_share", "without_education_within_norm", "without_education_beyond_norm",
  "waitlist_open", "completeness", NULL,
};

enum { PART_IN_EDUCATION, PART_WITHIN_NORM, PART_BEYOND_NORM, N_PARTS };

static SchakelReportBlock *
key_figures_table (SchakelReportInput  *input,
                   GPtrArray           *now,
                   GPtrArray           *before,
                   const char          *before_text,
                   GError             **error)
{
  g_autoptr(SchakelReportBlock) table = schakel_report_table_new (_("Key figures"), 5);

  schakel_report_table_set_key_figures (table, TRUE);
  schakel_report_table_set_column (table, 0, _("Figure"), 3.2, FALSE);
  schakel_report_table_set_column (table, 1, _("Value"), 1.3, TRUE);
  schakel_report_table_set_column (table, 2, _("Out of"), 1.1, TRUE);
  schakel_report_table_set_column (table, 3, before_text, 1.3, TRUE);
  schakel_report_table_set_column (table, 4, _("Change"), 1.2, TRUE);
  for (guint i = 0; i < now->len; i++)
    {
      const SchakelMetricValue *v = g_ptr_array_index (now, i);
      const SchakelMetricValue *b = g_ptr_array_index (before, i);
      g_autofree char *value = schakel_report_figure_value (v);
      g_autofree char *base = schakel_report_figure_base (v);
      g_autofree char *earlier = schakel_report_figure_value (b);
      g_autofree char *change = schakel_report_figure_change (v, b);
      const char *cells[] = { _(v->info->label), value, base, earlier, change };

      schakel_report_table_add_row (table, SCHAKEL_REPORT_ROW_NORMAL, cells);
      if (!schakel_report_mark_figure (input, table, i, v, b, error))
        return NULL;
    }
  return g_steal_pointer (&table);
}

static GPtrArray *
list_municipalities (SchakelReportInput  *input,
                     const SchakelScope  *scope,
                     GError             **error)
{
  GPtrArray *list = schakel_report_list_areas (input, scope, municipality_ids, FALSE, error);

  /* The counts are protected together in the table; the percentage
   * stands on its own. */
  for (guint i = 0; list != NULL && i < list->len && input->mode == SCHAKEL_REPORT_MODE_PUBLICATION; i++)
    {
      SchakelReportArea *area = g_ptr_array_index (list, i);

      schakel_metric_value_publish ((SchakelMetricValue *) schakel_report_figures_find (area->values, "completeness"),
                                    &input->rules);
    }
  return list;
}

/* Marks the header of each column of @table that publication mode hid a
 * cell of: @columns[c] is the table's column of @cells' column c. */
static void
mark_hidden_columns (SchakelReportInput      *input,
                     SchakelReportBlock      *table,
                     SchakelPublicationTable *cells,
                     guint                    n_rows,
                     const guint             *columns,
                     guint                    n_columns)
{
  for (guint c = 0; c < n_columns && input->mode == SCHAKEL_REPORT_MODE_PUBLICATION; c++)
    for (guint r = 0; r < n_rows; r++)
      if (schakel_publication_table_get_state (cells, r, c) != SCHAKEL_CELL_VISIBLE)
        {
          schakel_report_mark_hidden (input, table, SCHAKEL_REPORT_FOOTNOTE_HEAD, columns[c]);
          break;
        }
}

static SchakelReportBlock *
municipality_table (SchakelReportInput  *input,
                    GPtrArray           *list,
                    const char          *scope_name,
                    GPtrArray           *scope_values,
                    GError             **error)
{
  /* The table's columns of the parts (their total: Present, first) and
   * of the wait-list. */
  static const guint part_columns[N_PARTS + 1] = { 2, 3, 4, 1 };
  static const guint waitlist_column = 5;
  static const char * const part_ids[N_PARTS] = {
    "in_education_share", "without_education_within_norm", "without_education_beyond_norm",
  };
  g_autoptr(SchakelPublicationTable) parts = schakel_publication_table_new (MAX (list->len, 1), N_PARTS);
  g_autoptr(SchakelPublicationTable) waitlist = schakel_publication_table_new (MAX (list->len, 1), 1);
  g_autoptr(SchakelReportBlock) table = schakel_report_table_new (_("By municipality"), 7);

  schakel_report_table_set_column (table, 0, _("Municipality"), 2.4, FALSE);
  schakel_report_table_set_column (table, 1, _("Present"), 1, TRUE);
  schakel_report_table_set_column (table, 2, _("In education"), 1.1, TRUE);
  schakel_report_table_set_column (table, 3, _("Without education, within the norm"), 1.3, TRUE);
  schakel_report_table_set_column (table, 4, _("Without education, beyond the norm"), 1.3, TRUE);
  schakel_report_table_set_column (table, 5, _("Open wait-list entries"), 1.1, TRUE);
  schakel_report_table_set_column (table, 6, _("Data completeness"), 1.2, TRUE);

  for (guint r = 0; r < list->len; r++)
    {
      SchakelReportArea *m = g_ptr_array_index (list, r);

      for (guint p = 0; p < N_PARTS; p++)
        schakel_publication_table_set (parts, r, p, schakel_report_figures_find (m->values, part_ids[p])->numerator);
      schakel_publication_table_set (waitlist, r, 0, schakel_report_figures_find (m->values, "waitlist_open")->numerator);
    }
  if (input->mode == SCHAKEL_REPORT_MODE_PUBLICATION)
    {
      schakel_publication_table_protect (parts, &input->rules);
      schakel_publication_table_protect (waitlist, &input->rules);
    }

  for (guint r = 0; r <= list->len; r++)
    {
      gboolean total = r == list->len;
      const char *name = total ? scope_name : ((SchakelReportArea *) g_ptr_array_index (list, r))->name;
      GPtrArray *values = total ? scope_values : ((SchakelReportArea *) g_ptr_array_index (list, r))->values;
      g_autofree char *present = schakel_report_format_count (input, parts, r, N_PARTS);
      g_autofree char *in_education = schakel_report_format_count (input, parts, r, PART_IN_EDUCATION);
      g_autofree char *within = schakel_report_format_count (input, parts, r, PART_WITHIN_NORM);
      g_autofree char *beyond = schakel_report_format_count (input, parts, r, PART_BEYOND_NORM);
      g_autofree char *open = schakel_report_format_count (input, waitlist, r, 0);
      g_autofree char *completeness = schakel_report_figure_value (schakel_report_figures_find (values, "completeness"));
      const char *cells[] = { name, present, in_education, within, beyond, open, completeness };

      /* A municipality's own briefing has one row, which is its total. */
      if (list->len == 0 || (total && list->len == 1))
        break;
      schakel_report_table_add_row (table, total ? SCHAKEL_REPORT_ROW_TOTAL : SCHAKEL_REPORT_ROW_NORMAL, cells);
      if (!total && schakel_report_figure_is_hidden (schakel_report_figures_find (values, "completeness")))
        schakel_report_mark_hidden (input, table, SCHAKEL_REPORT_FOOTNOTE_HEAD, 6);
    }
  mark_hidden_columns (input, table, parts, list->len + 1, part_columns, N_PARTS + 1);
  mark_hidden_columns (input, table, waitlist, list->len + 1, &waitlist_column, 1);
  for (guint p = PART_WITHIN_NORM; p <= PART_BEYOND_NORM; p++)
    if (!schakel_report_mark_norms (input, table, SCHAKEL_REPORT_FOOTNOTE_HEAD, part_columns[p],
                                    schakel_report_figures_find (scope_values, part_ids[p])->norm, error))
      return NULL;
  return g_steal_pointer (&table);
}

/* What the reader must know about the data before trusting the figures:
 * how complete it is and which figures could not be shown. */
static void
add_data_notes (SchakelReport *report,
                GPtrArray     *values)
{
  const SchakelMetricValue *completeness = schakel_report_figures_find (values, "completeness");
  const SchakelMetricValue *overdue = schakel_report_figures_find (values, "escalations_overdue");
  g_autofree char *share = schakel_report_figure_value (completeness);
  g_autofree char *base = schakel_report_figure_base (completeness);
  g_autoptr(GString) hidden = g_string_new (NULL);
  g_autoptr(GString) not_reached = g_string_new (NULL);
  g_autofree char *text = NULL;

  schakel_report_add (report, schakel_report_heading_new (1, _("Data completeness and warnings")));
  if (completeness->n == 0 && !completeness->n_suppressed)
    text = g_strdup (_("No minors of school age had a placement here on the peildatum: "
                       "there is no data whose completeness could be measured."));
  else
    /* Translators: %s: a percentage or a hidden value, then the number of minors */
    text = g_strdup_printf (_("Data completeness is %s of %s minors: the share with a known birth date, "
                              "known hours for every current enrolment and a valid BRIN for each school. "
                              "Minors with incomplete data can make figures about education too low or too high."),
                            share, base);
  schakel_report_add (report, schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY, text));

  for (guint i = 0; i < values->len; i++)
    {
      const SchakelMetricValue *v = g_ptr_array_index (values, i);
      GString *list = v->suppressed ? hidden
                      : v->info->kaplan_meier && v->n > 0 && isnan (v->median.value) ? not_reached : NULL;

      if (list == NULL)
        continue;
      if (list->len > 0)
        g_string_append (list, ", ");
      g_string_append (list, _(v->info->label));
    }
  if (hidden->len > 0)
    {
      g_free (text);
      /* Translators: %s is a list of figures */
      text = g_strdup_printf (_("Hidden in publication mode, because too few minors are behind them: %s."),
                              hidden->str);
      schakel_report_add (report, schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY, text));
    }
  if (not_reached->len > 0)
    {
      g_free (text);
      /* Translators: %s is a list of figures */
      text = g_strdup_printf (_("Median not reached: fewer than half of the minors got there by the peildatum: %s."),
                              not_reached->str);
      schakel_report_add (report, schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY, text));
    }
  if (!overdue->suppressed && overdue->numerator > 0)
    {
      g_autofree char *count = schakel_format_count (overdue->numerator);

      g_free (text);
      /* Translators: %s is a number of open absence reports */
      text = g_strdup_printf (_("Warning: %s open absence cases are past the deadline of their next step."), count);
      schakel_report_add (report, schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY_BOLD, text));
    }
}

/* Charts of the year before the peildatum, each across the page with
 * its caption. Built by the chart builder from the same engine as the
 * figures, with the report's publication mode. */
static gboolean
add_charts (SchakelReport       *report,
            SchakelReportInput  *input,
            const SchakelScope  *scope,
            GPtrArray           *values,
            GError             **error)
{
  SchakelChart *charts[SCHAKEL_REPORT_PAST_YEAR_N_CHARTS];
  SchakelReportBlock *heading = schakel_report_heading_new (1, _("The past year"));
  gboolean ok;

  heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
  schakel_report_add (report, heading);
  if (!schakel_report_past_year_build (input, input->db, scope, charts, error))
    return FALSE;
  ok = schakel_report_past_year_add (report, input, charts, values, error);
  for (guint i = 0; i < SCHAKEL_REPORT_PAST_YEAR_N_CHARTS; i++)
    schakel_chart_unref (charts[i]);
  return ok;
}

SchakelReport *
schakel_report_regio_build (SchakelReportInput  *input,
                            const SchakelScope  *scope,
                            GError             **error)
{
  SchakelDay before_date = schakel_day_add_months (input->date, -3);
  g_autofree char *scope_name = schakel_scope_dup_name (scope, input->db);
  g_autofree char *before_day = schakel_format_day (before_date);
  g_autofree char *date_text = schakel_format_day (input->date);
  g_autofree char *intro = NULL, *compared = NULL;
  g_autoptr(GPtrArray) now = NULL, before = NULL, municipalities = NULL;
  g_autoptr(SchakelReport) report = NULL;
  g_autoptr(GPtrArray) ids = schakel_report_all_metric_ids ();
  g_autoptr(SchakelReportBlock) table = NULL;
  SchakelReportBlock *heading;

  if (!(now = schakel_report_figures_compute (input, scope, input->date, NULL, error)))
    return NULL;
  if (!(before = schakel_report_figures_compute (input, scope, before_date, NULL, error)))
    return NULL;
  if (!(municipalities = list_municipalities (input, scope, error)))
    return NULL;

  /* Translators: the introduction of a regional briefing; %s: a province, region or municipality, then a date */
  intro = g_strdup_printf (_("This briefing gives the figures on newcomer education in %s as known on %s: "
                             "the key figures and their change over the past quarter, the figures of every "
                             "municipality, and what to keep in mind about the data."),
                           scope_name, date_text);
  report = schakel_report_begin (input, SCHAKEL_REPORT_TEMPLATE_REGIO, scope_name, intro);

  heading = schakel_report_heading_new (1, _("Key figures"));
  heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
  schakel_report_add (report, heading);
  /* Translators: %s is a date, a quarter before the peildatum */
  compared = g_strdup_printf (_("Each figure is compared with the same figure on %s, a quarter earlier."), before_day);
  schakel_report_add (report, schakel_report_intro_new (compared));
  if (!(table = key_figures_table (input, now, before, before_day, error)))
    return NULL;
  schakel_report_add (report, g_steal_pointer (&table));

  schakel_report_add (report, schakel_report_heading_new (1, _("By municipality")));
  schakel_report_add (report, schakel_report_intro_new (
                      _("Minors of school age present on the peildatum, by the municipality of their location, "
                        "and whether they are in education. The last row is the whole area.")));
  if (!(table = municipality_table (input, municipalities, scope_name, now, error)))
    return NULL;
  schakel_report_add (report, g_steal_pointer (&table));

  if (!add_charts (report, input, scope, now, error))
    return NULL;

  add_data_notes (report, now);
  schakel_report_add_definitions (report, (const char * const *) ids->pdata);
  schakel_report_add_notes (report, input);
  schakel_report_paginate (report);
  return g_steal_pointer (&report);
}
