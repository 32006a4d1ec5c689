package org.keneya.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON text as a tree whose every value knows its JSON pointer and, where the document's shape
 * says so, the {@link ValueType} Keneya declares for it — and the text written back with edits
 * made by pointer: a value replaced by raw text (so that {@code 1e400} or {@code "\ud800"} reach the
 * reader exactly as written), a key deleted or written twice, members appended to an object.
 */
final class JsonTree {
  /** Nesting the mutators parse; deeper texts (already mutated) are mutated byte by byte instead. */
  private static final int MAX_DEPTH = 200;
  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(MAX_DEPTH).maxStringLength(10_000_000).maxNumberLength(2_000_000).build())
          .build())
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();

  /**
   * One value of the tree.
   *
   * @param pointer its JSON pointer
   * @param node the value
   * @param type the type Keneya declares for it, or null where the shape does not say
   * @param inObject whether it is an object member (which can be deleted or duplicated by key)
   * @param struct the struct whose value it is (an object that may get a missing property)
   */
  record Slot(String pointer, JsonNode node, @Nullable ValueType<?> type, boolean inObject, @Nullable StructType<?> struct) {}

  final JsonNode root;
  final List<Slot> slots = new ArrayList<>();
  private final Map<String, String> replaced = new HashMap<>();
  private final Set<String> deleted = new HashSet<>();
  private final Map<String, String> duplicated = new HashMap<>();
  private final Map<String, List<String>> appended = new HashMap<>();

  private JsonTree(JsonNode root) {
    this.root = root;
  }

  /** Texts longer than this are mutated byte by byte: a tree of them would crowd a small heap. */
  private static final int MAX_BYTES = 2_000_000;

  /** The tree of a JSON text, or empty if it is not JSON (or nests too deep, or is too long, to edit). */
  static Optional<JsonTree> parse(byte[] json) {
    if (json.length > MAX_BYTES) {
      return Optional.empty();
    }
    try {
      return Optional.of(new JsonTree(MAPPER.readTree(json)));
    } catch (JacksonException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  static Optional<JsonTree> parse(String json) {
    return parse(json.getBytes(StandardCharsets.UTF_8));
  }

  // ---- slots, typed by the document's shape

  /** A whole dataset document: {@code {"format":…,"version":…,"kinds":{"<kind>":[entity…]}}}. */
  JsonTree asDataset() {
    untyped(root, "", false, 1);
    JsonNode kinds = root.path("kinds");
    if (kinds.isObject()) {
      for (Map.Entry<String, JsonNode> kind : kinds.properties()) {
        String pointer = "/kinds/" + escape(kind.getKey());
        Optional<EntityKind<?>> known = Codecs.REGISTRY.kind(kind.getKey());
        if (known.isPresent()) {
          walk(kind.getValue(), ValueType.list(known.get().struct()), pointer, true, null);
        } else {
          slots.add(new Slot(pointer, kind.getValue(), null, true, null));
        }
      }
    }
    return this;
  }

  /** One JSON Lines entity line: {@code {"kind":…,"entity":{…}}}. */
  JsonTree asLine() {
    untyped(root, "", false, 1);
    Optional<EntityKind<?>> kind = Codecs.REGISTRY.kind(root.path("kind").asString(""));
    JsonNode entity = root.path("entity");
    if (kind.isPresent() && entity.isObject()) {
      walk(entity, kind.get().struct(), "/entity", true, null);
    }
    return this;
  }

  /** A value of a known type, such as a list cell of a table. */
  JsonTree as(ValueType<?> type) {
    walk(root, type, "", false, null);
    return this;
  }

  /** Any JSON, such as a {@code datapackage.json}: every value, with no declared type. */
  JsonTree untyped() {
    untyped(root, "", false, Integer.MAX_VALUE);
    return this;
  }

  private void untyped(JsonNode node, String pointer, boolean inObject, int depth) {
    slots.add(new Slot(pointer, node, null, inObject, null));
    if (depth <= 0) {
      return;
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        untyped(member.getValue(), pointer + "/" + escape(member.getKey()), true, depth - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        untyped(node.get(i), pointer + "/" + i, false, depth - 1);
      }
    }
  }

  private void walk(JsonNode node, ValueType<?> declared, String pointer, boolean inObject, @Nullable StructType<?> owner) {
    ValueType<?> type = Hostile.unwrap(declared);
    slots.add(new Slot(pointer, node, declared, inObject, type instanceof StructType ? (StructType<?>) type : owner));
    if (type instanceof StructType && node.isObject()) {
      StructType<?> struct = (StructType<?>) type;
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        Optional<? extends Property<?, ?>> property = struct.property(member.getKey());
        String child = pointer + "/" + escape(member.getKey());
        if (property.isPresent()) {
          walk(member.getValue(), property.get().type(), child, true, null);
        } else {
          slots.add(new Slot(child, member.getValue(), null, true, null));
        }
      }
    } else if (type instanceof ListType && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), ((ListType<?>) type).element(), pointer + "/" + i, false, null);
      }
    } else if (type != null && type.shape() == ValueType.Shape.LOCALIZED_TEXT && node.isObject()) {
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        slots.add(new Slot(pointer + "/" + escape(member.getKey()), member.getValue(), ValueType.string(), true, null));
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  // ---- edits

  void replace(String pointer, String rawJson) {
    replaced.put(pointer, rawJson);
  }

  void delete(String pointer) {
    deleted.add(pointer);
  }

  /** Writes the member at {@code pointer} twice, the second time with {@code rawJson} as its value. */
  void duplicate(String pointer, String rawJson) {
    duplicated.put(pointer, rawJson);
  }

  /** Appends a raw member ({@code "name":value}) to the object at {@code pointer}. */
  void append(String pointer, String rawMember) {
    appended.computeIfAbsent(pointer, p -> new ArrayList<>()).add(rawMember);
  }

  /** The text with every edit made, compact. */
  String write() {
    StringBuilder out = new StringBuilder();
    write(root, "", out);
    return out.toString();
  }

  byte[] bytes() {
    return write().getBytes(StandardCharsets.UTF_8);
  }

  private void write(JsonNode node, String pointer, StringBuilder out) {
    String raw = replaced.get(pointer);
    if (raw != null) {
      out.append(raw);
    } else if (node.isObject()) {
      writeObject(node, pointer, out);
    } else if (node.isArray()) {
      out.append('[');
      boolean first = true;
      for (int i = 0; i < node.size(); i++) {
        String child = pointer + "/" + i;
        if (!deleted.contains(child)) {
          out.append(first ? "" : ",");
          write(node.get(i), child, out);
          first = false;
          if (duplicated.containsKey(child)) {
            out.append(',').append(duplicated.get(child));
          }
        }
      }
      out.append(']');
    } else {
      out.append(leaf(node));
    }
  }

  private void writeObject(JsonNode node, String pointer, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      String child = pointer + "/" + escape(member.getKey());
      if (deleted.contains(child)) {
        continue;
      }
      out.append(first ? "" : ",").append(Hostile.quote(member.getKey())).append(':');
      write(member.getValue(), child, out);
      first = false;
      if (duplicated.containsKey(child)) {
        out.append(',').append(Hostile.quote(member.getKey())).append(':').append(duplicated.get(child));
      }
    }
    for (String extra : appended.getOrDefault(pointer, List.of())) {
      out.append(first ? "" : ",").append(extra);
      first = false;
    }
    out.append('}');
  }

  /**
   * A leaf as written: numbers in plain notation, as the writers write them — except a number an
   * earlier mutation made huge ({@code 1e2147483647}), which stays in scientific notation.
   */
  static String leaf(JsonNode node) {
    if (node.isString()) {
      return Hostile.quote(node.asString());
    } else if (node.isIntegralNumber()) {
      return node.bigIntegerValue().toString();
    } else if (node.isNumber()) {
      java.math.BigDecimal value = node.decimalValue();
      long plainDigits = Math.max(1L, (long) value.precision() - value.scale()) + Math.max(0, value.scale());
      return plainDigits <= 1_000 ? value.toPlainString() : value.toString();
    }
    return node.toString(); // true, false, null
  }
}
