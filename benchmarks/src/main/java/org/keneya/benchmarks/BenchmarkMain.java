package org.keneya.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints each one's ratio to its baseline measured in the same run. A
 * ratio is baseline time / Keneya time, so 1.0× means as fast as the baseline and above 1 faster.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.BenchmarkMain            # quick
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.BenchmarkMain --full Json # full, with -prof gc
 * }</pre>
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /** Keneya benchmark (or a writer by hand), baseline benchmark. */
  private static final String[][] PAIRS = {
    {"JsonBenchmark.keneyaWrite", "JsonBenchmark.databindWrite"},
    {"JsonBenchmark.keneyaRead", "JsonBenchmark.databindRead"},
    {"JsonBenchmark.keneyaWrite", "JsonBenchmark.gsonWrite"},
    {"JsonBenchmark.keneyaRead", "JsonBenchmark.gsonRead"},
    {"CsvBenchmark.keneyaWrite", "CsvBenchmark.fastcsvWrite"},
    {"CsvBenchmark.keneyaRead", "CsvBenchmark.fastcsvRead"},
    {"CsvBenchmark.keneyaWrite", "CsvBenchmark.jacksonCsvWrite"},
    {"CsvBenchmark.keneyaRead", "CsvBenchmark.jacksonCsvRead"},
    {"GenerationBenchmark.generateDatasetOf100", "GenerationBenchmark.baselinePlainRecords"},
    {"JsonLinesBenchmark.keneyaWrite", "JsonLinesBenchmark.databindWrite"},
    {"JsonLinesBenchmark.keneyaRead", "JsonLinesBenchmark.databindRead"},
    {"CsvFolderBenchmark.keneyaWrite", "CsvFolderBenchmark.fastcsvWrite"},
    {"CsvFolderBenchmark.keneyaRead", "CsvFolderBenchmark.fastcsvRead"},
    {"DatasetGenerationBenchmark.generate", "DatasetGenerationBenchmark.baselinePlainRecords"},
    // the writers by hand: the ceiling of a writer over the model's objects (see PairedRatio)
    {"JsonBenchmark.handWrittenWrite", "JsonBenchmark.databindWrite"},
    {"JsonBenchmark.keneyaWrite", "JsonBenchmark.handWrittenWrite"},
    {"CsvBenchmark.handWrittenWrite", "CsvBenchmark.fastcsvWrite"},
    {"CsvBenchmark.handWrittenWrite", "CsvBenchmark.jacksonCsvWrite"},
    {"CsvBenchmark.keneyaWrite", "CsvBenchmark.handWrittenWrite"},
    // the specialized writers against the generic walk, the same codec with them off (issue 28)
    {"JsonBenchmark.keneyaWrite", "JsonBenchmark.keneyaWriteGeneric"},
    {"JsonLinesBenchmark.keneyaWrite", "JsonLinesBenchmark.keneyaWriteGeneric"},
    {"CsvBenchmark.keneyaWrite", "CsvBenchmark.keneyaWriteGeneric"},
  };

  /** The parameter whose values are compared for growth, and its small and large values. */
  private static final String SIZE = "recommendations";
  private static final String SMALL = "1000";
  private static final String LARGE = "100000";

  public static void main(String[] args) throws Exception {
    boolean full = false;
    List<String> includes = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--full")) {
        full = true;
      } else {
        includes.add(arg);
      }
    }
    ChainedOptionsBuilder options = new OptionsBuilder();
    if (includes.isEmpty()) {
      options.include("org\\.keneya\\.benchmarks\\..*Benchmark");
    }
    includes.forEach(options::include);
    if (full) {
      options.addProfiler(GCProfiler.class);
    } else {
      options.forks(1).warmupIterations(2).measurementIterations(3)
          .warmupTime(TimeValue.seconds(1)).measurementTime(TimeValue.seconds(1));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    printRatios(results);
  }

  private static void printRatios(Collection<RunResult> results) {
    Map<String, Result<?>> byName = new TreeMap<>();
    Map<String, Double> allocation = new TreeMap<>();
    for (RunResult run : results) {
      String benchmark = run.getParams().getBenchmark();
      String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
      String param = run.getParams().getParamsKeys().stream()
          .map(k -> k + "=" + run.getParams().getParam(k)).reduce((a, b) -> a + "," + b).orElse("");
      byName.put(name + "|" + param, run.getPrimaryResult());
      Result<?> alloc = run.getSecondaryResults().get("·gc.alloc.rate.norm");
      if (alloc != null) {
        allocation.put(name + "|" + param, alloc.getScore());
      }
    }
    printGrowth(byName);
    System.out.println();
    System.out.println("Ratios to baselines in this run (baseline time / Keneya time; > 1 is faster):");
    for (Map.Entry<String, Result<?>> e : byName.entrySet()) {
      String[] key = e.getKey().split("\\|", -1);
      for (String[] pair : PAIRS) {
        if (pair[0].equals(key[0])) {
          Result<?> baseline = byName.get(pair[1] + "|" + key[1]);
          if (baseline != null) {
            Result<?> keneya = e.getValue();
            String line = String.format(Locale.ROOT, "  %-42s %-20s %10.3f ± %-8.3f %s vs %-32s %10.3f ± %-8.3f -> %.2fx",
                key[0], key[1], keneya.getScore(), keneya.getScoreError(), keneya.getScoreUnit(), pair[1],
                baseline.getScore(), baseline.getScoreError(), baseline.getScore() / keneya.getScore());
            Double a = allocation.get(e.getKey());
            Double b = allocation.get(pair[1] + "|" + key[1]);
            if (a != null && b != null && b > 0) {
              line += String.format(Locale.ROOT, "  (allocation %.2fx the baseline's)", a / b);
            }
            System.out.println(line);
          }
        }
      }
    }
  }

  /** Each benchmark's time at 100,000 recommendations over its time at 1,000: 100 is linear growth. */
  private static void printGrowth(Map<String, Result<?>> byName) {
    System.out.println();
    System.out.println("Growth from " + SIZE + "=" + SMALL + " to " + LARGE + " (time ratio; 100 is linear):");
    for (Map.Entry<String, Result<?>> e : byName.entrySet()) {
      String[] key = e.getKey().split("\\|", -1);
      if (key[1].equals(SIZE + "=" + SMALL)) {
        Result<?> large = byName.get(key[0] + "|" + SIZE + "=" + LARGE);
        if (large != null) {
          System.out.println(String.format(Locale.ROOT, "  %-48s %10.3f -> %10.3f %s  x%.1f",
              key[0], e.getValue().getScore(), large.getScore(), large.getScoreUnit(), large.getScore() / e.getValue().getScore()));
        }
      }
    }
  }
}
