package org.keneya.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.keneya.core.data.Dataset;
import org.keneya.cli.KeneyaCli;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonLinesReader;
import org.keneya.io.json.JsonLinesWriter;
import org.keneya.seeds.Seeds;

/**
 * The memory figures of BENCHMARKS.md, each measured in a child JVM with the serial collector: the
 * peak heap of loading the seeds and of reading a 100,000-recommendation dataset from JSON; the
 * live heap after a full collection in the middle of reading a JSON Lines stream of 100,000 and of
 * 1,000,000 recommendations (streaming: it must not grow with the input); and a
 * million-recommendation JSON Lines to CSV conversion through the {@code keneya} command line in
 * {@code -Xmx64m}.
 *
 * <pre>{@code
 * benchmarks/run.sh --memory
 * java -cp benchmarks/target/benchmarks.jar org.keneya.benchmarks.MemoryReport
 * }</pre>
 */
public final class MemoryReport {
  private MemoryReport() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      child(args);
      return;
    }
    Path work = Files.createTempDirectory("keneya-memory-");
    try {
      System.out.println("Memory (child JVMs, -XX:+UseSerialGC; MiB = 2^20 bytes)");
      System.out.println("  seeds: " + run("-Xmx1g", "seeds"));
      Path json = work.resolve("100k.json");
      Files.write(json, JsonCodec.create(Fixtures.REGISTRY).toBytes(Fixtures.dataset(100_000)));
      System.out.println("  100,000-recommendation dataset read from JSON (" + mib(Files.size(json)) + " file): "
          + run("-Xmx2g", "read-json", json.toString()));
      for (int n : new int[] {100_000, 1_000_000}) {
        Path lines = work.resolve(n + ".jsonl");
        writeLines(n, lines);
        System.out.println("  JSON Lines stream of " + String.format(Locale.ROOT, "%,d", n) + " recommendations ("
            + mib(Files.size(lines)) + "), read in -Xmx64m: " + run("-Xmx64m", "stream", lines.toString(), Integer.toString(n)));
      }
      Path lines = work.resolve(1_000_000 + ".jsonl");
      Path csv = work.resolve("recommendation.csv");
      long start = System.nanoTime();
      String cli = run("-Xmx64m", "cli", lines.toString(), csv.toString());
      System.out.println(String.format(Locale.ROOT,
          "  keneya convert 1000000.jsonl recommendation.csv in -Xmx64m: %s, %.1f s, %s of CSV",
          cli, (System.nanoTime() - start) / 1e9, mib(Files.size(csv))));
    } finally {
      try (Stream<Path> all = Files.walk(work)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  /** Runs this class in a child JVM with {@code heap}; returns its last line of output. */
  private static String run(String heap, String... args) throws IOException, InterruptedException {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), MemoryReport.class.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!child.waitFor(30, TimeUnit.MINUTES) || child.exitValue() != 0) {
      throw new IllegalStateException("child failed: " + output);
    }
    return output.substring(output.lastIndexOf('\n') + 1);
  }

  /** A JSON Lines file of the benchmark fixture with {@code n} recommendations, written as a stream. */
  static void writeLines(int n, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); JsonLinesWriter writer = JsonLines.writer(out, Fixtures.REGISTRY)) {
      for (int i = 0; i < Fixtures.ACTORS; i++) {
        writer.write(Fixtures.actor(i));
      }
      writer.write(Fixtures.framework());
      for (int i = 0; i < Fixtures.PILLARS; i++) {
        writer.write(Fixtures.pillar(i));
      }
      for (int i = 0; i < Fixtures.meetings(n); i++) {
        writer.write(Fixtures.meeting(i));
      }
      for (int i = 0; i < n; i++) {
        writer.write(Fixtures.recommendation(i));
      }
    }
  }

  private static void child(String[] args) throws Exception {
    resetPeaks();
    switch (args[0]) {
      case "seeds" -> {
        Dataset seeds = Seeds.load();
        System.out.println(seeds.size() + " records, peak heap " + mib(peak()) + ", live after a full GC " + mib(live()));
      }
      case "read-json" -> {
        Dataset dataset;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
          dataset = JsonCodec.create(Fixtures.REGISTRY).read(in, args[1]);
        }
        System.out.println(dataset.size() + " entities, peak heap " + mib(peak()) + ", live after a full GC " + mib(live()));
      }
      case "stream" -> {
        int n = Integer.parseInt(args[2]);
        long count = 0;
        long middle = -1;
        try (InputStream in = Files.newInputStream(Path.of(args[1]));
            JsonLinesReader reader = JsonLines.reader(in, args[1], Fixtures.REGISTRY)) {
          while (reader.hasNext()) {
            reader.next();
            if (++count == n / 2) {
              middle = live();
            }
          }
        }
        System.out.println(count + " entities, live heap after a full GC half way " + mib(middle) + ", peak " + mib(peak()));
      }
      case "cli" -> {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = KeneyaCli.run(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), "convert", "--quiet", args[1], args[2]);
        if (exit != 0) {
          throw new IllegalStateException("exit " + exit + ": " + err.toString(StandardCharsets.UTF_8));
        }
        System.out.println("exit 0, peak heap " + mib(peak()));
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peak usage since the last reset. */
  private static long peak() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  /** The heap in use after a full collection. */
  private static long live() {
    System.gc();
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
