package org.keneya.io.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import org.keneya.io.json.SchemaNode.Values;

/**
 * JSON Schemas (draft 2020-12) of the Keneya JSON formats, generated from the description of
 * kinds — so a kind a user registers gets its schema with no change here. This jar ships no
 * schema: it knows no domain model. The schema of the health kinds is what {@code keneya schema}
 * prints, published in the repository as {@code docs/schema/keneya-dataset.schema.json}.
 *
 * <pre>{@code
 * String schema = JsonSchemas.dataset(KindRegistry.of(new HealthModel())); // the health kinds
 * String mine = JsonSchemas.dataset(KindRegistry.of(myModel));              // the kinds of your DomainModel
 * }</pre>
 *
 * <p>A schema checks shapes, required properties, syntaxes (ids, codes, dates, periods,
 * currencies, language tags) and the codes of each codelist. It cannot check what needs the whole
 * dataset — unique ids and resolving references — nor a kind's own rules: {@link
 * org.keneya.core.data.Dataset#validate()} does. Output is deterministic.
 */
public final class JsonSchemas {
  static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final String LANGUAGE_TAG = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$";
  private static final String PERIOD = "^-?P(?!$)(-?[0-9]+Y)?(-?[0-9]+M)?(-?[0-9]+W)?(-?[0-9]+D)?$";

  private JsonSchemas() {}

  /** The schema of a dataset document ({@link JsonFormat#DATASET}) holding the kinds of {@code registry}. */
  public static String dataset(KindRegistry registry) {
    Generator generator = new Generator(registry);
    SchemaNode root = generator.header("urn:keneya:schema:" + JsonFormat.DATASET + ":" + JsonFormat.VERSION,
        "Keneya dataset");
    root.put("type", "object");
    root.putArray("required").add("format").add("version").add("kinds");
    root.put("additionalProperties", false);
    SchemaNode properties = root.putObject("properties");
    properties.putObject("format").put("const", JsonFormat.DATASET);
    properties.putObject("version").put("const", JsonFormat.VERSION);
    SchemaNode kinds = properties.putObject("kinds");
    kinds.put("type", "object");
    kinds.put("additionalProperties", false);
    SchemaNode byKind = kinds.putObject("properties");
    for (EntityKind<?> kind : registry.kinds()) {
      SchemaNode list = byKind.putObject(kind.name());
      list.put("type", "array");
      list.putObject("items").put("$ref", generator.define(kind));
    }
    return generator.finish(root);
  }

  /**
   * The schema of one line of a JSON Lines stream ({@link JsonFormat#LINES}): the header (of any
   * version this library reads), an entity, or the end record. A line alone cannot show where it
   * stands, so the schema does not check that the end record comes last and counts the entities.
   */
  public static String lines(KindRegistry registry) {
    Generator generator = new Generator(registry);
    SchemaNode root = generator.header("urn:keneya:schema:" + JsonFormat.LINES + ":" + JsonFormat.LINES_VERSION,
        "One line of a Keneya JSON Lines stream");
    Values oneOf = root.putArray("oneOf");
    SchemaNode header = oneOf.addObject();
    header.put("type", "object");
    header.putArray("required").add("format").add("version");
    header.put("additionalProperties", false);
    header.putObject("properties").putObject("format").put("const", JsonFormat.LINES);
    Values versions = ((SchemaNode) header.get("properties")).putObject("version").putArray("enum");
    for (int version = 1; version <= JsonFormat.LINES_VERSION; version++) {
      versions.add(version); // every version still reads
    }
    oneOf.add(endRecord());
    for (EntityKind<?> kind : registry.kinds()) {
      SchemaNode line = oneOf.addObject();
      line.put("type", "object");
      line.putArray("required").add("kind").add("entity");
      line.put("additionalProperties", false);
      SchemaNode properties = line.putObject("properties");
      properties.putObject("kind").put("const", kind.name());
      properties.putObject("entity").put("$ref", generator.define(kind));
    }
    return generator.finish(root);
  }

