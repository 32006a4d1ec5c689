package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.testkit.junit.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The datapackage.json io-csv writes is valid against the official Frictionless Tabular Data Package profile. */
class DataPackageProfileTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema PROFILE = load();

  private static Schema load() {
    try (InputStream in = DataPackageProfileTest.class.getResourceAsStream("/frictionless/tabular-data-package.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<Error> errors(String descriptor) {
    return PROFILE.validate(JSON.readTree(descriptor));
  }

  @Property(tries = 100)
  void descriptorsOfGeneratedDatasetsAreValid(Dataset d) {
    for (CsvOptions options : List.of(CsvOptions.defaults(), CsvOptions.defaults().delimiter(';').crlf(true))) {
      List<Error> errors = errors(CsvCodec.create(KindRegistry.load(), options).dataPackage(d));
      assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }
  }

  @Test
  void theProfileRejectsABrokenDescriptor() {
    Dataset empty = Dataset.empty(KindRegistry.load());
    ObjectNode descriptor = (ObjectNode) JSON.readTree(CsvCodec.create().dataPackage(empty));
    assertEquals(List.of(), errors(descriptor.toString()));
    ObjectNode field = (ObjectNode) descriptor.get("resources").get(0).get("schema").get("fields").get(0);
    field.put("type", "no-such-type");
    assertFalse(errors(descriptor.toString()).isEmpty(), "the profile must catch an unknown field type");
    JsonNode withoutResources = JSON.readTree(CsvCodec.create().dataPackage(empty));
    ((ObjectNode) withoutResources).remove("resources");
    assertFalse(errors(withoutResources.toString()).isEmpty(), "the profile must catch a missing resources list");
  }
}
