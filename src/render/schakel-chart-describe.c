/* schakel-chart-describe.c — a chart in words and as a table, for screen
 * readers, keyboard users and CSV export.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "schakel-chart-private.h"

struct _SchakelChartTable
{
  guint      n_cols;
  GPtrArray *headers;  /* char* */
  GPtrArray *cells;    /* char*, row by row */
};

static void
describe_xy_series (const SchakelChart *self,
                    GString            *out,
                    guint               s)
{
  SchakelChartSeries *series = _schakel_chart_series (self, s);
  const SchakelChartPoint *lo = NULL, *hi = NULL, *last = NULL;
  guint n_suppressed = 0, n_missing = 0;

  for (guint i = 0; i < series->points->len; i++)
    {
      const SchakelChartPoint *p = &g_array_index (series->points, SchakelChartPoint, i);

      if (p->state == SCHAKEL_POINT_SUPPRESSED)
        n_suppressed++;
      else if (p->state == SCHAKEL_POINT_MISSING)
        n_missing++;
      else
        {
          if (lo == NULL || p->y < lo->y)
            lo = p;
          if (hi == NULL || p->y > hi->y)
            hi = p;
          if (last == NULL || p->x >= last->x)
            last = p;
        }
    }

  g_string_append_c (out, ' ');
  if (hi == NULL)
    /* Translators: a series without any value that may be shown */
    g_string_append_printf (out, _("%s: no values shown."), series->name);
  else
    {
      g_autofree char *hi_v = _schakel_chart_format_point (self, hi);
      g_autofree char *hi_x = _schakel_chart_format_x (self, hi->x);
      g_autofree char *lo_v = _schakel_chart_format_point (self, lo);
      g_autofree char *lo_x = _schakel_chart_format_x (self, lo->x);
      g_autofree char *last_v = _schakel_chart_format_point (self, last);
      g_autofree char *last_x = _schakel_chart_format_x (self, last->x);

      /* Translators: one series in a chart summary: name, highest value and where, lowest and where, last and where */
      g_string_append_printf (out, _("%s: highest %s (%s), lowest %s (%s), last %s (%s)."),
                              series->name, hi_v, hi_x, lo_v, lo_x, last_v, last_x);
    }
  if (n_suppressed > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE,
                                                "%u value is hidden as %s under the publication rules.",
                                                "%u values are hidden as %s under the publication rules.",
                                                n_suppressed),
                              n_suppressed, self->small_label);
    }
  if (n_missing > 0)
    {
      g_string_append_c (out, ' ');
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u value is missing.", "%u values are missing.",
                                                n_missing),
                              n_missing);
    }
}

static void
describe_box (const SchakelChart *self,
              GString            *out,
              guint               s)
{
  SchakelChartSeries *series = _schakel_chart_series (self, s);
  g_autofree char *n = schakel_format_count (series->box.n);

  g_string_append_c (out, ' ');
  if (series->box_state == SCHAKEL_POINT_SUPPRESSED)
    /* Translators: a box plot left out; %s is the group, %u the minimum number */
    g_string_append_printf (out, _("%s: fewer than %u values, not shown."), series->name, self->rules.min_group);
  else if (series->box_state == SCHAKEL_POINT_MISSING)
    g_string_append_printf (out, _("%s: no data."), series->name);
  else
    {
      g_autofree char *median = schakel_value_format (self->value_format, series->box.median);
      g_autofree char *q1 = schakel_value_format (self->value_format, series->box.q1);
      g_autofree char *q3 = schakel_value_format (self->value_format, series->box.q3);

      /* Translators: one box plot in a chart summary */
      g_string_append_printf (out, _("%s: median %s, middle half %s to %s, %s values."),
                              series->name, median, q1, q3, n);
    }
}

static void
describe_km (const SchakelChart *self,
             GString            *out,
             guint               s)
{
  SchakelChartSeries *series = _schakel_chart_series (self, s);
  g_autofree char *n = schakel_format_count (series->km_n);

  g_string_append_c (out, ' ');
  if (isfinite (series->km_median))
    {
      g_autofree char *median = schakel_value_format (SCHAKEL_VALUE_DAYS, series->km_median);

      /* Translators: one Kaplan–Meier curve in a chart summary: group, count, median in days */
      g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%s: %s minors, median %s day.",
                                                "%s: %s minors, median %s days.", (gulong) series->km_median),
                              series->name, n, median);
    }
  else
    /* Translators: one Kaplan–Meier curve whose median is not reached or may not be shown */
    g_string_append_printf (out, _("%s: %s minors, median not shown."), series->name, n);
  if (series->km_shown < series->km_steps->len)
    {
      g_autofree char *cut = schakel_value_format (SCHAKEL_VALUE_DAYS,
                                                   g_array_index (series->km_steps, SchakelKmStep, series->km_shown).time);

      g_string_append_c (out, ' ');
      /* Translators: %s is a number of days */
      g_string_append_printf (out, _("The curve stops at %s days, where too few remain."), cut);
    }
}

