package org.keneya.io.xlsx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.keneya.testdomain.Operator;

/**
 * The program {@link StreamingMemoryTest} runs in a JVM of its own, with a small heap: writes
 * {@value #ROWS} operators, generated one at a time, to the workbook file named by its argument,
 * then counts the rows of the operator sheet as a stream; exits 0 only if they are all there.
 */
final class MillionRows {
  static final int ROWS = 1_000_000;

  private MillionRows() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long start = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        XlsxWriter writer = Fixtures.XLSX.writer(out)) {
      writer.write(Operator.KIND, StreamingWriterTest.generated(ROWS, StreamingWriterTest::operator));
      writer.finish();
    }
    long written = System.nanoTime();
    long rows;
    try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
        Stream<Row> stream = workbook.findSheet("operator").orElseThrow().openStream()) {
      rows = stream.count() - 1; // the header
    }
    System.out.printf("%d rows written in %d ms (%d bytes), read back in %d ms; heap %d MB, its old generation's peak %d MB%n",
        rows, (written - start) / 1_000_000, Files.size(file), (System.nanoTime() - written) / 1_000_000,
        Runtime.getRuntime().maxMemory() >> 20, oldGenerationPeak() >> 20);
    System.exit(rows == ROWS ? 0 : 1);
  }

  /** The peak of the heap's old generation, where what lives long ends up (0 if the collector has none). */
  private static long oldGenerationPeak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP && p.getName().matches(".*(Old|Tenured).*"))
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
