/* schakel-report-figures.c — computing, publishing and printing figures
 * for the report templates; the cover and the notes they share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-chart-private.h"
#include "schakel-report-figures-private.h"
#include "schakel-report-table.h"

void
schakel_report_input_init (SchakelReportInput *input,
                           SchakelDatabase    *db,
                           SchakelDay          date,
                           SchakelReportMode   mode,
                           GCancellable       *cancellable)
{
  input->db = db;
  input->date = date;
  input->mode = mode;
  input->cancellable = cancellable;
  input->norms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  schakel_publication_rules_load (&input->rules, db);
  input->hidden_note = schakel_publication_describe (&input->rules);
}

void
schakel_report_input_clear (SchakelReportInput *input)
{
  g_clear_pointer (&input->norms, g_hash_table_unref);
  g_clear_pointer (&input->hidden_note, g_free);
}

/* Computes the figures @ids (NULL: all) for @scope on @date, published
 * unless the report is confidential. */
GPtrArray *
schakel_report_figures_compute (SchakelReportInput  *input,
                                const SchakelScope  *scope,
                                SchakelDay           date,
                                const char * const  *ids,
                                GError             **error)
{
  g_autoptr(GPtrArray) values = schakel_metrics_compute (input->db, scope, date, ids, input->cancellable, error);

  if (values == NULL)
    return NULL;
  for (guint i = 0; i < values->len && input->mode == SCHAKEL_REPORT_MODE_PUBLICATION; i++)
    schakel_metric_value_publish (g_ptr_array_index (values, i), &input->rules);
  return g_steal_pointer (&values);
}

/**
 * schakel_report_mark_norms:
 * @input: what the report is made from
 * @block: a block
 * @unit: the unit that carries the marks, see schakel_report_block_add_footnote()
 * @column: the table's column, 0 elsewhere
 * @norm: (nullable): the norm codes a figure applied, comma-separated
 * @error: return location for an error
 *
 * Gives @block a footnote for each norm: its code and what it says.
 *
 * Returns: %TRUE, or %FALSE when a norm could not be read
 */
gboolean
schakel_report_mark_norms (SchakelReportInput  *input,
                           SchakelReportBlock  *block,
                           guint                unit,
                           guint                column,
                           const char          *norm,
                           GError             **error)
{
  g_auto(GStrv) codes = norm != NULL ? g_strsplit (norm, ",", -1) : NULL;

  for (guint c = 0; codes != NULL && codes[c] != NULL; c++)
    {
      const char *code = g_strstrip (codes[c]);
      const char *note = g_hash_table_lookup (input->norms, code);

      if (note == NULL)
        {
          g_autoptr(GError) local_error = NULL;
          g_autofree char *source = schakel_norm_dup_source (input->db, code, &local_error);
          char *text;

          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          /* Translators: a footnote in a report: a norm's code and what it says */
          text = g_strdup_printf (_("Norm %s: %s"), code, source != NULL ? source : "–");
          g_hash_table_insert (input->norms, g_strdup (code), text);
          note = text;
        }
      schakel_report_block_add_footnote (block, unit, column, note);
    }
  return TRUE;
}

/* Whether publication mode hid the figure or what it is out of, as
 * schakel_report_figure_value() and _base() print them. */
gboolean
schakel_report_figure_is_hidden (const SchakelMetricValue *value)
{
  if (value->info->unit == SCHAKEL_METRIC_UNIT_COUNT)
    return value->suppressed;
  if (value->n == 0 && !value->n_suppressed)
    return FALSE;
  return value->suppressed || value->n_suppressed;
}

/* Gives @block the footnote on the rules of publication mode, where it
 * hid something. */
void
schakel_report_mark_hidden (SchakelReportInput *input,
                            SchakelReportBlock *block,
                            guint               unit,
                            guint               column)
{
  if (input->mode == SCHAKEL_REPORT_MODE_PUBLICATION)
    schakel_report_block_add_footnote (block, unit, column, input->hidden_note);
}

const SchakelMetricValue *
schakel_report_figures_find (GPtrArray  *values,
                             const char *id)
{
  for (guint i = 0; i < values->len; i++)
    {
      const SchakelMetricValue *value = g_ptr_array_index (values, i);

      if (g_str_equal (value->info->id, id))
        return value;
    }
  g_return_val_if_reached (NULL);
}

