/* schakel-csv-writer.h — CSV files written atomically, readable by the
 * user only, safe to open in a spreadsheet.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#if !defined (SCHAKEL_CORE_INSIDE) && !defined (SCHAKEL_CORE_COMPILATION)
# error "Only <schakel-core.h> can be included directly."
#endif

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SchakelCsvWriter SchakelCsvWriter;

SchakelCsvWriter *schakel_csv_writer_new       (const char        *path,
                                                char               separator,
                                                gboolean           excel,
                                                GError           **error);
gboolean          schakel_csv_writer_write_row (SchakelCsvWriter  *writer,
                                                const char * const *fields,
                                                guint              n_fields,
                                                GError           **error);
gboolean          schakel_csv_writer_finish    (SchakelCsvWriter  *writer,
                                                GError           **error);
void              schakel_csv_writer_abort     (SchakelCsvWriter  *writer);
void              schakel_csv_append_field     (GString           *out,
                                                const char        *field,
                                                char               separator);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelCsvWriter, schakel_csv_writer_abort)

G_END_DECLS
