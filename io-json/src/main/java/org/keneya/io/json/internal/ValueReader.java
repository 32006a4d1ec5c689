package org.keneya.io.json.internal;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.Reasons;
import org.keneya.core.internal.codec.ReferenceCache;
import org.keneya.core.internal.codec.ScalarText;
import org.keneya.core.kind.ListType;
import org.keneya.core.kind.OptionalType;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.StructType;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Ref;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * Reads values from a {@link JsonParser} by walking their {@link ValueType}, strictly: a wrong
 * token, an unknown or missing property, a {@code null}, a value its type refuses, a value past one
 * of the {@link ReadLimits} — each is a {@link MalformedInputException} naming the source, JSON
 * pointer, line and column.
 */
public final class ValueReader {
  private final JsonParser in;
  private final String source;
  private final boolean ignoreUnknown;
  private final ReadLimits limits;
  private final JsonPath path = new JsonPath();
  private @Nullable List<Ref<?>> references; // the references read, once collecting (see below)
  private @Nullable ReferenceCache cache; // with cacheReferences(): references parsed once while here
  private final Map<StructType<?>, PropertyNameMatcher> matchers = new IdentityHashMap<>(); // the codec's in reach
  private final NameMatchers codecMatchers;

  /**
   * A reader of values from {@code in}, naming {@code source} in its errors, skipping unknown
   * properties if {@code ignoreUnknown}, and refusing values past {@code limits}, with name
   * matchers of its own (for one value: a codec passes the matchers it keeps).
   */
  public ValueReader(JsonParser in, String source, boolean ignoreUnknown, ReadLimits limits) {
    this(in, source, ignoreUnknown, limits, new NameMatchers());
  }

  /** A reader as above, taking the name matchers of its struct types from {@code matchers}, the codec's. */
  public ValueReader(JsonParser in, String source, boolean ignoreUnknown, ReadLimits limits, NameMatchers matchers) {
    this.in = in;
    this.source = source;
    this.ignoreUnknown = ignoreUnknown;
    this.limits = limits;
    this.codecMatchers = matchers;
  }

  public JsonParser parser() {
    return in;
  }

  public JsonPath path() {
    return path;
  }

  /** Keeps the last references read to share them, for a reader of many values (see above). */
  public void cacheReferences() {
    cache = new ReferenceCache(2048);
  }

  /**
   * Keeps the references read from now on, so that a dataset reader can check them with one
   * lookup each instead of walking the entities again. A reference read again while still in the
   * reader's cache is kept once only.
   */
  public void collectReferences() {
    references = new ArrayList<>();
    if (cache != null) {
      cache.clear(); // every reference from now on must reach the list once
    }
  }

  /** The distinct references read since {@link #collectReferences()} (a few may repeat). */
  public List<Ref<?>> references() {
    Preconditions.checkState(references != null, "references are not being collected");
    return references;
  }