static char *
format_days (double days)
{
  /* Translators: a duration; “not reached” when a Kaplan–Meier curve never gets there */
  return isnan (days) ? g_strdup (_("not reached")) : g_strdup_printf (_("%g days"), days);
}

/* The figure as a report prints it: a count, a percentage, a rate or a
 * median in days; `<5` or `x` when publication mode hides it, – when there
 * is none. */
char *
schakel_report_figure_value (const SchakelMetricValue *value)
{
  /* A share of nobody has nothing to hide. */
  if (value->info->unit != SCHAKEL_METRIC_UNIT_COUNT && value->n == 0 && !value->n_suppressed)
    return g_strdup ("–");
  if (value->suppressed)
    return g_strdup (value->display != NULL ? value->display : "x");
  switch (value->info->unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      return schakel_format_count (value->numerator);
    case SCHAKEL_METRIC_UNIT_SHARE:
      return isnan (value->value) ? g_strdup ("–") : g_strdup_printf ("%.1f %%", 100.0 * value->value);
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      return isnan (value->value) ? g_strdup ("–") : g_strdup_printf ("%.2f", value->value);
    case SCHAKEL_METRIC_UNIT_DAYS:
      return format_days (value->median.value);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* What the figure is out of: the denominator of a share, the minors behind
 * a rate, the observations behind a median; empty for a count. */
char *
schakel_report_figure_base (const SchakelMetricValue *value)
{
  if (value->info->unit == SCHAKEL_METRIC_UNIT_COUNT)
    return g_strdup ("");
  if (value->n_suppressed)
    return g_strdup ("x");
  return schakel_format_count (value->n);
}

/* A signed change as printed: a real minus sign, and no sign at all for a
 * change that rounds to zero. */
static char *
signed_text (char *text)
{
  char *with_minus;

  if (strpbrk (text, "123456789") == NULL)
    {
      memmove (text, text + 1, strlen (text));
      return text;
    }
  if (text[0] != '-')
    return text;
  with_minus = g_strconcat ("−", text + 1, NULL);
  g_free (text);
  return with_minus;
}

/* The change since the earlier figure, in the figure's unit (percentage
 * points for a share); – when either is hidden or missing. */
char *
schakel_report_figure_change (const SchakelMetricValue *now,
                              const SchakelMetricValue *before)
{
  double a, b;

  if (now->suppressed || before->suppressed)
    return g_strdup ("–");
  switch (now->info->unit)
    {
    case SCHAKEL_METRIC_UNIT_COUNT:
      return signed_text (g_strdup_printf ("%+" G_GINT64_FORMAT, now->numerator - before->numerator));
    case SCHAKEL_METRIC_UNIT_SHARE:
      a = now->value, b = before->value;
      if (isnan (a) || isnan (b))
        return g_strdup ("–");
      /* Translators: a change of a percentage, in percentage points, e.g. "+1.5 pt" */
      return signed_text (g_strdup_printf (_("%+.1f pt"), 100.0 * (a - b)));
    case SCHAKEL_METRIC_UNIT_PER_CHILD_YEAR:
    case SCHAKEL_METRIC_UNIT_PER_100_YEARS:
      a = now->value, b = before->value;
      if (isnan (a) || isnan (b))
        return g_strdup ("–");
      return signed_text (g_strdup_printf ("%+.2f", a - b));
    case SCHAKEL_METRIC_UNIT_DAYS:
      a = now->median.value, b = before->median.value;
      if (isnan (a) || isnan (b))
        return g_strdup ("–");
      return signed_text (g_strdup_printf (_("%+g days"), a - b));
    default:
      g_return_val_if_reached (NULL);
    }
}

/* A cell of a table of counts: as it is, or as publication mode shows it. */
char *
schakel_report_format_count (SchakelReportInput      *input,
                             SchakelPublicationTable *table,
                             guint                    row,
                             guint                    col)
{
  if (input->mode == SCHAKEL_REPORT_MODE_CONFIDENTIAL
      || schakel_publication_table_get_state (table, row, col) == SCHAKEL_CELL_VISIBLE)
    return schakel_format_count (schakel_publication_table_get (table, row, col));
  return schakel_publication_table_format (table, &input->rules, row, col);
}

/**
 * schakel_report_begin:
 * @input: what the report is made from
 * @template_: which report
 * @scope_name: what it is about
 * @intro: a paragraph under the title
 *
 * Returns: (transfer full): a report with its cover: the title, the facts,
 *   the introduction and the table of contents
 */
SchakelReport *
schakel_report_begin (SchakelReportInput    *input,
                      SchakelReportTemplate  template_,
                      const char            *scope_name,
                      const char            *intro)
{
  g_autofree char *date = schakel_format_day (input->date);
  g_autofree char *today = schakel_format_day (schakel_day_today ());
  const char *title = schakel_report_template_get_title (template_);
  gboolean confidential = input->mode == SCHAKEL_REPORT_MODE_CONFIDENTIAL;
  /* Translators: facts on a report's cover; the peildatum, then the mode */
  g_autofree char *lines = g_strdup_printf (_("Peildatum: %s\n%s"), date,
                                            confidential ? _("Confidential — not published: small numbers are shown")
                                                         : _("Publication mode: small numbers are hidden"));
  SchakelReport *report = schakel_report_new (title, scope_name, date, today,
                                              confidential ? SCHAKEL_REPORT_MODE_CONFIDENTIAL
                                                           : SCHAKEL_REPORT_MODE_PUBLICATION);

  schakel_report_add (report, schakel_report_title_new (title, scope_name, lines));
  schakel_report_add (report, schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY, intro));
  schakel_report_add_contents (report);
  return report;
}

/* Marks the label of a row of figures (@value beside @other: the same
 * figure earlier or for the whole country) with the figure's norms and,
 * where either is hidden, the publication rules. */
gboolean
schakel_report_mark_figure (SchakelReportInput        *input,
                            SchakelReportBlock        *table,
                            guint                      row,
                            const SchakelMetricValue  *value,
                            const SchakelMetricValue  *other,
                            GError                   **error)
{
  if (!schakel_report_mark_norms (input, table, row, 0, value->norm, error))
    return FALSE;
  if (schakel_report_figure_is_hidden (value) || schakel_report_figure_is_hidden (other))
    schakel_report_mark_hidden (input, table, row, 0);
  return TRUE;
}

/* Marks a chart's caption with the norm it draws and, where the
 * publication rules took something out of it, those rules. */
gboolean
schakel_report_mark_chart (SchakelReportInput  *input,
                           SchakelReportBlock  *block,
                           const SchakelChart  *chart,
                           const char          *norm,
                           GError             **error)
{
  if (!schakel_report_mark_norms (input, block, 0, 0, norm, error))
    return FALSE;
  if (_schakel_chart_publication_hid (chart))
    schakel_report_mark_hidden (input, block, 0, 0);
  return TRUE;
}

/* The last section: how the figures are counted, and whether the report
 * may be published. The norms and the publication rules are footnotes
 * where they apply. */
void
schakel_report_add_notes (SchakelReport      *report,
                          SchakelReportInput *input)
{
  schakel_report_add (report, schakel_report_heading_new (1, _("Notes")));
  schakel_report_add (report, schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY,
                      _("Every figure is as known on the peildatum; docs/metrics.md describes how each one is "
                        "counted. The norms a figure is measured against and the figures publication mode hides "
                        "are marked with a footnote on the page where they are shown.")));
  if (input->mode == SCHAKEL_REPORT_MODE_CONFIDENTIAL)
    schakel_report_add (report, schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY_BOLD,
                        _("Publication mode is off: small numbers are shown. "
                          "This report is confidential and must not be published.")));
}

