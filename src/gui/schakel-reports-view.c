/* schakel-reports-view.c — the Rapporten view. The left side chooses a
 * report (template, scope, peildatum, mode) and keeps saved setups; the
 * right side shows its pages, drawn by the same code as the PDF and the
 * printer. Reports are made in a worker thread on a reading connection of
 * their own.
 *
 * The Dossieroverzicht is about one minor instead of a scope: its minor
 * is typed in, it is always confidential, it is never saved as a setup,
 * and opening, printing and exporting it are written to the audit log on
 * the window's writing connection. The preview, the pages, print and the
 * exports work on either kind through SchakelPaged.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "schakel-report-print.h"
#include "schakel-report-setups.h"
#include "schakel-reports-view.h"
#include "schakel-window.h"

#define PREVIEW_MARGIN 16.0

struct _SchakelReportsView
{
  GtkWidget          parent_instance;

  GtkWidget         *paned;
  AdwComboRow       *template_row;
  AdwComboRow       *scope_row;
  AdwEntryRow       *minor_row;
  GtkListBox        *matches_list;  /* ids matching what is typed */
  AdwComboRow       *period_row;
  AdwEntryRow       *date_row;
  AdwActionRow      *publication_row;
  GtkSwitch         *publication_switch;
  AdwActionRow      *confidential_row;
  GtkButton         *generate_button;
  GtkButton         *save_button;
  GtkButton         *previous_button;
  GtkButton         *next_button;
  GtkToggleButton   *fit_button;
  GtkSpinner        *spinner;
  GtkLabel          *page_label;
  GtkButton         *csv_button;
  GtkButton         *pdf_button;
  GtkButton         *print_button;
  GtkListBox        *setups_list;
  GtkStack          *preview_stack;
  AdwStatusPage     *empty_page;
  GtkDrawingArea    *preview_area;

  GSettings         *settings;
  SchakelDatabase   *db;
  GPtrArray         *scopes;        /* scope texts, in the order of scope_row */
  GPtrArray         *setups;        /* of SchakelReportSetup */
  SchakelPaged      *document;      /* a report or a dossier */
  char              *status;        /* what the empty page says */
  gboolean           unlogged;      /* a dossier whose opening is not in the log */
  guint              page;
  GCancellable      *scopes_cancellable;
  GCancellable      *cancellable;
  gboolean           updating;      /* setting the controls from code */
};

G_DEFINE_FINAL_TYPE (SchakelReportsView, schakel_reports_view, GTK_TYPE_WIDGET)

static void rebuild_setups_list (SchakelReportsView *self);

static void
toast (SchakelReportsView *self,
       const char         *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (GTK_WIDGET (self), SCHAKEL_TYPE_WINDOW);

  if (window != NULL)
    schakel_window_add_toast (SCHAKEL_WINDOW (window), message);
  else
    g_message ("%s", message);
}

static void
show_status (SchakelReportsView *self,
             const char         *message)
{
  g_free (self->status);
  self->status = g_strdup (message);
  adw_status_page_set_description (self->empty_page, message);
  gtk_stack_set_visible_child_name (self->preview_stack, "empty");
}

static gboolean
dossier_chosen (SchakelReportsView *self)
{
  return schakel_report_template_is_about_minor (adw_combo_row_get_selected (self->template_row));
}

/* The chosen setup, from the controls. */
static SchakelReportSetup *
current_setup (SchakelReportsView *self)
{
  SchakelReportSetup *setup = g_new0 (SchakelReportSetup, 1);
  guint scope = adw_combo_row_get_selected (self->scope_row);

  setup->template_ = adw_combo_row_get_selected (self->template_row);
  setup->scope = g_strdup (self->scopes != NULL && scope < self->scopes->len
                           ? g_ptr_array_index (self->scopes, scope) : "nl");
  setup->period = adw_combo_row_get_selected (self->period_row);
  if (!schakel_day_parse_iso (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &setup->fixed))
    setup->fixed = SCHAKEL_DAY_NONE;
  setup->publication = gtk_switch_get_active (self->publication_switch);
  return setup;
}

