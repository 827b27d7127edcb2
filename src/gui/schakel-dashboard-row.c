/* schakel-dashboard-row.c
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "schakel-dashboard-row.h"

struct _SchakelDashboardRow
{
  GObject    parent_instance;

  char      *name;
  char      *scope;    /* as schakel_scope_parse() reads it */
  GPtrArray *values;   /* SchakelMetricValue, the table metrics in column order */
};

G_DEFINE_FINAL_TYPE (SchakelDashboardRow, schakel_dashboard_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
schakel_dashboard_row_finalize (GObject *object)
{
  SchakelDashboardRow *self = SCHAKEL_DASHBOARD_ROW (object);

  g_free (self->name);
  g_free (self->scope);
  g_clear_pointer (&self->values, g_ptr_array_unref);
  G_OBJECT_CLASS (schakel_dashboard_row_parent_class)->finalize (object);
}

static void
schakel_dashboard_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  SchakelDashboardRow *self = SCHAKEL_DASHBOARD_ROW (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
schakel_dashboard_row_class_init (SchakelDashboardRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = schakel_dashboard_row_finalize;
  object_class->get_property = schakel_dashboard_row_get_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
schakel_dashboard_row_init (SchakelDashboardRow *self)
{
}

/**
 * schakel_dashboard_row_new:
 * @series: one group of schakel_metrics_compute_groups(), at one date
 *
 * Returns: (transfer full): a row holding the group's values
 */
SchakelDashboardRow *
schakel_dashboard_row_new (const SchakelMetricsSeries *series)
{
  SchakelDashboardRow *self = g_object_new (SCHAKEL_TYPE_DASHBOARD_ROW, NULL);

  g_return_val_if_fail (series != NULL && series->values->len > 0, self);

  self->name = g_strdup (series->name);
  self->scope = g_strdup (series->key);
  self->values = g_ptr_array_ref (g_ptr_array_index (series->values, 0));
  return self;
}

const char *
schakel_dashboard_row_get_name (SchakelDashboardRow *self)
{
  return self->name;
}

const char *
schakel_dashboard_row_get_scope (SchakelDashboardRow *self)
{
  return self->scope;
}

/**
 * schakel_dashboard_row_get_value:
 * @self: a row
 * @column: the index of a table metric
 *
 * Returns: (transfer none) (nullable): the value
 */
const SchakelMetricValue *
schakel_dashboard_row_get_value (SchakelDashboardRow *self,
                                 guint                column)
{
  return self->values != NULL && column < self->values->len ? g_ptr_array_index (self->values, column) : NULL;
}

/**
 * schakel_dashboard_row_sort_value:
 * @self: a row
 * @column: the index of a table metric, as a pointer
 *
 * For a GtkNumericSorter: hidden and missing values sort below every
 * number, so they gather at one end and reveal nothing by their place.
 *
 * Returns: the value to sort by
 */
double
schakel_dashboard_row_sort_value (SchakelDashboardRow *self,
                                  gpointer             column)
{
  const SchakelMetricValue *value = schakel_dashboard_row_get_value (self, GPOINTER_TO_UINT (column));

  if (value == NULL || value->suppressed || isnan (value->value))
    return -INFINITY;
  return value->value;
}
