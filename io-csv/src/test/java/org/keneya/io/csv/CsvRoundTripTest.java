package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.CSV;
import static org.keneya.io.csv.Fixtures.NETWORKS;
import static org.keneya.io.csv.Fixtures.REGISTRY;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.testkit.CodecAssertions;

/** Generated networks of the test domain — every value type core offers — come back equal, and byte for byte. */
class CsvRoundTripTest {
  private static final List<CsvOptions> OPTIONS = List.of(
      CsvOptions.defaults(),
      CsvOptions.defaults().delimiter(';').bom(true),
      CsvOptions.defaults().bom(true).crlf(true),
      CsvOptions.defaults().delimiter(';').crlf(true).formulaGuard(true));

  private static CsvCodec codec(Dataset d) {
    return CsvCodec.create(REGISTRY, OPTIONS.get(Math.floorMod(d.hashCode(), OPTIONS.size())));
  }

  @Test
  void zipsRoundTripLosslesslyAndByteForByte() {
    forAll(1000, NETWORKS, d -> {
      CsvCodec csv = codec(d);
      CodecAssertions.assertLossless(d, data -> Fixtures.zip(csv, data), bytes -> csv.readZip(new ByteArrayInputStream(bytes)));
    });
  }

  @Test
  void foldersRoundTripLosslessly() {
    forAll(1000, NETWORKS, d -> {
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
    });
  }

  @Test
  void singleTablesRoundTripLosslesslyForEveryKind() {
    forAll(1000, NETWORKS, d -> {
      CsvCodec csv = codec(d);
      for (EntityKind<?> kind : d.kinds()) {
        assertTableRoundTrips(csv, d, kind);
      }
    });
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

  @Test
  void everyHeaderMatchesItsFieldsInTheDataPackage() {
    forAll(50, NETWORKS, d -> {
      String descriptor = CSV.dataPackage(d);
      for (EntityKind<?> kind : REGISTRY.kinds()) {
        String header = Fixtures.table(CSV, d, kind).split("\n", 2)[0];
        assertEquals(header, Fixtures.fields(descriptor, kind.name()), kind.name());
      }
      assertTrue(descriptor.startsWith("{\n  \"profile\" : \"tabular-data-package\""), descriptor);
    });
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
