package org.keneya.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.Entity;
import org.keneya.io.json.JsonLines;
import org.keneya.io.json.JsonLinesReader;
import org.keneya.io.json.JsonLinesWriter;
import org.keneya.io.json.JsonOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The same entities streamed as JSON Lines, one entity a line with its kind: Keneya's writer and
 * reader (validated immutable objects, one at a time) against Jackson databind's {@code
 * SequenceWriter} and {@code MappingIterator} on equivalent records, where a user reads each line
 * as a tree and binds its entity by kind.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class JsonLinesBenchmark {
  @Param({"1000", "100000"})
  public int recommendations;

  /** One line of the baseline stream. */
  public record Line(String kind, Object entity) {}

  private final JsonMapper mapper = JsonMapper.builder().build();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
  private static final JsonOptions GENERIC = JsonOptions.defaults().specializedWriters(false);
  private List<Entity> entities;
  private List<Line> lines;
  private byte[] keneyaBytes;
  private byte[] databindBytes;

  @Setup
  public void setUp() {
    Dataset dataset = Fixtures.dataset(recommendations);
    entities = dataset.entities();
    keneyaBytes = JsonLines.toBytes(dataset);
    Fixtures.KindsRecord kinds = Fixtures.records(recommendations).kinds();
    lines = new ArrayList<>();
    kinds.actor().forEach(e -> lines.add(new Line("actor", e)));
    kinds.framework().forEach(e -> lines.add(new Line("framework", e)));
    kinds.pillar().forEach(e -> lines.add(new Line("pillar", e)));
    kinds.meeting().forEach(e -> lines.add(new Line("meeting", e)));
    kinds.recommendation().forEach(e -> lines.add(new Line("recommendation", e)));
    databindBytes = databindWrite();
  }

  @Benchmark
  public int keneyaWrite() {
    out.reset();
    try (JsonLinesWriter writer = JsonLines.writer(out, Fixtures.REGISTRY)) {
      entities.forEach(writer::write);
    }
    return out.size();
  }

  /** {@link #keneyaWrite} with the specialized writers off ({@link JsonOptions#specializedWriters}). */
  @Benchmark
  public int keneyaWriteGeneric() {
    out.reset();
    try (JsonLinesWriter writer = JsonLines.writer(out, Fixtures.REGISTRY, GENERIC)) {
      entities.forEach(writer::write);
    }
    return out.size();
  }

  @Benchmark
  public int keneyaRead() {
    int n = 0;
    try (JsonLinesReader reader = JsonLines.reader(new ByteArrayInputStream(keneyaBytes), "bench.jsonl", Fixtures.REGISTRY)) {
      while (reader.hasNext()) {
        reader.next();
        n++;
      }
    }
    return n;
  }

  @Benchmark
  public byte[] databindWrite() {
    out.reset();
    try (SequenceWriter writer = mapper.writer().withRootValueSeparator("\n").writeValues(out)) {
      for (Line line : lines) {
        writer.write(line);
      }
    }
    return out.toByteArray();
  }

  @Benchmark
  public int databindRead() {
    int n = 0;
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(databindBytes)) {
      while (it.hasNext()) {
        JsonNode line = it.next();
        Class<?> type = switch (line.get("kind").asString()) {
          case "actor" -> Fixtures.ActorRecord.class;
          case "framework" -> Fixtures.FrameworkRecord.class;
          case "pillar" -> Fixtures.PillarRecord.class;
          case "meeting" -> Fixtures.MeetingRecord.class;
          default -> Fixtures.RecommendationRecord.class;
        };
        mapper.treeToValue(line.get("entity"), type);
        n++;
      }
    }
    return n;
  }
}
