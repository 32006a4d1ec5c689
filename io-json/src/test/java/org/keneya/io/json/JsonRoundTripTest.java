package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
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
import org.keneya.core.value.Ref;
import org.keneya.io.json.plugin.Indicator;
import org.keneya.model.Amounts;
import org.keneya.model.Budget;
import org.keneya.model.BudgetLine;
import org.keneya.model.HealthCodelists;
import org.keneya.testkit.CodecAssertions;
import org.keneya.model.testkit.HealthGens;
import org.keneya.testkit.junit.Property;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class JsonRoundTripTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();
  private static final JsonCodec COMPACT = JsonCodec.create(REGISTRY);
  private static final JsonCodec PRETTY = JsonCodec.create(REGISTRY, JsonOptions.defaults().pretty(true));

  @Property(tries = 1000)
  void datasetsRoundTripLosslesslyAndByteForByte(Dataset d) {
    CodecAssertions.assertLossless(d, COMPACT::toBytes, COMPACT::fromBytes);
  }

  @Property(tries = 200)
  void prettyOutputRoundTripsToo(Dataset d) {
    CodecAssertions.assertLossless(d, PRETTY::toBytes, PRETTY::fromBytes);
    assertEquals(d, COMPACT.fromBytes(PRETTY.toBytes(d)));
  }

  @Property(tries = 300)
  void jsonLinesRoundTripLosslessly(Dataset d) {
    CodecAssertions.assertLossless(d, JsonLines::toBytes, JsonLines::fromBytes);
  }

  @Property(tries = 100)
  void theSameDataInAnyOrderGivesTheSameBytes(Dataset d) {
    List<Entity> shuffled = new ArrayList<>(d.entities());
    Collections.reverse(shuffled);
    assertArrayEquals(COMPACT.toBytes(d), COMPACT.toBytes(Dataset.of(REGISTRY, shuffled)));
  }

  @Property(tries = 100)
  void propertiesAreReadInAnyOrder(Dataset d) {
    JsonMapper mapper = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    ObjectNode document = (ObjectNode) mapper.readTree(COMPACT.toBytes(d));
    for (JsonNode entities : document.get("kinds")) {
      for (int i = 0; i < entities.size(); i++) {
        ((ArrayNode) entities).set(i, reversed(entities.get(i)));
      }
    }
    Dataset read = COMPACT.fromBytes(mapper.writeValueAsBytes(document));
    assertEquals(Optional.empty(), CodecAssertions.firstDifference(d, read));
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
    Dataset d = Dataset.of(REGISTRY, List.of(
        org.keneya.model.testkit.FixedFramework.hbhi().framework(),
        org.keneya.model.testkit.FixedFramework.hbhi().pillars().get(1),
        new Indicator(Id.of("dhis2-completude"), LocalizedText.fr("Complétude des rapports DHIS2"),
            Ref.of("pillar", "hbhi.p2"), Code.of("percent"), Optional.of(new BigDecimal("90.5")),
            com.google.common.collect.ImmutableList.of())));
    String json = new String(COMPACT.toBytes(d), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"indicator\":[{\"id\":\"dhis2-completude\",\"name\":{\"fr\":\"Complétude des rapports DHIS2\"},"
        + "\"pillar\":\"hbhi.p2\",\"unit\":\"percent\",\"target\":90.5}]"), json);
    assertEquals(d, COMPACT.fromBytes(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void amountsStayExactBeyondDoublePrecision() {
    Money huge = Money.of("123456789012345678", "XOF");
    Budget budget = Budget.builder().id(Id.of("b")).owner(Ref.of("actor", "a")).fiscalYear(2024)
        .currency(Money.currency("XOF"))
        .addLines(BudgetLine.builder().source(HealthCodelists.STATE)
            .amounts(Amounts.builder().forecast(huge).executed(Money.of("1000000000000000", "XOF")).build()).build())
        .build();
    org.keneya.model.Actor a = org.keneya.model.Actor.builder().id(Id.of("a")).type(HealthCodelists.AGENCY)
        .name(LocalizedText.fr("A")).build();
    Dataset d = Dataset.of(REGISTRY, List.of(a, budget));
    String json = new String(COMPACT.toBytes(d), StandardCharsets.UTF_8);
    assertTrue(json.contains("\"forecast\":{\"amount\":123456789012345678,\"currency\":\"XOF\"}"), json);
    assertTrue(json.contains("\"amount\":1000000000000000,"), json);
    assertFalse(json.contains("E+"), json);
    assertEquals(d, COMPACT.fromBytes(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theFormatHasANameAVersionAndKindsInRegistryOrder() {
    Dataset d = HealthGens.datasets().sample(4L);
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
    String json = new String(PRETTY.toBytes(HealthGens.datasets().sample(2L)), StandardCharsets.UTF_8);
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
    COMPACT.write(HealthGens.datasets().sample(1L), out);
    assertFalse(out.closed);
    assertTrue(out.size() > 0);
  }
}
