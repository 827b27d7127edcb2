/* schakel-metrics-adult.c — 18+ plans: how many of the minors turning 18
 * within 90 days have one, and how many of those keep them in the region
 * of their school (docs/metrics.md).
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-metrics-private.h"
#include "schakel-turning18.h"

#define PLAN_WINDOW_DAYS 90

/**
 * _schakel_metrics_adult_lists:
 * @id: a metric id
 *
 * Both figures count minors, one each: the minors behind them can be
 * listed.
 *
 * Returns: %TRUE when this family can list the minors behind @id
 */
gboolean
_schakel_metrics_adult_lists (const char *id)
{
  return g_str_equal (id, "adult_plan_share") || g_str_equal (id, "adult_plan_in_region");
}

/**
 * _schakel_metrics_adult_plans:
 * @ctx: the context
 * @error: return location for an error
 *
 * Computes adult_plan_share (parts: by plan) and adult_plan_in_region
 * from schakel_turning18_list(), the list the 18+ planning view shows.
 *
 * Returns: %TRUE on success
 */
gboolean
_schakel_metrics_adult_plans (SchakelMetricsContext  *ctx,
                              GError                **error)
{
  g_autoptr(GPtrArray) minors = schakel_turning18_list (ctx->db, ctx->scope, ctx->t, PLAN_WINDOW_DAYS, error);
  SchakelMetricValue *share = _schakel_metrics_want (ctx, "adult_plan_share");
  SchakelMetricValue *in_region = _schakel_metrics_want (ctx, "adult_plan_in_region");
  gint64 n_planned = 0, n_placed_somewhere = 0, n_staying = 0;

  if (minors == NULL)
    return FALSE;

  for (guint i = 0; i < minors->len; i++)
    {
      const SchakelTurning18 *m = g_ptr_array_index (minors, i);

      if (!schakel_turning18_has_plan (m))
        continue;
      n_planned++;
      _schakel_metrics_count_behind (ctx, "adult_plan_share", m->minor_id);
      if (share != NULL)
        _schakel_metrics_add_part (share, m->plan->plan, 1);
      /* Only plans naming a municipality, for minors at a school. */
      if (m->plan_region == NULL || m->school_region == NULL)
        continue;
      n_placed_somewhere++;
      if (m->leaves_region)
        continue;
      n_staying++;
      _schakel_metrics_count_behind (ctx, "adult_plan_in_region", m->minor_id);
    }

  if (share != NULL)
    _schakel_metrics_set_share (share, n_planned, minors->len);
  if (in_region != NULL)
    _schakel_metrics_set_share (in_region, n_staying, n_placed_somewhere);
  return TRUE;
}
