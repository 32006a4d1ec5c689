package org.keneya.core.error;

/**
 * A value was refused while it was being built: a blank text, a negative amount, an end date
 * before its start, a required attribute never set. The {@link #place()} names the field, as in
 * {@code Note.text}.
 *
 * <pre>{@code
 * Note.builder().id(Id.of("n1")).build();
 * // InvalidValueException: Note: required attribute not set: text
 * }</pre>
 */
public class InvalidValueException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String field, String reason) {
    super(Place.field(field), reason);
  }

  /**
   * Used by the Immutables-generated builders, which report a missing attribute or a {@code null}
   * argument with a single message such as {@code "Cannot build Note, some of required
   * attributes are not set [text]"} or the name of the attribute.
   */
  public InvalidValueException(String message) {
    super(Place.unknown(), describe(message));
  }

  private static String describe(String message) {
    if (message == null || message.isBlank()) {
      return "a required value is missing";
    }
    return message.matches("[A-Za-z_$][\\w$]*") ? "must not be null: " + message : message;
  }
}
