package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.testkit.CodecAssertions;
import org.keneya.testkit.junit.Property;

class CsvRoundTripTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();
  private static final List<CsvOptions> OPTIONS = List.of(
      CsvOptions.defaults(),
      CsvOptions.defaults().delimiter(';').bom(true),
      CsvOptions.defaults().bom(true).crlf(true),
      CsvOptions.defaults().delimiter(';').crlf(true).formulaGuard(true));

  private static CsvCodec codec(Dataset d) {
    return CsvCodec.create(REGISTRY, OPTIONS.get(Math.floorMod(d.hashCode(), OPTIONS.size())));
  }

  @Property(tries = 1000)
  void zipsRoundTripLosslesslyAndByteForByte(Dataset d) {
    CsvCodec csv = codec(d);
    CodecAssertions.assertLossless(d, data -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      csv.writeZip(data, out);
      return out.toByteArray();
    }, bytes -> csv.readZip(new ByteArrayInputStream(bytes)));
  }

  @Property(tries = 1000)
  void foldersRoundTripLosslessly(Dataset d) throws IOException {
    CsvCodec csv = codec(d);
    Path root = Files.createTempDirectory("keneya-csv");
    try {
      Path first = root.resolve("first");
      csv.writeFolder(d, first);
      Dataset back = csv.readFolder(first);
      assertEquals(d, back, () -> CodecAssertions.firstDifference(d, back).orElse(""));
      Path second = root.resolve("second");
      csv.writeFolder(back, second);
      for (EntityKind<?> kind : REGISTRY.kinds()) {
        String table = kind.name() + ".csv";
        assertArrayEquals(Files.readAllBytes(first.resolve(table)), Files.readAllBytes(second.resolve(table)), table);
      }
    } finally {
      delete(root);
    }
  }

  @Property(tries = 1000)
  void singleTablesRoundTripLosslesslyForEveryKind(Dataset d) {
    CsvCodec csv = codec(d);
    for (EntityKind<?> kind : d.kinds()) {
      assertTableRoundTrips(csv, d, kind);
    }
  }

  private static <E extends Entity> void assertTableRoundTrips(CsvCodec csv, Dataset d, EntityKind<E> kind) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.writeTable(d, kind, out);
    List<E> back = csv.readTable(kind, new ByteArrayInputStream(out.toByteArray()), kind.name() + ".csv");
    assertEquals(d.entities(kind), back, kind.name());
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    csv.writeTable(Dataset.of(REGISTRY, back), kind, again);
    assertArrayEquals(out.toByteArray(), again.toByteArray(), kind.name());
  }

  @Property(tries = 50)
  void everyHeaderMatchesItsFieldsInTheDataPackage(Dataset d) {
    CsvCodec csv = CsvCodec.create(REGISTRY, CsvOptions.defaults());
    String descriptor = csv.dataPackage(d);
    for (EntityKind<?> kind : REGISTRY.kinds()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      csv.writeTable(d, kind, out);
      String header = out.toString(StandardCharsets.UTF_8).split("\n", 2)[0];
      String fields = DataPackageFields.of(descriptor, kind.name());
      assertEquals(header, fields, kind.name());
    }
    assertTrue(descriptor.startsWith("{\n  \"profile\" : \"tabular-data-package\""), descriptor);
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
