/* schakel-encoding.h — text encodings of partner files, decoded to UTF-8
 * a chunk at a time.
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

/**
 * SchakelEncoding:
 * @SCHAKEL_ENCODING_ASCII: only ASCII seen so far; decided at the first other byte
 * @SCHAKEL_ENCODING_UTF8: UTF-8 without a byte-order mark
 * @SCHAKEL_ENCODING_UTF8_BOM: UTF-8 with a byte-order mark (Excel's "CSV UTF-8")
 * @SCHAKEL_ENCODING_UTF16LE: UTF-16 little-endian with a byte-order mark
 * @SCHAKEL_ENCODING_UTF16BE: UTF-16 big-endian with a byte-order mark
 * @SCHAKEL_ENCODING_WINDOWS_1252: Windows-1252 (Excel's plain "CSV" on a Dutch desktop)
 */
typedef enum
{
  SCHAKEL_ENCODING_ASCII,
  SCHAKEL_ENCODING_UTF8,
  SCHAKEL_ENCODING_UTF8_BOM,
  SCHAKEL_ENCODING_UTF16LE,
  SCHAKEL_ENCODING_UTF16BE,
  SCHAKEL_ENCODING_WINDOWS_1252,
} SchakelEncoding;

/* A streaming decoder. The fields are private; it lives on the stack or
 * inside another struct and needs no freeing. */
typedef struct
{
  SchakelEncoding encoding;
  guint8          pending[4];   /* an incomplete sequence from the last chunk */
  guint           n_pending;
  gunichar        high_surrogate;
  gboolean        started;      /* the byte-order mark has been looked at */
  guint8          bad_byte;     /* set when feed() fails */
} SchakelDecoder;

const char *schakel_encoding_name      (SchakelEncoding   encoding);
void        schakel_decoder_init       (SchakelDecoder   *decoder);
gboolean    schakel_decoder_feed       (SchakelDecoder   *decoder,
                                        const guint8     *data,
                                        gsize             len,
                                        gboolean          last,
                                        GString          *out);
gunichar    schakel_windows_1252_to_unichar (guint8       byte);

G_END_DECLS
