package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.EntityKind;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.testkit.junit.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CSV codec's {@code datapackage.json} on the health model, whose generated datasets (the
 * model test kit's: realistic budgets, rates that agree, deadlines before real meetings) io-csv's
 * own tests no longer see — they use the test domain. Each descriptor is valid against the official
 * Frictionless Tabular Data Package profile, and names each table's columns as its header does.
 */
class HealthDataPackageTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Schema PROFILE = profile();
  private static final List<CsvOptions> OPTIONS = List.of(
      CsvOptions.defaults(), CsvOptions.defaults().delimiter(';').crlf(true), CsvOptions.defaults().bom(true));

  private static Schema profile() {
    try (InputStream in = HealthDataPackageTest.class.getResourceAsStream("/frictionless/tabular-data-package.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Property(tries = 100)
  void descriptorsOfHealthDatasetsAreValid(Dataset d) {
    for (CsvOptions options : OPTIONS) {
      String descriptor = CsvCodec.create(d.registry(), options).dataPackage(d);
      assertEquals(List.of(), PROFILE.validate(JSON.readTree(descriptor)).stream().map(Error::toString).toList());
    }
  }

  @Property(tries = 50)
  void everyHealthTableHeaderMatchesItsFieldsInTheDataPackage(Dataset d) {
    CsvCodec csv = CsvCodec.create(d.registry(), CsvOptions.defaults());
    JsonNode resources = JSON.readTree(csv.dataPackage(d)).get("resources");
    assertEquals(d.registry().kinds().size(), resources.size());
    for (JsonNode resource : resources) {
      EntityKind<?> kind = d.registry().kind(resource.get("name").asString()).orElseThrow();
      List<String> fields = new ArrayList<>();
      resource.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asString()));
      ByteArrayOutputStream table = new ByteArrayOutputStream();
      csv.writeTable(d, kind, table);
      assertEquals(table.toString(StandardCharsets.UTF_8).split("\n", 2)[0], String.join(",", fields), kind.name());
    }
  }
}
