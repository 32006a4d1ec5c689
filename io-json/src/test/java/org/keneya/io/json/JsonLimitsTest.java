package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.json.Networks.HEAD;
import static org.keneya.io.json.Networks.REGISTRY;
import static org.keneya.io.json.Networks.refused;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.ValueType;
import org.keneya.testdomain.Station;

/**
 * Each of the {@link ReadLimits} a JSON reader applies, exceeded: refused with the source, the
 * pointer, the line and the limit's name, never with an exception of another kind, and with
 * messages that quote a hostile value only as a short excerpt.
 */
class JsonLimitsTest {
  private static final JsonCodec CODEC = codec(ReadLimits.defaults());

  private static final String TAIL = "\n]}}";

  private static JsonCodec codec(ReadLimits limits) {
    return JsonCodec.create(REGISTRY, JsonOptions.defaults().checkReferences(false).limits(limits));
  }

  /**
   * A dataset of one station, on line 3, whose latitude is written {@code latitude}: past the
   * limits, or within the declared range from -90 to 90, which the reader checks too.
   */
  private static String latitude(String latitude) {
    return station("\"Kati\"", latitude, "[]");
  }

  private static String station(String name, String latitude, String partners) {
    return station("\"name\":{\"fr\":" + name + "},\"latitude\":" + latitude + ",\"partners\":" + partners);
  }

  /** A dataset of one station, on line 3, with the given properties after its required ones. */
  private static String station(String properties) {
    return HEAD + "\"station\":[\n{\"id\":\"s1\",\"operator\":\"o1\",\"status\":\"active\",\"automatic\":false,"
        + properties + "}" + TAIL;
  }

  /** A dataset of one operator, on line 3, with the given properties after its id and type. */
  private static String operator(String properties) {
    return HEAD + "\"operator\":[\n{\"id\":\"dmn\",\"type\":\"agency\"," + properties + "}" + TAIL;
  }

  private static void assertRefusedAt(MalformedInputException e, String pointer, long line, String limit) {
    Networks.assertPlace(e, pointer, line);
    assertTrue(e.reason().contains(limit), () -> "the limit " + limit + " named in: " + e.getMessage());
  }

  private static Dataset read(JsonCodec codec, String json) {
    return codec.fromBytes(json.getBytes(StandardCharsets.UTF_8));
  }

  // ---- texts

  @Test
  void aTextPastMaxTextLengthIsRefusedAtItsPointerNamingTheLimit() {
    JsonCodec short20 = codec(ReadLimits.builder().maxTextLength(20).build());
    assertRefusedAt(refused(short20, station("\"" + "x".repeat(21) + "\"", "1", "[]")),
        "/kinds/station/0/name/fr", 3, "maxTextLength");
    assertRefusedAt(refused(short20, operator("\"name\":{\"fr\":\"DMN\"},\"website\":\"" + "x".repeat(21) + "\"")),
        "/kinds/operator/0/website", 3, "maxTextLength");
    read(short20, station("\"" + "x".repeat(20) + "\"", "1", "[]")); // at the limit: read
  }

  @Test
  void aLoneSurrogateIsRefusedInAStringAndInALocalizedText() {
    assertRefusedAt(refused(CODEC, operator("\"name\":{\"fr\":\"DMN\"},\"website\":\"\\ud800\"")),
        "/kinds/operator/0/website", 3, "lone UTF-16 surrogate");
    assertRefusedAt(refused(CODEC, operator("\"name\":{\"fr\":\"DMN\",\"en\":\"a\\udc00b\"}")),
        "/kinds/operator/0/name/en", 3, "lone UTF-16 surrogate");
    assertRefusedAt(refused(CODEC, station("\"name\":{\"fr\":\"Kati\"},\"tags\":[\"ok\",\"\\ud83d\"]")),
        "/kinds/station/0/tags/1", 3, "lone UTF-16 surrogate");
    // a pair, escaped or not, is a character like any other
    Station paired = read(CODEC, station("\"name\":{\"fr\":\"\\ud83d\\ude00 Kati\"},\"tags\":[\"\uD83D\uDE00\"]"))
        .entities(Station.KIND).get(0);
    assertEquals("\uD83D\uDE00 Kati", paired.name().text());
    assertEquals(List.of("\uD83D\uDE00"), paired.tags());
  }

