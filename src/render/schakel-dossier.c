/* schakel-dossier.c — one minor's timeline on paper: the summary, the
 * timeline and its legend on page 1, every record as a table after it.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Units are PostScript points; text is set at 72 dpi so a 7-point font is
 * 7 units high, and with hinted metrics off, so PDF, SVG and the printer
 * measure the same text the same way.
 */

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "schakel-dossier.h"
#include "schakel-render-file.h"
#include "schakel-render-fonts.h"
#include "schakel-report.h"
#include "schakel-report-table.h"
#include "schakel-timeline.h"

#define MARGIN      32.0
#define FONT        SCHAKEL_RENDER_FONT_FAMILY " 7.5"
#define FONT_BOLD   SCHAKEL_RENDER_FONT_FAMILY " Bold 7.5"
#define PNG_SCALE   2.0

struct _SchakelDossier
{
  GObject             parent_instance;

  SchakelMinorRecord *record;
  SchakelTimeline    *timeline;
  PangoContext       *context;
  double              from;
  double              to;
  SchakelDay          generated;
  double              width;
  double              height;
  double              line_height;
};

G_DEFINE_FINAL_TYPE (SchakelDossier, schakel_dossier, G_TYPE_OBJECT)

static const SchakelColor ink = { 0.12, 0.12, 0.12 };
static const SchakelColor muted = { 0.38, 0.38, 0.38 };
static const SchakelColor rule = { 0.80, 0.80, 0.80 };
static const SchakelColor confidential = { 0.70, 0.10, 0.10 };

static void
schakel_dossier_finalize (GObject *object)
{
  SchakelDossier *self = SCHAKEL_DOSSIER (object);

  g_clear_object (&self->timeline);
  g_clear_object (&self->context);
  g_clear_pointer (&self->record, schakel_minor_record_unref);

  G_OBJECT_CLASS (schakel_dossier_parent_class)->finalize (object);
}

static void
schakel_dossier_class_init (SchakelDossierClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = schakel_dossier_finalize;
}

static void
schakel_dossier_init (SchakelDossier *self)
{
  self->width = SCHAKEL_DOSSIER_A4_LANDSCAPE_WIDTH;
  self->height = SCHAKEL_DOSSIER_A4_LANDSCAPE_HEIGHT;
}

static PangoLayout *
text (SchakelDossier *self,
      const char     *str,
      const char     *font)
{
  PangoLayout *layout = pango_layout_new (self->context);

  if (font != NULL)
    {
      g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

      pango_layout_set_font_description (layout, desc);
    }
  pango_layout_set_text (layout, str, -1);
  return layout;
}

/* Shows @str at (@x, @y) no wider than @width (ellipsized when > 0);
 * returns its height. */
