package org.keneya.io.json;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.internal.Factories;
import org.keneya.io.json.internal.OneValueALine;
import org.keneya.io.json.internal.StreamHeader;
import org.keneya.io.json.internal.ValueReader;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads entities from a JSON Lines stream one at a time, in constant memory: nothing but the
 * current entity is held. Errors carry the line, column and a pointer inside the line's object.
 * References are not checked (a stream may refer ahead or elsewhere); read into a dataset with
 * {@link JsonLines#read} for that. {@link #close()} does not close the caller's stream.
 *
 * <pre>{@code
 * try (JsonLinesReader in = JsonLines.reader(stream, "recommendations.jsonl")) {
 *   while (in.hasNext()) {
 *     Entity e = in.next();
 *   }
 * }
 * }</pre>
 */
public final class JsonLinesReader implements Iterator<Entity>, Closeable {
  private final KindRegistry registry;
  private final JsonOptions options;
  private final JsonParser parser;
  private final ValueReader reader;
  private @Nullable Entity next;
  private long nextLine; // the line next is on
  private long lastLine; // the line the entity last given by next() is on
  private long end; // the line the last value read ends on, the header's at first

  JsonLinesReader(KindRegistry registry, JsonOptions options, InputStream in, String source) {
    this.registry = registry;
    this.options = options;
    this.parser = new Factories(options).parser(in, source);
    this.reader = new ValueReader(parser, source, options.ignoreUnknownProperties(), options.limits());
    reader.cacheReferences(); // one reader for the whole stream
    try {
      StreamHeader.read(reader);
    } catch (JacksonException e) {
      throw reader.translate(e);
    }
    end = reader.line();
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      JsonToken token = reader.next();
      if (token == null) {
        return false;
      }
      OneValueALine.checkStart(reader, end);
      long line = reader.line();
      try {
        next = readLine(token); // errors carry the line; the pointer is inside the line's object
      } catch (JacksonException e) {
        throw OneValueALine.onItsLine(reader.translate(e), line);
      } catch (MalformedInputException e) {
        throw OneValueALine.onItsLine(e, line);
      }
      OneValueALine.checkEnd(reader, line, "value");
      end = line;
      nextLine = line;
    }
    return true;
  }

  @Override
  public Entity next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more entities");
    }
    Entity entity = next;
    next = null;
    lastLine = nextLine;
    return entity;
  }

  /** The line of the entity {@link #next()} gave last; 0 before the first or if the parser cannot tell. */
  long lastLine() {
    return lastLine;
  }

  /** Reads one {@code {"kind":…,"entity":{…}}} object; null when its unknown kind is skipped. */
  private @Nullable Entity readLine(JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      throw reader.fail("expected an object {\"kind\":…,\"entity\":{…}}, found " + ValueReader.describe(token));
    }
    EntityKind<?> kind = null;
    boolean skip = false;
    Entity entity = null;
    while (reader.next() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      reader.path().push(name);
      reader.next();
      if ((name.equals("kind") && (kind != null || skip)) || (name.equals("entity") && entity != null)) {
        throw reader.duplicate(name);
      } else if (name.equals("kind")) {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
          throw reader.fail("expected the kind's name, found " + ValueReader.describe(parser.currentToken()));
        }
        String kindName = parser.getString();
        kind = registry.kind(kindName).orElse(null);
        if (kind == null && !options.ignoreUnknownProperties()) {
          throw reader.fail("unknown kind " + Excerpt.quote(kindName) + "; known kinds: "
              + registry.kinds().stream().map(EntityKind::name).toList());
        }
        skip = kind == null;
      } else if (name.equals("entity") && kind != null) {
        entity = reader.readStruct(kind.struct());
      } else if (name.equals("entity") && skip) {
        reader.skip();
      } else if (name.equals("entity")) {
        throw reader.fail("\"kind\" must come before \"entity\"");
      } else if (options.ignoreUnknownProperties()) {
        reader.skip();
      } else {
        throw reader.fail("unknown property " + Excerpt.quote(name) + "; known: [kind, entity]");
      }
      reader.path().pop();
    }
    if (!skip && entity == null) {
      throw reader.fail("missing required property \"" + (kind == null ? "kind" : "entity") + "\"");
    }
    return entity;
  }

  /** Closes the parser; the underlying stream stays open. */
  @Override
  public void close() {
    parser.close();
  }
}
