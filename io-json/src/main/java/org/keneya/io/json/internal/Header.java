package org.keneya.io.json.internal;

import org.keneya.core.codec.Excerpt;
import org.keneya.io.json.JsonFormat;
import tools.jackson.core.JsonToken;

/** Checks the {@code format} and {@code version} of a document or stream header. */
final class Header {
  private Header() {}

  static void checkFormat(ValueReader r, String expected) {
    if (r.parser().currentToken() != JsonToken.VALUE_STRING || !expected.equals(r.parser().getString())) {
      throw r.fail("expected format \"" + expected + "\", found " + describe(r));
    }
  }

  static void checkVersion(ValueReader r) {
    // Compared as text: a version past int's range is another version, not a parser error.
    if (r.parser().currentToken() != JsonToken.VALUE_NUMBER_INT
        || !r.parser().getString().equals(String.valueOf(JsonFormat.VERSION))) {
      throw r.fail("unsupported version " + describe(r) + "; this library reads version " + JsonFormat.VERSION);
    }
  }

  /**
   * Checks a version from 1 to {@code newest}, every one a reader of this library reads, and
   * returns it; refuses any other.
   */
  static int checkVersion(ValueReader r, int newest) {
    if (r.parser().currentToken() == JsonToken.VALUE_NUMBER_INT) {
      String text = r.parser().getString(); // compared as text, as in checkVersion(r)
      for (int version = 1; version <= newest; version++) {
        if (text.equals(String.valueOf(version))) {
          return version;
        }
      }
    }
    throw r.fail("unsupported version " + describe(r) + "; this library reads versions 1 to " + newest);
  }

  private static String describe(ValueReader r) {
    JsonToken t = r.parser().currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return Excerpt.quote(r.parser().getString());
    }
    return t == JsonToken.VALUE_NUMBER_INT ? r.parser().getString() : ValueReader.describe(t);
  }
}