static double
show (SchakelDossier     *self,
      cairo_t            *cr,
      const char         *str,
      const char         *font,
      const SchakelColor *color,
      double              x,
      double              y,
      double              width)
{
  g_autoptr(PangoLayout) layout = text (self, str, font);
  int height;

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  pango_layout_get_pixel_size (layout, NULL, &height);
  schakel_palette_set_source (cr, color, 1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return height;
}

/**
 * schakel_dossier_new:
 * @record: the minor's record
 * @from: the first day of the timeline's range
 * @to: the end of the range (exclusive), greater than @from
 * @generated: the date printed in the footer
 *
 * Returns: (transfer full): a dossier of A4 landscape pages
 */
SchakelDossier *
schakel_dossier_new (SchakelMinorRecord *record,
                     double              from,
                     double              to,
                     SchakelDay          generated)
{
  SchakelDossier *self;
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (FONT);
  cairo_font_options_t *options = cairo_font_options_create ();
  g_autoptr(PangoLayout) probe = NULL;
  int height;

  g_return_val_if_fail (record != NULL, NULL);
  g_return_val_if_fail (to > from, NULL);

  self = g_object_new (SCHAKEL_TYPE_DOSSIER, NULL);
  self->record = schakel_minor_record_ref (record);
  self->from = from;
  self->to = to;
  self->generated = generated;

  self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_context_set_font_description (self->context, font);
  pango_cairo_context_set_resolution (self->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  probe = text (self, "Ag", NULL);
  pango_layout_get_pixel_size (probe, NULL, &height);
  self->line_height = height + 3;

  self->timeline = schakel_timeline_new (record);
  schakel_timeline_set_pango_context (self->timeline, self->context);
  schakel_timeline_set_variant (self->timeline, SCHAKEL_PALETTE_LIGHT);
  return self;
}

/**
 * schakel_dossier_set_page_size:
 * @self: a dossier
 * @width: the printable width in points
 * @height: the printable height in points
 *
 * Sets the page size (default: A4 landscape); changes the page count.
 */
void
schakel_dossier_set_page_size (SchakelDossier *self,
                               double          width,
                               double          height)
{
  g_return_if_fail (SCHAKEL_IS_DOSSIER (self));
  g_return_if_fail (width > 4 * MARGIN && height > 4 * MARGIN);

  self->width = width;
  self->height = height;
}

/* The vertical space for table rows on a page after the first. */
static guint
rows_per_page (SchakelDossier *self)
{
  double room = self->height - 2 * MARGIN - 3 * self->line_height - 2 * self->line_height;

  return MAX (1, (guint) floor (room / self->line_height));
}

/**
 * schakel_dossier_get_n_pages:
 * @self: a dossier
 *
 * Returns: the number of pages: the timeline and the record table
 */
guint
schakel_dossier_get_n_pages (SchakelDossier *self)
{
  guint n_items;

  g_return_val_if_fail (SCHAKEL_IS_DOSSIER (self), 0);

  n_items = schakel_minor_record_get_n_items (self->record);
  return 1 + (n_items + rows_per_page (self) - 1) / rows_per_page (self);
}

static void
draw_footer (SchakelDossier *self,
             cairo_t        *cr,
             guint           page)
{
  g_autofree char *date = schakel_format_day (self->generated);
  /* Translators: the dossier's footer; the date it was made, then page n of m */
  g_autofree char *footer = g_strdup_printf (_("Generated on %s · Confidential · Page %u of %u"), date, page + 1,
                                             schakel_dossier_get_n_pages (self));
  double y = self->height - MARGIN + 6;

  schakel_palette_set_source (cr, &rule, 1);
  cairo_rectangle (cr, MARGIN, y - 4, self->width - 2 * MARGIN, 0.5);
  cairo_fill (cr);
  show (self, cr, footer, NULL, &muted, MARGIN, y, self->width - 2 * MARGIN);
}

/* The title line with the confidential marking; returns the y below. */
static double
draw_heading (SchakelDossier *self,
              cairo_t        *cr,
              const char     *title)
{
  g_autoptr(PangoLayout) mark = text (self, _("Confidential"), SCHAKEL_RENDER_FONT_FAMILY " Bold 11");
  int mark_width, mark_height;
  double y = MARGIN;

  pango_layout_get_pixel_size (mark, &mark_width, &mark_height);
  schakel_palette_set_source (cr, &confidential, 1);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, self->width - MARGIN - mark_width - 8.5, y - 2.5, mark_width + 8, mark_height + 4);
  cairo_stroke (cr);
  cairo_move_to (cr, self->width - MARGIN - mark_width - 4.5, y - 0.5);
  pango_cairo_show_layout (cr, mark);

  y += show (self, cr, title, SCHAKEL_RENDER_FONT_FAMILY " Bold 13", &ink, MARGIN, y, self->width - 3 * MARGIN - mark_width);
  return y + 4;
}

static char *
summary_line (const SchakelMinorRecordSummary *s)
{
  g_autofree char *age = NULL;
  g_autofree char *location = NULL;
  g_autofree char *school = NULL;

  if (s->age < 0)
    age = g_strdup (_("Age unknown"));
  else if (s->age_estimated)
    /* Translators: age in years from an estimated birth date */
    age = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year (estimated)", "%d years (estimated)", s->age), s->age);
  else
    age = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", s->age), s->age);

  if (s->location_name != NULL)
    location = g_strdup_printf ("%s (%s%s%s)", s->location_name,
                                schakel_code_label (SCHAKEL_CODE_LIST_LOCATION_TYPE, s->location_type),
                                s->municipality_name != NULL ? ", " : "",
                                s->municipality_name != NULL ? s->municipality_name : "");
  else
    location = g_strdup (_("no placement today"));
  if (s->school_name != NULL)
    school = g_strdup_printf ("%s (%s)", s->school_name,
                              schakel_code_label (SCHAKEL_CODE_LIST_SCHOOL_TYPE, s->school_type));
  else
    school = g_strdup (_("no school today"));

  /* Translators: the dossier's summary line: age, amv or not, location, school */
  return g_strdup_printf (_("Age: %s · %s · Location: %s · School: %s"), age,
                          s->amv ? _("Unaccompanied (amv)") : _("Accompanied"), location, school);
}

static char *
counts_line (const SchakelMinorRecordSummary *s)
{
  GString *line = g_string_new (NULL);

  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u move", "%u moves", s->n_moves), s->n_moves);
  g_string_append (line, " · ");
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%d day without education while of school age",
                                             "%d days without education while of school age",
                                             (gulong) s->days_without_education),
                          (int) s->days_without_education);
  g_string_append (line, " · ");
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%d day waiting", "%d days waiting",
                                             (gulong) s->days_waiting),
                          (int) s->days_waiting);
  if (s->beyond_norm)
    g_string_append_printf (line, " · %s", _("Without education beyond the norm"));
  if (s->open_escalation)
    g_string_append_printf (line, " · %s", _("Open escalation"));
  if (s->turning_18_soon)
    g_string_append_printf (line, " · %s", _("Turns 18 within 90 days"));
  return g_string_free (line, FALSE);
}