  @Test
  void messagesQuoteAtMostAnExcerptOfAMillionCharacterValue() {
    String million = "X".repeat(1_000_000);
    List<MalformedInputException> refusals = List.of(
        refused(CODEC, operator("\"name\":{\"fr\":\"DMN\"},\"website\":\"" + million + "x\"")), // past maxTextLength
        refused(CODEC, HEAD + "\"operator\":[\n{\"id\":\"" + million + "\",\"type\":\"agency\"}" + TAIL), // not an id
        refused(CODEC, station("\"" + million.substring(1) + "\\ud800\"", "1", "[]")), // a lone surrogate at its end
        refused(CODEC, station("\"name\":{\"fr\":\"A\"},\"operating\":{\"start\":\"" + million
            + "\",\"end\":\"2022-08-24\"}")), // not a date
        refused(CODEC, "{\"format\":\"" + million + "\",\"version\":1,\"kinds\":{}}")); // not the format
    for (MalformedInputException e : refusals) {
      assertTrue(e.getMessage().length() < 500, () -> e.getMessage().length() + " characters: "
          + e.getMessage().substring(0, 600));
      assertTrue(!e.getMessage().contains("XXXX") || e.getMessage().contains("XXXX…"), e::getMessage);
    }
    MalformedInputException kind = assertThrows(MalformedInputException.class, () -> JsonLines.reader(
        new ByteArrayInputStream(("{\"format\":\"keneya-jsonl\",\"version\":1}\n{\"kind\":\"" + million
            + "\",\"entity\":{}}\n").getBytes(StandardCharsets.UTF_8)), "s.jsonl", REGISTRY).next());
    assertTrue(kind.getMessage().length() < 500, () -> kind.getMessage().substring(0, 600));
    assertTrue(kind.reason().startsWith("unknown kind \"XXXX"), kind::reason);
  }

  // ---- numbers

  @Test
  void aDecimalPastMaxNumberLengthIsRefusedAtItsPointer() {
    assertRefusedAt(refused(CODEC, latitude("1e400")), "/kinds/station/0/latitude", 3, "maxNumberLength = 100");
    assertRefusedAt(refused(CODEC, latitude("1" + "0".repeat(100))), "/kinds/station/0/latitude", 3,
        "a number of 101 digits in plain notation");
    assertRefusedAt(refused(CODEC, latitude("0." + "0".repeat(99) + "1")), "/kinds/station/0/latitude", 3,
        "maxNumberLength = 100");
    assertEquals(new BigDecimal("0." + "9".repeat(99)), read(CODEC, latitude("0." + "9".repeat(99)))
        .entities(Station.KIND).get(0).latitude(), "100 digits, at the limit");
  }

  @Test
  void aNumberTooLongToParseIsRefusedBeforeItIsParsedNamingTheLimit() {
    assertRefusedAt(refused(CODEC, latitude("1" + "0".repeat(200))), "/kinds/station/0/latitude", 3,
        "maxNumberLength");
    assertRefusedAt(refused(CODEC, latitude("1" + "0".repeat(1_000_000))), "/kinds/station/0/latitude", 3,
        "maxNumberLength");
  }

