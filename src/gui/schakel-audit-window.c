/* schakel-audit-window.c — the audit log: who opened, printed or exported what.
 *
 * Copyright 2026 The Schakel authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Newest first, at most MAX_ENTRIES of them; typing a minor's id shows
 * every entry about that minor (exact id, as the log stores it), which is
 * the question a DPIA or a parent's guardian asks: who looked at this
 * child? The log is read on the window's own connection: a page of it is
 * a single indexed query.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-audit-window.h"
#include "schakel-text-columns.h"

#define MAX_ENTRIES 2000

struct _SchakelAuditWindow
{
  AdwWindow        parent_instance;

  /* template children */
  AdwWindowTitle  *window_title;
  GtkSearchEntry  *minor_entry;
  GtkLabel        *count_label;
  GtkStack        *stack;
  GtkColumnView   *column_view;
  AdwStatusPage   *message_page;

  SchakelDatabase *db;
  GListStore      *rows;
};

G_DEFINE_FINAL_TYPE (SchakelAuditWindow, schakel_audit_window, ADW_TYPE_WINDOW)

/* "2026-11-29T02:40:00Z" in the user's time zone and date format. */
static char *
format_when (const char *at)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (at, NULL);
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (utc == NULL)
    return g_strdup (at);

  local = g_date_time_to_local (utc);
  date = schakel_format_day (schakel_day_from_ymd (g_date_time_get_year (local),
                                                   g_date_time_get_month (local),
                                                   g_date_time_get_day_of_month (local)));
  time = g_date_time_format (local, "%H:%M:%S");
  /* Translators: when an audit entry was written: a date and a time, e.g. "29 November 2026 03:40:00" */
  return g_strdup_printf (_("%s %s"), date, time);
}

static char *
format_subject (const SchakelAuditEntry *entry)
{
  if (entry->subject_id == NULL)
    return g_strdup ("");
  if (g_strcmp0 (entry->subject_kind, "minor") == 0)
    /* Translators: the subject of an audit entry: a minor and their ID */
    return g_strdup_printf (_("minor %s"), entry->subject_id);
  if (entry->subject_kind != NULL)
    return g_strdup_printf ("%s %s", entry->subject_kind, entry->subject_id);
  return g_strdup (entry->subject_id);
}

static SchakelTextRow *
row_new (const SchakelAuditEntry *entry,
         guint                    index)
{
  char **texts = g_new0 (char *, 6);

  texts[0] = format_when (entry->at);
  texts[1] = g_strdup (entry->actor);
  texts[2] = g_strdup (schakel_audit_action_label (entry->action));
  texts[3] = format_subject (entry);
  texts[4] = g_strdup (entry->detail != NULL ? entry->detail : "");

  return schakel_text_row_new (index, texts);
}

static void
show_message (SchakelAuditWindow *self,
              const char         *icon_name,
              const char         *title,
              const char         *description)
{
  adw_status_page_set_icon_name (self->message_page, icon_name);
  adw_status_page_set_title (self->message_page, title);
  adw_status_page_set_description (self->message_page, description);
  gtk_stack_set_visible_child_name (self->stack, "message");
}

static void
update_count (SchakelAuditWindow *self,
              guint               n)
{
  g_autofree char *number = schakel_format_count (n);
  g_autofree char *text = NULL;

  if (n >= MAX_ENTRIES)
    /* Translators: %s is a number; the log holds more entries than shown */
    text = g_strdup_printf (_("The newest %s entries"), number);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s entry", "%s entries", n), number);
  gtk_label_set_label (self->count_label, text);
}

static void
load (SchakelAuditWindow *self)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *minor = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->minor_entry))));

  g_list_store_remove_all (self->rows);

  entries = schakel_audit_list (self->db, minor[0] != '\0' ? "minor" : NULL, minor[0] != '\0' ? minor : NULL,
                                MAX_ENTRIES, &error);
  if (entries == NULL)
    {
      gtk_label_set_label (self->count_label, "");
      show_message (self, "dialog-error-symbolic", _("Cannot Read the Audit Log"), error->message);
      return;
    }

  rows = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    g_ptr_array_add (rows, row_new (g_ptr_array_index (entries, i), i));
  g_list_store_splice (self->rows, 0, 0, rows->pdata, rows->len);
  update_count (self, entries->len);

  if (entries->len > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (minor[0] != '\0')
    show_message (self, "system-search-symbolic", _("No Entries for This Minor"),
                  _("Nobody opened, printed or exported anything about a minor with this ID. IDs must match exactly."));
  else
    show_message (self, "document-open-recent-symbolic", _("The Audit Log Is Empty"),
                  _("Opening, printing or exporting a minor's timeline will be recorded here."));
}

