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
import java.util.List;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;

/**
 * Writes N recommendations as one table to a file and reads them back row by row; run by {@link
 * CsvMemoryTest} in a child JVM with {@code -Xmx64m}. Prints {@code ok <rows> <bytes> <peak heap MiB>}.
 */
public final class MillionRows {
  private MillionRows() {}

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    Path file = Files.createTempFile("keneya-million", ".csv");
    try {
      CsvCodec csv = CsvCodec.create(KindRegistry.load(), CsvOptions.defaults().delimiter(';').bom(true).crlf(true));
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
           TableWriter<Recommendation> writer = csv.tableWriter(Recommendation.KIND, List.of("fr"), out)) {
        for (int i = 0; i < n; i++) {
          writer.write(recommendation(i));
        }
      }
      long read = 0;
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
           TableReader<Recommendation> reader = csv.tableReader(Recommendation.KIND, in, "recommendation.csv")) {
        while (reader.hasNext()) {
          Recommendation r = reader.next();
          if (!r.equals(recommendation((int) read))) {
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

  static Recommendation recommendation(int i) {
    return Recommendation.builder()
        .id(Id.of("r" + i))
        .type(HealthCodelists.RECOMMENDATION)
        .statement(LocalizedText.fr("Élaborer un plan de renouvellement; de la \"logistique\" roulante n° " + i))
        .addLead(Actor.ref("actor-" + (i % 100)))
        .responsibleAsWritten("Les DFM")
        .deadline(Deadline.beforeEvent("Avant CT 2018", "CT 2018"))
        .build();
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
