package org.keneya.core.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReasonsTest {
  @Test
  void aReasonFromCoreIsCutToAnExcerptOfTheValueItQuotes() {
    String value = "x".repeat(100_000);
    assertEquals("not a valid date: \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" (100000 characters)",
        Reasons.shortened("not a valid date: \"" + value + "\"", value));
    assertEquals("short: \"abc\"", Reasons.shortened("short: \"abc\"", "abc"));
    String unquoted = Reasons.shortened("invalid: " + value, null);
    assertEquals("invalid: " + "x".repeat(991) + "… (100009 characters)", unquoted);
  }

  @Test
  void aParsersRefusalLosesItsRedactedLocationAndNamesTheLimitAsReadLimitsDoes() {
    assertEquals("not well-formed JSON", Reasons.parserReason(null, false));
    assertEquals("Unexpected end-of-input: expected close marker for Array",
        Reasons.parserReason("Unexpected end-of-input: expected close marker for Array (start marker at "
            + "[Source: REDACTED; line: 1, column: 1])", false));
    assertEquals("String value length (20001) exceeds the maximum allowed (20000, the limit maxTextLength)",
        Reasons.parserReason("String value length (20001) exceeds the maximum allowed (20000, from "
            + "`StreamReadConstraints.getMaxStringLength()`)", true));
    assertEquals("Depth (65) exceeds the maximum allowed nesting depth (64, the limit maxNestingDepth)",
        Reasons.parserReason("Depth (65) exceeds the maximum allowed nesting depth (64, from "
            + "`StreamReadConstraints.getMaxNestingDepth()`)", true));
  }
}
