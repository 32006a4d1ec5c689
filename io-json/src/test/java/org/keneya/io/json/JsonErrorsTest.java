package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.json.Networks.HEAD;
import static org.keneya.io.json.Networks.REGISTRY;
import static org.keneya.io.json.Networks.refused;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.testdomain.Operator;

/** One failing input per error the strict reader refuses, each naming the pointer, line and column. */
class JsonErrorsTest {
  private static final JsonCodec STRICT = JsonCodec.create(REGISTRY);

  private static final String OPERATORS = HEAD + "\"operator\":[\n";
  private static final String TAIL = "\n]}}";
  private static final String DMN = "{\"id\":\"dmn\",\"type\":\"agency\",\"name\":{\"fr\":\"DMN\"}}";

  private static void assertPlace(MalformedInputException e, String pointer, long line) {
    Networks.assertPlace(e, pointer, line);
    assertTrue(e.getMessage().startsWith("data.json, line " + line), e::getMessage);
  }

  @Test
  void anUnknownPropertyIsRefused() {
    MalformedInputException e = refused(STRICT,
        OPERATORS + "{\"id\":\"dmn\",\"type\":\"agency\",\"colour\":\"red\",\"name\":{\"fr\":\"DMN\"}}" + TAIL);
    assertPlace(e, "/kinds/operator/0/colour", 3);
    assertTrue(e.reason().startsWith("unknown property \"colour\" in operator; known: [id, name, type, website,"), e::reason);
    assertTrue(e.place().column().isPresent());
  }

  @Test
  void aWrongTypeIsRefused() {
    MalformedInputException e = refused(STRICT, OPERATORS + "{\"id\":\"dmn\",\"type\":\"agency\",\"name\":\"DMN\"}" + TAIL);
    assertPlace(e, "/kinds/operator/0/name", 3);
    assertEquals("expected an object of texts by language, found a string", e.reason());
    assertEquals(OptionalLong.of(36), e.place().column(), "the column of the offending value");
  }

  @Test
  void aDuplicateKeyIsRefused() {
    MalformedInputException e = refused(STRICT,
        OPERATORS + "{\"id\":\"dmn\",\"id\":\"dgs\",\"type\":\"agency\",\"name\":{\"fr\":\"DMN\"}}" + TAIL);
    assertPlace(e, "/kinds/operator/0/id", 3);
    assertEquals("duplicate property \"id\"", e.reason());
  }

  @Test
  void aDuplicateKeyIsRefusedWhereverItIs() {
    MalformedInputException language = refused(STRICT,
        OPERATORS + "{\"id\":\"dmn\",\"type\":\"agency\",\"name\":{\"fr\":\"DMN\",\"en\":\"x\",\"fr\":\"y\"}}" + TAIL);
    assertPlace(language, "/kinds/operator/0/name/fr", 3);
    assertEquals("duplicate property \"fr\"", language.reason());
    MalformedInputException kind = refused(STRICT, OPERATORS + DMN + "],\n\"operator\":[" + TAIL);
    assertPlace(kind, "/kinds/operator", 4);
    assertEquals("duplicate property \"operator\"", kind.reason());
    MalformedInputException version = refused(STRICT, "{\"format\":\"keneya-dataset\",\"version\":1,\n\"version\":1,\"kinds\":{}}");
    assertPlace(version, "/version", 2);
    MalformedInputException kinds = refused(STRICT, "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{},\n\"kinds\":{}}");
    assertPlace(kinds, "/kinds", 2);
  }

  @Test
  void aMissingRequiredFieldIsRefused() {
    MalformedInputException e = refused(STRICT, OPERATORS + "{\"id\":\"dmn\",\"name\":{\"fr\":\"DMN\"}}" + TAIL);
    assertPlace(e, "/kinds/operator/0", 3);
    assertEquals("missing required property \"type\" in operator", e.reason());
  }

  @Test
  void trailingContentIsRefused() {
    MalformedInputException e = refused(STRICT, OPERATORS + DMN + TAIL + "\n{\"again\":true}");
    assertPlace(e, "/", 5);
    assertEquals("trailing content after the dataset: an object", e.reason());
  }

  @Test
  void aDanglingReferenceIsRefusedAtItsPointer() {
    String json = OPERATORS + DMN + "\n],\n"
        + "\"station\":[\n"
        + "{\"id\":\"s1\",\"name\":{\"fr\":\"Kati\"},\"operator\":\"dmn\",\"partners\":[\"dmn\",\"dmnn\"],"
        + "\"status\":\"active\",\"automatic\":false}\n]}}";
    MalformedInputException e = refused(STRICT, json);
    assertPlace(e, "/kinds/station/0/partners/1", 6);
    assertEquals("dangling reference: operator:dmnn is not in the dataset", e.reason());
    // and the same document reads when references are not checked
    Dataset d = JsonCodec.create(REGISTRY, JsonOptions.defaults().checkReferences(false))
        .fromBytes(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, d.size());
  }

  @Test
  void nullIsRefusedEvenForAnOptional() {
    MalformedInputException e = refused(STRICT,
        OPERATORS + "{\"id\":\"dmn\",\"type\":\"agency\",\"name\":{\"fr\":\"DMN\"},\"website\":null}" + TAIL);
    assertPlace(e, "/kinds/operator/0/website", 3);
    assertEquals("null is not allowed for optional<string>; omit an absent value instead", e.reason());
  }

