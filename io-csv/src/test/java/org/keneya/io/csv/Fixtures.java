package org.keneya.io.csv;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.core.value.StatedRate;
import org.keneya.testdomain.Inspection;
import org.keneya.testdomain.Observatory;
import org.keneya.testdomain.Operator;
import org.keneya.testkit.DatasetGen;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.KeneyaGens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the CSV tests share: the test domain's registry (weather stations, with no health word), a
 * codec of it, the headers of its tables, generated networks, and the Frictionless profile.
 */
final class Fixtures {
  /** The test domain alone, named explicitly rather than found on the class path. */
  static final KindRegistry REGISTRY = Observatory.registry();
  static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** The header of an operator table whose names are in French only. */
  static final String OPERATORS = "id,name.fr,type,website,founded,currency\n";
  /** The header of a station table whose names are in French only. */
  static final String STATIONS = "id,name.fr,operator,partners,status,automatic,elevation,latitude,operating.start,"
      + "operating.end,budget.amount,budget.currency,sensors,tags,provenance\n";
  /** The header of an inspection table whose notes are in English and French. */
  static final String INSPECTIONS = "id,station,inspectors,date,result,notes.en,notes.fr,uptime.asWritten,"
      + "uptime.percent,uptime.decimals,uptime.rounding,followUp.asWritten,followUp.form,followUp.date,followUp.event,"
      + "followUp.eventRef,followUp.period,followUp.reference,about\n";
  /** The first cells of a row of {@link #INSPECTIONS}, up to its notes: {@code inspection("i1", List.of("mn"), …)}. */
  static final String INSPECTION_BY_MN = "i1,kati,\"[\"\"mn\"\"]\",2024-03-01,pass,";

  /** Consistent, valid networks of every kind of the test domain. */
  static final DatasetGen NETWORKS = KeneyaGens.datasets(GenSettings.of(REGISTRY))
      .withCount("operator", 1, 4).withCount("station", 2, 5).withCount("inspection", 2, 6);

  private static final Schema PROFILE = profile();

  private Fixtures() {}

  /**
   * An inspection of station {@code kati} on 1 March 2024 that passed, by {@code inspectors} (operator
   * ids), with notes and uptime when not null.
   */
  static Inspection inspection(String id, List<String> inspectors, @Nullable LocalizedText notes,
      @Nullable StatedRate uptime) {
    return new Inspection(Id.of(id), Ref.of("station", "kati"), inspectors.stream().<Ref<Operator>>map(
        i -> Ref.of("operator", i)).toList(), LocalDate.of(2024, 3, 1), Code.of("pass"), notes, uptime, null, null);
  }

  static CsvCodec limited(ReadLimits.Builder limits) {
    return CsvCodec.create(REGISTRY, CsvOptions.defaults().limits(limits.build()));
  }

  static Dataset dataset(Entity... entities) {
    return Dataset.of(REGISTRY, List.of(entities));
  }

  /** The table of {@code kind} that {@code csv} writes for {@code d}. */
  static String table(CsvCodec csv, Dataset d, EntityKind<?> kind) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    csv.writeTable(d, kind, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static <E extends Entity> List<E> read(CsvCodec csv, EntityKind<E> kind, String table) {
    return read(csv, kind, table.getBytes(StandardCharsets.UTF_8));
  }

  /** The rows of a table named after its kind, {@code station.csv} for example. */
  static <E extends Entity> List<E> read(CsvCodec csv, EntityKind<E> kind, byte[] table) {
    return csv.readTable(kind, new ByteArrayInputStream(table), kind.name() + ".csv");
  }

  static byte[] zip(CsvCodec csv, Dataset dataset) {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    csv.writeZip(dataset, zip);
    return zip.toByteArray();
  }

  /** The errors of the official Frictionless Tabular Data Package profile on a descriptor. */
  static List<String> profileErrors(String descriptor) {
    return PROFILE.validate(JSON.readTree(descriptor)).stream().map(Error::toString).toList();
  }

  private static Schema profile() {
    try (InputStream in = Fixtures.class.getResourceAsStream("/frictionless/tabular-data-package.json")) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The field names of one resource of a {@code datapackage.json}, joined as a CSV header. */
  static String fields(String descriptor, String resource) {
    for (JsonNode r : JSON.readTree(descriptor).get("resources")) {
      if (r.get("name").asString().equals(resource)) {
        List<String> names = new ArrayList<>();
        r.get("schema").get("fields").forEach(f -> names.add(f.get("name").asString()));
        return String.join(",", names);
      }
    }
    throw new AssertionError("no resource " + resource);
  }
}
