package org.keneya.io.xlsx.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sheet names as Excel takes them: at most 31 characters, none of {@code []:*?/\}, unique without
 * regard to case. A name that is taken is shortened and given a number ({@code long-name~2}). The
 * same names asked in the same order give the same sheet names, so that the reader finds the
 * sheets the writer made.
 */
final class SheetNames {
  static final int MAX_LENGTH = 31;

  private final Set<String> taken = new HashSet<>();

  /** A sheet name for {@code wanted}, not given before. */
  String allocate(String wanted) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
    if (base.startsWith("'")) {
      base = "_" + base.substring(1);
    }
    String name = shorten(base, MAX_LENGTH);
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = "~" + n;
      name = shorten(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    return name;
  }

  private static String shorten(String name, int length) {
    return name.length() <= length ? name : name.substring(0, length);
  }
}
