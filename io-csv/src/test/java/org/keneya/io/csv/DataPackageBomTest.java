package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.csv.internal.DataPackages;
import org.keneya.testkit.junit.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code datapackage.json} says about a byte-order mark. Frictionless readers keep the mark in
 * the first header whatever the declared encoding (datapackage-js 1.1.10, checked with
 * scripts/outside-readers/datapackage.sh), so the descriptor keeps {@code "utf-8"}, which the Data
 * Resource specification asks for, and says in its description to export without the mark.
 */
class DataPackageBomTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The errors of the official Tabular Data Package profile on a descriptor. */
  private static List<String> profileErrors(String descriptor) {
    try (InputStream in = DataPackageBomTest.class.getResourceAsStream("/frictionless/tabular-data-package.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in)
          .validate(JSON.readTree(descriptor)).stream().map(Error::toString).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String descriptor(Dataset d, CsvOptions options) {
    return CsvCodec.create(REGISTRY, options).dataPackage(d);
  }

  @Test
  void withABomTheDescriptorTellsFrictionlessUsersToExportWithoutItAndKeepsTheEncodingUtf8() {
    String text = descriptor(Dataset.empty(REGISTRY), CsvOptions.defaults().bom(true));
    assertEquals(List.of(), profileErrors(text));
    JsonNode descriptor = JSON.readTree(text);
    String description = descriptor.get("description").asString();
    assertTrue(description.contains("byte-order mark") && description.contains("export without --bom"), description);
    for (JsonNode resource : descriptor.get("resources")) {
      assertEquals("utf-8", resource.get("encoding").asString(), resource.get("name").asString());
    }
  }

  @Property(tries = 100)
  void withoutABomTheDescriptorHasNoDescriptionAndIsTheBomOneWithoutIt(Dataset d) {
    for (CsvOptions options : List.of(CsvOptions.defaults(), CsvOptions.defaults().delimiter(';').crlf(true))) {
      String plain = descriptor(d, options);
      assertFalse(JSON.readTree(plain).has("description"), plain);
      String withBom = descriptor(d, options.bom(true));
      String line = "  \"description\" : " + JSON.writeValueAsString(DataPackages.BOM_DESCRIPTION) + ",\n";
      assertTrue(withBom.contains(line), withBom);
      assertEquals(plain, withBom.replace(line, ""), "the mark changes the description only");
    }
  }

  @Test
  void aZipWrittenWithABomAndItsDescriptionReadsBack() {
    Dataset empty = Dataset.empty(REGISTRY);
    CsvCodec csv = CsvCodec.create(REGISTRY, CsvOptions.defaults().bom(true));
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(empty, zip);
    assertEquals(empty, CsvCodec.create(REGISTRY, CsvOptions.defaults()).readZip(new ByteArrayInputStream(zip.toByteArray())));
  }
}
