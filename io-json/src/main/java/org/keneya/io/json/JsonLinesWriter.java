package org.keneya.io.json;

import java.io.Closeable;
import java.io.OutputStream;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.internal.DatasetJson;
import org.keneya.io.json.internal.Factories;
import org.keneya.io.json.internal.ValueWriter;
import tools.jackson.core.JsonGenerator;

/**
 * Writes entities one a line ({@link JsonFormat#LINES}), as they come, in constant memory. The
 * header line is written first; {@link #close()} writes the end record {@code {"end":{"count":N}}},
 * which tells readers the stream is whole, ends the last line and flushes, but does not close the
 * caller's stream. Not thread-safe.
 *
 * <p>A stream that failed half way must not claim to be whole: after a {@link #write} that threw,
 * or after {@link #abort()}, {@link #close()} leaves the end record out, and readers refuse the
 * stream as cut short. Call {@link #abort()} when what feeds the writer fails:
 *
 * <pre>{@code
 * try (JsonLinesWriter out = JsonLines.writer(stream, registry)) {
 *   try {
 *     for (Recommendation r : recommendations) {  // may throw half way
 *       out.write(r);
 *     }
 *   } catch (RuntimeException e) {
 *     out.abort();  // close() then leaves the end record out
 *     throw e;
 *   }
 * }
 * }</pre>
 */
public final class JsonLinesWriter implements Closeable {
  private final KindRegistry registry;
  private final JsonGenerator generator;
  private final ValueWriter values; // the registry's, so that its specialized writers outlive one stream
  private long count;
  private boolean aborted; // a write threw, or abort() was called: the stream is not whole
  private boolean closed;

  JsonLinesWriter(KindRegistry registry, JsonOptions options, OutputStream out) {
    this.registry = registry;
    this.values = DatasetJson.writer(registry, options.specializedWriters());
    this.generator = new Factories(options.pretty(false)).generator(out);
    generator.writeStartObject();
    generator.writeName("format");
    generator.writeString(JsonFormat.LINES);
    generator.writeName("version");
    generator.writeNumber(JsonFormat.LINES_VERSION);
    generator.writeEndObject();
  }

  /**
   * Writes one entity, of any registered kind, on its own line. If it throws once it has begun the
   * line, the stream is aborted (see {@link #abort()}).
   */
  public JsonLinesWriter write(Entity entity) {
    EntityKind<Entity> kind = registry.kindOf(entity); // an unknown kind is refused before the line begins
    boolean written = false;
    try {
      write(kind, entity);
      written = true;
    } finally {
      aborted |= !written; // a half-written line: what follows it is not a whole stream
    }
    return this;
  }

  private <E extends Entity> void write(EntityKind<E> kind, E entity) {
    generator.writeStartObject();
    generator.writeName("kind");
    generator.writeString(kind.name());
    generator.writeName("entity");
    values.writeEntity(generator, kind, entity);
    generator.writeEndObject();
    count++;
  }

  /** How many entities were written. */
  public long count() {
    return count;
  }

  /**
   * Marks the stream as not whole: {@link #close()} will leave the end record out, so that readers
   * refuse it as cut short rather than take the entities written so far for all of them. For a
   * caller whose source of entities fails while this writer is open.
   */
  public void abort() {
    aborted = true;
  }

  /**
   * Writes the end record with {@link #count()}, unless the stream was aborted, ends the last line
   * and flushes; the underlying stream stays open. A second call does nothing.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (!aborted) {
        writeEnd();
      }
      generator.writeRaw('\n');
    } finally {
      generator.close();
    }
  }

  private void writeEnd() {
    generator.writeStartObject();
    generator.writeName("end");
    generator.writeStartObject();
    generator.writeName("count");
    generator.writeNumber(count);
    generator.writeEndObject();
    generator.writeEndObject();
  }
}
