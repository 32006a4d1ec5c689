package org.keneya.benchmarks;

import com.google.gson.Gson;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.keneya.core.data.Dataset;
import org.keneya.io.json.JsonCodec;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * A dataset of N recommendations with their actors, written to and read from bytes: Keneya's
 * codec (building validated immutable objects) against Jackson databind and Gson on equivalent
 * records, in the same run. Writers and readers are reused; nothing builds the whole text as a String.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class JsonBenchmark {
  @Param({"1000", "100000"})
  public int recommendations;

  private final JsonCodec codec = JsonCodec.create(Fixtures.REGISTRY);
  /** The same codec with the specialized writers off: the generic walk they must beat by 10 % (issue 28). */
  private final JsonCodec generic = JsonCodec.create(Fixtures.REGISTRY, JsonOptions.defaults().specializedWriters(false));
  private final JsonMapper mapper = JsonMapper.builder().build();
  private final Gson gson = new Gson();
  private final HandWrittenJson handWritten = new HandWrittenJson();
  private boolean handWrittenChecked;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
  private Dataset dataset;
  private Fixtures.DatasetRecord records;
  private byte[] keneyaBytes;
  private byte[] databindBytes;

  @Setup
  public void setUp() {
    dataset = Fixtures.dataset(recommendations);
    records = Fixtures.records(recommendations);
    keneyaBytes = codec.toBytes(dataset);
    databindBytes = mapper.writeValueAsBytes(records);
  }

  @Benchmark
  public int keneyaWrite() {
    out.reset();
    codec.write(dataset, out);
    return out.size();
  }

  /** {@link #keneyaWrite} with the specialized writers off ({@link JsonOptions#specializedWriters}). */
  @Benchmark
  public int keneyaWriteGeneric() {
    out.reset();
    generic.write(dataset, out);
    return out.size();
  }

  /** The same document written by hand ({@link HandWrittenJson}): the ceiling of a writer over these objects. */
  @Benchmark
  public int handWrittenWrite() {
    if (!handWrittenChecked) { // here, not in setUp: the other benchmarks' set-up stays as it was
      HandWrittenJson.checkSameBytes(dataset);
      handWrittenChecked = true;
    }
    out.reset();
    handWritten.write(dataset, out);
    return out.size();
  }

  @Benchmark
  public Dataset keneyaRead() {
    return codec.fromBytes(keneyaBytes);
  }

  @Benchmark
  public int databindWrite() {
    out.reset();
    mapper.writeValue(out, records);
    return out.size();
  }

  @Benchmark
  public Fixtures.DatasetRecord databindRead() {
    return mapper.readValue(databindBytes, Fixtures.DatasetRecord.class);
  }

  @Benchmark
  public int gsonWrite() throws Exception {
    out.reset();
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      gson.toJson(records, w);
    }
    return out.size();
  }

  @Benchmark
  public Fixtures.DatasetRecord gsonRead() {
    return gson.fromJson(
        new InputStreamReader(new java.io.ByteArrayInputStream(databindBytes), StandardCharsets.UTF_8),
        Fixtures.DatasetRecord.class);
  }
}
