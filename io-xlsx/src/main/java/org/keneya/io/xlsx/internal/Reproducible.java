package org.keneya.io.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
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
    for (ZipParts.Part part : ZipParts.read(workbook, null, "the workbook written")) {
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
