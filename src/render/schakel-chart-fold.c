/* schakel-chart-fold.c — a look of its own for every series, also when
 * there are more series than colours.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The palette has eight colours. Lines also get a dash pattern, so eight
 * colours times five patterns tell forty lines apart; any more, the
 * smallest, are drawn thin and grey under one legend entry "Other". Bands
 * of stacked counts cannot be dashed, but counts add up: the largest seven
 * keep a colour and the rest are summed into one grey band "Other" on top
 * of the stack, whose legend entry names its members. Shares, rates and
 * medians are never summed. The table and the CSV keep every series.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "schakel-chart-private.h"

#define RGB(r, g, b) { (r) / 255.0, (g) / 255.0, (b) / 255.0 }

/* On and off lengths in line widths; an "on" of 0 is a dot (round caps). */
static const struct
{
  guint  n;
  double lengths[4];
} dashes[SCHAKEL_CHART_N_DASHES] = {
  { 0, { 0 } },                 /* solid */
  { 2, { 6, 3.5 } },            /* long dashes */
  { 2, { 0, 2.5 } },            /* dots */
  { 4, { 6, 2.5, 0, 2.5 } },    /* dash and dot */
  { 2, { 2, 3 } },              /* short dashes */
};

static const SchakelColor light_grey = RGB (150, 150, 150);
static const SchakelColor dark_grey = RGB (135, 135, 135);

gboolean
_schakel_chart_is_lines (const SchakelChart *self)
{
  return self->kind == SCHAKEL_CHART_LINE || self->kind == SCHAKEL_CHART_STEP || self->kind == SCHAKEL_CHART_KM;
}

/* A legend swatch: a square of colour, or for lines a piece of line long
 * enough to show its pattern. */
double
_schakel_chart_swatch_width (const SchakelChart *self,
                             double              font_size)
{
  return _schakel_chart_is_lines (self) ? font_size * 2.6 : font_size * 0.9;
}

/* How much a series weighs when choosing which keep a colour: its total
 * for counts and lines, its number of minors for a curve. */
static double
series_weight (const SchakelChartSeries *series)
{
  double sum = 0;

  if (series->km_steps != NULL)
    return series->km_n;
  for (guint i = 0; i < series->points->len; i++)
    {
      const SchakelChartPoint *point = &g_array_index (series->points, SchakelChartPoint, i);

      if (point->state == SCHAKEL_POINT_VISIBLE)
        sum += fabs (point->y);
    }
  return sum;
}

static int
compare_weights (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const double *weights = user_data;
  guint i = *(const guint *) a, j = *(const guint *) b;

  if (weights[i] != weights[j])
    return weights[i] < weights[j] ? 1 : -1;
  return (i > j) - (i < j);
}

/* Whether each series keeps a look of its own: the @n_keep heaviest do. */
static gboolean *
kept_series (const SchakelChart *self,
             guint               n_keep)
{
  guint n = self->series->len;
  gboolean *kept = g_new0 (gboolean, MAX (n, 1));
  g_autofree guint *order = g_new (guint, MAX (n, 1));
  g_autofree double *weights = g_new (double, MAX (n, 1));

  for (guint s = 0; s < n; s++)
    {
      order[s] = s;
      weights[s] = series_weight (_schakel_chart_series (self, s));
    }
  g_qsort_with_data (order, n, sizeof (guint), compare_weights, weights);
  for (guint i = 0; i < n; i++)
    kept[order[i]] = i < n_keep;
  return kept;
}

/* "Other" at every x of the shown series: the sum of its shown members
 * where all are known; missing where one is; hidden (`x`) where one is
 * hidden to protect another cell, since adding it in would give it away;
 * and where members are small counts (`<k`), the sum of the others with
 * their number in @other_small, drawn as a hatched band above it. */
