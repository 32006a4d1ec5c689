package org.keneya.cli;

import com.google.common.collect.ImmutableList;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidDataException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.Violation;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.csv.TableReader;
import org.keneya.io.csv.TableWriter;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonLinesReader;
import org.keneya.io.json.JsonLinesWriter;
import org.keneya.io.json.JsonOptions;
import org.keneya.io.xlsx.ExcelLimitException;
import org.keneya.io.xlsx.XlsxCodec;
import org.keneya.io.xlsx.XlsxOptions;
import org.keneya.io.xlsx.XlsxWorkbook;

/**
 * Reads and writes datasets in every {@link Format} through the public codecs, and streams entity by
 * entity between JSON Lines and single CSV tables. Files are named in messages as the user wrote
 * them; every output goes through {@link AtomicOutput}.
 */
final class DataFiles {
  private static final int BUFFER = 1 << 16;

  private final KindRegistry registry;
  private final CsvOptions csvOptions;
  private final CsvCodec csv;
  private final @Nullable String kindName;
  private final boolean pretty;
  /** The bytes of the input read as a whole when it cannot be re-read; null until then. */
  private byte @Nullable [] whole;
  private InputStream stdin = System.in;
  private OutputStream stdout = System.out;
  private ImmutableList<String> languages = ImmutableList.of();

  DataFiles(KindRegistry registry, CsvOptions csvOptions, @Nullable String kindName, boolean pretty) {
    this.registry = registry;
    this.csvOptions = csvOptions;
    this.csv = CsvCodec.create(registry, csvOptions);
    this.kindName = kindName;
    this.pretty = pretty;
  }

  /**
   * Sets the languages that get a column in every localized text of a workbook written, even where
   * no value uses them (by default none: the languages the data uses); returns this.
   */
  DataFiles languages(List<String> languages) {
    this.languages = ImmutableList.copyOf(languages);
    return this;
  }

  /** Sets the streams {@code -} reads and writes (by default System.in and System.out); returns this. */
  DataFiles standard(InputStream in, OutputStream out) {
    this.stdin = in;
    this.stdout = out;
    return this;
  }

  /** How messages name an input: as the user wrote it, or "standard input" for {@code -}. */
  static String inName(Path path) {
    return Format.isStandard(path) ? "standard input" : path.toString();
  }

  /** How messages name an output: as the user wrote it, or "standard output" for {@code -}. */
  static String outName(Path path) {
    return Format.isStandard(path) ? "standard output" : path.toString();
  }

  KindRegistry registry() {
    return registry;
  }

  // ---- reading

  /** Refuses a missing or unreadable input as an I/O failure (exit code 4) before anything is read. */
  static void requireExists(Path path) {
    if (Format.isStandard(path)) {
      return;
    }
    if (!Files.exists(path)) {
      throw CliException.io(path.toString(), "no such file or directory");
    }
    if (!Files.isReadable(path)) {
      throw CliException.io(path.toString(), "permission denied");
    }
  }

  /**
   * Reads a whole dataset. With {@code checkReferences} a reference to an entity the input does not
   * hold is refused, naming its place; without, it is left for {@link Dataset#validate()} to report
   * with everything else.
   */
  Dataset read(Path path, Format format, boolean checkReferences) {
    requireExists(path);
    String name = inName(path);
    if (format == Format.FOLDER && !Files.isDirectory(path)) {
      throw CliException.usage(name + ": not a folder of CSV tables");
    }
    if (format != Format.FOLDER && Files.isDirectory(path)) {
      throw CliException.usage(name + ": is a folder, not " + format.description());
    }
    JsonOptions json = JsonOptions.defaults().checkReferences(checkReferences);
    return reading(name, () -> readChecked(path, format, json, checkReferences));
  }

  /** A read of the input {@code name} that may fail. */
  private interface Read<T> {
    T run() throws IOException;
  }

  /** Runs {@code read}, its failures as the command line reports them: bad data, I/O, else as they are. */
  private static <T> T reading(String name, Read<T> read) {
    try {
      return read.run();
    } catch (InvalidDataException e) {
      throw CliException.data(name, e);
    } catch (IOException e) {
      throw CliException.io(name, e);
    } catch (RuntimeException e) {
      throw readFailure(name, e);
    }
  }

