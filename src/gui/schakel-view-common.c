/* schakel-view-common.c — what the Verzuim and 18+ views share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-view-common.h"

/**
 * schakel_view_fill_regions:
 * @dropdown: a dropdown
 * @regions: (element-type SchakelRegion): the regions of the default scheme
 * @selected_code: (nullable): the region to keep selected
 *
 * Offers the whole country and each region.
 */
void
schakel_view_fill_regions (GtkDropDown *dropdown,
                           GPtrArray   *regions,
                           const char  *selected_code)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  gtk_string_list_append (names, _("The Netherlands"));
  for (guint i = 0; i < regions->len; i++)
    {
      const SchakelRegion *r = g_ptr_array_index (regions, i);

      gtk_string_list_append (names, r->name);
      if (g_strcmp0 (r->code, selected_code) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (dropdown, selected);
}

/**
 * schakel_view_dup_scope:
 * @dropdown: a dropdown filled by schakel_view_fill_regions()
 * @scheme: the regions' scheme
 * @regions: (element-type SchakelRegion) (nullable): the regions
 *
 * Returns: (transfer full) (nullable): the chosen region, or %NULL for the
 *   whole country
 */
SchakelScope *
schakel_view_dup_scope (GtkDropDown *dropdown,
                        const char  *scheme,
                        GPtrArray   *regions)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  const SchakelRegion *r;

  if (regions == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > regions->len)
    return NULL;
  r = g_ptr_array_index (regions, selected - 1);
  return schakel_scope_new (SCHAKEL_SCOPE_REGION, scheme, r->code);
}

/**
 * schakel_view_toast:
 * @widget: a widget inside the window's toast overlay
 * @title: the message
 * @offer_undo: whether the toast has an Undo button
 * @undo_cb: (nullable): called (swapped, with @undo_data) by the button
 * @undo_data: data for @undo_cb; must outlive the toast or be a widget
 */
void
schakel_view_toast (GtkWidget  *widget,
                    const char *title,
                    gboolean    offer_undo,
                    GCallback   undo_cb,
                    gpointer    undo_data)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;
  toast = adw_toast_new (title);
  if (offer_undo && undo_cb != NULL)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      g_signal_connect_object (toast, "button-clicked", undo_cb, undo_data, G_CONNECT_SWAPPED);
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/**
 * schakel_view_undo:
 * @widget: the view
 * @db: the writable database
 *
 * Undoes the newest change made in Schakel and says what it was.
 *
 * Returns: %TRUE when something was undone
 */
gboolean
schakel_view_undo (GtkWidget       *widget,
                   SchakelDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  g_autofree char *title = NULL;

  if (db == NULL)
    return FALSE;
  if (!(what = schakel_edit_undo (db, &error)))
    {
      schakel_view_toast (widget, error->message, FALSE, NULL, NULL);
      return FALSE;
    }
  /* Translators: %s says what was undone, e.g. "Recorded step VZ-12 gesprek_lpa" */
  title = g_strdup_printf (_("Undone: %s"), what);
  schakel_view_toast (widget, title, FALSE, NULL, NULL);
  return TRUE;
}
