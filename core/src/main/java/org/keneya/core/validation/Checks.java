package org.keneya.core.validation;

import com.google.common.base.Strings;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.InvalidValueException;

/**
 * The one validation helper used by every builder and {@code @Value.Check} in Keneya: each check
 * names the field it guards and throws {@link InvalidValueException} with a message a person can
 * act on.
 *
 * <pre>{@code
 * @Value.Check
 * void check() {
 *   Checks.notBlank("Note.text", text());
 *   Checks.check(end().compareTo(start()) >= 0, "DateRange.end", "must not be before start %s", start());
 * }
 * }</pre>
 */
public final class Checks {
  private Checks() {}

  /** Refuses {@code null}. */
  public static <T> T notNull(String field, @Nullable T value) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  /** Refuses {@code null}, empty and whitespace-only text. */
  public static String notBlank(String field, @Nullable String value) {
    notNull(field, value);
    if (value.isBlank()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    return value;
  }

  /** Refuses a negative number. */
  public static BigDecimal notNegative(String field, BigDecimal value) {
    if (notNull(field, value).signum() < 0) {
      throw new InvalidValueException(field, "must not be negative, was " + Excerpt.of(value.toPlainString()));
    }
    return value;
  }

  /** Refuses an empty collection. */
  public static <C extends Collection<?>> C notEmpty(String field, C values) {
    if (notNull(field, values).isEmpty()) {
      throw new InvalidValueException(field, "must not be empty");
    }
    return values;
  }

  /**
   * Refuses a list holding an element twice, naming what it holds: {@code distinct("Document.authors",
   * "an author", authors())} fails with {@code lists an author twice: [...]}. Short lists, the usual case,
   * are compared pairwise without building a set.
   */
  public static <L extends List<?>> L distinct(String field, String element, L values) {
    int size = notNull(field, values).size();
    boolean repeated = false;
    if (size <= 8) {
      for (int i = 1; i < size && !repeated; i++) {
        for (int j = 0; j < i && !repeated; j++) {
          repeated = values.get(i).equals(values.get(j));
        }
      }
    } else {
      repeated = new HashSet<>(values).size() < size;
    }
    if (repeated) {
      throw new InvalidValueException(field, "lists " + element + " twice: " + Excerpt.of(values));
    }
    return values;
  }

  /** Refuses when {@code condition} is false, with a fixed message. */
  public static void check(boolean condition, String field, String message) {
    if (!condition) {
      throw new InvalidValueException(field, message);
    }
  }

  /** As {@link #check(boolean, String, String, Object...)} with one argument, without a varargs array. */
  public static void check(boolean condition, String field, String messageTemplate, @Nullable Object arg) {
    if (!condition) {
      throw new InvalidValueException(field, Strings.lenientFormat(messageTemplate, Excerpt.of(arg)));
    }
  }

  /** As {@link #check(boolean, String, String, Object...)} with two arguments, without a varargs array. */
  public static void check(
      boolean condition, String field, String messageTemplate, @Nullable Object arg1, @Nullable Object arg2) {
    if (!condition) {
      throw new InvalidValueException(field, Strings.lenientFormat(messageTemplate, Excerpt.of(arg1), Excerpt.of(arg2)));
    }
  }

  /**
   * Refuses when {@code condition} is false, with a message formatted like Guava's {@code
   * Preconditions} ({@code %s} placeholders, locale-independent). Checks run for every value built:
   * the fixed-arity overloads allocate nothing until they fail.
   */
  public static void check(
      boolean condition, String field, String messageTemplate, @Nullable Object... args) {
    if (!condition) {
      Object[] shown = new Object[args.length];
      for (int i = 0; i < args.length; i++) {
        shown[i] = Excerpt.of(args[i]);
      }
      throw new InvalidValueException(field, Strings.lenientFormat(messageTemplate, shown));
    }
  }
}
