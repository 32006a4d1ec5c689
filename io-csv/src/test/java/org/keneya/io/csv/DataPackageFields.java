package org.keneya.io.csv;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the field names of one resource from a datapackage.json, joined as a CSV header. */
final class DataPackageFields {
  private DataPackageFields() {}

  static String of(String descriptor, String resource) {
    JsonNode root = JsonMapper.builder().build().readTree(descriptor);
    for (JsonNode r : root.get("resources")) {
      if (r.get("name").asString().equals(resource)) {
        List<String> names = new ArrayList<>();
        r.get("schema").get("fields").forEach(f -> names.add(f.get("name").asString()));
        return String.join(",", names);
      }
    }
    throw new AssertionError("no resource " + resource);
  }
}
