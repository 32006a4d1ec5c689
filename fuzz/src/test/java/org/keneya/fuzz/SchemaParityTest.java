package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.InvalidDataException;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.json.JsonCodec;
import org.keneya.io.json.JsonSchemas;
import org.keneya.seeds.Seeds;
import org.keneya.model.testkit.HealthDatasetGen;
import org.keneya.model.testkit.HealthGens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three statements of a declared {@link Constraint} agree: for every constraint declared on any
 * property of any kind on the class path, a value that breaks it — put into a real export, nothing
 * else changed — is refused by Keneya's JSON reader, by an independent JSON Schema validator
 * (networknt) against {@link JsonSchemas#dataset}, by Keneya's CSV reader and, where Table Schema
 * can state it, by the constraints of the {@code datapackage.json} Keneya writes (checked here by
 * {@link TableSchemaCheck}). The unbroken export passes all of them, so each refusal is the broken
 * value's.
 */
class SchemaParityTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final KindRegistry REGISTRY = KindRegistry.load();
  private static final JsonCodec CODEC = JsonCodec.create(REGISTRY);
  private static final CsvCodec CSV = CsvCodec.create(REGISTRY, CsvOptions.defaults());
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonSchemas.dataset(REGISTRY));

  /** One broken value: where, which constraint, how the JSON and (when it is one cell) the CSV change. */
  private record Case(
      String name, EntityKind<?> kind, String id, String pointer, Consumer<ObjectNode> breakJson,
      @Nullable String column, @Nullable String cell, boolean tableSchemaStates) {
    @Override
    public String toString() {
      return name;
    }
  }

  @Test
  void everyDeclaredConstraintIsStatedAlikeByTheReadersAndBothSchemas() throws Exception {
    List<Dataset> datasets = List.of(Seeds.load(), generated());
    Set<String> declared = declared();
    Map<String, Case> cases = new LinkedHashMap<>();
    for (Dataset dataset : datasets) {
      ObjectNode document = (ObjectNode) JSON.readTree(CODEC.toBytes(dataset));
      assertEquals(List.of(), errors(document), "the unbroken export is valid");
      for (EntityKind<?> kind : REGISTRY.kinds()) {
        JsonNode entities = document.path("kinds").path(kind.name());
        for (int i = 0; i < entities.size(); i++) {
          ObjectNode entity = (ObjectNode) entities.get(i);
          String where = "/kinds/" + kind.name() + "/" + i;
          collect(kind, entity.get("id").asString(), kind.struct(), entity, where, "", true, cases);
        }
      }
      checkTables(dataset);
      for (Case c : cases.values()) {
        check(c, dataset, document);
      }
      cases.clear(); // the cases of one dataset are built from its own export
    }
    Set<String> missing = new TreeSet<>(declared);
    missing.removeAll(seen.keySet());
    assertEquals(Set.of(), missing, "declared constraints no dataset here could break: add data that holds them");
  }

  /** The constraints checked so far, with whether the CSV was checked too. */
  private final Map<String, Boolean> seen = new LinkedHashMap<>();

  /** Every (struct, property, constraint) reachable from the registry's kinds. */
  private static Set<String> declared() {
    Set<String> all = new TreeSet<>();
    Map<StructType<?>, Boolean> visited = new IdentityHashMap<>();
    for (EntityKind<?> kind : REGISTRY.kinds()) {
      declared(kind.struct(), visited, all);
    }
    assertFalse(all.isEmpty());
    return all;
  }

  private static void declared(StructType<?> struct, Map<StructType<?>, Boolean> visited, Set<String> all) {
    if (visited.put(struct, true) != null) {
      return;
    }
    for (Property<?, ?> p : struct.properties()) {
      p.constraints().forEach(c -> all.add(key(struct, p, c)));
      ValueType<?> inner = unwrap(p.type());
      if (inner.shape() == ValueType.Shape.STRUCT) {
        declared((StructType<?>) inner, visited, all);
      }
    }
  }

  private static String key(StructType<?> struct, Property<?, ?> p, Constraint c) {
    return struct.name() + "." + p.name() + " " + c.describe();
  }

  /** The type inside optionals and lists. */
  private static ValueType<?> unwrap(ValueType<?> type) {
    return type.accept(UNWRAP, null);
  }

  private static final ValueType.PartialVisitor<Void, ValueType<?>> UNWRAP = new ValueType.PartialVisitor<>() {
    @Override
    public ValueType<?> visitOptional(OptionalType<?> type, Void none) {
      return type.element().accept(this, none);
    }

    @Override
    public ValueType<?> visitList(ListType<?> type, Void none) {
      return type.element().accept(this, none);
    }

    @Override
    public ValueType<?> otherwise(ValueType<?> type, Void none) {
      return type;
    }
  };

  /**
   * The first case for each constraint found in {@code node}, a value of {@code struct} in the
   * entity {@code id} of {@code kind}, at JSON pointer {@code pointer}; {@code prefix} is its dotted
   * CSV column prefix, and {@code inColumns} whether its properties are columns of the kind's table
   * (not inside a list, which a table holds as JSON in one cell).
   */
  private void collect(EntityKind<?> kind, String id, StructType<?> struct, ObjectNode node, String pointer,
      String prefix, boolean inColumns, Map<String, Case> cases) {
    for (Property<?, ?> p : struct.properties()) {
      JsonNode value = node.get(p.name());
      for (Constraint c : p.constraints()) {
        String key = key(struct, p, c);
        if (Boolean.TRUE.equals(seen.get(key)) || (cases.containsKey(key) && cases.get(key).column() != null)) {
          continue; // checked in both formats already
        }
        Case made = breaking(kind, id, pointer, node, p, c, value, prefix, inColumns, key);
        if (made != null && (made.column() != null || (!seen.containsKey(key) && !cases.containsKey(key)))) {
          cases.put(key, made); // one in a table's own column is worth more: it checks the CSV too
        }
      }
      ValueType<?> inner = unwrap(p.type());
      if (inner.shape() == ValueType.Shape.STRUCT && value != null) {
        boolean list = p.type().shape() == ValueType.Shape.LIST
            || (p.type().shape() == ValueType.Shape.OPTIONAL && ((OptionalType<?>) p.type()).element().shape() == ValueType.Shape.LIST);
        String here = pointer + "/" + p.name();
        if (value.isObject()) {
          collect(kind, id, (StructType<?>) inner, (ObjectNode) value, here, prefix + p.name() + ".", inColumns && !list, cases);
        } else {
          for (int j = 0; j < value.size(); j++) {
            collect(kind, id, (StructType<?>) inner, (ObjectNode) value.get(j), here + "/" + j, prefix + p.name() + ".", false, cases);
          }
        }
      }
    }
  }

  /** A case breaking {@code c} on {@code p} of {@code node}, or null when this value cannot show it. */
  private static @Nullable Case breaking(EntityKind<?> kind, String id, String pointer, ObjectNode node, Property<?, ?> p, Constraint c,
      @Nullable JsonNode value, String prefix, boolean inColumns, String key) {
    String name = p.name();
    String column = inColumns ? prefix + name : null;
    ValueType<?> target = unwrap(p.type());
    boolean isList = value != null && value.isArray();
    switch (c.kind()) {
      case RANGE: {
        if (value == null || (isList && value.isEmpty())) {
          return null;
        }
        BigDecimal bad = c.min().map(min -> min.subtract(BigDecimal.ONE)).orElseGet(() -> c.max().orElseThrow().add(BigDecimal.ONE));
        boolean money = target.shape() == ValueType.Shape.STRUCT;
        Consumer<ObjectNode> change = n -> {
          JsonNode v = n.get(name);
          if (money) {
            ((ObjectNode) (isList ? v.get(0) : v)).put("amount", bad);
          } else if (isList) {
            ((ArrayNode) v).set(0, JSON.getNodeFactory().numberNode(bad));
          } else {
            n.put(name, bad);
          }
        };
        return new Case(key, kind, id, pointer, change, isList || column == null ? null : money ? column + ".amount" : column,
            bad.toPlainString(), true);
      }
      case NON_BLANK: {
        if (value == null || (isList && value.isEmpty()) || target.shape() != ValueType.Shape.SCALAR) {
          return null;
        }
        String blank = " \t ";
        Consumer<ObjectNode> change = n -> {
          if (isList) {
            ((ArrayNode) n.get(name)).set(0, blank);
          } else {
            n.put(name, blank);
          }
        };
        return new Case(key, kind, id, pointer, change, isList ? null : column, blank, true);
      }
      case PATTERN: {
        if (value == null || (isList && value.isEmpty())) {
          return null;
        }
        String bad = "!";
        assertFalse(Pattern.compile(c.regex().orElseThrow()).matcher(bad).matches(), key);
        Consumer<ObjectNode> change = n -> {
          if (isList) {
            ((ArrayNode) n.get(name)).set(0, bad);
          } else {
            n.put(name, bad);
          }
        };
        return new Case(key, kind, id, pointer, change, isList ? null : column, bad, true);
      }
      case UNIQUE_ITEMS: {
        if (value == null || value.isEmpty()) {
          return null;
        }
        ArrayNode twice = ((ArrayNode) value).deepCopy().add(value.get(0).deepCopy());
        return new Case(key, kind, id, pointer, n -> n.set(name, twice.deepCopy()), column, JSON.writeValueAsString(twice), false);
      }
      case SIZE: {
        if (value == null || c.min().orElseThrow().signum() == 0) {
          return null; // only a lower bound is declared here: an empty list breaks it
        }
        ArrayNode empty = JSON.createArrayNode();
        return new Case(key, kind, id, pointer, n -> n.set(name, empty), column, "[]", true);
      }
      default: { // REQUIRED_WHEN
        JsonNode other = node.get(c.whenProperty().orElseThrow());
        if (value == null || other == null || !other.asString().equals(c.whenValue().orElseThrow())) {
          return null;
        }
        return new Case(key, kind, id, pointer, n -> n.remove(name), column, "", false);
      }
    }
  }

  private void check(Case c, Dataset dataset, ObjectNode document) throws Exception {
    seen.merge(c.name(), c.column() != null, Boolean::logicalOr);
    // JSON: break the value in a copy of the export, found again by its pointer
    ObjectNode broken = document.deepCopy();
    c.breakJson().accept((ObjectNode) broken.at(c.pointer()));
    byte[] json = JSON.writeValueAsBytes(broken);
    assertThrows(InvalidDataException.class, () -> CODEC.read(new ByteArrayInputStream(json), "broken.json"),
        () -> c + ": Keneya's JSON reader accepted it");
    assertFalse(errors(broken).isEmpty(), () -> c + ": the JSON Schema accepted it");
    if (c.column() == null) {
      return; // inside a list of nested values: one JSON cell, which Table Schema does not look into
    }
    // CSV: the same value in its cell of the kind's table
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CSV.writeTable(dataset, c.kind(), out);
    CsvTable table = CsvTable.parse(out.toByteArray());
    int column = table.rows.get(0).indexOf(c.column());
    assertTrue(column >= 0, () -> c + ": no column " + c.column() + " in " + table.rows.get(0));
    int row = 1;
    while (!table.rows.get(row).get(0).equals(c.id())) {
      row++;
    }
    table.rows.get(row).set(column, c.cell());
    byte[] csv = table.write();
    assertThrows(InvalidDataException.class, () -> CSV.readTable(c.kind(), new ByteArrayInputStream(csv), c.kind().name() + ".csv"),
        () -> c + ": Keneya's CSV reader accepted " + c.column() + " = \"" + c.cell() + "\"");
    TableSchemaCheck check = TableSchemaCheck.of(CSV.dataPackage(dataset), c.kind().name());
    if (c.tableSchemaStates()) {
      assertFalse(check.violations(table).isEmpty(), () -> c + ": the data package accepted " + c.column() + " = \"" + c.cell() + "\"");
    }
  }

  /** Every cell of every table Keneya writes passes the constraints of the descriptor it writes. */
  private static void checkTables(Dataset dataset) {
    String descriptor = CSV.dataPackage(dataset);
    for (EntityKind<?> kind : REGISTRY.kinds()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      CSV.writeTable(dataset, kind, out);
      assertEquals(List.of(), TableSchemaCheck.of(descriptor, kind.name()).violations(CsvTable.parse(out.toByteArray())),
          kind.name());
    }
  }

  private static List<String> errors(JsonNode document) {
    return SCHEMA.validate(document).stream().map(Error::toString).toList();
  }

  /** A generated dataset holding every kind, with edge cases. */
  private static Dataset generated() {
    HealthDatasetGen gen = HealthGens.datasets(REGISTRY);
    for (EntityKind<?> kind : REGISTRY.kinds()) {
      gen = gen.withCount(kind.name(), 5, 30);
    }
    // a seed whose dataset holds a value of every declared constraint; the generators' draws changed
    // with issue 30 (partial date ranges, at-event deadlines), and 20261206 drew no indicator baseline
    return gen.sample(20261207L);
  }
}
