package org.keneya.core.codec;

import org.jspecify.annotations.Nullable;

/**
 * A value quoted in an error message, cut to a short excerpt: a hostile file can hold a text of a
 * million characters, and a message must stay one readable line.
 *
 * <pre>{@code
 * Excerpt.quote("demain");              // "demain"
 * Excerpt.quote("1".repeat(1_000_000)); // "1111111111111111111111111111111111111111…" (1000000 characters)
 * }</pre>
 */
public final class Excerpt {
  /** The characters of a value a message quotes at most. */
  public static final int MAX_CHARS = 40;

  private Excerpt() {}

  /**
   * The value in double quotes; past {@link #MAX_CHARS} characters, its start, an ellipsis and its
   * length. Line breaks and other control characters are shown escaped, so the message stays on
   * one line; a surrogate half is never cut from its pair.
   */
  public static String quote(CharSequence value) {
    int end = Math.min(value.length(), MAX_CHARS);
    if (end < value.length() && end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 32).append('"');
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      if (Character.isSurrogate(c) && !paired(value, i)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c)); // a lone half, shown rather than passed on
      } else {
        appendVisible(out, c);
      }
    }
    out.append('"');
    if (end < value.length()) {
      out.insert(out.length() - 1, '…').append(" (").append(value.length()).append(" characters)");
    }
    return out.toString();
  }

  /**
   * A value's text for a message, unquoted, as {@link String#valueOf(Object)} gives it when it is
   * short, else cut as {@link #quote} cuts it: for values a message shows as they are (numbers,
   * lists, dates) that a hostile input can still make long.
   */
  public static String of(@Nullable Object value) {
    String text = String.valueOf(value);
    if (text.length() <= 4 * MAX_CHARS) {
      return text;
    }
    String quoted = quote(text);
    return quoted.substring(1, quoted.lastIndexOf('"')) + quoted.substring(quoted.lastIndexOf('"') + 1);
  }

  private static boolean paired(CharSequence value, int i) {
    char c = value.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }

  private static void appendVisible(StringBuilder out, char c) {
    switch (c) {
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      case '"':
        out.append("\\\"");
        break;
      case '\\':
        out.append("\\\\");
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          out.append(c);
        }
    }
  }
}
