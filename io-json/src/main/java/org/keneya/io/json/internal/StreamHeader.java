package org.keneya.io.json.internal;

import org.jspecify.annotations.Nullable;
import org.keneya.core.codec.Excerpt;
import org.keneya.core.error.MalformedInputException;
import org.keneya.io.json.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;

/**
 * Reads the header line of a JSON Lines stream: {@code {"format":"keneya-jsonl","version":2}}, on
 * one line like every value of the stream (see {@link OneValueALine}). Every version up to {@link
 * JsonFormat#LINES_VERSION} is read.
 */
public final class StreamHeader {
  private StreamHeader() {}

  /** Reads the header, the stream's first value, and returns its version; or refuses it naming its line. */
  public static int read(ValueReader r) {
    JsonToken first = r.next();
    long line = r.line();
    int version;
    try {
      version = read(r, first);
    } catch (JacksonException e) {
      throw OneValueALine.onItsLine(r.translate(e), line);
    } catch (MalformedInputException e) {
      throw OneValueALine.onItsLine(e, line);
    }
    OneValueALine.checkEnd(r, line, "header");
    return version;
  }

  private static int read(ValueReader r, @Nullable JsonToken first) {
    if (first != JsonToken.START_OBJECT) {
      throw r.fail("expected the header {\"format\":\"" + JsonFormat.LINES + "\",\"version\":" + JsonFormat.LINES_VERSION
          + "}, found " + ValueReader.describe(r.parser().currentToken()));
    }
    boolean format = false;
    int version = 0;
    while (r.next() == JsonToken.PROPERTY_NAME) {
      String name = r.parser().currentName();
      r.path().push(name);
      r.next();
      if ((name.equals("format") && format) || (name.equals("version") && version > 0)) {
        throw r.duplicate(name);
      } else if (name.equals("format")) {
        Header.checkFormat(r, JsonFormat.LINES);
        format = true;
      } else if (name.equals("version")) {
        version = Header.checkVersion(r, JsonFormat.LINES_VERSION);
      } else {
        throw r.fail("unknown property " + Excerpt.quote(name) + " in the header; known: [format, version]");
      }
      r.path().pop();
    }
    if (!format || version == 0) {
      throw r.fail("missing required property \"" + (format ? "version" : "format") + "\" in the header");
    }
    return version;
  }
}