  /** Advances to the next token, turning Jackson's own errors into ours. */
  public JsonToken next() {
    try {
      return in.nextToken();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** Reads a value whose first token is current. */
  public Object read(ValueType<?> type) {
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
      return readStruct(type);
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
          return type.scalar() == ScalarType.Scalar.REFERENCE ? readReference(type, text) : type.parse(text);
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
        text = readText();
    }
    try {
      ScalarText.checkDefined(type, text, limits);
      return type.parse(text);
    } catch (InvalidValueException e) {
      throw fail(Reasons.shortened(e.reason(), text));
    }
  }

  /**
   * The current number, parsed from its text exactly (never through double), within {@link
   * ReadLimits#checkDecimal} and in its normal form: {@code 1E+2} is read as {@code 100}, what every
   * writer writes back.
   */
  private BigDecimal readDecimal() {
    BigDecimal value;
    try {
      value = in.getDecimalValue();
    } catch (NumberFormatException e) {
      // An exponent past int's range (1e-2147483648): Jackson passes BigDecimal's own error on.
      throw fail("a number whose exponent is out of range, far more digits in plain notation than the limit "
          + "maxNumberLength = " + limits.maxNumberLength() + ": " + Excerpt.quote(in.getString()));
    }
    try {
      return limits.checkDecimal(value);
    } catch (InvalidValueException e) {
      throw fail(e.reason());
    }
  }

  /**
   * The current string within {@link ReadLimits#checkText}: Jackson bounds its length, but reads
   * an escaped lone surrogate ({@code "\ud800"}) as it is, and no writer could write it back.
   */
  private String readText() {
    try {
      return limits.checkText(in.getString());
    } catch (InvalidValueException e) {
      throw fail(e.reason());
    }
  }

  private Object readReference(ScalarType<?> type, String text) {
    Object cached = cache == null ? null : cache.get(type, text);
    if (cached != null) {
      return cached; // already in the references list, if one is kept
    }
    Object ref = cache == null ? type.parse(text) : cache.put(type, text);
    if (references != null) {
      references.add((Ref<?>) ref);
    }
    return ref;
  }

  private LocalizedText readLocalizedText(JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      throw wrongType("an object of texts by language", token);
    }
    String firstLanguage = null;
    String firstText = null;
    Map<String, String> texts = null; // only for text in more than one language
    while (next() == JsonToken.PROPERTY_NAME) {
      String language = in.currentName();
      path.push(language);
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
          throw duplicate(language);
        }
      }
      path.pop();
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

