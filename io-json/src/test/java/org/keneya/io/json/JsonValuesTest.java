package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.ValueType;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.PartialDate;

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
  void aRangeIsWrittenInThePrecisionOfEachEndAndARangeOfDaysAsBefore() {
    assertEquals("{\"start\":\"2014\",\"end\":\"2023\"}", JsonValues.toJson(ValueType.dateRange(), DateRange.years(2014, 2023)));
    assertEquals("{\"start\":\"2023-06\",\"end\":\"2024-02-29\"}", JsonValues.toJson(ValueType.dateRange(),
        DateRange.of(PartialDate.ofMonth(2023, 6), PartialDate.of(LocalDate.of(2024, 2, 29)))));
    String days = "{\"start\":\"2023-12-26\",\"end\":\"2023-12-29\"}";
    DateRange workshop = DateRange.of(LocalDate.of(2023, 12, 26), LocalDate.of(2023, 12, 29));
    assertEquals(days, JsonValues.toJson(ValueType.dateRange(), workshop));
    assertEquals(workshop, JsonValues.fromJson(ValueType.dateRange(), days, CELL, JsonOptions.defaults()));
    assertEquals(DateRange.years(2014, 2023),
        JsonValues.fromJson(ValueType.dateRange(), "{\"start\":\"2014\",\"end\":\"2023\"}", CELL, JsonOptions.defaults()));
    MalformedInputException backwards = refused(ValueType.dateRange(), "{\"start\":\"2024\",\"end\":\"2023-06\"}",
        JsonOptions.defaults());
    assertTrue(backwards.reason().contains("2023-06 is before start 2024"), backwards::reason);
    assertEquals("/start", refused(ValueType.dateRange(), "{\"start\":\"2014-1\",\"end\":\"2023\"}", JsonOptions.defaults())
        .place().path().orElseThrow());
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
