/* schakel-demo.h — the synthetic national data set.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <gio/gio.h>

#include "schakel-database.h"
#include "schakel-date.h"

G_BEGIN_DECLS

#define SCHAKEL_DEMO_DEFAULT_MINORS 6000
#define SCHAKEL_DEMO_DEFAULT_YEARS  3
#define SCHAKEL_DEMO_DEFAULT_SEED   2026

typedef struct
{
  guint      n_minors;   /* minors who arrive over the period */
  guint      n_years;    /* length of the period, ending at @until */
  guint64    seed;
  SchakelDay until;      /* last day of the data: the data's "today" */
} SchakelDemoOptions;

/* Called now and then from the generating thread; fraction in 0..1. */
typedef void (*SchakelDemoProgress) (double   fraction,
                                     gpointer user_data);

void     schakel_demo_options_init (SchakelDemoOptions  *options);
gboolean schakel_demo_generate     (SchakelDatabase     *db,
                                    const SchakelDemoOptions *options,
                                    SchakelDemoProgress  progress,
                                    gpointer             user_data,
                                    GCancellable        *cancellable,
                                    GError             **error);

G_END_DECLS