static void
describe_matrix (const SchakelChart *self,
                 GString            *out)
{
  const SchakelChartPoint *best = NULL;
  guint best_s = 0;

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      for (guint i = 0; i < series->points->len; i++)
        {
          const SchakelChartPoint *p = &g_array_index (series->points, SchakelChartPoint, i);

          if (p->state == SCHAKEL_POINT_VISIBLE && (best == NULL || p->y > best->y))
            best = p, best_s = s;
        }
    }
  if (best != NULL)
    {
      g_autofree char *value = _schakel_chart_format_point (self, best);

      g_string_append_c (out, ' ');
      /* Translators: the largest flow in a flow matrix: from, to, count */
      g_string_append_printf (out, _("The largest flow is from %s to %s: %s."),
                              _schakel_chart_series (self, best_s)->name,
                              _schakel_chart_category (self, (guint) best->x), value);
    }
}

/* Which series the drawing shows together as "Other", and how. */
static void
describe_other (const SchakelChart *self,
                GString            *out)
{
  SchakelChartFold fold;

  _schakel_chart_fold (self, &fold);
  if (fold.n_folded > 0)
    {
      g_autofree char *names = _schakel_chart_other_names (self, &fold);

      g_string_append_c (out, ' ');
      if (fold.other != NULL || _schakel_chart_other_hidden (self, &fold))
        /* Translators: %s is a list of series names */
        g_string_append_printf (out, _("The drawing adds up %s as “Other”."), names);
      else
        /* Translators: %s is a list of series names */
        g_string_append_printf (out, _("The drawing shows %s as thin grey lines, “Other”."), names);
    }
  _schakel_chart_fold_clear (&fold);
}

static const char *
kind_name (SchakelChartKind kind)
{
  switch (kind)
    {
    case SCHAKEL_CHART_LINE:
      return _("Line chart");
    case SCHAKEL_CHART_STEP:
      return _("Step chart");
    case SCHAKEL_CHART_STACKED_AREA:
      return _("Stacked area chart");
    case SCHAKEL_CHART_BARS:
      return _("Bar chart");
    case SCHAKEL_CHART_STACKED_BARS:
      return _("Stacked bar chart");
    case SCHAKEL_CHART_HISTOGRAM:
      return _("Histogram");
    case SCHAKEL_CHART_BOX:
      return _("Box plots");
    case SCHAKEL_CHART_KM:
      return _("Kaplan–Meier curves");
    case SCHAKEL_CHART_FLOW_MATRIX:
    default:
      return _("Flow matrix, from rows to columns");
    }
}

/**
 * schakel_chart_describe:
 * @self: a chart
 *
 * Puts the chart into a few sentences for a screen reader: what it is,
 * its title and subtitle, and per shown series its key figures, with the
 * values hidden under the publication rules counted, never guessed.
 *
 * Returns: (transfer full): the summary
 */
char *
schakel_chart_describe (const SchakelChart *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (self != NULL, NULL);

  g_string_append (out, kind_name (self->kind));
  if (self->title != NULL)
    g_string_append_printf (out, ": %s", self->title);
  if (self->subtitle != NULL)
    g_string_append_printf (out, " (%s)", self->subtitle);
  g_string_append_c (out, '.');

  if (self->kind == SCHAKEL_CHART_FLOW_MATRIX)
    describe_matrix (self, out);
  else
    for (guint s = 0; s < self->series->len; s++)
      {
        SchakelChartSeries *series = _schakel_chart_series (self, s);

        if (series->hidden)
          continue;
        if (series->has_box)
          describe_box (self, out, s);
        else if (series->km_steps != NULL)
          describe_km (self, out, s);
        else
          describe_xy_series (self, out, s);
      }
  describe_other (self, out);
  return g_string_free (out, FALSE);
}

