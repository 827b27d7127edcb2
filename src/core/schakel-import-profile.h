/* schakel-import-profile.h — a partner's own column names, mapped onto a
 * canonical file.
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

#include "schakel-import-format.h"

G_BEGIN_DECLS

typedef struct _SchakelImportProfile SchakelImportProfile;

SchakelImportProfile *schakel_import_profile_load          (const char                 *path,
                                                            GError                    **error);
SchakelImportProfile *schakel_import_profile_find          (const char                 *name,
                                                            GError                    **error);
GPtrArray            *schakel_import_profile_load_all      (GError                    **error);
char                 *schakel_import_profile_get_dir       (void);
SchakelImportProfile *schakel_import_profile_new           (const char                 *name,
                                                            SchakelImportType           type,
                                                            const char * const         *source_of_column,
                                                            GError                    **error);
gboolean              schakel_import_profile_save          (const SchakelImportProfile *profile,
                                                            const char                 *dir,
                                                            char                      **path,
                                                            GError                    **error);
const SchakelImportProfile *
                      schakel_import_profile_choose        (GPtrArray                  *profiles,
                                                            const char * const         *header,
                                                            guint                       n_header);
void                  schakel_import_profile_free          (SchakelImportProfile       *profile);
const char           *schakel_import_profile_get_name      (const SchakelImportProfile *profile);
SchakelImportType     schakel_import_profile_get_type      (const SchakelImportProfile *profile);
const char           *schakel_import_profile_get_source    (const SchakelImportProfile *profile,
                                                            const char                 *column);
gboolean              schakel_import_profile_matches       (const SchakelImportProfile *profile,
                                                            const char * const         *header,
                                                            guint                       n_header);
char                **schakel_import_profile_rename_header (const SchakelImportProfile *profile,
                                                            const char * const         *header,
                                                            guint                       n_header);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SchakelImportProfile, schakel_import_profile_free)

G_END_DECLS
