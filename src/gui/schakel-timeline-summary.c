/* schakel-timeline-summary.c — the header above a minor's timeline.
 *
 * Copyright 2026 The Schakel authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <http://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The figures come from the record's summary (core), which the printed
 * dossier uses too, so screen and paper never disagree.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "schakel-timeline-summary.h"

/**
 * schakel_timeline_summary_dup_facts:
 * @summary: a record's summary
 *
 * Returns: (transfer full): age, amv, current location and school on one
 *   line, e.g. "15 years (estimated) · amv · AZC Ter Apel, Westerwolde ·
 *   ISK De Brug"
 */
char *
schakel_timeline_summary_dup_facts (const SchakelMinorRecordSummary *summary)
{
  GString *facts = g_string_new (NULL);
  const char *separator = " · ";

  if (summary->age < 0)
    g_string_append (facts, _("Age unknown"));
  else if (summary->age_estimated)
    /* Translators: an age whose birth date is an estimate, e.g. "15 years (estimated)" */
    g_string_append_printf (facts, g_dngettext (GETTEXT_PACKAGE, "%d year (estimated)", "%d years (estimated)",
                                                summary->age),
                            summary->age);
  else
    g_string_append_printf (facts, g_dngettext (GETTEXT_PACKAGE, "%d year", "%d years", summary->age),
                            summary->age);

  g_string_append (facts, separator);
  /* Translators: unaccompanied minor (alleenstaande minderjarige vreemdeling) or not */
  g_string_append (facts, summary->amv ? _("amv") : _("accompanied"));

  g_string_append (facts, separator);
  if (summary->location_name != NULL && summary->municipality_name != NULL)
    /* Translators: the current reception location and its municipality, e.g. "AZC Ter Apel, Westerwolde" */
    g_string_append_printf (facts, _("%s, %s"), summary->location_name, summary->municipality_name);
  else if (summary->location_name != NULL)
    g_string_append (facts, summary->location_name);
  else
    g_string_append (facts, _("not in reception"));

  g_string_append (facts, separator);
  if (summary->school_name != NULL && summary->school_type != NULL)
    /* Translators: the current school and its type, e.g. "De Brug (ISK)" */
    g_string_append_printf (facts, _("%s (%s)"), summary->school_name,
                            schakel_code_label (SCHAKEL_CODE_LIST_SCHOOL_TYPE, summary->school_type));
  else if (summary->school_name != NULL)
    g_string_append (facts, summary->school_name);
  else
    g_string_append (facts, _("no school"));

  return g_string_free (facts, FALSE);
}

/**
 * schakel_timeline_summary_dup_counts:
 * @summary: a record's summary
 *
 * Returns: (transfer full): the counts on one line, e.g. "3 moves · 42
 *   days without education while of school age · 18 days waiting"
 */
char *
schakel_timeline_summary_dup_counts (const SchakelMinorRecordSummary *summary)
{
  g_autofree char *moves = schakel_format_count (summary->n_moves);
  g_autofree char *gap = schakel_format_count (summary->days_without_education);
  g_autofree char *waiting = schakel_format_count (summary->days_waiting);
  g_autofree char *moves_text = NULL;
  g_autofree char *gap_text = NULL;
  g_autofree char *waiting_text = NULL;

  /* Translators: %s is a number */
  moves_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s move", "%s moves", summary->n_moves), moves);
  /* Translators: %s is a number of days */
  gap_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%s day without education while of school age",
                                           "%s days without education while of school age",
                                           (gulong) MIN (summary->days_without_education, G_MAXULONG)),
                              gap);
  /* Translators: %s is a number of days on wait-lists */
  waiting_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s day waiting", "%s days waiting",
                                               (gulong) MIN (summary->days_waiting, G_MAXULONG)),
                                  waiting);

  return g_strjoin (" · ", moves_text, gap_text, waiting_text, NULL);
}

static void
add_pill (GtkBox     *box,
          const char *text,
          const char *tooltip,
          const char *style)
{
  GtkWidget *pill = gtk_label_new (text);

  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (pill, tooltip);
  gtk_widget_add_css_class (pill, "status-pill");
  gtk_widget_add_css_class (pill, style);
  gtk_box_append (box, pill);
}

/**
 * schakel_timeline_summary_fill_flags:
 * @box: the box that shows the flags
 * @summary: a record's summary
 *
 * Replaces the pills in @box by the flags of @summary, and hides @box
 * when there are none.
 */
void
schakel_timeline_summary_fill_flags (GtkBox                          *box,
                                     const SchakelMinorRecordSummary *summary)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);

  if (summary->beyond_norm)
    add_pill (box, _("Beyond the norm"),
              _("No school within the norm after the asylum application, and the deadline has passed"),
              "flag-error");
  if (summary->open_escalation)
    add_pill (box, _("Open escalation"),
              _("An absence report is being escalated and the ladder is not closed"),
              "flag-warning");
  if (summary->turning_18_soon)
    add_pill (box, _("Turns 18 within 90 days"),
              _("Guardianship ends and the municipality becomes responsible"),
              "flag-accent");

  gtk_widget_set_visible (GTK_WIDGET (box), gtk_widget_get_first_child (GTK_WIDGET (box)) != NULL);
}