static void
table_add (SchakelChartTable *table,
           char              *cell)
{
  g_ptr_array_add (table->cells, cell);
}

static SchakelChartTable *
table_new (const char * const *headers)
{
  SchakelChartTable *table = g_new0 (SchakelChartTable, 1);

  table->headers = g_ptr_array_new_with_free_func (g_free);
  table->cells = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; headers != NULL && headers[i] != NULL; i++)
    g_ptr_array_add (table->headers, g_strdup (headers[i]));
  table->n_cols = table->headers->len;
  return table;
}

/* One row per x value, one column per series. */
static SchakelChartTable *
xy_table (const SchakelChart *self,
          const char         *x_header)
{
  SchakelChartTable *table = table_new (NULL);
  g_autoptr(GArray) xs = _schakel_chart_distinct_xs (self, FALSE);

  g_ptr_array_add (table->headers, g_strdup (x_header));
  for (guint s = 0; s < self->series->len; s++)
    g_ptr_array_add (table->headers, g_strdup (_schakel_chart_series (self, s)->name));
  table->n_cols = table->headers->len;

  {
    guint n_series = self->series->len;
    g_autofree const SchakelChartPoint **sorted = g_new0 (const SchakelChartPoint *, MAX (n_series, 1));
    g_autofree SchakelChartPoint **copies = g_new0 (SchakelChartPoint *, MAX (n_series, 1));
    g_autofree guint *cursor = g_new0 (guint, MAX (n_series, 1));

    /* Rows and every series in x order: one walk, not a search per cell. */
    for (guint s = 0; s < n_series; s++)
      sorted[s] = _schakel_chart_sorted_points (_schakel_chart_series (self, s), &copies[s]);
    for (guint r = 0; r < xs->len; r++)
      {
        double x = g_array_index (xs, double, r);

        table_add (table, _schakel_chart_format_x (self, x));
        for (guint s = 0; s < n_series; s++)
          {
            guint n = _schakel_chart_series (self, s)->points->len;
            char *cell = NULL;

            while (cursor[s] < n && sorted[s][cursor[s]].x < x)
              cursor[s]++;
            if (cursor[s] < n && sorted[s][cursor[s]].x == x)
              cell = _schakel_chart_format_point (self, &sorted[s][cursor[s]]);
            table_add (table, cell != NULL ? cell : g_strdup (""));
          }
      }
    for (guint s = 0; s < n_series; s++)
      g_free (copies[s]);
  }
  return table;
}

static SchakelChartTable *
box_table (const SchakelChart *self)
{
  const char *headers[] = { _("Group"), _("Number"), _("Lower whisker"), _("First quartile"), _("Median"),
                            _("Third quartile"), _("Upper whisker"), _("Outliers"), NULL };
  SchakelChartTable *table = table_new (headers);

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);
      const SchakelBoxStats *b = &series->box;
      gboolean shown = series->box_state == SCHAKEL_POINT_VISIBLE;

      table_add (table, g_strdup (series->name));
      if (series->box_state == SCHAKEL_POINT_SUPPRESSED && self->has_rules
          && schakel_publication_hides_count (&self->rules, b->n))
        table_add (table, g_strdup (self->small_label));
      else
        table_add (table, schakel_format_count (b->n));
      table_add (table, shown ? schakel_value_format (self->value_format, b->whisker_low) : g_strdup (""));
      table_add (table, shown ? schakel_value_format (self->value_format, b->q1) : g_strdup (""));
      table_add (table, shown ? schakel_value_format (self->value_format, b->median) : g_strdup (""));
      table_add (table, shown ? schakel_value_format (self->value_format, b->q3) : g_strdup (""));
      table_add (table, shown ? schakel_value_format (self->value_format, b->whisker_high) : g_strdup (""));
      table_add (table, shown ? schakel_format_count (b->n_outliers) : g_strdup (""));
    }
  return table;
}

static char *
format_at_risk (const SchakelChart *self,
                guint               count)
{
  if (self->has_rules && schakel_publication_hides_count (&self->rules, count))
    return g_strdup (self->small_label);
  return schakel_format_count (count);
}

