package org.keneya.io.csv.internal;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.BoundedZip;
import org.keneya.core.internal.codec.ReferenceCheck;
import org.keneya.core.internal.codec.RegistryState;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.Property;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.csv.TableReader;
import org.keneya.io.csv.TableWriter;

/**
 * The {@link CsvCodec} implementation. What it works out about the registry's types — the layouts
 * with their specialized row writers and the indexes of structs in list cells, kept with the
 * registry ({@link RegistryState}) for every codec of it, and the properties that hold references,
 * kept here — goes when the registry and the codec go.
 */
public final class DatasetCsv implements CsvCodec {
  /** Zip entries carry this time, so the same dataset gives the same bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private final KindRegistry registry;
  private final CsvOptions options;
  private final JsonListCells cells;
  private final Layout.Cache layouts;
  private final ReferenceCheck references = new ReferenceCheck();

  public DatasetCsv(KindRegistry registry, CsvOptions options) {
    this.registry = registry;
    this.options = options;
    boolean specialized = options.specializedWriters();
    this.cells = RegistryState.of(registry, JsonListCells.class, JsonListCells::new);
    this.layouts = RegistryState.of(registry, List.of(Layout.Cache.class, specialized), () -> new Layout.Cache(specialized));
  }

  // ---- writing

  /** The tables to write: every kind of the registry, so the package's foreign keys always resolve. */
  private List<EntityKind<?>> kinds() {
    return registry.kinds();
  }

  private List<String> languages(Dataset dataset, EntityKind<?> kind) {
    Set<String> languages = new TreeSet<>(options.languages().orElse(ImmutableList.of()));
    for (Entity e : dataset.entities(kind)) {
      collect(kind, e, languages);
    }
    return List.copyOf(languages);
  }

  @SuppressWarnings("unchecked")
  private static <E extends Entity> void collect(EntityKind<E> kind, Entity entity, Set<String> out) {
    for (Property<E, ?> p : kind.properties()) {
      Layout.collectLanguages(p.type(), p.get((E) entity), out);
    }
  }

  @Override
  public <E extends Entity> void writeTable(Dataset dataset, EntityKind<E> kind, OutputStream out) {
    try (TableWriter<E> writer = tableWriter(kind, languages(dataset, kind), out)) {
      dataset.entities(kind).forEach(writer::write);
    }
  }

  @Override
  public <E extends Entity> TableWriter<E> tableWriter(EntityKind<E> kind, List<String> languages, OutputStream out) {
    return TableWriters.open(layouts.of(kind.struct(), languages, cells), options, out);
  }

  @Override
  public String dataPackage(Dataset dataset) {
    List<Layout<?>> tables = new ArrayList<>();
    for (EntityKind<?> kind : kinds()) {
      tables.add(layouts.of(kind.struct(), languages(dataset, kind), cells));
    }
    return DataPackages.descriptor(registry, tables, kinds(), options);
  }

