package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.plugin.Indicator;
import org.keneya.model.Actor;

/**
 * Each of the {@link ReadLimits} a JSON reader applies, exceeded: refused with the source, the
 * pointer, the line and the limit's name, never with an exception of another kind, and with
 * messages that quote a hostile value only as a short excerpt.
 */
class JsonLimitsTest {
  private static final KindRegistry REGISTRY = KindRegistry.load(); // with the test-only indicator kind
  private static final JsonCodec CODEC = codec(ReadLimits.defaults());

  private static final String HEAD = "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\n";
  private static final String TAIL = "\n]}}";

  private static JsonCodec codec(ReadLimits limits) {
    return JsonCodec.create(REGISTRY, JsonOptions.defaults().checkReferences(false).limits(limits));
  }

  /** A dataset of one indicator, on line 3, whose target is written {@code target}. */
  private static String indicator(String target) {
    return indicator("\"Complétude\"", target, "[]");
  }

  private static String indicator(String name, String target, String sources) {
    return HEAD + "\"indicator\":[\n{\"id\":\"i1\",\"name\":{\"fr\":" + name + "},\"pillar\":\"p1\",\"unit\":\"percent\","
        + "\"target\":" + target + ",\"sources\":" + sources + "}" + TAIL;
  }

  /** A dataset of one actor, on line 3, with the given properties after its id and type. */
  private static String actor(String properties) {
    return HEAD + "\"actor\":[\n{\"id\":\"dns\",\"type\":\"directorate\"," + properties + "}" + TAIL;
  }

