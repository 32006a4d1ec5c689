package org.keneya.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Where a CSV reader's time can go, measured against jackson-dataformat-csv's record mapping in one
 * JVM: jackson-csv's tokens alone, raw FastCSV, and Keneya's table reader, each as a fraction of
 * the mapping's time (the median over rounds that run all four in turn). Keneya's own work is its
 * time less raw FastCSV's; a reader on jackson-csv's parser would take the tokens' time plus that
 * work. BENCHMARKS.md uses it to show why reading as fast as the record mapping is out of reach.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.CsvReadFloor   # about two minutes
 * }</pre>
 */
public final class CsvReadFloor {
  private CsvReadFloor() {}

  public static void main(String[] args) {
    CsvBenchmark csv = new CsvBenchmark();
    csv.recommendations = 100_000;
    csv.setUp();
    LongSupplier fastcsv = () -> {
      try {
        return csv.fastcsvRead();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
    List<LongSupplier> ops = List.of(csv::jacksonCsvRead, csv::jacksonCsvTokens, fastcsv, csv::keneyaRead);
    List<List<Double>> fractions = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    long sink = 0;
    for (int round = 0; round < 50; round++) {
      long[] nanos = new long[ops.size()];
      for (int i = 0; i < ops.size(); i++) {
        long start = System.nanoTime();
        sink += ops.get(i).getAsLong();
        nanos[i] = System.nanoTime() - start;
      }
      if (round >= 10) { // warm-up rounds
        for (int i = 1; i < ops.size(); i++) {
          fractions.get(i - 1).add((double) nanos[i] / nanos[0]);
        }
      }
    }
    fractions.forEach(Collections::sort);
    double tokens = median(fractions.get(0));
    double raw = median(fractions.get(1));
    double keneya = median(fractions.get(2));
    System.out.printf(
        "time / jackson-csv record mapping's (median of %d rounds, N = 100,000; checksum %d):%n"
            + "  jackson-csv tokens only %.2f%n  raw FastCSV %.2f%n  Keneya TableReader %.2f%n"
            + "  Keneya's own work (Keneya - FastCSV) %.2f; on jackson-csv tokens Keneya would take %.2f -> %.2fx the mapping%n",
        fractions.get(0).size(), sink, tokens, raw, keneya, keneya - raw,
        tokens + keneya - raw, 1 / (tokens + keneya - raw));
  }

  private static double median(List<Double> sorted) {
    return sorted.get(sorted.size() / 2);
  }
}
