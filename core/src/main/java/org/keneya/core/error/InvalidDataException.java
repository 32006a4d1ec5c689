package org.keneya.core.error;

import static java.util.Objects.requireNonNull;

/**
 * Data was refused, and {@link #place()} says where: a field of a value being built, a JSON
 * pointer with its line and column, or a CSV file, row and column.
 *
 * <pre>{@code
 * try {
 *   Money.of("-5", "XOF");
 * } catch (InvalidDataException e) {
 *   e.place();   // Money.amount
 *   e.reason();  // must not be negative...
 * }
 * }</pre>
 */
public class InvalidDataException extends KeneyaException {
  private static final long serialVersionUID = 1L;

  private final Place place;
  private final String reason;

  public InvalidDataException(Place place, String reason) {
    super(requireNonNull(place, "place") + ": " + requireNonNull(reason, "reason"));
    this.place = place;
    this.reason = reason;
  }

  public InvalidDataException(Place place, String reason, Throwable cause) {
    super(requireNonNull(place, "place") + ": " + requireNonNull(reason, "reason"), cause);
    this.place = place;
    this.reason = reason;
  }

  /** Where the refused data is. */
  public Place place() {
    return place;
  }

  /** Why it was refused, without the place. */
  public String reason() {
    return reason;
  }
}
