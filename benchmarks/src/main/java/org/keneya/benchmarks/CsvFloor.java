package org.keneya.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

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
  private static final int WARMUP = 10;
  private static final int ROUNDS = 40;

  private CsvReadFloor() {}

  public static void main(String[] args) throws Exception {
    CsvBenchmark csv = new CsvBenchmark();
    csv.recommendations = 100_000;
    csv.setUp();
    List<Callable<?>> ops = List.of(csv::jacksonCsvRead, csv::jacksonCsvTokens, csv::fastcsvRead, csv::keneyaRead);
    double[][] fractions = new double[ops.size() - 1][ROUNDS];
    for (int round = 0; round < WARMUP + ROUNDS; round++) {
      long mapping = PairedRatio.time(ops.get(0));
      for (int i = 1; i < ops.size(); i++) {
        double fraction = (double) PairedRatio.time(ops.get(i)) / mapping;
        if (round >= WARMUP) {
          fractions[i - 1][round - WARMUP] = fraction;
        }
      }
    }
    for (double[] f : fractions) {
      Arrays.sort(f);
    }
    double tokens = PairedRatio.median(fractions[0]);
    double raw = PairedRatio.median(fractions[1]);
    double keneya = PairedRatio.median(fractions[2]);
    System.out.printf(
        "time / jackson-csv record mapping's (median of %d rounds, N = 100,000):%n"
            + "  jackson-csv tokens only %.2f%n  raw FastCSV %.2f%n  Keneya TableReader %.2f%n"
            + "  Keneya's own work (Keneya - FastCSV) %.2f; on jackson-csv tokens Keneya would take %.2f -> %.2fx the mapping%n",
        ROUNDS, tokens, raw, keneya, keneya - raw, tokens + keneya - raw, 1 / (tokens + keneya - raw));
  }
}
