package org.keneya.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.keneya.io.csv.Fixtures.CSV;
import static org.keneya.io.csv.Fixtures.JSON;
import static org.keneya.io.csv.Fixtures.NETWORKS;
import static org.keneya.io.csv.Fixtures.REGISTRY;
import static org.keneya.io.csv.Fixtures.dataset;
import static org.keneya.io.csv.Fixtures.profileErrors;
import static org.keneya.testkit.engine.PropertyRunner.forAll;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The datapackage.json io-csv writes is valid against the official Frictionless Tabular Data Package profile. */
class DataPackageProfileTest {
  @Test
  void descriptorsOfGeneratedDatasetsAreValid() {
    forAll(100, NETWORKS, d -> {
      for (CsvOptions options : List.of(CsvOptions.defaults(), CsvOptions.defaults().delimiter(';').crlf(true))) {
        assertEquals(List.of(), profileErrors(CsvCodec.create(REGISTRY, options).dataPackage(d)));
      }
    });
  }

  @Test
  void theProfileRejectsABrokenDescriptor() {
    String written = CSV.dataPackage(dataset());
    ObjectNode descriptor = (ObjectNode) JSON.readTree(written);
    assertEquals(List.of(), profileErrors(descriptor.toString()));
    ObjectNode field = (ObjectNode) descriptor.get("resources").get(0).get("schema").get("fields").get(0);
    field.put("type", "no-such-type");
    assertFalse(profileErrors(descriptor.toString()).isEmpty(), "the profile must catch an unknown field type");
    ObjectNode withoutResources = (ObjectNode) JSON.readTree(written);
    withoutResources.remove("resources");
    assertFalse(profileErrors(withoutResources.toString()).isEmpty(), "the profile must catch a missing resources list");
  }
}
