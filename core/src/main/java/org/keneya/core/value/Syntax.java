package org.keneya.core.value;

/**
 * The segment syntax shared by ids, codes and kind names — alphanumeric segments joined by
 * separators — checked without a regex: values are checked for every record read.
 */
final class Syntax {
  private Syntax() {}

  /**
   * Whether {@code value} is one or more segments of ASCII lowercase letters and digits (and
   * uppercase letters when {@code upperCase}) joined by single characters of {@code separators}.
   */
  static boolean segments(String value, boolean upperCase, String separators) {
    boolean afterSeparator = true; // at the start, as after a separator, a letter or digit must come
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (upperCase && c >= 'A' && c <= 'Z')) {
        afterSeparator = false;
      } else if (!afterSeparator && separators.indexOf(c) >= 0) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }
}
