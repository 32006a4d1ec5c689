package org.keneya.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonOptions;

/**
 * Every reader and writer under test, with default options, over bytes and folders: the one place
 * the fuzz tests call Keneya's codecs. Writers also come in a second dialect (pretty JSON; CSV with
 * {@code ;}, a BOM, CRLF and the formula guard) so that accepted values are written every way.
 */
final class Codecs {
  static final KindRegistry REGISTRY = KindRegistry.load();
  static final JsonCodec JSON = JsonCodec.create(REGISTRY);
  static final JsonCodec PRETTY_JSON = JsonCodec.create(REGISTRY, JsonOptions.defaults().pretty(true));
  static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());
  static final CsvCodec EXCEL_CSV =
      CsvCodec.create(REGISTRY, CsvOptions.defaults().delimiter(';').bom(true).crlf(true).formulaGuard(true));

  private Codecs() {}

  // ---- reading, as the fuzz cases do: whatever a reader returns or throws goes to the oracle

  /**
   * Reads an input with its reader: a dataset, or for a single table the dataset of its rows. A
   * folder's files must have been written into {@code scratch} by {@link #prepare} first.
   */
  static Dataset read(Input input, Path scratch) {
    switch (input.format()) {
      case JSON:
        return JSON.read(new ByteArrayInputStream(input.bytes()), input.name());
      case JSONL:
        return JsonLines.read(new ByteArrayInputStream(input.bytes()), input.name(), REGISTRY, JsonOptions.defaults());
      case ZIP:
        return CSV.readZip(new ByteArrayInputStream(input.bytes()), input.name());
      case FOLDER:
        return CSV.readFolder(scratch.resolve(input.name()));
      case TABLE:
        return Dataset.of(REGISTRY, readTable(CSV, input.kind(), input.bytes(), input.name()));
      default:
        throw new IllegalArgumentException(input.format().toString());
    }
  }

  /** Writes what a reader reads from the file system (a folder's files) into {@code scratch}. */
  static void prepare(Input input, Path scratch) throws IOException {
    if (input.format() == Format.FOLDER) {
      writeFolder(input.files(), scratch.resolve(input.name()));
    }
  }

  /** {@link #prepare} and {@link #read}, for tests that expect no failure to prepare. */
  static Dataset prepareAndRead(Input input, Path scratch) throws IOException {
    prepare(input, scratch);
    return read(input, scratch);
  }

  static List<? extends Entity> readTable(CsvCodec csv, EntityKind<?> kind, byte[] bytes, String name) {
    return csv.readTable(kind, new ByteArrayInputStream(bytes), name);
  }

  // ---- writing

  static byte[] json(Dataset dataset) {
    return JSON.toBytes(dataset);
  }

  static byte[] jsonLines(Dataset dataset) {
    return JsonLines.toBytes(dataset);
  }

  static byte[] zip(CsvCodec csv, Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.writeZip(dataset, out);
    return out.toByteArray();
  }

  static byte[] table(CsvCodec csv, Dataset dataset, EntityKind<?> kind) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.writeTable(dataset, kind, out);
    return out.toByteArray();
  }

  /** The files {@link CsvCodec#writeFolder} writes, by name. */
  static Map<String, byte[]> folderFiles(Dataset dataset, Path scratch) throws IOException {
    Path folder = Files.createTempDirectory(scratch, "write");
    Files.delete(folder); // writeFolder wants a new (or empty) folder
    CSV.writeFolder(dataset, folder);
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(folder)) {
      for (Path p : list.sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    deleteTree(folder);
    return files;
  }

  /** Writes a folder's files (names may hold {@code /} for subfolders) into a new folder. */
  static Path writeFolder(Map<String, byte[]> files, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path path = folder.resolve(file.getKey());
      if (file.getKey().endsWith("/")) {
        Files.createDirectories(path);
      } else {
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    }
    return folder;
  }

  /** Deletes a file or folder and everything in it; a missing one is fine. */
  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