  /**
   * An unchecked exception from a reader, as a read failure on {@code file} when an I/O failure is
   * behind it (Jackson's {@code JacksonIOException}, an {@link java.io.UncheckedIOException});
   * otherwise unchanged.
   */
  private static RuntimeException readFailure(String file, RuntimeException e) {
    IOException io = e instanceof CliException ? null : CliException.readFailureIn(e);
    return io == null ? e : CliException.io(file, io);
  }

  private Dataset readChecked(Path path, Format format, JsonOptions json, boolean checkReferences) throws IOException {
    String name = inName(path);
    switch (format) {
      case JSON:
        try (InputStream in = openWhole(path)) {
          return JsonCodec.create(registry, json).read(in, name);
        }
      case JSONL:
        try (InputStream in = openWhole(path)) {
          return JsonLines.read(in, name, registry, json);
        }
      case ZIP:
        try (InputStream in = openWhole(path)) {
          return tables(checkReferences).readZip(in, name);
        }
      case FOLDER:
        return inSource(name, () -> tables(checkReferences).readFolder(path));
      case XLSX:
        // A workbook's errors name the sheet, the row as Excel shows it, the column letter and its header.
        try (InputStream in = openWhole(path)) {
          return xlsx(checkReferences).read(in, name);
        }
      default:
        EntityKind<?> kind = kindFor(path);
        try (InputStream in = openWhole(path)) {
          List<? extends Entity> rows = csv.readTable(kind, in, name);
          Dataset dataset = Dataset.of(registry, rows);
          if (checkReferences) {
            refuseUnresolved(dataset, rows, name);
          }
          return dataset;
        }
    }
  }

  /**
   * The warning for an input whose completeness cannot be checked — JSON Lines of version 1, which
   * has no end record, so a file cut short at a line end reads as a shorter one — or null. Reads
   * only the header, of an input {@link #read} has read.
   */
  @Nullable String completenessWarning(Path path, Format format) {
    if (format != Format.JSONL) {
      return null;
    }
    try (InputStream in = openWhole(path); JsonLinesReader lines = JsonLines.reader(in, inName(path), registry, JsonOptions.defaults())) {
      return lines.version() >= 2 ? null
          : inName(path) + ": version " + lines.version() + " JSON Lines has no end record; completeness cannot be checked";
    } catch (InvalidDataException e) {
      throw CliException.data(inName(path), e);
    } catch (IOException e) {
      throw CliException.io(inName(path), e);
    }
  }

  /**
   * A single table read as a whole dataset must hold every entity its rows refer to, since every
   * dataset reader refuses a reference that does not resolve: a table of recommendations converted
   * to JSON would give a file that Keneya's own reader refuses. Names the first such reference.
   */
  private static void refuseUnresolved(Dataset dataset, List<? extends Entity> rows, String name) {
    Violation dangling = dataset.validate().violations().stream()
        .filter(v -> v.code().equals(Violation.DANGLING_REFERENCE))
        .findFirst()
        .orElse(null);
    if (dangling == null) {
      return;
    }
    int row = 0;
    while (row < rows.size() && !rows.get(row).id().equals(dangling.entity().id())) {
      row++;
    }
    throw new MalformedInputException(Place.row(name, row + 2, column(dangling.path())),
        dangling.message() + ": a single table holds one kind, and a dataset must hold every entity it refers to;"
            + " convert to JSON Lines (.jsonl), which streams entities without resolving references,"
            + " or convert the zip or folder that holds the other tables");
  }

  /** The table column of a violation's path: {@code lead[1]} is column {@code lead}. */
  private static String column(String path) {
    int bracket = path.indexOf('[');
    return bracket < 0 ? path : path.substring(0, bracket);
  }

  /**
   * Opens an input. A named pipe (any file that is not a regular one) is opened as a {@link
   * FileInputStream}: the stream of {@link Files#newInputStream} asks its channel for a position to
   * answer {@code available()}, which fails on a pipe with "Illegal seek".
   */
  private InputStream open(Path path) throws IOException {
    if (Format.isStandard(path)) {
      return new BufferedInputStream(unclosed(stdin), BUFFER);
    }
    InputStream in = Files.isRegularFile(path) ? Files.newInputStream(path) : new FileInputStream(path.toFile());
    return new BufferedInputStream(in, BUFFER);
  }

