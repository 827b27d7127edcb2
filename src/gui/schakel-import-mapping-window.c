/* schakel-import-mapping-window.c — map a file's columns onto a canonical
 * file and save the mapping as a named profile.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per canonical column, each choosing a column of the file; the
 * preview below shows the file's first rows as the canonical file they
 * become. The core validates the mapping (schakel_import_profile_new) on
 * every change, so Save is only possible for a profile that can be read,
 * and the window says why not otherwise. Saving emits ::saved; the
 * assistant then checks the files again, and the profile is found by
 * itself from then on.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-import-mapping-window.h"

struct _SchakelImportMappingWindow
{
  AdwWindow                   parent_instance;

  AdwToastOverlay            *toast_overlay;
  GtkWidget                  *save_button;
  AdwEntryRow                *name_row;
  AdwComboRow                *type_row;
  AdwPreferencesGroup        *columns_group;
  GtkLabel                   *problem_label;
  GtkBox                     *preview_box;
  GtkWidget                  *preview;

  const SchakelImportPreview *file;       /* owned by the assistant, which outlives us */
  GPtrArray                  *column_rows; /* AdwComboRow per canonical column */
  SchakelImportType           type;
  char                       *problem;
  gboolean                    disposed;
};

G_DEFINE_FINAL_TYPE (SchakelImportMappingWindow, schakel_import_mapping_window, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Item 0 of every column's list is "not in the file". */
static int
field_of_row (AdwComboRow *row)
{
  guint selected = adw_combo_row_get_selected (row);

  return selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
}

static const SchakelImportFormat *
current_format (SchakelImportMappingWindow *self)
{
  return schakel_import_format_get (self->type);
}

static SchakelImportProfile *
make_profile (SchakelImportMappingWindow  *self,
              GError                     **error)
{
  const SchakelImportFormat *format = current_format (self);
  g_autofree const char **sources = g_new0 (const char *, format->n_columns + 1);

  for (guint c = 0; c < format->n_columns; c++)
    {
      int f = field_of_row (g_ptr_array_index (self->column_rows, c));

      sources[c] = f >= 0 ? self->file->header[f] : NULL;
    }
  return schakel_import_profile_new (gtk_editable_get_text (GTK_EDITABLE (self->name_row)), self->type,
                                     sources, error);
}

static void
update_preview (SchakelImportMappingWindow *self)
{
  const SchakelImportFormat *format = current_format (self);
  g_autofree const char **headings = g_new0 (const char *, format->n_columns + 1);
  g_autofree const char **subheadings = g_new0 (const char *, format->n_columns + 1);
  g_autofree int *fields = g_new0 (int, format->n_columns);
  g_autofree char *label = NULL;

  for (guint c = 0; c < format->n_columns; c++)
    {
      fields[c] = field_of_row (g_ptr_array_index (self->column_rows, c));
      headings[c] = format->columns[c].name;
      subheadings[c] = fields[c] >= 0 ? self->file->header[fields[c]] : _("not in the file");
    }
  if (self->preview != NULL)
    gtk_box_remove (self->preview_box, self->preview);
  /* Translators: %s is a kind of file, e.g. Placements */
  label = g_strdup_printf (_("The first rows read as %s"), _(format->label));
  self->preview = schakel_import_preview_view_new (headings, subheadings, format->n_columns, self->file->rows,
                                                   fields, label);
  gtk_widget_set_vexpand (self->preview, TRUE);
  gtk_box_append (self->preview_box, self->preview);
}

static void
update (SchakelImportMappingWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImportProfile) profile = NULL;

  /* Also called while the window is being made or taken apart. */
  if (self->disposed || self->column_rows->len != current_format (self)->n_columns)
    return;
  profile = make_profile (self, &error);
  g_clear_pointer (&self->problem, g_free);
  if (profile == NULL)
    self->problem = g_strdup (error->message);
  gtk_label_set_label (self->problem_label, self->problem != NULL ? self->problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
  gtk_widget_set_sensitive (self->save_button, profile != NULL);
  update_preview (self);
}

static guint
initial_choice (SchakelImportMappingWindow *self,
                const SchakelImportFormat  *format,
                guint                       c,
                const SchakelImportProfile *profile)
{
  const char *source = profile != NULL && schakel_import_profile_get_type (profile) == format->type
    ? schakel_import_profile_get_source (profile, format->columns[c].name) : NULL;
  g_autofree char *wanted = source != NULL ? schakel_import_normalize_header (source) : NULL;

  for (guint f = 0; self->file->header[f] != NULL; f++)
    {
      g_autofree char *name = schakel_import_normalize_header (self->file->header[f]);

      if (wanted != NULL ? g_str_equal (name, wanted)
                         : schakel_import_format_match (format, self->file->header[f]) == (int) c)
        return f + 1;
    }
  return 0;
}

static void column_changed_cb (SchakelImportMappingWindow *self);

static void
build_column_rows (SchakelImportMappingWindow *self,
                   const SchakelImportProfile *profile)
{
  const SchakelImportFormat *format = current_format (self);

  for (guint i = 0; i < self->column_rows->len; i++)
    adw_preferences_group_remove (self->columns_group, g_ptr_array_index (self->column_rows, i));
  g_ptr_array_set_size (self->column_rows, 0);

  for (guint c = 0; c < format->n_columns; c++)
    {
      const SchakelImportColumn *column = &format->columns[c];
      g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      g_autofree char *subtitle = NULL;

      gtk_string_list_append (choices, column->required ? _("Choose a column") : _("Not in the file"));
      for (guint f = 0; self->file->header[f] != NULL; f++)
        gtk_string_list_append (choices, self->file->header[f]);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), column->name);
      /* Translators: a canonical column that must be in the file, then what it holds */
      subtitle = column->required ? g_strdup_printf (_("Required · %s"), _(column->description))
                                  : g_strdup (_(column->description));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_combo_row_set_model (row, G_LIST_MODEL (choices));
      adw_combo_row_set_selected (row, initial_choice (self, format, c, profile));
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (column_changed_cb), self);
      adw_preferences_group_add (self->columns_group, GTK_WIDGET (row));
      g_ptr_array_add (self->column_rows, row);
    }
}

