package org.keneya.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.keneya.io.json.Networks.REGISTRY;
import static org.keneya.io.json.Networks.station;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.value.DateRange;
import org.keneya.core.value.Id;
import org.keneya.core.value.LocalizedText;
import org.keneya.core.value.Money;
import org.keneya.core.value.Provenance;
import org.keneya.core.value.Ref;
import org.keneya.testdomain.Sensor;
import org.keneya.testdomain.Station;

class JsonLinesTest {
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
      w.write(station(1)).write(station(2));
      assertEquals(2, w.count());
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n", -1);
    assertEquals("{\"format\":\"keneya-jsonl\",\"version\":2}", lines[0]);
    assertTrue(lines[1].startsWith("{\"kind\":\"station\",\"entity\":{\"id\":\"s1\","), lines[1]);
    assertEquals(5, lines.length, "header, two entities, the end record, and a final line end");
    assertEquals("{\"end\":{\"count\":2}}", lines[3]);
    assertEquals("", lines[4]);
    assertEquals(List.of(station(1), station(2)),
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
      w.write(station(7));
    }
    String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
    String text = lines[0] + "\n\n{\"kind\":\"widget\",\"entity\":{}}\n" + lines[1] + "\n" // a blank line, a skipped kind
        + "{\"end\":{\"count\":2}}\n"; // the skipped line counts: it was written
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> JsonLines.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "s.jsonl", REGISTRY,
        JsonOptions.defaults().ignoreUnknownProperties(true)));
    assertEquals(OptionalLong.of(4), e.place().line(), e::getMessage);
    assertEquals("dangling reference: operator:operator-7 is not in the stream", e.reason());
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
      w.write(station(7));
    }
    MalformedInputException e = assertThrows(MalformedInputException.class,
        () -> JsonLines.fromBytes(out.toByteArray(), REGISTRY));
    assertEquals(OptionalLong.of(2), e.place().line());
    assertEquals("/entity/operator", e.place().path().orElseThrow());
    assertEquals("dangling reference: operator:operator-7 is not in the stream", e.reason());
  }

  private static final String V2 = "{\"format\":\"keneya-jsonl\",\"version\":2}\n";
  private static final String DOC = "{\"kind\":\"document\",\"entity\":{\"id\":\"d1\",\"title\":{\"fr\":\"T\"}}}\n";

  private static String written(int entities) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults())) {
      for (int i = 1; i <= entities; i++) {
        w.write(station(i));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aWrittenStreamEndsWithItsEndRecordAndReadsBackWhole() {
    String text = written(3);
    assertTrue(text.endsWith("\n{\"end\":{\"count\":3}}\n"), text);
    try (JsonLinesReader r = reader(text, JsonOptions.defaults())) {
      assertEquals(2, r.version());
      List<Entity> back = new ArrayList<>();
      r.forEachRemaining(back::add);
      assertEquals(List.of(station(1), station(2), station(3)),
          back);
      assertFalse(r.hasNext(), "still at the end");
    }
    assertEquals("{\"format\":\"keneya-jsonl\",\"version\":2}\n{\"end\":{\"count\":0}}\n", written(0));
    assertEquals(List.of(), readAll(written(0)));
  }

  @Test
  void aVersionOneStreamWithoutEndRecordStillReadsAndSaysSo() {
    String text = "{\"format\":\"keneya-jsonl\",\"version\":1}\n" + DOC;
    try (JsonLinesReader r = reader(text, JsonOptions.defaults())) {
      assertEquals(1, r.version(), "completeness cannot be checked");
      assertEquals("d1", r.next().id().value());
      assertFalse(r.hasNext());
    }
    MalformedInputException end = assertThrows(MalformedInputException.class,
        () -> readAll("{\"format\":\"keneya-jsonl\",\"version\":1}\n" + DOC + "{\"end\":{\"count\":1}}\n"));
    assertEquals("unknown property \"end\"; known: [kind, entity]", end.reason(), "version 1 had no end record");
    MalformedInputException v3 = assertThrows(MalformedInputException.class,
        () -> readAll("{\"format\":\"keneya-jsonl\",\"version\":3}\n"));
    assertEquals("unsupported version 3; this library reads versions 1 to 2", v3.reason());
  }

  @Test
  void aStreamCutAtALineEndBeforeItsEndRecordIsRefusedNamingItsLastLine() {
    String text = written(3);
    String cut = text.substring(0, text.lastIndexOf("{\"end\""));
    List<Entity> seen = new ArrayList<>();
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> {
      try (JsonLinesReader r = reader(cut, JsonOptions.defaults())) {
        r.forEachRemaining(seen::add);
      }
    });
    assertEquals(3, seen.size(), "a streaming reader reports it when it reaches the end");
    assertEquals("s.jsonl, line 4: the stream ends at line 4 without its end record: cut short?", e.getMessage());
    MalformedInputException headerOnly = assertThrows(MalformedInputException.class, () -> readAll(V2));
    assertEquals(OptionalLong.of(1), headerOnly.place().line());
    assertThrows(MalformedInputException.class, () -> JsonLines.fromBytes(cut.getBytes(StandardCharsets.UTF_8), REGISTRY));
  }

  @Test
  void anEndRecordThatCountsOtherwiseIsRefusedOnItsLine() {
    MalformedInputException fewer = assertThrows(MalformedInputException.class,
        () -> readAll(V2 + DOC + DOC.replace("d1", "d2") + "{\"end\":{\"count\":3}}\n"));
    assertEquals(OptionalLong.of(4), fewer.place().line());
    assertEquals("/end/count", fewer.place().path().orElseThrow());
    assertEquals("the end record counts 3 entity lines, but the stream holds 2: lines lost or added?", fewer.reason());
    String huge = "9".repeat(40);
    MalformedInputException past = assertThrows(MalformedInputException.class,
        () -> readAll(V2 + "{\"end\":{\"count\":" + huge + "}}\n"));
    assertEquals("the end record counts " + huge + " entity lines, but the stream holds 0: lines lost or added?",
        past.reason());
    MalformedInputException text = assertThrows(MalformedInputException.class,
        () -> readAll(V2 + "{\"end\":{\"count\":\"0\"}}\n"));
    assertTrue(text.reason().startsWith("expected the count of entity lines, found "), text::reason);
    MalformedInputException none = assertThrows(MalformedInputException.class, () -> readAll(V2 + "{\"end\":{}}\n"));
    assertEquals("missing required property \"count\" in the end record", none.reason());
  }

  @Test
  void aSkippedKindStillCountsAsAnEntityLine() {
    String text = V2 + "{\"kind\":\"widget\",\"entity\":{}}\n" + DOC + "{\"end\":{\"count\":2}}\n";
    List<Entity> out = new ArrayList<>();
    try (JsonLinesReader r = reader(text, JsonOptions.defaults().ignoreUnknownProperties(true))) {
      r.forEachRemaining(out::add);
    }
    assertEquals(1, out.size());
  }

  @Test
  void aRecordAfterTheEndRecordIsRefusedNamingItsLine() {
    MalformedInputException after = assertThrows(MalformedInputException.class,
        () -> readAll(V2 + DOC + "{\"end\":{\"count\":1}}\n\n" + DOC));
    assertEquals(OptionalLong.of(5), after.place().line());
    assertEquals("a record after the end record, on line 5; two streams joined? A stream ends with its end record",
        after.reason());
  }

  @Test
  void twoStreamsJoinedAreRefusedAtTheSecondHeader() {
    String one = written(2);
    List<Entity> seen = new ArrayList<>();
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> {
      try (JsonLinesReader r = reader(one + one, JsonOptions.defaults())) {
        r.forEachRemaining(seen::add);
      }
    });
    assertEquals(2, seen.size());
    assertEquals(OptionalLong.of(5), e.place().line(), e::getMessage);
    assertTrue(e.reason().startsWith("a record after the end record"), e::reason);
  }

  @Test
  void aWriterThatFailedOrWasAbortedLeavesTheEndRecordOut() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults())) {
      w.write(station(1));
      w.abort();
    }
    String aborted = out.toString(StandardCharsets.UTF_8);
    assertFalse(aborted.contains("\"end\""), aborted);
    MalformedInputException e = assertThrows(MalformedInputException.class, () -> readAll(aborted));
    assertEquals("the stream ends at line 2 without its end record: cut short?", e.reason());

    FailsOnce failing = new FailsOnce();
    UncheckedIOException e2 = assertThrows(UncheckedIOException.class, () -> {
      try (JsonLinesWriter w = JsonLines.writer(failing, REGISTRY, JsonOptions.defaults())) {
        for (int i = 1; i < 1_000; i++) { // until the generator's buffer is flushed, half way through a line
          w.write(station(i));
        }
      }
    });
    String failed = failing.toString(StandardCharsets.UTF_8);
    assertTrue(failing.failed && !failed.isEmpty(), "written on after the failure: " + failed.length());
    assertFalse(failed.contains("\"end\""), "no end record after a failed write");
    assertEquals(List.of(), List.of(e2.getSuppressed()), "close() does not try to end the half-written line");
  }

  /** A stream whose first write fails, and whose later writes succeed. */
  private static final class FailsOnce extends ByteArrayOutputStream {
    boolean failed;

    @Override
    public void write(byte[] b, int off, int len) {
      if (!failed) {
        failed = true;
        throw new UncheckedIOException(new IOException("disk full"));
      }
      super.write(b, off, len);
    }
  }

  @Test
  void closingTwiceWritesOneEndRecord() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults());
    w.close();
    w.close();
    assertEquals("{\"format\":\"keneya-jsonl\",\"version\":2}\n{\"end\":{\"count\":0}}\n",
        out.toString(StandardCharsets.UTF_8));
  }

  /**
   * Constant memory: a million stations are written to a file and read back, one at a time,
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
    System.out.println("[keneya] 1,000,000 stations as JSON Lines under -Xmx64m: " + output);
  }

  @Test
  void stationsSurviveTheStreamUnchanged() {
    Station r = new Station(Id.of("kati"), LocalizedText.of("fr", "Kati", "bm", "Kati"), Ref.of("operator", "dmn"),
        List.of(Ref.of("operator", "ird")), Station.Status.SUSPENDED, true, 310, new BigDecimal("12.7450"),
        DateRange.of(LocalDate.of(1921, 1, 1), LocalDate.of(2024, 12, 31)), Money.of(1_250_000L, "XOF"),
        List.of(new Sensor("Vaisala WXT536", LocalDate.of(2019, 5, 2), Period.ofMonths(6)),
            new Sensor("Campbell CS215", null, Period.ofYears(1))),
        List.of("synoptique", "pluie"), List.of(Provenance.of("annuaire-2024", "p. 12")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonLinesWriter w = JsonLines.writer(out, REGISTRY, JsonOptions.defaults())) {
      w.write(r);
    }
    assertEquals(List.of(r), readAll(out.toString(StandardCharsets.UTF_8)));
  }
}
