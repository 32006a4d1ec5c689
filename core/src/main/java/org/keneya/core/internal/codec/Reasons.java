package org.keneya.core.internal.codec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.InvalidValueException;
import org.keneya.core.kind.StructType;

/**
 * Error reasons kept to one readable line, for every reader: core's reasons may quote a refused
 * value whole — as long as {@link ReadLimits#maxTextLength()} allows — and a message a person reads
 * must not be a megabyte long.
 *
 * <pre>{@code
 * throw fail(Reasons.shortened(e.reason(), text)); // the value quoted as an excerpt
 * }</pre>
 */
public final class Reasons {
  /** The most characters of a reason given by core, which may quote a refused value whole. */
  public static final int MAX_REASON = 1_000;

  /** How Jackson names the setting of a limit it refuses a token for. */
  private static final Pattern JACKSON_LIMIT = Pattern.compile("from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`");

  private Reasons() {}

  /**
   * The index of the property of {@code type} that {@code e} names — a value built by {@code
   * type.create} refused as {@code Book.copies: must be 1 or more} or {@code Book.tags[2]: …} — or
   * -1 when it names none (an invariant of the whole value, another type's field). A reader then
   * reports the error at that property's place (its JSON pointer, its CSV column) rather than at the
   * whole value's.
   */
  public static int propertyNamed(StructType<?> type, InvalidValueException e) {
    String field = e.place().path().orElse("");
    int dot = field.indexOf('.');
    if (dot < 0 || !field.substring(0, dot).equals(type.javaType().getSimpleName())) {
      return -1;
    }
    String rest = field.substring(dot + 1);
    int end = 0;
    while (end < rest.length() && Character.isLetterOrDigit(rest.charAt(end))) {
      end++;
    }
    return type.indexOf(rest.substring(0, end));
  }

  /**
   * {@code reason} cut so that the message stays one readable line: {@code text}, the value read,
   * to an excerpt, and anything else past {@value #MAX_REASON} characters; a surrogate pair is
   * kept whole.
   */
  public static String shortened(String reason, @Nullable String text) {
    if (text != null && text.length() > Excerpt.MAX_CHARS && reason.contains(text)) {
      String quoted = Excerpt.quote(text);
      reason = reason.replace("\"" + text + "\"", quoted).replace(text, quoted);
    }
    if (reason.length() <= MAX_REASON) {
      return reason;
    }
    int end = Character.isHighSurrogate(reason.charAt(MAX_REASON - 1)) ? MAX_REASON - 1 : MAX_REASON; // a pair kept whole
    return reason.substring(0, end) + "… (" + reason.length() + " characters)";
  }

  /**
   * The reason a streaming JSON parser (Jackson's, which the JSON codec and the CSV codec's list
   * cells and descriptor use) gives for refusing its input, worded for a person: {@code message}
   * (the parser's message without its location, or null) with the location a value left open at
   * the end names in a redacted source cut, since the caller reports the place itself; and, when
   * {@code limit} (a read constraint refused the token), the limit named as {@link ReadLimits}
   * names it, not by the parser's setting. Cut past {@value #MAX_REASON} characters. Only text is
   * read here: core knows no parser library.
   */
  public static String parserReason(@Nullable String message, boolean limit) {
    if (message == null) {
      return "not well-formed JSON";
    }
    int marker = message.indexOf(" (start marker at ");
    message = marker < 0 ? message : message.substring(0, marker);
    return shortened(limit ? namingTheLimit(message) : message, null);
  }

  /** {@code from `StreamReadConstraints.getMaxStringLength()`} as {@code the limit maxTextLength}. */
  private static String namingTheLimit(String message) {
    Matcher m = JACKSON_LIMIT.matcher(message);
    if (!m.find()) {
      return message;
    }
    String limit;
    switch (m.group(1)) {
      case "NestingDepth":
        limit = "the limit maxNestingDepth";
        break;
      case "StringLength":
        limit = "the limit maxTextLength";
        break;
      case "NumberLength":
        limit = "the limit maxNumberLength, with 8 characters for a sign, a point and an exponent";
        break;
      case "NameLength":
        limit = "the most characters of a property name";
        break;
      default:
        return message;
    }
    return message.substring(0, m.start()) + limit + message.substring(m.end());
  }
}
