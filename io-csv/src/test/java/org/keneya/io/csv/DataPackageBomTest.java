package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.csv.Fixtures.JSON;
import static org.keneya.io.csv.Fixtures.NETWORKS;
import static org.keneya.io.csv.Fixtures.REGISTRY;
import static org.keneya.io.csv.Fixtures.dataset;
import static org.keneya.io.csv.Fixtures.profileErrors;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.io.csv.internal.DataPackages;
import tools.jackson.databind.JsonNode;

/**
 * What {@code datapackage.json} says about a byte-order mark. Frictionless readers keep the mark in
 * the first header whatever the declared encoding (datapackage-js 1.1.10, checked with
 * scripts/outside-readers/datapackage.sh), so the descriptor keeps {@code "utf-8"}, which the Data
 * Resource specification asks for, and says in its description to export without the mark.
 */
class DataPackageBomTest {
  private static String descriptor(Dataset d, CsvOptions options) {
    return CsvCodec.create(REGISTRY, options).dataPackage(d);
  }

  @Test
  void withABomTheDescriptorTellsFrictionlessUsersToExportWithoutItAndKeepsTheEncodingUtf8() {
    String text = descriptor(dataset(), CsvOptions.defaults().bom(true));
    assertEquals(List.of(), profileErrors(text));
    JsonNode descriptor = JSON.readTree(text);
    String description = descriptor.get("description").asString();
    assertTrue(description.contains("byte-order mark") && description.contains("export without --bom"), description);
    for (JsonNode resource : descriptor.get("resources")) {
      assertEquals("utf-8", resource.get("encoding").asString(), resource.get("name").asString());
    }
  }

  @Test
  void withoutABomTheDescriptorHasNoDescriptionAndIsTheBomOneWithoutIt() {
    String line = "  \"description\" : " + JSON.writeValueAsString(DataPackages.BOM_DESCRIPTION) + ",\n";
    forAll(100, NETWORKS, d -> {
      for (CsvOptions options : List.of(CsvOptions.defaults(), CsvOptions.defaults().delimiter(';').crlf(true))) {
        String plain = descriptor(d, options);
        assertFalse(JSON.readTree(plain).has("description"), plain);
        String withBom = descriptor(d, options.bom(true));
        assertTrue(withBom.contains(line), withBom);
        assertEquals(plain, withBom.replace(line, ""), "the mark changes the description only");
      }
    });
  }

  @Test
  void aZipWrittenWithABomAndItsDescriptionReadsBack() {
    Dataset empty = dataset();
    byte[] zip = Fixtures.zip(CsvCodec.create(REGISTRY, CsvOptions.defaults().bom(true)), empty);
    assertEquals(empty, Fixtures.CSV.readZip(new ByteArrayInputStream(zip)));
  }
}
