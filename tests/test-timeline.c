/* test-timeline.c — the timeline drawn onto image surfaces: pixel probes,
 * the layout of overlapping items, extremes, hit tests and the dossier.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "schakel-render.h"
#include "schakel-test-record.h"
#include "schakel-test-util.h"

#define WIDTH  1000
#define HEIGHT 420

static SchakelDatabase *db;

typedef struct
{
  SchakelMinorRecord *record;
  SchakelTimeline    *timeline;
  cairo_surface_t    *surface;
} Drawn;

static void
drawn_clear (Drawn *d)
{
  g_clear_pointer (&d->surface, cairo_surface_destroy);
  g_clear_object (&d->timeline);
  g_clear_pointer (&d->record, schakel_minor_record_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Drawn, drawn_clear)

static void
draw (Drawn                 *d,
      const char            *jongere_id,
      const char            *from,
      const char            *to,
      SchakelPaletteVariant  variant,
      int                    focus)
{
  g_autoptr(GError) error = NULL;
  cairo_t *cr;

  d->record = schakel_minor_record_load (db, jongere_id, schakel_test_day (SCHAKEL_TEST_RECORD_TODAY), NULL, &error);
  g_assert_no_error (error);
  d->timeline = schakel_timeline_new (d->record);
  schakel_timeline_set_variant (d->timeline, variant);
  if (from != NULL)
    schakel_timeline_set_view (d->timeline, schakel_test_day (from), schakel_test_day (to), WIDTH, HEIGHT);
  else
    {
      double f, t;

      schakel_timeline_get_fit_range (d->timeline, &f, &t);
      schakel_timeline_set_view (d->timeline, f, t, WIDTH, HEIGHT);
    }
  d->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cr = cairo_create (d->surface);
  schakel_timeline_draw (d->timeline, cr, focus);
  cairo_destroy (cr);
  cairo_surface_flush (d->surface);
}

static void
pixel (Drawn  *d,
       double  x,
       double  y,
       int    *r,
       int    *g,
       int    *b)
{
  const guint8 *data = cairo_image_surface_get_data (d->surface);
  int stride = cairo_image_surface_get_stride (d->surface);
  guint32 p = *(const guint32 *) (gconstpointer) (data + (int) y * stride + 4 * (int) x);

  *r = (p >> 16) & 0xff;
  *g = (p >> 8) & 0xff;
  *b = p & 0xff;
}

static int
find (Drawn             *d,
      SchakelRecordKind  kind,
      const char        *start)
{
  return schakel_test_find_item (d->record, kind, start);
}

/* A placement bar starts at the x of its start date: the pixel just right
 * of that x is the bar's edge colour, the one two left of it is lane. */
static void
test_timeline_bar_starts_at_date (void)
{
  g_auto(Drawn) d = { 0 };
  SchakelTimelineRect rect;
  int index, r, g, b, lr, lg, lb;
  double x;

  draw (&d, "M-1", "2024-12-01", "2025-07-01", SCHAKEL_PALETTE_LIGHT, -1);
  index = find (&d, SCHAKEL_RECORD_PLACEMENT, "2025-01-21");
  g_assert_true (schakel_timeline_get_item_bounds (d.timeline, (guint) index, &rect));
  x = schakel_timeline_x_for_day (d.timeline, schakel_test_day ("2025-01-21"));
  g_assert_cmpfloat_with_epsilon (rect.x, x, 0.01);
  g_assert_cmpfloat_with_epsilon (schakel_timeline_day_for_x (d.timeline, x), schakel_test_day ("2025-01-21"), 1e-6);

  pixel (&d, floor (x) + 1, rect.y + 2, &r, &g, &b);
  pixel (&d, floor (x) - 2, rect.y + 2, &lr, &lg, &lb);
  /* The location type's colour (COA blue or emergency orange) differs
   * clearly from the lane's near-white background. */
  g_assert_cmpint (abs (r - lr) + abs (g - lg) + abs (b - lb), >, 60);
  g_assert_cmpint (lr, >, 230);
  g_assert_cmpint (lb, >, 230);
}

/* A school gap is highlighted: the middle of its rectangle is tinted
 * vermillion (red well above blue), where an enrolment is blue. */
