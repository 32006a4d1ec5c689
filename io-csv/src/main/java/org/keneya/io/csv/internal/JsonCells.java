package org.keneya.io.csv.internal;

import com.google.common.collect.ImmutableList;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.Reasons;
import org.keneya.core.internal.codec.ScalarText;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * The JSON inside a CSV cell — a list of values, of any element type — written and read by a plain
 * walk over the value's {@link ValueType}, with jackson-core's streaming generator and parser.
 * The text is the JSON format's encoding of the value, compact: scalars as their canonical text
 * (booleans, integers and decimals as JSON literals, decimals in plain notation), localized text
 * as an object by language, a nested value as an object of its properties in declared order with
 * absent optionals and empty lists left out. So a cell written before reads the same, and a cell
 * written now has the same bytes as before (a test in the fuzz module compares with the JSON
 * codec's own writer).
 *
 * <p>Reading is strict, as the JSON codec reads: a wrong token, an unknown, duplicate or missing
 * property, a {@code null}, a value its type refuses, trailing content, or a value past one of the
 * {@link ReadLimits} (nesting depth, text length, number length, list length) is a {@link
 * MalformedInputException} whose place is the cell (file, row, column) with the JSON pointer
 * inside it, line and column. Cells are short and most lists are of ids, which {@link JsonListCells}
 * reads without this class; a walk with no per-type specialization is enough here.
 *
 * <pre>{@code
 * String cell = JsonCells.write(ValueType.list(ValueType.ref("actor")), lead); // ["dns","dgs"]
 * List<?> back = JsonCells.read(ValueType.list(ValueType.ref("actor")), cell, "recommendation.csv, row 4, column lead", limits);
 * }</pre>
 */
public final class JsonCells {
  private static final Factory DEFAULT = new Factory(ReadLimits.defaults());
  /** The factory of the last other limits: a reader passes the same limits for every cell. */
  private static volatile Factory recent = DEFAULT;

  private static final ThreadLocal<char[]> DATE_CHARS = ThreadLocal.withInitial(() -> new char[10]);

  private JsonCells() {}

  /** {@code value} as compact JSON text, as {@code type} describes it. */
  public static String write(ValueType<?> type, Object value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = DEFAULT.json.createGenerator(ObjectWriteContext.empty(), out)) {
      write(g, type, value);
    }
    return out.toString();
  }

  /**
   * Reads one value of {@code type} from {@code json}, strictly and within {@code limits}; {@code
   * source} names the cell in errors.
   *
   * @throws MalformedInputException naming {@code source}, the pointer inside the value, line and
   *     column, if the text is not one well-formed value of the type within the limits
   */
  public static <T> T read(ValueType<T> type, String json, String source, ReadLimits limits) {
    return read(type, json, source, limits, new Indexes());
  }

  /** Reads as {@link #read(ValueType, String, String, ReadLimits)} does, with the struct indexes a codec keeps. */
  @SuppressWarnings("unchecked") // the reader builds a T from type's description
  public static <T> T read(ValueType<T> type, String json, String source, ReadLimits limits, Indexes indexes) {
    try (JsonParser parser = factory(limits).json.createParser(ObjectReadContext.empty(), json)) {
      Reader reader = new Reader(parser, source, limits, indexes);
      try {
        if (reader.next() == null) {
          throw reader.fail("empty JSON value");
        }
        T value = (T) reader.read(type);
        JsonToken after = reader.next();
        if (after != null) {
          throw reader.fail("trailing content after the value: " + describe(after));
        }
        return value;
      } catch (JacksonException e) { // a limit Jackson applies only as a token's value is taken
        throw reader.translate(e);
      }
    }
  }

  private static Factory factory(ReadLimits limits) {
    if (limits.equals(DEFAULT.limits)) {
      return DEFAULT;
    }
    Factory last = recent;
    if (!last.limits.equals(limits)) {
      last = new Factory(limits);
      recent = last; // racy but benign: a thread that misses it builds its own
    }
    return last;
  }

  /** A defined scalar's canonical text, as a string, or as the number or boolean it spells (as the JSON codec writes it). */
  private static void writeDefined(JsonGenerator out, ScalarType<Object> type, Object value) {
    String text = ScalarText.definedText(type, value);
    switch (type.token()) {
      case INTEGER:
      case NUMBER:
        out.writeNumber(text);
        break;
      case BOOLEAN:
        out.writeBoolean(Boolean.parseBoolean(text));
        break;
      default:
        out.writeString(text);
    }
  }

  private static void write(JsonGenerator out, ValueType<?> type, Object value) {
    type.accept(new CellWriter(out), value);
  }

  /** Writes a value of each shape to one cell's generator. */
  private static final class CellWriter implements ValueType.Visitor<Object, @Nullable Void> {
    private final JsonGenerator out;

    CellWriter(JsonGenerator out) {
      this.out = out;
    }

    @SuppressWarnings("unchecked") // the value is of the type's Java type
    @Override
    public @Nullable Void visitScalar(ScalarType<?> type, Object value) {
      ScalarType<Object> scalar = (ScalarType<Object>) type;
      switch (scalar.scalar()) {
        case BOOLEAN:
          out.writeBoolean((Boolean) value);
          break;
        case INTEGER:
          out.writeNumber((Integer) value);
          break;
        case DECIMAL:
          out.writeNumber((BigDecimal) value); // plain notation: see Factory
          break;
        case DATE:
          writeDate(out, (LocalDate) value);
          break;
        case DEFINED:
          writeDefined(out, scalar, value);
          break;
        default:
          out.writeString(scalar.format(value)); // its canonical text: an id, a code, a date…
      }
      return null;
    }

    @Override
    public @Nullable Void visitLocalizedText(ValueType<LocalizedText> type, Object value) {
      out.writeStartObject();
      for (Map.Entry<String, String> text : ((LocalizedText) value).byLanguage().entrySet()) {
        out.writeStringProperty(text.getKey(), text.getValue());
      }
      out.writeEndObject();
      return null;
    }

    @SuppressWarnings("unchecked") // the value is of the type's Java type
    @Override
    public @Nullable Void visitStruct(StructType<?> type, Object struct) {
      out.writeStartObject();
      for (Property<Object, ?> property : ((StructType<Object>) type).properties()) {
        Object v = property.valueOrNull(struct); // an optional's value, or null when absent
        if (v == null || (v instanceof List && ((List<?>) v).isEmpty())) {
          continue;
        }
        out.writeName(property.name());
        ValueType<?> t = property.type();
        (t instanceof OptionalType ? ((OptionalType<?>) t).element() : t).accept(this, v);
      }
      out.writeEndObject();
      return null;
    }

    @Override
    public @Nullable Void visitList(ListType<?> type, Object value) {
      ValueType<?> element = type.element();
      out.writeStartArray();
      for (Object e : (List<?>) value) {
        element.accept(this, e);
      }
      out.writeEndArray();
      return null;
    }

    @Override
    public @Nullable Void visitOptional(OptionalType<?> type, Object value) {
      // only as a list's element: a struct's optional properties are unwrapped above
      return type.element().accept(this, ((Optional<?>) value).orElseThrow());
    }
  }

  /**
   * The date as {@link LocalDate#toString()} writes it, from a buffer: a status history is a list
   * of dated values, and building a String per date was most of what writing it allocated.
   */
  private static void writeDate(JsonGenerator out, LocalDate date) {
    char[] c = DATE_CHARS.get();
    if (ScalarText.isoDate(date, c)) {
      out.writeString(c, 0, 10);
    } else {
      out.writeString(date.toString());
    }
  }

  /**
   * Per struct type, its properties' indexes by name: kept by an encoding ({@link JsonListCells},
   * the codec's registry's or a table reader's), never in a static map, so that they go with it;
   * bounded, as the other caches keyed by types. Thread-safe.
   */
  public static final class Indexes {
    private static final int MAX_TYPES = 256;
    private final Map<StructType<?>, Map<String, Integer>> byType = new ConcurrentHashMap<>();

    /** The properties of {@code type} by name, to their index. */
    Map<String, Integer> of(StructType<?> type) {
      Map<String, Integer> indexes = byType.get(type);
      if (indexes != null) {
        return indexes;
      }
      if (byType.size() >= MAX_TYPES) {
        byType.clear(); // a codec given ever new struct types starts again instead of leaking
      }
      return byType.computeIfAbsent(type, t -> {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < t.properties().size(); i++) {
          byName.put(t.properties().get(i).name(), i);
        }
        return Map.copyOf(byName);
      });
    }
  }

  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  /**
   * A Jackson factory with the read limits Jackson applies while it tokenizes (see {@link
   * JsonLimits}), duplicate keys left to the reader (a filled slot tells them, for free), and
   * decimals written in plain notation, as the JSON format writes them.
   */
  private static final class Factory {
    final ReadLimits limits;
    final JsonFactory json;

    Factory(ReadLimits limits) {
      this.limits = limits;
      this.json = JsonFactory.builder()
          .streamReadConstraints(JsonLimits.constraints(limits))
          .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();
    }
  }

  /** One cell's walk: the parser, the path to the value being read, the limits. */
  private static final class Reader {
    private final JsonParser in;
    private final String source;
    private final ReadLimits limits;
    private final Indexes indexes;
    private final List<String> path = new ArrayList<>(4);

    Reader(JsonParser in, String source, ReadLimits limits, Indexes indexes) {
      this.in = in;
      this.source = source;
      this.limits = limits;
      this.indexes = indexes;
    }

    @Nullable JsonToken next() {
      try {
        return in.nextToken();
      } catch (JacksonException e) {
        throw translate(e);
      }
    }

    Object read(ValueType<?> type) {
      JsonToken token = in.currentToken();
      if (token == JsonToken.VALUE_NULL) {
        throw nullRefused(type);
      }
      return type.accept(reads, token);
    }

    /** Reads a value of each shape, its first token being the argument. */
    private final ValueType.Visitor<JsonToken, Object> reads = new ValueType.Visitor<>() {
      @Override
      public Object visitScalar(ScalarType<?> type, JsonToken token) {
        return readScalar(type, token);
      }

      @Override
      public Object visitLocalizedText(ValueType<LocalizedText> type, JsonToken token) {
        return readLocalizedText(token);
      }

      @Override
      public Object visitStruct(StructType<?> type, JsonToken token) {
        return readStruct(type, token);
      }

      @Override
      public Object visitList(ListType<?> type, JsonToken token) {
        return readList(type.element(), token);
      }

      @Override
      public Object visitOptional(OptionalType<?> type, JsonToken token) {
        return Optional.of(read(type.element()));
      }
    };

    private Object readScalar(ScalarType<?> type, JsonToken token) {
      switch (type.scalar()) {
        case BOOLEAN:
          if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
          }
          throw wrongType("a boolean", token);
        case INTEGER:
          if (token != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType("an integer", token);
          }
          try {
            return in.getIntValue();
          } catch (JacksonException e) {
            throw fail("integer out of range: " + Excerpt.quote(in.getString()));
          }
        case DECIMAL:
          if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType("a number", token);
          }
          return readDecimal();
        case DEFINED:
          return readDefined(type, token);
        default:
          if (token != JsonToken.VALUE_STRING) {
            throw wrongType("a string (" + type.describe() + ")", token);
          }
          String text = readText();
          if (type.scalar() == ScalarType.Scalar.STRING) {
            return text;
          }
          try {
            return type.parse(text);
          } catch (InvalidValueException e) {
            throw fail(Reasons.shortened(e.reason(), text));
          }
      }
    }

    /** A defined scalar: the token its type says, its text within the limits, then its parser. */
    private Object readDefined(ScalarType<?> type, JsonToken token) {
      String text;
      switch (type.token()) {
        case INTEGER:
          if (token != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType("an integer (" + type.describe() + ")", token);
          }
          text = in.getString();
          break;
        case NUMBER:
          if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType("a number (" + type.describe() + ")", token);
          }
          text = in.getString();
          break;
        case BOOLEAN:
          if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw wrongType("a boolean (" + type.describe() + ")", token);
          }
          text = String.valueOf(token == JsonToken.VALUE_TRUE);
          break;
        default:
          if (token != JsonToken.VALUE_STRING) {
            throw wrongType("a string (" + type.describe() + ")", token);
          }
          text = in.getString();
      }
      try {
        ScalarText.checkDefined(type, text, limits);
        return type.parse(text);
      } catch (InvalidValueException e) {
        throw fail(Reasons.shortened(e.reason(), text));
      }
    }

    /** The number parsed from its text exactly (never through a double), within the limits, normalized. */
    private BigDecimal readDecimal() {
      BigDecimal value;
      try {
        value = in.getDecimalValue();
      } catch (NumberFormatException e) { // an exponent past int's range: BigDecimal's own error
        throw fail("a number whose exponent is out of range, far more digits in plain notation than the limit "
            + "maxNumberLength = " + limits.maxNumberLength() + ": " + Excerpt.quote(in.getString()));
      }
      try {
        return limits.checkDecimal(value);
      } catch (InvalidValueException e) {
        throw fail(e.reason());
      }
    }

    /** The current string within the text limit, and refused if no writer could write it back (a lone surrogate). */
    private String readText() {
      try {
        return limits.checkText(in.getString());
      } catch (InvalidValueException e) {
        throw fail(e.reason());
      }
    }

    private LocalizedText readLocalizedText(JsonToken token) {
      if (token != JsonToken.START_OBJECT) {
        throw wrongType("an object of texts by language", token);
      }
      String firstLanguage = null;
      String firstText = null;
      Map<String, String> texts = null; // only for text in more than one language: most have one
      while (next() == JsonToken.PROPERTY_NAME) {
        String language = in.currentName();
        path.add(language);
        if (next() != JsonToken.VALUE_STRING) {
          throw wrongType("a string", in.currentToken());
        }
        String text = readText();
        if (firstLanguage == null) {
          firstLanguage = language;
          firstText = text;
        } else {
          if (texts == null) {
            texts = new HashMap<>(4);
            texts.put(firstLanguage, firstText);
          }
          checkListLength(texts.size() + 1); // languages too: each is checked and sorted on building
          if (texts.putIfAbsent(language, text) != null) {
            throw fail("duplicate property " + Excerpt.quote(language));
          }
        }
        pop();
      }
      try {
        if (texts == null) {
          return firstLanguage == null ? LocalizedText.of(Map.of()) : LocalizedText.of(firstLanguage, firstText);
        }
        return LocalizedText.of(texts);
      } catch (InvalidValueException e) {
        throw fail(Reasons.shortened(e.getMessage(), null));
      }
    }

    private <T> T readStruct(StructType<T> type, JsonToken token) {
      if (token != JsonToken.START_OBJECT) {
        throw wrongType("an object (" + type.name() + ")", token);
      }
      Map<String, Integer> byName = indexes.of(type);
      Object[] values = new Object[type.properties().size()];
      JsonToken t;
      while ((t = next()) == JsonToken.PROPERTY_NAME) {
        String name = in.currentName();
        path.add(name);
        Integer index = byName.get(name);
        next();
        if (index == null) {
          throw fail("unknown property " + Excerpt.quote(name) + " in " + type.name() + "; known: "
              + type.properties().stream().map(Property::name).toList());
        }
        if (values[index] != null) {
          throw fail("duplicate property " + Excerpt.quote(name));
        }
        ValueType<?> propertyType = type.properties().get(index).type();
        if (propertyType.shape() == ValueType.Shape.OPTIONAL) { // the struct takes an optional unwrapped
          if (in.currentToken() == JsonToken.VALUE_NULL) {
            throw nullRefused(propertyType);
          }
          propertyType = ((OptionalType<?>) propertyType).element();
        }
        values[index] = read(propertyType);
        pop();
      }
      if (t != JsonToken.END_OBJECT) {
        throw wrongType("a property name or the end of the object", t);
      }
      for (int i = 0; i < values.length; i++) {
        Property<T, ?> property = type.properties().get(i);
        if (values[i] == null && property.isRequired()) {
          throw fail("missing required property \"" + property.name() + "\" in " + type.name());
        }
      }
      try {
        return type.create(values);
      } catch (InvalidValueException e) {
        throw fail("invalid " + type.name() + ": " + Reasons.shortened(e.getMessage(), null));
      }
    }

    private ImmutableList<Object> readList(ValueType<?> element, JsonToken token) {
      if (token != JsonToken.START_ARRAY) {
        throw wrongType("an array", token);
      }
      if (next() == JsonToken.END_ARRAY) {
        return ImmutableList.of();
      }
      path.add("0");
      Object first = read(element);
      pop();
      if (next() == JsonToken.END_ARRAY) { // the common case, without a builder
        return ImmutableList.of(first);
      }
      ImmutableList.Builder<Object> out = ImmutableList.builderWithExpectedSize(4).add(first);
      int i = 1;
      do {
        path.add(Integer.toString(i));
        checkListLength(++i); // before the element is read: a hostile list stops at the limit
        out.add(read(element));
        pop();
      } while (next() != JsonToken.END_ARRAY);
      return out.build();
    }

    private void checkListLength(int size) {
      try {
        limits.checkListLength(size);
      } catch (InvalidValueException e) {
        throw fail(e.reason());
      }
    }

    private void pop() {
      path.remove(path.size() - 1);
    }

    private MalformedInputException nullRefused(ValueType<?> type) {
      return fail("null is not allowed for " + type.describe() + "; omit an absent value instead");
    }

    private MalformedInputException wrongType(String expected, @Nullable JsonToken found) {
      return fail("expected " + expected + ", found " + describe(found));
    }

    /** Jackson's own refusal (bad syntax, a read limit) as ours, at the current path. */
    MalformedInputException translate(JacksonException e) {
      return fail(JacksonErrors.reason(e), e.getLocation(), e);
    }

    MalformedInputException fail(String reason) {
      return fail(reason, in.currentTokenLocation(), null);
    }

    private MalformedInputException fail(String reason, @Nullable TokenStreamLocation location, @Nullable Throwable cause) {
      if (location == null) {
        location = in.currentTokenLocation(); // limit errors come without a location of their own
      }
      long line = location == null ? 0 : Math.max(0, location.getLineNr());
      long column = location == null ? 0 : Math.max(0, location.getColumnNr());
      StringBuilder pointer = new StringBuilder();
      for (String segment : path) {
        pointer.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
      }
      Place place = Place.of(source, pointer.length() == 0 ? "/" : pointer.toString(), line, column);
      return cause == null ? new MalformedInputException(place, reason) : new MalformedInputException(place, reason, cause);
    }
  }
}
