/* test-report-layout.c — pagination and drawing of reports, without a
 * database: tables split with their header, headings stay with what
 * follows, long names wrap inside their column, the contents knows its
 * pages, footnotes are printed on the page of their mark.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "schakel-render.h"
#include "schakel-test-util.h"

static SchakelReport *
new_report (SchakelReportMode mode)
{
  return schakel_report_new ("Test report", "Utrecht", "31 March 2026", "1 April 2026", mode);
}

static SchakelReportBlock *
numbered_table (guint n_rows)
{
  SchakelReportBlock *table = schakel_report_table_new ("Numbers", 3);

  schakel_report_table_set_column (table, 0, "Name", 2, FALSE);
  schakel_report_table_set_column (table, 1, "Count", 1, TRUE);
  schakel_report_table_set_column (table, 2, "Share", 1, TRUE);
  for (guint r = 0; r < n_rows; r++)
    {
      g_autofree char *name = g_strdup_printf ("Row %u", r);
      const char *cells[] = { name, "12", "50.0 %" };

      schakel_report_table_add_row (table, SCHAKEL_REPORT_ROW_NORMAL, cells);
    }
  return table;
}

/* Every placement lies inside the content area of its page. */
static void
assert_inside_pages (SchakelReport *report)
{
  for (guint p = 0; p < schakel_report_get_n_pages (report); p++)
    {
      const SchakelReportPage *page = schakel_report_get_page (report, p);
      double x, y, width, height;

      schakel_report_content_area (page->orientation, &x, &y, &width, &height);
      for (guint i = 0; i < page->placements->len; i++)
        {
          const SchakelReportPlacement *placement = &g_array_index (page->placements, SchakelReportPlacement, i);

          g_assert_cmpfloat (placement->y, >=, y - 1e-6);
          g_assert_cmpfloat (placement->y + placement->height, <=, y + height + 1e-6);
        }
    }
}

static void
test_table_splits_with_header (void)
{
  g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
  guint next_row = 0, n_parts = 0;
  double first_head = -1;

  schakel_report_add (report, schakel_report_heading_new (1, "A long table"));
  schakel_report_add (report, numbered_table (150));
  schakel_report_paginate (report);

  g_assert_cmpuint (schakel_report_get_n_pages (report), >=, 3);
  assert_inside_pages (report);
  for (guint p = 0; p < schakel_report_get_n_pages (report); p++)
    {
      const SchakelReportPage *page = schakel_report_get_page (report, p);

      for (guint i = 0; i < page->placements->len; i++)
        {
          const SchakelReportPlacement *placement = &g_array_index (page->placements, SchakelReportPlacement, i);

          if (placement->block != 1)
            continue;
          /* Rows in order, none twice, none lost; a part per page. */
          g_assert_cmpuint (placement->first, ==, next_row);
          g_assert_cmpuint (placement->n, >, 0);
          g_assert_cmpint (placement->continued, ==, n_parts > 0);
          next_row += placement->n;
          n_parts++;
          if (first_head < 0)
            first_head = placement->height / placement->n;
        }
    }
  g_assert_cmpuint (next_row, ==, 150);
  g_assert_cmpuint (n_parts, ==, schakel_report_get_n_pages (report));
}

/* The header row is drawn again at the top of a continued part: ink in
 * the band above the first row of page 2. */
