/* schakel-view-loader.h — loading a view's list in a worker thread.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "schakel-core.h"

G_BEGIN_DECLS

/* Runs in the worker on a reading connection of its own. */
typedef GPtrArray *(*SchakelViewLoadFunc) (SchakelDatabase     *reader,
                                           const SchakelScope  *scope,
                                           SchakelDay           day,
                                           GError             **error);

typedef struct
{
  SchakelDay  day;      /* the peildatum: today, or the data's last day when earlier */
  GPtrArray  *items;    /* what the function returned */
  GPtrArray  *regions;  /* SchakelRegion of the default scheme */
  char       *scheme;   /* the default scheme */
} SchakelViewLoad;

void             schakel_view_load_async  (SchakelDatabase      *db,
                                           const SchakelScope   *scope,
                                           SchakelViewLoadFunc   func,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
SchakelViewLoad *schakel_view_load_finish (GAsyncResult         *result,
                                           GError              **error);
void             schakel_view_load_free   (SchakelViewLoad      *load);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelViewLoad, schakel_view_load_free)

/* What a list view keeps to (re)load its list: the region dropdown and
 * the stack with "loading", "empty" and "list" pages. Embedded in the
 * view; the view calls schakel_view_source_clear() in dispose. */
typedef struct
{
  GtkWidget           *view;
  SchakelDatabase     *db;               /* borrowed from the view */
  GtkDropDown         *region_dropdown;
  GtkStack            *stack;
  SchakelViewLoadFunc  func;
  void               (*loaded) (GtkWidget *view);
  GCancellable        *cancellable;      /* while loading */
  SchakelViewLoad     *load;             /* the last load */
  gboolean             filling;          /* set while the view fills its own widgets */
} SchakelViewSource;

void          schakel_view_source_reload    (SchakelViewSource *source);
void          schakel_view_source_clear     (SchakelViewSource *source);
SchakelScope *schakel_view_source_dup_scope (SchakelViewSource *source);

G_END_DECLS
