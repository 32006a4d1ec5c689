package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Period;
import java.util.List;
import java.util.OptionalLong;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.testdomain.Observatory;
import org.keneya.testdomain.Sensor;
import org.keneya.testdomain.Station;
import org.keneya.testkit.DatasetGen;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;

/**
 * What io-json's tests share: the weather-station network of {@code keneya-test-domain} (core's kinds
 * and the test domain's, never the health model), its generated datasets, and the refusal of a
 * document read as {@code data.json}.
 */
public final class Networks {
  /** The test domain's kinds, with core's own, named explicitly rather than loaded. */
  public static final KindRegistry REGISTRY = Observatory.registry();

  /** Whole, consistent networks: operators, stations and inspections (and core's documents). */
  public static final DatasetGen DATASETS = KeneyaGens.datasets(GenSettings.of(REGISTRY))
      .withCount("operator", 2, 4).withCount("station", 2, 5).withCount("inspection", 2, 6);

  /** The opening of a dataset document, up to its kinds' object. */
  public static final String HEAD = "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\n";

  private Networks() {}

  /**
   * Station {@code i}: automatic, with one sensor and one tag, run by {@code operator-(i % 100)},
   * which no stream of these stations holds.
   */
  public static Station station(int i) {
    return new Station(Id.of("s" + i), LocalizedText.fr("Station synoptique de relevé des précipitations n° " + i),
        Ref.of("operator", "operator-" + (i % 100)), List.of(), Station.Status.ACTIVE, true, 300 + i % 1000, null,
        null, null, List.of(new Sensor("Vaisala WXT536", null, Period.ofMonths(6))), List.of("pluie"), List.of());
  }

  /** The refusal of {@code json}, read as {@code data.json} by {@code codec}. */
  public static MalformedInputException refused(JsonCodec codec, String json) {
    return assertThrows(MalformedInputException.class,
        () -> codec.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "data.json"));
  }

  /** {@code e} names {@code data.json}, the pointer and the line. */
  public static void assertPlace(MalformedInputException e, String pointer, long line) {
    assertEquals("data.json", e.place().source().orElseThrow(), e::getMessage);
    assertEquals(pointer, e.place().path().orElseThrow(), e::getMessage);
    assertEquals(OptionalLong.of(line), e.place().line(), e::getMessage);
  }
}
