/* test-cli-report.c — `schakel-cli report`: both templates in Dutch and
 * English read back with pdftotext; long tables repeat their header;
 * small numbers show as <5; the figures equal `schakel-cli metrics`; no
 * minor's id reaches an aggregate report; confidential reports say so on
 * every page; every footnote is on the page of its mark; the region pages
 * of the national overview have their charts.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "schakel-core.h"
#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

#define DATE "2026-03-31"

static const char *
demo_path (void)
{
  static char *path;

  if (path == NULL)
    {
      g_autoptr(SchakelDatabase) db = schakel_test_open_demo ("cli-report.db", 2500, 3, 11, schakel_day_from_ymd (2026, 5, 1));

      path = g_strdup (schakel_database_get_path (db));
    }
  return path;
}

/* Writes the report; returns its text, pages separated by form feeds. */
static char *
make_report (const char *template_,
             const char *scope,
             const char *lang,
             gboolean    publication,
             const char *pdf)
{
  g_auto(SchakelCliResult) result = { 0 };
  const char *pdftotext[] = { "pdftotext", "-layout", pdf, "-", NULL };
  const char *args[] = { "report", "--db", demo_path (), "--template", template_, "--scope", scope,
                         "--date", DATE, "-o", pdf, "--lang", lang,
                         publication ? NULL : "--no-publication", NULL };

  /* The interface runs in the other language: --lang alone decides. */
  schakel_test_run_cliv (&result, g_str_equal (lang, "nl") ? "en" : "nl", args);
  if (result.status != 0)
    g_error ("schakel-cli report failed: %s", result.err);
  g_assert_cmpstr (result.out, ==, "");
  return schakel_test_spawn_out (pdftotext);
}

static guint
pdf_pages (const char *pdf)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *info = schakel_test_spawn_out (argv);
  const char *pages = strstr (info, "\nPages:");

  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The page count: pdfinfo, the form feeds of pdftotext and "of N" in
 * every footer agree. */
static GStrv
check_pages (const char *text,
             const char *pdf,
             const char *page_word,
             const char *of_word)
{
  guint n = pdf_pages (pdf);
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  g_assert_cmpuint (g_strv_length (pages), ==, n + 1);  /* the text ends in a form feed */
  for (guint p = 0; p < n; p++)
    {
      g_autofree char *footer = g_strdup_printf ("%s %u %s %u", page_word, p + 1, of_word, n);

      if (strstr (pages[p], footer) == NULL)
        g_error ("page %u has no “%s”", p + 1, footer);
    }
  return g_steal_pointer (&pages);
}

/* The numbers of the superscript marks in @text (“Norm compliance¹,²³”
 * holds 1 and 23), as a set of bits. */
static guint64
superscript_marks (const char *text)
{
  guint64 marks = 0;
  guint number = 0;
  gboolean in_mark = FALSE;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int digit = c == 0x00B9 ? 1 : c == 0x00B2 ? 2 : c == 0x00B3 ? 3
                  : c == 0x2070 ? 0 : c >= 0x2074 && c <= 0x2079 ? (int) (c - 0x2070) : -1;

      if (digit >= 0)
        {
          number = number * 10 + digit;
          in_mark = TRUE;
          continue;
        }
      if (in_mark)
        {
          g_assert_cmpuint (number, >=, 1);
          g_assert_cmpuint (number, <, 64);
          marks |= G_GUINT64_CONSTANT (1) << number;
        }
      number = 0;
      in_mark = FALSE;
      if (c == 0)
        return marks;
    }
}

/* The publication rules' footnote, in either language. */
#define HIDDEN_NOTE "(Publication mode: counts of 1 to 4 are shown as <5|Publicatiemodus: aantallen van 1 tot en met 4)"

/* Every footnote of every page is there because of a mark on that page,
 * and every mark on a page has its note at the bottom of it. Returns how
 * many pages print the note on the publication rules. */
