package org.keneya.core.value;

/** Compares text so that runs of ASCII digits compare as numbers ({@code r2 < r10}). */
final class NaturalOrder {
  private NaturalOrder() {}

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (isDigit(ca) && isDigit(cb)) {
        int endA = digitsEnd(a, i);
        int endB = digitsEnd(b, j);
        int byNumber = compareDigits(a, i, endA, b, j, endB);
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(a.length() - i, b.length() - j);
    return byLength != 0 ? byLength : a.compareTo(b);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Compares two digit runs by value without parsing, so any length works. */
  private static int compareDigits(String a, int i, int endA, String b, int j, int endB) {
    while (i < endA - 1 && a.charAt(i) == '0') {
      i++;
    }
    while (j < endB - 1 && b.charAt(j) == '0') {
      j++;
    }
    int byLength = Integer.compare(endA - i, endB - j);
    if (byLength != 0) {
      return byLength;
    }
    for (; i < endA; i++, j++) {
      if (a.charAt(i) != b.charAt(j)) {
        return Character.compare(a.charAt(i), b.charAt(j));
      }
    }
    return 0;
  }
}
