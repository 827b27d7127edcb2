/* test-cli-metrics.c — `schakel-cli metrics`: JSON that python3 reads, CSV,
 * text, the Kaplan–Meier input and the errors.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "schakel-core.h"
#include "schakel-sqlite-private.h"
#include "schakel-test-util.h"

static void
python_check (const char *program,
              const char *path)
{
  const char *argv[] = { "python3", "-c", program, path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int wait_status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, &err, &wait_status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (wait_status, NULL))
    g_error ("python3 check failed: %s", err);
}

static const char *
demo_path (void)
{
  static char *path;

  if (path == NULL)
    {
      g_autoptr(SchakelDatabase) db = schakel_test_open_new ("cli-metrics.db");
      g_autoptr(GError) error = NULL;
      SchakelDemoOptions options;

      schakel_demo_options_init (&options);
      options.n_minors = 800;
      options.n_years = 2;
      options.seed = 5;
      options.until = schakel_day_from_ymd (2026, 5, 1);
      g_assert_true (schakel_demo_generate (db, &options, NULL, NULL, NULL, &error));
      g_assert_no_error (error);
      path = g_strdup (schakel_database_get_path (db));
    }
  return path;
}

/* The JSON writer's strings survive python3's json module: quotes,
 * backslashes, control characters, non-ASCII, U+2028. */
static void
test_cli_metrics_json_strings (void)
{
  const char *text = "a \"quoted\" \\ back\nnew\ttab \x01 \x1f del\x7f é ĳ — \xe2\x80\xa8 end";
  g_autofree char *json_path = schakel_test_tmp_path ("strings.json");
  g_autofree char *raw_path = schakel_test_tmp_path ("strings.txt");
  g_autoptr(GString) json = g_string_new ("[");

  schakel_json_append_string (json, text);
  g_string_append (json, ",");
  schakel_json_append_number (json, 0.1);
  g_string_append (json, ",");
  schakel_json_append_number (json, NAN);
  g_string_append (json, ",");
  schakel_json_append_number (json, 1.0 / 3.0);
  g_string_append (json, "]");
  g_assert_null (strchr (json->str, '\n'));
  g_assert_true (g_file_set_contents (json_path, json->str, -1, NULL));
  g_assert_true (g_file_set_contents (raw_path, text, -1, NULL));
  python_check ("import json, sys\n"
                "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                "raw = open(sys.argv[1][:-4] + 'txt', encoding='utf-8', newline='').read()\n"
                "assert d[0] == raw, (d[0], raw)\n"
                "assert d[1] == 0.1 and d[2] is None and d[3] == 1/3\n",
                json_path);
}

static void
test_cli_metrics_json (void)
{
  const char * const args[] = { "metrics", "--db", demo_path (), "--scope", "nl", "--date", "2026-05-01",
                                "--format", "json", NULL };
  g_autofree char *path = schakel_test_tmp_path ("metrics.json");
  g_auto(SchakelCliResult) r = { 0 };

  schakel_test_run_cliv (&r, "en", args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.err, ==, "");
  g_assert_true (g_file_set_contents (path, r.out, -1, NULL));
  python_check ("import json, sys\n"
                "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                "assert d['scope'] == 'nl' and d['date'] == '2026-05-01' and d['publication'] is False\n"
                "ids = [m['id'] for m in d['metrics']]\n"
                "assert len(ids) == len(set(ids)) > 22 and ids[0] == 'present', ids\n"
                "assert 'escalation_timeliness' in ids and 'completeness' in ids, ids\n"
                "for m in d['metrics']:\n"
                "    for k in ('id', 'label', 'value', 'n', 'suppressed', 'norm', 'definition'):\n"
                "        assert k in m, (m['id'], k)\n"
                "km = {m['id']: m for m in d['metrics'] if 'curve' in m}\n"
                "assert set(km) == {'time_to_school', 'waitlist_wait', 'school_gap_median'}, km.keys()\n"
                "t = km['time_to_school']\n"
                "assert t['median'] == t['value'] and t['median_lower'] <= t['median'] <= t['median_upper']\n"
                "assert t['curve'][0]['n_risk'] == t['n']\n"
                "assert all(0 <= s['surv'] <= 1 for s in t['curve'])\n"
                "p = {m['id']: m for m in d['metrics']}\n"
                "assert p['present']['value'] == p['present']['n'] > 100\n"
                "assert p['norm_compliance']['norm'] == 'RCD2013'\n",
                path);
}

