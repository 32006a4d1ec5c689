package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.keneya.core.data.Dataset;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonLines;
import org.keneya.model.Recommendation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code keneya sample} is reproducible and valid; {@code keneya schema} prints JSON. */
class SampleAndSchemaTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @TempDir
  Path dir;

  @Test
  void theSameSeedAndSizeGiveTheSameBytes() {
    for (String name : List.of("a.json", "a.zip", "a.jsonl", "recommendation.csv")) {
      Path first = dir.resolve("1-" + name.replace("recommendation", "x"));
      Path second = dir.resolve("2-" + name.replace("recommendation", "x"));
      String[] csv = name.endsWith(".csv") ? new String[] {"--kind", "recommendation"} : new String[0];
      assertEquals(0, Cli.run(concat(new String[] {"sample", "--seed", "42", "--size", "30", Cli.s(first)}, csv)).exit());
      assertEquals(0, Cli.run(concat(new String[] {"sample", "--size", "30", "--seed", "42", Cli.s(second)}, csv)).exit());
      assertArrayEquals(Cli.bytes(first), Cli.bytes(second), name);
    }
    assertEquals(0, Cli.run("sample", "--seed", "43", "--size", "30", Cli.s(dir.resolve("3-a.json"))).exit());
    assertFalse(Arrays.equals(Cli.bytes(dir.resolve("1-a.json")), Cli.bytes(dir.resolve("3-a.json"))), "another seed");
  }

  @Test
  void aSampleHoldsSizeRecommendationsAndValidates() {
    Path out = dir.resolve("sample.json");
    Cli.Result result = Cli.run("sample", "--seed", "7", "--size", "120", Cli.s(out));
    assertEquals(0, result.exit(), result::toString);
    Dataset dataset = JsonCodec.create(Cli.REGISTRY).fromBytes(Cli.bytes(out));
    assertEquals(120, dataset.entities(Recommendation.class).size());
    assertTrue(dataset.validate().isValid(), () -> dataset.validate().toString());
    Cli.Result validate = Cli.run("validate", Cli.s(out));
    assertEquals(0, validate.exit(), validate::toString);
  }

  @Test
  void aLargeSampleIsNotCutOffByTheShrinkersDrawLimit() {
    // ten thousand recommendations take more than the 2^20 draws a shrinkable property run may record
    Path out = dir.resolve("large.jsonl");
    Cli.Result result = Cli.run("sample", "--seed", "3", "--size", "10000", "--quiet", Cli.s(out));
    assertEquals(0, result.exit(), result::toString);
    assertEquals(10_000, JsonLines.fromBytes(Cli.bytes(out), Cli.REGISTRY).entities(Recommendation.class).size());
  }

  @Test
  void sampleRefusesBadSizesAndKinds() {
    assertEquals(2, Cli.run("sample", "--size", "-3", Cli.s(dir.resolve("x.json"))).exit());
    assertEquals(2, Cli.run("sample", "--size", "lots", Cli.s(dir.resolve("x.json"))).exit());
    assertEquals(2, Cli.run("sample", Cli.s(dir.resolve("x.csv"))).exit());
    assertEquals(2, Cli.run("sample", Cli.s(dir.resolve("x.pdf"))).exit());
    assertEquals(List.of(), Cli.list(dir));
  }

  @Test
  void schemaIsJsonWithEveryKind() {
    Cli.Result result = Cli.run("schema");
    assertEquals(0, result.exit(), result::toString);
    JsonNode schema = MAPPER.readTree(result.out());
    assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asString());
    JsonNode kinds = schema.get("properties").get("kinds").get("properties");
    for (String kind : List.of("actor", "recommendation", "budget", "indicator")) {
      assertTrue(kinds.has(kind), kind);
    }

    Cli.Result lines = Cli.run("schema", "--lines");
    assertEquals(0, lines.exit(), lines::toString);
    assertTrue(MAPPER.readTree(lines.out()).has("oneOf"));
  }

  @Test
  void theDataPackageIsJsonDescribingEveryTable() {
    Cli.Result result = Cli.run("schema", "--datapackage");
    assertEquals(0, result.exit(), result::toString);
    JsonNode descriptor = MAPPER.readTree(result.out());
    List<String> names = descriptor.get("resources").valueStream().map(r -> r.get("name").asString()).toList();
    assertTrue(names.containsAll(List.of("recommendation", "indicator")), names::toString);
    assertEquals(2, Cli.run("schema", "--datapackage", "--lines").exit());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
