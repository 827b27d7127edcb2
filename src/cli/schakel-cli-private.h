/* schakel-cli-private.h — what the schakel-cli commands share.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "schakel-core.h"

G_BEGIN_DECLS

/* A command gets its own arguments (argv[0] is the command name) and
 * returns the process exit status. */
typedef int (*SchakelCliCommandFunc) (int    argc,
                                      char **argv);

typedef struct
{
  const char            *name;
  const char            *summary;     /* untranslated, N_() */
  SchakelCliCommandFunc  run;
} SchakelCliCommand;

int              schakel_cli_demo          (int                    argc,
                                            char                 **argv);
int              schakel_cli_check         (int                    argc,
                                            char                 **argv);
int              schakel_cli_chart         (int                    argc,
                                            char                 **argv);
int              schakel_cli_info          (int                    argc,
                                            char                 **argv);
int              schakel_cli_import        (int                    argc,
                                            char                 **argv);
int              schakel_cli_inspect       (int                    argc,
                                            char                 **argv);
int              schakel_cli_export        (int                    argc,
                                            char                 **argv);
int              schakel_cli_metrics       (int                    argc,
                                            char                 **argv);
int              schakel_cli_audit         (int                    argc,
                                            char                 **argv);
int              schakel_cli_holidays      (int                    argc,
                                            char                 **argv);
int              schakel_cli_report        (int                    argc,
                                            char                 **argv);
int              schakel_cli_timeline      (int                    argc,
                                            char                 **argv);

typedef enum
{
  SCHAKEL_CLI_FORMAT_TEXT,
  SCHAKEL_CLI_FORMAT_CSV,
  SCHAKEL_CLI_FORMAT_JSON,
} SchakelCliFormat;

int              schakel_cli_cases         (int                    argc,
                                            char                 **argv);
int              schakel_cli_ladder        (int                    argc,
                                            char                 **argv);

gboolean         schakel_cli_parse_format  (const char            *text,
                                            SchakelCliFormat      *format);
gboolean         schakel_cli_parse_scope_date (const char         *scope_text,
                                            const char            *date_text,
                                            SchakelScope         **scope,
                                            SchakelDay            *date);
GOptionContext  *schakel_cli_context_new   (const char            *command,
                                            const char            *parameter,
                                            const char            *summary,
                                            const GOptionEntry    *entries,
                                            char                 **db_path);
gboolean         schakel_cli_parse         (GOptionContext        *context,
                                            int                   *argc,
                                            char                ***argv);
SchakelDatabase *schakel_cli_open_database (const char            *db_path,
                                            SchakelDatabaseFlags   flags);
void             schakel_cli_print_table   (const char * const    *cells,
                                            guint                  n_rows);
int              schakel_cli_fail          (const GError          *error);
int              schakel_cli_fail_message  (const char            *message);

/* Dossiers: in schakel-cli-dossier.c. */
struct _SchakelDossier;
SchakelDatabase *schakel_cli_open_for_audit (const char           *db_path);
gboolean         schakel_cli_write_dossier  (SchakelDatabase      *db,
                                             struct _SchakelDossier *dossier,
                                             const char           *action,
                                             const char           *path,
                                             GError              **error);

G_END_DECLS