static guint
scope_index (SchakelReportsView *self,
             const char         *scope)
{
  for (guint i = 0; self->scopes != NULL && i < self->scopes->len; i++)
    if (g_str_equal (g_ptr_array_index (self->scopes, i), scope))
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static const char *
scope_label (SchakelReportsView *self,
             const char         *scope)
{
  guint index = scope_index (self, scope);
  GListModel *model = adw_combo_row_get_model (self->scope_row);

  if (index == GTK_INVALID_LIST_POSITION || model == NULL)
    return scope;
  return gtk_string_list_get_string (GTK_STRING_LIST (model), index);
}

/* The output buttons show icons: the tooltip names what they do, and why
 * not when they cannot. */
static void
set_output_tooltip (GtkWidget  *button,
                    const char *what,
                    const char *why_not)
{
  g_autofree char *text = why_not != NULL ? g_strdup_printf ("%s\n%s", what, why_not) : g_strdup (what);

  gtk_widget_set_tooltip_text (button, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, what, -1);
}

static void
update_sensitivity (SchakelReportsView *self)
{
  gboolean busy = self->cancellable != NULL;
  gboolean have = self->document != NULL;
  gboolean tables = have && schakel_paged_get_n_tables (self->document) > 0;
  gboolean output = have && !busy && !self->unlogged;
  const char *unlogged = self->unlogged ? _("No dossier may leave Schakel unlogged, and the audit log of this "
                                            "database cannot be written") : NULL;
  guint n_pages = have ? schakel_paged_get_n_pages (self->document) : 0;

  gtk_widget_set_sensitive (GTK_WIDGET (self->generate_button),
                            self->db != NULL && (self->scopes != NULL || dossier_chosen (self)) && !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->previous_button), have && self->page > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->next_button), have && self->page + 1 < n_pages);
  gtk_widget_set_sensitive (GTK_WIDGET (self->csv_button), output && tables);
  set_output_tooltip (GTK_WIDGET (self->csv_button), _("Export the Report’s Tables as CSV…"),
                      have && !tables ? _("This report has no tables to export") : unlogged);
  set_output_tooltip (GTK_WIDGET (self->pdf_button), _("Export PDF…"), unlogged);
  set_output_tooltip (GTK_WIDGET (self->print_button), _("Print…"), unlogged);
  gtk_widget_set_sensitive (GTK_WIDGET (self->pdf_button), output);
  gtk_widget_set_sensitive (GTK_WIDGET (self->print_button), output);
  gtk_spinner_set_spinning (self->spinner, busy);
  if (have)
    {
      /* Translators: the page shown in the report preview */
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n_pages);

      gtk_label_set_text (self->page_label, text);
    }
  else
    gtk_label_set_text (self->page_label, "");
}

/* Landelijk is about the country, regio never: keep the scope fitting.
 * The dossier is about a minor: the minor instead of the scope, and
 * confidential instead of the publication switch. */
static void
sync_controls (SchakelReportsView *self)
{
  g_autoptr(SchakelReportSetup) setup = current_setup (self);
  gboolean national = g_str_equal (setup->scope, "nl");
  gboolean dossier = schakel_report_template_is_about_minor (setup->template_);

  self->updating = TRUE;
  if (setup->template_ == SCHAKEL_REPORT_TEMPLATE_LANDELIJK && !national)
    adw_combo_row_set_selected (self->scope_row, 0);
  else if (setup->template_ == SCHAKEL_REPORT_TEMPLATE_REGIO && national && self->scopes != NULL
           && self->scopes->len > 1)
    adw_combo_row_set_selected (self->scope_row, 1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->scope_row), setup->template_ == SCHAKEL_REPORT_TEMPLATE_REGIO);
  gtk_widget_set_visible (GTK_WIDGET (self->scope_row), !dossier);
  gtk_widget_set_visible (GTK_WIDGET (self->minor_row), dossier);
  gtk_widget_set_visible (GTK_WIDGET (self->publication_row), !dossier);
  gtk_widget_set_visible (GTK_WIDGET (self->confidential_row), dossier);
  if (!dossier)
    gtk_widget_set_visible (GTK_WIDGET (self->matches_list), FALSE);
  /* A child's id is never kept in the settings (schakel-report-setups.c). */
  gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), !dossier);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->save_button),
                               dossier ? _("A dossier is not saved as a setup: a setup never keeps a minor’s id")
                                       : NULL);

  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), setup->period == SCHAKEL_REPORT_PERIOD_FIXED);
  if (setup->period != SCHAKEL_REPORT_PERIOD_FIXED)
    {
      g_autofree char *iso = schakel_day_to_iso (schakel_report_period_resolve (setup->period, setup->fixed,
                                                                                schakel_day_today ()));

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), iso);
    }
  self->updating = FALSE;
  update_sensitivity (self);
}

static void
choice_changed_cb (SchakelReportsView *self)
{
  if (!self->updating)
    sync_controls (self);
}

#define MAX_MATCHES 6

/* Offers the ids that contain what is typed, unless it is one already. */
static void
update_matches (SchakelReportsView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->minor_row));
  g_auto(GStrv) ids = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matches_list))) != NULL)
    gtk_list_box_remove (self->matches_list, child);
  if (!self->updating && self->db != NULL && dossier_chosen (self) && *text != '\0')
    ids = schakel_minor_ids_matching (self->db, text, MAX_MATCHES, NULL);
  if (ids != NULL && ids[0] != NULL && ids[1] == NULL && g_ascii_strcasecmp (ids[0], text) == 0)
    g_clear_pointer (&ids, g_strfreev);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ids[i]);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->matches_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->matches_list), ids != NULL && ids[0] != NULL);
}