static guint
check_footnotes (const char *pdf)
{
  g_autoptr(GRegex) note = g_regex_new ("^ *([0-9]+) +(Norm [A-Z0-9]+: |" HIDDEN_NOTE ")", G_REGEX_MULTILINE, 0,
                                        NULL);
  guint n = pdf_pages (pdf), with_hidden = 0;

  for (guint p = 0; p < n; p++)
    {
      g_autofree char *text = schakel_test_pdf_page_text (pdf, p);
      g_autoptr(GMatchInfo) match = NULL;
      guint64 notes = 0, marks = superscript_marks (text);
      gboolean hidden = FALSE;

      for (g_regex_match (note, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
        {
          g_autofree char *number = g_match_info_fetch (match, 1);
          g_autofree char *what = g_match_info_fetch (match, 2);
          guint64 bit = G_GUINT64_CONSTANT (1) << g_ascii_strtoull (number, NULL, 10);

          g_assert_false (notes & bit);  /* each note once */
          notes |= bit;
          hidden |= !g_str_has_prefix (what, "Norm ");
        }
      if (notes != marks)
        g_error ("page %u: footnotes %#" G_GINT64_MODIFIER "x, marks %#" G_GINT64_MODIFIER "x", p + 1, notes, marks);
      /* Where publication mode hid something, the page says by which rules. */
      if (strstr (text, "<5") != NULL && !hidden)
        g_error ("page %u shows <5 without the footnote on the publication rules", p + 1);
      with_hidden += hidden;
    }
  return with_hidden;
}

/* The charts of the past year share one page: each with its title, its
 * axis labels and its caption below it. */
static void
check_charts (char     **pages,
              gboolean   dutch)
{
  static const char * const english[] = {
    "Moves per child-year, month by month", "Moves per child-year: the moves of minors",
    "Open wait-list entries at the end of each month", "Open wait-list entries: minors waiting",
    "Time to school after placement (Kaplan–Meier)", "Time to school (Kaplan–Meier): the share",
    "Number at risk", "Days", "Norm", NULL,
  };
  guint with_charts = 0;

  for (guint p = 0; pages[p] != NULL; p++)
    {
      /* The Kaplan–Meier chart's top tick stands on a line of its own. */
      if (!g_regex_match_simple ("^ +100 ?%$", pages[p], G_REGEX_MULTILINE, 0))
        continue;
      with_charts++;
      /* Month ticks on the time axes: the year before the peildatum. */
      g_assert_true (g_regex_match_simple (dutch ? "(jan|mrt|mei|jul|sep|nov)\\S* 20[0-9][0-9]"
                                                 : "(Jan|Mar|May|Jul|Sep|Nov) 20[0-9][0-9]",
                                           pages[p], 0, 0));
      for (guint i = 0; !dutch && english[i] != NULL; i++)
        if (strstr (pages[p], english[i]) == NULL)
          g_error ("the page of charts has no “%s”", english[i]);
    }
  g_assert_cmpuint (with_charts, ==, 1);
}

static void
check_regio (const char *lang)
{
  gboolean dutch = g_str_equal (lang, "nl");
  g_autofree char *pdf = schakel_test_tmp_path ("regio.pdf");
  g_autofree char *text = make_report ("regio", "provincie:PV25", lang, TRUE, pdf);
  g_auto(GStrv) pages = NULL;
  guint with_header = 0;

  /* Page and Pagina: only the first is new in this version, so the
   * Dutch run accepts what the catalogue has. */
  pages = check_pages (text, pdf, strstr (text, "Pagina 1 ") != NULL ? "Pagina" : "Page",
                       strstr (text, "Pagina 1 ") != NULL ? "van" : "of");
  g_assert_cmpuint (g_strv_length (pages) - 1, >=, 5);

  /* Gelderland has 51 municipalities: the table runs over two pages and
   * the header row comes back on the second. */
  for (guint p = 0; pages[p] != NULL; p++)
    if (strstr (pages[p], "Apeldoorn") != NULL || strstr (pages[p], "Zutphen") != NULL)
      {
        g_assert_true (g_regex_match_simple ("\\n +(Municipality|Gemeente) +(Present|Aanwezig)", pages[p], 0, 0));
        with_header++;
      }
  g_assert_cmpuint (with_header, ==, 2);

  /* The language: metric labels from the catalogue, the month names. */
  g_assert_cmpint (strstr (text, "Aanwezig") != NULL, ==, dutch);
  g_assert_cmpint (strstr (text, "In onderwijs") != NULL, ==, dutch);
  g_assert_cmpint (strstr (text, "maart 2026") != NULL, ==, dutch);
  /* The seeded norms' sources in the report's language. */
  g_assert_cmpint (strstr (text, "EU-richtlijn 2013/33") != NULL, ==, dutch);
  g_assert_cmpint (strstr (text, "EU directive 2013/33") != NULL, ==, !dutch);
  g_assert_cmpint (strstr (text, "March 2026") != NULL, ==, !dutch);
  /* Publication mode hides small counts, and says how in footnotes;
   * the norms are footnotes where a figure is measured against them. */
  g_assert_nonnull (strstr (text, "<5"));
  g_assert_cmpuint (check_footnotes (pdf), >=, 3);
  g_assert_true (g_regex_match_simple ("^ *[0-9]+ +Norm RCD2013: ", text, G_REGEX_MULTILINE, 0));
  g_assert_true (g_regex_match_simple ("^ *[0-9]+ +Norm COA3M: ", text, G_REGEX_MULTILINE, 0));

  check_charts (pages, dutch);
}

static void
test_cli_report_regio_en (void)
{
  check_regio ("en");
}

static void
test_cli_report_regio_nl (void)
{
  check_regio ("nl");
}

/* The page after a region's table in the national overview has the three
 * charts of its past year: their titles, the months on their axes, the
 * table of numbers at risk, and the blue of their lines. */
static void
check_region_charts (const char *pdf,
                     guint       page,
                     const char *text,
                     gboolean    dutch)
{
  static const char * const labels[2][3] = {
    { "Moves per child-year", "wait-list", "Number at risk" },
    { "Verhuizingen per kindjaar", "wachtlijst", "Aantal nog in beeld" },
  };
  g_autofree char *number = g_strdup_printf ("%u", page + 1);
  const char *argv[] = { "pdftoppm", "-f", number, "-l", number, "-r", "30", pdf, NULL };
  g_autofree char *ppm = schakel_test_spawn_out (argv);
  const guchar *pixels;
  char *end;
  guint width, height, blue = 0;

  for (guint i = 0; i < G_N_ELEMENTS (labels[0]); i++)
    if (strstr (text, labels[dutch][i]) == NULL)
      g_error ("page %u has no “%s”", page + 1, labels[dutch][i]);
  g_assert_nonnull (strstr (text, dutch ? "jul 2025" : "Jul 2025"));
  g_assert_nonnull (strstr (text, dutch ? "jan 2026" : "Jan 2026"));

  g_assert_true (g_str_has_prefix (ppm, "P6\n"));
  width = (guint) g_ascii_strtoull (ppm + 3, &end, 10);
  height = (guint) g_ascii_strtoull (end, &end, 10);
  g_assert_true (g_str_has_prefix (end, "\n255\n"));
  g_assert_cmpuint (width, >, 100);
  pixels = (const guchar *) end + 5;
  for (guint y = height / 8; y < height; y++)
    for (guint x = 0; x < width; x++)
      {
        const guchar *px = pixels + 3 * (y * width + x);

        if (px[2] > 140 && px[0] < 100)
          blue++;
      }
  g_assert_cmpuint (blue, >, 20);
}

static void
check_landelijk (const char *lang)
{
  gboolean dutch = g_str_equal (lang, "nl");
  g_autofree char *pdf = schakel_test_tmp_path ("landelijk.pdf");
  g_autofree char *text = make_report ("landelijk", "nl", lang, TRUE, pdf);
  g_autoptr(SchakelDatabase) db = schakel_database_open (demo_path (), SCHAKEL_DATABASE_READ_ONLY, NULL);
  g_autoptr(SchakelScope) country = schakel_scope_new (SCHAKEL_SCOPE_NATIONAL, NULL, NULL);
  g_autoptr(GPtrArray) regions = schakel_scope_list_children (country, db, NULL);
  g_auto(GStrv) pages = NULL;
  gboolean catalogue = strstr (text, "Pagina 1 ") != NULL;

  pages = check_pages (text, pdf, catalogue ? "Pagina" : "Page", catalogue ? "van" : "of");
  g_assert_cmpuint (regions->len, ==, 12);
  /* Cover, the regions side by side, two pages per region, definitions,
   * notes. */
  g_assert_cmpuint (g_strv_length (pages) - 1, >=, 2 + 2 * regions->len + 1);

  /* Each region opens a page of its own, its name as the heading under
   * the running header. */
  for (guint r = 0; r < regions->len; r++)
    {
      g_autofree char *name = schakel_scope_dup_name (g_ptr_array_index (regions, r), db);
      g_autofree char *escaped = g_regex_escape_string (name, -1);
      g_autofree char *pattern = g_strdup_printf ("^[^\\n]*\\n+%s\\n", escaped);
      guint found = 0;

      for (guint p = 0; pages[p] != NULL; p++)
        if (g_regex_match_simple (pattern, pages[p], 0, 0))
          {
            g_assert_nonnull (pages[p + 1]);
            check_region_charts (pdf, p + 1, pages[p + 1], dutch);
            found++;
          }
      if (found != 1)
        g_error ("%s heads %u pages", name, found);
      /* In the contents, the side-by-side table and its own page. */
      g_assert_cmpuint (count (text, name), >=, 3);
    }
  g_assert_cmpint (strstr (text, "Aanwezig") != NULL, ==, dutch);
  g_assert_cmpint (strstr (text, "maart 2026") != NULL, ==, dutch);
  /* The side-by-side table and the region pages hide small numbers. */
  g_assert_cmpuint (check_footnotes (pdf), >=, 2);
}

static void
test_cli_report_landelijk_en (void)
{
  check_landelijk ("en");
}

static void
test_cli_report_landelijk_nl (void)
{
  check_landelijk ("nl");
}

/* Every number of the regional briefing is what `schakel-cli metrics
 * --publication` gives (tests/check-report-figures.py parses both). */
static void
test_cli_report_figures_equal_metrics (void)
{
  g_autofree char *pdf = schakel_test_tmp_path ("figures.pdf");
  g_autofree char *text = make_report ("regio", "provincie:PV25", "en", TRUE, pdf);
  g_autofree char *text_path = schakel_test_tmp_path ("figures.txt");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-report-figures.py", NULL);
  const char *argv[] = { "python3", script, "--cli", g_getenv ("SCHAKEL_CLI"), "--db", demo_path (),
                         "--scope", "provincie:PV25", "--date", DATE, "--text", text_path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_file_set_contents (text_path, text, -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("the report's figures differ from schakel-cli metrics:\n%s", err);
}

/* Aggregate reports hold no minor's id or birth date, and the PDF's
 * metadata no file path. */
static void
test_cli_report_no_personal_data (void)
{
  const char *templates[][2] = { { "regio", "provincie:PV26" }, { "landelijk", "nl" } };
  g_autoptr(SchakelDatabase) db = schakel_database_open (demo_path (), SCHAKEL_DATABASE_READ_ONLY, NULL);
  sqlite3 *handle = schakel_database_get_handle (db);

  for (guint t = 0; t < G_N_ELEMENTS (templates); t++)
    for (guint mode = 0; mode < 2; mode++)
      {
        g_autofree char *pdf = schakel_test_tmp_path ("private.pdf");
        g_autofree char *text = make_report (templates[t][0], templates[t][1], "en", mode == 0, pdf);
        g_autofree char *bytes = NULL;
        g_autofree char *folder = g_path_get_dirname (pdf);
        sqlite3_stmt *stmt = NULL;
        gsize length;
        guint n_ids = 0;

        g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT jongere_id, birth_date FROM minor", -1, &stmt, NULL),
                         ==, SQLITE_OK);
        while (sqlite3_step (stmt) == SQLITE_ROW)
          {
            const char *id = (const char *) sqlite3_column_text (stmt, 0);
            const char *birth = (const char *) sqlite3_column_text (stmt, 1);

            if (strstr (text, id) != NULL)
              g_error ("a jongere_id is in the %s report", templates[t][0]);
            if (birth != NULL && strstr (text, birth) != NULL)
              g_error ("a birth date is in the %s report", templates[t][0]);
            n_ids++;
          }
        sqlite3_finalize (stmt);
        g_assert_cmpuint (n_ids, ==, 2500);

        g_assert_true (g_file_get_contents (pdf, &bytes, &length, NULL));
        g_assert_null (g_strstr_len (bytes, length, folder));
        {
          const char *argv[] = { "pdfinfo", pdf, NULL };
          g_autofree char *info = schakel_test_spawn_out (argv);

          g_assert_true (g_regex_match_simple ("^Creator: +Schakel$", info, G_REGEX_MULTILINE, 0));
          g_assert_true (g_regex_match_simple ("^Title: +(Regional briefing|National overview)$", info,
                                               G_REGEX_MULTILINE, 0));
          g_assert_false (g_regex_match_simple ("^(Author|Subject|Keywords):", info, G_REGEX_MULTILINE, 0));
          g_assert_null (strstr (info, folder));
        }
      }
}

/* Without publication mode every page says the report is confidential,
 * and the small numbers are there. */
static void
test_cli_report_confidential (void)
{
  g_autofree char *pdf = schakel_test_tmp_path ("confidential.pdf");
  g_autofree char *text = make_report ("regio", "provincie:PV25", "en", FALSE, pdf);
  g_auto(GStrv) pages = check_pages (text, pdf, "Page", "of");
  guint n = g_strv_length (pages) - 1;

  for (guint p = 0; p < n; p++)
    g_assert_nonnull (strstr (pages[p], "Confidential — not published"));
  g_assert_null (strstr (text, "<5"));
  g_assert_null (strstr (text, "Publication mode: small numbers are hidden"));
  /* Nothing hidden, so no footnote on the rules that hide; the norms
   * still have theirs. */
  g_assert_cmpuint (check_footnotes (pdf), ==, 0);
  g_assert_true (g_regex_match_simple ("^ *[0-9]+ +Norm RCD2013: ", text, G_REGEX_MULTILINE, 0));
}

/* The Dossieroverzicht of one minor: the dossier's pages, each marked
 * confidential, and an audit entry for every file written. */
#define DOSSIER_MINOR "SYN-0000001"

static gint64
count_dossier_entries (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) db = schakel_database_open (demo_path (), SCHAKEL_DATABASE_READ_ONLY, &error);

  g_assert_no_error (error);
  return schakel_test_query_int (db, "SELECT count (*) FROM audit_log WHERE action = 'report.dossier'"
                                     " AND subject_kind = 'minor' AND subject_id = '" DOSSIER_MINOR "'"
                                     " AND detail NOT LIKE '%/%'");
}

static void
check_dossier (const char *lang)
{
  gboolean dutch = g_str_equal (lang, "nl");
  g_autofree char *pdf = schakel_test_tmp_path ("dossier.pdf");
  g_auto(SchakelCliResult) result = { 0 };
  const char *pdftotext[] = { "pdftotext", "-layout", pdf, "-", NULL };
  const char *args[] = { "report", "--db", demo_path (), "--template", "dossier", "--minor", DOSSIER_MINOR,
                         "-o", pdf, "--lang", lang, NULL };
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  gint64 before = count_dossier_entries ();
  guint n;

  schakel_test_run_cliv (&result, dutch ? "en" : "nl", args);
  if (result.status != 0)
    g_error ("schakel-cli report --template dossier failed: %s", result.err);
  g_assert_cmpint (count_dossier_entries (), ==, before + 1);

  text = schakel_test_spawn_out (pdftotext);
  pages = g_strsplit (text, "\f", -1);
  n = pdf_pages (pdf);
  g_assert_cmpuint (n, >=, 2);  /* the timeline, then its records */
  g_assert_cmpuint (g_strv_length (pages), ==, n + 1);
  g_assert_nonnull (strstr (pages[0], DOSSIER_MINOR));
  for (guint p = 0; p < n; p++)
    {
      /* The Dutch marking once the catalogue has it (the integrator
       * merges the translations); never the Dutch one in English. */
      gboolean marked = strstr (pages[p], "Confidential") != NULL
                        || (dutch && strstr (pages[p], "Vertrouwelijk") != NULL);

      if (!marked)
        g_error ("page %u of the dossier is not marked confidential", p + 1);
      g_assert_true (dutch || strstr (pages[p], "Vertrouwelijk") == NULL);
      /* Never in publication mode. */
      g_assert_null (strstr (pages[p], "Publication mode"));
    }
}

static void
test_cli_report_dossier_en (void)
{
  check_dossier ("en");
}

static void
test_cli_report_dossier_nl (void)
{
  check_dossier ("nl");
}

/* While the app holds the database for writing, the audit entry cannot be
 * written: no file, no entry, and an error that says why. */
static void
test_cli_report_dossier_refused (void)
{
  g_autofree char *pdf = schakel_test_tmp_path ("dossier-refused.pdf");
  g_auto(SchakelCliResult) r = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(SchakelDatabase) writer = NULL;
  gint64 before = count_dossier_entries ();

  writer = schakel_database_open (demo_path (), SCHAKEL_DATABASE_READ_WRITE, &error);
  g_assert_no_error (error);
  schakel_test_run_cli (&r, "en", "report", "--db", demo_path (), "--template", "dossier",
                        "--minor", DOSSIER_MINOR, "-o", pdf, NULL);
  g_assert_cmpint (r.status, !=, 0);
  schakel_test_assert_one_error_line (&r, "audit log cannot be written");
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_object (&writer);
  g_assert_cmpint (count_dossier_entries (), ==, before);
}

static void
test_cli_report_errors (void)
{
  g_autofree char *pdf = schakel_test_tmp_path ("error.pdf");
  struct
  {
    const char *args[14];
    const char *needle;
  } cases[] = {
    { { "report", "--db", demo_path (), "--template", "dossier", "--scope", "nl", "--date", DATE, "-o", pdf },
      "--template" },
    { { "report", "--db", demo_path (), "--template", "regio", "--scope", "nl", "--date", DATE, "-o", pdf },
      "national overview" },
    { { "report", "--db", demo_path (), "--template", "landelijk", "--scope", "provincie:PV26", "--date", DATE,
        "-o", pdf }, "nl" },
    { { "report", "--db", demo_path (), "--template", "regio", "--scope", "provincie:PV26", "--date", "2026-02-31",
        "-o", pdf }, "--date" },
    { { "report", "--db", demo_path (), "--template", "regio", "--scope", "provincie:PV26", "--date", DATE,
        "-o", "/tmp/x.txt" }, ".pdf" },
    { { "report", "--db", demo_path (), "--template", "regio", "--scope", "provincie:PV26", "--date", DATE,
        "-o", pdf, "--lang", "fr" }, "--lang" },
    { { "report", "--db", demo_path (), "--template", "regio", "--scope", "gemeente:GM9999", "--date", DATE,
        "-o", pdf }, "GM9999" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(SchakelCliResult) result = { 0 };

      schakel_test_run_cliv (&result, "en", cases[i].args);
      schakel_test_assert_one_error_line (&result, cases[i].needle);
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/report/regio-en", test_cli_report_regio_en);
  g_test_add_func ("/cli/report/regio-nl", test_cli_report_regio_nl);
  g_test_add_func ("/cli/report/landelijk-en", test_cli_report_landelijk_en);
  g_test_add_func ("/cli/report/landelijk-nl", test_cli_report_landelijk_nl);
  g_test_add_func ("/cli/report/figures-equal-metrics", test_cli_report_figures_equal_metrics);
  g_test_add_func ("/cli/report/no-personal-data", test_cli_report_no_personal_data);
  g_test_add_func ("/cli/report/confidential", test_cli_report_confidential);
  g_test_add_func ("/cli/report/errors", test_cli_report_errors);
  g_test_add_func ("/cli/report/dossier-en", test_cli_report_dossier_en);
  g_test_add_func ("/cli/report/dossier-nl", test_cli_report_dossier_nl);
  g_test_add_func ("/cli/report/dossier-refused", test_cli_report_dossier_refused);

  return g_test_run ();
}
