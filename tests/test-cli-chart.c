/* test-cli-chart.c — `schakel-cli chart`: every kind writes its file, PNG
 * of the size asked, SVG that parses, PDF whose text holds the title and
 * the scope; publication mode shows `<5`; bad arguments give one line.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include "schakel-core.h"
#include "schakel-test-util.h"

static const char *
demo_path (void)
{
  static char *path;

  if (path == NULL)
    {
      g_autoptr(SchakelDatabase) db = schakel_test_open_demo ("cli-chart.db", 900, 2, 8,
                                                              schakel_day_from_ymd (2026, 5, 1));

      path = g_strdup (schakel_database_get_path (db));
    }
  return path;
}

/* Runs `chart` under @language ("en" or "nl") for the period from @from
 * to 1 May 2026, with @extra arguments separated by spaces. */
static void
run_chart_in (SchakelCliResult *r,
              const char       *language,
              const char       *kind,
              const char       *scope,
              const char       *from,
              const char       *output,
              const char       *extra)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;

  g_strv_builder_add_many (builder, "chart", "--db", demo_path (), "--kind", kind, "--scope", scope,
                           "--from", from, "--to", "2026-05-01", "-o", output, NULL);
  if (extra != NULL)
    {
      g_auto(GStrv) more = g_strsplit (extra, " ", -1);

      g_strv_builder_addv (builder, (const char **) more);
    }
  args = g_strv_builder_end (builder);
  schakel_test_run_cliv (r, language, (const char * const *) args);
}

static void
run_chart (SchakelCliResult *r,
           const char       *kind,
           const char       *scope,
           const char       *output,
           const char       *extra)
{
  run_chart_in (r, "en", kind, scope, "2025-05-02", output, extra);
}

/* Width and height from the PNG's IHDR chunk. */
static void
png_size (const char *path,
          guint      *width,
          guint      *height)
{
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpmem (data + 12, 4, "IHDR", 4);
  *width = GUINT32_FROM_BE (*(guint32 *) (gpointer) (data + 16));
  *height = GUINT32_FROM_BE (*(guint32 *) (gpointer) (data + 20));
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
  return out;
}

static const char * const kinds[] = {
  "waitlist_open", "waitlist_wait", "waitlist_km", "moves_rate",
  "moves_per_minor", "moves_flow", "school_gap", "time_to_school_km",
};

static void
test_cli_chart_png (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *name = g_strdup_printf ("chart-%s.png", kinds[i]);
      g_autofree char *path = schakel_test_tmp_path (name);
      g_auto(SchakelCliResult) r = { 0 };
      guint width, height;

      run_chart (&r, kinds[i], "provincie:PV26", path, "--width 640 --height 420");
      if (r.status != 0)
        g_error ("%s: %s", kinds[i], r.err);
      g_assert_cmpstr (r.err, ==, "");
      png_size (path, &width, &height);
      g_assert_cmpuint (width, ==, 640);
      g_assert_cmpuint (height, ==, 420);
    }
}