static void
minor_row_changed_cb (SchakelReportsView *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->minor_row), "error");
  update_matches (self);
}

static void
matches_list_row_activated_cb (SchakelReportsView *self,
                               GtkListBoxRow      *row)
{
  const char *id = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

  gtk_editable_set_text (GTK_EDITABLE (self->minor_row), id);
  schakel_reports_view_generate (self);
}

static void
apply_setup (SchakelReportsView       *self,
             const SchakelReportSetup *setup)
{
  guint scope = scope_index (self, setup->scope);

  self->updating = TRUE;
  adw_combo_row_set_selected (self->template_row, setup->template_);
  if (scope != GTK_INVALID_LIST_POSITION)
    adw_combo_row_set_selected (self->scope_row, scope);
  adw_combo_row_set_selected (self->period_row, setup->period);
  if (setup->period == SCHAKEL_REPORT_PERIOD_FIXED)
    {
      g_autofree char *iso = schakel_day_to_iso (setup->fixed);

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), iso);
    }
  gtk_switch_set_active (self->publication_switch, setup->publication);
  self->updating = FALSE;
  sync_controls (self);
}

/* Preview */

static void
preview_draw (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SchakelReportsView *self = user_data;
  double page_width, page_height, scale, x, y;

  if (self->document == NULL)
    return;
  schakel_paged_get_page_size (self->document, self->page, &page_width, &page_height);
  if (gtk_toggle_button_get_active (self->fit_button))
    scale = MIN ((width - 2 * PREVIEW_MARGIN) / page_width, (height - 2 * PREVIEW_MARGIN) / page_height);
  else
    scale = 96.0 / 72.0;  /* actual size */
  scale = MAX (scale, 0.05);
  x = MAX (PREVIEW_MARGIN, (width - page_width * scale) / 2);
  y = MAX (PREVIEW_MARGIN, (height - page_height * scale) / 2);

  /* A soft shadow under the sheet, which stays white in the dark style:
   * it is paper. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 1, y + 2, page_width * scale, page_height * scale);
  cairo_fill (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, page_width, page_height);
  cairo_clip (cr);
  schakel_paged_draw_page (self->document, cr, self->page);
}

static void
update_preview_size (SchakelReportsView *self)
{
  double page_width = 0, page_height = 0;

  if (self->document != NULL && !gtk_toggle_button_get_active (self->fit_button))
    {
      schakel_paged_get_page_size (self->document, self->page, &page_width, &page_height);
      page_width = page_width * 96.0 / 72.0 + 2 * PREVIEW_MARGIN;
      page_height = page_height * 96.0 / 72.0 + 2 * PREVIEW_MARGIN;
    }
  gtk_drawing_area_set_content_width (self->preview_area, (int) page_width);
  gtk_drawing_area_set_content_height (self->preview_area, (int) page_height);
  gtk_widget_queue_draw (GTK_WIDGET (self->preview_area));
}

static void
show_page (SchakelReportsView *self,
           guint               page)
{
  self->page = page;
  update_preview_size (self);
  update_sensitivity (self);
}

static void
previous_button_clicked_cb (SchakelReportsView *self)
{
  if (self->page > 0)
    show_page (self, self->page - 1);
}

static void
next_button_clicked_cb (SchakelReportsView *self)
{
  if (self->document != NULL && self->page + 1 < schakel_paged_get_n_pages (self->document))
    show_page (self, self->page + 1);
}

static gboolean
page_key_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  SchakelReportsView *self = SCHAKEL_REPORTS_VIEW (widget);

  if (g_variant_get_int32 (args) < 0)
    previous_button_clicked_cb (self);
  else
    next_button_clicked_cb (self);
  return TRUE;
}

static void
fit_button_notify_active_cb (SchakelReportsView *self)
{
  update_preview_size (self);
}

/* Generating, in a worker thread */

typedef struct
{
  char                  *db_path;
  SchakelReportTemplate  template_;
  char                  *scope;
  char                  *minor;         /* the dossier's */
  SchakelDay             date;
  SchakelReportMode      mode;
} GenerateJob;

static void
generate_job_free (GenerateJob *job)
{
  g_free (job->db_path);
  g_free (job->scope);
  g_free (job->minor);
  g_free (job);
}

/* A report, as a paged document; for the dossier only the minor's record:
 * the dossier itself is made in the main thread, as it draws with that
 * thread's font map. */
static void
generate_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GenerateJob *job = task_data;
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autoptr(SchakelScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  SchakelMinorRecord *record = NULL;
  SchakelReport *report = NULL;

  reader = schakel_database_open (job->db_path, SCHAKEL_DATABASE_READ_ONLY, &error);
  if (reader != NULL && job->minor != NULL)
    /* As the Tijdlijn view loads it: open, overdue and ages as of today;
     * the peildatum only ends the timeline. */
    record = schakel_minor_record_load (reader, job->minor, schakel_day_today (), cancellable, &error);
  else if (reader != NULL && (scope = schakel_scope_parse (job->scope, &error)))
    report = schakel_report_template_build (job->template_, reader, scope, job->date, job->mode,
                                            cancellable, &error);

  if (record != NULL)
    g_task_return_pointer (task, record, (GDestroyNotify) schakel_minor_record_unref);
  else if (report != NULL)
    g_task_return_pointer (task, schakel_report_to_paged (report), (GDestroyNotify) schakel_paged_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

/* Opening a dossier is logged as opening the timeline is. Without a
 * writable log it is still shown, with a warning, as in the Tijdlijn
 * view; its print and exports are then off. */
static void
audit_open (SchakelReportsView *self)
{
  const char *minor = schakel_paged_get_minor (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  self->unlogged = FALSE;
  if (minor == NULL || schakel_audit_record (self->db, "timeline.open", "minor", minor, "dossier preview", &error))
    return;
  self->unlogged = TRUE;
  /* The journal gets the code only, no minor. */
  g_debug ("Cannot write the audit log (%s error %d)", g_quark_to_string (error->domain), error->code);
  /* Translators: %s says why, e.g. "The audit log cannot be written: the database is open read-only" */
  message = g_strdup_printf (_("Not logged. %s. Printing and exporting are off, because no dossier may leave Schakel unlogged."),
                             error->message);
  toast (self, message);
}

static void
show_document (SchakelReportsView *self,
               SchakelPaged       *document)
{
  g_clear_pointer (&self->document, schakel_paged_unref);
  self->document = document;
  g_clear_pointer (&self->status, g_free);
  gtk_stack_set_visible_child_name (self->preview_stack, "preview");
  audit_open (self);
  show_page (self, 0);
}

static void
generate_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  SchakelReportsView *self = SCHAKEL_REPORTS_VIEW (source);
  GenerateJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gpointer made = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED)
      || g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_CANCELLED))
    return;
  g_clear_object (&self->cancellable);
  if (made == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND) && job->minor != NULL)
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->minor_row), "error");
          /* Translators: %s is the pseudonymous id the user typed */
          message = g_strdup_printf (_("There is no minor with the id “%s” in this database. Check the id in the "
                                       "Jongeren view."), job->minor);
        }
      else
        /* Translators: %s says why */
        message = g_strdup_printf (_("The report could not be made: %s"), error->message);
      /* Nothing else may be exported in its place. */
      g_clear_pointer (&self->document, schakel_paged_unref);
      show_status (self, message);
      update_sensitivity (self);
      return;
    }
  if (job->minor != NULL)
    {
      g_autoptr(SchakelMinorRecord) record = made;
      g_autoptr(SchakelDossier) dossier = schakel_dossier_new_until (record, job->date, schakel_day_today ());

      show_document (self, schakel_dossier_to_paged (dossier));
    }
  else
    show_document (self, made);
}

