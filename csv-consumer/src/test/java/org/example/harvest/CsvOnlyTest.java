package org.example.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;

/** A project that only wants CSV writes and reads its own kinds with keneya-io-csv and core alone. */
class CsvOnlyTest {
  private static final CsvCodec CSV = CsvCodec.create(Harvest.registry(), CsvOptions.defaults());

  private static Dataset harvest() {
    return Dataset.of(Harvest.registry(), List.of(
        new Farm(Id.of("f1"), "Ferme de Kalaban", Code.of("south")),
        new Farm(Id.of("f2"), "Ferme, \"du\" fleuve", Code.of("north")),
        new Delivery(Id.of("d1"), Ref.of("farm", "f1"), LocalDate.of(2026, 11, 3), new BigDecimal("120.5"),
            List.of("mil", "sorgho")),
        new Delivery(Id.of("d2"), Ref.of("farm", "f2"), LocalDate.of(2026, 11, 4), BigDecimal.ZERO, List.of())));
  }

  @Test
  void nothingButCoreAndTheCsvCodecIsOnTheClassPath() {
    for (String absent : List.of("org.keneya.io.json.JsonCodec", "org.keneya.model.HealthModel",
        "org.keneya.testkit.DatasetGen", "tools.jackson.databind.ObjectMapper")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(absent), absent);
    }
  }

  @Test
  void aFolderAndAZipReadBackEqual(@TempDir Path dir) throws Exception {
    Dataset harvest = harvest();
    assertTrue(harvest.validate().isValid(), harvest.validate()::toString);
    CSV.writeFolder(harvest, dir.resolve("export"));
    assertEquals(harvest, CSV.readFolder(dir.resolve("export")));
    assertTrue(Files.readString(dir.resolve("export").resolve(CsvCodec.DATA_PACKAGE)).contains("\"delivery.csv\""));

    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CSV.writeZip(harvest, zip);
    assertEquals(harvest, CSV.readZip(new ByteArrayInputStream(zip.toByteArray())));
  }

  @Test
  void aNegativeWeightIsRefusedAtItsRowAndColumn() {
    String table = "id,farm,day,kilograms,crops\nd1,f1,2026-11-03,-3,\n";
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> CSV.readTable(Delivery.KIND,
        new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8)), "delivery.csv"));
    assertEquals("delivery.csv", e.place().source().orElseThrow());
    assertEquals(OptionalLong.of(2), e.place().line());
    assertEquals("kilograms", e.place().path().orElseThrow());
  }
}
