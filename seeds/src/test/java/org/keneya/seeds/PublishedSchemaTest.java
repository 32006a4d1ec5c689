package org.keneya.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.JsonSchemas;
import org.keneya.model.HealthModel;

/**
 * The JSON Schemas of the health kinds published under {@code docs/schema/} are the ones {@link
 * JsonSchemas} generates from those kinds today. keneya-io-json knows no domain model and ships no
 * schema, so the health schema is published here, where the model is known: a file in the
 * repository that the README links to and that validators outside Java (ajv, an editor's {@code
 * $schema} support) read without building anything. It is generated, never edited; when the kinds
 * change, this test fails until the file is written again.
 */
class PublishedSchemaTest {
  private static final KindRegistry HEALTH = KindRegistry.of(new HealthModel());
  private static final Path DOCS = Path.of("..", "docs", "schema");

  /** Where a stale file's replacement is written, for a person to review and copy. */
  private static final Path FRESH = Path.of("target", "schema");

  @Test
  void thePublishedDatasetSchemaIsTheOneGeneratedFromTheHealthKinds() throws IOException {
    assertPublished("keneya-dataset.schema.json", JsonSchemas.dataset(HEALTH));
  }

  @Test
  void thePublishedJsonLinesSchemaIsTheOneGeneratedFromTheHealthKinds() throws IOException {
    assertPublished("keneya-jsonl-line.schema.json", JsonSchemas.lines(HEALTH));
  }

  /**
   * Compares the published file with the generated text. {@code keneya schema} cannot regenerate
   * it: the command's class path also holds the examples' own indicator kind.
   */
  private static void assertPublished(String file, String generated) throws IOException {
    Path published = DOCS.resolve(file);
    String text = Files.exists(published) ? Files.readString(published, StandardCharsets.UTF_8) : "";
    if (!text.equals(generated)) {
      Files.createDirectories(FRESH);
      Files.writeString(FRESH.resolve(file), generated, StandardCharsets.UTF_8);
    }
    assertEquals(generated, text, () -> "docs/schema/" + file + " is stale: the health kinds changed. Review and "
        + "copy seeds/target/schema/" + file + ", just generated, to docs/schema/");
  }
}