static void
column_changed_cb (SchakelImportMappingWindow *self)
{
  update (self);
}

static void
type_changed_cb (SchakelImportMappingWindow *self)
{
  SchakelImportType type;

  if (self->disposed)
    return;
  type = (SchakelImportType) adw_combo_row_get_selected (self->type_row);
  if (type == self->type || type >= SCHAKEL_N_IMPORT_TYPES)
    return;
  self->type = type;
  build_column_rows (self, NULL);
  update (self);
}

static void
cancel_clicked_cb (SchakelImportMappingWindow *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_clicked_cb (SchakelImportMappingWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelImportProfile) profile = make_profile (self, &error);

  if (profile == NULL || !schakel_import_profile_save (profile, NULL, NULL, &error))
    {
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (error->message));
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, schakel_import_profile_get_name (profile));
  gtk_window_close (GTK_WINDOW (self));
}

static void
schakel_import_mapping_window_dispose (GObject *object)
{
  SchakelImportMappingWindow *self = SCHAKEL_IMPORT_MAPPING_WINDOW (object);

  /* Taking the rows apart changes their selection and text: nothing to
   * update any more. */
  self->disposed = TRUE;

  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_IMPORT_MAPPING_WINDOW);
  g_clear_pointer (&self->column_rows, g_ptr_array_unref);
  g_clear_pointer (&self->problem, g_free);

  G_OBJECT_CLASS (schakel_import_mapping_window_parent_class)->dispose (object);
}

static void
schakel_import_mapping_window_class_init (SchakelImportMappingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_import_mapping_window_dispose;

  /**
   * SchakelImportMappingWindow::saved:
   * @self: the window
   * @name: the profile's name
   *
   * A profile was saved: check the files again.
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-import-mapping-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelImportMappingWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportMappingWindow, save_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportMappingWindow, name_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportMappingWindow, type_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportMappingWindow, columns_group);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportMappingWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelImportMappingWindow, preview_box);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, column_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
schakel_import_mapping_window_init (SchakelImportMappingWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->column_rows = g_ptr_array_new ();
}

/**
 * schakel_import_mapping_window_new:
 * @parent: the assistant
 * @file_name: the file's name, for the title
 * @preview: the file's header and first rows; must outlive the window
 * @type: the kind of file to start with, or %SCHAKEL_IMPORT_TYPE_NONE
 * @profile: (nullable): the profile the file was read with, to edit
 *
 * Returns: (transfer floating): the window
 */
SchakelImportMappingWindow *
schakel_import_mapping_window_new (GtkWindow                  *parent,
                                   const char                 *file_name,
                                   const SchakelImportPreview *preview,
                                   SchakelImportType           type,
                                   const SchakelImportProfile *profile)
{
  SchakelImportMappingWindow *self;
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  /* Translators: the title of the column mapping window; %s is a file name */
  g_autofree char *title = g_strdup_printf (_("Map the Columns of %s"), file_name);

  g_return_val_if_fail (preview != NULL, NULL);

  self = g_object_new (SCHAKEL_TYPE_IMPORT_MAPPING_WINDOW, "transient-for", parent, "title", title, NULL);
  self->file = preview;
  if (profile != NULL)
    type = schakel_import_profile_get_type (profile);
  self->type = type > SCHAKEL_IMPORT_TYPE_NONE && type < SCHAKEL_N_IMPORT_TYPES ? type : SCHAKEL_IMPORT_PLACEMENTS;

  for (int t = 0; t < SCHAKEL_N_IMPORT_TYPES; t++)
    gtk_string_list_append (types, _(schakel_import_format_get ((SchakelImportType) t)->label));
  adw_combo_row_set_model (self->type_row, G_LIST_MODEL (types));
  adw_combo_row_set_selected (self->type_row, (guint) self->type);
  g_signal_connect_swapped (self->type_row, "notify::selected", G_CALLBACK (type_changed_cb), self);
  build_column_rows (self, profile);
  if (profile != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name_row), schakel_import_profile_get_name (profile));
  /* The name is what most often needs typing; the columns follow by Tab. */
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->name_row));
  update (self);
  return self;
}

AdwEntryRow *
_schakel_import_mapping_window_get_name_row (SchakelImportMappingWindow *self)
{
  return self->name_row;
}

AdwComboRow *
_schakel_import_mapping_window_get_type_row (SchakelImportMappingWindow *self)
{
  return self->type_row;
}

AdwComboRow *
_schakel_import_mapping_window_get_column_row (SchakelImportMappingWindow *self,
                                               const char                 *column)
{
  int c = schakel_import_format_column (current_format (self), column);

  g_return_val_if_fail (c >= 0, NULL);
  return g_ptr_array_index (self->column_rows, c);
}

GtkWidget *
_schakel_import_mapping_window_get_save_button (SchakelImportMappingWindow *self)
{
  return self->save_button;
}

const char *
_schakel_import_mapping_window_get_problem (SchakelImportMappingWindow *self)
{
  return self->problem;
}

GtkWidget *
_schakel_import_mapping_window_get_preview (SchakelImportMappingWindow *self)
{
  return self->preview;
}
