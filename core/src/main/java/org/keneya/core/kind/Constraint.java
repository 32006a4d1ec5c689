package org.keneya.core.kind;

import com.google.common.base.Preconditions;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.DomainModelException;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;

/**
 * A constraint declared on a property, beyond what its {@link ValueType} says: a range, a text that
 * is not blank, a pattern, list items that are unique, a list's size, a presence that depends on
 * another property. It is declared once, with the property:
 *
 * <pre>{@code
 * .add("position", ValueType.integer(), Pillar::position, Constraint.atLeast(1))
 * .add("lead", ValueType.list(ValueType.ref("actor")), Recommendation::lead, Constraint.uniqueItems())
 * .addOptional("followUp", ValueType.deadline(), Inspection::followUpOrNull, Inspection.Builder::followUp, Constraint.requiredWhen("result", "fail"))
 * }</pre>
 *
 * <p>and from that one declaration every reader refuses a value that breaks it ({@link
 * StructType#create}), {@link org.keneya.core.data.Dataset#validate()} reports it, and the JSON
 * Schema and the CSV data package descriptor state it — so the three cannot drift apart.
 *
 * <p>What a constraint applies to follows the property's type: the value of a scalar or an optional;
 * each element of a list, except {@link Kind#UNIQUE_ITEMS} and {@link Kind#SIZE}, which apply to the
 * list itself; each text of a {@link LocalizedText} for {@link Kind#NON_BLANK}; the amount of a
 * {@link Money} for {@link Kind#RANGE}. A constraint that cannot apply to the property's type is
 * refused when the description is built.
 */
public final class Constraint {
  /** What a constraint checks. */
  public enum Kind {
    /** A number (an integer, a decimal, the amount of money) within inclusive bounds. */
    RANGE,
    /** A text with at least one character that is not white space. */
    NON_BLANK,
    /** A text matching a pattern whole (see {@link #pattern(String)} for the syntax allowed). */
    PATTERN,
    /** A list without two equal items. */
    UNIQUE_ITEMS,
    /** A list with a number of items within inclusive bounds. */
    SIZE,
    /** An optional property present whenever another property of the same value has a given value. */
    REQUIRED_WHEN
  }

  /**
   * The pattern that tells a text is not blank, as both schemas' regular expressions read it: at
   * least one character other than a space, a tab or a line end. Java's {@link String#isBlank}
   * counts a few more characters as white space (such as U+2003): a text made only of those is
   * refused by Keneya and accepted by a schema validator.
   */
  public static final String NOT_BLANK_PATTERN = "[\\s\\S]*\\S[\\s\\S]*";

  /**
   * What a declared pattern may use: the part of regular expressions that Java, ECMAScript (JSON
   * Schema) and XML Schema (Table Schema) read alike. Anchors, non-capturing and look-around groups,
   * back references, flags and escapes such as {@code \d} (Unicode digits in XML Schema, ASCII in
   * the others) are refused.
   */
  private static final Pattern UNPORTABLE =
      Pattern.compile("\\(\\?|(?<![\\[\\\\])\\^|(?<!\\\\)\\$|\\\\[dDwWbBAzZQE0-9pPkuxc]"); // [^…] is a class, not an anchor

  private final Kind kind;
  private final @Nullable BigDecimal min;
  private final @Nullable BigDecimal max;
  private final @Nullable Pattern pattern;
  private final @Nullable String property;
  private final @Nullable String value;

  private Constraint(
      Kind kind, @Nullable BigDecimal min, @Nullable BigDecimal max, @Nullable Pattern pattern,
      @Nullable String property, @Nullable String value) {
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.pattern = pattern;
    this.property = property;
    this.value = value;
  }

  /** A number of {@code min} or more. */
  public static Constraint atLeast(long min) {
    return range(BigDecimal.valueOf(min), null);
  }

  /** A number from {@code min} to {@code max}, both included. */
  public static Constraint between(long min, long max) {
    return range(BigDecimal.valueOf(min), BigDecimal.valueOf(max));
  }

  /** A number within the bounds given, both included; a {@code null} bound is no bound. */
  public static Constraint range(@Nullable BigDecimal min, @Nullable BigDecimal max) {
    Preconditions.checkArgument(min != null || max != null, "a range needs a bound");
    Preconditions.checkArgument(min == null || max == null || min.compareTo(max) <= 0, "min %s > max %s", min, max);
    return new Constraint(Kind.RANGE, min, max, null, null, null);
  }

  /** A text that is not blank. */
  public static Constraint nonBlank() {
    return NON_BLANK;
  }