/* A municipality of middling size on the date, so that some figures are
 * hidden and some are not. */
static char *
middling_scope (void)
{
  g_autoptr(SchakelDatabase) db = schakel_database_open (demo_path (), SCHAKEL_DATABASE_READ_ONLY, NULL);
  g_autofree char *code = NULL;

  code = schakel_sqlite_query_text (schakel_database_get_handle (db),
                                    "SELECT l.municipality_code FROM placement p JOIN location l ON l.id = p.location_id"
                                    " WHERE p.start_date <= '2026-05-01' AND coalesce (p.end_date, '2026-05-01') >= '2026-05-01'"
                                    " GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1 OFFSET 8", NULL);
  g_assert_nonnull (code);
  return g_strconcat ("gemeente:", code, NULL);
}

static void
test_cli_metrics_publication (void)
{
  g_autofree char *scope = middling_scope ();
  const char * const args[] = { "metrics", "--db", demo_path (), "--scope", scope,
                                "--date", "2026-05-01", "--format", "json", "--publication", NULL };
  g_autofree char *path = schakel_test_tmp_path ("metrics-pub.json");
  g_auto(SchakelCliResult) r = { 0 };

  schakel_test_run_cliv (&r, "en", args);
  g_test_message ("%s", r.out);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_set_contents (path, r.out, -1, NULL));
  /* No count from 1 to 4 anywhere in the output. */
  python_check ("import json, sys\n"
                "d = json.load(open(sys.argv[1], encoding='utf-8'))\n"
                "assert d['publication'] is True and 'rules' in d\n"
                "def counts(m):\n"
                "    yield m['n']\n"
                "    yield m['numerator']\n"
                "    if m['unit'] == 'count':\n"
                "        yield m['value']\n"
                "    for p in m.get('parts', []):\n"
                "        yield p['count']\n"
                "    for s in m.get('curve', []):\n"
                "        yield s['n_risk']; yield s['n_event']; yield s['n_censor']\n"
                "        assert s['n_risk'] >= 10\n"
                "for m in d['metrics']:\n"
                "    for c in counts(m):\n"
                "        assert c is None or not (1 <= c <= 4), (m['id'], c)\n"
                "    if m['suppressed']:\n"
                "        assert m['value'] is None\n",
                path);
}

static void
test_cli_metrics_csv_text (void)
{
  const char * const csv_args[] = { "metrics", "--db", demo_path (), "--scope", "provincie:PV26",
                                     "--date", "2026-05-01", "--format", "csv", NULL };
  const char * const text_args[] = { "metrics", "--db", demo_path (), "--scope", "provincie:PV26",
                                     "--date", "2026-05-01", "--metric", "present", "--metric", "time_to_school",
                                     NULL };
  g_auto(SchakelCliResult) csv = { 0 };
  g_auto(SchakelCliResult) text = { 0 };
  g_auto(GStrv) lines = NULL;
  guint n_metrics;

  schakel_test_run_cliv (&csv, "en", csv_args);
  g_assert_cmpint (csv.status, ==, 0);
  lines = g_strsplit (csv.out, "\n", -1);
  schakel_metric_info_list (&n_metrics);
  g_assert_cmpuint (g_strv_length (lines), ==, n_metrics + 2); /* header, a row each, empty after the last newline */
  g_assert_cmpstr (lines[0], ==, "id,label,unit,value,n,suppressed,norm,median,median_lower,median_upper,p90");
  g_assert_true (g_str_has_prefix (lines[1], "present,Present,count,"));

  schakel_test_run_cliv (&text, "en", text_args);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Utrecht (provincie:PV26), 2026-05-01"));
  g_assert_nonnull (strstr (text.out, "Present:"));
  g_assert_nonnull (strstr (text.out, "[COA3M]"));
  g_assert_null (strstr (text.out, "In education"));
}