/* Callbacks */

static void
minor_entry_search_changed_cb (SchakelAuditWindow *self,
                               GtkSearchEntry     *entry)
{
  load (self);
}

static void
minor_entry_stop_search_cb (SchakelAuditWindow *self,
                            GtkSearchEntry     *entry)
{
  if (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    gtk_window_close (GTK_WINDOW (self));
}

/* GObject */

static void
schakel_audit_window_dispose (GObject *object)
{
  SchakelAuditWindow *self = SCHAKEL_AUDIT_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_AUDIT_WINDOW);
  g_clear_object (&self->rows);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (schakel_audit_window_parent_class)->dispose (object);
}

static void
schakel_audit_window_class_init (SchakelAuditWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_audit_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-audit-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelAuditWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SchakelAuditWindow, minor_entry);
  gtk_widget_class_bind_template_child (widget_class, SchakelAuditWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelAuditWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelAuditWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, SchakelAuditWindow, message_page);
  gtk_widget_class_bind_template_callback (widget_class, minor_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, minor_entry_stop_search_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
schakel_audit_window_init (SchakelAuditWindow *self)
{
  const SchakelTextColumn columns[] = {
    /* Translators: column of the audit log: when it happened */
    { _("When"), FALSE, TRUE },
    /* Translators: column of the audit log: the user who did it */
    { _("Who"), FALSE, FALSE },
    /* Translators: column of the audit log: what was done */
    { _("Action"), FALSE, FALSE },
    /* Translators: column of the audit log: about whom or what */
    { _("Subject"), TRUE, FALSE },
    { _("Details"), TRUE, FALSE },
  };
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_list_store_new (SCHAKEL_TYPE_TEXT_ROW);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->rows)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  schakel_text_columns_add (self->column_view, columns, G_N_ELEMENTS (columns));
  gtk_search_entry_set_key_capture_widget (self->minor_entry, GTK_WIDGET (self));
}

/* Public API */

/**
 * schakel_audit_window_new:
 * @parent: (nullable): the main window
 * @db: the database whose log to show
 *
 * Returns: (transfer floating): a new window listing the newest entries
 */
GtkWidget *
schakel_audit_window_new (GtkWindow       *parent,
                          SchakelDatabase *db)
{
  SchakelAuditWindow *self;
  g_autofree char *basename = NULL;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (SCHAKEL_IS_DATABASE (db), NULL);

  self = g_object_new (SCHAKEL_TYPE_AUDIT_WINDOW, "transient-for", parent, NULL);
  self->db = g_object_ref (db);
  basename = g_path_get_basename (schakel_database_get_path (db));
  adw_window_title_set_subtitle (self->window_title, basename);
  load (self);

  return GTK_WIDGET (self);
}

/**
 * schakel_audit_window_set_minor:
 * @self: an audit window
 * @jongere_id: (nullable): show only entries about this minor
 */
void
schakel_audit_window_set_minor (SchakelAuditWindow *self,
                                const char         *jongere_id)
{
  g_return_if_fail (SCHAKEL_IS_AUDIT_WINDOW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->minor_entry), jongere_id != NULL ? jongere_id : "");
  /* At once, rather than after the entry's typing delay. */
  load (self);
}

/**
 * schakel_audit_window_reload:
 * @self: an audit window
 *
 * Reads the log again.
 */
void
schakel_audit_window_reload (SchakelAuditWindow *self)
{
  g_return_if_fail (SCHAKEL_IS_AUDIT_WINDOW (self));

  load (self);
}

/**
 * schakel_audit_window_get_n_shown:
 * @self: an audit window
 *
 * Returns: the number of entries listed
 */
guint
schakel_audit_window_get_n_shown (SchakelAuditWindow *self)
{
  g_return_val_if_fail (SCHAKEL_IS_AUDIT_WINDOW (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

/**
 * schakel_audit_window_get_column_view:
 * @self: an audit window
 *
 * Returns: (transfer none): the list of entries
 */
GtkColumnView *
schakel_audit_window_get_column_view (SchakelAuditWindow *self)
{
  g_return_val_if_fail (SCHAKEL_IS_AUDIT_WINDOW (self), NULL);

  return self->column_view;
}