  /**
   * A text matching {@code regex} whole. The expression is written in the part of regular
   * expressions that Java, JSON Schema and Table Schema read alike — character classes, groups
   * {@code (…)}, alternatives and quantifiers; {@code \s} and {@code \S} — and without anchors: it
   * always matches the whole text.
   *
   * @throws IllegalArgumentException if the expression uses anything else, or is not valid
   */
  public static Constraint pattern(String regex) {
    Preconditions.checkArgument(!UNPORTABLE.matcher(regex).find(),
        "the pattern %s uses an anchor, a (?…) group or an escape that JSON Schema and Table Schema read differently", regex);
    return new Constraint(Kind.PATTERN, null, null, Pattern.compile(regex), null, null);
  }

  /** A list whose items are all different. */
  public static Constraint uniqueItems() {
    return UNIQUE_ITEMS;
  }

  /**
   * A list of {@code min} to {@code max} items, both included; {@code max} {@link
   * Integer#MAX_VALUE} means no upper bound (none is declared, as for {@link #notEmpty()}).
   */
  public static Constraint size(int min, int max) {
    Preconditions.checkArgument(0 <= min && min <= max, "size %s to %s", min, max);
    return new Constraint(Kind.SIZE, BigDecimal.valueOf(min), max == Integer.MAX_VALUE ? null : BigDecimal.valueOf(max),
        null, null, null);
  }

  /** A list of one item or more. */
  public static Constraint notEmpty() {
    return NOT_EMPTY;
  }

  /**
   * An optional property that must be present when the property {@code other}, of the same value,
   * has the value written {@code value} (as codecs write it, such as {@code date} for a {@code
   * Deadline.Form.DATE}).
   */
  public static Constraint requiredWhen(String other, String value) {
    return new Constraint(Kind.REQUIRED_WHEN, null, null, null, Objects.requireNonNull(other), Objects.requireNonNull(value));
  }

  private static final Constraint NON_BLANK = new Constraint(Kind.NON_BLANK, null, null, null, null, null);
  private static final Constraint UNIQUE_ITEMS = new Constraint(Kind.UNIQUE_ITEMS, null, null, null, null, null);
  private static final Constraint NOT_EMPTY = new Constraint(Kind.SIZE, BigDecimal.ONE, null, null, null, null);

  /** What the constraint checks. */
  public Kind kind() {
    return kind;
  }

  /** The lower bound of a {@link Kind#RANGE} or {@link Kind#SIZE}, if any. */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /** The upper bound of a {@link Kind#RANGE} or {@link Kind#SIZE}, if any. */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /** The expression of a {@link Kind#PATTERN}, unanchored (it matches the whole text). */
  public Optional<String> regex() {
    return Optional.ofNullable(pattern).map(Pattern::pattern);
  }

  /** The property a {@link Kind#REQUIRED_WHEN} depends on. */
  public Optional<String> whenProperty() {
    return Optional.ofNullable(property);
  }

  /** The value, as written, that makes a {@link Kind#REQUIRED_WHEN} property required. */
  public Optional<String> whenValue() {
    return Optional.ofNullable(value);
  }

  /** Whether it applies to a list as a whole rather than to each of its items. */
  public boolean appliesToList() {
    return kind == Kind.UNIQUE_ITEMS || kind == Kind.SIZE;
  }

  /**
   * What the constraint asks, for messages and schema descriptions: {@code 1 or more}, {@code not
   * blank}, {@code required when form is date}.
   */
  public String describe() {
    switch (kind) {
      case RANGE:
        if (max == null) {
          return Objects.requireNonNull(min).toPlainString() + " or more";
        }
        return min == null ? max.toPlainString() + " or less" : min.toPlainString() + " to " + max.toPlainString();
      case NON_BLANK:
        return "not blank";
      case PATTERN:
        return "matching " + Objects.requireNonNull(pattern).pattern();
      case UNIQUE_ITEMS:
        return "without duplicates";
      case SIZE:
        if (max == null) {
          return BigDecimal.ONE.equals(min) ? "not empty" : Objects.requireNonNull(min).toPlainString() + " items or more";
        }
        return Objects.requireNonNull(min).toPlainString() + " to " + max.toPlainString() + " items";
      default:
        return "required when " + property + " is " + value;
    }
  }

