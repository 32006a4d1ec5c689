package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.keneya.core.codec.ReadLimits;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.model.Actor;

/** One failing input per error the strict reader refuses, each naming the pointer, line and column. */
class JsonErrorsTest {
  private static final JsonCodec STRICT = JsonCodec.create(KindRegistry.load());

  private static final String HEAD = "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\n\"actor\":[\n";
  private static final String TAIL = "\n]}}";
  private static final String DNS = "{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"}}";

  private static MalformedInputException refused(JsonCodec codec, String json) {
    return assertThrows(MalformedInputException.class,
        () -> codec.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "data.json"));
  }

  private static void assertPlace(MalformedInputException e, String pointer, long line) {
    assertEquals("data.json", e.place().source().orElseThrow(), e::getMessage);
    assertEquals(pointer, e.place().path().orElseThrow(), e::getMessage);
    assertEquals(OptionalLong.of(line), e.place().line(), e::getMessage);
    assertTrue(e.getMessage().startsWith("data.json, line " + line), e::getMessage);
  }

  @Test
  void anUnknownPropertyIsRefused() {
    MalformedInputException e = refused(STRICT,
        HEAD + "{\"id\":\"dns\",\"type\":\"directorate\",\"colour\":\"red\",\"name\":{\"fr\":\"DNS\"}}" + TAIL);
    assertPlace(e, "/kinds/actor/0/colour", 3);
    assertTrue(e.reason().startsWith("unknown property \"colour\" in actor; known: [id, type, name,"), e::reason);
    assertTrue(e.place().column().isPresent());
  }

  @Test
  void aWrongTypeIsRefused() {
    MalformedInputException e = refused(STRICT, HEAD + "{\"id\":\"dns\",\"type\":\"directorate\",\"name\":\"DNS\"}" + TAIL);
    assertPlace(e, "/kinds/actor/0/name", 3);
    assertEquals("expected an object of texts by language, found a string", e.reason());
    assertEquals(OptionalLong.of(41), e.place().column(), "the column of the offending value");
  }

  @Test
  void aDuplicateKeyIsRefused() {
    MalformedInputException e = refused(STRICT,
        HEAD + "{\"id\":\"dns\",\"id\":\"dgs\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"}}" + TAIL);
    assertPlace(e, "/kinds/actor/0/id", 3);
    assertEquals("duplicate property \"id\"", e.reason());
  }

  @Test
  void aDuplicateKeyIsRefusedWhereverItIs() {
    MalformedInputException language = refused(STRICT,
        HEAD + "{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\",\"en\":\"x\",\"fr\":\"y\"}}" + TAIL);
    assertPlace(language, "/kinds/actor/0/name/fr", 3);
    assertEquals("duplicate property \"fr\"", language.reason());
    MalformedInputException kind = refused(STRICT, HEAD + DNS + "],\n\"actor\":[" + TAIL);
    assertPlace(kind, "/kinds/actor", 4);
    assertEquals("duplicate property \"actor\"", kind.reason());
    MalformedInputException version = refused(STRICT, "{\"format\":\"keneya-dataset\",\"version\":1,\n\"version\":1,\"kinds\":{}}");
    assertPlace(version, "/version", 2);
    MalformedInputException kinds = refused(STRICT, "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{},\n\"kinds\":{}}");
    assertPlace(kinds, "/kinds", 2);
  }

  @Test
  void aMissingRequiredFieldIsRefused() {
    MalformedInputException e = refused(STRICT, HEAD + "{\"id\":\"dns\",\"name\":{\"fr\":\"DNS\"}}" + TAIL);
    assertPlace(e, "/kinds/actor/0", 3);
    assertEquals("missing required property \"type\" in actor", e.reason());
  }

  @Test
  void trailingContentIsRefused() {
    MalformedInputException e = refused(STRICT, HEAD + DNS + TAIL + "\n{\"again\":true}");
    assertPlace(e, "/", 5);
    assertEquals("trailing content after the dataset: an object", e.reason());
  }

  @Test
  void aDanglingReferenceIsRefusedAtItsPointer() {
    String json = "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\n\"actor\":[\n" + DNS + "\n],\n"
        + "\"recommendation\":[\n"
        + "{\"id\":\"r1\",\"type\":\"recommendation\",\"statement\":{\"fr\":\"Faire\"},\"lead\":[\"dns\",\"dnss\"]}\n]}}";
    MalformedInputException e = refused(STRICT, json);
    assertPlace(e, "/kinds/recommendation/0/lead/1", 6);
    assertEquals("dangling reference: actor:dnss is not in the dataset", e.reason());
    // and the same document reads when references are not checked
    Dataset d = JsonCodec.create(KindRegistry.load(), JsonOptions.defaults().checkReferences(false))
        .fromBytes(json.getBytes(StandardCharsets.UTF_8));
    assertEquals(2, d.size());
  }

  @Test
  void nullIsRefusedEvenForAnOptional() {
    MalformedInputException e = refused(STRICT,
        HEAD + "{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"},\"acronym\":null}" + TAIL);
    assertPlace(e, "/kinds/actor/0/acronym", 3);
    assertEquals("null is not allowed for optional<string>; omit an absent value instead", e.reason());
  }

  @Test
  void aValueItsTypeRefusesIsRefusedWithTheTypesReason() {
    MalformedInputException e = refused(STRICT,
        HEAD + "{\"id\":\"DNS\",\"type\":\"directorate\",\"name\":{\"fr\":\"DNS\"}}" + TAIL);
    assertPlace(e, "/kinds/actor/0/id", 3);
    assertTrue(e.reason().startsWith("must be lowercase letters and digits"), e::reason);

    MalformedInputException range = refused(STRICT, "{\"format\":\"keneya-dataset\",\"version\":1,\"kinds\":{\n"
        + "\"meeting\":[{\"id\":\"m\",\"type\":\"workshop\",\"title\":{\"fr\":\"A\"},\"status\":\"held\",\n"
        + "\"dates\":{\"start\":\"2022-08-26\",\"end\":\"2022-08-24\"}}]}}");
    assertPlace(range, "/kinds/meeting/0/dates/end", 3); // the property the value's invariant names
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
    MalformedInputException e = refused(STRICT, HEAD + "{\"id\":\"dns\",,}" + TAIL);
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
        () -> JsonLines.reader(new ByteArrayInputStream(ucs4InOrder2143), "s.jsonl").hasNext());
  }

  @Test
  void inputThatEndsInsideAValueIsRefusedWithoutJacksonsRedactedStartMarker() {
    MalformedInputException e = refused(STRICT, HEAD + DNS);
    assertPlace(e, "/kinds/actor/0", 3);
    assertEquals("Unexpected end-of-input: expected close marker for Array", e.reason());
  }

  @Test
  void lenientModeSkipsUnknownPropertiesAndKindsButNothingElse() {
    JsonCodec lenient = JsonCodec.create(KindRegistry.load(), JsonOptions.defaults().ignoreUnknownProperties(true));
    Dataset d = lenient.fromBytes(("{\"format\":\"keneya-dataset\",\"version\":1,\"writtenBy\":\"v2\",\"kinds\":{\n"
        + "\"actor\":[{\"id\":\"dns\",\"type\":\"directorate\",\"colour\":{\"nested\":[1,2]},\"name\":{\"fr\":\"DNS\"}}],\n"
        + "\"widget\":[{\"id\":\"w\"}]}}").getBytes(StandardCharsets.UTF_8));
    assertEquals(1, d.entities(Actor.KIND).size());
    assertEquals("missing required property \"type\" in actor",
        refused(lenient, HEAD + "{\"id\":\"dns\",\"name\":{\"fr\":\"DNS\"}}" + TAIL).reason());
  }

  @Test
  void readLimitsAreAppliedAndConfigurable() {
    JsonCodec shortStrings = JsonCodec.create(KindRegistry.load(), JsonOptions.defaults()
        .limits(ReadLimits.builder().maxTextLength(20).build()));
    MalformedInputException longString = refused(shortStrings,
        HEAD + "{\"id\":\"dns\",\"type\":\"directorate\",\"name\":{\"fr\":\"Direction Nationale de la Santé\"}}" + TAIL);
    assertPlace(longString, "/kinds/actor/0/name/fr", 3);
    assertTrue(longString.reason().startsWith("String value length (31) exceeds the maximum allowed (20"), longString::reason);
    JsonCodec shallow = JsonCodec.create(KindRegistry.load(), JsonOptions.defaults()
        .limits(ReadLimits.builder().maxNestingDepth(4).build()));
    MalformedInputException deep = refused(shallow, HEAD + DNS + TAIL); // root, kinds, actor, entity, name: depth 5
    assertTrue(deep.getMessage().contains("nesting depth"), deep::getMessage);
    assertEquals(ReadLimits.defaults(), JsonOptions.defaults().limits());
  }
}