  /** The schema of the end record {@code {"end":{"count":N}}}, N the number of entity lines. */
  private static SchemaNode endRecord() {
    SchemaNode end = SchemaNode.object();
    end.put("type", "object");
    end.putArray("required").add("end");
    end.put("additionalProperties", false);
    SchemaNode body = end.putObject("properties").putObject("end");
    body.put("type", "object");
    body.putArray("required").add("count");
    body.put("additionalProperties", false);
    body.putObject("properties").putObject("count").put("type", "integer").put("minimum", 0);
    return end;
  }

  /** Walks value types once, defining each struct (entity kinds and nested values) under {@code $defs}. */
  private static final class Generator {
    private final KindRegistry registry;
    private final Map<String, SchemaNode> defs = new LinkedHashMap<>();

    Generator(KindRegistry registry) {
      this.registry = registry;
    }

    SchemaNode header(String id, String title) {
      SchemaNode root = SchemaNode.object();
      root.put("$schema", DRAFT);
      root.put("$id", id);
      root.put("title", title);
      return root;
    }

    String finish(SchemaNode root) {
      SchemaNode all = root.putObject("$defs");
      all.set("id", pattern(Id.SYNTAX.pattern()).put("maxLength", 120));
      all.set("code", pattern(Code.SYNTAX.pattern()).put("maxLength", 64));
      all.set("any-ref", pattern(Ref.KIND_SYNTAX.pattern() + ":" + Id.SYNTAX.pattern()));
      SchemaNode text = all.putObject("localized-text");
      text.put("type", "object");
      text.put("minProperties", 1);
      text.putObject("propertyNames").put("pattern", LANGUAGE_TAG);
      nonBlank(text.putObject("additionalProperties").put("type", "string")); // LocalizedText refuses a blank text
      defs.forEach(all::set);
      return root.toIndentedText();
    }

    /**
     * Defines a kind's struct under {@code $defs} once, its rules listed in its description, and
     * returns the reference to it.
     */
    String define(EntityKind<?> kind) {
      String ref = define(kind.struct());
      List<String> rules = kind.rules().stream()
          .map(rule -> rule.codes().isEmpty() ? "a rule without a description" : String.join(", ", rule.codes()) + ": " + rule.description())
          .toList();
      if (!rules.isEmpty()) {
        defs.get(kind.struct().name()).put("description",
            kind.label() + ". Also checked by Dataset.validate(), which this schema cannot state: " + String.join("; ", rules) + ".");
      }
      return ref;
    }

    /** Defines a struct under {@code $defs} once and returns the reference to it. */
    String define(StructType<?> struct) {
      String name = struct.name();
      if (!defs.containsKey(name)) {
        SchemaNode schema = SchemaNode.object();
        defs.put(name, schema); // before the properties: a struct may nest itself
        schema.put("type", "object");
        Values required = schema.putArray("required");
        schema.put("additionalProperties", false);
        SchemaNode properties = schema.putObject("properties");
        for (Property<?, ?> property : struct.properties()) {
          ValueType.Shape shape = property.type().shape();
          if (shape != ValueType.Shape.OPTIONAL && shape != ValueType.Shape.LIST) {
            required.add(property.name()); // absent optionals and empty lists are omitted
          }
          properties.set(property.name(), constrained(schema(property.type()), property.type(), property.constraints()));
          for (Constraint c : property.constraints()) {
            if (c.kind() == Constraint.Kind.REQUIRED_WHEN) {
              schema.withArray("allOf").add(requiredWhen(struct, property.name(), c));
            }
          }
        }
      }
      return "#/$defs/" + name;
    }

