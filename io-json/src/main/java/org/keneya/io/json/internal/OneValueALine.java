package org.keneya.io.json.internal;

import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;

/**
 * The rule of JSON Lines that each value — the header and every entity — starts and ends on one
 * line, a line of its own. A value spread over lines is refused, and so is a value starting on the
 * line where the one before it ends; an error found on a later line than the value's start is
 * reported on the value's own line: that line ended inside the value.
 */
public final class OneValueALine {
  private OneValueALine() {}

  /**
   * Refuses a value whose first token, the current one, is on {@code previousEnd}, the line where
   * the value before it ends. A line the parser cannot tell (0) is not checked.
   */
  public static void checkStart(ValueReader r, long previousEnd) {
    long line = r.line();
    if (line > 0 && line == previousEnd) {
      throw r.fail("a second value on line " + line + "; JSON Lines has one value a line");
    }
  }

  /**
   * Refuses the value {@code what} (such as {@code "header"}) that started on {@code line} if the
   * current token, its last, is on another. A line the parser cannot tell (0) is not checked.
   */
  public static void checkEnd(ValueReader r, long line, String what) {
    long end = r.line();
    if (line > 0 && end > 0 && end != line) {
      throw r.fail("the " + what + " that starts on line " + line + " ends on another; JSON Lines has one value a line");
    }
  }

  /**
   * {@code e} if it is on {@code line}, the value's first; otherwise the error of a line that ends
   * inside its value (a line cut short runs on into the next one), with what the parser found.
   */
  public static MalformedInputException onItsLine(MalformedInputException e, long line) {
    if (line <= 0 || e.place().line().orElse(line) <= line) {
      return e;
    }
    return new MalformedInputException(Place.of(e.place().source().orElse(null), null, line, 0),
        "the line ends inside its value; reading on, line " + e.place().line().getAsLong() + ": " + e.reason(), e);
  }
}
