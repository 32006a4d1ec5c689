package org.keneya.benchmarks;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keneya.core.data.Dataset;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.model.Recommendation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dataset of N recommendations as an Excel workbook (issue 29): Keneya's {@link XlsxCodec}
 * writing it (the about sheet, a sheet per kind and per list, dropdowns, header comments, then the
 * reproducible zip) and reading it back into validated objects, against raw FastExcel writing the
 * same sheets and cells by hand ({@link HandWrittenXlsx}) and reading every cell of Keneya's
 * workbook (the floor: Keneya is built on FastExcel), and against Apache POI's streaming writer
 * (SXSSF, the same cells) and event reader (XSSFReader and SAX, every cell's text of Keneya's
 * workbook). The set-up checks once that the baselines write and see the cells Keneya's workbook
 * has.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class XlsxBenchmark {
  @Param({"1000", "100000"})
  public int recommendations;

  private final XlsxCodec codec = XlsxCodec.create(Fixtures.REGISTRY);
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
  private Dataset dataset;
  private HandWrittenXlsx.Template template;
  private byte[] keneyaBytes;

  /** Makes the dataset and Keneya's workbook of it, the template the baselines write, and checks the baselines once. */
  @Setup
  public void setUp() {
    dataset = Fixtures.dataset(recommendations);
    keneyaBytes = codec.toBytes(dataset);
    List<XlsxBaselines.SheetCells> keneya = XlsxBaselines.fastexcelRead(keneyaBytes);
    template = HandWrittenXlsx.Template.of(keneya);
    check(keneya);
  }

  /** Keneya's workbook of the dataset, to bytes. */
  @Benchmark
  public int keneyaWrite() {
    out.reset();
    codec.write(dataset, out);
    return out.size();
  }

  /** Keneya's workbook read back into a dataset of validated objects, every reference checked. */
  @Benchmark
  public Dataset keneyaRead() {
    return codec.fromBytes(keneyaBytes, "benchmark.xlsx");
  }

  /** The same sheets and cells written by hand with raw FastExcel. */
  @Benchmark
  public int fastexcelWrite() {
    out.reset();
    XlsxBaselines.FastExcelCells cells = new XlsxBaselines.FastExcelCells(out, template.sheets());
    HandWrittenXlsx.write(template, dataset, cells);
    cells.finish();
    return out.size();
  }

  /** Every cell of Keneya's workbook read with raw FastExcel, each value materialized. */
  @Benchmark
  public List<XlsxBaselines.SheetCells> fastexcelRead() {
    return XlsxBaselines.fastexcelRead(keneyaBytes);
  }

  /** The same sheets and cells written by hand with POI's streaming writer (SXSSF). */
  @Benchmark
  public int poiWrite() {
    out.reset();
    XlsxBaselines.PoiCells cells = new XlsxBaselines.PoiCells(template.sheets());
    HandWrittenXlsx.write(template, dataset, cells);
    cells.finish(out);
    return out.size();
  }

  /** Every cell's text of Keneya's workbook read with POI's event API. */
  @Benchmark
  public List<XlsxBaselines.SheetText> poiRead() {
    return XlsxBaselines.poiRead(keneyaBytes);
  }

  /**
   * That the baselines do Keneya's work: the workbooks both writers make hold, read by FastExcel,
   * the cells of Keneya's (the same sheets, rows, values and cell types: text, numbers, dates); POI's
   * reader sees the rows and cells FastExcel's sees in Keneya's workbook; and Keneya reads back
   * every recommendation.
   */
  private void check(List<XlsxBaselines.SheetCells> keneya) {
    List<String> expected = lines(keneya);
    if (!lines(XlsxBaselines.fastexcelRead(bytes(this::fastexcelWrite))).equals(expected)) {
      throw new IllegalStateException("raw FastExcel writes other cells than Keneya's workbook has");
    }
    if (!lines(XlsxBaselines.fastexcelRead(bytes(this::poiWrite))).equals(expected)) {
      throw new IllegalStateException("POI writes other cells than Keneya's workbook has");
    }
    List<String> counts = new ArrayList<>();
    for (XlsxBaselines.SheetCells sheet : keneya) {
      counts.add(sheet.name() + ": " + sheet.rows().size() + " rows, "
          + sheet.rows().stream().mapToLong(r -> Arrays.stream(r.cells()).filter(c -> c != null).count()).sum()
          + " cells");
    }
    List<String> poiCounts = new ArrayList<>();
    for (XlsxBaselines.SheetText sheet : poiRead()) {
      poiCounts.add(sheet.name() + ": " + sheet.rows().size() + " rows, "
          + sheet.rows().stream().mapToLong(List::size).sum() + " cells");
    }
    if (!poiCounts.equals(counts)) {
      throw new IllegalStateException("POI's reader sees " + poiCounts + ", FastExcel's " + counts);
    }
    if (keneyaRead().entities(Recommendation.KIND).size() != recommendations) {
      throw new IllegalStateException("Keneya reads back another number of recommendations");
    }
  }

  private byte[] bytes(Runnable write) {
    write.run();
    return out.toByteArray();
  }

  /** Each row of each sheet as a line: the sheet, the row, each cell's class and value (numbers without trailing zeros). */
  private static List<String> lines(List<XlsxBaselines.SheetCells> workbook) {
    List<String> lines = new ArrayList<>();
    for (XlsxBaselines.SheetCells sheet : workbook) {
      for (XlsxBaselines.RowCells row : sheet.rows()) {
        StringBuilder line = new StringBuilder(sheet.name()).append('!').append(row.index());
        int last = row.cells().length;
        while (last > 0 && row.cells()[last - 1] == null) {
          last--;
        }
        for (int c = 0; c < last; c++) {
          Object cell = row.cells()[c];
          Object value = cell instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : cell;
          line.append(" | ").append(cell == null ? "" : cell.getClass().getSimpleName() + ":" + value);
        }
        lines.add(line.toString());
      }
    }
    return lines;
  }
}
