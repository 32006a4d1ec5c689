package org.keneya.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Where a CSV table's time can go, measured against jackson-dataformat-csv's record mapping in one
 * JVM, for reading and for writing: jackson-csv's streaming parser or generator alone on the same
 * cells, raw FastCSV, and Keneya's table reader or writer, each as a fraction of the mapping's time
 * (the median over rounds that run all of them in turn). Keneya's own work is its time less raw
 * FastCSV's through the same character encoder; a codec on jackson-csv's parser or generator would
 * take that library's time plus this work. BENCHMARKS.md uses it to show why reading and writing as
 * fast as the record mapping is out of reach.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.CsvFloor   # about four minutes
 * }</pre>
 */
public final class CsvFloor {
  private static final int WARMUP = 10;
  private static final int ROUNDS = 40;

  private CsvFloor() {}

  public static void main(String[] args) throws Exception {
    CsvBenchmark csv = new CsvBenchmark();
    csv.recommendations = 100_000;
    csv.setUp();
    System.out.printf("time / jackson-csv record mapping's (median of %d rounds, N = 100,000)%n", ROUNDS);
    // Keneya decodes and encodes through its own Utf8 reader and writer, so its own work is measured
    // against raw FastCSV through them rather than through the JDK's reader and writer.
    double[] read = medians(List.of(
        csv::jacksonCsvRead, csv::jacksonCsvTokens, csv::fastcsvRead, csv::fastcsvUtf8Read, csv::keneyaRead));
    report("reading", "tokens", read[0], read[1], read[2], read[3]);
    double[] write = medians(List.of(
        csv::jacksonCsvWrite, csv::jacksonCsvCells, csv::fastcsvWrite, csv::fastcsvUtf8Write, csv::keneyaWrite));
    report("writing", "cells", write[0], write[1], write[2], write[3]);
  }

  /**
   * Fractions of the mapping's time: jackson-csv alone, raw FastCSV as the benchmark runs it, raw
   * FastCSV as Keneya runs it, and Keneya.
   */
  private static void report(String direction, String alone, double jackson, double raw, double rawLikeKeneya, double keneya) {
    double own = keneya - rawLikeKeneya;
    double onJackson = jackson + own;
    System.out.printf(
        "%s:%n  jackson-csv %s only %.2f%n  raw FastCSV %.2f (as Keneya runs it %.2f)%n  Keneya %.2f%n"
            + "  Keneya's own work %.2f; on jackson-csv %s Keneya would take %.2f -> %.2fx the mapping%n",
        direction, alone, jackson, raw, rawLikeKeneya, keneya, own, alone, onJackson, 1 / onJackson);
  }

  /** The median fraction of the first operation's time that each of the others takes. */
  private static double[] medians(List<Callable<?>> ops) throws Exception {
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
    double[] medians = new double[fractions.length];
    for (int i = 0; i < fractions.length; i++) {
      Arrays.sort(fractions[i]);
      medians[i] = PairedRatio.median(fractions[i]);
    }
    return medians;
  }
}
