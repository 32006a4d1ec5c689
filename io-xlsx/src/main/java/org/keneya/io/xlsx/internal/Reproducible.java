package org.keneya.io.xlsx.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * FastExcel's workbook made reproducible: every zip entry gets one fixed time, the creation time
 * FastExcel writes in {@code docProps/core.xml} becomes a fixed one, and the parts come in the
 * workbook's order whatever the order the sheets were written in, so that the same dataset gives
 * the same bytes.
 *
 * <p>The workbook is read from the temporary file FastExcel wrote, by its central directory
 * ({@link ZipFile}), and copied part by part as a stream: memory holds a buffer, never the
 * workbook. A file rather than a pipe between two threads: the parts are re-ordered, which needs
 * them all written first, and a refused dataset leaves the output untouched.
 */
final class Reproducible {
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);
  private static final String CORE = "docProps/core.xml";
  private static final Pattern CREATED =
      Pattern.compile("(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)");

  /** The parts of the sheet at a place of the workbook: the sheet, its comments, drawings and relationships. */
  private static final Pattern SHEET_PART =
      Pattern.compile("xl/(?:worksheets/sheet|worksheets/_rels/sheet|comments|drawings/vmlDrawing|drawings/drawing)(\\d+)\\..*");

  private Reproducible() {}

  /** Copies the workbook in {@code workbook} to {@code out}, not closed, with fixed times, its parts in order. */
  static void copy(Path workbook, OutputStream out) throws IOException {
    try (ZipFile zip = new ZipFile(workbook.toFile(), StandardCharsets.UTF_8)) {
      ZipOutputStream copy = new ZipOutputStream(new NonClosing(out), StandardCharsets.UTF_8);
      for (ZipEntry entry : inOrder(zip)) {
        ZipEntry part = new ZipEntry(entry.getName());
        part.setTimeLocal(ENTRY_TIME);
        copy.putNextEntry(part);
        try (InputStream in = zip.getInputStream(entry)) {
          if (entry.getName().equals(CORE)) {
            copy.write(fixedCreation(in.readAllBytes())); // a few hundred bytes
          } else {
            in.transferTo(copy);
          }
        }
        copy.closeEntry();
      }
      copy.finish();
      copy.flush();
    }
  }

  /**
   * The parts in the order FastExcel writes them when every sheet is finished at the end: each
   * sheet's parts by the sheet's place (they come together, however late), then the workbook's.
   */
  private static List<? extends ZipEntry> inOrder(ZipFile zip) {
    return zip.stream().filter(e -> !e.isDirectory())
        .sorted(Comparator.comparingInt(Reproducible::sheetPlace)) // stable: a sheet's parts keep their order
        .toList();
  }

  private static int sheetPlace(ZipEntry entry) {
    Matcher m = SHEET_PART.matcher(entry.getName());
    return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
  }

  private static byte[] fixedCreation(byte[] core) {
    String xml = new String(core, StandardCharsets.UTF_8);
    return CREATED.matcher(xml).replaceAll("$12000-01-01T00:00:00Z$3").getBytes(StandardCharsets.UTF_8);
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
