package org.keneya.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The baselines of {@link XlsxBenchmark}, with no Keneya code in them: raw FastExcel writing and
 * reading cells (the floor under Keneya's workbook codec, which is built on it), and what a user
 * would otherwise pick for large workbooks, Apache POI's streaming writer (SXSSF) and its event
 * reader (XSSFReader with XSSFSheetXMLHandler over SAX).
 *
 * <pre>{@code
 * XlsxBaselines.FastExcelCells cells = new XlsxBaselines.FastExcelCells(out, template.sheets());
 * HandWrittenXlsx.write(template, dataset, cells);
 * cells.finish();
 * List<XlsxBaselines.SheetCells> read = XlsxBaselines.fastexcelRead(workbook);
 * }</pre>
 */
final class XlsxBaselines {
  private XlsxBaselines() {}

  /** A sheet's rows as read: its name, its rows in order. */
  record SheetCells(String name, List<RowCells> rows) {}

  /**
   * A row as read: its index from 0, its cells by column — a {@link String}, a {@link
   * java.math.BigDecimal}, a {@link java.time.LocalDateTime} for a number shown as a date, a
   * {@link Boolean}, or null where the row has no cell.
   */
  record RowCells(int index, Object[] cells) {}

  /** A sheet's rows as POI's event reader gives them: each row's cells' text, as Excel would show it. */
  record SheetText(String name, List<List<String>> rows) {}

  // ---- raw FastExcel

  /** A {@link HandWrittenXlsx.Cells} writing through FastExcel; {@link #finish} ends the workbook. */
  static final class FastExcelCells implements HandWrittenXlsx.Cells {
    private final Workbook workbook;
    private final Worksheet[] sheets;
    private Worksheet sheet;
    private int r;

    FastExcelCells(OutputStream out, List<String> names) {
      workbook = new Workbook(out, "Keneya", null);
      sheets = new Worksheet[names.size()];
      for (int i = 0; i < sheets.length; i++) {
        sheets[i] = workbook.newWorksheet(names.get(i));
      }
    }

    @Override
    public void sheet(int index) {
      sheet = sheets[index];
    }

    @Override
    public void header(String[] names) {
      for (int c = 0; c < names.length; c++) {
        sheet.value(0, c, names[c]);
        sheet.style(0, c).bold().fillColor(HandWrittenXlsx.HEADER_FILL).set();
      }
      sheet.freezePane(0, 1);
    }

    @Override
    public void row(int r) {
      this.r = r;
    }

    @Override
    public void text(int c, String text) {
      sheet.value(r, c, text);
    }

    @Override
    public void number(int c, int number) {
      sheet.value(r, c, number);
    }

    @Override
    public void date(int c, LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format(HandWrittenXlsx.DATE_FORMAT).set();
    }

    /** Writes what FastExcel still holds and ends the workbook; the stream is left open. */
    void finish() {
      try {
        workbook.finish();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Cell formats read with the cells, so that a number shown as a date is read as a date. */
  private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

  /** Every cell of every sheet of {@code workbook} read by FastExcel's reader, each value materialized. */
  static List<SheetCells> fastexcelRead(byte[] workbook) {
    try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook), WITH_FORMATS)) {
      List<SheetCells> sheets = new ArrayList<>();
      for (Sheet sheet : book.getSheets().toList()) {
        List<RowCells> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
          stream.forEach(row -> {
            Object[] cells = new Object[row.getCellCount()];
            for (int c = 0; c < cells.length; c++) {
              cells[c] = value(row.getCell(c));
            }
            rows.add(new RowCells(row.getRowNum() - 1, cells));
          });
        }
        sheets.add(new SheetCells(sheet.getName(), rows));
      }
      return sheets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(Cell cell) {
    if (cell == null) {
      return null;
    }
    switch (cell.getType()) {
      case STRING:
        return cell.getText();
      case NUMBER: {
        String format = cell.getDataFormatString();
        return format != null && format.contains("yy") ? cell.asDate() : cell.asNumber();
      }
      case BOOLEAN:
        return cell.asBoolean();
      case EMPTY:
        return null;
      default:
        return cell.getRawValue();
    }
  }

  // ---- Apache POI

  /** The rows SXSSF keeps in memory before it writes them to its temporary file. */
  static final int POI_WINDOW = 100;

  /** A {@link HandWrittenXlsx.Cells} writing through POI's SXSSF; {@link #finish} writes the workbook and disposes of its temporary files. */
  static final class PoiCells implements HandWrittenXlsx.Cells {
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(POI_WINDOW);
    private final SXSSFSheet[] sheets;
    private final CellStyle headerStyle;
    private final CellStyle dateStyle;
    private SXSSFSheet sheet;
    private SXSSFRow row;

    PoiCells(List<String> names) {
      sheets = new SXSSFSheet[names.size()];
      for (int i = 0; i < sheets.length; i++) {
        sheets[i] = workbook.createSheet(names.get(i));
      }
      Font bold = workbook.createFont();
      bold.setBold(true);
      XSSFCellStyle header = (XSSFCellStyle) workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}, null));
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      headerStyle = header;
      dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat(HandWrittenXlsx.DATE_FORMAT));
    }

    @Override
    public void sheet(int index) {
      sheet = sheets[index];
    }

    @Override
    public void header(String[] names) {
      SXSSFRow header = sheet.createRow(0);
      for (int c = 0; c < names.length; c++) {
        org.apache.poi.ss.usermodel.Cell cell = header.createCell(c);
        cell.setCellValue(names[c]);
        cell.setCellStyle(headerStyle);
      }
      sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(int r) {
      row = sheet.createRow(r);
    }

    @Override
    public void text(int c, String text) {
      row.createCell(c).setCellValue(text);
    }

    @Override
    public void number(int c, int number) {
      row.createCell(c).setCellValue(number);
    }

    @Override
    public void date(int c, LocalDate date) {
      org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
      cell.setCellValue(date);
      cell.setCellStyle(dateStyle);
    }

    /** Writes the workbook to {@code out}, left open, and deletes SXSSF's temporary files. */
    void finish(OutputStream out) {
      try {
        workbook.write(out);
        workbook.dispose();
        workbook.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Every cell of every sheet of {@code workbook} read by POI's event API, each cell's text
   * materialized as POI's {@link DataFormatter} shows it (dates {@code dd/mm/yyyy}); the comments
   * are not read.
   */
  static List<SheetText> poiRead(byte[] workbook) {
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(workbook))) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      DataFormatter formatter = new DataFormatter();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      List<SheetText> sheets = new ArrayList<>();
      while (it.hasNext()) {
        try (InputStream in = it.next()) {
          List<List<String>> rows = new ArrayList<>();
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowsOfText(rows), formatter, false));
          parser.parse(new InputSource(in));
          sheets.add(new SheetText(it.getSheetName(), rows));
        }
      }
      return sheets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) { // POI's and SAX's checked exceptions: the workbook is Keneya's, read in set-up first
      throw new IllegalStateException(e);
    }
  }

  /** The rows of a sheet, each the list of its cells' text, as POI's handler hands them over. */
  private static final class RowsOfText implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<List<String>> rows;
    private List<String> row;

    RowsOfText(List<List<String>> rows) {
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      row = new ArrayList<>();
    }

    @Override
    public void endRow(int rowNum) {
      rows.add(row);
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
      row.add(formattedValue);
    }
  }
}
