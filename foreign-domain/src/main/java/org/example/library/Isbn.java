package org.example.library;

import java.util.List;
import java.util.Locale;
import org.keneya.core.kind.ScalarType;

/**
 * An ISBN-13 (a GTIN of the book trade): thirteen digits whose last is a check digit. A scalar type
 * of the library's own, which Keneya's codecs, schemas, validator and generators carry through its
 * {@link #TYPE} alone.
 *
 * @param digits the thirteen digits
 */
public record Isbn(String digits) {
  /**
   * The scalar {@code isbn}: written as its digits, refused unless the check digit is right, a
   * string matching {@code [0-9]{13}} in both schemas, generated with a valid check digit.
   */
  // tag::scalar[]
  public static final ScalarType<Isbn> TYPE = ScalarType.builder("isbn", Isbn.class)
      .pattern("97[89][0-9]{10}")
      .parse(Isbn::of)
      .format(Isbn::digits)
      .generator(random -> withCheckDigit(List.of("978", "979").get(random.nextInt(2))
          + String.format(Locale.ROOT, "%09d", random.nextLong(1_000_000_000L))))
      .build();
  // end::scalar[]

  /** Checks the digits and the check digit. */
  public Isbn {
    if (digits == null || !digits.matches("[0-9]{13}") || checkDigit(digits.substring(0, 12)) != digits.charAt(12) - '0') {
      throw new IllegalArgumentException("not an ISBN-13: " + digits);
    }
  }

  /** The ISBN written {@code digits}. */
  public static Isbn of(String digits) {
    return new Isbn(digits);
  }

  private static Isbn withCheckDigit(String twelve) {
    return new Isbn(twelve + checkDigit(twelve));
  }

  private static int checkDigit(String twelve) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10;
  }
}