static void
test_timeline_gap_highlighted (void)
{
  g_auto(Drawn) d = { 0 };
  SchakelTimelineRect gap, school;
  int r, g, b;

  draw (&d, "M-1", "2024-12-01", "2025-07-01", SCHAKEL_PALETTE_LIGHT, -1);
  g_assert_true (schakel_timeline_get_item_bounds (d.timeline, (guint) find (&d, SCHAKEL_RECORD_SCHOOL_GAP, "2025-01-01"),
                                                   &gap));
  g_assert_true (schakel_timeline_get_item_bounds (d.timeline, (guint) find (&d, SCHAKEL_RECORD_ENROLMENT, "2025-02-03"),
                                                   &school));
  /* Left of the gap's label, between hatch lines or on one. */
  pixel (&d, gap.x + 2, gap.y + gap.height - 3, &r, &g, &b);
  g_assert_cmpint (r - b, >, 25);
  pixel (&d, school.x + school.width / 2, school.y + 2, &r, &g, &b);
  g_assert_cmpint (b - r, >, 25);
}

/* An escalation step past its deadline is drawn in the alert colour with
 * a ring; the one in time is not. */
static void
test_timeline_overdue_marked (void)
{
  g_auto(Drawn) d = { 0 };
  SchakelTimelineRect late, in_time;
  int r, g, b;

  draw (&d, "M-1", "2025-02-15", "2025-04-30", SCHAKEL_PALETTE_LIGHT, -1);
  g_assert_true (schakel_timeline_get_item_bounds (d.timeline, (guint) find (&d, SCHAKEL_RECORD_ESCALATION, "2025-03-28"),
                                                   &late));
  g_assert_true (schakel_timeline_get_item_bounds (d.timeline, (guint) find (&d, SCHAKEL_RECORD_ESCALATION, "2025-03-14"),
                                                   &in_time));
  pixel (&d, late.x + late.width / 2, late.y + late.height / 2, &r, &g, &b);
  g_assert_cmpint (r, >, 180);
  g_assert_cmpint (b, <, 60);
  pixel (&d, in_time.x + in_time.width / 2, in_time.y + in_time.height / 2, &r, &g, &b);
  g_assert_cmpint (b, >, 120);
}

static gboolean
intersect (const SchakelTimelineRect *a,
           const SchakelTimelineRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* No two item rectangles intersect, at several zoom levels. */
static void
assert_no_overlap (SchakelTimeline *timeline)
{
  guint n = schakel_minor_record_get_n_items (schakel_timeline_get_record (timeline));

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        SchakelTimelineRect a, b;

        schakel_timeline_get_item_bounds (timeline, i, &a);
        schakel_timeline_get_item_bounds (timeline, j, &b);
        if (intersect (&a, &b))
          g_error ("items %u and %u overlap", i, j);
      }
}

static void
test_timeline_no_overlap (void)
{
  static const char * const ranges[][2] = {
    { "2020-12-01", "2025-07-01" }, { "2022-01-01", "2022-03-01" }, { "2021-01-01", "2021-01-15" },
  };
  g_auto(Drawn) d = { 0 };

  draw (&d, "MANY", NULL, NULL, SCHAKEL_PALETTE_LIGHT, -1);
  g_assert_cmpuint (schakel_minor_record_get_n_items (d.record), >=, 200);
  assert_no_overlap (d.timeline);
  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      schakel_timeline_set_view (d.timeline, schakel_test_day (ranges[i][0]), schakel_test_day (ranges[i][1]),
                                 WIDTH, HEIGHT);
      assert_no_overlap (d.timeline);
    }

  g_clear_object (&d.timeline);
  d.timeline = schakel_timeline_new (d.record);
  schakel_timeline_set_view (d.timeline, schakel_test_day ("2024-12-01"), schakel_test_day ("2025-07-01"), 300, 200);
  assert_no_overlap (d.timeline);
}

/* Every item of a 200-item record gets a rectangle inside the drawing at
 * its natural height, and drawing it with a focus ring works. */
static void
test_timeline_many (void)
{
  g_auto(Drawn) d = { 0 };
  double natural;

  draw (&d, "MANY", NULL, NULL, SCHAKEL_PALETTE_DARK, 10);
  natural = schakel_timeline_get_natural_height (d.timeline);
  schakel_timeline_set_view (d.timeline, schakel_test_day ("2020-12-01"), schakel_test_day ("2025-07-01"),
                             WIDTH, natural);
  for (guint i = 0; i < schakel_minor_record_get_n_items (d.record); i++)
    {
      SchakelTimelineRect rect;

      if (!schakel_timeline_get_item_bounds (d.timeline, i, &rect))
        continue;
      g_assert_cmpfloat (rect.y, >=, 0);
      g_assert_cmpfloat (rect.y + rect.height, <=, natural);
    }
}