/* Every metric's id, in the engine's order, %NULL-terminated. */
GPtrArray *
schakel_report_all_metric_ids (void)
{
  guint n_metrics;
  const SchakelMetricInfo *infos = schakel_metric_info_list (&n_metrics);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < n_metrics; i++)
    g_ptr_array_add (ids, (gpointer) infos[i].id);
  g_ptr_array_add (ids, NULL);
  return ids;
}

/* A section, on a new page, with what each figure of @ids means. */
void
schakel_report_add_definitions (SchakelReport      *report,
                                const char * const *ids)
{
  SchakelReportBlock *table = schakel_report_table_new (_("Definitions"), 2);
  SchakelReportBlock *heading = schakel_report_heading_new (1, _("Definitions"));

  schakel_report_table_set_column (table, 0, _("Figure"), 1, FALSE);
  schakel_report_table_set_column (table, 1, _("Definition"), 2.4, FALSE);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      const SchakelMetricInfo *info = schakel_metric_info_lookup (ids[i]);
      const char *cells[] = { _(info->label), _(info->definition) };

      schakel_report_table_add_row (table, SCHAKEL_REPORT_ROW_NORMAL, cells);
    }
  heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
  heading->orientation = SCHAKEL_REPORT_PORTRAIT;
  schakel_report_add (report, heading);
  schakel_report_add (report, table);
}

