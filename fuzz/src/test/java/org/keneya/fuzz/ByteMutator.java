package org.keneya.fuzz;

import java.io.ByteArrayOutputStream;
import java.util.SplittableRandom;

/**
 * Mutations that know nothing of the format: flip bits, insert, delete or duplicate a range,
 * truncate, splice two inputs. Inserted bytes are often ones that matter to some parser — quotes,
 * separators, brackets, line ends, a BOM, bytes that are never valid UTF-8.
 */
final class ByteMutator {
  private static final byte[][] INTERESTING = {
    {'"'}, {','}, {';'}, {'\n'}, {'\r'}, {'\r', '\n'}, {'{'}, {'}'}, {'['}, {']'}, {':'}, {'\\'}, {0},
    {(byte) 0xFF}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
    {(byte) 0xF0, (byte) 0x9F}, {'-'}, {'0'}, {'e'}, {'1', 'e', '9', '9', '9'}, {'n', 'u', 'l', 'l'}, {'"', '"'},
  };

  private ByteMutator() {}

  /** One random byte-level mutation of {@code bytes}; {@code other} is the partner of a splice. */
  static byte[] mutate(byte[] bytes, byte[] other, SplittableRandom r, StringBuilder how) {
    if (bytes.length == 0) {
      how.append("insert into empty");
      return insert(bytes, 0, interesting(r));
    }
    switch (r.nextInt(7)) {
      case 0:
        return flip(bytes, r, how);
      case 1: {
        int at = r.nextInt(bytes.length + 1);
        byte[] chunk = r.nextBoolean() ? interesting(r) : randomBytes(r, 1 + r.nextInt(8));
        how.append("insert ").append(chunk.length).append(" bytes at ").append(at);
        return insert(bytes, at, chunk);
      }
      case 2: {
        int from = r.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + r.nextInt(Math.min(bytes.length, 64)));
        how.append("delete [").append(from).append(", ").append(to).append(')');
        return concat(slice(bytes, 0, from), slice(bytes, to, bytes.length));
      }
      case 3: {
        int from = r.nextInt(bytes.length);
        int to = Math.min(bytes.length, from + 1 + r.nextInt(Math.min(bytes.length, 256)));
        int at = r.nextInt(bytes.length + 1);
        how.append("duplicate [").append(from).append(", ").append(to).append(") at ").append(at);
        return insert(bytes, at, slice(bytes, from, to));
      }
      case 4: {
        int at = r.nextInt(bytes.length);
        how.append("truncate at ").append(at);
        return slice(bytes, 0, at);
      }
      case 5:
        return splice(bytes, other, r, how);
      default: {
        int at = r.nextInt(bytes.length);
        byte[] chunk = interesting(r);
        how.append("overwrite with ").append(chunk.length).append(" bytes at ").append(at);
        byte[] out = bytes.clone();
        System.arraycopy(chunk, 0, out, at, Math.min(chunk.length, out.length - at));
        return out;
      }
    }
  }

  private static byte[] flip(byte[] bytes, SplittableRandom r, StringBuilder how) {
    byte[] out = bytes.clone();
    int flips = 1 + r.nextInt(4);
    how.append("flip ").append(flips).append(" bits");
    for (int i = 0; i < flips; i++) {
      out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
    }
    return out;
  }

  /** The start of one input and the end of another, cut at random places. */
  private static byte[] splice(byte[] a, byte[] b, SplittableRandom r, StringBuilder how) {
    int cutA = r.nextInt(a.length + 1);
    int cutB = b.length == 0 ? 0 : r.nextInt(b.length + 1);
    how.append("splice [0, ").append(cutA).append(") with another input from ").append(cutB);
    return concat(slice(a, 0, cutA), slice(b, cutB, b.length));
  }

  private static byte[] interesting(SplittableRandom r) {
    return INTERESTING[r.nextInt(INTERESTING.length)];
  }

  private static byte[] randomBytes(SplittableRandom r, int n) {
    byte[] out = new byte[n];
    for (int i = 0; i < n; i++) {
      out[i] = (byte) r.nextInt(256);
    }
    return out;
  }

  static byte[] slice(byte[] bytes, int from, int to) {
    return java.util.Arrays.copyOfRange(bytes, from, to);
  }

  static byte[] insert(byte[] bytes, int at, byte[] chunk) {
    return concat(slice(bytes, 0, at), chunk, slice(bytes, at, bytes.length));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