  /**
   * Opens an input read as a whole, which may be read again (for {@link #completenessWarning}). An
   * input that cannot be re-read, such as a named pipe, is read once into memory: the dataset is held
   * in memory anyway.
   */
  private InputStream openWhole(Path path) throws IOException {
    if (rereadable(path)) {
      return open(path);
    }
    if (whole == null) {
      try (InputStream in = open(path)) {
        whole = in.readAllBytes();
      }
    }
    return new ByteArrayInputStream(whole);
  }

  /** Whether an input can be read twice: a regular file, not a pipe nor standard input. */
  static boolean rereadable(Path path) {
    return !Format.isStandard(path) && Files.isRegularFile(path);
  }

  /** Standard input, which a reader closing its stream must leave open (a test may read it on). */
  private static InputStream unclosed(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }

  /** Writes an output: atomically into a file, or straight to standard output for {@code -}. */
  private void output(Path path, AtomicOutput.FileBody body) {
    if (Format.isStandard(path)) {
      AtomicOutput.direct(stdout, outName(path), body);
    } else {
      AtomicOutput.file(path, path.toString(), body);
    }
  }

  /** Runs a read of tables inside a zip or folder, naming the zip or folder before the table in errors. */
  private interface TableRead {
    Dataset read() throws IOException;
  }

