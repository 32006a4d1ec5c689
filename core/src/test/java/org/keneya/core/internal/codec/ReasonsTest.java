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
}