/**
 * schakel_reports_view_generate:
 * @self: a view
 *
 * Makes the report chosen in the controls, in a worker thread; the preview
 * shows it when it is ready.
 */
void
schakel_reports_view_generate (SchakelReportsView *self)
{
  g_autoptr(SchakelReportSetup) setup = current_setup (self);
  g_autoptr(GTask) task = NULL;
  g_autofree char *minor = NULL;
  GenerateJob *job;

  g_return_if_fail (SCHAKEL_IS_REPORTS_VIEW (self));

  if (self->db == NULL)
    return;
  if (setup->period == SCHAKEL_REPORT_PERIOD_FIXED && setup->fixed == SCHAKEL_DAY_NONE)
    {
      toast (self, _("The date is not a date of the form YYYY-MM-DD"));
      return;
    }
  if (schakel_report_template_is_about_minor (setup->template_))
    {
      minor = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->minor_row))));
      if (*minor == '\0')
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->minor_row), "error");
          toast (self, _("Enter the id (jongere_id) of the minor whose dossier you want"));
          return;
        }
    }
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  job = g_new0 (GenerateJob, 1);
  job->db_path = g_strdup (schakel_database_get_path (self->db));
  job->template_ = setup->template_;
  job->scope = g_strdup (setup->scope);
  job->minor = g_steal_pointer (&minor);
  gtk_widget_set_visible (GTK_WIDGET (self->matches_list), FALSE);
  job->date = schakel_report_period_resolve (setup->period, setup->fixed, schakel_day_today ());
  job->mode = setup->publication ? SCHAKEL_REPORT_MODE_PUBLICATION : SCHAKEL_REPORT_MODE_CONFIDENTIAL;

  task = g_task_new (self, self->cancellable, generate_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) generate_job_free);
  g_task_run_in_thread (task, generate_thread);
  update_sensitivity (self);
}

