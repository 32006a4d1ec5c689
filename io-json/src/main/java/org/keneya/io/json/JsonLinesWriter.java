package org.keneya.io.json;

import java.io.Closeable;
import java.io.OutputStream;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.internal.Factories;
import org.keneya.io.json.internal.ValueWriter;
import tools.jackson.core.JsonGenerator;

/**
 * Writes entities one a line ({@link JsonFormat#LINES}), as they come, in constant memory. The
 * header line is written first; {@link #close()} ends the last line and flushes, but does not close
 * the caller's stream. Not thread-safe.
 *
 * <pre>{@code
 * try (JsonLinesWriter out = JsonLines.writer(stream)) {
 *   for (Recommendation r : recommendations) {
 *     out.write(r);
 *   }
 * }
 * }</pre>
 */
public final class JsonLinesWriter implements Closeable {
  private final KindRegistry registry;
  private final JsonGenerator generator;
  private final ValueWriter values = new ValueWriter();
  private long count;

  JsonLinesWriter(KindRegistry registry, JsonOptions options, OutputStream out) {
    this.registry = registry;
    this.generator = new Factories(options.pretty(false)).generator(out);
    generator.writeStartObject();
    generator.writeName("format");
    generator.writeString(JsonFormat.LINES);
    generator.writeName("version");
    generator.writeNumber(JsonFormat.VERSION);
    generator.writeEndObject();
  }

  /** Writes one entity, of any registered kind, on its own line. */
  public JsonLinesWriter write(Entity entity) {
    write(registry.kindOf(entity), entity);
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

  /** Ends the last line and flushes; the underlying stream stays open. */
  @Override
  public void close() {
    generator.writeRaw('\n');
    generator.close();
  }
}