static void
draw_timeline_page (SchakelDossier *self,
                    cairo_t        *cr)
{
  const SchakelMinorRecordSummary *s = schakel_minor_record_get_summary (self->record);
  /* Translators: the dossier's title; %s is the minor's pseudonymous id */
  g_autofree char *title = g_strdup_printf (_("Timeline of %s"), s->jongere_id);
  g_autofree char *summary = summary_line (s);
  g_autofree char *counts = counts_line (s);
  g_autofree char *from = schakel_format_day ((SchakelDay) floor (self->from));
  g_autofree char *to = schakel_format_day ((SchakelDay) ceil (self->to) - 1);
  /* Translators: the range the dossier's timeline shows */
  g_autofree char *range = g_strdup_printf (C_("period", "From %s to %s"), from, to);
  double width = self->width - 2 * MARGIN;
  double y = draw_heading (self, cr, title);
  double legend, room;

  y += show (self, cr, summary, NULL, &ink, MARGIN, y, width) + 1;
  y += show (self, cr, counts, FONT_BOLD, &ink, MARGIN, y, width) + 1;
  y += show (self, cr, range, NULL, &muted, MARGIN, y, width) + 6;

  legend = schakel_timeline_get_legend_height (self->timeline, width);
  room = self->height - MARGIN - self->line_height - 8 - legend - 8 - y;
  schakel_timeline_set_view (self->timeline, self->from, self->to, width, room);
  legend = schakel_timeline_get_legend_height (self->timeline, width);
  room = MIN (room, schakel_timeline_get_natural_height (self->timeline));
  schakel_timeline_set_view (self->timeline, self->from, self->to, width, room);

  cairo_save (cr);
  cairo_translate (cr, MARGIN, y);
  cairo_rectangle (cr, 0, 0, width, room);
  cairo_clip (cr);
  schakel_timeline_draw (self->timeline, cr, -1);
  cairo_restore (cr);
  schakel_palette_set_source (cr, &rule, 1);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, MARGIN, y, width, room);
  cairo_stroke (cr);

  schakel_timeline_draw_legend (self->timeline, cr, MARGIN, y + room + 8, width);
}

/* Column x offsets of the record table, as fractions of the width. */
static const double columns[] = { 0, 0.19, 0.31, 0.53, 0.85 };

static void
draw_table_row (SchakelDossier     *self,
                cairo_t            *cr,
                const char * const  cells[G_N_ELEMENTS (columns)],
                const char         *font,
                double              y)
{
  double width = self->width - 2 * MARGIN;

  for (guint c = 0; c < G_N_ELEMENTS (columns); c++)
    {
      double x0 = MARGIN + columns[c] * width;
      double x1 = MARGIN + (c + 1 < G_N_ELEMENTS (columns) ? columns[c + 1] : 1) * width;

      show (self, cr, cells[c], font, &ink, x0, y, x1 - x0 - 6);
    }
}