static void
generate_button_clicked_cb (SchakelReportsView *self)
{
  schakel_reports_view_generate (self);
}

/* Saved setups */

static void
setup_generate_clicked_cb (GtkButton          *button,
                           SchakelReportsView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "setup-index"));

  if (index < self->setups->len)
    {
      apply_setup (self, g_ptr_array_index (self->setups, index));
      schakel_reports_view_generate (self);
    }
}

static void
setup_remove_clicked_cb (GtkButton          *button,
                         SchakelReportsView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "setup-index"));

  if (index < self->setups->len)
    {
      g_ptr_array_remove_index (self->setups, index);
      schakel_report_setups_save (self->settings, self->setups);
      rebuild_setups_list (self);
    }
}

static char *
setup_subtitle (const SchakelReportSetup *setup)
{
  SchakelDay date = schakel_report_period_resolve (setup->period, setup->fixed, schakel_day_today ());
  g_autofree char *day = schakel_format_day (date);
  const char *mode = setup->publication ? _("publication mode") : _("confidential");

  if (setup->period == SCHAKEL_REPORT_PERIOD_FIXED)
    /* Translators: a saved report setup: the peildatum, then the mode */
    return g_strdup_printf (_("%s · %s"), day, mode);
  /* Translators: a saved report setup: the relative period, the peildatum it gives today, the mode */
  return g_strdup_printf (_("%s (now %s) · %s"), schakel_report_period_get_label (setup->period), day, mode);
}

static GtkWidget *
setup_button (SchakelReportsView *self,
              guint               index,
              const char         *icon,
              const char         *tooltip,
              GCallback           callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_add_css_class (button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  g_object_set_data (G_OBJECT (button), "setup-index", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static void
rebuild_setups_list (SchakelReportsView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->setups_list))) != NULL)
    gtk_list_box_remove (self->setups_list, child);

  if (self->setups->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No saved setups"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Save the chosen report to make it again in one click."));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_append (self->setups_list, row);
      return;
    }
  for (guint i = 0; i < self->setups->len; i++)
    {
      const SchakelReportSetup *setup = g_ptr_array_index (self->setups, i);
      GtkWidget *row = adw_action_row_new ();
      /* Translators: a saved report setup: the template, then the scope */
      g_autofree char *title = g_strdup_printf (_("%s — %s"), schakel_report_template_get_title (setup->template_),
                                                scope_label (self, setup->scope));
      g_autofree char *subtitle = setup_subtitle (setup);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 setup_button (self, i, "media-playback-start-symbolic", _("Generate"),
                                               G_CALLBACK (setup_generate_clicked_cb)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 setup_button (self, i, "user-trash-symbolic", _("Remove"),
                                               G_CALLBACK (setup_remove_clicked_cb)));
      gtk_list_box_append (self->setups_list, row);
    }
}

static void
save_button_clicked_cb (SchakelReportsView *self)
{
  g_autoptr(SchakelReportSetup) setup = current_setup (self);

  if (setup->period == SCHAKEL_REPORT_PERIOD_FIXED && setup->fixed == SCHAKEL_DAY_NONE)
    {
      toast (self, _("The date is not a date of the form YYYY-MM-DD"));
      return;
    }
  for (guint i = 0; i < self->setups->len; i++)
    if (schakel_report_setup_equal (g_ptr_array_index (self->setups, i), setup))
      {
        toast (self, _("This setup is already saved"));
        return;
      }
  g_ptr_array_add (self->setups, g_steal_pointer (&setup));
  schakel_report_setups_save (self->settings, self->setups);
  rebuild_setups_list (self);
}

/* Export and print */

static char *
suggested_name (SchakelReportsView *self,
                const char         *extension)
{
  g_autoptr(SchakelReportSetup) setup = current_setup (self);
  g_autofree char *date = schakel_day_to_iso (schakel_report_period_resolve (setup->period, setup->fixed,
                                                                             schakel_day_today ()));
  g_autofree char *scope = NULL;
  const char *minor = schakel_paged_get_minor (self->document);

  if (minor != NULL)
    return g_strdup_printf ("dossier-%s-%s%s", minor, date, extension);
  scope = g_strdelimit (g_strdup (setup->scope), ":", '-');
  return g_strdup_printf ("%s-%s-%s%s", schakel_report_template_to_string (setup->template_), scope, date,
                          extension);
}

typedef struct
{
  SchakelPaged *document;
  const char   *path;
  gboolean      csv;
} Output;

