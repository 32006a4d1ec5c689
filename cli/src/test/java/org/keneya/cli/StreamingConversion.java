package org.keneya.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.keneya.core.value.Deadline;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonLinesWriter;
import org.keneya.model.Actor;
import org.keneya.model.HealthCodelists;
import org.keneya.model.Recommendation;

/**
 * Runs {@code keneya convert big.jsonl recommendation.csv} in a child JVM with a small heap, for
 * {@link StreamingMemoryTest}, which writes the input first. Prints {@code ok <exit> <jsonl bytes>
 * <csv rows> <peak heap MiB>}.
 */
public final class StreamingConversion {
  private StreamingConversion() {}

  /** {@code StreamingConversion INPUT.jsonl OUTPUT.csv}: converts, then counts the table's rows. */
  public static void main(String[] args) throws Exception {
    Path lines = Path.of(args[0]);
    Path table = Path.of(args[1]);
    // one pass: the table's language columns are given (without --languages a first pass finds them, streaming too)
    int exit = KeneyaCli.run(System.out, System.err, "convert", lines.toString(), table.toString(), "--languages", "fr", "--quiet");
    long rows = 0;
    try (BufferedReader reader = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
      while (reader.readLine() != null) {
        rows++;
      }
    }
    System.out.println("ok " + exit + " " + Files.size(lines) + " " + (rows - 1) + " " + peakHeapMib());
  }

  /** Writes {@code n} recommendations as JSON Lines, in constant memory. */
  static void write(int n, Path lines) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(lines), 1 << 16);
         JsonLinesWriter writer = JsonLines.writer(out, Cli.REGISTRY)) {
      for (int i = 0; i < n; i++) {
        writer.write(recommendation(i));
      }
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
