package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.json.Networks.DATASETS;
import static org.keneya.io.json.Networks.REGISTRY;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.KindRegistry;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON written by the codecs is valid against the JSON Schemas generated from the same kinds. */
class JsonSchemaTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema DATASET = compile(JsonSchemas.dataset(REGISTRY));
  private static final Schema LINE = compile(JsonSchemas.lines(REGISTRY));
  private static final JsonCodec CODEC = JsonCodec.create(REGISTRY);

  private static Schema compile(String schema) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  private static List<String> errors(Schema schema, String json) {
    return schema.validate(JSON.readTree(json)).stream().map(Error::toString).toList();
  }

  @Test
  void everyGeneratedDatasetIsValidAgainstTheDatasetSchema() {
    forAll(300, DATASETS,
        d -> assertEquals(List.of(), errors(DATASET, new String(CODEC.toBytes(d), StandardCharsets.UTF_8))));
  }

  @Test
  void everyLineOfAGeneratedStreamIsValidAgainstTheLineSchema() {
    forAll(100, DATASETS, d -> {
      String stream = new String(JsonLines.toBytes(d), StandardCharsets.UTF_8);
      for (String line : stream.split("\n")) {
        assertEquals(List.of(), errors(LINE, line), line);
      }
    });
  }

  @Test
  void theLineSchemaAcceptsTheEndRecordAndEveryHeaderVersionThatReads() {
    assertEquals(List.of(), errors(LINE, "{\"end\":{\"count\":0}}"));
    assertEquals(List.of(), errors(LINE, "{\"end\":{\"count\":1000000}}"));
    assertEquals(List.of(), errors(LINE, "{\"format\":\"keneya-jsonl\",\"version\":1}"));
    assertEquals(List.of(), errors(LINE, "{\"format\":\"keneya-jsonl\",\"version\":2}"));
    for (String bad : List.of("{\"end\":{}}", "{\"end\":{\"count\":-1}}", "{\"end\":{\"count\":\"3\"}}",
        "{\"end\":{\"count\":1,\"more\":2}}", "{\"end\":{\"count\":1},\"kind\":\"operator\"}",
        "{\"format\":\"keneya-jsonl\",\"version\":3}")) {
      assertTrue(!errors(LINE, bad).isEmpty(), () -> "accepted " + bad);
    }
  }

  @Test
  void theSchemaRefusesWhatTheCodecRefuses() {
    ObjectNode good = (ObjectNode) JSON.readTree("""
        {"format":"keneya-dataset","version":1,"kinds":{"operator":[
          {"id":"dmn","type":"agency","name":{"fr":"Direction Nationale de la Météorologie"}}]}}""");
    assertEquals(List.of(), errors(DATASET, good.toString()));
    assertInvalid(good, "/kinds/operator/0", "unknownProperty", "x");
    assertInvalid(good, "/kinds/operator/0", "id", "DMN");              // id syntax
    assertInvalid(good, "/kinds/operator/0", "type", "no-such-type");   // not in its codelist
    assertInvalid(good, "/kinds/operator/0", "website", 3);             // wrong type
    assertInvalid(good, "/kinds", "no-such-kind", "[]");
    ObjectNode missingName = good.deepCopy();
    ((ObjectNode) missingName.at("/kinds/operator/0")).remove("name");
    assertTrue(!errors(DATASET, missingName.toString()).isEmpty(), "a missing required property is refused");
    ObjectNode wrongFormat = good.deepCopy().put("format", "other");
    assertTrue(!errors(DATASET, wrongFormat.toString()).isEmpty(), "another format is refused");
  }

  private static void assertInvalid(ObjectNode document, String at, String property, Object value) {
    ObjectNode copy = document.deepCopy();
    ObjectNode target = (ObjectNode) copy.at(at);
    if (value instanceof Integer) {
      target.put(property, (Integer) value);
    } else {
      target.put(property, (String) value);
    }
    assertTrue(!errors(DATASET, copy.toString()).isEmpty(), () -> "accepted " + at + "/" + property + " = " + value);
  }

  @Test
  void aKindRegisteredByAUserJarIsInTheGeneratedSchema() {
    // the test domain's jar registers its kinds through META-INF/services, as a user's jar would
    JsonNode schema = JSON.readTree(JsonSchemas.dataset(KindRegistry.load()));
    assertEquals("#/$defs/station", schema.at("/properties/kinds/properties/station/items/$ref").asString());
    assertTrue(schema.at("/$defs/station/properties/operator").isObject());
    assertTrue(schema.at("/$defs/sensor/properties/calibration").isObject(), "and its own nested structure");
  }

  /**
   * The schemas are built without databind, but written exactly as databind's {@code INDENT_OUTPUT}
   * writes a tree (with {@code \n} line ends): the files published before keep their bytes. (The
   * health registry's schemas are checked alike in the fuzz module, where the health model is.)
   */
  @Test
  void theSchemasAreWrittenAsDatabindIndentsTheirTree() {
    JsonMapper indenting = JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
        .build();
    for (KindRegistry registry : List.of(REGISTRY, KindRegistry.of())) {
      for (String schema : List.of(JsonSchemas.dataset(registry), JsonSchemas.lines(registry))) {
        assertEquals(indenting.writeValueAsString(indenting.readTree(schema)) + "\n", schema);
      }
    }
  }

  @Test
  void generationIsDeterministic() {
    assertEquals(JsonSchemas.dataset(REGISTRY), JsonSchemas.dataset(KindRegistry.load()));
    assertEquals(JsonSchemas.lines(REGISTRY), JsonSchemas.lines(KindRegistry.load()));
  }
}