static SchakelChartTable *
km_table (const SchakelChart *self)
{
  const char *headers[] = { _("Group"), _("Days"), _("At risk"), _("Events"), _("Censored"), _("Share"),
                            _("Lower bound"), _("Upper bound"), NULL };
  SchakelChartTable *table = table_new (headers);

  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);

      for (guint i = 0; series->km_steps != NULL && i < series->km_shown; i++)
        {
          const SchakelKmStep *step = &g_array_index (series->km_steps, SchakelKmStep, i);

          table_add (table, g_strdup (series->name));
          table_add (table, schakel_format_count (step->time));
          table_add (table, format_at_risk (self, step->n_risk));
          table_add (table, format_at_risk (self, step->n_event));
          table_add (table, format_at_risk (self, step->n_censor));
          table_add (table, schakel_format_percent (step->surv, 1));
          table_add (table, isfinite (step->lower) ? schakel_format_percent (step->lower, 1) : g_strdup (""));
          table_add (table, isfinite (step->upper) ? schakel_format_percent (step->upper, 1) : g_strdup (""));
        }
    }
  return table;
}

static SchakelChartTable *
matrix_table (const SchakelChart *self)
{
  SchakelChartTable *table = table_new (NULL);
  guint n_cols = _schakel_chart_n_categories (self);

  g_ptr_array_add (table->headers, g_strdup (self->y_label != NULL ? self->y_label : _("From")));
  for (guint c = 0; c < n_cols; c++)
    g_ptr_array_add (table->headers, g_strdup (_schakel_chart_category (self, c)));
  table->n_cols = table->headers->len;
  for (guint s = 0; s < self->series->len; s++)
    {
      SchakelChartSeries *series = _schakel_chart_series (self, s);
      guint row = table->cells->len;

      table_add (table, g_strdup (series->name));
      for (guint c = 0; c < n_cols; c++)
        table_add (table, g_strdup (""));
      for (guint i = 0; i < series->points->len; i++)
        {
          const SchakelChartPoint *p = &g_array_index (series->points, SchakelChartPoint, i);
          guint col = (guint) p->x;

          if (p->x < 0 || col >= n_cols)
            continue;
          g_free (table->cells->pdata[row + 1 + col]);
          table->cells->pdata[row + 1 + col] = _schakel_chart_format_point (self, p);
        }
    }
  return table;
}

/**
 * schakel_chart_to_table:
 * @self: a chart
 *
 * Gives the chart's data as a table of strings in the user's locale: for
 * lines and bars a row per x value and a column per series, for box plots
 * and curves a row per group or step, for a flow matrix the matrix. A
 * suppressed value reads `<k`, a missing one is empty. Hidden series are
 * included: the table is the whole data, not the current view.
 *
 * Returns: (transfer full): the table
 */
SchakelChartTable *
schakel_chart_to_table (const SchakelChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case SCHAKEL_CHART_BOX:
      return box_table (self);
    case SCHAKEL_CHART_KM:
      return km_table (self);
    case SCHAKEL_CHART_FLOW_MATRIX:
      return matrix_table (self);
    case SCHAKEL_CHART_LINE:
    case SCHAKEL_CHART_STEP:
    case SCHAKEL_CHART_STACKED_AREA:
    case SCHAKEL_CHART_BARS:
    case SCHAKEL_CHART_STACKED_BARS:
    case SCHAKEL_CHART_HISTOGRAM:
    default:
      return xy_table (self, self->x_label != NULL ? self->x_label
                             : self->x_axis == SCHAKEL_AXIS_DAY ? _("Date") : _("Category"));
    }
}

void
schakel_chart_table_free (SchakelChartTable *table)
{
  g_ptr_array_unref (table->headers);
  g_ptr_array_unref (table->cells);
  g_free (table);
}

guint
schakel_chart_table_get_n_rows (const SchakelChartTable *table)
{
  return table->n_cols > 0 ? table->cells->len / table->n_cols : 0;
}

guint
schakel_chart_table_get_n_cols (const SchakelChartTable *table)
{
  return table->n_cols;
}

const char *
schakel_chart_table_get_header (const SchakelChartTable *table,
                                guint                    col)
{
  g_return_val_if_fail (col < table->n_cols, NULL);

  return table->headers->pdata[col];
}

const char *
schakel_chart_table_get_cell (const SchakelChartTable *table,
                              guint                    row,
                              guint                    col)
{
  g_return_val_if_fail (col < table->n_cols, NULL);
  g_return_val_if_fail (row < schakel_chart_table_get_n_rows (table), NULL);

  return table->cells->pdata[row * table->n_cols + col];
}
