package org.keneya.core.error;

/**
 * Input that a codec cannot turn into data: bad syntax, a wrong type, an unknown or missing field,
 * a dangling reference. The {@link #place()} names the file, JSON pointer, line, column or CSV row.
 *
 * <pre>{@code
 * // MalformedInputException: notes.csv, row 4, column due: not a date: "demain"
 * }</pre>
 */
public class MalformedInputException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  public MalformedInputException(Place place, String reason) {
    super(place, reason);
  }

  public MalformedInputException(Place place, String reason, Throwable cause) {
    super(place, reason, cause);
  }
}
