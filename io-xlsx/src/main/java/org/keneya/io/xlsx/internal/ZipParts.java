package org.keneya.io.xlsx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;

/**
 * The parts of a workbook's zip, read by its central directory, within {@link ReadLimits}: at most
 * {@code maxZipEntries} parts, each inflating to at most {@code maxEntryBytes}, all to at most
 * {@code maxTotalBytes}, and none past {@link ReadLimits#RATIO_THRESHOLD_BYTES} to more than
 * {@code maxCompressionRatio} bytes per compressed byte, counted while inflating. Core's {@code
 * BoundedZip} reads zips as a stream, by their local headers, through {@code ZipInputStream}, which
 * cannot read the workbooks FastExcel writes (their data descriptors have ZIP64 sizes that no local
 * header announces): a workbook is read whole anyway, so its directory is read instead, under the
 * same limits.
 */
final class ZipParts {
  /** A part of a workbook: its name and inflated bytes. */
  record Part(String name, byte[] bytes) {}

  private static final int END = 0x06054b50;
  private static final int CENTRAL = 0x02014b50;
  private static final int LOCAL = 0x04034b50;

  private ZipParts() {}

  /** The bytes of {@code in}, at most {@code max}. */
  static byte[] readAll(InputStream in, long max, String source) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 16];
    for (int n; (n = in.read(chunk)) > 0; ) {
      if (out.size() + (long) n > max) {
        throw new MalformedInputException(Place.of(source, null, 0, 0),
            "a workbook of more than " + max + " bytes (maxTotalBytes)");
      }
      out.write(chunk, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * The parts of {@code zip}, within {@code limits} (none if null: a zip this codec has just
   * written); errors name {@code source} and the part.
   */
  static List<Part> read(byte[] zip, @Nullable ReadLimits limits, String source) {
    try {
      return parts(zip, limits, source);
    } catch (IndexOutOfBoundsException e) {
      throw new MalformedInputException(Place.of(source, null, 0, 0), "a damaged zip: its directory points outside it");
    }
  }

  private static List<Part> parts(byte[] zip, @Nullable ReadLimits limits, String source) {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = zip.length - 22;
    int lowest = Math.max(0, zip.length - 22 - 0xFFFF); // the comment is at most 65,535 bytes
    while (end >= lowest && b.getInt(end) != END) {
      end--;
    }
    if (end < lowest || zip.length < 22) {
      throw new MalformedInputException(Place.of(source, null, 0, 0), "not an Excel workbook (.xlsx): not a zip");
    }
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    long at = Integer.toUnsignedLong(b.getInt(end + 16));
    if (limits != null && count > limits.maxZipEntries()) {
      throw new MalformedInputException(Place.of(source, null, 0, 0),
          "a zip of " + count + " entries; at most " + limits.maxZipEntries() + " (maxZipEntries)");
    }
    List<Part> parts = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < count; i++) {
      int p = Math.toIntExact(at);
      if (b.getInt(p) != CENTRAL) {
        throw new MalformedInputException(Place.of(source, null, 0, 0), "a damaged zip: entry " + (i + 1) + " of its directory");
      }
      int method = Short.toUnsignedInt(b.getShort(p + 10));
      long compressed = Integer.toUnsignedLong(b.getInt(p + 20));
      long size = Integer.toUnsignedLong(b.getInt(p + 24));
      int nameLength = Short.toUnsignedInt(b.getShort(p + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(p + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(p + 32));
      int local = b.getInt(p + 42);
      String name = name(zip, p + 46, nameLength, source, i);
      Place place = Place.of(source + "/" + name, null, 0, 0);
      if (compressed == 0xFFFFFFFFL || size == 0xFFFFFFFFL || local == -1) {
        throw new MalformedInputException(place, "a ZIP64 entry (over 4 GiB); a workbook has none");
      }
      if (b.getInt(local) != LOCAL) {
        throw new MalformedInputException(place, "a damaged zip: the entry is not where its directory says");
      }
      int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
      if (data + compressed > zip.length) {
        throw new MalformedInputException(place, "a zip cut short");
      }
      long max = limits == null ? Integer.MAX_VALUE - 16 : Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total);
      byte[] bytes = inflate(zip, data, (int) compressed, size, method, max, limits, place);
      total += bytes.length;
      if (!name.endsWith("/")) {
        parts.add(new Part(name, bytes));
      }
      at += 46L + nameLength + extraLength + commentLength;
    }
    return parts;
  }

  private static String name(byte[] zip, int from, int length, String source, int index) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(zip, from, length)).toString();
    } catch (CharacterCodingException e) {
      throw new MalformedInputException(Place.of(source, null, 0, 0), "entry " + (index + 1) + " of the zip has a name that is not UTF-8");
    }
  }

  /**
   * The inflated bytes of an entry, into an array of the size the directory states (within the
   * limits; for a zip of unknown origin no more than the compression ratio allows): growing a
   * buffer and copying it out again was a tenth of reading a large workbook.
   */
  private static byte[] inflate(byte[] zip, int data, int compressed, long stated, int method, long max,
      @Nullable ReadLimits limits, Place place) {
    if (method == ZipEntry.STORED) {
      if (compressed > max) {
        throw tooBig(place, compressed, limits);
      }
      byte[] bytes = new byte[compressed];
      System.arraycopy(zip, data, bytes, 0, compressed);
      return bytes;
    }
    if (method != ZipEntry.DEFLATED) {
      throw new MalformedInputException(place, "compressed by method " + method + "; a workbook's parts are deflated or stored");
    }
    Inflater inflater = new Inflater(true);
    try {
      inflater.setInput(zip, data, compressed);
      long trusted = limits == null ? stated
          : Math.min(stated, Math.max(ReadLimits.RATIO_THRESHOLD_BYTES, (long) limits.maxCompressionRatio() * compressed));
      byte[] out = new byte[(int) Math.min(Math.min(trusted, max + 1), Integer.MAX_VALUE - 16)];
      int size = 0;
      while (!inflater.finished()) {
        if (size == out.length) { // the stated size was wrong: grow, up to one byte past the limit
          out = Arrays.copyOf(out, (int) Math.min(Math.max(2L * size, size + (1 << 16)), Math.min(max + 1, Integer.MAX_VALUE - 16)));
          if (size == out.length) {
            throw tooBig(place, size + 1L, limits);
          }
        }
        int n = inflater.inflate(out, size, out.length - size);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new MalformedInputException(place, "a damaged zip: the entry ends before its data does");
        }
        size += n;
        if (size > max) {
          throw tooBig(place, size, limits);
        }
        if (limits != null && size > ReadLimits.RATIO_THRESHOLD_BYTES
            && size > (long) limits.maxCompressionRatio() * Math.max(1, inflater.getBytesRead())) {
          throw new MalformedInputException(place, "inflates to more than " + limits.maxCompressionRatio()
              + " times its compressed size (maxCompressionRatio): a zip bomb?");
        }
      }
      return size == out.length ? out : Arrays.copyOf(out, size);
    } catch (DataFormatException e) {
      throw new MalformedInputException(place, "a damaged zip: " + e.getMessage());
    } finally {
      inflater.end();
    }
  }

  private static MalformedInputException tooBig(Place place, long size, @Nullable ReadLimits limits) {
    return new MalformedInputException(place, "inflates to more than " + (size - 1) + " bytes; at most "
        + (limits == null ? "" : limits.maxEntryBytes() + " per entry (maxEntryBytes) and " + limits.maxTotalBytes()
        + " in all (maxTotalBytes)"));
  }
}
