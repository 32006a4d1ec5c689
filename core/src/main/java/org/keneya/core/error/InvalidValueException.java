package org.keneya.core.error;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A value was refused while it was being built: a blank text, a negative amount, an end date
 * before its start, a required attribute never set. The {@link #place()} names the field, as in
 * {@code Note.text}.
 *
 * <pre>{@code
 * Note.builder().id(Id.of("n1")).build();
 * // InvalidValueException: Note.text: is required
 * }</pre>
 */
public class InvalidValueException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  public InvalidValueException(String field, String reason) {
    super(Place.field(field), reason);
  }

  /**
   * Used by the Immutables-generated builders, which report a missing attribute or a {@code null}
   * argument with a single message — {@code "Cannot build Note, some of required attributes are
   * not set [text]"}, the attribute's name ({@code "text"}) or a list's element ({@code "tags
   * element"}) — and no type. The place is made to name the type and the attribute, as {@code
   * Note.text}; the type of a bare attribute name is the generated class that threw (found on the
   * stack, only when a value is refused).
   */
  public InvalidValueException(String message) {
    this(GeneratedMessage.parse(message));
  }

  private InvalidValueException(GeneratedMessage message) {
    super(message.place(), message.reason());
  }

  /** A message of generated code, taken apart into a place and a reason. */
  private record GeneratedMessage(Place place, String reason) {
    private static final Pattern NOT_SET =
        Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");
    private static final Pattern NAME = Pattern.compile("([A-Za-z_$][\\w$]*)( element)?");

    static GeneratedMessage parse(@Nullable String message) {
      if (message == null || message.isBlank()) {
        return new GeneratedMessage(Place.unknown(), "a required value is missing");
      }
      Matcher notSet = NOT_SET.matcher(message);
      if (notSet.matches()) {
        String type = notSet.group(1);
        String attributes = notSet.group(2);
        return attributes.contains(",")
            ? new GeneratedMessage(Place.field(type), "required attributes not set: " + attributes)
            : new GeneratedMessage(Place.field(type + "." + attributes), "is required");
      }
      Matcher name = NAME.matcher(message);
      if (name.matches()) {
        String field = generatedType().map(t -> t + ".").orElse("") + name.group(1);
        return new GeneratedMessage(
            Place.field(field), name.group(2) == null ? "must not be null" : "must not hold a null element");
      }
      return new GeneratedMessage(Place.unknown(), message);
    }

    /** The value type whose generated class ({@code ImmutableNote}, {@code ImmutableNote$Builder}) threw. */
    private static Optional<String> generatedType() {
      return StackWalker.getInstance().walk(frames -> frames
          .map(StackWalker.StackFrame::getClassName)
          .map(c -> c.substring(c.lastIndexOf('.') + 1))
          .map(c -> c.contains("$") ? c.substring(0, c.indexOf('$')) : c)
          .filter(c -> c.startsWith("Immutable") && c.length() > "Immutable".length())
          .map(c -> c.substring("Immutable".length()))
          .findFirst());
    }
  }
}
