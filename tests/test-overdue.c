/* test-overdue.c — one definition of an overdue absence case: on demo
 * data the dashboard's escalations_overdue, the case list of the Verzuim
 * view (schakel_cases_list) and the timeline of each minor (its pending
 * escalation steps marked overdue) agree, scope by scope and date by date.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-core.h"
#include "schakel-test-util.h"

static SchakelDatabase *
demo_db (void)
{
  static SchakelDatabase *db;

  if (db == NULL)
    {
      db = schakel_test_open_demo ("overdue-demo.db", 1500, 2, 17, schakel_day_from_ymd (2026, 9, 15));
      /* Utrecht has its own ladder with shorter deadlines. */
      schakel_test_add_short_ladder (db, "PV26");
    }
  return db;
}

static const SchakelMetricValue *
overdue_metric (SchakelDatabase    *db,
                const SchakelScope *scope,
                SchakelDay          date,
                GPtrArray         **keep)
{
  static const char * const ids[] = { "escalations_overdue", NULL };
  g_autoptr(GError) error = NULL;

  *keep = schakel_metrics_compute (db, scope, date, ids, NULL, &error);
  g_assert_no_error (error);
  return g_ptr_array_index (*keep, 0);
}

/* The pending steps a minor's timeline on @date marks overdue. */
static guint
timeline_overdue (SchakelDatabase *db,
                  gint64           minor_id,
                  SchakelDay       date)
{
  g_autoptr(GError) error = NULL;
  SchakelMinorRecord *record = schakel_minor_record_load_by_id (db, minor_id, date, NULL, &error);
  guint n = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < schakel_minor_record_get_n_items (record); i++)
    {
      const SchakelRecordItem *item = schakel_minor_record_get_item (record, i);

      n += item->kind == SCHAKEL_RECORD_ESCALATION && (item->flags & SCHAKEL_RECORD_FLAG_PENDING) &&
           (item->flags & SCHAKEL_RECORD_FLAG_OVERDUE);
    }
  schakel_minor_record_unref (record);
  return n;
}

static void
test_overdue_agrees (void)
{
  SchakelDatabase *db = demo_db ();
  const char * const scopes[] = { "nl", "provincie:PV26", "provincie:PV27", "provincie:PV28" };
  const char * const dates[] = { "2025-06-30", "2025-12-31", "2026-04-15", "2026-09-15" };
  gint64 total_overdue = 0, total_without_step = 0;

  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    for (guint s = 0; s < G_N_ELEMENTS (scopes); s++)
      {
        g_autoptr(GError) error = NULL;
        g_autoptr(SchakelScope) scope = schakel_test_scope (db, scopes[s]);
        g_autoptr(GPtrArray) cases = NULL;
        g_autoptr(GPtrArray) overdue_cases = NULL;
        g_autoptr(GPtrArray) values = NULL;
        g_autoptr(GArray) behind = NULL;
        g_autoptr(GHashTable) minors = g_hash_table_new (g_direct_hash, g_direct_equal);
        const SchakelMetricValue *metric;
        SchakelDay date;
        gint64 n_overdue = 0;

        g_assert_true (schakel_day_parse_iso (dates[d], &date));
        cases = schakel_cases_list (db, scope, date, FALSE, &error);
        g_assert_no_error (error);
        overdue_cases = schakel_cases_list (db, scope, date, TRUE, &error);
        g_assert_no_error (error);
        metric = overdue_metric (db, scope, date, &values);

        for (guint i = 0; i < cases->len; i++)
          {
            const SchakelCase *c = g_ptr_array_index (cases, i);

            if (c->days_overdue == 0)
              continue;
            n_overdue++;
            total_without_step += c->current_step_code == NULL;
            g_hash_table_add (minors, (gpointer) (gintptr) c->minor_id);
          }
        /* The Verzuim view's count, its "overdue only" list and the tile. */
        g_assert_cmpint (metric->numerator, ==, n_overdue);
        g_assert_cmpint (overdue_cases->len, ==, n_overdue);
        g_assert_cmpint (metric->n, ==, cases->len);
        total_overdue += n_overdue;

        /* The tile's minors are the list's. */
        behind = schakel_metrics_minors_behind (db, scope, date, "escalations_overdue", NULL, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (behind->len, ==, g_hash_table_size (minors));
        for (guint i = 0; i < behind->len; i++)
          g_assert_true (g_hash_table_contains (minors, (gpointer) (gintptr) g_array_index (behind, gint64, i)));

        /* Nationally, each minor's timeline marks as many overdue. */
        if (s == 0)
          {
            GHashTableIter iter;
            gpointer key;
            gint64 n_timeline = 0;

            for (guint i = 0; i < cases->len; i++)
              g_hash_table_add (minors, (gpointer) (gintptr) ((const SchakelCase *) g_ptr_array_index (cases, i))->minor_id);
            g_hash_table_iter_init (&iter, minors);
            while (g_hash_table_iter_next (&iter, &key, NULL))
              n_timeline += timeline_overdue (db, GPOINTER_TO_SIZE (key), date);
            g_assert_cmpint (n_timeline, ==, n_overdue);
          }
      }
  /* The demo data have overdue cases, some of them without any step. */
  g_assert_cmpint (total_overdue, >, 0);
  g_assert_cmpint (total_without_step, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/overdue/metric-cases-timeline-agree", test_overdue_agrees);

  return g_test_run ();
}
