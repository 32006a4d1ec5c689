package org.keneya.io.csv;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.keneya.core.value.Code;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.testdomain.Inspection;
import org.keneya.testdomain.Observatory;

/**
 * Writes N inspections of the test domain as one table to a file and reads them back row by row; run by {@link
 * CsvMemoryTest} in a child JVM with {@code -Xmx64m}. Prints {@code ok <rows> <bytes> <peak heap MiB>}.
 */
public final class MillionRows {
  private MillionRows() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path file = Files.createTempFile("keneya-million", ".csv");
    try {
      CsvCodec csv = CsvCodec.create(Observatory.registry(), CsvOptions.defaults().delimiter(';').bom(true).crlf(true));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
           TableWriter<Inspection> writer = csv.tableWriter(Inspection.KIND, List.of("fr"), out)) {
        for (int i = 0; i < n; i++) {
          writer.write(inspection(i));
        }
      }
      long read = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
           TableReader<Inspection> reader = csv.tableReader(Inspection.KIND, in, "inspection.csv")) {
        while (reader.hasNext()) {
          Inspection r = reader.next();
          if (!r.equals(inspection((int) read))) {
            throw new AssertionError("row " + read + " came back as " + r);
          }
          read++;
        }
      }
      if (read != n) {
        throw new AssertionError("wrote " + n + " but read " + read);
      }
      System.out.println("ok " + read + " " + Files.size(file) + " " + peakHeapMib());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static Inspection inspection(int i) {
    return new Inspection(Id.of("i" + i), Ref.of("station", "station-" + (i % 100)),
        List.of(Ref.of("operator", "operator-" + (i % 100))), LocalDate.of(2024, 1, 1).plusDays(i % 366), Code.of("fail"),
        LocalizedText.fr("Nettoyer le pluviomètre; le \"cône\" est obstrué, relevé n° " + i), null,
        Deadline.beforeEvent("Avant la saison des pluies", "saison des pluies"), null);
  }

  private static long peakHeapMib() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }
}