static void
test_cli_chart_grouped (void)
{
  const char * const cases[][2] = {
    { "waitlist_open", "school_type" }, { "waitlist_open", "region" }, { "waitlist_km", "region" },
    { "moves_rate", "location_type" }, { "time_to_school_km", "region" }, { "school_gap", "location_type" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = schakel_test_tmp_path ("chart-grouped.png");
      g_autofree char *extra = g_strdup_printf ("--group-by %s", cases[i][1]);
      g_auto(SchakelCliResult) r = { 0 };
      guint width, height;

      run_chart (&r, cases[i][0], "nl", path, extra);
      if (r.status != 0)
        g_error ("%s by %s: %s", cases[i][0], cases[i][1], r.err);
      png_size (path, &width, &height);
      g_assert_cmpuint (width, ==, 1000);   /* the default size */
      g_assert_cmpuint (height, ==, 600);
    }
}

static void
test_cli_chart_svg (void)
{
  g_autofree char *path = schakel_test_tmp_path ("chart.svg");
  g_auto(SchakelCliResult) r = { 0 };
  const char *argv[] = { "python3", "-c",
                         "import sys, xml.etree.ElementTree as ET\n"
                         "root = ET.parse(sys.argv[1]).getroot()\n"
                         "assert root.tag == '{http://www.w3.org/2000/svg}svg', root.tag\n"
                         "assert root.get('width').startswith('700') and root.get('height').startswith('450')\n"
                         "assert len(list(root.iter())) > 50\n",
                         path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;

  run_chart (&r, "waitlist_km", "nl", path, "--width 700 --height 450");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &wait_status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("SVG check failed: %s", err);
}

/* The title states what, the subtitle scope and period. */
static void
test_cli_chart_pdf (void)
{
  g_autofree char *path = schakel_test_tmp_path ("chart.pdf");
  g_auto(SchakelCliResult) r = { 0 };
  g_autofree char *text = NULL;

  run_chart (&r, "moves_rate", "provincie:PV26", path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  text = pdf_text (path);
  g_assert_nonnull (strstr (text, "Moves per child-year, month by month"));
  g_assert_nonnull (strstr (text, "Utrecht, 2 May 2025 to 1 May 2026"));
}

/* Flows in Utrecht: a file is in publication mode unless switched off,
 * small counts then read `<5`; with --no-publication they are printed as
 * they are and the chart says it is confidential. */
static void
test_cli_chart_publication (void)
{
  g_autofree char *path = schakel_test_tmp_path ("chart-flows.pdf");
  g_autofree char *plain = NULL;
  g_autofree char *published = NULL;
  g_autofree char *asked = NULL;

  {
    g_auto(SchakelCliResult) r = { 0 };

    run_chart (&r, "moves_flow", "provincie:PV26", path, "--no-publication");
    g_assert_cmpint (r.status, ==, 0);
    plain = pdf_text (path);
  }
  {
    g_auto(SchakelCliResult) r = { 0 };

    run_chart (&r, "moves_flow", "provincie:PV26", path, NULL);
    g_assert_cmpint (r.status, ==, 0);
    published = pdf_text (path);
  }
  {
    g_auto(SchakelCliResult) r = { 0 };

    run_chart (&r, "moves_flow", "provincie:PV26", path, "--publication");
    g_assert_cmpint (r.status, ==, 0);
    asked = pdf_text (path);
  }
  g_assert_null (strstr (plain, "<5"));
  g_assert_nonnull (strstr (plain, "Confidential: publication mode is off"));
  g_assert_nonnull (strstr (published, "<5"));
  g_assert_null (strstr (published, "Confidential"));
  g_assert_cmpstr (asked, ==, published);
}

/* The chart in Dutch: title and period, month names, numbers with a
 * decimal comma and a thousands point. Cairo's SVG holds glyph outlines
 * (`<symbol id="glyph…">` drawn with `<use>`), not text, so the words are
 * read from the PDF of the same drawing. */
static void
test_cli_chart_dutch (void)
{
  g_autofree char *pdf = schakel_test_tmp_path ("chart-nl.pdf");
  g_autofree char *svg = schakel_test_tmp_path ("chart-nl.svg");
  g_autofree char *rate = NULL, *curve = NULL, *svg_data = NULL;
  g_autoptr(GRegex) thousands = g_regex_new ("\\b[1-9][0-9]{0,2}\\.[0-9]{3}\\b", 0, 0, NULL);
  locale_t dutch = newlocale (LC_ALL_MASK, "nl_NL.UTF-8", (locale_t) 0);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (dutch == (locale_t) 0)
    {
      g_test_skip ("no nl_NL.UTF-8 locale (build-aux/install-deps.sh makes it)");
      return;
    }
  freelocale (dutch);
  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext not installed");
      return;
    }

  {
    g_auto(SchakelCliResult) r = { 0 };

    run_chart_in (&r, "nl", "moves_rate", "gemeente:GM0307", "2025-05-02", pdf, "--no-publication");
    g_assert_cmpint (r.status, ==, 0);
    rate = pdf_text (pdf);
  }
  g_assert_nonnull (strstr (rate, "Verhuizingen per kindjaar, per maand"));
  g_assert_nonnull (strstr (rate, "Amersfoort, 2 mei 2025 tot en met 1 mei 2026"));
  g_assert_nonnull (strstr (rate, "mrt 2026"));
  g_assert_nonnull (strstr (rate, "0,5"));
  g_assert_null (strstr (rate, "Mar"));

  {
    g_auto(SchakelCliResult) r = { 0 };

    run_chart_in (&r, "nl", "time_to_school_km", "nl", "2024-05-02", pdf, NULL);
    g_assert_cmpint (r.status, ==, 0);
    curve = pdf_text (pdf);
  }
  g_assert_nonnull (strstr (curve, "Tijd tot school na plaatsing"));
  g_assert_nonnull (strstr (curve, "Dagen"));
  g_assert_nonnull (strstr (curve, "Aantal nog in beeld"));
  /* The number at risk at day 0 runs into the thousands. */
  g_assert_true (g_regex_match (thousands, curve, 0, NULL));

  {
    g_auto(SchakelCliResult) r = { 0 };

    run_chart_in (&r, "nl", "moves_rate", "gemeente:GM0307", "2025-05-02", svg, "--no-publication");
    g_assert_cmpint (r.status, ==, 0);
  }
  g_assert_true (g_file_get_contents (svg, &svg_data, NULL, NULL));
  g_assert_nonnull (strstr (svg_data, "<symbol overflow=\"visible\" id=\"glyph"));
  g_assert_null (strstr (svg_data, "<text"));
}

static void
test_cli_chart_errors (void)
{
  const struct
  {
    const char *kind;
    const char *scope;
    const char *output;
    const char *extra;
    const char *needle;
  } cases[] = {
    { "pie", "nl", "a.png", NULL, "Unknown chart “pie”" },
    { "waitlist_open", "nl", "a.jpg", NULL, "jpg" },
    { "waitlist_open", "wereld", "a.png", NULL, "wereld" },
    { "waitlist_open", "nl", "a.png", "--group-by province", "province" },
    { "moves_flow", "nl", "a.png", "--group-by region", "cannot be grouped by region" },
    { "waitlist_open", "nl", "a.png", "--group-by location_type", "cannot be grouped by location_type" },
    { "waitlist_open", "nl", "a.png", "--width 20", "--width" },
    { "waitlist_open", "gemeente:GM0307", "a.png", "--group-by region", "no regions" },
    { "waitlist_open", "nl", "a.png", "--publication --no-publication", "cannot be used together" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = schakel_test_tmp_path (cases[i].output);
      g_auto(SchakelCliResult) r = { 0 };

      run_chart (&r, cases[i].kind, cases[i].scope, path, cases[i].extra);
      schakel_test_assert_one_error_line (&r, cases[i].needle);
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
    }

  {
    g_auto(SchakelCliResult) r = { 0 };

    schakel_test_run_cli (&r, "en", "chart", "--db", demo_path (), "--kind", "waitlist_open", "--scope", "nl",
                          "--from", "2026-05-01", "--to", "2025-05-01", "-o", "x.png", NULL);
    schakel_test_assert_one_error_line (&r, "--to is before --from");
  }
  {
    g_auto(SchakelCliResult) r = { 0 };

    schakel_test_run_cli (&r, "en", "chart", "--db", demo_path (), "--kind", "waitlist_open", "--scope", "nl",
                          "--from", "2026-02-30", "--to", "2026-05-01", "-o", "x.png", NULL);
    schakel_test_assert_one_error_line (&r, "--from: “2026-02-30”");
  }
  {
    g_auto(SchakelCliResult) r = { 0 };

    schakel_test_run_cli (&r, "en", "chart", "--db", demo_path (), "--scope", "nl", "--from", "2025-05-01",
                          "--to", "2026-05-01", "-o", "x.png", NULL);
    schakel_test_assert_one_error_line (&r, "--kind is required");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli-chart/png", test_cli_chart_png);
  g_test_add_func ("/cli-chart/grouped", test_cli_chart_grouped);
  g_test_add_func ("/cli-chart/svg", test_cli_chart_svg);
  g_test_add_func ("/cli-chart/pdf", test_cli_chart_pdf);
  g_test_add_func ("/cli-chart/publication", test_cli_chart_publication);
  g_test_add_func ("/cli-chart/dutch", test_cli_chart_dutch);
  g_test_add_func ("/cli-chart/errors", test_cli_chart_errors);

  return g_test_run ();
}