static void
sum_other (const SchakelChart *self,
           SchakelChartFold   *fold)
{
  g_autoptr(GArray) xs = _schakel_chart_distinct_xs (self, TRUE);
  g_autoptr(GPtrArray) members = g_ptr_array_new ();
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_free);
  g_autofree guint *cursor = NULL;

  for (guint s = 0; s < self->series->len; s++)
    if (fold->styles[s].folded && _schakel_chart_series_shown (self, s))
      {
        SchakelChartPoint *copy;

        g_ptr_array_add (members, _schakel_chart_series (self, s));
        g_ptr_array_add (sorted, (gpointer) _schakel_chart_sorted_points (_schakel_chart_series (self, s), &copy));
        g_ptr_array_add (copies, copy);
      }
  if (members->len == 0)
    return;

  fold->other = g_new0 (SchakelChartSeries, 1);
  fold->other->name = g_strdup (_schakel_chart_series_label (self, SCHAKEL_CHART_SERIES_OTHER));
  fold->other->points = g_array_sized_new (FALSE, FALSE, sizeof (SchakelChartPoint), xs->len);
  fold->other->km_median = NAN;
  fold->other_small = g_array_sized_new (FALSE, TRUE, sizeof (guint), xs->len);
  cursor = g_new0 (guint, members->len);
  for (guint r = 0; r < xs->len; r++)
    {
      SchakelChartPoint sum = { g_array_index (xs, double, r), 0, SCHAKEL_POINT_VISIBLE };
      gboolean missing = FALSE, hidden = FALSE;
      guint small = 0;

      for (guint m = 0; m < members->len; m++)
        {
          const SchakelChartSeries *member = g_ptr_array_index (members, m);
          const SchakelChartPoint *points = g_ptr_array_index (sorted, m);

          while (cursor[m] < member->points->len && points[cursor[m]].x < sum.x)
            cursor[m]++;
          if (cursor[m] == member->points->len || points[cursor[m]].x != sum.x)
            {
              missing = TRUE;
              continue;
            }
          switch (points[cursor[m]].state)
            {
            case SCHAKEL_POINT_VISIBLE:
              sum.y += points[cursor[m]].y;
              break;
            case SCHAKEL_POINT_SUPPRESSED:
              small++;
              break;
            case SCHAKEL_POINT_HIDDEN:
              hidden = TRUE;
              break;
            case SCHAKEL_POINT_MISSING:
            default:
              missing = TRUE;
              break;
            }
        }
      if (missing || hidden)
        {
          sum.state = missing ? SCHAKEL_POINT_MISSING : SCHAKEL_POINT_HIDDEN;
          sum.y = NAN;
          small = 0;
        }
      g_array_append_val (fold->other->points, sum);
      g_array_append_val (fold->other_small, small);
    }
}

/**
 * _schakel_chart_fold:
 * @fold: (out caller-allocates): the looks; clear with _schakel_chart_fold_clear()
 *
 * Gives every series its colour and dash pattern, and folds the smallest
 * into "Other" where there are more than can be told apart. Which series
 * are folded depends on the data, not on which are switched off, so the
 * legend stays put while the user switches series on and off.
 */
void
_schakel_chart_fold (const SchakelChart *self,
                     SchakelChartFold   *fold)
{
  guint n = self->series->len, n_colors = schakel_palette_get_n_series ();
  gboolean lines = _schakel_chart_is_lines (self);
  gboolean sums = self->kind == SCHAKEL_CHART_STACKED_AREA && self->value_format == SCHAKEL_VALUE_COUNT;
  guint n_keep = sums ? n_colors - 1 : lines ? n_colors * SCHAKEL_CHART_N_DASHES : G_MAXUINT;
  g_autofree gboolean *kept = NULL;

  memset (fold, 0, sizeof *fold);
  fold->styles = g_new0 (SchakelSeriesStyle, MAX (n, 1));
  fold->other_style.color = self->palette == SCHAKEL_PALETTE_DARK ? dark_grey : light_grey;
  fold->other_style.folded = TRUE;
  if (n > n_colors && n > n_keep)
    kept = kept_series (self, n_keep);

  for (guint s = 0, p = 0; s < n; s++)
    {
      SchakelSeriesStyle *style = &fold->styles[s];

      if (kept != NULL && !kept[s])
        {
          *style = fold->other_style;
          fold->n_folded++;
          continue;
        }
      schakel_palette_get_series (self->palette, p % n_colors, &style->color);
      style->dash = lines ? (p / n_colors) % SCHAKEL_CHART_N_DASHES : 0;
      p++;
    }
  if (sums && fold->n_folded > 0)
    sum_other (self, fold);
}