/* A single event: the view still spans two weeks, the event is visible
 * and can be hit, and the tab order finds it. */
static void
test_timeline_single_event (void)
{
  g_auto(Drawn) d = { 0 };
  SchakelTimelineRect rect;
  double from, to;
  int index;

  draw (&d, "M-4", NULL, NULL, SCHAKEL_PALETTE_LIGHT, -1);
  schakel_timeline_get_fit_range (d.timeline, &from, &to);
  g_assert_cmpfloat (to - from, >=, 14);
  index = find (&d, SCHAKEL_RECORD_PROCEDURE, "2025-03-01");
  g_assert_true (schakel_timeline_get_item_bounds (d.timeline, (guint) index, &rect));
  g_assert_cmpint (schakel_timeline_hit_test (d.timeline, rect.x + rect.width / 2, rect.y + rect.height / 2), ==, index);
  g_assert_cmpint (schakel_timeline_item_get_lane (d.timeline, (guint) index), ==, SCHAKEL_TIMELINE_LANE_PROCEDURE);
}

/* An open placement runs to today, and today's line is drawn there. */
static void
test_timeline_open_ended (void)
{
  g_auto(Drawn) d = { 0 };
  SchakelTimelineRect rect;
  double today_x;
  int index, r, g, b;

  draw (&d, "M-2", "2025-04-01", "2025-07-01", SCHAKEL_PALETTE_LIGHT, -1);
  index = find (&d, SCHAKEL_RECORD_PLACEMENT, "2025-05-01");
  g_assert_true (schakel_timeline_get_item_bounds (d.timeline, (guint) index, &rect));
  today_x = schakel_timeline_x_for_day (d.timeline, schakel_test_day (SCHAKEL_TEST_RECORD_TODAY) + 1);
  g_assert_cmpfloat_with_epsilon (rect.x + rect.width, today_x, 0.01);
  g_assert_true (schakel_minor_record_get_item (d.record, (guint) index)->flags & SCHAKEL_RECORD_FLAG_OPEN);

  /* The today line: blue, half a day left of the bar's end. */
  pixel (&d, round (today_x - (today_x - schakel_timeline_x_for_day (d.timeline, schakel_test_day (SCHAKEL_TEST_RECORD_TODAY))) / 2),
         rect.y + rect.height + 4, &r, &g, &b);
  g_assert_cmpint (b - r, >, 80);
}

/* An unknown birth date: no age markers, no gaps; a minor with nothing
 * but a placement draws and describes itself. */
static void
test_timeline_unknown_birth (void)
{
  g_auto(Drawn) d = { 0 };
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;

  draw (&d, "M-2", NULL, NULL, SCHAKEL_PALETTE_LIGHT, 0);
  g_assert_cmpuint (schakel_minor_record_get_n_items (d.record), ==, 1);
  description = schakel_timeline_dup_description (d.timeline);
  g_assert_nonnull (strstr (description, "M-2"));
  g_assert_nonnull (strstr (description, "1 placement"));
  g_assert_nonnull (strstr (description, "0 periods without education"));
  tooltip = schakel_timeline_dup_item_tooltip (d.timeline, 0);
  g_assert_nonnull (strstr (tooltip, "azc Rotterdam"));
  g_assert_nonnull (strstr (tooltip, "since 1 May 2025 (33 days)"));
}

/* Age markers of an estimated birth date are lines in the top band; the
 * 18th birthday can be hit through its label. */
static void
test_timeline_age_markers (void)
{
  g_auto(Drawn) d = { 0 };
  SchakelTimelineRect rect;
  g_autofree char *tooltip = NULL;
  int index;

  draw (&d, "M-3", "2025-01-01", "2025-12-31", SCHAKEL_PALETTE_LIGHT, -1);
  index = find (&d, SCHAKEL_RECORD_AGE_MARKER, "2025-07-01");
  g_assert_true (schakel_timeline_get_item_bounds (d.timeline, (guint) index, &rect));
  g_assert_cmpint (schakel_timeline_item_get_lane (d.timeline, (guint) index), ==, SCHAKEL_TIMELINE_N_LANES);
  g_assert_cmpint (schakel_timeline_hit_test (d.timeline, rect.x + rect.width - 2, rect.y + rect.height / 2), ==, index);
  tooltip = schakel_timeline_dup_item_tooltip (d.timeline, (guint) index);
  g_assert_nonnull (strstr (tooltip, "18th birthday"));
  g_assert_nonnull (strstr (tooltip, "estimated"));
  /* The 16th birthday is before the range: not visible, not in the tab order. */
  index = find (&d, SCHAKEL_RECORD_AGE_MARKER, "2023-07-01");
  g_assert_false (schakel_timeline_item_is_visible (d.timeline, (guint) index));
  g_assert_cmpint (schakel_timeline_next_item (d.timeline, -1, 1), !=, index);
}

