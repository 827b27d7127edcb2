/* schakel-report-setups.c — saved report setups in GSettings, key
 * `report-setups` of type a(ssssb): template, scope, period, fixed date
 * (ISO, empty unless fixed), publication mode. Entries this version cannot
 * read (a template or period from a newer one, a bad scope or date) are
 * skipped, not fatal.
 *
 * A setup never names a minor: the dossier is about one child, and
 * GSettings is no place for a child's id (it outlives the database, is
 * not in the audit log and is copied with the user's home). A dossier
 * setup is refused on saving and skipped on loading.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "schakel-report-setups.h"

#define SETUPS_KEY "report-setups"

void
schakel_report_setup_free (SchakelReportSetup *setup)
{
  if (setup == NULL)
    return;
  g_free (setup->scope);
  g_free (setup);
}

/**
 * schakel_report_setups_load:
 * @settings: the app's settings
 *
 * Returns: (transfer full) (element-type SchakelReportSetup): the saved
 *   setups, in the order they were saved
 */
GPtrArray *
schakel_report_setups_load (GSettings *settings)
{
  GPtrArray *setups = g_ptr_array_new_with_free_func ((GDestroyNotify) schakel_report_setup_free);
  g_autoptr(GVariant) value = g_settings_get_value (settings, SETUPS_KEY);
  GVariantIter iter;
  const char *template_text, *scope_text, *period_text, *fixed_text;
  gboolean publication;

  g_variant_iter_init (&iter, value);
  while (g_variant_iter_next (&iter, "(&s&s&s&sb)", &template_text, &scope_text, &period_text, &fixed_text,
                              &publication))
    {
      g_autoptr(SchakelReportSetup) setup = g_new0 (SchakelReportSetup, 1);
      g_autoptr(SchakelScope) scope = schakel_scope_parse (scope_text, NULL);

      setup->fixed = SCHAKEL_DAY_NONE;
      if (scope == NULL
          || !schakel_report_template_from_string (template_text, &setup->template_)
          || schakel_report_template_is_about_minor (setup->template_)
          || !schakel_report_period_from_string (period_text, &setup->period)
          || (setup->period == SCHAKEL_REPORT_PERIOD_FIXED && !schakel_day_parse_iso (fixed_text, &setup->fixed)))
        continue;
      setup->scope = g_strdup (scope_text);
      setup->publication = publication;
      g_ptr_array_add (setups, g_steal_pointer (&setup));
    }
  return setups;
}

void
schakel_report_setups_save (GSettings *settings,
                            GPtrArray *setups)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("a(ssssb)"));
  for (guint i = 0; i < setups->len; i++)
    {
      const SchakelReportSetup *setup = g_ptr_array_index (setups, i);
      char fixed[SCHAKEL_ISO_DATE_LEN] = "";

      if (schakel_report_template_is_about_minor (setup->template_))
        continue;  /* never stored, see above */
      if (setup->period == SCHAKEL_REPORT_PERIOD_FIXED)
        schakel_day_format_iso (setup->fixed, fixed);
      g_variant_builder_add (&builder, "(ssssb)", schakel_report_template_to_string (setup->template_),
                             setup->scope, schakel_report_period_to_string (setup->period), fixed,
                             setup->publication);
    }
  g_settings_set_value (settings, SETUPS_KEY, g_variant_builder_end (&builder));
}

gboolean
schakel_report_setup_equal (const SchakelReportSetup *a,
                            const SchakelReportSetup *b)
{
  return a->template_ == b->template_ && g_str_equal (a->scope, b->scope) && a->period == b->period
         && (a->period != SCHAKEL_REPORT_PERIOD_FIXED || a->fixed == b->fixed)
         && a->publication == b->publication;
}
