package org.keneya.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.json.JsonCodec;
import org.keneya.model.HealthModel;
import org.keneya.testkit.CodecAssertions;
import org.keneya.testkit.junit.Property;

/**
 * Property tests with the testkit: a {@code Dataset} parameter is generated — consistent, valid, with
 * every kind on the class path including this module's {@link Indicator} — and a failure is shrunk
 * to a small counterexample and reported with the seed that reproduces it.
 *
 * <pre>{@code
 * @Property(tries = 1000)
 * void jsonIsLossless(Dataset d) {
 *   CodecAssertions.assertLossless(d, codec::encode, codec::decode);
 * }
 * }</pre>
 */
class DatasetPropertyExampleTest {
  /** The kinds the generated datasets hold: the health model's and this module's {@link Indicator}. */
  private static final KindRegistry REGISTRY = KindRegistry.of(new HealthModel(), new IndicatorModel());

  private final JsonCodec json = JsonCodec.create(REGISTRY);
  private final CsvCodec csv = CsvCodec.create(REGISTRY);

  @Property(tries = 40)
  void generatedDatasetsAreValid(Dataset d) {
    assertTrue(d.validate().isValid(), () -> d.validate().toString());
  }

  // tag::property[]
  @Property(tries = 40)
  void jsonIsLossless(Dataset d) {
    CodecAssertions.assertLossless(d, json::toBytes, json::fromBytes);
  }
  // end::property[]

  @Property(tries = 25)
  void aCsvZipIsLossless(Dataset d) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(d, zip);
    assertEquals(d, csv.readZip(new ByteArrayInputStream(zip.toByteArray())));
  }
}