static char *
short_day (SchakelDay day)
{
  g_autoptr(GDateTime) dt = schakel_day_to_date_time (day);

  /* Translators: a date in a table, see g_date_time_format(); e.g. "3 Mar 2025" */
  return g_date_time_format (dt, _("%-d %b %Y"));
}

static void
draw_table_page (SchakelDossier *self,
                 cairo_t        *cr,
                 guint           page)
{
  const SchakelMinorRecordSummary *s = schakel_minor_record_get_summary (self->record);
  /* Translators: the heading of the dossier's pages with every record */
  g_autofree char *title = g_strdup_printf (_("Records of %s"), s->jongere_id);
  const char *header[G_N_ELEMENTS (columns)] = {
    _("Date"), _("Kind"), _("What"), _("Details"), _("Source"),
  };
  guint per_page = rows_per_page (self);
  guint first = (page - 1) * per_page;
  guint n_items = schakel_minor_record_get_n_items (self->record);
  double y = draw_heading (self, cr, title) + 4;

  draw_table_row (self, cr, header, FONT_BOLD, y);
  y += self->line_height;
  schakel_palette_set_source (cr, &rule, 1);
  cairo_rectangle (cr, MARGIN, y - 1.5, self->width - 2 * MARGIN, 0.5);
  cairo_fill (cr);

  for (guint i = first; i < MIN (first + per_page, n_items); i++)
    {
      const SchakelRecordItem *item = schakel_minor_record_get_item (self->record, i);
      g_autofree char *start = short_day (item->start);
      g_autofree char *date = NULL;
      g_autofree char *source = NULL;
      const char *cells[G_N_ELEMENTS (columns)];

      if (item->start == item->end && !(item->flags & SCHAKEL_RECORD_FLAG_OPEN))
        date = g_strdup (start);
      else if (item->flags & SCHAKEL_RECORD_FLAG_OPEN)
        date = g_strdup_printf ("%s –", start);
      else
        {
          g_autofree char *end = short_day (item->end);

          date = g_strdup_printf ("%s – %s", start, end);
        }
      source = item->table != NULL ? g_strdup_printf ("%s #%" G_GINT64_FORMAT, item->table, item->row_id)
                                   : g_strdup (_("computed"));
      cells[0] = date;
      cells[1] = schakel_record_kind_get_name (item->kind);
      cells[2] = item->title;
      cells[3] = item->detail != NULL ? item->detail : "";
      cells[4] = source;
      draw_table_row (self, cr, cells, NULL, y);
      y += self->line_height;
    }
}

/**
 * schakel_dossier_draw_page:
 * @self: a dossier
 * @cr: the page, (0, 0) at the top left of the printable area, in points
 * @page: 0 for the timeline, 1… for the record table
 *
 * Draws one page on white, with its footer.
 */
void
schakel_dossier_draw_page (SchakelDossier *self,
                           cairo_t        *cr,
                           guint           page)
{
  g_return_if_fail (SCHAKEL_IS_DOSSIER (self));
  g_return_if_fail (page < schakel_dossier_get_n_pages (self));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  if (page == 0)
    draw_timeline_page (self, cr);
  else
    draw_table_page (self, cr, page);
  draw_footer (self, cr, page);
  cairo_restore (cr);
}

/**
 * schakel_dossier_write:
 * @self: a dossier
 * @path: a file ending in .pdf, .svg or .png
 * @error: return location for an error
 *
 * Writes the dossier atomically: all pages to a PDF, page 1 to an SVG or
 * PNG (the PNG at twice the resolution of the page in points). The file's
 * title metadata is generic, never the minor's id.
 *
 * Returns: %TRUE on success
 */
gboolean
schakel_dossier_write (SchakelDossier  *self,
                       const char      *path,
                       GError         **error)
{
  SchakelFileKind kind;
  cairo_surface_t *surface;
  cairo_t *cr;
  double scale;
  guint n_pages;

  g_return_val_if_fail (SCHAKEL_IS_DOSSIER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!schakel_file_kind_from_path (path, &kind, error))
    return FALSE;
  scale = kind == SCHAKEL_FILE_PNG ? PNG_SCALE : 1;
  n_pages = kind == SCHAKEL_FILE_PDF ? schakel_dossier_get_n_pages (self) : 1;
  surface = schakel_render_file_begin (path, self->width * scale, self->height * scale,
                                       _("Schakel timeline dossier"), error);
  if (surface == NULL)
    return FALSE;

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  for (guint page = 0; page < n_pages; page++)
    {
      if (page > 0)
        cairo_show_page (cr);
      schakel_dossier_draw_page (self, cr, page);
    }
  cairo_destroy (cr);
  return schakel_render_file_end (surface, error);
}

