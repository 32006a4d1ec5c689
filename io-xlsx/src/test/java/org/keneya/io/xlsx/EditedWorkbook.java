package org.keneya.io.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A workbook as a person leaves it after editing, built cell by cell with FastExcel: sheets in any
 * order, rows with gaps (blank rows), numbers, dates, texts and formulas where the person put them.
 */
final class EditedWorkbook {
  /** A formula, with the value a spreadsheet computed for it when saving, or none. */
  record Formula(String formula, String cachedValue) {}

  private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();

  /** Adds a sheet; each row of {@code rows} is a row of cells, null for an empty cell, an empty array for a blank row. */
  EditedWorkbook sheet(String name, Object[]... rows) {
    sheets.put(name, List.of(rows));
    return this;
  }

  static Object[] row(Object... cells) {
    return cells;
  }

  byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<String> cached = new ArrayList<>();
    try {
      Workbook workbook = new Workbook(out, "Person", null);
      for (Map.Entry<String, List<Object[]>> sheet : sheets.entrySet()) {
        Worksheet ws = workbook.newWorksheet(sheet.getKey());
        List<Object[]> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          Object[] cells = rows.get(r);
          for (int c = 0; c < cells.length; c++) {
            Object v = cells[c];
            if (v instanceof String s) {
              ws.value(r, c, s);
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            } else if (v instanceof Boolean b) {
              ws.value(r, c, b);
            } else if (v instanceof LocalDate d) {
              ws.value(r, c, d);
              ws.style(r, c).format("dd/mm/yyyy").set();
            } else if (v instanceof Formula f) {
              ws.formula(r, c, f.formula());
              if (!f.cachedValue().isEmpty()) {
                cached.add("<f>" + f.formula() + "</f>");
                cached.add("<f>" + f.formula() + "</f><v>" + f.cachedValue() + "</v>");
              }
            }
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return cached.isEmpty() ? out.toByteArray() : replaceInSheets(out.toByteArray(), cached);
  }

  /**
   * FastExcel writes a formula with no value: the cached value a spreadsheet saves is put in the
   * sheets' XML here ({@code t="str"} for text), as Excel would have written it.
   */
  private static byte[] replaceInSheets(byte[] workbook, List<String> pairs) {
    try {
      Path file = Files.createTempFile("edited", ".xlsx");
      try {
        Files.write(file, workbook);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
          for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            byte[] bytes = zip.getInputStream(entry).readAllBytes();
            if (entry.getName().startsWith("xl/worksheets/")) {
              String xml = new String(bytes, StandardCharsets.UTF_8);
              for (int i = 0; i < pairs.size(); i += 2) {
                String withValue = pairs.get(i + 1);
                boolean text = !withValue.matches(".*<v>-?[0-9.]+</v>");
                xml = xml.replace(pairs.get(i), withValue);
                if (text) {
                  xml = xml.replaceAll("<c r=\"([A-Z]+[0-9]+)\"([^>]*)>" + java.util.regex.Pattern.quote(withValue),
                      "<c r=\"$1\" t=\"str\">" + java.util.regex.Matcher.quoteReplacement(withValue));
                }
              }
              bytes = xml.getBytes(StandardCharsets.UTF_8);
            }
            copy.putNextEntry(new ZipEntry(entry.getName()));
            copy.write(bytes);
            copy.closeEntry();
          }
        }
        return out.toByteArray();
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
