package org.keneya.io.json;

import java.io.InputStream;
import java.io.OutputStream;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.internal.DatasetJson;

/**
 * Writes and reads a whole {@link Dataset} as one JSON document ({@link JsonFormat#DATASET}).
 * Output is deterministic — kinds in registry order, entities in id order, properties in
 * description order — so the same dataset always gives the same bytes. Reading is strict: an
 * unknown property, a wrong type, a duplicate key, a missing required field, trailing content or a
 * dangling reference is a {@link org.keneya.core.error.MalformedInputException} naming the JSON
 * pointer, line and column. Streams passed in are never closed. Instances are thread-safe.
 *
 * <pre>{@code
 * KindRegistry registry = KindRegistry.of(new HealthModel()); // the models you choose
 * JsonCodec codec = JsonCodec.create(registry);
 * byte[] json = codec.toBytes(dataset);
 * Dataset back = codec.fromBytes(json);                      // equal to dataset
 * JsonCodec.create(registry, JsonOptions.defaults().pretty(true)).write(dataset, out);
 * }</pre>
 */
public interface JsonCodec {

  /** A codec for the kinds of {@code registry}, with default options. */
  static JsonCodec create(KindRegistry registry) {
    return create(registry, JsonOptions.defaults());
  }

  static JsonCodec create(KindRegistry registry, JsonOptions options) {
    return new DatasetJson(registry, options);
  }

  /** Writes {@code dataset} to {@code out} (UTF-8), flushing but not closing it. */
  void write(Dataset dataset, OutputStream out);

  /** {@code dataset} as the bytes {@link #write} writes. */
  byte[] toBytes(Dataset dataset);

  /**
   * Reads a dataset; {@code sourceName} (a file name) appears in error messages.
   *
   * @throws org.keneya.core.error.MalformedInputException if the input is not a valid dataset,
   *     naming the place (JSON pointer, line, column)
   * @throws java.io.UncheckedIOException if {@code in} cannot be read (not bad data: a disk error,
   *     a closed pipe), with the {@link java.io.IOException} as its cause
   */
  Dataset read(InputStream in, String sourceName);

  /** Reads a dataset as {@link #read(InputStream, String)} does, named {@code (input)} in errors. */
  default Dataset read(InputStream in) {
    return read(in, "(input)");
  }

  Dataset fromBytes(byte[] json);
}