  @Test
  void hugeExponentsAreRefusedCleanlyWithoutExpandingTheNumber() {
    for (String number : List.of("1e2147483647", "1E+999999999", "1e-2147483648", "-1e-99999999999", "1e99999999999")) {
      MalformedInputException e = refused(CODEC, latitude(number));
      assertRefusedAt(e, "/kinds/station/0/latitude", 3, "maxNumberLength = 100");
    }
    MalformedInputException integer = refused(CODEC, station("\"name\":{\"fr\":\"A\"},\"elevation\":99999999999"));
    assertRefusedAt(integer, "/kinds/station/0/elevation", 3, "integer out of range: \"99999999999\"");
    MalformedInputException exponent = refused(CODEC, station("\"name\":{\"fr\":\"A\"},\"elevation\":1e2147483647"));
    assertRefusedAt(exponent, "/kinds/station/0/elevation", 3, "expected an integer, found a number");
  }

  @Test
  void aDecimalInExponentNotationIsReadInTheNormalFormTheWritersWriteBack() {
    Dataset read = read(CODEC, latitude("1E+1"));
    Station station = read.entities(Station.KIND).get(0);
    assertEquals(new BigDecimal("10"), station.latitude(), "10, scale 0, equal as BigDecimal");
    String written = new String(CODEC.toBytes(read), StandardCharsets.UTF_8);
    assertTrue(written.contains("\"latitude\":10,") || written.contains("\"latitude\":10}"), written);
    assertEquals(read, read(CODEC, written));
    assertEquals(station, read(CODEC, latitude("10")).entities(Station.KIND).get(0));
    // trailing zeros after the point are what a source stated: kept
    assertEquals(new BigDecimal("1.50"), read(CODEC, latitude("1.50")).entities(Station.KIND).get(0).latitude());
  }

  // ---- lists and nesting

  @Test
  void aListPastMaxListLengthIsRefusedAtTheElementPastIt() {
    JsonCodec two = codec(ReadLimits.builder().maxListLength(2).build());
    assertRefusedAt(refused(two, station("\"I\"", "1", "[\"a\",\"b\",\"c\"]")),
        "/kinds/station/0/partners/2", 3, "maxListLength");
    assertEquals(2, read(two, station("\"I\"", "1", "[\"a\",\"b\"]")).entities(Station.KIND).get(0).partners().size());
  }

  @Test
  void aLocalizedTextOfMoreLanguagesThanMaxListLengthIsRefusedAtTheLanguagePastIt() {
    JsonCodec two = codec(ReadLimits.builder().maxListLength(2).build());
    assertRefusedAt(refused(two, operator("\"name\":{\"fr\":\"DMN\",\"en\":\"DMN\",\"bm\":\"DMN\"}")),
        "/kinds/operator/0/name/bm", 3, "maxListLength");
    assertEquals(1, read(two, operator("\"name\":{\"fr\":\"DMN\",\"en\":\"DMN\"}")).size(), "two languages: read");
  }

  @Test
  void nestingTenThousandDeepIsRefusedWithAPlace() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    JsonCodec lenient = JsonCodec.create(REGISTRY, JsonOptions.defaults().ignoreUnknownProperties(true));
    MalformedInputException skipped = refused(lenient, operator("\"name\":{\"fr\":\"DMN\"},\"colour\":" + deep));
    assertRefusedAt(skipped, "/kinds/operator/0/colour", 3, "maxNestingDepth");
    MalformedInputException document = refused(CODEC, deep);
    assertEquals(OptionalLong.of(1), document.place().line(), document::getMessage);
    assertTrue(document.reason().startsWith("expected a Keneya dataset object"), document::reason);
    MalformedInputException value = assertThrows(MalformedInputException.class, () -> JsonValues.fromJson(
        ValueType.string(), deep, "cells.csv, row 2, column tags", JsonOptions.defaults()));
    assertEquals("cells.csv, row 2, column tags", value.place().source().orElseThrow());
    JsonCodec shallow = codec(ReadLimits.builder().maxNestingDepth(4).build());
    assertRefusedAt(refused(shallow, operator("\"name\":{\"fr\":\"DMN\"}")), "/kinds/operator/0/name", 3,
        "exceeds the maximum allowed (4, the limit maxNestingDepth)");
  }
}
