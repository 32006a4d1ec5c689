package org.keneya.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.keneya.core.data.Dataset;
import org.keneya.io.csv.CsvCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole dataset as a folder of CSV tables (one per kind, with {@code datapackage.json}):
 * {@link CsvCodec#writeFolder} and {@link CsvCodec#readFolder} (validated objects, every foreign key
 * checked) against raw FastCSV writing and reading the same tables' strings to and from files in a
 * folder. Each write goes to a new folder of a temporary directory emptied after each iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CsvFolderBenchmark {
  @Param({"1000", "100000"})
  public int recommendations;

  private final CsvCodec codec = CsvCodec.create(Fixtures.REGISTRY);
  private Dataset dataset;
  private Path root;
  private Path written;
  private final Map<String, List<String[]>> tables = new LinkedHashMap<>();
  private int next;

  @Setup
  public void setUp() throws IOException {
    dataset = Fixtures.dataset(recommendations);
    root = Files.createTempDirectory("keneya-bench-");
    written = root.resolve("reference");
    codec.writeFolder(dataset, written);
    try (Stream<Path> files = Files.list(written)) {
      for (Path table : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        List<String[]> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(table)) {
          reader.forEach(r -> rows.add(r.getFields().toArray(String[]::new)));
        }
        tables.put(table.getFileName().toString(), rows);
      }
    }
  }

  @TearDown(Level.Iteration)
  public void emptyTheWrittenFolders() throws IOException {
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.filter(f -> !f.equals(written)).toList()) {
        delete(folder);
      }
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    delete(root);
  }

  private static void delete(Path path) throws IOException {
    try (Stream<Path> all = Files.walk(path)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Benchmark
  public Path keneyaWrite() {
    Path folder = root.resolve("k" + next++);
    codec.writeFolder(dataset, folder);
    return folder;
  }

  @Benchmark
  public Dataset keneyaRead() {
    return codec.readFolder(written);
  }

  @Benchmark
  public Path fastcsvWrite() throws IOException {
    Path folder = Files.createDirectory(root.resolve("f" + next++));
    for (Map.Entry<String, List<String[]>> table : tables.entrySet()) {
      try (CsvWriter writer = CsvWriter.builder().build(folder.resolve(table.getKey()))) {
        for (String[] row : table.getValue()) {
          writer.writeRecord(row);
        }
      }
    }
    return folder;
  }

  @Benchmark
  public long fastcsvRead() {
    long chars = 0;
    for (String table : tables.keySet()) {
      try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(written.resolve(table))) {
        for (CsvRecord record : reader) {
          for (int i = 0; i < record.getFieldCount(); i++) {
            chars += record.getField(i).length();
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return chars;
  }
}
