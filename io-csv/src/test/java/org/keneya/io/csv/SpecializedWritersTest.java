package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.NETWORKS;
import static org.keneya.io.csv.Fixtures.REGISTRY;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;

/**
 * {@link CsvOptions#specializedWriters(boolean)}: off, the codec writes the bytes it writes with
 * the specialized row writers on — zips, tables, {@code datapackage.json} and row by row.
 */
class SpecializedWritersTest {
  private static final CsvOptions ON = CsvOptions.defaults();
  private static final CsvOptions OFF = CsvOptions.defaults().specializedWriters(false);
  private static final CsvCodec CSV_ON = CsvCodec.create(REGISTRY, ON);
  private static final CsvCodec CSV_OFF = CsvCodec.create(REGISTRY, OFF);

  @Test
  void theSwitchIsOnByDefaultAndOffWhenAsked() {
    assertTrue(CsvOptions.defaults().specializedWriters());
    assertFalse(OFF.specializedWriters());
    assertFalse(OFF.delimiter(';').bom(true).crlf(true).formulaGuard(true).languages(List.of("fr"))
        .checkReferences(false).limits(OFF.limits()).specializedWriters(), "kept by every other option");
  }

  @Test
  void zipsAndTablesAreTheSameBytesWithTheSpecializedWritersOff() {
    forAll(300, NETWORKS, d -> {
      assertArrayEquals(zip(CSV_ON, d), zip(CSV_OFF, d));
      assertEquals(CSV_ON.dataPackage(d), CSV_OFF.dataPackage(d));
      for (EntityKind<?> kind : d.kinds()) {
        assertArrayEquals(table(CSV_ON, d, kind), table(CSV_OFF, d, kind), kind.name());
      }
    });
  }

  @Test
  void tablesWrittenRowByRowAreTheSameBytesWithTheSpecializedWritersOff() {
    forAll(100, NETWORKS, d -> {
      for (EntityKind<?> kind : d.kinds()) {
        assertArrayEquals(rowByRow(kind, d, ON), rowByRow(kind, d, OFF), kind.name());
      }
    });
  }

  private static byte[] zip(CsvCodec codec, Dataset d) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.writeZip(d, out);
    return out.toByteArray();
  }

  private static <E extends Entity> byte[] table(CsvCodec codec, Dataset d, EntityKind<E> kind) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    codec.writeTable(d, kind, out);
    return out.toByteArray();
  }

  /** Through {@link TableWriter#open}, the writer a caller opens without a codec. */
  private static <E extends Entity> byte[] rowByRow(EntityKind<E> kind, Dataset d, CsvOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableWriter<E> writer = TableWriter.open(kind, List.of("en", "fr"), options, out)) {
      d.entities(kind).forEach(writer::write);
    }
    return out.toByteArray();
  }
}