void
_schakel_chart_fold_clear (SchakelChartFold *fold)
{
  g_clear_pointer (&fold->styles, g_free);
  if (fold->other != NULL)
    {
      g_free (fold->other->name);
      g_array_unref (fold->other->points);
      g_clear_pointer (&fold->other, g_free);
    }
  g_clear_pointer (&fold->other_small, g_array_unref);
  fold->n_folded = 0;
}

/**
 * _schakel_chart_style:
 * @series: a series index or %SCHAKEL_CHART_SERIES_OTHER
 *
 * Returns: (transfer none): how the series is drawn
 */
const SchakelSeriesStyle *
_schakel_chart_style (const SchakelChartLayout *layout,
                      guint                     series)
{
  if (series == SCHAKEL_CHART_SERIES_OTHER)
    return &layout->fold.other_style;
  return &layout->fold.styles[series];
}

/**
 * _schakel_chart_set_dash:
 * @dash: a pattern, 0 for solid
 * @line_width: the width of the line the pattern is measured in
 * @offset: how far along the line the stroke starts, to continue the
 *   pattern of a line stroked in pieces
 */
void
_schakel_chart_set_dash (cairo_t *cr,
                         guint    dash,
                         double   line_width,
                         double   offset)
{
  double lengths[4];

  g_return_if_fail (dash < SCHAKEL_CHART_N_DASHES);

  for (guint i = 0; i < dashes[dash].n; i++)
    lengths[i] = dashes[dash].lengths[i] * line_width;
  cairo_set_dash (cr, lengths, dashes[dash].n, offset);
  if (dash != 0)
    cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
}

/**
 * _schakel_chart_dash_covers:
 * @distance: a distance from the start of a line
 *
 * Returns: whether a line dashed with @dash is drawn at @distance, as the
 *   stroke with round caps would draw it
 */
gboolean
_schakel_chart_dash_covers (guint  dash,
                            double line_width,
                            double distance)
{
  double period = 0, start = 0, at;

  g_return_val_if_fail (dash < SCHAKEL_CHART_N_DASHES, TRUE);

  if (dashes[dash].n == 0)
    return TRUE;
  for (guint i = 0; i < dashes[dash].n; i++)
    period += dashes[dash].lengths[i] * line_width;
  at = fmod (distance, period);
  for (guint i = 0; i < dashes[dash].n; i += 2)
    {
      double on = dashes[dash].lengths[i] * line_width;

      /* A round cap reaches half a line width past each end. */
      if (at >= start - line_width / 2 && at <= start + on + line_width / 2)
        return TRUE;
      start += on + dashes[dash].lengths[i + 1] * line_width;
    }
  /* The first dash's cap reaches back into the end of the period. */
  return at >= period - line_width / 2;
}

/**
 * _schakel_chart_series_label:
 * @series: a series index or %SCHAKEL_CHART_SERIES_OTHER
 *
 * Returns: (transfer none): the series' name, as the legend shows it
 */
const char *
_schakel_chart_series_label (const SchakelChart *self,
                             guint               series)
{
  if (series == SCHAKEL_CHART_SERIES_OTHER)
    /* Translators: the legend entry of a chart's smallest series, drawn
     * together; not the same as “Other” for a code (Dutch: Overige) */
    return C_("chart legend", "Other");
  return _schakel_chart_series (self, series)->name;
}

/**
 * _schakel_chart_other_names:
 *
 * Returns: (transfer full): the names of the series in "Other", in their
 *   order, separated by commas
 */
char *
_schakel_chart_other_names (const SchakelChart     *self,
                            const SchakelChartFold *fold)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  for (guint s = 0; s < self->series->len; s++)
    if (fold->styles[s].folded)
      g_ptr_array_add (names, _schakel_chart_series (self, s)->name);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (", ", (char **) names->pdata);
}

/* Whether every member of "Other" is switched off. */
gboolean
_schakel_chart_other_hidden (const SchakelChart     *self,
                             const SchakelChartFold *fold)
{
  for (guint s = 0; s < self->series->len; s++)
    if (fold->styles[s].folded && _schakel_chart_series_shown (self, s))
      return FALSE;
  return fold->n_folded > 0;
}
