package org.keneya.benchmarks;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Keneya and a baseline timed in alternation in one JVM, round after round, at 100,000
 * recommendations: a complement to the JMH suite for a machine whose host steals CPU time in
 * bursts. There, two JMH forks of one benchmark can disagree by a factor of two, so the error bars
 * of two benchmarks run minutes apart say more about the host than about the code; two operations
 * run back to back meet the same conditions. Each round times both (in alternating order), and the
 * figure is the median of the per-round ratios (baseline time / Keneya time, above 1 is faster),
 * with a distribution-free 99 % confidence interval of that median from the order statistics.
 * Each pair runs in a JVM of its own, as a JMH fork does, so that no pair's profile shapes
 * another's compiled code.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.PairedRatio        # 15 warm-up + 45 rounds
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.PairedRatio 10 31  # fewer
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.PairedRatio --ceilings  # the writers by hand
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.PairedRatio --specializations  # on vs off
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.PairedRatio --xlsx 5 15  # Excel workbooks
 * }</pre>
 */
public final class PairedRatio {
  private PairedRatio() {}

  private static final int N = 100_000;

  /** One comparison: what is measured (Keneya, or a writer by hand) and what it is measured against. */
  private record Pair(String name, Callable<?> subject, Callable<?> baseline) {}

  private static final List<String> PAIRS = List.of(
      "JSON write vs databind", "JSON read vs databind", "JSON write vs Gson", "JSON read vs Gson",
      "CSV write vs FastCSV", "CSV read vs FastCSV", "CSV write vs jackson-csv", "CSV read vs jackson-csv",
      "validate 100k vs 100 x 1k", "validate 100k vs 100 distinct x 1k");

  /** How many validations of the small dataset the growth pair times against one of the large. */
  private static final int SMALL_RUNS = 100;

  /**
   * The writers by hand ({@link HandWrittenJson}, {@link HandWrittenCsv}: the same bytes with a
   * direct getter call per property) against the baselines and against Keneya's generic writers:
   * how far any writer over these model objects could go, and what Keneya's walk costs; and the
   * growth of the validation by hand ({@link HandWrittenValidation}).
   */
  private static final List<String> CEILINGS = List.of(
      "hand JSON write vs databind", "JSON write vs hand-written",
      "hand CSV write vs FastCSV", "hand CSV write vs jackson-csv", "CSV write vs hand-written",
      "hand validate 100k vs 100 x 1k");

  /**
   * Each codec's write with its specialized writers on against the same codec with them off
   * ({@code specializedWriters(false)}: the generic walk), the same bytes: what the specializations
   * earn, which must be at least 1.1x for them to stay (issue 28).
   */
  private static final List<String> SPECIALIZATIONS = List.of(
      "JSON write specialized vs generic", "JSON Lines write specialized vs generic", "CSV write specialized vs generic");

