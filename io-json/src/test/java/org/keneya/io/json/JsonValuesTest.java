package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.ValueType;

/** One value read from JSON text, as a CSV reader reads a cell holding a list, within its limits. */
class JsonValuesTest {
  private static final String CELL = "budget.csv, row 4, column amounts";
  private static final ValueType<?> DECIMALS = ValueType.list(ValueType.decimal());
  private static final ValueType<?> STRINGS = ValueType.list(ValueType.string());

  private static MalformedInputException refused(ValueType<?> type, String json, JsonOptions options) {
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> JsonValues.fromJson(type, json, CELL, options));
    assertEquals(CELL, e.place().source().orElseThrow(), e::getMessage);
    assertTrue(e.getMessage().length() < 500, () -> e.getMessage().substring(0, 500));
    return e;
  }

  @Test
  void aValueIsReadWithinTheCallersLimits() {
    JsonOptions two = JsonOptions.defaults().limits(ReadLimits.builder().maxListLength(2).build());
    assertEquals(List.of("a", "b"), JsonValues.fromJson(STRINGS, "[\"a\",\"b\"]", CELL, two));
    MalformedInputException e = refused(STRINGS, "[\"a\",\"b\",\"c\"]", two);
    assertEquals("/2", e.place().path().orElseThrow());
    assertTrue(e.reason().contains("maxListLength"), e::reason);
    assertEquals(List.of("a", "b", "c"), JsonValues.fromJson(STRINGS, "[\"a\",\"b\",\"c\"]", CELL),
        "the overload without options reads within the defaults");

    JsonOptions short5 = JsonOptions.defaults().limits(ReadLimits.builder().maxTextLength(5).build());
    assertTrue(refused(STRINGS, "[\"abcdef\"]", short5).reason().contains("maxTextLength"));
    JsonOptions shallow = JsonOptions.defaults().limits(ReadLimits.builder().maxNestingDepth(1).build());
    assertTrue(refused(ValueType.list(STRINGS), "[[\"a\"]]", shallow).reason().contains("maxNestingDepth"));
  }

  @Test
  void decimalsAreReadInTheirNormalForm() {
    assertEquals(List.of(new BigDecimal("100"), new BigDecimal("1.50")),
        JsonValues.fromJson(DECIMALS, "[1E+2,1.50]", CELL, JsonOptions.defaults()));
  }

  @Test
  void everyHostileCellIsAMalformedInputExceptionNamingTheCell() {
    String million = "x".repeat(1_000_000);
    for (String json : List.of("", " ", "[", "[1,", "[1]]", "{}", "null", "[null]", "[\"a\"]", "[1e400]",
        "[1e2147483647]", "[1E+999999999]", "[1e-2147483648]", "[1e99999999999]", "[" + "9".repeat(10_000) + "]",
        "[".repeat(10_000), "[\"\\ud800\"]", "[\"" + million + "\"]", "[" + million + "]", "\u0000", "[1]\u0000")) {
      refused(DECIMALS, json, JsonOptions.defaults());
    }
    for (String json : List.of("[\"\\ud800\"]", "[\"" + million + "x\"]", "[1]", "[\"a\"]]")) {
      refused(STRINGS, json, JsonOptions.defaults());
    }
  }
}