  @Override
  public String toString() {
    return describe();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Constraint)) {
      return false;
    }
    Constraint c = (Constraint) o;
    return kind == c.kind && Objects.equals(min, c.min) && Objects.equals(max, c.max) && Objects.equals(regex(), c.regex())
        && Objects.equals(property, c.property) && Objects.equals(value, c.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, min, max, regex(), property, value);
  }

  /**
   * Refuses a constraint that cannot apply to a property of {@code type} named {@code field}: a
   * range on a text, a pattern on a number, unique items on a scalar.
   */
  void checkAppliesTo(String field, ValueType<?> type) {
    ValueType<?> target = type.shape() == ValueType.Shape.OPTIONAL ? ((OptionalType<?>) type).element() : type;
    if (kind == Kind.REQUIRED_WHEN) {
      if (type.shape() != ValueType.Shape.OPTIONAL) {
        throw new DomainModelException(field + ": " + describe() + " applies to an optional property only");
      }
      return;
    }
    if (appliesToList()) {
      if (target.shape() != ValueType.Shape.LIST) {
        throw new DomainModelException(field + ": " + describe() + " applies to a list only");
      }
      return;
    }
    if (target.shape() == ValueType.Shape.LIST) {
      target = ((ListType<?>) target).element();
    }
    boolean fits;
    switch (kind) {
      case RANGE:
        fits = isNumber(target) || target.equals(ValueType.money());
        break;
      case NON_BLANK:
        fits = isText(target) || target.shape() == ValueType.Shape.LOCALIZED_TEXT;
        break;
      default: // PATTERN
        fits = isText(target);
    }
    if (!fits) {
      throw new DomainModelException(field + ": " + describe() + " cannot apply to " + type.describe());
    }
  }

  private static boolean isNumber(ValueType<?> type) {
    if (type.shape() != ValueType.Shape.SCALAR) {
      return false;
    }
    ScalarType<?> scalar = (ScalarType<?>) type;
    return scalar.scalar() == ScalarType.Scalar.INTEGER || scalar.scalar() == ScalarType.Scalar.DECIMAL
        || scalar.equals(ValueType.longInteger()) || scalar.equals(ValueType.finiteDouble());
  }

  private static boolean isText(ValueType<?> type) {
    return type.shape() == ValueType.Shape.SCALAR && ((ScalarType<?>) type).scalar() == ScalarType.Scalar.STRING;
  }

  /**
   * Checks {@code value}, a property's value as {@link Property#valueOrNull} gives it ({@code null}
   * when absent), against this constraint — all but {@link Kind#REQUIRED_WHEN}, which needs the
   * other properties (see {@link StructType}).
   *
   * @throws InvalidValueException naming {@code field} when the value breaks it
   */
  public void check(String field, @Nullable Object value) {
    if (value == null || kind == Kind.REQUIRED_WHEN) {
      return;
    }
    if (appliesToList()) {
      checkList(field, (List<?>) value);
    } else if (value instanceof List) {
      List<?> items = (List<?>) value;
      for (int i = 0; i < items.size(); i++) {
        checkOne(field + "[" + i + "]", items.get(i));
      }
    } else {
      checkOne(field, value);
    }
  }

  private void checkList(String field, List<?> items) {
    if (kind == Kind.UNIQUE_ITEMS) {
      Set<Object> seen = new HashSet<>();
      for (Object item : items) {
        if (!seen.add(item)) {
          throw new InvalidValueException(field, "lists " + item + " twice; must be " + describe());
        }
      }
    } else if (BigDecimal.valueOf(items.size()).compareTo(Objects.requireNonNull(min)) < 0
        || (max != null && BigDecimal.valueOf(items.size()).compareTo(max) > 0)) {
      throw new InvalidValueException(field, "has " + items.size() + " items; must have " + describe());
    }
  }

  /** A double as a decimal to compare with the bounds: an infinity is past either, NaN within none. */
  private BigDecimal rangeOf(String field, double value) {
    if (Double.isNaN(value)) {
      throw new InvalidValueException(field, "must be " + describe() + ", was NaN");
    }
    return Double.isInfinite(value)
        ? BigDecimal.valueOf(Double.MAX_VALUE).multiply(BigDecimal.valueOf(value > 0 ? 10 : -10))
        : new BigDecimal(value);
  }

  private void checkOne(String field, Object value) {
    switch (kind) {
      case RANGE:
        BigDecimal number = value instanceof Money ? ((Money) value).amount()
            : value instanceof BigDecimal ? (BigDecimal) value
            : value instanceof Double ? rangeOf(field, (Double) value)
            : BigDecimal.valueOf(((Number) value).longValue());
        if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
          throw new InvalidValueException(field, "must be " + describe() + ", was " + number.toPlainString());
        }
        break;
      case NON_BLANK:
        Collection<String> texts = value instanceof LocalizedText ? ((LocalizedText) value).byLanguage().values() : List.of((String) value);
        for (String text : texts) {
          if (text.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
          }
        }
        break;
      default: // PATTERN
        if (!Objects.requireNonNull(pattern).matcher((String) value).matches()) {
          throw new InvalidValueException(field, "must match " + pattern.pattern() + ", was " + Excerpt.quote((String) value));
        }
    }
  }
}
