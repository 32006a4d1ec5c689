package org.keneya.io.csv.internal;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.table.Column;
import org.keneya.core.internal.table.Layout;
import org.keneya.core.kind.CodeType;
import org.keneya.core.kind.Codelist;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.RefType;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.value.Code;
import org.keneya.core.value.Id;
import org.keneya.core.value.Ref;
import org.keneya.io.csv.CsvOptions;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;

/**
 * The Frictionless Data Package descriptor of a folder of tables: one tabular resource per kind
 * with its Table Schema — field types, required fields, codes as enums, the primary key {@code
 * id}, foreign keys for references, {@code ""} as the missing value — generated from the same
 * layouts that write the tables, so the two cannot disagree.
 */
public final class DataPackages {
  private DataPackages() {}

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
  };

  /**
   * The package description written with a byte-order mark ({@link CsvOptions#bom()}), and only
   * then, so that a descriptor written without one stays as it was.
   */
  public static final String BOM_DESCRIPTION = "The tables start with a UTF-8 byte-order mark (written with --bom), "
      + "for spreadsheets. Frictionless readers such as datapackage-js read the mark as part of the first column's "
      + "name, although the encoding is utf-8: for them, export without --bom.";

  /**
   * The package property naming the cell profile of the tables: {@value #FRENCH} for decimal
   * commas and dates as {@code dd/mm/yyyy} ({@code CsvOptions#frenchNumbersAndDates}), absent for
   * the canonical cells. Keneya's own: the fields' {@code decimalChar}, {@code groupChar} and date
   * {@code format} say the same to any Frictionless reader.
   */
  public static final String PROFILE = "keneya:profile";
  /** The value of {@link #PROFILE} for the French spreadsheet profile. */
  public static final String FRENCH = "fr";
  /** The package property saying that the tables' text cells carry the formula guard ({@code true}; absent otherwise). */
  public static final String FORMULA_GUARD = "keneya:formulaGuard";
  /** The date format of the French profile, in Table Schema's (strptime) notation. */
  public static final String FRENCH_DATE_FORMAT = "%d/%m/%Y";

  /**
   * What a descriptor says about the tables it lists: their files, whether their numbers and dates
   * are in the French spreadsheet profile, and whether their text cells carry the formula guard
   * (null when it does not say).
   */
  public record Declared(List<String> paths, boolean frenchNumbersAndDates, @Nullable Boolean formulaGuard) {
    /** {@code options} with the profile the descriptor declares: its cells' form, and its guard when it says. */
    public CsvOptions apply(CsvOptions options) {
      CsvOptions declared = options.frenchNumbersAndDates(frenchNumbersAndDates);
      return formulaGuard == null ? declared : declared.formulaGuard(formulaGuard);
    }
  }

  /** The descriptor for tables written with {@code layouts} (in resource order). */
  public static String descriptor(KindRegistry registry, List<? extends Layout<?>> layouts, List<EntityKind<?>> kinds, CsvOptions options) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(PRETTY, out)) {
      g.writeStartObject();
      g.writeStringProperty("profile", "tabular-data-package");
      g.writeStringProperty("name", "keneya-dataset");
      if (options.bom()) {
        // No encoding value makes Frictionless readers drop the mark: datapackage-js refuses
        // "utf-8-sig" (not an IANA name either) and keeps the mark with "utf-8". Say so instead.
        g.writeStringProperty("description", BOM_DESCRIPTION);
      }
      if (options.frenchNumbersAndDates()) {
        g.writeStringProperty(PROFILE, FRENCH);
      }
      if (options.formulaGuard()) {
        g.writeBooleanProperty(FORMULA_GUARD, true);
      }
      g.writeName("resources");
      g.writeStartArray();
      for (int i = 0; i < kinds.size(); i++) {
        resource(g, registry, kinds.get(i), layouts.get(i), options);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toString() + "\n";
  }

  /**
   * The {@code path} of each resource a descriptor lists, in order: the files a reader must find
   * beside it. Anything else in the descriptor is not read (the tables are read by the kinds' own
   * descriptions), but all of it is parsed under the nesting, text and number limits, and the
   * descriptor may be at most {@code maxEntryBytes} long and list at most {@code maxListLength}
   * resources.
   *
   * @throws MalformedInputException naming {@code source} and the place, if the descriptor is not
   *     JSON, goes past a limit, or a resource has no file name as its path
   */
  public static List<String> resourcePaths(InputStream descriptor, String source, ReadLimits limits) {
    return declared(descriptor, source, limits).paths();
  }

  /**
   * What a descriptor declares: the {@code path} of each resource, as {@link #resourcePaths}, and
   * the package's {@value #PROFILE} and {@value #FORMULA_GUARD}.
   *
   * @throws MalformedInputException as {@link #resourcePaths}, and for a profile this version does
   *     not know or a guard that is not a boolean
   */
  public static Declared declared(InputStream descriptor, String source, ReadLimits limits) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(JsonLimits.constraints(limits)).build();
    JsonParser p = null;
    try {
      p = factory.createParser(ObjectReadContext.empty(), JacksonErrors.marking(descriptor)); // reads the first bytes
      return declared(p, source, limits);
    } catch (JacksonException e) {
      throw failure(e, source, p);
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  /** Jackson's error as ours, at the place it names or, for a limit, where the parser stopped. */
  private static RuntimeException failure(JacksonException e, String source, @Nullable JsonParser p) {
    JacksonErrors.throwIfUnreadable(e); // unreadable, not bad data
    TokenStreamLocation location = e.getLocation() != null || p == null ? e.getLocation() : p.currentLocation();
    return new MalformedInputException(place(source, null, location), JacksonErrors.reason(e), e);
  }

  private static Declared declared(JsonParser p, String source, ReadLimits limits) {
    List<String> paths = new ArrayList<>();
    boolean french = false;
    Boolean guard = null;
    expect(p, p.nextToken() == JsonToken.START_OBJECT, source, "", "a data package descriptor (an object)");
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals(PROFILE)) {
        expect(p, p.currentToken() == JsonToken.VALUE_STRING && p.getString().equals(FRENCH), source, "/" + PROFILE,
            "\"" + FRENCH + "\", the one cell profile this version knows (the French spreadsheet profile)");
        french = true;
        continue;
      }
      if (name.equals(FORMULA_GUARD)) {
        expect(p, p.currentToken() == JsonToken.VALUE_TRUE || p.currentToken() == JsonToken.VALUE_FALSE, source, "/" + FORMULA_GUARD, "true or false");
        guard = p.currentToken() == JsonToken.VALUE_TRUE;
        continue;
      }
      if (!name.equals("resources")) {
        p.skipChildren();
        continue;
      }
      expect(p, p.currentToken() == JsonToken.START_ARRAY, source, "/resources", "an array of resources");
      for (int i = 0; p.nextToken() == JsonToken.START_OBJECT; i++) {
        checkCount(p, source, limits, i);
        paths.add(path(p, source, "/resources/" + i));
      }
      expect(p, p.currentToken() == JsonToken.END_ARRAY, source, "/resources/" + paths.size(), "a resource (an object)");
    }
    return new Declared(List.copyOf(paths), french, guard);
  }

  /** Refuses the resource of index {@code i} if it is past the list limit. */
  private static void checkCount(JsonParser p, String source, ReadLimits limits, int i) {
    try {
      limits.checkListLength(i + 1);
    } catch (InvalidValueException e) {
      throw new MalformedInputException(place(source, "/resources/" + i, p.currentTokenLocation()), e.reason());
    }
  }

  /** A place in the descriptor; a location Jackson does not know is left out. */
  private static Place place(String source, @Nullable String pointer, @Nullable TokenStreamLocation location) {
    long line = location == null ? 0 : Math.max(0, location.getLineNr());
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return Place.of(source, pointer, line, column);
  }

  private static String path(JsonParser p, String source, String pointer) {
    String path = null;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (name.equals("path")) {
        expect(p, p.currentToken() == JsonToken.VALUE_STRING, source, pointer + "/path", "a file name");
        path = p.getString();
      } else {
        p.skipChildren();
      }
    }
    expect(p, path != null, source, pointer, "a resource with a path");
    return path;
  }

  private static void expect(JsonParser p, boolean found, String source, String pointer, String what) {
    if (!found) {
      throw new MalformedInputException(place(source, pointer.isEmpty() ? "/" : pointer, p.currentTokenLocation()), "expected " + what);
    }
  }

  private static void resource(JsonGenerator g, KindRegistry registry, EntityKind<?> kind, Layout<?> layout, CsvOptions options) {
    g.writeStartObject();
    g.writeStringProperty("name", kind.name());
    g.writeStringProperty("title", kind.label());
    String beyond = beyondTheSchema(kind, layout);
    if (!beyond.isEmpty()) {
      g.writeStringProperty("description", beyond);
    }
    g.writeStringProperty("path", kind.name() + ".csv");
    g.writeStringProperty("profile", "tabular-data-resource");
    g.writeStringProperty("format", "csv");
    g.writeStringProperty("mediatype", "text/csv");
    g.writeStringProperty("encoding", "utf-8");
    g.writeName("dialect");
    g.writeStartObject();
    g.writeStringProperty("delimiter", String.valueOf(options.delimiter()));
    g.writeBooleanProperty("doubleQuote", true);
    g.writeStringProperty("lineTerminator", options.crlf() ? "\r\n" : "\n");
    g.writeBooleanProperty("header", true);
    g.writeEndObject();
    g.writeName("schema");
    g.writeStartObject();
    g.writeName("fields");
    g.writeStartArray();
    for (Column column : layout.columns()) {
      field(g, registry, column, options.frenchNumbersAndDates());
    }
    g.writeEndArray();
    g.writeName("missingValues");
    g.writeStartArray();
    g.writeString("");
    g.writeEndArray();
    g.writeStringProperty("primaryKey", "id");
    List<Column> references = layout.columns().stream()
        .filter(c -> target(c).filter(t -> registry.kind(t).isPresent()).isPresent())
        .toList();
    if (!references.isEmpty()) { // the profile allows no empty foreignKeys list
      g.writeName("foreignKeys");
      g.writeStartArray();
      for (Column column : references) {
        g.writeStartObject();
        g.writeStringProperty("fields", column.name());
        g.writeName("reference");
        g.writeStartObject();
        g.writeStringProperty("resource", target(column).orElseThrow());
        g.writeStringProperty("fields", "id");
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * What Table Schema cannot state, in words: the presence of a cell that depends on another, and
   * the kind's rules (which {@code Dataset.validate()} checks).
   */
  private static String beyondTheSchema(EntityKind<?> kind, Layout<?> layout) {
    List<String> notes = new ArrayList<>();
    for (Column column : layout.columns()) {
      for (Constraint c : column.constraints()) {
        if (c.kind() == Constraint.Kind.REQUIRED_WHEN) {
          int dot = column.name().lastIndexOf('.');
          String other = (dot < 0 ? "" : column.name().substring(0, dot + 1)) + c.whenProperty().orElseThrow();
          notes.add(column.name() + " is required when " + other + " is " + c.whenValue().orElseThrow());
        }
      }
    }
    kind.rules().forEach(rule -> notes.add(rule.codes().isEmpty()
        ? "a rule without a description" : String.join(", ", rule.codes()) + ": " + rule.description()));
    return notes.isEmpty() ? "" : "Also checked by Keneya, beyond this schema: " + String.join("; ", notes) + ".";
  }

  private static Optional<String> target(Column column) {
    return column.type() == Column.Type.SCALAR && column.scalar() instanceof RefType
        ? ((RefType<?>) column.scalar()).target()
        : Optional.empty();
  }

  private static void field(JsonGenerator g, KindRegistry registry, Column column, boolean french) {
    g.writeStartObject();
    g.writeStringProperty("name", column.name());
    g.writeStringProperty("type", type(column));
    if (french && FrenchCells.isDate(column)) {
      g.writeStringProperty("format", FRENCH_DATE_FORMAT);
    } else if (column.type() == Column.Type.SCALAR) {
      column.scalar().tableSchemaFormat().ifPresent(format -> g.writeStringProperty("format", format));
    }
    if (french && FrenchCells.isNumber(column)) {
      if (type(column).equals("number")) { // Table Schema's integers have no decimal mark
        g.writeStringProperty("decimalChar", ",");
      }
      g.writeStringProperty("groupChar", " "); // written with none; read with none or a space
    }
    String description = description(column);
    if (!description.isEmpty()) {
      g.writeStringProperty("description", description);
    }
    g.writeName("constraints");
    g.writeStartObject();
    g.writeBooleanProperty("required", column.required());
    if (french && FrenchCells.isPartialDate(column)) {
      g.writeStringProperty("pattern", FrenchCells.PARTIAL_DATE_PATTERN); // its French forms, not the ISO ones
    } else if (column.type() == Column.Type.SCALAR) {
      syntax(g, registry, column.scalar());
      for (Constraint c : column.constraints()) {
        declared(g, c, column.constraints());
      }
    } else if (column.type() == Column.Type.LANGUAGE) {
      nonBlank(g); // LocalizedText refuses a blank text; an empty cell is a missing one
    } else if (column.type() == Column.Type.VALUE) {
      for (Constraint c : column.constraints()) {
        if (c.kind() == Constraint.Kind.SIZE) { // Table Schema's lengths count the items of an array
          c.min().filter(min -> min.signum() > 0).ifPresent(min -> g.writeNumberProperty("minLength", min.intValueExact()));
          c.max().ifPresent(max -> g.writeNumberProperty("maxLength", max.intValueExact()));
        }
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /** What the field's type and constraints cannot say: a list's items, a presence marker, a language. */
  private static String description(Column column) {
    switch (column.type()) {
      case VALUE:
        StringBuilder text = new StringBuilder("a JSON array of ")
            .append(((ListType<?>) Objects.requireNonNull(column.valueType())).element().describe());
        for (Constraint c : column.constraints()) {
          if (c.kind() != Constraint.Kind.SIZE) {
            text.append(c.appliesToList() ? ", " : ", each ").append(c.describe());
          }
        }
        return text.toString();
      case PRESENCE:
        return "true when the nested value is present";
      case LANGUAGE:
        return "text in language " + column.language();
      default:
        return "";
    }
  }

  /** The enum or pattern a scalar's own syntax gives: codes, enum constants, ids, references, currencies. */
  @SuppressWarnings("unchecked") // an ENUM scalar's Java type is its enum
  private static void syntax(JsonGenerator g, KindRegistry registry, ScalarType<?> scalar) {
    switch (scalar.scalar()) {
      case CODE:
        Optional<Codelist> codelist = registry.codelist(((CodeType) scalar).codelist());
        if (codelist.isPresent()) {
          g.writeName("enum");
          g.writeStartArray();
          codelist.get().codes().forEach(c -> g.writeString(c.value()));
          g.writeEndArray();
        } else {
          g.writeStringProperty("pattern", Code.SYNTAX.pattern());
        }
        break;
      case ENUM:
        g.writeName("enum");
        g.writeStartArray();
        ScalarType<Object> constants = (ScalarType<Object>) scalar;
        for (Object constant : scalar.javaType().getEnumConstants()) {
          g.writeString(constants.format(constant));
        }
        g.writeEndArray();
        break;
      case ID:
        g.writeStringProperty("pattern", Id.SYNTAX.pattern());
        break;
      case REFERENCE:
        boolean typed = ((RefType<?>) scalar).target().isPresent();
        g.writeStringProperty("pattern", typed ? Id.SYNTAX.pattern() : Ref.KIND_SYNTAX.pattern() + ":" + Id.SYNTAX.pattern());
        break;
      case CURRENCY:
        g.writeStringProperty("pattern", "[A-Z]{3}");
        break;
      case DEFINED: // Table Schema matches a pattern against strings only; the other types check their own syntax
        if (scalar.tableSchemaType().equals("string")) {
          scalar.pattern().ifPresent(regex -> g.writeStringProperty("pattern", regex));
        }
        break;
      default:
    }
  }

  /** A declared constraint of a scalar column, as Table Schema states it. */
  private static void declared(JsonGenerator g, Constraint c, List<Constraint> all) {
    switch (c.kind()) {
      case RANGE:
        c.min().ifPresent(min -> g.writeNumberProperty("minimum", min));
        c.max().ifPresent(max -> g.writeNumberProperty("maximum", max));
        break;
      case NON_BLANK:
        if (all.stream().noneMatch(other -> other.kind() == Constraint.Kind.PATTERN)) { // a field has one pattern
          nonBlank(g);
        } else {
          g.writeNumberProperty("minLength", 1);
        }
        break;
      case PATTERN:
        g.writeStringProperty("pattern", c.regex().orElseThrow());
        break;
      default: // REQUIRED_WHEN: in the resource's description
    }
  }

  /** At least one character, and one that is not white space (Table Schema patterns match the whole value). */
  private static void nonBlank(JsonGenerator g) {
    g.writeNumberProperty("minLength", 1);
    g.writeStringProperty("pattern", Constraint.NOT_BLANK_PATTERN);
  }

  private static String type(Column column) {
    switch (column.type()) {
      case VALUE:
        return "array";
      case PRESENCE:
        return "boolean";
      case LANGUAGE:
        return "string";
      default:
        switch (column.scalar().scalar()) {
          case BOOLEAN:
            return "boolean";
          case INTEGER:
            return "integer";
          case DECIMAL:
            return "number";
          case DATE:
            return "date";
          case PERIOD:
            return "duration";
          case DEFINED:
            return column.scalar().tableSchemaType();
          default:
            return "string";
        }
    }
  }
}