  private static Dataset inSource(String container, TableRead read) throws IOException {
    try {
      return read.read();
    } catch (MalformedInputException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(container)) {
        throw e;
      }
      throw new MalformedInputException(
          e.place().inSource(e.place().source().isPresent() ? container + "/" + e.place().source().get() : container),
          e.reason(), e);
    }
  }

  /**
   * Reads a workbook with what its about sheet says of it (a part of a dataset or a whole one), its
   * references unchecked: a part refers to records it does not hold.
   */
  XlsxWorkbook readWorkbook(Path path) {
    requireExists(path);
    String name = inName(path);
    return reading(name, () -> {
      try (InputStream in = openWhole(path)) {
        return xlsx(false).readWorkbook(in, name);
      }
    });
  }

  /**
   * The workbook codec, reading within the same limits as the CSV tables, with or without checking
   * references, and writing a column for each of {@link #languages} in every localized text.
   */
  private XlsxCodec xlsx(boolean checkReferences) {
    return XlsxCodec.create(registry,
        XlsxOptions.defaults().limits(csvOptions.limits()).checkReferences(checkReferences).languages(languages));
  }

  /** The CSV codec, or one that leaves references unchecked (validation then lists them all). */
  private CsvCodec tables(boolean checkReferences) {
    return checkReferences ? csv : CsvCodec.create(registry, csvOptions.checkReferences(false));
  }

  // ---- writing

  /** Writes a whole dataset atomically; returns how many entities were written. */
  long write(Dataset dataset, Path path, Format format) {
    String name = outName(path);
    switch (format) {
      case JSON:
        output(path, out -> JsonCodec.create(registry, JsonOptions.defaults().pretty(pretty)).write(dataset, out));
        return dataset.size();
      case JSONL:
        output(path, out -> {
          try (JsonLinesWriter writer = JsonLines.writer(out, registry, JsonOptions.defaults())) {
            dataset.entities().forEach(writer::write);
          }
        });
        return dataset.size();
      case ZIP:
        AtomicOutput.file(path, name, out -> csv.writeZip(dataset, out));
        return dataset.size();
      case XLSX:
        try {
          AtomicOutput.file(path, name, out -> xlsx(true).write(dataset, out));
        } catch (ExcelLimitException e) {
          // more rows in a sheet, or characters in a cell, than Excel holds: the data does not fit the format
          throw new CliException(KeneyaCli.EXIT_DATA, name + ": " + e.getMessage(), e);
        }
        return dataset.size();
      case FOLDER:
        // The same files as CsvCodec.writeFolder, staged in a sibling folder moved into place at the end.
        AtomicOutput.folder(path, name, folder -> {
          try (OutputStream out = AtomicOutput.newFile(folder.resolve(CsvCodec.DATA_PACKAGE))) {
            out.write(csv.dataPackage(dataset).getBytes(StandardCharsets.UTF_8));
          }
          for (EntityKind<?> kind : registry.kinds()) {
            try (OutputStream out = AtomicOutput.newFile(folder.resolve(kind.name() + ".csv"))) {
              csv.writeTable(dataset, kind, out);
            }
          }
        });
        return dataset.size();
      default:
        EntityKind<?> kind = kindFor(path);
        output(path, out -> csv.writeTable(dataset, kind, out));
        return dataset.entities(kind).size();
    }
  }

  /** The kind of a single table: {@code --kind}, else the file's stem ({@code recommendation.csv}). */
  EntityKind<?> kindFor(Path csvFile) {
    String name = kindName != null ? kindName : Format.stem(csvFile);
    return registry.kind(name).orElseThrow(() -> CliException.usage(
        (Format.isStandard(csvFile) ? "-" : csvFile) + ": " + (kindName != null ? "unknown kind \"" + name + "\""
            : Format.isStandard(csvFile) ? "a stream has no file name to name its table's kind"
            : "the file name does not name a kind")
            + "; say which with --kind, one of " + kindNames()));
  }

  List<String> kindNames() {
    return registry.kinds().stream().map(EntityKind::name).collect(ImmutableList.toImmutableList());
  }

  // ---- streaming

  /** What a streamed conversion did. */
  record Streamed(long written, long skipped, @Nullable String table) {}

  /**
   * Converts between JSON Lines and single CSV tables entity by entity, in constant memory. A table
   * written from JSON Lines holds the entities of its kind; the others are counted as skipped. The
   * table's localized-text columns are the languages found in a first pass over the input, unless
   * {@code languages} is given.
   */
  Streamed stream(Path in, Format from, Path out, Format to, List<String> languages, Progress progress) {
    requireExists(in);
    if (Files.isDirectory(in)) {
      throw CliException.usage(inName(in) + ": is a folder, not " + from.description());
    }
    EntityKind<?> tableKind = to == Format.CSV ? (from == Format.CSV ? kindFor(in) : kindFor(out)) : null;
    List<String> columns = languages;
    if (tableKind != null && columns.isEmpty() && !rereadable(in)) {
      throw CliException.usage("--languages is needed to stream from standard input or a pipe:"
          + " the table's language columns would need a second pass");
    }
    if (tableKind != null && columns.isEmpty()) {
      try {
        columns = languagesOf(in, from, tableKind);
      } catch (InvalidDataException e) {
        throw CliException.data(inName(in), e);
      }
    }
    long[] counts = new long[2];
    List<String> tableLanguages = columns;
    try {
      output(out, stream -> copy(in, from, stream, tableKind, tableLanguages, counts, progress));
    } catch (InvalidDataException e) {
      throw CliException.data(inName(in), e);
    }
    return new Streamed(counts[0], counts[1], tableKind == null ? null : tableKind.name());
  }

  private void copy(Path in, Format from, OutputStream stream, @Nullable EntityKind<?> tableKind, List<String> tableLanguages,
      long[] counts, Progress progress) throws IOException {
    try (EntitySource source = source(in, from); Sink sink = sink(stream, tableKind, tableLanguages)) {
      try {
        pump(source, sink, counts, progress);
      } catch (RuntimeException e) {
        sink.abort(); // the output must not claim to be whole (AtomicOutput drops it too)
        throw e;
      }
    }
  }

  private static void pump(EntitySource source, Sink sink, long[] counts, Progress progress) {
    while (source.hasNext()) {
      Entity entity = source.next();
      if (sink.accepts(entity)) {
        sink.write(entity);
        counts[0]++;
        progress.tick(counts[0]);
      } else {
        counts[1]++;
      }
    }
  }

  /** The languages of the localized texts the kind's entities hold in the input (a first streaming pass). */
  private List<String> languagesOf(Path in, Format from, EntityKind<?> kind) {
    Set<String> languages = new TreeSet<>();
    try (EntitySource source = source(in, from)) {
      while (source.hasNext()) {
        Entity entity = source.next();
        if (kind.type().isInstance(entity)) {
          collectLanguages(kind, entity, languages);
        }
      }
    } catch (IOException e) {
      throw CliException.io(inName(in), e);
    } catch (RuntimeException e) {
      throw readFailure(inName(in), e);
    }
    return List.copyOf(languages);
  }

  /** Adds the languages {@code entity}, an entity of {@code kind}, gives its table columns. */
  @SuppressWarnings("unchecked") // checked by the caller: kind.type().isInstance(entity)
  private static <E extends Entity> void collectLanguages(EntityKind<E> kind, Entity entity, Set<String> out) {
    TableWriter.collectLanguages(kind, (E) entity, out);
  }

  /** Entities read one at a time from a file, which it closes. */
  private interface EntitySource extends Iterator<Entity>, Closeable {}

  /**
   * The entities of an input, read one at a time. Its failures name the input: read inside an {@link
   * AtomicOutput} body, they would otherwise be taken for failures to write the output.
   */
  private EntitySource source(Path path, Format format) throws IOException {
    InputStream in;
    try {
      in = open(path);
    } catch (IOException e) {
      throw CliException.io(inName(path), e);
    }
    try {
      Iterator<? extends Entity> entities;
      Closeable reader;
      if (format == Format.JSONL) {
        JsonLinesReader lines = JsonLines.reader(in, inName(path), registry, JsonOptions.defaults());
        entities = lines;
        reader = lines;
      } else {
        TableReader<?> table = csv.tableReader(kindFor(path), in, inName(path));
        entities = table;
        reader = table;
      }
      return new EntitySource() {
        @Override
        public boolean hasNext() {
          try {
            return entities.hasNext();
          } catch (RuntimeException e) {
            throw readFailure(inName(path), e);
          }
        }

        @Override
        public Entity next() {
          try {
            return entities.next();
          } catch (RuntimeException e) {
            throw readFailure(inName(path), e);
          }
        }

        @Override
        public void close() {
          try (InputStream input = in) {
            reader.close();
          } catch (IOException e) {
            throw CliException.io(inName(path), e);
          } catch (RuntimeException e) {
            throw readFailure(inName(path), e);
          }
        }
      };
    } catch (RuntimeException e) {
      in.close();
      throw readFailure(inName(path), e); // a failure to read the header is the input's, not the output's
    }
  }

  /** Where streamed entities go: a JSON Lines writer, or one kind's table writer. */
  private interface Sink extends Closeable {
    boolean accepts(Entity entity);

    void write(Entity entity);

    /** Says the entities stopped before the end; what close() writes then does not claim they are all there. */
    default void abort() {}

    @Override
    void close();
  }

  private Sink sink(OutputStream out, @Nullable EntityKind<?> tableKind, List<String> languages) {
    if (tableKind == null) {
      JsonLinesWriter writer = JsonLines.writer(out, registry, JsonOptions.defaults());
      return new Sink() {
        @Override
        public boolean accepts(Entity entity) {
          return true;
        }

        @Override
        public void write(Entity entity) {
          writer.write(entity);
        }

        @Override
        public void abort() {
          writer.abort();
        }

        @Override
        public void close() {
          writer.close();
        }
      };
    }
    return tableSink(out, tableKind, languages);
  }

  private <E extends Entity> Sink tableSink(OutputStream out, EntityKind<E> kind, List<String> languages) {
    TableWriter<E> writer = csv.tableWriter(kind, languages, out);
    return new Sink() {
      @Override
      public boolean accepts(Entity entity) {
        return kind.type().isInstance(entity);
      }

      @Override
      public void write(Entity entity) {
        writer.write(kind.type().cast(entity));
      }

      @Override
      public void close() {
        writer.close();
      }
    };
  }

  /** The message of bad data, naming {@code file} first when the library's message does not already. */
  static String describe(InvalidDataException e, @Nullable String file) {
    String message = String.valueOf(e.getMessage());
    return file == null || message.startsWith(file) ? message : file + ": " + message;
  }

  CsvOptions csvOptions() {
    return csvOptions;
  }
}
