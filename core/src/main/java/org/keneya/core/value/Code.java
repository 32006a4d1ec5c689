package org.keneya.core.value;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.keneya.core.validation.Checks;

/**
 * A code from a codelist, such as {@code in-progress} or {@code XOF}: ASCII letters and digits in
 * segments joined by {@code .}, {@code -} or {@code _}. Which codelist it belongs to is said by the
 * property that holds it; a dataset's validation checks that the code is listed there.
 *
 * <pre>{@code
 * Code status = Code.of("in-progress");
 * }</pre>
 */
public final class Code implements Comparable<Code> {
  /** The syntax every code follows. */
  public static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9]+([._-][A-Za-z0-9]+)*");

  private final String value;

  private Code(String value) {
    this.value = value;
  }

  public static Code of(String value) {
    Checks.notNull("Code", value);
    Checks.check(
        value.length() <= 64 && Syntax.segments(value, true, "._-"), // = SYNTAX, without a regex
        "Code",
        "must be letters and digits in segments joined by '.', '-' or '_' (at most 64), was \"%s\"",
        value);
    return new Code(value);
  }

  public String value() {
    return value;
  }

  @Override
  public int compareTo(Code other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Code && value.equals(((Code) o).value);
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