    /** {@code if} the other property has the value, {@code then} this one is required. */
    private SchemaNode requiredWhen(StructType<?> struct, String property, Constraint c) {
      String other = c.whenProperty().orElseThrow();
      SchemaNode condition = SchemaNode.object();
      SchemaNode when = condition.putObject("if");
      constant(when.putObject("properties").putObject(other), struct.property(other).orElseThrow().type(), c.whenValue().orElseThrow());
      when.putArray("required").add(other);
      SchemaNode then = condition.putObject("then");
      then.putObject("properties").put(property, true); // strict readers (ajv) want a required property defined beside it
      then.putArray("required").add(property);
      return condition;
    }

    /** {@code "const"}: the value written {@code text}, as a number or a boolean where the type is one. */
    private static void constant(SchemaNode node, ValueType<?> type, String text) {
      ValueType<?> scalar = type.shape() == ValueType.Shape.OPTIONAL ? ((OptionalType<?>) type).element() : type;
      switch (((ScalarType<?>) scalar).token()) {
        case INTEGER:
        case NUMBER:
          node.put("const", new BigDecimal(text));
          break;
        case BOOLEAN:
          node.put("const", Boolean.parseBoolean(text));
          break;
        default:
          node.put("const", text);
      }
    }

    /**
     * {@code schema} with the declared {@code constraints} of a property of {@code type}: on the
     * list itself or on its items, on the value of an optional, on the amount of money.
     */
    private SchemaNode constrained(SchemaNode schema, ValueType<?> type, List<Constraint> constraints) {
      if (constraints.isEmpty()) {
        return schema;
      }
      return type.accept(new ValueType.PartialVisitor<SchemaNode, SchemaNode>() {
        @Override
        public SchemaNode visitOptional(OptionalType<?> optional, SchemaNode node) {
          return constrained(node, optional.element(), constraints);
        }

        @Override
        public SchemaNode visitList(ListType<?> list, SchemaNode node) {
          List<Constraint> onItems = new ArrayList<>();
          for (Constraint c : constraints) {
            if (c.kind() == Constraint.Kind.UNIQUE_ITEMS) {
              node.put("uniqueItems", true);
            } else if (c.kind() == Constraint.Kind.SIZE) {
              c.min().ifPresent(min -> node.put("minItems", min.intValueExact()));
              c.max().ifPresent(max -> node.put("maxItems", max.intValueExact()));
            } else {
              onItems.add(c);
            }
          }
          node.set("items", constrained((SchemaNode) node.get("items"), list.element(), onItems));
          return node;
        }

        @Override
        public SchemaNode otherwise(ValueType<?> value, SchemaNode node) {
          for (Constraint c : constraints) {
            constrainValue(node, value, c);
          }
          return node;
        }
      }, schema);
    }

    private void constrainValue(SchemaNode schema, ValueType<?> type, Constraint c) {
      switch (c.kind()) {
        case RANGE:
          SchemaNode number = schema;
          if (type.shape() == ValueType.Shape.STRUCT) { // money: the range is its amount's
            schema.put("type", "object");
            number = schema.putObject("properties").putObject("amount").put("type", "number");
          }
          SchemaNode target = number;
          c.min().ifPresent(min -> target.put("minimum", min));
          c.max().ifPresent(max -> target.put("maximum", max));
          break;
        case NON_BLANK:
          if (type.shape() == ValueType.Shape.SCALAR) { // a localized text's texts are never blank: see its $def
            nonBlank(schema);
          }
          break;
        case PATTERN:
          pattern(schema, "^(" + c.regex().orElseThrow() + ")$");
          break;
        default: // REQUIRED_WHEN: on the struct, see define
      }
    }

    /** At least one character, and one that is not white space. */
    private static SchemaNode nonBlank(SchemaNode schema) {
      schema.put("minLength", 1);
      return pattern(schema, "\\S");
    }

    /** Adds {@code regex}; beside a pattern already there, both must match. */
    private static SchemaNode pattern(SchemaNode schema, String regex) {
      if (schema.has("pattern") || schema.has("$ref")) {
        schema.withArray("allOf").addObject().put("type", "string").put("pattern", regex);
      } else {
        schema.put("pattern", regex);
      }
      return schema;
    }

