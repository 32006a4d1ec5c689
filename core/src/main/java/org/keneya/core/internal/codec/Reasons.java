package org.keneya.core.internal.codec;

import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.codec.ReadLimits;

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

  private Reasons() {}

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
}
