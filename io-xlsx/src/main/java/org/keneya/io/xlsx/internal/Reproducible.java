package org.keneya.io.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * FastExcel's workbook made reproducible: every zip entry gets one fixed time, and the creation
 * time FastExcel writes in {@code docProps/core.xml} becomes a fixed one, so that the same dataset
 * gives the same bytes.
 */
final class Reproducible {
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final String CORE = "docProps/core.xml";
  private static final Pattern CREATED =
      Pattern.compile("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)");

  private Reproducible() {}

  /** Copies the workbook {@code workbook} to {@code out}, not closed, with fixed times. */
  static void copy(byte[] workbook, OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
    for (Part part : parts(workbook)) {
      byte[] bytes = part.bytes();
      if (part.name().equals(CORE)) {
        String xml = new String(bytes, StandardCharsets.UTF_8);
        bytes = CREATED.matcher(xml).replaceAll("$12000-01-01T00:00:00Z$3").getBytes(StandardCharsets.UTF_8);
      }
      ZipEntry copy = new ZipEntry(part.name());
      copy.setTimeLocal(ENTRY_TIME);
      zip.putNextEntry(copy);
      zip.write(bytes);
      zip.closeEntry();
    }
    zip.finish();
    zip.flush();
  }

  /** A part of the workbook FastExcel wrote. */
  private record Part(String name, byte[] bytes) {}

  /**
   * The parts of the zip FastExcel wrote, read by its central directory: its local headers carry
   * no sizes, which {@code ZipInputStream} cannot read. A zip this codec wrote moments ago, not
   * input: no ZIP64, no limits needed.
   */
  private static List<Part> parts(byte[] zip) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = zip.length - 22;
    while (end >= 0 && b.getInt(end) != 0x06054b50) {
      end--;
    }
    if (end < 0) {
      throw new IOException("FastExcel wrote no zip directory");
    }
    int count = Short.toUnsignedInt(b.getShort(end + 10));
    int at = b.getInt(end + 16);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int method = Short.toUnsignedInt(b.getShort(at + 10));
      int compressed = b.getInt(at + 20);
      int size = b.getInt(at + 24);
      int nameLength = Short.toUnsignedInt(b.getShort(at + 28));
      int extraLength = Short.toUnsignedInt(b.getShort(at + 30));
      int commentLength = Short.toUnsignedInt(b.getShort(at + 32));
      int local = b.getInt(at + 42);
      String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
      int data = local + 30 + Short.toUnsignedInt(b.getShort(local + 26)) + Short.toUnsignedInt(b.getShort(local + 28));
      byte[] bytes = new byte[size];
      if (method == ZipEntry.STORED) {
        System.arraycopy(zip, data, bytes, 0, size);
      } else {
        Inflater inflater = new Inflater(true);
        try {
          inflater.setInput(zip, data, compressed);
          int n = 0;
          while (n < size && !inflater.finished()) {
            n += inflater.inflate(bytes, n, size - n);
          }
        } catch (DataFormatException e) {
          throw new IOException("FastExcel wrote a part that does not inflate: " + name, e);
        } finally {
          inflater.end();
        }
      }
      parts.add(new Part(name, bytes));
      at += 46 + nameLength + extraLength + commentLength;
    }
    return parts;
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