static void
test_cli_metrics_km_input (void)
{
  const char * const args[] = { "metrics", "--db", demo_path (), "--scope", "nl", "--date", "2026-05-01",
                                "--km-input", "waitlist_wait", NULL };
  const char * const json_args[] = { "metrics", "--db", demo_path (), "--scope", "nl", "--date", "2026-05-01",
                                     "--metric", "waitlist_wait", "--format", "csv", NULL };
  g_auto(SchakelCliResult) r = { 0 };
  g_auto(SchakelCliResult) summary = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;
  guint n_obs;

  schakel_test_run_cliv (&r, "en", args);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "time,event\n"));
  lines = g_strsplit (r.out, "\n", -1);
  n_obs = g_strv_length (lines) - 2;
  g_assert_cmpuint (n_obs, >, 10);

  schakel_test_run_cliv (&summary, "en", json_args);
  g_assert_cmpint (summary.status, ==, 0);
  fields = g_strsplit (strchr (summary.out, '\n') + 1, ",", -1);
  g_assert_cmpint (g_ascii_strtoll (fields[4], NULL, 10), ==, n_obs);
}

static void
assert_error_line (const char * const *args,
                   const char         *needle)
{
  g_auto(SchakelCliResult) r = { 0 };

  schakel_test_run_cliv (&r, "en", args);
  schakel_test_assert_one_error_line (&r, needle);
  g_assert_cmpstr (r.out, ==, "");
}

static void
test_cli_metrics_errors (void)
{
  const char *db = demo_path ();
  const char * const bad_scope[] = { "metrics", "--db", db, "--scope", "gemeente:0307", "--date", "2026-05-01", NULL };
  const char * const missing_scope[] = { "metrics", "--db", db, "--scope", "gemeente:GM9999", "--date", "2026-05-01", NULL };
  const char * const bad_date[] = { "metrics", "--db", db, "--scope", "nl", "--date", "2026-02-30", NULL };
  const char * const no_date[] = { "metrics", "--db", db, "--scope", "nl", NULL };
  const char * const unknown[] = { "metrics", "--db", db, "--scope", "nl", "--date", "2026-05-01", "--metric", "frobnicate", NULL };
  const char * const not_km[] = { "metrics", "--db", db, "--scope", "nl", "--date", "2026-05-01", "--km-input", "present", NULL };
  const char * const bad_format[] = { "metrics", "--db", db, "--scope", "nl", "--date", "2026-05-01", "--format", "xml", NULL };

  assert_error_line (bad_scope, "gemeente:0307");
  assert_error_line (missing_scope, "GM9999");
  assert_error_line (bad_date, "2026-02-30");
  assert_error_line (no_date, "--date");
  assert_error_line (unknown, "frobnicate");
  assert_error_line (not_km, "present");
  assert_error_line (bad_format, "xml");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_assert_nonnull (g_getenv ("SCHAKEL_CLI"));

  g_test_add_func ("/cli/metrics/json-strings", test_cli_metrics_json_strings);
  g_test_add_func ("/cli/metrics/json", test_cli_metrics_json);
  g_test_add_func ("/cli/metrics/publication", test_cli_metrics_publication);
  g_test_add_func ("/cli/metrics/csv-text", test_cli_metrics_csv_text);
  g_test_add_func ("/cli/metrics/km-input", test_cli_metrics_km_input);
  g_test_add_func ("/cli/metrics/errors", test_cli_metrics_errors);

  return g_test_run ();
}