static void
area_free (gpointer data)
{
  SchakelReportArea *area = data;

  g_free (area->name);
  schakel_scope_free (area->scope);
  g_clear_pointer (&area->values, g_ptr_array_unref);
  for (guint i = 0; i < SCHAKEL_REPORT_PAST_YEAR_N_CHARTS; i++)
    g_clear_pointer (&area->charts[i], schakel_chart_unref);
  g_free (area);
}

static int
compare_areas (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate ((*(SchakelReportArea * const *) a)->name, (*(SchakelReportArea * const *) b)->name);
}

/* The areas' figures (and charts) are computed in parallel, one reading
 * connection per area: every scope costs about as much as the whole
 * country, since the metrics engine reads all placements either way. */
typedef struct
{
  SchakelReportInput *input;
  const char * const *ids;
  gboolean            charts;
  GMutex              lock;
  GError             *error;
} AreaJob;

static void
compute_area (gpointer data,
              gpointer user_data)
{
  SchakelReportArea *area = data;
  AreaJob *job = user_data;
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_cancellable_set_error_if_cancelled (job->input->cancellable, &error)
      && (reader = schakel_database_open_reader (job->input->db, &error)) != NULL)
    area->values = schakel_metrics_compute (reader, area->scope, job->input->date, job->ids,
                                            job->input->cancellable, &error);
  if (area->values != NULL && job->charts)
    schakel_report_past_year_build (job->input, reader, area->scope, area->charts, &error);
  if (error != NULL)
    {
      g_mutex_lock (&job->lock);
      if (job->error == NULL)
        job->error = g_steal_pointer (&error);
      g_mutex_unlock (&job->lock);
    }
}

/**
 * schakel_report_list_areas:
 * @input: what the report is made from
 * @scope: a scope
 * @ids: the figures to compute for each area
 * @with_charts: also build each area's charts of the past year
 * @error: return location for an error
 *
 * Lists the scopes one level below @scope (a municipality: itself) with
 * their figures @ids on the peildatum, not published, by name.
 *
 * Returns: (transfer full) (element-type SchakelReportArea): the areas
 */
GPtrArray *
schakel_report_list_areas (SchakelReportInput  *input,
                           const SchakelScope  *scope,
                           const char * const  *ids,
                           gboolean             with_charts,
                           GError             **error)
{
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func (area_free);
  AreaJob job = { input, ids, with_charts, { 0 }, NULL };
  GThreadPool *pool;

  if (schakel_scope_get_kind (scope) == SCHAKEL_SCOPE_MUNICIPALITY)
    {
      children = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_scope_free);
      g_ptr_array_add (children, schakel_scope_copy (scope));
    }
  else if (!(children = schakel_scope_list_children (scope, input->db, error)))
    return NULL;

  for (guint i = 0; i < children->len; i++)
    {
      SchakelReportArea *area = g_new0 (SchakelReportArea, 1);

      area->scope = schakel_scope_copy (g_ptr_array_index (children, i));
      area->name = schakel_scope_dup_name (area->scope, input->db);
      g_ptr_array_add (areas, area);
    }

  g_mutex_init (&job.lock);
  pool = g_thread_pool_new (compute_area, &job, (int) CLAMP (g_get_num_processors (), 1, 8), TRUE, NULL);
  for (guint i = 0; i < areas->len; i++)
    g_thread_pool_push (pool, g_ptr_array_index (areas, i), NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
  g_mutex_clear (&job.lock);
  if (job.error != NULL)
    {
      g_propagate_error (error, job.error);
      return NULL;
    }
  g_ptr_array_sort (areas, compare_areas);
  return g_steal_pointer (&areas);
}