static gboolean
write_output (gpointer   user_data,
              GPtrArray *written,
              GError   **error)
{
  Output *output = user_data;

  if (output->csv)
    return schakel_paged_write_csv (output->document, output->path, written, error);
  if (!schakel_paged_write_pdf (output->document, output->path, error))
    return FALSE;
  g_ptr_array_add (written, g_strdup (output->path));
  return TRUE;
}

/* Writes the shown document; a dossier only together with its audit
 * entry (report.dossier), never a file without one. */
static gboolean
export_document (SchakelReportsView  *self,
                 const char          *path,
                 gboolean             csv,
                 guint               *n_files,
                 GError             **error)
{
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  Output output = { self->document, path, csv };
  const char *minor;

  if (self->document == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no report to export"));
      return FALSE;
    }
  minor = schakel_paged_get_minor (self->document);
  if (minor != NULL)
    {
      /* The kind of file only: a path can hold a user's or a child's name. */
      if (self->db == NULL
          || !schakel_audit_write_files (self->db, "report.dossier", "minor", minor,
                                         csv ? "dossier csv" : "dossier pdf", write_output, &output, error))
        return FALSE;
      if (n_files != NULL)
        *n_files = schakel_paged_get_n_tables (self->document);
      return TRUE;
    }
  if (!write_output (&output, written, error))
    return FALSE;
  if (n_files != NULL)
    *n_files = written->len;
  return TRUE;
}

/**
 * schakel_reports_view_export_pdf:
 * @self: a view
 * @path: the PDF file
 * @error: return location for an error
 *
 * Writes the report or dossier shown; a dossier with its audit entry.
 *
 * Returns: %TRUE when it is written
 */
