package org.example.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.testkit.DatasetGen;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.junit.Property;

/** The test kit generates consistent libraries from the description alone, and they survive every codec. */
class GeneratedLibraryTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();
  private static final JsonCodec JSON = JsonCodec.create(REGISTRY);
  private static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());

  @Test
  void generatedLibrariesHoldEveryKindAndValidate() {
    DatasetGen gen = KeneyaGens.datasets(GenSettings.defaults().withRegistry(REGISTRY))
        .withCount("member", 3, 6).withCount("book", 3, 6).withCount("loan", 5, 10).withCount("fee", 2, 4);
    for (long seed = 0; seed < 50; seed++) {
      Dataset library = gen.sample(seed);
      assertTrue(library.validate().isValid(), library.validate()::toString);
      assertTrue(library.entities(Loan.KIND).size() >= 5 && library.entities(Fee.KIND).size() >= 2, library::toString);
    }
  }

  @Property(tries = 100)
  void everyGeneratedLibraryRoundTripsThroughJsonAndCsv(Dataset library) {
    assertTrue(library.validate().isValid(), library.validate()::toString);
    assertEquals(library, JSON.fromBytes(JSON.toBytes(library)));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CSV.writeZip(library, zip);
    assertEquals(library, CSV.readZip(new ByteArrayInputStream(zip.toByteArray())));
  }
}
