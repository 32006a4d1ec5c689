package org.keneya.io.csv.internal;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A strict UTF-8 decoding {@link Reader}, for reading tables (see {@link Utf8#reader}). It accepts
 * exactly what the JDK's decoder accepts with {@code CodingErrorAction.REPORT} — the well-formed
 * sequences of the Unicode standard's table 3-7: no overlong form, no encoded surrogate, nothing
 * above U+10FFFF, no sequence cut short — and refuses the rest with a {@link
 * CharConversionException} naming the byte offset, never a replacement character.
 *
 * <p>Why not {@link java.io.InputStreamReader}: on JDK 17 its decoder leaves its ASCII fast path
 * at a buffer's first non-ASCII byte and goes byte by byte through a general loop, which made
 * decoding a French table a quarter of reading it (110–160 ms for a 25 MB table, against 25–50 ms
 * here, in one JVM). The one other reader at hand, jackson-dataformat-csv's, is as fast but lets
 * overlong forms and encoded surrogates through. {@code Utf8ReaderTest} checks this reader against
 * the JDK's decoder on generated input, well-formed and not.
 */
final class Utf8Reader extends Reader {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final byte[] bytes = new byte[BUFFER];
  private int pos; // next byte to decode
  private int end; // bytes[pos, end) are read and not yet decoded
  private long offset; // the input offset of bytes[0], for messages
  private boolean eof;
  private int pendingLow = -1; // the low surrogate of a pair whose high half filled the last read
  // A malformed sequence found after some characters of a read: they are returned first, so that
  // a CSV parser reaches the row the sequence is in, and the error comes with the next read.
  private @Nullable CharConversionException deferred;

  Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read(char[] chars, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, chars.length);
    if (deferred != null) {
      throw deferred;
    }
    if (len == 0) {
      return 0;
    }
    int out = off;
    int limit = off + len;
    if (pendingLow >= 0) {
      chars[out++] = (char) pendingLow;
      pendingLow = -1;
    }
    while (out < limit) {
      if (end - pos < 4 && !eof) { // a whole sequence may not be there: read more first
        if (out > off) {
          break; // return what is decoded rather than block for more input
        }
        fill();
        if (pos == end) {
          break;
        }
      }
      if (pos == end) {
        break;
      }
      // ASCII, the bulk of most tables, one byte per char until the first other byte
      int stop = pos + Math.min(end - pos, limit - out);
      byte[] b = bytes;
      int p = pos;
      while (p < stop && b[p] >= 0) {
        chars[out++] = (char) b[p++];
      }
      pos = p;
      if (p < stop) {
        if (end - pos < 4 && !eof) {
          continue; // the sequence may go on in bytes not read yet
        }
        try {
          out = decodeSequence(chars, out, limit);
        } catch (CharConversionException e) {
          if (out == off) {
            throw e;
          }
          deferred = e;
          break;
        }
      }
    }
    return out == off ? -1 : out - off;
  }

  /** Decodes the multi-byte sequence at {@code pos} into {@code chars[out]}; returns the next out. */
  private int decodeSequence(char[] chars, int out, int limit) throws IOException {
    int b1 = bytes[pos] & 0xFF;
    if (b1 >= 0xC2 && b1 <= 0xDF) {
      int b2 = continuation(1, 0x80, 0xBF);
      chars[out] = (char) (((b1 & 0x1F) << 6) | (b2 & 0x3F));
      pos += 2;
      return out + 1;
    }
    if (b1 >= 0xE0 && b1 <= 0xEF) {
      int b2 = continuation(1, b1 == 0xE0 ? 0xA0 : 0x80, b1 == 0xED ? 0x9F : 0xBF);
      int b3 = continuation(2, 0x80, 0xBF);
      chars[out] = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
      pos += 3;
      return out + 1;
    }
    if (b1 >= 0xF0 && b1 <= 0xF4) {
      int b2 = continuation(1, b1 == 0xF0 ? 0x90 : 0x80, b1 == 0xF4 ? 0x8F : 0xBF);
      int b3 = continuation(2, 0x80, 0xBF);
      int b4 = continuation(3, 0x80, 0xBF);
      int codePoint = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
      pos += 4;
      chars[out++] = Character.highSurrogate(codePoint);
      char low = Character.lowSurrogate(codePoint);
      if (out < limit) {
        chars[out++] = low;
      } else {
        pendingLow = low;
      }
      return out;
    }
    throw malformed(0, "a byte that cannot start a character");
  }

  /** The byte {@code at} places after {@code pos}, which must be in {@code [min, max]}. */
  private int continuation(int at, int min, int max) throws CharConversionException {
    if (pos + at >= end) {
      throw malformed(at, "a character cut short by the end of the input");
    }
    int b = bytes[pos + at] & 0xFF;
    if (b < min || b > max) {
      throw malformed(at, "an invalid byte inside a character");
    }
    return b;
  }

  private CharConversionException malformed(int at, String what) {
    StringBuilder sequence = new StringBuilder();
    for (int i = pos; i < Math.min(end, pos + at + 1); i++) {
      sequence.append(sequence.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
    }
    return new CharConversionException(
        "malformed UTF-8 at byte " + (offset + pos + at) + ": " + what + " (" + sequence + ")");
  }

  /** Moves the undecoded bytes to the front and reads until four are there or the input ends. */
  private void fill() throws IOException {
    int left = end - pos;
    System.arraycopy(bytes, pos, bytes, 0, left);
    offset += pos;
    pos = 0;
    end = left;
    while (end < 4 && !eof) {
      int n = in.read(bytes, end, bytes.length - end);
      if (n < 0) {
        eof = true;
      } else {
        end += n;
      }
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
