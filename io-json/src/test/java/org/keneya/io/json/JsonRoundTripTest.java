package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.json.Networks.DATASETS;
import static org.keneya.io.json.Networks.REGISTRY;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.testdomain.Operator;
import org.keneya.testdomain.Station;
import org.keneya.testkit.CodecAssertions;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class JsonRoundTripTest {
  private static final JsonCodec COMPACT = JsonCodec.create(REGISTRY);
  private static final JsonCodec PRETTY = JsonCodec.create(REGISTRY, JsonOptions.defaults().pretty(true));

  @Test
  void datasetsRoundTripLosslesslyAndByteForByte() {
    forAll(1000, DATASETS, d -> CodecAssertions.assertLossless(d, COMPACT::toBytes, COMPACT::fromBytes));
  }

  @Test
  void prettyOutputRoundTripsToo() {
    forAll(200, DATASETS, d -> {
      CodecAssertions.assertLossless(d, PRETTY::toBytes, PRETTY::fromBytes);
      assertEquals(d, COMPACT.fromBytes(PRETTY.toBytes(d)));
    });
  }

  @Test
  void jsonLinesRoundTripLosslessly() {
    forAll(300, DATASETS, d -> CodecAssertions.assertLossless(d, JsonLines::toBytes, bytes -> JsonLines.fromBytes(bytes, REGISTRY)));
  }

  @Test
  void theSameDataInAnyOrderGivesTheSameBytes() {
    forAll(100, DATASETS, d -> {
      List<Entity> shuffled = new ArrayList<>(d.entities());
      Collections.reverse(shuffled);
      assertArrayEquals(COMPACT.toBytes(d), COMPACT.toBytes(Dataset.of(REGISTRY, shuffled)));
    });
  }

  @Test
  void propertiesAreReadInAnyOrder() {
    JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    forAll(100, DATASETS, d -> {
      ObjectNode document = (ObjectNode) mapper.readTree(COMPACT.toBytes(d));
      for (JsonNode entities : document.get("kinds")) {
        for (int i = 0; i < entities.size(); i++) {
          ((ArrayNode) entities).set(i, reversed(entities.get(i)));
        }
      }
      Dataset read = COMPACT.fromBytes(mapper.writeValueAsBytes(document));
      assertEquals(Optional.empty(), CodecAssertions.firstDifference(d, read));
    });
  }

  /** The node with the properties of every object in it in reverse order. */
  private static JsonNode reversed(JsonNode node) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
      Collections.reverse(properties);
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      properties.forEach(p -> out.set(p.getKey(), reversed(p.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      node.forEach(element -> out.add(reversed(element)));
      return out;
    }
    return node;
  }

  @Test
  void aUsersOwnKindIsWrittenAndReadWithNoChangeToTheCodec() {
    // the test domain's jar registers its kinds through META-INF/services, as a user's jar would
    KindRegistry loaded = KindRegistry.load();
    JsonCodec codec = JsonCodec.create(loaded);
    Dataset d = Dataset.of(loaded, List.of(
        new Operator(Id.of("dmn"), LocalizedText.fr("Mali Météo"), Code.of("agency"), "https://malimeteo.ml",
            LocalDate.of(1921, 1, 1), Currency.getInstance("XOF")),
        Station.of("kati", "dmn", "Kati")));
    String json = new String(codec.toBytes(d), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"operator\":[{\"id\":\"dmn\",\"name\":{\"fr\":\"Mali Météo\"},\"type\":\"agency\","
        + "\"website\":\"https://malimeteo.ml\",\"founded\":\"1921-01-01\",\"currency\":\"XOF\"}],"
        + "\"station\":[{\"id\":\"kati\",\"name\":{\"fr\":\"Kati\"},\"operator\":\"dmn\",\"status\":\"active\","
        + "\"automatic\":false}]"), json);
    assertEquals(d, codec.fromBytes(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void amountsStayExactBeyondDoublePrecision() {
    Station big = withBudget(Station.of("s1", "dmn", "Kati"), Money.of("123456789012345678", "XOF"));
    Station small = withBudget(Station.of("s2", "dmn", "Kita"), Money.of("1000000000000000", "XOF"));
    Dataset d = Dataset.of(REGISTRY, List.of(Operator.of("dmn", "agency", "Mali Météo"), big, small));
    String json = new String(COMPACT.toBytes(d), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"budget\":{\"amount\":123456789012345678,\"currency\":\"XOF\"}"), json);
    assertTrue(json.contains("\"amount\":1000000000000000,"), json);
    assertFalse(json.contains("E+"), json);
    assertEquals(d, COMPACT.fromBytes(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static Station withBudget(Station s, Money budget) {
    return new Station(s.id(), s.name(), s.operator(), s.partners(), s.status(), s.automatic(), s.elevation(),
        s.latitude(), s.operating(), budget, s.sensors(), s.tags(), s.provenance());
  }

  @Test
  void theFormatHasANameAVersionAndKindsInRegistryOrder() {
    Dataset d = DATASETS.sample(4L);
    String json = new String(COMPACT.toBytes(d), StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{"), json);
    int last = -1;
    for (var kind : d.kinds()) {
      int at = json.indexOf("\"" + kind.name() + "\":[");
      assertTrue(at > last, kind.name());
      last = at;
    }
  }

  @Test
  void prettyOutputUsesTwoSpacesAndNewlinesOnEveryPlatform() {
    String json = new String(PRETTY.toBytes(DATASETS.sample(2L)), StandardCharsets.UTF_8);
    assertTrue(json.startsWith("{\n  \"format\""), json);
    assertFalse(json.contains("\r"), "no CR line ends");
  }

  @Test
  void writingNeverClosesTheCallersStream() {
    class Watched extends ByteArrayOutputStream {
      boolean closed;

      @Override
      public void close() {
        closed = true;
      }
    }
    Watched out = new Watched();
    COMPACT.write(DATASETS.sample(1L), out);
    assertFalse(out.closed);
    assertTrue(out.size() > 0);
  }
}