static void
test_timeline_hit_and_order (void)
{
  g_auto(Drawn) d = { 0 };
  SchakelTimelineRect rect;
  g_autofree char *tooltip = NULL;
  int index, next, prev;

  draw (&d, "M-1", "2024-12-01", "2025-07-01", SCHAKEL_PALETTE_LIGHT, -1);
  index = find (&d, SCHAKEL_RECORD_ESCALATION, "2025-03-28");
  schakel_timeline_get_item_bounds (d.timeline, (guint) index, &rect);
  g_assert_cmpint (schakel_timeline_hit_test (d.timeline, rect.x + rect.width / 2, rect.y + rect.height / 2), ==, index);
  g_assert_cmpint (schakel_timeline_hit_test (d.timeline, 2, 2), ==, -1);
  tooltip = schakel_timeline_dup_item_tooltip (d.timeline, (guint) index);
  g_assert_nonnull (strstr (tooltip, "Overdue"));
  g_assert_nonnull (strstr (tooltip, "21 March 2025"));

  next = schakel_timeline_next_item (d.timeline, index, 1);
  prev = schakel_timeline_next_item (d.timeline, next, -1);
  g_assert_cmpint (next, >, index);
  g_assert_cmpint (prev, ==, index);
}

/* The light and dark variants have the background they promise. */
static void
test_timeline_variants (void)
{
  g_auto(Drawn) light = { 0 };
  g_auto(Drawn) dark = { 0 };
  int r, g, b;

  draw (&light, "M-1", NULL, NULL, SCHAKEL_PALETTE_LIGHT, -1);
  draw (&dark, "M-1", NULL, NULL, SCHAKEL_PALETTE_DARK, -1);
  pixel (&light, 2, 2, &r, &g, &b);
  g_assert_cmpint (r + g + b, >, 700);
  pixel (&dark, 2, 2, &r, &g, &b);
  g_assert_cmpint (r + g + b, <, 150);
}

