package org.keneya.io.json;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.MalformedInputException;
import org.keneya.core.error.Place;
import org.keneya.core.internal.codec.RegistryState;
import org.keneya.core.kind.Entity;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.io.json.internal.Factories;
import org.keneya.io.json.internal.NameMatchers;
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
 * <p>A stream of version 2 is checked whole when its end is reached: {@link #hasNext()} returns
 * false only once the end record was read, its count matched the entity lines, and nothing
 * followed it. A stream without its end record (cut short at a line end), with another count, or
 * with a record after the end record (two streams joined) is refused naming its line. A stream of
 * version 1 has no end record, so whether it is whole cannot be told: see {@link #version()}.
 *
 * <pre>{@code
 * try (JsonLinesReader in = JsonLines.reader(stream, "recommendations.jsonl", registry)) {
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
  private final String source;
  private final int version;
  private long records; // entity lines read, skipped kinds too: what the end record counts
  private boolean ended; // the end record was read and its count checked
  private @Nullable Entity next;
  private long nextLine; // the line next is on
  private long lastLine; // the line the entity last given by next() is on
  private long end; // the line the last value read ends on, the header's at first

  JsonLinesReader(KindRegistry registry, JsonOptions options, InputStream in, String source) {
    this.registry = registry;
    this.options = options;
    this.parser = new Factories(options).parser(in, source);
    this.reader = new ValueReader(parser, source, options.ignoreUnknownProperties(), options.limits(),
        RegistryState.of(registry, NameMatchers.class, NameMatchers::new)); // the registry's, for every stream
    this.source = source;
    reader.cacheReferences(); // one reader for the whole stream
    try {
      this.version = StreamHeader.read(reader);
    } catch (JacksonException e) {
      throw reader.translate(e);
    }
    end = reader.line();
  }

  /**
   * The stream's format version, from its header. From version 2 the stream is checked whole at its
   * end; a version 1 stream has no end record, so one cut short at a line end reads as a shorter one.
   */
  public int version() {
    return version;
  }

  /**
   * Whether another entity follows. At the end of a version 2 stream, first checks that it is whole
   * (see the class comment); a stream that is not is refused, here, naming its line.
   */
  @Override
  public boolean hasNext() {
    while (next == null) {
      JsonToken token = reader.next();
      if (token == null) {
        checkWhole();
        return false;
      }
      if (ended) {
        throw reader.fail("a record after the end record, on line " + reader.line()
            + "; two streams joined? A stream ends with its end record");
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

  /** Refuses a version 2 stream that ends without its end record: it was cut short at a line end. */
  private void checkWhole() {
    if (version >= 2 && !ended) {
      throw new MalformedInputException(Place.of(source, null, end, 0),
          "the stream ends at line " + end + " without its end record: cut short?");
    }
  }

  /**
   * Reads one {@code {"kind":…,"entity":{…}}} object, or the end record; null when its unknown kind
   * is skipped, and for the end record.
   */
  private @Nullable Entity readLine(JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      throw reader.fail("expected an object {\"kind\":…,\"entity\":{…}}, found " + ValueReader.describe(token));
    }
    JsonToken first = reader.next();
    // Only version 2 has the end record: in version 1, "end" stays an unknown property.
    if (version >= 2 && first == JsonToken.PROPERTY_NAME && parser.currentName().equals("end")) {
      readEnd();
      return null;
    }
    Entity entity = readRecord(first);
    records++;
    return entity;
  }

  /** Reads the rest of an entity line from its first property on; null when its unknown kind is skipped. */
  private @Nullable Entity readRecord(@Nullable JsonToken first) {
    EntityKind<?> kind = null;
    boolean skip = false;
    Entity entity = null;
    for (JsonToken t = first; t == JsonToken.PROPERTY_NAME; t = reader.next()) {
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

  /** Reads the end record {@code {"end":{"count":N}}} from its first property on, checking the count. */
  private void readEnd() {
    boolean seen = false;
    for (JsonToken t = JsonToken.PROPERTY_NAME; t == JsonToken.PROPERTY_NAME; t = reader.next()) {
      String name = parser.currentName();
      reader.path().push(name);
      JsonToken value = reader.next();
      if (name.equals("end") && seen) {
        throw reader.duplicate(name);
      } else if (name.equals("end")) {
        readCount(value);
        seen = true;
      } else if (options.ignoreUnknownProperties()) {
        reader.skip();
      } else {
        throw reader.fail("unknown property " + Excerpt.quote(name) + " in the end record; known: [end]");
      }
      reader.path().pop();
    }
    ended = true;
  }

  /** Reads {@code {"count":N}} and refuses a count other than that of the entity lines read. */
  private void readCount(@Nullable JsonToken token) {
    if (token != JsonToken.START_OBJECT) {
      throw reader.fail("expected the end record's {\"count\":…}, found " + ValueReader.describe(token));
    }
    boolean counted = false;
    while (reader.next() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      reader.path().push(name);
      reader.next();
      if (name.equals("count") && counted) {
        throw reader.duplicate(name);
      } else if (name.equals("count")) {
        checkCount();
        counted = true;
      } else if (options.ignoreUnknownProperties()) {
        reader.skip();
      } else {
        throw reader.fail("unknown property " + Excerpt.quote(name) + " in the end record; known: [count]");
      }
      reader.path().pop();
    }
    if (!counted) {
      throw reader.fail("missing required property \"count\" in the end record");
    }
  }

  private void checkCount() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT) {
      throw reader.fail("expected the count of entity lines, found " + ValueReader.describe(token));
    }
    // Compared as text: a count past long's range is another count, not a parser error.
    String count = parser.getString();
    if (!count.equals(String.valueOf(records))) {
      throw reader.fail("the end record counts " + Excerpt.of(count) + " entity lines, but the stream holds "
          + records + ": lines lost or added?");
    }
  }

  /** Closes the parser; the underlying stream stays open. */
  @Override
  public void close() {
    parser.close();
  }
}