  /**
   * The Excel workbook codec ({@link XlsxBenchmark}) against raw FastExcel writing the same cells
   * by hand and reading every cell (the floor: at least 0.7x its speed), and against POI's
   * streaming writer and event reader (at least 3x faster) — issue 29. A group of its own: a
   * workbook round takes seconds, which the default run need not pay.
   */
  private static final List<String> XLSX = List.of(
      "XLSX write vs FastExcel", "XLSX read vs FastExcel", "XLSX write vs POI SXSSF", "XLSX read vs POI event");

  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals("--pair")) {
      Pair pair = pair(Integer.parseInt(args[1]));
      System.out.println(measure(pair, Integer.parseInt(args[2]), Integer.parseInt(args[3])));
      return;
    }
    String group = args.length > 0 && args[0].startsWith("--") ? args[0] : "";
    List<List<String>> groups = List.of(PAIRS, CEILINGS, SPECIALIZATIONS, XLSX);
    int g = List.of("", "--ceilings", "--specializations", "--xlsx").indexOf(group);
    if (g < 0) {
      throw new IllegalArgumentException("unknown group " + group + "; --ceilings, --specializations or --xlsx");
    }
    int first = group.isEmpty() ? 0 : 1;
    String warmup = args.length > first ? args[first] : "15";
    String rounds = args.length > first + 1 ? args[first + 1] : "45";
    System.out.printf(Locale.ROOT,
        "N = %,d; one JVM per pair, %s warm-up and %s measured rounds; ratio = the second's time / the first's%n",
        N, warmup, rounds);
    int from = 0; // pairs are numbered through the groups in order, as --pair takes them
    for (int i = 0; i < g; i++) {
      from += groups.get(i).size();
    }
    for (int i = from; i < from + groups.get(g).size(); i++) {
      System.out.println(inChildJvm(String.valueOf(i), warmup, rounds));
    }
  }

  private static Pair pair(int index) {
    if (index >= PAIRS.size() + CEILINGS.size() + SPECIALIZATIONS.size()) {
      return xlsx(XLSX.get(index - PAIRS.size() - CEILINGS.size() - SPECIALIZATIONS.size()));
    }
    if (index >= PAIRS.size() + CEILINGS.size()) {
      return specialization(SPECIALIZATIONS.get(index - PAIRS.size() - CEILINGS.size()));
    }
    if (index >= PAIRS.size()) {
      return ceiling(CEILINGS.get(index - PAIRS.size()));
    }
    String name = PAIRS.get(index);
    if (name.startsWith("validate")) {
      return growth(name);
    }
    if (name.startsWith("JSON")) {
      JsonBenchmark json = json();
      boolean write = name.contains("write");
      Callable<?> keneya = write ? json::keneyaWrite : json::keneyaRead;
      if (name.endsWith("databind")) {
        return new Pair(name, keneya, write ? json::databindWrite : json::databindRead);
      }
      return new Pair(name, keneya, write ? json::gsonWrite : json::gsonRead);
    }
    CsvBenchmark csv = csv();
    boolean write = name.contains("write");
    Callable<?> keneya = write ? csv::keneyaWrite : csv::keneyaRead;
    if (name.endsWith("FastCSV")) {
      return new Pair(name, keneya, write ? csv::fastcsvWrite : csv::fastcsvRead);
    }
    return new Pair(name, keneya, write ? csv::jacksonCsvWrite : csv::jacksonCsvRead);
  }

  /**
   * Validation's growth from 1,000 to 100,000 recommendations: one validation of the large dataset
   * against {@value #SMALL_RUNS} of the small, so the ratio is 100 / growth — at least 0.83 for
   * the goal's growth of at most 120. The small runs validate one dataset again and again (in the
   * processor's caches after the first), or, for "distinct", {@value #SMALL_RUNS} datasets in turn
   * (as {@link ValidationInTurnBenchmark}: the large one's 60 MB, out of the caches).
   */
  private static Pair growth(String name) {
    ValidationBenchmark large = validation(N);
    ValidationBenchmark[] small = new ValidationBenchmark[name.contains("distinct") ? SMALL_RUNS : 1];
    for (int i = 0; i < small.length; i++) {
      small[i] = validation(N / SMALL_RUNS);
    }
    boolean byHand = name.startsWith("hand");
    return new Pair(name, byHand ? large::handWritten : large::validate, () -> {
      Object last = null;
      for (int i = 0; i < SMALL_RUNS; i++) {
        ValidationBenchmark one = small[i % small.length];
        last = byHand ? one.handWritten() : one.validate();
      }
      return last;
    });
  }

  private static Pair specialization(String name) {
    if (name.startsWith("JSON Lines")) {
      JsonLinesBenchmark lines = new JsonLinesBenchmark();
      lines.recommendations = N;
      lines.setUp();
      return new Pair(name, lines::keneyaWrite, lines::keneyaWriteGeneric);
    }
    if (name.startsWith("JSON")) {
      JsonBenchmark json = json();
      return new Pair(name, json::keneyaWrite, json::keneyaWriteGeneric);
    }
    CsvBenchmark csv = csv();
    return new Pair(name, csv::keneyaWrite, csv::keneyaWriteGeneric);
  }

  private static Pair xlsx(String name) {
    XlsxBenchmark xlsx = new XlsxBenchmark();
    xlsx.recommendations = N;
    xlsx.setUp();
    boolean write = name.contains("write");
    Callable<?> keneya = write ? xlsx::keneyaWrite : xlsx::keneyaRead;
    if (name.endsWith("FastExcel")) {
      return new Pair(name, keneya, write ? xlsx::fastexcelWrite : xlsx::fastexcelRead);
    }
    return new Pair(name, keneya, write ? xlsx::poiWrite : xlsx::poiRead);
  }

  private static JsonBenchmark json() {
    JsonBenchmark json = new JsonBenchmark();
    json.recommendations = N;
    json.setUp();
    return json;
  }

  private static CsvBenchmark csv() {
    CsvBenchmark csv = new CsvBenchmark();
    csv.recommendations = N;
    csv.setUp();
    return csv;
  }

  private static ValidationBenchmark validation(int recommendations) {
    ValidationBenchmark validation = new ValidationBenchmark();
    validation.recommendations = recommendations;
    validation.setUp();
    return validation;
  }

  private static Pair ceiling(String name) {
    if (name.contains("validate")) {
      return growth(name);
    }
    if (name.contains("JSON")) {
      JsonBenchmark json = json();
      return name.startsWith("hand")
          ? new Pair(name, json::handWrittenWrite, json::databindWrite)
          : new Pair(name, json::keneyaWrite, json::handWrittenWrite);
    }
    CsvBenchmark csv = csv();
    if (!name.startsWith("hand")) {
      return new Pair(name, csv::keneyaWrite, csv::handWrittenWrite);
    }
    return new Pair(name, csv::handWrittenWrite, name.endsWith("FastCSV") ? csv::fastcsvWrite : csv::jacksonCsvWrite);
  }

  private static String inChildJvm(String pair, String warmup, String rounds) throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        PairedRatio.class.getName(), "--pair", pair, warmup, rounds));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (child.waitFor() != 0) {
      throw new IllegalStateException("pair " + pair + " failed: " + output);
    }
    return output.substring(output.lastIndexOf('\n') + 1);
  }

  private static String measure(Pair pair, int warmup, int rounds) throws Exception {
    double[] ratios = new double[rounds];
    long[] keneya = new long[rounds];
    long[] baseline = new long[rounds];
    for (int i = -warmup; i < rounds; i++) {
      boolean keneyaFirst = (i & 1) == 0; // alternate the order, so neither side always runs warmer
      long k = keneyaFirst ? time(pair.subject()) : 0;
      long b = time(pair.baseline());
      k = keneyaFirst ? k : time(pair.subject());
      if (i >= 0) {
        keneya[i] = k;
        baseline[i] = b;
        ratios[i] = (double) b / k;
      }
    }
    Arrays.sort(ratios);
    Arrays.sort(keneya);
    Arrays.sort(baseline);
    int low = lowerRankOfMedianInterval(rounds, 0.01);
    return String.format(Locale.ROOT, "  %-30s %.2fx  (99%% CI %.2f-%.2fx)   medians: %.1f ms first, %.1f ms second",
        pair.name(), median(ratios), ratios[low], ratios[rounds - 1 - low], median(keneya) / 1e6, median(baseline) / 1e6);
  }

  static long time(Callable<?> operation) throws Exception {
    long start = System.nanoTime();
    Object result = operation.call();
    long elapsed = System.nanoTime() - start;
    if (result == null) { // keeps the result alive; never true
      throw new IllegalStateException("no result");
    }
    return elapsed;
  }

  static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static double median(long[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  /**
   * The 0-based index {@code j} such that {@code [sorted[j], sorted[n-1-j]]} covers the median with
   * probability at least {@code 1 - alpha}: the largest {@code j} with {@code P(B <= j) <= alpha/2}
   * for {@code B ~ Binomial(n, 1/2)} (for n = 45 and 1 %: 13, the 14th to the 32nd value).
   */
  static int lowerRankOfMedianInterval(int n, double alpha) {
    double p = Math.pow(0.5, n); // P(B = 0)
    double cumulative = p; // P(B <= 0)
    int j = -1;
    for (int k = 0; k < n / 2 && cumulative <= alpha / 2; k++) {
      j = k;
      p = p * (n - k) / (k + 1); // P(B = k + 1)
      cumulative += p; // P(B <= k + 1)
    }
    return Math.max(j, 0); // too few rounds for the level: the whole range
  }
}
