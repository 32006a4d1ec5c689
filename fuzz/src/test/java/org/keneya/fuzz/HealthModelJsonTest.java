package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonSchemas;
import org.keneya.io.json.JsonValues;
import org.keneya.model.Budget;
import org.keneya.model.HealthModel;
import org.keneya.model.Recommendation;
import org.keneya.testkit.CodecAssertions;
import org.keneya.testkit.junit.Property;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON codecs over the health model: io-json and keneya-jackson test themselves on the test
 * domain alone (their builds ban the health model), so what they checked of the health kinds — its
 * hand-tuned datasets and entities, its schemas — is checked here, where the health model is.
 */
class HealthModelJsonTest {
  private static final KindRegistry HEALTH = KindRegistry.load();
  private static final JsonCodec CODEC = JsonCodec.create(HEALTH);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final Schema DATASET = compile(JsonSchemas.dataset(HEALTH));
  private static final Schema LINE = compile(JsonSchemas.lines(HEALTH));

  private static Schema compile(String schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private static List<String> errors(Schema schema, String json) {
    return schema.validate(JSON.readTree(json)).stream().map(Error::toString).toList();
  }

  /** As io-json's JsonSchemaTest checks the test domain's: the health schemas keep the bytes published before. */
  @Test
  void theHealthSchemasAreWrittenAsDatabindIndentsTheirTree() {
    JsonMapper indenting = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
        .build();
    KindRegistry health = KindRegistry.of(new HealthModel());
    for (String schema : List.of(JsonSchemas.dataset(health), JsonSchemas.lines(health))) {
      assertEquals(indenting.writeValueAsString(indenting.readTree(schema)) + "\n", schema);
    }
  }

  @Property(tries = 100)
  void healthDatasetsAndTheirLinesAreValidAgainstTheHealthSchemas(Dataset d) {
    assertEquals(List.of(), errors(DATASET, new String(CODEC.toBytes(d), StandardCharsets.UTF_8)));
    for (String line : new String(JsonLines.toBytes(d), StandardCharsets.UTF_8).split("\n")) {
      assertEquals(List.of(), errors(LINE, line), line);
    }
  }

  @Property(tries = 200)
  void healthDatasetsRoundTripThroughJsonJsonLinesAndTheJacksonModule(Dataset d) {
    CodecAssertions.assertLossless(d, CODEC::toBytes, CODEC::fromBytes);
    CodecAssertions.assertLossless(d, JsonLines::toBytes, bytes -> JsonLines.fromBytes(bytes, HEALTH));
    byte[] bytes = MAPPER.writeValueAsBytes(d);
    assertArrayEquals(CODEC.toBytes(d), bytes);
    assertEquals(d, MAPPER.readValue(bytes, Dataset.class));
  }

  /** As keneya-jackson's JacksonModuleTest checks the test domain's stations and inspections. */
  @Property(tries = 200)
  void healthEntitiesRoundTripThroughTheJacksonModule(Recommendation r, Budget b) {
    assertEntityRoundTrips(Recommendation.KIND, r);
    assertEntityRoundTrips(Budget.KIND, b);
  }

  private static <E extends Entity> void assertEntityRoundTrips(EntityKind<E> kind, E entity) {
    String json = MAPPER.writeValueAsString(entity);
    assertEquals(JsonValues.toJson(kind.struct(), entity), json);
    assertEquals(entity, MAPPER.readValue(json, kind.type()));
  }
}