gboolean
schakel_reports_view_export_pdf (SchakelReportsView  *self,
                                 const char          *path,
                                 GError             **error)
{
  g_return_val_if_fail (SCHAKEL_IS_REPORTS_VIEW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return export_document (self, path, FALSE, NULL, error);
}

/**
 * schakel_reports_view_export_csv:
 * @self: a view
 * @folder: an existing folder
 * @n_files: (out) (optional): how many files were written
 * @error: return location for an error
 *
 * Writes every table of the report or dossier shown as a CSV file in
 * @folder; a dossier's with its audit entry.
 *
 * Returns: %TRUE when they are written
 */
gboolean
schakel_reports_view_export_csv (SchakelReportsView  *self,
                                 const char          *folder,
                                 guint               *n_files,
                                 GError             **error)
{
  g_return_val_if_fail (SCHAKEL_IS_REPORTS_VIEW (self), FALSE);
  g_return_val_if_fail (folder != NULL, FALSE);

  return export_document (self, folder, TRUE, n_files, error);
}

static void
pdf_chooser_response_cb (GtkNativeDialog    *dialog,
                         int                 response,
                         SchakelReportsView *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;

      if (path == NULL || !schakel_reports_view_export_pdf (self, path, &error))
        {
          /* Translators: %s says why */
          g_autofree char *message = g_strdup_printf (_("The PDF could not be written: %s"),
                                                      error != NULL ? error->message : _("not a local file"));
          toast (self, message);
        }
      else
        toast (self, _("Exported the report as PDF"));
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
pdf_button_clicked_cb (SchakelReportsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export PDF"), GTK_WINDOW (root),
                                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                                               _("_Export"), _("_Cancel"));
  g_autofree char *name = suggested_name (self, ".pdf");

  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (pdf_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
csv_chooser_response_cb (GtkNativeDialog    *dialog,
                         int                 response,
                         SchakelReportsView *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (folder);
      g_autoptr(GError) error = NULL;
      guint n_files = 0;

      if (path == NULL || !schakel_reports_view_export_csv (self, path, &n_files, &error))
        {
          /* Translators: %s says why */
          g_autofree char *message = g_strdup_printf (_("The CSV files could not be written: %s"),
                                                      error != NULL ? error->message : _("not a local folder"));
          toast (self, message);
        }
      else
        {
          g_autofree char *message = g_strdup_printf (ngettext ("Exported %u table as CSV",
                                                                "Exported %u tables as CSV", n_files), n_files);
          toast (self, message);
        }
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
csv_button_clicked_cb (SchakelReportsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (_("Export Tables as CSV"), GTK_WINDOW (root),
                                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                                               _("_Export"), _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (csv_chooser_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_button_clicked_cb (SchakelReportsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;

  if (self->document == NULL)
    return;
  if (schakel_report_print (self->document, GTK_WINDOW (root), self->settings, self->db,
                            GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s says why */
      g_autofree char *message = g_strdup_printf (_("The report could not be printed: %s"), error->message);

      toast (self, message);
    }
}

/* Scopes, listed in a worker thread */

typedef struct
{
  GPtrArray *scopes;  /* texts */
  GPtrArray *labels;
} ScopeList;

static void
scope_list_free (ScopeList *list)
{
  g_ptr_array_unref (list->scopes);
  g_ptr_array_unref (list->labels);
  g_free (list);
}

typedef struct
{
  char *label;
  char *scope;
} Named;

static int
compare_named (gconstpointer a,
               gconstpointer b)
{
  return g_utf8_collate ((*(Named * const *) a)->label, (*(Named * const *) b)->label);
}

static void
named_free (gpointer data)
{
  Named *named = data;

  g_free (named->label);
  g_free (named->scope);
  g_free (named);
}

/* The country, its regions, then every municipality with its region. */
static void
scopes_thread (GTask        *task,
               gpointer      source,
               gpointer      task_data,
               GCancellable *cancellable)
{
  g_autoptr(SchakelDatabase) reader = NULL;
  g_autoptr(SchakelScope) country = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(GPtrArray) regions_named = g_ptr_array_new_with_free_func (named_free);
  g_autoptr(GPtrArray) municipalities = g_ptr_array_new_with_free_func (named_free);
  g_autoptr(GError) error = NULL;
  ScopeList *list;

  if (!(reader = schakel_database_open (task_data, SCHAKEL_DATABASE_READ_ONLY, &error))
      || !(regions = schakel_scope_list_children (country, reader, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  for (guint r = 0; r < regions->len; r++)
    {
      SchakelScope *region = g_ptr_array_index (regions, r);
      g_autoptr(GPtrArray) children = schakel_scope_list_children (region, reader, NULL);
      Named *named = g_new0 (Named, 1);

      named->label = schakel_scope_dup_name (region, reader);
      named->scope = schakel_scope_to_string (region);
      g_ptr_array_add (regions_named, named);
      for (guint m = 0; children != NULL && m < children->len; m++)
        {
          Named *municipality = g_new0 (Named, 1);
          g_autofree char *name = schakel_scope_dup_name (g_ptr_array_index (children, m), reader);

          /* Translators: a municipality in the list of report scopes, with its region */
          municipality->label = g_strdup_printf (_("%s (%s)"), name, named->label);
          municipality->scope = schakel_scope_to_string (g_ptr_array_index (children, m));
          g_ptr_array_add (municipalities, municipality);
        }
    }
  g_ptr_array_sort (regions_named, compare_named);
  g_ptr_array_sort (municipalities, compare_named);

  list = g_new0 (ScopeList, 1);
  list->scopes = g_ptr_array_new_with_free_func (g_free);
  list->labels = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (list->scopes, g_strdup ("nl"));
  g_ptr_array_add (list->labels, schakel_scope_dup_name (country, reader));
  for (guint pass = 0; pass < 2; pass++)
    {
      GPtrArray *source_list = pass == 0 ? regions_named : municipalities;

      for (guint i = 0; i < source_list->len; i++)
        {
          Named *named = g_ptr_array_index (source_list, i);

          g_ptr_array_add (list->scopes, g_strdup (named->scope));
          g_ptr_array_add (list->labels, g_strdup (named->label));
        }
    }
  g_task_return_pointer (task, list, (GDestroyNotify) scope_list_free);
}

static void
scopes_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  SchakelReportsView *self = SCHAKEL_REPORTS_VIEW (source);
  g_autoptr(GError) error = NULL;
  ScopeList *list = g_task_propagate_pointer (G_TASK (result), &error);
  g_autoptr(GtkStringList) model = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->scopes_cancellable);
  if (list == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The report could not be made: %s"), error->message);

      show_status (self, message);
      return;
    }
  g_ptr_array_add (list->labels, NULL);
  model = gtk_string_list_new ((const char * const *) list->labels->pdata);
  g_clear_pointer (&self->scopes, g_ptr_array_unref);
  self->scopes = g_ptr_array_ref (list->scopes);
  self->updating = TRUE;
  adw_combo_row_set_model (self->scope_row, G_LIST_MODEL (model));
  self->updating = FALSE;
  scope_list_free (list);
  sync_controls (self);
  rebuild_setups_list (self);
}

/**
 * schakel_reports_view_set_database:
 * @self: a view
 * @db: (nullable): the database reports are made from
 */
void
schakel_reports_view_set_database (SchakelReportsView *self,
                                   SchakelDatabase    *db)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SCHAKEL_IS_REPORTS_VIEW (self));

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->scopes_cancellable != NULL)
    g_cancellable_cancel (self->scopes_cancellable);
  g_clear_object (&self->scopes_cancellable);
  g_clear_pointer (&self->document, schakel_paged_unref);
  g_clear_pointer (&self->scopes, g_ptr_array_unref);
  g_set_object (&self->db, db);
  show_status (self, _("Choose a template, a scope and a peildatum, then generate the report "
                       "to see its pages here."));
  update_sensitivity (self);
  if (db == NULL)
    return;

  self->scopes_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->scopes_cancellable, scopes_done_cb, NULL);
  g_task_set_task_data (task, g_strdup (schakel_database_get_path (db)), g_free);
  g_task_run_in_thread (task, scopes_thread);
}

/**
 * schakel_reports_view_get_document:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the report or dossier shown
 */
SchakelPaged *
schakel_reports_view_get_document (SchakelReportsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_REPORTS_VIEW (self), NULL);
  return self->document;
}

/**
 * schakel_reports_view_get_status:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): what the view says instead of a
 *   preview (why the report could not be made), or %NULL when it shows one
 */
const char *
schakel_reports_view_get_status (SchakelReportsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_REPORTS_VIEW (self), NULL);
  return self->status;
}

/**
 * schakel_reports_view_show_dossier:
 * @self: a view
 * @jongere_id: a minor's pseudonymous id
 *
 * Chooses the Dossieroverzicht of @jongere_id up to today, as the
 * Tijdlijn view shows it, and makes it.
 */
void
schakel_reports_view_show_dossier (SchakelReportsView *self,
                                   const char         *jongere_id)
{
  g_autofree char *today = schakel_day_to_iso (schakel_day_today ());

  g_return_if_fail (SCHAKEL_IS_REPORTS_VIEW (self));
  g_return_if_fail (jongere_id != NULL);

  adw_combo_row_set_selected (self->template_row, SCHAKEL_REPORT_TEMPLATE_DOSSIER);
  adw_combo_row_set_selected (self->period_row, SCHAKEL_REPORT_PERIOD_FIXED);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->minor_row), jongere_id);
  schakel_reports_view_generate (self);
}

/* Whether a report or the list of scopes is being made. */
gboolean
schakel_reports_view_get_busy (SchakelReportsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_REPORTS_VIEW (self), FALSE);
  return self->cancellable != NULL || self->scopes_cancellable != NULL;
}

