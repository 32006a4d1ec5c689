package org.keneya.benchmarks;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.keneya.core.data.Dataset;
import org.keneya.io.csv.CsvCodec;
import org.keneya.io.csv.CsvOptions;
import org.keneya.io.csv.TableReader;
import org.keneya.io.csv.TableWriter;
import org.keneya.io.csv.internal.Utf8;
import org.keneya.model.Recommendation;
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
import tools.jackson.databind.MappingIterator;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * N recommendations as one table: Keneya's table writer and reader (building validated immutable
 * objects) against raw FastCSV on the same strings (the practical limit) and jackson-dataformat-csv
 * mapping equivalent flat records, in the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class CsvBenchmark {
  @Param({"1000", "100000"})
  public int recommendations;

  private final CsvCodec codec = CsvCodec.create(Fixtures.REGISTRY);
  /** The same codec with the specialized row writers off: the generic walk they must beat by 10 % (issue 28). */
  private final CsvCodec generic = CsvCodec.create(Fixtures.REGISTRY, CsvOptions.defaults().specializedWriters(false));
  private final CsvMapper csvMapper = CsvMapper.builder().build();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
  private List<Recommendation> entities;
  private List<String[]> rows;
  private List<Fixtures.RecommendationRow> records;
  private CsvSchema schema;
  private byte[] keneyaBytes;
  private byte[] mappedBytes;
  private boolean handWrittenChecked;

  @Setup
  public void setUp() {
    Dataset dataset = Fixtures.dataset(recommendations);
    entities = dataset.entities(Recommendation.KIND);
    ByteArrayOutputStream table = new ByteArrayOutputStream();
    codec.writeTable(dataset, Recommendation.KIND, table);
    keneyaBytes = table.toByteArray();
    rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new ByteArrayInputStream(keneyaBytes))) {
      reader.forEach(r -> rows.add(r.getFields().toArray(String[]::new)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    records = Fixtures.rows(recommendations);
    schema = csvMapper.schemaFor(Fixtures.RecommendationRow.class).withHeader();
    mappedBytes = csvMapper.writer(schema).writeValueAsBytes(records);
  }

  @Benchmark
  public int keneyaWrite() {
    out.reset();
    try (TableWriter<Recommendation> writer = codec.tableWriter(Recommendation.KIND, List.of("fr"), out)) {
      entities.forEach(writer::write);
    }
    return out.size();
  }

  /** {@link #keneyaWrite} with the specialized row writers off ({@link CsvOptions#specializedWriters}). */
  @Benchmark
  public int keneyaWriteGeneric() {
    out.reset();
    try (TableWriter<Recommendation> writer = generic.tableWriter(Recommendation.KIND, List.of("fr"), out)) {
      entities.forEach(writer::write);
    }
    return out.size();
  }

  @Benchmark
  public int keneyaRead() {
    int n = 0;
    try (TableReader<Recommendation> reader =
        codec.tableReader(Recommendation.KIND, new ByteArrayInputStream(keneyaBytes), "recommendation.csv")) {
      while (reader.hasNext()) {
        reader.next();
        n++;
      }
    }
    return n;
  }

  /** The same table written by hand ({@link HandWrittenCsv}): the ceiling of a writer over these objects. */
  @Benchmark
  public int handWrittenWrite() {
    out.reset();
    HandWrittenCsv.write(entities, out);
    if (!handWrittenChecked) { // here, not in setUp: the other benchmarks' set-up stays as it was
      if (!Arrays.equals(out.toByteArray(), keneyaBytes)) {
        throw new IllegalStateException("the hand-written table differs from Keneya's");
      }
      handWrittenChecked = true;
    }
    return out.size();
  }

  @Benchmark
  public int fastcsvWrite() throws Exception {
    out.reset();
    return fastcsvWrite(new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  /**
   * Raw FastCSV through the UTF-8 writer Keneya's tables are written with: not a baseline, but what
   * {@link CsvFloor} subtracts from Keneya's write to find the work of its own.
   */
  public int fastcsvUtf8Write() throws Exception {
    out.reset();
    return fastcsvWrite(Utf8.writer(out));
  }

  private int fastcsvWrite(Writer encoder) throws Exception {
    try (CsvWriter writer = CsvWriter.builder().build(encoder)) {
      for (String[] row : rows) {
        writer.writeRecord(row);
      }
    }
    return out.size();
  }

  @Benchmark
  public long fastcsvRead() throws Exception {
    return fastcsvRead(new InputStreamReader(new ByteArrayInputStream(keneyaBytes), StandardCharsets.UTF_8));
  }

  private long fastcsvRead(Reader decoder) throws Exception {
    long chars = 0;
    try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(decoder)) {
      for (CsvRecord record : reader) {
        for (int i = 0; i < record.getFieldCount(); i++) {
          chars += record.getField(i).length();
        }
      }
    }
    return chars;
  }

  /**
   * Raw FastCSV decoding through the UTF-8 reader Keneya's tables are read with: not a baseline,
   * but what {@link CsvFloor} subtracts from Keneya's read to find the work of its own.
   */
  public long fastcsvUtf8Read() throws Exception {
    return fastcsvRead(Utf8.reader(new ByteArrayInputStream(keneyaBytes)));
  }

  @Benchmark
  public int jacksonCsvWrite() {
    out.reset();
    csvMapper.writer(schema).writeValue(out, records);
    return out.size();
  }

  /**
   * jackson-dataformat-csv's generator alone writing the same cells, each row as an array: what a
   * writer built on it would pay before any work of its own (see {@link CsvFloor}).
   */
  @Benchmark
  public int jacksonCsvCells() {
    out.reset();
    try (JsonGenerator generator = csvMapper.writer(schema).createGenerator(out)) {
      for (String[] row : rows.subList(1, rows.size())) { // the schema writes the header
        generator.writeStartArray();
        for (String cell : row) {
          generator.writeString(cell);
        }
        generator.writeEndArray();
      }
    }
    return out.size();
  }

  /**
   * jackson-dataformat-csv's streaming parser alone, every cell read as a string: what a reader
   * built on it would pay before any work of its own (see {@link CsvFloor}).
   */
  @Benchmark
  public long jacksonCsvTokens() {
    long chars = 0;
    try (JsonParser parser = csvMapper.reader(schema).createParser(mappedBytes)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING) {
          chars += parser.getString().length();
        }
      }
    }
    return chars;
  }

  @Benchmark
  public int jacksonCsvRead() {
    int n = 0;
    try (MappingIterator<Fixtures.RecommendationRow> it =
        csvMapper.readerFor(Fixtures.RecommendationRow.class).with(schema).readValues(mappedBytes)) {
      while (it.hasNext()) {
        it.next();
        n++;
      }
    }
    return n;
  }
}
