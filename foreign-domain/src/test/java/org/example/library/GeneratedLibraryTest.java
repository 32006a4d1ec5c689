package org.example.library;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.testkit.DatasetGen;
import org.keneya.testkit.KeneyaGens;
import org.keneya.testkit.KindLaws;

/**
 * The test kit generates consistent libraries from the description alone, and every library kind
 * obeys the laws of kinds ({@link KindLaws}), JSON and CSV round trips included.
 */
class GeneratedLibraryTest {
  private static final KindRegistry REGISTRY = KindRegistry.of(new LibraryModel());
  private static final JsonCodec JSON = JsonCodec.create(REGISTRY);
  private static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());

  @Test
  void generatedLibrariesHoldEveryKindAndValidate() {
    DatasetGen gen = KeneyaGens.datasets(REGISTRY)
        .withCount("member", 3, 6).withCount("book", 3, 6).withCount("loan", 5, 10).withCount("fee", 2, 4);
    for (long seed = 0; seed < 50; seed++) {
      Dataset library = gen.sample(seed);
      assertTrue(library.validate().isValid(), library.validate()::toString);
      assertTrue(library.entities(Loan.KIND).size() >= 5 && library.entities(Fee.KIND).size() >= 2, library::toString);
    }
  }

  /** What a plug-in author writes: one line per kind, one line per codec. */
  @TestFactory
  Stream<DynamicTest> everyLibraryKindObeysTheLawsThroughJsonAndCsv() {
    return REGISTRY.kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(), () ->
        KindLaws.of(REGISTRY, kind)
            .roundTrips("json", JSON::toBytes, JSON::fromBytes)
            .roundTrips("csv zip", GeneratedLibraryTest::zip, bytes -> CSV.readZip(new ByteArrayInputStream(bytes)))
            .noWarnings()
            .check()));
  }

  private static byte[] zip(Dataset library) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    CSV.writeZip(library, zip);
    return zip.toByteArray();
  }
}