guint
schakel_reports_view_get_n_scopes (SchakelReportsView *self)
{
  g_return_val_if_fail (SCHAKEL_IS_REPORTS_VIEW (self), 0);
  return self->scopes != NULL ? self->scopes->len : 0;
}

static GListModel *
labels_model (const char * (*label) (guint),
              guint n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));
  return G_LIST_MODEL (list);
}

static const char *
template_label (guint i)
{
  return schakel_report_template_get_title (i);
}

static const char *
period_label (guint i)
{
  return schakel_report_period_get_label (i);
}

static void
schakel_reports_view_dispose (GObject *object)
{
  SchakelReportsView *self = SCHAKEL_REPORTS_VIEW (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->scopes_cancellable != NULL)
    g_cancellable_cancel (self->scopes_cancellable);
  g_clear_object (&self->scopes_cancellable);
  g_clear_pointer (&self->document, schakel_paged_unref);
  g_clear_pointer (&self->status, g_free);
  g_clear_pointer (&self->scopes, g_ptr_array_unref);
  g_clear_pointer (&self->setups, g_ptr_array_unref);
  g_clear_object (&self->db);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SCHAKEL_TYPE_REPORTS_VIEW);

  G_OBJECT_CLASS (schakel_reports_view_parent_class)->dispose (object);
}

static void
schakel_reports_view_class_init (SchakelReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = schakel_reports_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/ui/schakel-reports-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, paned);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, template_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, scope_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, minor_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, matches_list);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, period_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, date_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, publication_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, publication_switch);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, confidential_row);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, generate_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, save_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, previous_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, next_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, fit_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, spinner);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, page_label);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, csv_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, pdf_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, print_button);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, setups_list);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SchakelReportsView, preview_area);
  gtk_widget_class_bind_template_callback (widget_class, choice_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, minor_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, matches_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, generate_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, save_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, fit_button_notify_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, csv_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, pdf_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, print_button_clicked_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Up, 0, page_key_cb, "i", -1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Page_Down, 0, page_key_cb, "i", 1);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
schakel_reports_view_init (SchakelReportsView *self)
{
  g_autoptr(GListModel) templates = labels_model (template_label, SCHAKEL_REPORT_N_TEMPLATES);
  g_autoptr(GListModel) periods = labels_model (period_label, SCHAKEL_REPORT_N_PERIODS);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = g_settings_new (APP_ID);
  self->setups = schakel_report_setups_load (self->settings);

  self->updating = TRUE;
  adw_combo_row_set_model (self->template_row, templates);
  adw_combo_row_set_model (self->period_row, periods);
  self->updating = FALSE;
  gtk_drawing_area_set_draw_func (self->preview_area, preview_draw, self, NULL);
  rebuild_setups_list (self);
  sync_controls (self);
}