/* The axis alone draws lanes and ticks but no items. */
static void
test_timeline_axis_only (void)
{
  g_auto(Drawn) d = { 0 };
  SchakelTimelineRect rect;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  const guint8 *data;
  guint32 p;

  draw (&d, "M-1", "2024-12-01", "2025-07-01", SCHAKEL_PALETTE_LIGHT, -1);
  schakel_timeline_draw_axis (d.timeline, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  schakel_timeline_get_item_bounds (d.timeline, (guint) find (&d, SCHAKEL_RECORD_ENROLMENT, "2025-02-03"), &rect);
  data = cairo_image_surface_get_data (surface);
  p = *(const guint32 *) (gconstpointer) (data + (int) (rect.y + 2) * cairo_image_surface_get_stride (surface)
                                           + 4 * (int) (rect.x + rect.width / 2));
  /* No bar there: the lane's near-white. */
  g_assert_cmpint ((p >> 16) & 0xff, >, 230);
  g_assert_cmpint (p & 0xff, >, 230);
  cairo_surface_destroy (surface);
}

/* The dossier: one timeline page and enough table pages for every item. */
static void
test_timeline_dossier_pages (void)
{
  g_auto(Drawn) d = { 0 };
  g_autoptr(SchakelDossier) dossier = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 842, 595);
  cairo_t *cr = cairo_create (surface);
  guint n_pages;

  draw (&d, "MANY", NULL, NULL, SCHAKEL_PALETTE_LIGHT, -1);
  dossier = schakel_dossier_new (d.record, schakel_test_day ("2021-01-01"), schakel_test_day ("2025-06-03"),
                                 schakel_test_day (SCHAKEL_TEST_RECORD_TODAY));
  n_pages = schakel_dossier_get_n_pages (dossier);
  g_assert_cmpuint (n_pages, >=, 1 + schakel_minor_record_get_n_items (d.record) / 60);
  for (guint page = 0; page < n_pages; page++)
    schakel_dossier_draw_page (dossier, cr, page);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The dossier as a paged document, as the Rapporten view uses it: made
 * for a minor up to a day, its pages landscape, its records as one CSV
 * table, a PDF only as a PDF, an unknown minor refused. */
static void
test_timeline_dossier_paged (void)
{
  SchakelDay until = schakel_test_day ("2024-12-31");
  g_autoptr(SchakelDossier) dossier = NULL;
  g_autoptr(SchakelPaged) paged = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *folder = schakel_test_tmp_path ("dossier-paged");
  g_autofree char *pdf = schakel_test_tmp_path ("dossier-paged.pdf");
  g_autofree char *png = schakel_test_tmp_path ("dossier-paged.png");
  g_autofree char *csv = NULL, *text = NULL, *last_day = schakel_format_day (until);
  const char *text_argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_auto(GStrv) lines = NULL;
  g_autoptr(SchakelMinorRecord) record = NULL;
  double width, height;

  g_assert_null (schakel_dossier_new_for_minor (db, "NOBODY", until, until, NULL, &error));
  g_assert_error (error, SCHAKEL_CORE_ERROR, SCHAKEL_CORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  dossier = schakel_dossier_new_for_minor (db, "MANY", until, schakel_test_day (SCHAKEL_TEST_RECORD_TODAY), NULL,
                                           &error);
  g_assert_no_error (error);
  paged = schakel_dossier_to_paged (dossier);
  g_assert_cmpuint (schakel_paged_get_n_pages (paged), ==, schakel_dossier_get_n_pages (dossier));
  g_assert_cmpstr (schakel_paged_get_minor (paged), ==, "MANY");
  schakel_paged_get_page_size (paged, 0, &width, &height);
  g_assert_cmpfloat (width, ==, SCHAKEL_DOSSIER_A4_LANDSCAPE_WIDTH);
  g_assert_cmpfloat (height, ==, SCHAKEL_DOSSIER_A4_LANDSCAPE_HEIGHT);

  g_assert_true (schakel_paged_write_pdf (paged, pdf, &error));
  g_assert_no_error (error);
  text = schakel_test_spawn_out (text_argv);
  /* The timeline ends on the day asked for. */
  g_assert_nonnull (strstr (text, last_day));
  g_assert_nonnull (strstr (text, "Confidential"));
  g_assert_false (schakel_paged_write_pdf (paged, png, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  g_assert_cmpuint (schakel_paged_get_n_tables (paged), ==, 1);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (schakel_paged_write_csv (paged, folder, written, NULL));
  g_assert_cmpuint (written->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (written, 0), "01-records.csv"));
  g_assert_true (g_file_get_contents (g_ptr_array_index (written, 0), &csv, NULL, NULL));
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "Start,End,Kind,What,Details,Table,Row");
  /* The header, every record once (no field holds a line break), and
   * the empty rest after the last line break. */
  record = schakel_minor_record_load (db, "MANY", until, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + schakel_minor_record_get_n_items (record) + 1);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  db = schakel_test_record_fixture ("timeline.db");
  schakel_test_add_many_events (db, "MANY", 200);

  g_test_add_func ("/render/timeline/bar-starts-at-date", test_timeline_bar_starts_at_date);
  g_test_add_func ("/render/timeline/gap-highlighted", test_timeline_gap_highlighted);
  g_test_add_func ("/render/timeline/overdue-marked", test_timeline_overdue_marked);
  g_test_add_func ("/render/timeline/no-overlap", test_timeline_no_overlap);
  g_test_add_func ("/render/timeline/many", test_timeline_many);
  g_test_add_func ("/render/timeline/single-event", test_timeline_single_event);
  g_test_add_func ("/render/timeline/open-ended", test_timeline_open_ended);
  g_test_add_func ("/render/timeline/unknown-birth", test_timeline_unknown_birth);
  g_test_add_func ("/render/timeline/age-markers", test_timeline_age_markers);
  g_test_add_func ("/render/timeline/hit-and-order", test_timeline_hit_and_order);
  g_test_add_func ("/render/timeline/variants", test_timeline_variants);
  g_test_add_func ("/render/timeline/axis-only", test_timeline_axis_only);
  g_test_add_func ("/render/timeline/dossier-pages", test_timeline_dossier_pages);
  g_test_add_func ("/render/timeline/dossier-paged", test_timeline_dossier_paged);

  status = g_test_run ();
  g_object_unref (db);
  schakel_render_release_fonts ();
  return status;
}