  private static MalformedInputException refused(JsonCodec codec, String json) {
    return assertThrows(MalformedInputException.class,
        () -> codec.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "data.json"));
  }

  private static void assertRefusedAt(MalformedInputException e, String pointer, long line, String limit) {
    assertEquals("data.json", e.place().source().orElseThrow(), e::getMessage);
    assertEquals(pointer, e.place().path().orElseThrow(), e::getMessage);
    assertEquals(OptionalLong.of(line), e.place().line(), e::getMessage);
    assertTrue(e.reason().contains(limit), () -> "the limit " + limit + " named in: " + e.getMessage());
  }

  private static Dataset read(JsonCodec codec, String json) {
    return codec.fromBytes(json.getBytes(StandardCharsets.UTF_8));
  }

  // ---- texts

  @Test
  void aTextPastMaxTextLengthIsRefusedAtItsPointerNamingTheLimit() {
    JsonCodec short20 = codec(ReadLimits.builder().maxTextLength(20).build());
    assertRefusedAt(refused(short20, indicator("\"" + "x".repeat(21) + "\"", "1", "[]")),
        "/kinds/indicator/0/name/fr", 3, "maxTextLength");
    assertRefusedAt(refused(short20, actor("\"name\":{\"fr\":\"DNS\"},\"acronym\":\"" + "x".repeat(21) + "\"")),
        "/kinds/actor/0/acronym", 3, "maxTextLength");
    read(short20, indicator("\"" + "x".repeat(20) + "\"", "1", "[]")); // at the limit: read
  }

  @Test
  void aLoneSurrogateIsRefusedInAStringAndInALocalizedText() {
    assertRefusedAt(refused(CODEC, actor("\"name\":{\"fr\":\"DNS\"},\"acronym\":\"\\ud800\"")),
        "/kinds/actor/0/acronym", 3, "lone UTF-16 surrogate");
    assertRefusedAt(refused(CODEC, actor("\"name\":{\"fr\":\"DNS\",\"en\":\"a\\udc00b\"}")),
        "/kinds/actor/0/name/en", 3, "lone UTF-16 surrogate");
    assertRefusedAt(refused(CODEC, actor("\"name\":{\"fr\":\"DNS\"},\"aliases\":[\"ok\",\"\\ud83d\"]")),
        "/kinds/actor/0/aliases/1", 3, "lone UTF-16 surrogate");
    // a pair, escaped or not, is a character like any other
    Actor paired = read(CODEC, actor("\"name\":{\"fr\":\"\\ud83d\\ude00 DNS\"},\"acronym\":\"\uD83D\uDE00\""))
        .entities(Actor.KIND).get(0);
    assertEquals("\uD83D\uDE00 DNS", paired.name().text());
  }

  @Test
  void messagesQuoteAtMostAnExcerptOfAMillionCharacterValue() {
    String million = "X".repeat(1_000_000);
    List<MalformedInputException> refusals = List.of(
        refused(CODEC, actor("\"name\":{\"fr\":\"DNS\"},\"acronym\":\"" + million + "x\"")), // past maxTextLength
        refused(CODEC, HEAD + "\"actor\":[\n{\"id\":\"" + million + "\",\"type\":\"directorate\"}" + TAIL), // not an id
        refused(CODEC, indicator("\"" + million.substring(1) + "\\ud800\"", "1", "[]")), // a lone surrogate at its end
        refused(CODEC, HEAD + "\"meeting\":[\n{\"id\":\"m\",\"type\":\"workshop\",\"title\":{\"fr\":\"A\"},"
            + "\"status\":\"held\",\"dates\":{\"start\":\"" + million + "\",\"end\":\"2022-08-24\"}}" + TAIL), // not a date
        refused(CODEC, "{\"format\":\"" + million + "\",\"version\":1,\"kinds\":{}}")); // not the format
    for (MalformedInputException e : refusals) {
      assertTrue(e.getMessage().length() < 500, () -> e.getMessage().length() + " characters: "
          + e.getMessage().substring(0, 600));
      assertTrue(!e.getMessage().contains("XXXX") || e.getMessage().contains("XXXX…"), e::getMessage);
    }
    MalformedInputException kind = assertThrows(MalformedInputException.class, () -> JsonLines.reader(
        new java.io.ByteArrayInputStream(("{\"format\":\"keneya-jsonl\",\"version\":1}\n{\"kind\":\"" + million
            + "\",\"entity\":{}}\n").getBytes(StandardCharsets.UTF_8)), "s.jsonl").next());
    assertTrue(kind.getMessage().length() < 500, () -> kind.getMessage().substring(0, 600));
    assertTrue(kind.reason().startsWith("unknown kind \"XXXX"), kind::reason);
  }

  // ---- numbers

  @Test
  void aDecimalPastMaxNumberLengthIsRefusedAtItsPointer() {
    assertRefusedAt(refused(CODEC, indicator("1e400")), "/kinds/indicator/0/target", 3, "maxNumberLength = 100");
    assertRefusedAt(refused(CODEC, indicator("1" + "0".repeat(100))), "/kinds/indicator/0/target", 3,
        "a number of 101 digits in plain notation");
    assertRefusedAt(refused(CODEC, indicator("0." + "0".repeat(99) + "1")), "/kinds/indicator/0/target", 3,
        "maxNumberLength = 100");
    assertEquals(Optional.of(new BigDecimal("9".repeat(100))), read(CODEC, indicator("9".repeat(100)))
        .entities(Indicator.KIND).get(0).target(), "100 digits, at the limit");
  }

  @Test
  void aNumberTooLongToParseIsRefusedBeforeItIsParsedNamingTheLimit() {
    assertRefusedAt(refused(CODEC, indicator("1" + "0".repeat(200))), "/kinds/indicator/0/target", 3,
        "maxNumberLength");
    assertRefusedAt(refused(CODEC, indicator("1" + "0".repeat(1_000_000))), "/kinds/indicator/0/target", 3,
        "maxNumberLength");
  }

  @Test
  void hugeExponentsAreRefusedCleanlyWithoutExpandingTheNumber() {
    for (String number : List.of("1e2147483647", "1E+999999999", "1e-2147483648", "-1e-99999999999", "1e99999999999")) {
      MalformedInputException e = refused(CODEC, indicator(number));
      assertRefusedAt(e, "/kinds/indicator/0/target", 3, "maxNumberLength = 100");
    }
    MalformedInputException integer = refused(CODEC, HEAD + "\"budget\":[\n{\"id\":\"b\",\"owner\":\"a\",\"fiscalYear\":"
        + "99999999999,\"currency\":\"XOF\"}" + TAIL);
    assertRefusedAt(integer, "/kinds/budget/0/fiscalYear", 3, "integer out of range: \"99999999999\"");
    MalformedInputException exponent = refused(CODEC, HEAD + "\"budget\":[\n{\"id\":\"b\",\"owner\":\"a\",\"fiscalYear\":"
        + "1e2147483647,\"currency\":\"XOF\"}" + TAIL);
    assertRefusedAt(exponent, "/kinds/budget/0/fiscalYear", 3, "expected an integer, found a number");
  }

  @Test
  void aDecimalInExponentNotationIsReadInTheNormalFormTheWritersWriteBack() {
    Dataset read = read(CODEC, indicator("1E+2"));
    Indicator indicator = read.entities(Indicator.KIND).get(0);
    assertEquals(Optional.of(new BigDecimal("100")), indicator.target(), "100, scale 0, equal as BigDecimal");
    String written = new String(CODEC.toBytes(read), StandardCharsets.UTF_8);
    assertTrue(written.contains("\"target\":100,") || written.contains("\"target\":100}"), written);
    assertEquals(read, read(CODEC, written));
    assertEquals(indicator, read(CODEC, indicator("100")).entities(Indicator.KIND).get(0));
    // trailing zeros after the point are what a source stated: kept
    assertEquals(Optional.of(new BigDecimal("1.50")), read(CODEC, indicator("1.50")).entities(Indicator.KIND).get(0).target());
  }

  // ---- lists and nesting

  @Test
  void aListPastMaxListLengthIsRefusedAtTheElementPastIt() {
    JsonCodec two = codec(ReadLimits.builder().maxListLength(2).build());
    assertRefusedAt(refused(two, indicator("\"I\"", "1", "[\"a\",\"b\",\"c\"]")),
        "/kinds/indicator/0/sources/2", 3, "maxListLength");
    assertEquals(2, read(two, indicator("\"I\"", "1", "[\"a\",\"b\"]")).entities(Indicator.KIND).get(0).sources().size());
  }

  @Test
  void aLocalizedTextOfMoreLanguagesThanMaxListLengthIsRefusedAtTheLanguagePastIt() {
    JsonCodec two = codec(ReadLimits.builder().maxListLength(2).build());
    assertRefusedAt(refused(two, actor("\"name\":{\"fr\":\"DNS\",\"en\":\"DNS\",\"bm\":\"DNS\"}")),
        "/kinds/actor/0/name/bm", 3, "maxListLength");
    assertEquals(1, read(two, actor("\"name\":{\"fr\":\"DNS\",\"en\":\"DNS\"}")).size(), "two languages: read");
  }

  @Test
  void nestingTenThousandDeepIsRefusedWithAPlace() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    JsonCodec lenient = JsonCodec.create(REGISTRY, JsonOptions.defaults().ignoreUnknownProperties(true));
    MalformedInputException skipped = refused(lenient, actor("\"name\":{\"fr\":\"DNS\"},\"colour\":" + deep));
    assertRefusedAt(skipped, "/kinds/actor/0/colour", 3, "maxNestingDepth");
    MalformedInputException document = refused(CODEC, deep);
    assertEquals(OptionalLong.of(1), document.place().line(), document::getMessage);
    assertTrue(document.reason().startsWith("expected a Keneya dataset object"), document::reason);
    MalformedInputException value = assertThrows(MalformedInputException.class, () -> JsonValues.fromJson(
        org.keneya.core.kind.ValueType.string(), deep, "cells.csv, row 2, column aliases", JsonOptions.defaults()));
    assertEquals("cells.csv, row 2, column aliases", value.place().source().orElseThrow());
    JsonCodec shallow = codec(ReadLimits.builder().maxNestingDepth(4).build());
    assertRefusedAt(refused(shallow, actor("\"name\":{\"fr\":\"DNS\"}")), "/kinds/actor/0/name", 3,
        "exceeds the maximum allowed (4, the limit maxNestingDepth)");
  }
}