typedef struct
{
  SchakelDossier *dossier;
  const char     *path;
} DossierFile;

static gboolean
write_dossier_file (gpointer   user_data,
                    GPtrArray *written,
                    GError   **error)
{
  DossierFile *file = user_data;

  if (!schakel_dossier_write (file->dossier, file->path, error))
    return FALSE;
  g_ptr_array_add (written, g_strdup (file->path));
  return TRUE;
}

/**
 * schakel_dossier_write_audited:
 * @self: a dossier
 * @db: the writable database that logs it
 * @action: the audit action, e.g. `timeline.export` or `report.dossier`
 * @detail: (nullable): the audit detail: the kind of file, never its name
 * @path: a file ending in .pdf, .svg or .png
 * @error: return location for an error
 *
 * Writes the dossier as schakel_dossier_write() does, together with its
 * audit entry about the minor: both or neither
 * (schakel_audit_write_files()).
 *
 * Returns: %TRUE when the file and the entry are written
 */
gboolean
schakel_dossier_write_audited (SchakelDossier  *self,
                               SchakelDatabase *db,
                               const char      *action,
                               const char      *detail,
                               const char      *path,
                               GError         **error)
{
  DossierFile file = { self, path };

  g_return_val_if_fail (SCHAKEL_IS_DOSSIER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return schakel_audit_write_files (db, action, "minor", schakel_minor_record_get_summary (self->record)->jongere_id,
                                    detail, write_dossier_file, &file, error);
}

/**
 * schakel_dossier_new_until:
 * @record: the minor's record
 * @until: the last day of the timeline; %SCHAKEL_DAY_NONE to fit the
 *   whole record
 * @generated: the date printed in the footer
 *
 * The dossier of the Dossieroverzicht: the timeline from the start of the
 * record to @until, then every record.
 *
 * Returns: (transfer full): the dossier
 */
SchakelDossier *
schakel_dossier_new_until (SchakelMinorRecord *record,
                           SchakelDay          until,
                           SchakelDay          generated)
{
  g_autoptr(SchakelTimeline) timeline = NULL;
  double from, to;

  g_return_val_if_fail (record != NULL, NULL);

  timeline = schakel_timeline_new (record);
  schakel_timeline_get_fit_range (timeline, &from, &to);
  if (until != SCHAKEL_DAY_NONE)
    {
      /* A record that starts after @until still shows two weeks. */
      to = until + 1;
      from = MIN (from, to - 14);
    }
  return schakel_dossier_new (record, from, to, generated);
}

/**
 * schakel_dossier_new_for_minor:
 * @db: a database
 * @jongere_id: the minor's pseudonymous id
 * @until: as for schakel_dossier_new_until()
 * @generated: the date printed in the footer, and the day that decides
 *   what is open in the record (as in the Tijdlijn view)
 * @cancellable: (nullable): to stop early
 * @error: return location for an error; %SCHAKEL_CORE_ERROR_NOT_FOUND when
 *   there is no minor with @jongere_id
 *
 * Loads the minor's record and makes its dossier. The dossier draws with
 * the calling thread's default font map: call this in the thread that
 * draws it (the app loads the record in a worker, then calls
 * schakel_dossier_new_until() in the main thread).
 *
 * Returns: (transfer full) (nullable): the dossier
 */
SchakelDossier *
schakel_dossier_new_for_minor (SchakelDatabase  *db,
                               const char       *jongere_id,
                               SchakelDay        until,
                               SchakelDay        generated,
                               GCancellable     *cancellable,
                               GError          **error)
{
  g_autoptr(SchakelMinorRecord) record = NULL;

  g_return_val_if_fail (db != NULL, NULL);
  g_return_val_if_fail (jongere_id != NULL, NULL);

  record = schakel_minor_record_load (db, jongere_id, generated, cancellable, error);
  if (record == NULL)
    return NULL;
  return schakel_dossier_new_until (record, until, generated);
}

/* The records as a table, with ISO dates, for CSV. */
static SchakelReportBlock *
records_table (SchakelDossier *self)
{
  const char *headers[] = { _("Start"), _("End"), _("Kind"), _("What"), _("Details"), _("Table"), _("Row") };
  SchakelReportBlock *table = schakel_report_table_new (_("Records"), G_N_ELEMENTS (headers));

  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    schakel_report_table_set_column (table, c, headers[c], 1, FALSE);
  for (guint i = 0; i < schakel_minor_record_get_n_items (self->record); i++)
    {
      const SchakelRecordItem *item = schakel_minor_record_get_item (self->record, i);
      g_autofree char *start = schakel_day_to_iso (item->start);
      g_autofree char *end = item->flags & SCHAKEL_RECORD_FLAG_OPEN ? g_strdup ("") : schakel_day_to_iso (item->end);
      g_autofree char *row = item->table != NULL ? g_strdup_printf ("%" G_GINT64_FORMAT, item->row_id)
                                                 : g_strdup ("");
      const char *cells[] = {
        start, end, schakel_record_kind_get_name (item->kind), item->title,
        item->detail != NULL ? item->detail : "", item->table != NULL ? item->table : _("computed"), row,
      };

      schakel_report_table_add_row (table, SCHAKEL_REPORT_ROW_NORMAL, cells);
    }
  return table;
}

/* As a paged document */

static guint
paged_get_n_pages (gpointer instance)
{
  return schakel_dossier_get_n_pages (instance);
}

static void
paged_get_page_size (gpointer  instance,
                     guint     page,
                     double   *width,
                     double   *height)
{
  SchakelDossier *self = instance;

  *width = self->width;
  *height = self->height;
}

static void
paged_draw_page (gpointer  instance,
                 cairo_t  *cr,
                 guint     page)
{
  schakel_dossier_draw_page (instance, cr, page);
}

static gboolean
paged_write_pdf (gpointer     instance,
                 const char  *path,
                 GError     **error)
{
  SchakelFileKind kind;

  if (!schakel_file_kind_from_path (path, &kind, error))
    return FALSE;
  if (kind != SCHAKEL_FILE_PDF)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A report is written as a PDF file; “%s” does not end in .pdf"), path);
      return FALSE;
    }
  return schakel_dossier_write (instance, path, error);
}

