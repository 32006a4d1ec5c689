package org.keneya.core.value;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.keneya.core.validation.Checks;

/**
 * A stable, human-readable key of an entity within its kind, such as {@code ada} or {@code
 * review-2017.n3}: lowercase ASCII letters and digits in segments joined by {@code .}, {@code
 * -} or {@code _}, at most 120 characters.
 *
 * <p>Ids order naturally: digit runs compare as numbers, so {@code r2} sorts before {@code r10},
 * and a dataset lists entities in the order a reader expects.
 *
 * <pre>{@code
 * Id id = Id.of("review-2017.n3");
 * Id.of("Ada"); // InvalidValueException: Id: must be lowercase ...
 * }</pre>
 */
public final class Id implements Comparable<Id> {
  /** The syntax every id follows. */
  public static final Pattern SYNTAX = Pattern.compile("[a-z0-9]+([._-][a-z0-9]+)*");

  static final int MAX_LENGTH = 120;

  private final String value;

  private Id(String value) {
    this.value = value;
  }

  /** Parses and validates an id. */
  public static Id of(String value) {
    Checks.notNull("Id", value);
    Checks.check(
        value.length() <= MAX_LENGTH, "Id", "must be at most %s characters: \"%s\"", MAX_LENGTH, value);
    Checks.check(
        Syntax.segments(value, false, "._-"), // = SYNTAX, without a regex
        "Id",
        "must be lowercase letters and digits in segments joined by '.', '-' or '_', was \"%s\"",
        value);
    return new Id(value);
  }

  /** The id as written. */
  public String value() {
    return value;
  }

  /** Natural order: digit runs compare numerically, then the plain text breaks ties. */
  @Override
  public int compareTo(Id other) {
    return NaturalOrder.compare(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Id && value.equals(((Id) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