static void
test_table_header_drawn_on_each_page (void)
{
  g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
  cairo_t *cr = cairo_create (surface);
  const SchakelReportPlacement *placement;
  guchar *data;
  int stride;
  guint dark = 0;

  schakel_report_add (report, numbered_table (120));
  schakel_report_paginate (report);
  g_assert_cmpuint (schakel_report_get_n_pages (report), >=, 2);
  placement = &g_array_index (schakel_report_get_page (report, 1)->placements, SchakelReportPlacement, 0);
  g_assert_true (placement->continued);

  schakel_report_draw_page (report, cr, 1);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  /* The header ("Name", "Count", "Share" in small bold) sits in the first
   * 12 points of the part. */
  for (int y = (int) placement->y + 2; y < (int) placement->y + 12; y++)
    for (int x = 60; x < 200; x++)
      if (data[y * stride + 4 * x + 1] < 128)
        dark++;
  g_assert_cmpuint (dark, >, 10);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_heading_keeps_with_next (void)
{
  g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
  guint heading;

  /* Fill most of the first page, then a heading and a table: the heading
   * must move to the next page with the table's first rows. */
  schakel_report_add (report, numbered_table (33));
  heading = schakel_report_get_n_blocks (report);
  schakel_report_add (report, schakel_report_heading_new (1, "Next section"));
  schakel_report_add (report, schakel_report_intro_new ("An introduction that belongs to the table below."));
  schakel_report_add (report, numbered_table (5));
  schakel_report_paginate (report);

  g_assert_cmpuint (schakel_report_get_n_pages (report), ==, 2);
  for (guint p = 0; p < schakel_report_get_n_pages (report); p++)
    {
      GArray *placements = schakel_report_get_page (report, p)->placements;
      const SchakelReportPlacement *last = &g_array_index (placements, SchakelReportPlacement, placements->len - 1);
      SchakelReportBlock *block = schakel_report_get_block (report, last->block);

      g_assert_false (block->flags & SCHAKEL_REPORT_BLOCK_KEEP_WITH_NEXT);
    }
  g_assert_cmpuint (schakel_report_get_block_page (report, heading), ==, 1);
  g_assert_cmpuint (schakel_report_get_block_page (report, heading + 2), ==, 1);
}

static guint
ink_in_rect (cairo_surface_t *surface,
             int              x0,
             int              y0,
             int              x1,
             int              y1)
{
  guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guchar *px = data + y * stride + 4 * x;

        if (px[0] < 160 || px[1] < 160 || px[2] < 160)  /* text, not the grey rules */
          n++;
      }
  return n;
}

/* A very long municipality name wraps inside its column: nothing is drawn
 * in the right margin, and the row grows. */
