package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ValueType;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.csv.internal.JsonCells;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonValues;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.junit.Property;
import org.keneya.testkit.junit.Settings;

/**
 * The CSV and JSON codecs agree: a dataset read back from CSV is the same JSON document, and the
 * JSON inside CSV cells, which the CSV codec writes and reads by its own walk (it depends on no
 * other format), is the JSON codec's encoding byte for byte. Here, since only a module with both
 * formats can compare them.
 */
@Settings(CsvAndJsonAgreeTest.EveryKind.class)
class CsvAndJsonAgreeTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();

  /** Datasets of every kind on this module's class path: the health kinds, core's and the examples' indicator. */
  public static final class EveryKind implements Supplier<GenSettings> {
    @Override
    public GenSettings get() {
      return GenSettings.of(REGISTRY);
    }
  }

  @Property(tries = 300)
  void aDatasetReadBackFromCsvWritesTheSameJson(Dataset d) {
    CsvCodec csv = CsvCodec.create(REGISTRY, CsvOptions.defaults());
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(d, zip);
    Dataset viaCsv = csv.readZip(new ByteArrayInputStream(zip.toByteArray()));
    JsonCodec json = JsonCodec.create(REGISTRY);
    assertArrayEquals(json.toBytes(d), json.toBytes(viaCsv));
  }

  /**
   * JSON → CSV with the French spreadsheet profile (decimal commas, dates as dd/mm/yyyy, the
   * formula guard), in a zip and in a folder → JSON, the same bytes: read back by a codec with
   * default options, which takes the profile from datapackage.json.
   */
  @Property(tries = 200)
  void aDatasetReadBackFromAFrenchProfileZipOrFolderWritesTheSameJson(Dataset d) throws java.io.IOException {
    JsonCodec json = JsonCodec.create(REGISTRY);
    byte[] original = json.toBytes(d);
    Dataset fromJson = json.fromBytes(original);
    CsvCodec french = CsvCodec.create(REGISTRY, CsvOptions.frenchSpreadsheet());
    CsvCodec plain = CsvCodec.create(REGISTRY);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    french.writeZip(fromJson, zip);
    assertArrayEquals(original, json.toBytes(plain.readZip(new ByteArrayInputStream(zip.toByteArray()))), "zip");
    java.nio.file.Path root = java.nio.file.Files.createTempDirectory("keneya-fr");
    java.nio.file.Path folder = root.resolve("export");
    try {
      french.writeFolder(fromJson, folder);
      assertArrayEquals(original, json.toBytes(plain.readFolder(folder)), "folder");
    } finally {
      try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(root)) {
        for (java.nio.file.Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          java.nio.file.Files.delete(p);
        }
      }
    }
  }

  /**
   * Whole entities, not only the lists that cells hold, so that every shape a list element can
   * take (scalars of each kind, localized text, nested values, optionals, lists) is compared.
   */
  @Property(tries = 300)
  void theJsonInCsvCellsIsTheJsonCodecsEncodingAndReadsBack(Dataset d) {
    for (EntityKind<?> kind : d.kinds()) {
      for (Entity entity : d.entities(kind)) {
        String cell = JsonCells.write(kind.struct(), entity);
        assertEquals(JsonValues.toJson(kind.struct(), entity), cell, kind.name());
        assertEquals(entity, JsonCells.read(kind.struct(), cell, kind.name(), ReadLimits.defaults()), kind.name());
        String list = JsonCells.write(ValueType.list(kind.struct()), List.of(entity, entity));
        assertEquals(JsonValues.toJson(ValueType.list(kind.struct()), List.of(entity, entity)), list);
      }
    }
  }
}
