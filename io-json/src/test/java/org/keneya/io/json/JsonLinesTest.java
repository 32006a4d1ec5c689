package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;
import org.keneya.model.Recommendation;

class JsonLinesTest {
  private static final KindRegistry REGISTRY = KindRegistry.load();

  private static JsonLinesReader reader(String text, JsonOptions options) {
    return JsonLines.reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.jsonl", REGISTRY, options);
  }

  private static List<Entity> readAll(String text) {
    List<Entity> out = new ArrayList<>();
    try (JsonLinesReader r = reader(text, JsonOptions.defaults())) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void writesAHeaderThenOneEntityPerLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults().pretty(true))) {
      w.write(MillionLines.recommendation(1)).write(MillionLines.recommendation(2));
      assertEquals(2, w.count());
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertEquals("{\"format\":\"keneya-jsonl\",\"version\":1}", lines[0]);
    assertTrue(lines[1].startsWith("{\"kind\":\"recommendation\",\"entity\":{\"id\":\"r1\","), lines[1]);
    assertEquals(4, lines.length, "header, two entities, and a final line end");
    assertEquals("", lines[3]);
    assertEquals(List.of(MillionLines.recommendation(1), MillionLines.recommendation(2)),
        readAll(out.toString(StandardCharsets.UTF_8)));
  }

  @Test
  void readingIsLazy() {
    String text = "{\"format\":\"keneya-jsonl\",\"version\":1}\n"
        + "{\"kind\":\"document\",\"entity\":{\"id\":\"d1\",\"title\":{\"fr\":\"T\"}}}\n"
        + "{\"kind\":\"document\",\"entity\":{\"id\":\"D2\",\"title\":{\"fr\":\"T\"}}}\n";
    try (JsonLinesReader r = reader(text, JsonOptions.defaults())) {
      assertEquals("d1", r.next().id().value()); // the bad second line is not read yet
      MalformedInputException e = assertThrows(MalformedInputException.class, r::next);
      assertEquals(OptionalLong.of(3), e.place().line());
      assertEquals("/entity/id", e.place().path().orElseThrow());
    }
  }

  @Test
  void errorsNameTheLine() {
    String header = "{\"format\":\"keneya-jsonl\",\"version\":1}\n";
    MalformedInputException unknownKind = assertThrows(MalformedInputException.class,
        () -> readAll(header + "{\"kind\":\"widget\",\"entity\":{}}\n"));
    assertEquals(OptionalLong.of(2), unknownKind.place().line());
    assertTrue(unknownKind.reason().startsWith("unknown kind \"widget\""), unknownKind::reason);

    MalformedInputException noHeader = assertThrows(MalformedInputException.class,
        () -> readAll("{\"kind\":\"document\",\"entity\":{\"id\":\"d1\",\"title\":{\"fr\":\"T\"}}}\n"));
    assertEquals("unknown property \"kind\" in the header; known: [format, version]", noHeader.reason());

    MalformedInputException missingEntity = assertThrows(MalformedInputException.class,
        () -> readAll(header + "\n\n{\"kind\":\"document\"}\n"));
    assertEquals(OptionalLong.of(4), missingEntity.place().line());
    assertEquals("missing required property \"entity\"", missingEntity.reason());

    String doc = "{\"id\":\"d1\",\"title\":{\"fr\":\"T\"}}";
    MalformedInputException twoEntities = assertThrows(MalformedInputException.class,
        () -> readAll(header + "{\"kind\":\"document\",\"entity\":" + doc + ",\"entity\":" + doc + "}\n"));
    assertEquals("duplicate property \"entity\"", twoEntities.reason());
    MalformedInputException twoVersions = assertThrows(MalformedInputException.class,
        () -> readAll("{\"format\":\"keneya-jsonl\",\"version\":1,\"version\":1}\n"));
    assertEquals("duplicate property \"version\"", twoVersions.reason());
  }

  @Test
  void aValueMustEndOnTheLineItStartsOn() {
    String header = "{\"format\":\"keneya-jsonl\",\"version\":1}\n";
    String line = "{\"kind\":\"document\",\"entity\":{\"id\":\"d1\",\"title\":{\"fr\":\"T\"}}}";
    MalformedInputException cut = assertThrows(MalformedInputException.class,
        () -> readAll(header + line.substring(0, line.indexOf(",\"title\"")) + "\n" + line + "\n"));
    assertEquals("s.jsonl, line 2: the line ends inside its value; reading on, line 3: Unexpected character "
        + "('{' (code 123)): was expecting comma to separate Object entries", cut.getMessage());

    MalformedInputException pretty = assertThrows(MalformedInputException.class,
        () -> readAll(header + line.replace(",\"entity\"", ",\n\"entity\"") + "\n"));
    assertEquals("the value that starts on line 2 ends on another; JSON Lines has one value a line", pretty.reason());
    assertEquals(OptionalLong.of(3), pretty.place().line());
  }

  @Test
  void theHeaderMustBeOnOneLineLikeEveryValue() {
    String line = "{\"kind\":\"document\",\"entity\":{\"id\":\"d1\",\"title\":{\"fr\":\"T\"}}}\n";
    MalformedInputException spread = assertThrows(MalformedInputException.class,
        () -> readAll("{\"format\":\"keneya-jsonl\",\n\"version\":1}\n" + line));
    assertEquals("the header that starts on line 1 ends on another; JSON Lines has one value a line", spread.reason());
    assertEquals(OptionalLong.of(2), spread.place().line());

    MalformedInputException pretty = assertThrows(MalformedInputException.class,
        () -> readAll("\n{\n  \"format\": \"keneya-jsonl\",\n  \"version\": 1\n}\n" + line));
    assertEquals("the header that starts on line 2 ends on another; JSON Lines has one value a line", pretty.reason());

    MalformedInputException cut = assertThrows(MalformedInputException.class,
        () -> readAll("{\"format\":\"keneya-jsonl\",\n\"colour\":1}\n" + line));
    assertEquals("s.jsonl, line 1: the line ends inside its value; reading on, line 2: unknown property \"colour\" "
        + "in the header; known: [format, version]", cut.getMessage());

    assertEquals(1, readAll("\n{\"format\":\"keneya-jsonl\",\"version\":1}\n" + line).size(), "on a line of its own");
  }

  @Test
  void aValueMustNotStartOnTheLineWhereTheOneBeforeItEnds() {
    String header = "{\"format\":\"keneya-jsonl\",\"version\":1}";
    String line = "{\"kind\":\"document\",\"entity\":{\"id\":\"d1\",\"title\":{\"fr\":\"T\"}}}";
    MalformedInputException afterHeader = assertThrows(MalformedInputException.class, () -> readAll(header + line + "\n"));
    assertEquals("s.jsonl, line 1, column 38, at /: a second value on line 1; JSON Lines has one value a line",
        afterHeader.getMessage());
    MalformedInputException twoEntities = assertThrows(MalformedInputException.class,
        () -> readAll(header + "\n" + line + " " + line.replace("d1", "d2") + "\n"));
    assertEquals(OptionalLong.of(2), twoEntities.place().line());
    assertEquals("a second value on line 2; JSON Lines has one value a line", twoEntities.reason());
  }

  @Test
  void aDanglingReferenceIsReportedOnTheLineOfItsEntityWhateverCameBefore() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults())) {
      w.write(MillionLines.recommendation(7));
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    String text = lines[0] + "\n\n{\"kind\":\"widget\",\"entity\":{}}\n" + lines[1] + "\n"; // a blank line, a skipped kind
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> JsonLines.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.jsonl", REGISTRY,
        JsonOptions.defaults().ignoreUnknownProperties(true)));
    assertEquals(OptionalLong.of(4), e.place().line(), e::getMessage);
    assertEquals("dangling reference: actor:actor-7 is not in the stream", e.reason());
  }

  @Test
  void aValuePastALimitIsRefusedOnItsLineNamingTheLimit() {
    String header = "{\"format\":\"keneya-jsonl\",\"version\":1}\n";
    MalformedInputException surrogate = assertThrows(MalformedInputException.class,
        () -> readAll(header + "{\"kind\":\"document\",\"entity\":{\"id\":\"d1\",\"title\":{\"fr\":\"\\udbff\"}}}\n"));
    assertEquals(OptionalLong.of(2), surrogate.place().line());
    assertEquals("/entity/title/fr", surrogate.place().path().orElseThrow());
    assertTrue(surrogate.reason().contains("lone UTF-16 surrogate"), surrogate::reason);

    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    MalformedInputException nested = assertThrows(MalformedInputException.class, () -> {
      try (JsonLinesReader r = reader(header + "{\"kind\":\"widget\",\"entity\":" + deep + "}\n",
          JsonOptions.defaults().ignoreUnknownProperties(true))) {
        r.hasNext();
      }
    });
    assertEquals(OptionalLong.of(2), nested.place().line());
    assertEquals("/entity", nested.place().path().orElseThrow());
    assertTrue(nested.reason().contains("the limit maxNestingDepth"), nested::reason);
  }

  @Test
  void lenientReadingSkipsUnknownKinds() {
    String text = "{\"format\":\"keneya-jsonl\",\"version\":1}\n"
        + "{\"kind\":\"widget\",\"entity\":{\"id\":\"w\",\"x\":[1]}}\n"
        + "{\"kind\":\"document\",\"entity\":{\"id\":\"d1\",\"title\":{\"fr\":\"T\"},\"newField\":1}}\n";
    List<Entity> out = new ArrayList<>();
    try (JsonLinesReader r = reader(text, JsonOptions.defaults().ignoreUnknownProperties(true))) {
      r.forEachRemaining(out::add);
    }
    assertEquals(1, out.size());
  }

  @Test
  void readingAWholeStreamRefusesADanglingReferenceNamingItsLine() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults())) {
      w.write(MillionLines.recommendation(7));
    }
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> JsonLines.fromBytes(out.toByteArray()));
    assertEquals(OptionalLong.of(2), e.place().line());
    assertEquals("/entity/lead/0", e.place().path().orElseThrow());
    assertEquals("dangling reference: actor:actor-7 is not in the stream", e.reason());
  }

  /**
   * Constant memory: a million recommendations are written to a file and read back, one at a time,
   * in a child JVM limited to 64 MiB of heap — far less than the stream's own size.
   */
  @Test
  void aMillionEntityStreamRoundTripsIn64MegabytesOfHeap() throws Exception {
    String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process child = new ProcessBuilder(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        MillionLines.class.getName(), "1000000")
        .redirectErrorStream(true)
        .start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertTrue(child.waitFor(5, TimeUnit.MINUTES), "timed out");
    assertEquals(0, child.exitValue(), output);
    String[] parts = output.substring(output.lastIndexOf("ok ")).split(" ");
    assertEquals("1000000", parts[1], output);
    long bytes = Long.parseLong(parts[2]);
    assertTrue(bytes > 150L << 20, "the stream (" + (bytes >> 20) + " MiB) is larger than the heap");
    assertTrue(Long.parseLong(parts[3]) <= 64, output);
    assertFalse(output.contains("OutOfMemoryError"), output);
    System.out.println("[keneya] 1,000,000 recommendations as JSON Lines under -Xmx64m: " + output);
  }

  @Test
  void recommendationsSurviveTheStreamUnchanged() {
    Recommendation r = MillionLines.recommendation(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults())) {
      w.write(r);
    }
    assertEquals(List.of(r), readAll(out.toString(StandardCharsets.UTF_8)));
  }
}