static void
test_long_names_wrap (void)
{
  g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
  SchakelReportBlock *table = schakel_report_table_new ("Municipalities", 7);
  const char *short_row[] = { "Ede", "1", "2", "3", "4", "5", "6" };
  const char *long_row[] = { "Hendrik-Ido-Ambacht-aan-den-IJssel-en-Sint-Michielsgestel-Noordoostpolder"
                             "-Súdwest-Fryslân-Valkenburg aan de Geul",
                             "123456", "123456", "123456", "123456", "123456", "100.0 %" };
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
  cairo_t *cr = cairo_create (surface);
  const SchakelReportPlacement *placement;
  double x, y, width, height;

  schakel_report_table_set_column (table, 0, "Municipality", 2.4, FALSE);
  for (guint c = 1; c < 7; c++)
    schakel_report_table_set_column (table, c, "Without education, beyond the norm", 1.1, TRUE);
  schakel_report_table_add_row (table, SCHAKEL_REPORT_ROW_NORMAL, short_row);
  schakel_report_table_add_row (table, SCHAKEL_REPORT_ROW_NORMAL, long_row);
  schakel_report_add (report, table);
  schakel_report_paginate (report);
  g_assert_cmpuint (schakel_report_get_n_pages (report), ==, 1);
  placement = &g_array_index (schakel_report_get_page (report, 0)->placements, SchakelReportPlacement, 0);
  g_assert_cmpuint (placement->n, ==, 2);

  schakel_report_content_area (SCHAKEL_REPORT_PORTRAIT, &x, &y, &width, &height);
  schakel_report_draw_page (report, cr, 0);
  /* Right margin, from the header band to the footer band: empty. */
  g_assert_cmpuint (ink_in_rect (surface, (int) (x + width) + 2, (int) y, 594, (int) (y + height)), ==, 0);
  /* The first column stops before the numbers: no ink in the gap between
   * the first and the second column (weights 2.4 of 9). */
  {
    double column_end = x + width * 2.4 / 9.0;
    double row_top = placement->y + 50;  /* below the header and its rule */

    g_assert_cmpuint (ink_in_rect (surface, (int) column_end - 2, (int) row_top, (int) column_end + 1,
                                   (int) (placement->y + placement->height) - 2), ==, 0);
  }
  /* The long row is several lines high: the part is much taller than a
   * header and two single-line rows. */
  g_assert_cmpfloat (placement->height, >, 90);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_contents_pages (void)
{
  g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
  guint headings[3];
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

  schakel_report_add (report, schakel_report_title_new ("Title", "Utrecht", "Peildatum"));
  schakel_report_add_contents (report);
  for (guint s = 0; s < G_N_ELEMENTS (headings); s++)
    {
      SchakelReportBlock *heading;

      g_ptr_array_add (texts, g_strdup_printf ("Section %u", s + 1));
      headings[s] = schakel_report_get_n_blocks (report);
      heading = schakel_report_heading_new (1, g_ptr_array_index (texts, s));
      if (s == 1)
        {
          heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
          heading->orientation = SCHAKEL_REPORT_LANDSCAPE;
        }
      schakel_report_add (report, heading);
      schakel_report_add (report, numbered_table (s == 0 ? 40 : 10));
    }
  schakel_report_paginate (report);

  /* Section 1 starts on page 1 under the contents and runs over, section
   * 2 has a landscape page of its own, section 3 follows it. */
  g_assert_cmpuint (schakel_report_get_block_page (report, headings[0]), ==, 0);
  g_assert_cmpuint (schakel_report_get_block_page (report, headings[1]), ==, 2);
  g_assert_cmpuint (schakel_report_get_page (report, 2)->orientation, ==, SCHAKEL_REPORT_LANDSCAPE);
  g_assert_cmpuint (schakel_report_get_page (report, 1)->orientation, ==, SCHAKEL_REPORT_PORTRAIT);
  g_assert_cmpuint (schakel_report_get_block_page (report, headings[2]), ==, 2);
  assert_inside_pages (report);

  /* The PDF's contents lists those pages. */
  {
    g_autofree char *dir = g_dir_make_tmp ("schakel-report-XXXXXX", NULL);
    g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
    g_autofree char *out = NULL;
    g_autoptr(GError) error = NULL;
    const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
    int status;

    g_assert_true (schakel_report_write_pdf (report, pdf, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &out, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_regex_match_simple ("Section 1 +1\\n", out, 0, 0));
    g_assert_true (g_regex_match_simple ("Section 2 +3\\n", out, 0, 0));
    g_assert_true (g_regex_match_simple ("Section 3 +3\\n", out, 0, 0));
    g_assert_nonnull (strstr (out, "Page 4 of 4"));
    g_unlink (pdf);
    g_rmdir (dir);
  }
}

/* Confidential reports say so on every page, in red. */
static void
test_confidential_marking (void)
{
  SchakelReportMode modes[] = { SCHAKEL_REPORT_MODE_PUBLICATION, SCHAKEL_REPORT_MODE_CONFIDENTIAL };
  guint red[2];

  for (guint m = 0; m < G_N_ELEMENTS (modes); m++)
    {
      g_autoptr(SchakelReport) report = new_report (modes[m]);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
      cairo_t *cr = cairo_create (surface);
      guchar *data;
      int stride;

      schakel_report_add (report, numbered_table (70));
      schakel_report_paginate (report);
      schakel_report_draw_page (report, cr, schakel_report_get_n_pages (report) - 1);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      red[m] = 0;
      for (int y = 842 - 80; y < 842; y++)
        for (int x = 0; x < 596; x++)
          {
            guchar *px = data + y * stride + 4 * x;  /* B G R x */

            if (px[2] > 120 && px[1] < 90 && px[0] < 90)
              red[m]++;
          }
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
  g_assert_cmpuint (red[0], ==, 0);
  g_assert_cmpuint (red[1], >, 20);
}

static void
test_csv_of_every_table (void)
{
  g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
  g_autofree char *dir = g_dir_make_tmp ("schakel-report-XXXXXX", NULL);
  g_autofree char *first = g_build_filename (dir, "01-numbers.csv", NULL);
  g_autofree char *second = g_build_filename (dir, "02-numbers.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  guint n_files = 0;

  schakel_report_add (report, numbered_table (3));
  schakel_report_add (report, schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY, "Between"));
  schakel_report_add (report, numbered_table (2));
  g_assert_true (schakel_report_write_csv (report, dir, &n_files, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_files, ==, 2);
  g_assert_true (g_file_get_contents (first, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "Name,Count,Share\nRow 0,12,50.0 %\nRow 1,12,50.0 %\nRow 2,12,50.0 %\n");
  g_assert_true (g_file_test (second, G_FILE_TEST_IS_REGULAR));
  g_unlink (first);
  g_unlink (second);
  g_rmdir (dir);
}

/* No placement reaches into the footnotes at the bottom of its page. */
static void
assert_clear_of_footnotes (SchakelReport *report)
{
  for (guint p = 0; p < schakel_report_get_n_pages (report); p++)
    {
      const SchakelReportPage *page = schakel_report_get_page (report, p);
      double top = schakel_report_get_footnotes_top (report, p);

      for (guint i = 0; i < page->placements->len; i++)
        {
          const SchakelReportPlacement *placement = &g_array_index (page->placements, SchakelReportPlacement, i);

          g_assert_cmpfloat (placement->y + placement->height, <=, top + 1e-6);
        }
    }
}

static gboolean
page_has_footnote (SchakelReport *report,
                   guint          page,
                   guint          number)
{
  GArray *footnotes = schakel_report_get_page (report, page)->footnotes;

  for (guint i = 0; i < footnotes->len; i++)
    if (g_array_index (footnotes, guint, i) == number)
      return TRUE;
  return FALSE;
}

/* A table over three pages with a footnote on its header row and one on
 * a cell of row 100: the first is printed on every page of the table, the
 * second on the page of row 100 only, each after a mark in the text. */
static void
test_footnote_on_page_of_mark (void)
{
  g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
  SchakelReportBlock *table = numbered_table (150);
  g_autofree char *dir = g_dir_make_tmp ("schakel-report-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "footnotes.pdf", NULL);
  g_autoptr(GError) error = NULL;
  guint row_page = G_MAXUINT;

  schakel_report_block_add_footnote (table, SCHAKEL_REPORT_FOOTNOTE_HEAD, 1, "Counts as on the peildatum.");
  schakel_report_block_add_footnote (table, 100, 0, "Row 100 is a merger of two rows.");
  schakel_report_block_add_footnote (table, 100, 0, "Row 100 is a merger of two rows.");
  schakel_report_add (report, table);
  schakel_report_paginate (report);
  g_assert_cmpuint (schakel_report_get_n_pages (report), >=, 3);
  g_assert_cmpstr (schakel_report_get_footnote (report, 1), ==, "Counts as on the peildatum.");
  g_assert_cmpstr (schakel_report_get_footnote (report, 2), ==, "Row 100 is a merger of two rows.");
  assert_inside_pages (report);
  assert_clear_of_footnotes (report);

  for (guint p = 0; p < schakel_report_get_n_pages (report); p++)
    {
      const SchakelReportPlacement *part = &g_array_index (schakel_report_get_page (report, p)->placements,
                                                           SchakelReportPlacement, 0);

      g_assert_true (page_has_footnote (report, p, 1));
      g_assert_cmpint (page_has_footnote (report, p, 2), ==, part->first <= 100 && 100 < part->first + part->n);
      if (page_has_footnote (report, p, 2))
        row_page = p;
    }
  g_assert_cmpuint (row_page, !=, G_MAXUINT);

  g_assert_true (schakel_report_write_pdf (report, pdf, &error));
  g_assert_no_error (error);
  for (guint p = 0; p < schakel_report_get_n_pages (report); p++)
    {
      g_autofree char *text = schakel_test_pdf_page_text (pdf, p);

      g_assert_true (g_regex_match_simple ("Count¹ ", text, 0, 0));
      g_assert_true (g_regex_match_simple ("^ *1 +Counts as on the peildatum\\.$", text, G_REGEX_MULTILINE, 0));
      g_assert_cmpint (strstr (text, "Row 100²") != NULL, ==, p == row_page);
      g_assert_cmpint (g_regex_match_simple ("^ *2 +Row 100 is a merger of two rows\\.$", text, G_REGEX_MULTILINE, 0),
                       ==, p == row_page);
      /* Once, however often it was added. */
      g_assert_null (strstr (text, "Row 100²,²"));
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

static SchakelReportBlock *
noted_paragraph (const char *note)
{
  SchakelReportBlock *paragraph = schakel_report_paragraph_new (SCHAKEL_REPORT_FONT_BODY, "A chart would be here.");

  if (note != NULL)
    schakel_report_block_add_footnote (paragraph, 0, 0, note);
  return paragraph;
}

/* A block whose footnote does not fit under it at the bottom of a page
 * goes to the next page with its note, where it would have stayed on the
 * page without one. */
static void
test_footnote_moves_with_block (void)
{
  const char *note = "A long note that takes several lines at the bottom of the page: it explains the norm the "
                     "figure is measured against, where that norm comes from, what it asks of the municipality "
                     "and of the school, and which minors it leaves out, so that it wraps over three lines.";
  gboolean moved = FALSE;

  for (guint rows = 20; rows < 40 && !moved; rows++)
    {
      g_autoptr(SchakelReport) with_note = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
      g_autoptr(SchakelReport) without = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);

      schakel_report_add (with_note, numbered_table (rows));
      schakel_report_add (with_note, noted_paragraph (note));
      schakel_report_paginate (with_note);
      schakel_report_add (without, numbered_table (rows));
      schakel_report_add (without, noted_paragraph (NULL));
      schakel_report_paginate (without);
      if (schakel_report_get_block_page (without, 1) != 0)
        break;
      assert_clear_of_footnotes (with_note);
      if (schakel_report_get_block_page (with_note, 1) == 0)
        {
          g_assert_true (page_has_footnote (with_note, 0, 1));
          continue;
        }
      /* The table still fits on the first page; the paragraph and its
       * note are on the second. */
      moved = TRUE;
      g_assert_cmpuint (schakel_report_get_n_pages (with_note), ==, 2);
      g_assert_cmpuint (schakel_report_get_block_page (with_note, 0), ==, 0);
      g_assert_cmpuint (schakel_report_get_page (with_note, 0)->placements->len, ==, 1);
      g_assert_false (page_has_footnote (with_note, 0, 1));
      g_assert_true (page_has_footnote (with_note, 1, 1));
    }
  g_assert_true (moved);
}

/* A note keeps its number wherever it is marked; the numbers follow the
 * order of the report. */
static void
test_footnote_numbers (void)
{
  g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
  SchakelReportBlock *heading = schakel_report_heading_new (1, "Later section");

  schakel_report_add (report, noted_paragraph ("First note."));
  schakel_report_add (report, noted_paragraph ("Second note."));
  heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
  schakel_report_add (report, heading);
  schakel_report_add (report, noted_paragraph ("Second note."));
  schakel_report_paginate (report);

  g_assert_cmpuint (schakel_report_get_n_pages (report), ==, 2);
  g_assert_cmpuint (schakel_report_get_page (report, 0)->footnotes->len, ==, 2);
  g_assert_cmpuint (schakel_report_get_page (report, 1)->footnotes->len, ==, 1);
  g_assert_cmpuint (g_array_index (schakel_report_get_page (report, 1)->footnotes, guint, 0), ==, 2);
  g_assert_cmpstr (schakel_report_get_footnote (report, 2), ==, "Second note.");
}

/* A block flagged ONLY_IF_ROOM is left out, with its notes, when it does
 * not fit under what is above it. */
static void
test_only_if_room (void)
{
  for (guint rows = 5; rows <= 34; rows += 29)
    {
      g_autoptr(SchakelReport) report = new_report (SCHAKEL_REPORT_MODE_PUBLICATION);
      SchakelReportBlock *charts = noted_paragraph ("A note on the charts.");
      SchakelReportBlock *heading = schakel_report_heading_new (1, "Next");

      schakel_report_add (report, numbered_table (rows));
      schakel_report_add (report, charts);
      charts->space_before = 200;
      charts->flags |= SCHAKEL_REPORT_BLOCK_ONLY_IF_ROOM;
      heading->flags |= SCHAKEL_REPORT_BLOCK_NEW_PAGE;
      schakel_report_add (report, heading);
      schakel_report_paginate (report);

      g_assert_cmpuint (schakel_report_get_n_pages (report), ==, 2);
      g_assert_cmpint (schakel_report_get_block_page (report, 1), ==, rows == 5 ? 0 : G_MAXUINT);
      g_assert_cmpint (page_has_footnote (report, 0, 1), ==, rows == 5);
      g_assert_cmpuint (schakel_report_get_page (report, 1)->footnotes->len, ==, 0);
    }
}

static void
test_period_resolve (void)
{
  SchakelDay today = schakel_day_from_ymd (2026, 5, 17);
  SchakelDay fixed = schakel_day_from_ymd (2025, 1, 2);

  g_assert_cmpint (schakel_report_period_resolve (SCHAKEL_REPORT_PERIOD_LAST_QUARTER, fixed, today), ==,
                   schakel_day_from_ymd (2026, 3, 31));
  g_assert_cmpint (schakel_report_period_resolve (SCHAKEL_REPORT_PERIOD_LAST_MONTH, fixed, today), ==,
                   schakel_day_from_ymd (2026, 4, 30));
  g_assert_cmpint (schakel_report_period_resolve (SCHAKEL_REPORT_PERIOD_LAST_QUARTER, fixed,
                                                  schakel_day_from_ymd (2026, 1, 1)), ==,
                   schakel_day_from_ymd (2025, 12, 31));
  g_assert_cmpint (schakel_report_period_resolve (SCHAKEL_REPORT_PERIOD_FIXED, fixed, today), ==, fixed);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/table-splits-with-header", test_table_splits_with_header);
  g_test_add_func ("/report/table-header-drawn-on-each-page", test_table_header_drawn_on_each_page);
  g_test_add_func ("/report/heading-keeps-with-next", test_heading_keeps_with_next);
  g_test_add_func ("/report/long-names-wrap", test_long_names_wrap);
  g_test_add_func ("/report/contents-pages", test_contents_pages);
  g_test_add_func ("/report/confidential-marking", test_confidential_marking);
  g_test_add_func ("/report/csv-of-every-table", test_csv_of_every_table);
  g_test_add_func ("/report/period-resolve", test_period_resolve);
  g_test_add_func ("/report/footnote-on-page-of-mark", test_footnote_on_page_of_mark);
  g_test_add_func ("/report/footnote-moves-with-block", test_footnote_moves_with_block);
  g_test_add_func ("/report/footnote-numbers", test_footnote_numbers);
  g_test_add_func ("/report/only-if-room", test_only_if_room);

  return g_test_run ();
}