  private Map<String, byte[]> files(Dataset dataset) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(DATA_PACKAGE, dataPackage(dataset).getBytes(StandardCharsets.UTF_8));
    for (EntityKind<?> kind : kinds()) {
      ByteArrayOutputStream table = new ByteArrayOutputStream();
      writeTable(dataset, kind, table);
      files.put(kind.name() + ".csv", table.toByteArray());
    }
    return files;
  }

  @Override
  public void writeFolder(Dataset dataset, Path folder) {
    try {
      if (Files.isDirectory(folder)) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
          if (entries.iterator().hasNext()) {
            throw new IllegalArgumentException(folder + " is not empty; write into a new folder");
          }
        }
      }
      Path parent = folder.toAbsolutePath().getParent();
      Path staging = Files.createTempDirectory(parent, "." + folder.getFileName() + ".");
      try {
        for (Map.Entry<String, byte[]> file : files(dataset).entrySet()) {
          Files.write(staging.resolve(file.getKey()), file.getValue());
        }
        Files.deleteIfExists(folder); // an empty folder, checked above
        Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        if (Files.exists(staging)) {
          try (DirectoryStream<Path> left = Files.newDirectoryStream(staging)) {
            for (Path p : left) {
              Files.delete(p);
            }
          }
          Files.delete(staging);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void writeZip(Dataset dataset, OutputStream out) {
    try {
      ZipOutputStream zip = new ZipOutputStream(new NonClosingOutputStream(out), StandardCharsets.UTF_8);
      for (Map.Entry<String, byte[]> file : files(dataset).entrySet()) {
        ZipEntry entry = new ZipEntry(file.getKey());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(file.getValue());
        zip.closeEntry();
      }
      zip.finish();
      zip.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- reading

  @Override
  public <E extends Entity> TableReader<E> tableReader(EntityKind<E> kind, InputStream in, String sourceName) {
    return TableReader.open(kind, options, in, sourceName);
  }

  @Override
  public <E extends Entity> List<E> readTable(EntityKind<E> kind, InputStream in, String sourceName) {
    List<E> out = new ArrayList<>();
    try (TableReader<E> reader = tableReader(kind, in, sourceName)) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  @Override
  public Dataset readFolder(Path folder) {
    Map<String, TableFile> tables = new LinkedHashMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      List<Path> sorted = new ArrayList<>();
      entries.forEach(sorted::add);
      sorted.sort(null);
      for (Path p : sorted) {
        String name = p.getFileName().toString();
        if (!isSystemName(name)) {
          checkRegularFile(p, name);
          tables.put(name, new TableFile(name, () -> Files.newInputStream(p)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(tables);
  }

  /**
   * Refuses a folder among the tables (a folder of tables has none but those a file manager
   * leaves) and anything else that is not a file, such as a named pipe, which would never end.
   */
  private static void checkRegularFile(Path p, String name) {
    if (Files.isDirectory(p)) {
      throw new MalformedInputException(Place.of(name + "/", null, 0, 0),
          "a folder among the tables; a folder of tables holds only the tables and " + DATA_PACKAGE);
    }
    if (!Files.isRegularFile(p)) {
      throw new MalformedInputException(Place.of(name, null, 0, 0), "not a regular file");
    }
  }

  @Override
  public Dataset readZip(InputStream in) {
    List<ZipFile> files = new ArrayList<>();
    Set<String> names = new HashSet<>();
    try {
      BoundedZip zip = new BoundedZip(in, options.limits());
      for (ZipEntry entry; (entry = zip.next()) != null; ) {
        String name = entry.getName();
        if (entry.isDirectory() || isSystemPath(name)) {
          zip.skip(); // inflated all the same, under the same limits
          continue;
        }
        if (!names.add(name)) {
          // the zip format allows it, and keeping either copy would silently drop the other's rows
          throw new MalformedInputException(Place.of(name, null, 0, 0), "the zip holds two entries of this name");
        }
        files.add(new ZipFile(name, zip.read()));
      }
      if (zip.entries() == 0) {
        // ZipInputStream finds no entry in bytes that are not a zip: refused, not read as no data;
        // the place is the zip itself, whose name only the caller knows
        throw new MalformedInputException(Place.unknown(), "not a zip file, or a zip with no entries");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return read(tablesOf(files));
  }

  @Override
  public Dataset readZip(InputStream in, String sourceName) {
    try {
      return readZip(in);
    } catch (MalformedInputException e) {
      Place place = e.place();
      String source = place.source().map(entry -> sourceName + "/" + entry).orElse(sourceName);
      throw new MalformedInputException(place.inSource(source), e.reason(), e);
    }
  }

  /** An entry of a zip read, by its full name. */
  private record ZipFile(String name, BoundedZip.EntryBytes bytes) {}

  /**
   * The tables of a zip by their names beside the descriptor: the entries' own names, or — when
   * no entry is at the top of the zip — their names inside the one folder that holds them all,
   * as a file manager's "Compress" makes it ({@code export/actor.csv}). Errors name an entry by
   * its full name.
   */
  private static Map<String, TableFile> tablesOf(List<ZipFile> files) {
    String folder = commonFolder(files);
    Map<String, TableFile> tables = new LinkedHashMap<>();
    for (ZipFile file : files) {
      if (!file.name().startsWith(folder)) {
        throw new MalformedInputException(Place.of(file.name(), null, 0, 0),
            "outside the folder \"" + folder + "\" that holds the zip's other files; a zip holds its tables "
                + "at its top level, or all in one folder");
      }
      String name = file.name().substring(folder.length());
      if (name.contains("/")) {
        throw new MalformedInputException(Place.of(file.name(), null, 0, 0),
            "a file in a folder" + (folder.isEmpty() ? "" : " inside \"" + folder + "\"")
                + "; a zip holds its tables at its top level, or all in one folder");
      }
      tables.put(name, new TableFile(file.name(), file.bytes()::open));
    }
    return tables;
  }

  /** {@code export/} when no file is at the top of the zip, the first file's folder; else empty. */
  private static String commonFolder(List<ZipFile> files) {
    for (ZipFile file : files) {
      if (file.name().indexOf('/') <= 0) {
        return ""; // a file at the top (or a name starting with a slash, refused as in a folder)
      }
    }
    return files.isEmpty() ? "" : files.get(0).name().substring(0, files.get(0).name().indexOf('/') + 1);
  }

  /**
   * What a file manager leaves beside the tables — {@code .DS_Store}, {@code ._actor.csv},
   * {@code .git/}, {@code __MACOSX/} in a zip made on a Mac — which is skipped rather than refused
   * as an unknown kind. A table's name never starts with a dot.
   */
  private static boolean isSystemName(String name) {
    return isDotName(name) || name.equals("__MACOSX");
  }

  /** Whether a zip entry is a system file or inside a system folder (see {@link #isSystemName}). */
  private static boolean isSystemPath(String path) {
    if (path.startsWith("__MACOSX/")) {
      return true;
    }
    for (String segment : path.split("/")) {
      if (isDotName(segment)) {
        return true;
      }
    }
    return false;
  }

  /** A hidden file's name; not {@code .} or {@code ..}, which a path may hold but no file is named. */
  private static boolean isDotName(String name) {
    return name.startsWith(".") && !name.equals(".") && !name.equals("..");
  }

  private interface InputStreamSupplier {
    InputStream open() throws IOException;
  }

  /** A file of a folder or zip: the name errors give (its path in a zip) and its bytes. */
  private record TableFile(String source, InputStreamSupplier bytes) {}

  /** Reads the tables, by their names beside the descriptor. */
  private Dataset read(Map<String, TableFile> files) {
    CsvOptions tableOptions = checkTablesListed(files);
    Dataset.Builder builder = Dataset.builder(registry);
    List<TableRead> read = new ArrayList<>();
    for (Map.Entry<String, TableFile> file : files.entrySet()) {
      String name = file.getKey();
      if (name.equals(DATA_PACKAGE)) {
        continue; // describes the tables; the tables are read by the kinds' own descriptions
      }
      String source = file.getValue().source();
      String kindName = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
      EntityKind<?> kind = registry.kind(kindName).orElseThrow(() -> new MalformedInputException(
          Place.of(source, null, 0, 0), "not a table of a known kind; known kinds: "
              + registry.kinds().stream().map(EntityKind::name).toList()));
      try (InputStream in = file.getValue().bytes().open()) {
        List<Entity> entities = new ArrayList<>(readTable(kind, in, source, tableOptions));
        entities.forEach(builder::add);
        read.add(new TableRead(file.getValue(), kind, entities, tableOptions));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Dataset dataset = builder.build();
    if (options.checkReferences()) {
      checkReferences(dataset, read);
    }
    return dataset;
  }

  /** A table read: its file, its kind, its entities in the file's order, and the options it was read with. */
  private record TableRead(TableFile file, EntityKind<?> kind, List<Entity> entities, CsvOptions options) {}

  private static <E extends Entity> List<E> readTable(EntityKind<E> kind, InputStream in, String sourceName, CsvOptions options) {
    List<E> out = new ArrayList<>();
    try (TableReader<E> reader = TableReader.open(kind, options, in, sourceName)) {
      reader.forEachRemaining(out::add);
    }
    return out;
  }

  /**
   * Every table a {@code datapackage.json} lists must be there: a table lost on the way (a file
   * left out of a copy or a zip) would otherwise read as a kind with no rows, silently, whenever
   * nothing else refers to its rows. A folder without a descriptor is read as the tables it has.
   *
   * @return the options to read the tables with: the codec's, with the cells' profile and formula
   *     guard the descriptor declares (see {@link DataPackages.Declared#apply}); the codec's own
   *     when there is no descriptor
   */
  private CsvOptions checkTablesListed(Map<String, TableFile> files) {
    TableFile descriptor = files.get(DATA_PACKAGE);
    if (descriptor == null) {
      return options;
    }
    DataPackages.Declared declared;
    try (InputStream in = descriptor.bytes().open()) {
      declared = DataPackages.declared(in, descriptor.source(), options.limits());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> listed = declared.paths();
    for (int i = 0; i < listed.size(); i++) {
      if (!files.containsKey(listed.get(i))) {
        throw new MalformedInputException(Place.of(descriptor.source(), "/resources/" + i + "/path", 0, 0),
            "lists the table " + Excerpt.quote(listed.get(i)) + ", which is missing");
      }
    }
    return declared.apply(options);
  }

  /** Names the file, row (the header is row 1) and column of the first reference that does not resolve. */
  private void checkReferences(Dataset dataset, List<TableRead> tables) {
    for (TableRead table : tables) {
      List<Entity> entities = table.entities();
      for (int i = 0; i < entities.size(); i++) {
        ReferenceCheck.Dangling d = references.first(dataset, entities.get(i));
        if (d != null) {
          throw new MalformedInputException(
              Place.row(table.file().source(), row(table, i), column(d.path())),
              "dangling reference: " + d.target() + " is not in the dataset");
        }
      }
    }
  }

  /**
   * The row entity {@code index} of a table starts on, found by reading the table again: rows
   * whose cells hold line breaks span several, and only an error needs to know.
   */
  private long row(TableRead table, int index) {
    try (InputStream in = table.file().bytes().open();
        TableReader<?> reader = TableReader.open(table.kind(), table.options(), in, table.file().source())) {
      for (int i = 0; i <= index; i++) {
        reader.next();
      }
      return reader.row();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code /deadline/eventRef} is column {@code deadline.eventRef}; {@code /lead/1} is inside column {@code lead}. */
  static String column(String pointer) {
    StringBuilder column = new StringBuilder();
    for (String segment : pointer.substring(1).split("/")) {
      if (segment.chars().allMatch(Character::isDigit)) {
        break;
      }
      column.append(column.length() == 0 ? "" : ".").append(segment);
    }
    return column.toString();
  }

  private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
    NonClosingOutputStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