  @Test
  void aValueItsTypeRefusesIsRefusedWithTheTypesReason() {
    MalformedInputException e = refused(STRICT,
        OPERATORS + "{\"id\":\"DMN\",\"type\":\"agency\",\"name\":{\"fr\":\"DMN\"}}" + TAIL);
    assertPlace(e, "/kinds/operator/0/id", 3);
    assertTrue(e.reason().startsWith("must be lowercase letters and digits"), e::reason);

    MalformedInputException range = refused(STRICT, "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\n"
        + "\"station\":[{\"id\":\"s\",\"name\":{\"fr\":\"A\"},\"operator\":\"o\",\"status\":\"active\",\"automatic\":false,\n"
        + "\"operating\":{\"start\":\"2022-08-26\",\"end\":\"2022-08-24\"}}]}}");
    assertPlace(range, "/kinds/station/0/operating/end", 3); // the property the value's invariant names
    assertEquals("DateRange.end: 2022-08-24 is before start 2022-08-26", range.reason());
  }

  @Test
  void anUnknownKindIsRefused() {
    MalformedInputException e = refused(STRICT,
        "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\n\"widget\":[]}}");
    assertPlace(e, "/kinds/widget", 2);
    assertTrue(e.reason().startsWith("unknown kind \"widget\"; known kinds: ["), e::reason);
  }

  @Test
  void aWrongFormatOrVersionIsRefused() {
    assertEquals("expected format \"keneya-dataset\", found \"other\"",
        refused(STRICT, "{\"format\":\"other\",\"version\":1,\"kinds\":{}}").reason());
    MalformedInputException v = refused(STRICT, "{\"format\":\"keneya-dataset\",\n\"version\":2,\"kinds\":{}}");
    assertPlace(v, "/version", 2);
    assertEquals("unsupported version 2; this library reads version 1", v.reason());
    assertEquals("missing required property \"version\" in the dataset",
        refused(STRICT, "{\"format\":\"keneya-dataset\",\"kinds\":{}}").reason());
  }

  @Test
  void textThatIsNotJsonIsRefusedWithItsLine() {
    MalformedInputException e = refused(STRICT, OPERATORS + "{\"id\":\"dmn\",,}" + TAIL);
    assertEquals(OptionalLong.of(3), e.place().line());
    assertTrue(e.getMessage().contains("Unexpected character"), e::getMessage);
  }

  @Test
  void bytesWhoseEncodingJacksonRefusesAreMalformedInput() {
    byte[] ucs4InOrder2143 = {0, 0, (byte) 0xFF, (byte) 0xFE, 0, 0, '{', 0};
    MalformedInputException stream = assertThrows(MalformedInputException.class,
        () -> STRICT.read(new ByteArrayInputStream(ucs4InOrder2143), "data.json"));
    assertEquals("data.json, line 1, at /: Unsupported UCS-4 endianness (2143) detected", stream.getMessage());
    assertEquals("(bytes)", assertThrows(MalformedInputException.class, () -> STRICT.fromBytes(ucs4InOrder2143))
        .place().source().orElseThrow());
    assertThrows(MalformedInputException.class,
        () -> JsonLines.reader(new ByteArrayInputStream(ucs4InOrder2143), "s.jsonl", REGISTRY).hasNext());
  }

  @Test
  void inputThatEndsInsideAValueIsRefusedWithoutJacksonsRedactedStartMarker() {
    MalformedInputException e = refused(STRICT, OPERATORS + DMN);
    assertPlace(e, "/kinds/operator/0", 3);
    assertEquals("Unexpected end-of-input: expected close marker for Array", e.reason());
  }

  @Test
  void lenientModeSkipsUnknownPropertiesAndKindsButNothingElse() {
    JsonCodec lenient = JsonCodec.create(REGISTRY, JsonOptions.defaults().ignoreUnknownProperties(true));
    Dataset d = lenient.fromBytes(("{\"format\":\"keneya-dataset\",\"version\":1,\"writtenBy\":\"v2\",\"kinds\":{\n"
        + "\"operator\":[{\"id\":\"dmn\",\"type\":\"agency\",\"colour\":{\"nested\":[1,2]},\"name\":{\"fr\":\"DMN\"}}],\n"
        + "\"widget\":[{\"id\":\"w\"}]}}").getBytes(StandardCharsets.UTF_8));
    assertEquals(1, d.entities(Operator.KIND).size());
    assertEquals("missing required property \"type\" in operator",
        refused(lenient, OPERATORS + "{\"id\":\"dmn\",\"name\":{\"fr\":\"DMN\"}}" + TAIL).reason());
  }

  @Test
  void readLimitsAreAppliedAndConfigurable() {
    JsonCodec shortStrings = JsonCodec.create(REGISTRY, JsonOptions.defaults()
        .limits(ReadLimits.builder().maxTextLength(20).build()));
    MalformedInputException longString = refused(shortStrings,
        OPERATORS + "{\"id\":\"dmn\",\"type\":\"agency\",\"name\":{\"fr\":\"Direction Nationale de la Météo\"}}" + TAIL);
    assertPlace(longString, "/kinds/operator/0/name/fr", 3);
    assertTrue(longString.reason().startsWith("String value length (31) exceeds the maximum allowed (20"), longString::reason);
    JsonCodec shallow = JsonCodec.create(REGISTRY, JsonOptions.defaults()
        .limits(ReadLimits.builder().maxNestingDepth(4).build()));
    MalformedInputException deep = refused(shallow, OPERATORS + DMN + TAIL); // root, kinds, operator, entity, name: depth 5
    assertTrue(deep.getMessage().contains("nesting depth"), deep::getMessage);
    assertEquals(ReadLimits.defaults(), JsonOptions.defaults().limits());
  }
}
