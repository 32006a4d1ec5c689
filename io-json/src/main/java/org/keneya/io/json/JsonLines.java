package org.keneya.io.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.keneya.core.data.Dataset;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.ReferenceCheck;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.KindRegistry;

/**
 * JSON Lines ({@link JsonFormat#LINES}): a header line, then one entity per line with its kind,
 * then an end record counting them, checked on reading (see {@link JsonLinesReader}).
 * {@link #writer} and {@link #reader} stream in constant memory; {@link #write(Dataset,
 * OutputStream)} and {@link #read(InputStream, KindRegistry)} move whole datasets (and check references).
 *
 * <pre>{@code
 * JsonLines.write(dataset, out);                 // the dataset's own registry
 * Dataset back = JsonLines.read(in, registry);
 * try (JsonLinesReader entities = JsonLines.reader(in, "big.jsonl", registry)) {
 *   entities.forEachRemaining(e -> …);
 * }
 * }</pre>
 */
public final class JsonLines {
  private JsonLines() {}

  /** A writer to {@code out} of {@code registry}'s kinds, with default options. */
  public static JsonLinesWriter writer(OutputStream out, KindRegistry registry) {
    return writer(out, registry, JsonOptions.defaults());
  }

  /** A writer to {@code out} of {@code registry}'s kinds; it writes the header now, the end record on close. */
  public static JsonLinesWriter writer(OutputStream out, KindRegistry registry, JsonOptions options) {
    return new JsonLinesWriter(registry, options, out);
  }

  /** A reader of {@code in} for {@code registry}'s kinds, with default options. */
  public static JsonLinesReader reader(InputStream in, String sourceName, KindRegistry registry) {
    return reader(in, sourceName, registry, JsonOptions.defaults());
  }

  /**
   * A reader of the stream {@code in}, whose header it reads now; {@code sourceName} appears in
   * error messages. Bad data is a {@link org.keneya.core.error.MalformedInputException} naming the
   * line; an input that cannot be read, a {@link java.io.UncheckedIOException}.
   */
  public static JsonLinesReader reader(InputStream in, String sourceName, KindRegistry registry, JsonOptions options) {
    return new JsonLinesReader(registry, options, in, sourceName);
  }

  /** Writes every entity of {@code dataset}, in dataset order. */
  public static void write(Dataset dataset, OutputStream out) {
    try (JsonLinesWriter writer = writer(out, dataset.registry(), JsonOptions.defaults())) {
      for (Entity e : dataset.entities()) {
        writer.write(e);
      }
    }
  }

  /** {@code dataset} as the bytes {@link #write} writes. */
  public static byte[] toBytes(Dataset dataset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(dataset, out);
    return out.toByteArray();
  }

  /** Reads a whole stream of {@code registry}'s kinds into a dataset, refusing dangling references. */
  public static Dataset read(InputStream in, KindRegistry registry) {
    return read(in, "(input)", registry, JsonOptions.defaults());
  }

  /** Reads a whole stream of {@code registry}'s kinds into a dataset, refusing dangling references. */
  public static Dataset read(InputStream in, String sourceName, KindRegistry registry, JsonOptions options) {
    Dataset.Builder builder = Dataset.builder(registry);
    List<Entity> inStreamOrder = new ArrayList<>();
    long[] lines = new long[16]; // of each entity: blank lines and skipped kinds may come between them
    try (JsonLinesReader reader = reader(in, sourceName, registry, options)) {
      while (reader.hasNext()) {
        Entity entity = reader.next();
        builder.add(entity);
        if (inStreamOrder.size() == lines.length) {
          lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[inStreamOrder.size()] = reader.lastLine();
        inStreamOrder.add(entity);
      }
    }
    Dataset dataset = builder.build();
    if (options.checkReferences()) {
      ReferenceCheck references = new ReferenceCheck();
      for (int i = 0; i < inStreamOrder.size(); i++) {
        ReferenceCheck.Dangling d = references.first(dataset, inStreamOrder.get(i));
        if (d != null) {
          throw new MalformedInputException(
              Place.of(sourceName, "/entity" + d.path(), lines[i], 0),
              "dangling reference: " + d.target() + " is not in the stream");
        }
      }
    }
    return dataset;
  }

  /** Reads {@code bytes} as {@link #read(InputStream, KindRegistry)} does. */
  public static Dataset fromBytes(byte[] bytes, KindRegistry registry) {
    return read(new ByteArrayInputStream(bytes), registry);
  }
}