static guint
paged_get_n_tables (gpointer instance)
{
  return 1;
}

/* The record table goes out through a report of that one table, so its
 * CSV is written exactly as a report's tables are. */
static gboolean
paged_write_csv (gpointer     instance,
                 const char  *folder,
                 GPtrArray   *written,
                 GError     **error)
{
  g_autoptr(SchakelReport) report = schakel_report_new (_("Dossier overview"), "", "", "",
                                                        SCHAKEL_REPORT_MODE_CONFIDENTIAL);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SchakelPaged) paged = NULL;

  schakel_report_add (report, records_table (instance));
  schakel_report_paginate (report);
  paged = schakel_report_to_paged (g_steal_pointer (&report));
  return schakel_paged_write_csv (paged, folder, written, error);
}

static const char *
paged_get_title (gpointer instance)
{
  return _("Dossier overview");
}

static const char *
paged_get_minor (gpointer instance)
{
  SchakelDossier *self = instance;

  return schakel_minor_record_get_summary (self->record)->jongere_id;
}

static const SchakelPagedFuncs paged_funcs = {
  paged_get_n_pages,
  paged_get_page_size,
  paged_draw_page,
  paged_write_pdf,
  paged_get_n_tables,
  paged_write_csv,
  paged_get_title,
  paged_get_minor,
};

/**
 * schakel_dossier_to_paged:
 * @self: a dossier
 *
 * Returns: (transfer full): @self as a paged document, which holds a
 *   reference on it; schakel_paged_get_minor() gives the minor's id
 */
SchakelPaged *
schakel_dossier_to_paged (SchakelDossier *self)
{
  g_return_val_if_fail (SCHAKEL_IS_DOSSIER (self), NULL);

  return schakel_paged_new (&paged_funcs, g_object_ref (self), g_object_unref);
}