    private SchemaNode schema(ValueType<?> type) {
      return type.accept(schemas, null);
    }

    /** The schema of a value of each type: a scalar's own, references to the definitions of the others. */
    private final ValueType.Visitor<@Nullable Void, SchemaNode> schemas = new ValueType.Visitor<>() {
      @Override
      public SchemaNode visitScalar(ScalarType<?> type, @Nullable Void none) {
        return scalar(type);
      }

      @Override
      public SchemaNode visitLocalizedText(ValueType<LocalizedText> type, @Nullable Void none) {
        return ref("#/$defs/localized-text");
      }

      @Override
      public SchemaNode visitStruct(StructType<?> type, @Nullable Void none) {
        return ref(define(type));
      }

      @Override
      public SchemaNode visitList(ListType<?> type, @Nullable Void none) {
        SchemaNode list = SchemaNode.object().put("type", "array");
        list.set("items", schema(type.element()));
        return list;
      }

      @Override
      public SchemaNode visitOptional(OptionalType<?> type, @Nullable Void none) {
        return schema(type.element());
      }
    };

    private SchemaNode scalar(ScalarType<?> type) {
      switch (type.scalar()) {
        case BOOLEAN:
          return SchemaNode.object().put("type", "boolean");
        case INTEGER:
          return SchemaNode.object().put("type", "integer");
        case DECIMAL:
          return SchemaNode.object().put("type", "number");
        case DATE:
          return SchemaNode.object().put("type", "string").put("format", "date");
        case PERIOD:
          return pattern(PERIOD);
        case CURRENCY:
          return pattern("^[A-Z]{3}$");
        case ID:
          return ref("#/$defs/id");
        case ENUM:
          return enumeration(type);
        case CODE:
          return code((CodeType) type);
        case REFERENCE:
          Optional<String> target = ((RefType<?>) type).target();
          SchemaNode ref = ref(target.isPresent() ? "#/$defs/id" : "#/$defs/any-ref");
          target.ifPresent(kind -> ref.put("description", "the id of a " + kind));
          return ref;
        case DEFINED:
          return defined(type);
        default:
          return SchemaNode.object().put("type", "string");
      }
    }

    /** A defined scalar: the JSON type of its token, its format and its pattern, if any. */
    private static SchemaNode defined(ScalarType<?> type) {
      SchemaNode schema = SchemaNode.object().put("type", type.token().schemaType());
      type.jsonSchemaFormat().ifPresent(format -> schema.put("format", format));
      if (type.token() == ScalarType.Token.STRING) { // a number's pattern is its text's, which JSON Schema does not see
        type.pattern().ifPresent(regex -> schema.put("pattern", "^(" + regex + ")$"));
      }
      return schema.put("description", type.describe());
    }

    @SuppressWarnings("unchecked") // an ENUM scalar's Java type is its enum: V
    private <V> SchemaNode enumeration(ScalarType<V> type) {
      SchemaNode schema = SchemaNode.object().put("type", "string");
      Values values = schema.putArray("enum");
      for (Object constant : type.javaType().getEnumConstants()) {
        values.add(type.format((V) constant));
      }
      return schema;
    }

    /** The codes of the registry's codelist; any well-formed code when the registry lacks it. */
    private SchemaNode code(CodeType type) {
      Optional<Codelist> codelist = registry.codelist(type.codelist());
      if (codelist.isEmpty()) {
        return ref("#/$defs/code");
      }
      SchemaNode schema = SchemaNode.object().put("type", "string").put("description", "codelist " + type.codelist());
      Values values = schema.putArray("enum");
      codelist.get().codes().forEach(c -> values.add(c.value()));
      return schema;
    }

    private SchemaNode pattern(String regex) {
      String anchored = regex.startsWith("^") ? regex : "^" + regex + "$";
      return SchemaNode.object().put("type", "string").put("pattern", anchored);
    }

    private SchemaNode ref(String target) {
      return SchemaNode.object().put("$ref", target);
    }
  }
}