  /** Reads an object of {@code type}'s properties and builds the value through its builder. */
  public <T> T readStruct(StructType<T> type) {
    if (in.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object (" + type.name() + ")", in.currentToken());
    }
    Object[] values = new Object[type.properties().size()];
    PropertyNameMatcher matcher = matcher(type);
    int index;
    while ((index = nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      if (index < 0) {
        String name = in.currentName();
        path.push(name);
        next();
        if (!ignoreUnknown) {
          throw fail("unknown property " + Excerpt.quote(name) + " in " + type.name() + "; known: " + names(type));
        }
        skip();
      } else {
        path.push(type, index);
        next();
        if (values[index] != null) {
          throw duplicate(type.properties().get(index).name());
        }
        values[index] = readPropertyValue(type.properties().get(index).type());
      }
      path.pop();
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
      int property = Reasons.propertyNamed(type, e);
      if (property < 0) {
        throw fail("invalid " + type.name() + ": " + Reasons.shortened(e.getMessage(), null));
      }
      path.push(type.properties().get(property).name()); // the place of the property the value breaks
      MalformedInputException at = fail(Reasons.shortened(e.getMessage(), null));
      path.pop();
      throw at;
    }
  }

  /** A property's value; an optional's as its element's value, which the struct takes unwrapped. */
  private Object readPropertyValue(ValueType<?> type) {
    if (type.shape() != ValueType.Shape.OPTIONAL) {
      return read(type);
    }
    if (in.currentToken() == JsonToken.VALUE_NULL) {
      throw nullRefused(type);
    }
    return read(((OptionalType<?>) type).element());
  }

  private MalformedInputException nullRefused(ValueType<?> type) {
    return fail("null is not allowed for " + type.describe() + "; omit an absent value instead");
  }

  /**
   * Advances to the next property name and gives its index in {@code matcher}, {@link
   * PropertyNameMatcher#MATCH_UNKNOWN_NAME} for a name it does not know, or {@link
   * PropertyNameMatcher#MATCH_END_OBJECT}. A byte-based parser matches the name from its bytes, so
   * a known name is found without building or hashing a String.
   */
  private int nextNameMatch(PropertyNameMatcher matcher) {
    try {
      int index = in.nextNameMatch(matcher);
      if (index == PropertyNameMatcher.MATCH_ODD_TOKEN) { // not a name: an error Jackson lets us report
        throw wrongType("a property name or the end of the object", in.currentToken());
      }
      return index;
    } catch (JacksonException e) {
      if (in.currentToken() != JsonToken.PROPERTY_NAME) {
        throw translate(e);
      }
      // The name was read, its value refused as Jackson read it on (a number past the limit): the
      // error is the property's.
      path.push(in.currentName());
      MalformedInputException failure = fail(reason(e), e.getLocation(), e);
      path.pop();
      throw failure;
    }
  }

  private PropertyNameMatcher matcher(StructType<?> type) {
    PropertyNameMatcher matcher = matchers.get(type);
    if (matcher == null) {
      matcher = codecMatchers.of(type);
      matchers.put(type, matcher);
    }
    return matcher;
  }

  private ImmutableList<Object> readList(ValueType<?> element, JsonToken token) {
    if (token != JsonToken.START_ARRAY) {
      throw wrongType("an array", token);
    }
    if (next() == JsonToken.END_ARRAY) {
      return ImmutableList.of();
    }
    path.push(0);
    Object first = read(element);
    if (next() == JsonToken.END_ARRAY) { // the common case, without a builder
      path.pop();
      return ImmutableList.of(first);
    }
    ImmutableList.Builder<Object> out = ImmutableList.builderWithExpectedSize(4).add(first);
    int i = 1;
    do {
      path.replaceTop(i++);
      checkListLength(i); // before the element is read: a hostile list stops at the limit
      out.add(read(element));
    } while (next() != JsonToken.END_ARRAY);
    path.pop();
    return out.build();
  }

  private void checkListLength(int size) {
    try {
      limits.checkListLength(size);
    } catch (InvalidValueException e) {
      throw fail(e.reason());
    }
  }

  /** Skips the current value (lenient mode). */
  public void skip() {
    try {
      in.skipChildren();
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  private static String names(StructType<?> type) {
    return type.properties().stream().map(Property::name).toList().toString();
  }

  /** A property given twice in one object. */
  public MalformedInputException duplicate(String name) {
    return fail("duplicate property " + Excerpt.quote(name));
  }

  private MalformedInputException wrongType(String expected, JsonToken found) {
    return fail("expected " + expected + ", found " + describe(found));
  }

  public static String describe(JsonToken token) {
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
   * Jackson's message without its location. For a value left open at the end of the input Jackson
   * adds where the value started, naming a redacted source and an unknown byte offset; that part
   * is cut, since the place (line, column, pointer) is reported separately. A limit is named as
   * {@link ReadLimits} names it, not by the Jackson setting {@link Factories} derives from it.
   * Jackson quotes at most a few hundred characters of a bad token; the reason is cut all the same
   * past {@value Reasons#MAX_REASON}.
   */
  public static String reason(JacksonException e) {
    return Reasons.parserReason(e.getOriginalMessage(), e instanceof StreamConstraintsException);
  }

  /**
   * Jackson's own error (bad syntax, a read limit, a duplicate key) as ours, at the current path. An
   * input that cannot be read is not bad data: see {@link ReadFailures}.
   */
  public MalformedInputException translate(JacksonException e) {
    ReadFailures.throwIfUnreadable(e);
    return fail(reason(e), e.getLocation(), e);
  }

  /** The line of the current token; 0 (unknown, to a {@link Place}) when the parser cannot tell. */
  public long line() {
    TokenStreamLocation location = in.currentTokenLocation();
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  /** An error at the current token. */
  public MalformedInputException fail(String reason) {
    return fail(reason, in.currentTokenLocation(), null);
  }

  MalformedInputException fail(String reason, @Nullable TokenStreamLocation location, @Nullable Throwable cause) {
    if (location == null) {
      location = in.currentTokenLocation(); // limit errors come without a location of their own
    }
    long line = location == null ? 0 : Math.max(0, location.getLineNr());
    long column = location == null ? 0 : Math.max(0, location.getColumnNr());
    String pointer = path.pointer();
    Place place = Place.of(source, pointer.isEmpty() ? "/" : pointer, line, column);
    return cause == null ? new MalformedInputException(place, reason) : new MalformedInputException(place, reason, cause);
  }
}
