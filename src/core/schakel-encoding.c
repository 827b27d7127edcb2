/* schakel-encoding.c — decodes UTF-8, UTF-16 and Windows-1252 to UTF-8.
 *
 * Copyright 2026 The Schakel authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Files arrive in pieces, so a character may be split between two chunks;
 * the decoder keeps the incomplete bytes for the next call. A file without
 * a byte-order mark is ASCII until its first other byte; then the rest of
 * that chunk decides: valid UTF-8 means UTF-8, anything else is what
 * Excel writes on a Dutch Windows desktop, Windows-1252 (not Latin-1: its
 * 0x80–0x9F hold €, curly quotes and dashes). A NUL byte is never text;
 * feed() stops there with bad_byte 0 so that the caller can say "binary".
 */

#include "config.h"

#include <string.h>

#include "schakel-encoding.h"

/* 0x80–0x9F of Windows-1252; 0 marks the five bytes it leaves undefined. */
static const guint16 cp1252_high[32] = {
  0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

/**
 * schakel_encoding_name:
 * @encoding: an encoding
 *
 * Returns: (transfer none): the encoding's usual name
 */
const char *
schakel_encoding_name (SchakelEncoding encoding)
{
  switch (encoding)
    {
    case SCHAKEL_ENCODING_ASCII:
      return "ASCII";
    case SCHAKEL_ENCODING_UTF8:
      return "UTF-8";
    case SCHAKEL_ENCODING_UTF8_BOM:
      return "UTF-8 (BOM)";
    case SCHAKEL_ENCODING_UTF16LE:
      return "UTF-16LE (BOM)";
    case SCHAKEL_ENCODING_UTF16BE:
      return "UTF-16BE (BOM)";
    case SCHAKEL_ENCODING_WINDOWS_1252:
      return "Windows-1252";
    default:
      return "?";
    }
}

/**
 * schakel_windows_1252_to_unichar:
 * @byte: a byte
 *
 * Returns: the character @byte stands for in Windows-1252; U+FFFD for
 *   the five bytes it leaves undefined
 */
gunichar
schakel_windows_1252_to_unichar (guint8 byte)
{
  if (byte >= 0x80 && byte < 0xA0)
    return cp1252_high[byte - 0x80] != 0 ? cp1252_high[byte - 0x80] : 0xFFFD;
  return byte;
}

/**
 * schakel_decoder_init:
 * @decoder: a decoder
 *
 * Prepares @decoder for a new file; the encoding is detected from the
 * first bytes fed.
 */
void
schakel_decoder_init (SchakelDecoder *decoder)
{
  memset (decoder, 0, sizeof *decoder);
  decoder->encoding = SCHAKEL_ENCODING_ASCII;
}

static guint
utf8_sequence_length (guint8 lead)
{
  if (lead < 0x80)
    return 1;
  if (lead >= 0xC2 && lead <= 0xDF)
    return 2;
  if (lead >= 0xE0 && lead <= 0xEF)
    return 3;
  if (lead >= 0xF0 && lead <= 0xF4)
    return 4;
  return 0;
}

/* TRUE when @p[0..n) is the start of a longer, so far valid, sequence. */
static gboolean
utf8_incomplete_tail (const guint8 *p,
                      gsize         n)
{
  guint need = n > 0 ? utf8_sequence_length (p[0]) : 0;

  if (need < 2 || n >= need)
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if ((p[i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

static gboolean
fail (SchakelDecoder *d,
      guint8          byte)
{
  d->bad_byte = byte;
  return FALSE;
}

static gboolean
feed_utf8 (SchakelDecoder *d,
           const guint8   *data,
           gsize           len,
           gboolean        last,
           GString        *out)
{
  const char *end;
  gsize good;

  if (d->n_pending > 0)
    {
      guint need = utf8_sequence_length (d->pending[0]);

      while (d->n_pending < need && len > 0)
        {
          d->pending[d->n_pending++] = *data++;
          len--;
        }
      if (d->n_pending < need)
        return last ? fail (d, d->pending[0]) : TRUE;
      if (!g_utf8_validate ((const char *) d->pending, need, NULL))
        return fail (d, d->pending[0]);
      g_string_append_len (out, (const char *) d->pending, need);
      d->n_pending = 0;
    }

  if (g_utf8_validate_len ((const char *) data, len, &end))
    {
      g_string_append_len (out, (const char *) data, len);
      return TRUE;
    }

  good = (gsize) ((const guint8 *) end - data);
  g_string_append_len (out, (const char *) data, good);
  if (!last && utf8_incomplete_tail (data + good, len - good))
    {
      memcpy (d->pending, data + good, len - good);
      d->n_pending = (guint) (len - good);
      return TRUE;
    }
  return fail (d, data[good]);
}

static gboolean
feed_1252 (SchakelDecoder *d,
           const guint8   *data,
           gsize           len,
           GString        *out)
{
  gsize run = 0;

  for (gsize i = 0; i < len; i++)
    {
      guint8 b = data[i];

      if (b >= 0x01 && b < 0x80)
        continue;
      g_string_append_len (out, (const char *) data + run, i - run);
      run = i + 1;
      if (b == 0)
        return fail (d, 0);
      g_string_append_unichar (out, schakel_windows_1252_to_unichar (b));
    }
  g_string_append_len (out, (const char *) data + run, len - run);
  return TRUE;
}

static gboolean
feed_utf16 (SchakelDecoder *d,
            const guint8   *data,
            gsize           len,
            gboolean        last,
            GString        *out)
{
  gboolean le = d->encoding == SCHAKEL_ENCODING_UTF16LE;
  gsize i = 0;

  while (TRUE)
    {
      guint8 b0, b1;
      gunichar unit;

      if (d->n_pending == 1)
        {
          if (i >= len)
            break;
          b0 = d->pending[0];
          b1 = data[i++];
          d->n_pending = 0;
        }
      else if (i + 1 < len)
        {
          b0 = data[i];
          b1 = data[i + 1];
          i += 2;
        }
      else
        {
          if (i < len)
            {
              d->pending[0] = data[i];
              d->n_pending = 1;
            }
          break;
        }

      unit = le ? (gunichar) (b0 | (b1 << 8)) : (gunichar) ((b0 << 8) | b1);
      if (unit == 0)
        return fail (d, 0);
      if (unit >= 0xD800 && unit <= 0xDBFF)
        {
          if (d->high_surrogate != 0)
            g_string_append_unichar (out, 0xFFFD);
          d->high_surrogate = unit;
          continue;
        }
      if (unit >= 0xDC00 && unit <= 0xDFFF)
        {
          if (d->high_surrogate != 0)
            g_string_append_unichar (out, 0x10000 + ((d->high_surrogate - 0xD800) << 10) + (unit - 0xDC00));
          else
            g_string_append_unichar (out, 0xFFFD);
          d->high_surrogate = 0;
          continue;
        }
      if (d->high_surrogate != 0)
        {
          g_string_append_unichar (out, 0xFFFD);
          d->high_surrogate = 0;
        }
      if (unit < 0x80)
        g_string_append_c (out, (char) unit);
      else
        g_string_append_unichar (out, unit);
    }

  if (last && (d->n_pending != 0 || d->high_surrogate != 0))
    {
      g_string_append_unichar (out, 0xFFFD);
      d->n_pending = 0;
      d->high_surrogate = 0;
    }
  return TRUE;
}

/* Decides between UTF-8 and Windows-1252 at the first non-ASCII byte. */
static void
decide (SchakelDecoder *d,
        const guint8   *data,
        gsize           len,
        gboolean        last)
{
  const char *end;

  if (g_utf8_validate_len ((const char *) data, len, &end) || *end == '\0')
    d->encoding = SCHAKEL_ENCODING_UTF8;
  else if (!last && utf8_incomplete_tail ((const guint8 *) end, len - (gsize) ((const guint8 *) end - data)))
    d->encoding = SCHAKEL_ENCODING_UTF8;
  else
    d->encoding = SCHAKEL_ENCODING_WINDOWS_1252;
}

/**
 * schakel_decoder_feed:
 * @decoder: a decoder
 * @data: the next bytes of the file
 * @len: how many
 * @last: whether these are the file's last bytes
 * @out: where the UTF-8 text is appended
 *
 * Decodes the next chunk. On failure the text before the offending byte
 * has been appended and @decoder->bad_byte holds the byte: 0 for a NUL,
 * which no text file contains.
 *
 * Returns: %FALSE when the bytes are not text in the detected encoding
 */
gboolean
schakel_decoder_feed (SchakelDecoder *decoder,
                      const guint8   *data,
                      gsize           len,
                      gboolean        last,
                      GString        *out)
{
  SchakelDecoder *d = decoder;

  if (!d->started)
    {
      d->started = TRUE;
      if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        {
          d->encoding = SCHAKEL_ENCODING_UTF8_BOM;
          data += 3;
          len -= 3;
        }
      else if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
        {
          d->encoding = SCHAKEL_ENCODING_UTF16LE;
          data += 2;
          len -= 2;
        }
      else if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
        {
          d->encoding = SCHAKEL_ENCODING_UTF16BE;
          data += 2;
          len -= 2;
        }
    }

  if (d->encoding == SCHAKEL_ENCODING_ASCII)
    {
      gsize i = 0;

      while (i < len && data[i] >= 0x01 && data[i] < 0x80)
        i++;
      g_string_append_len (out, (const char *) data, i);
      if (i == len)
        return TRUE;
      if (data[i] == 0)
        return fail (d, 0);
      decide (d, data + i, len - i, last);
      data += i;
      len -= i;
    }

  switch (d->encoding)
    {
    case SCHAKEL_ENCODING_UTF8:
    case SCHAKEL_ENCODING_UTF8_BOM:
      return feed_utf8 (d, data, len, last, out);
    case SCHAKEL_ENCODING_WINDOWS_1252:
      return feed_1252 (d, data, len, out);
    case SCHAKEL_ENCODING_UTF16LE:
    case SCHAKEL_ENCODING_UTF16BE:
      return feed_utf16 (d, data, len, last, out);
    case SCHAKEL_ENCODING_ASCII:
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}
