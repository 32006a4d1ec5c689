package org.keneya.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.function.Supplier;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.json.JsonCodec;
import org.keneya.model.HealthModel;
import org.keneya.testkit.CodecAssertions;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.junit.Property;
import org.keneya.testkit.junit.Settings;

/**
 * Property tests with the testkit: a {@code Dataset} parameter is generated — consistent, valid, with
 * every kind of the registry the class names with {@code @Settings}, the health model's and this
 * module's {@link Indicator} — and a failure is shrunk to a small counterexample and reported, in
 * full, with the seed that reproduces it.
 *
 * <pre>{@code
 * @Property(tries = 1000)
 * void jsonIsLossless(Dataset d) {
 *   CodecAssertions.assertLossless(d, codec::encode, codec::decode);
 * }
 * }</pre>
 */
@Settings(DatasetPropertyExampleTest.HealthAndIndicators.class)
class DatasetPropertyExampleTest {
  /** The kinds the generated datasets hold: the health model's and this module's {@link Indicator}. */
  private static final KindRegistry REGISTRY = KindRegistry.of(new HealthModel(), new IndicatorModel());

  /** The registry the generated datasets are drawn from: the health model and the indicators. */
  public static final class HealthAndIndicators implements Supplier<GenSettings> {
    @Override
    public GenSettings get() {
      return GenSettings.of(REGISTRY);
    }
  }

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
