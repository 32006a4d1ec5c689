package org.keneya.io.csv.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keneya.core.internal.codec.Reasons;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's refusals of the JSON that CSV meets — list cells and {@code datapackage.json} — as
 * reasons a person reads, and the caller's own I/O failures told apart from them. The JSON codec
 * words Jackson's errors the same way; the few lines are kept here rather than shared, since core
 * knows no Jackson and the CSV codec depends on no other format.
 *
 * <pre>{@code
 * JsonParser p = factory.createParser(ObjectReadContext.empty(), JacksonErrors.marking(in));
 * ... catch (JacksonException e) { JacksonErrors.throwIfUnreadable(e); fail(JacksonErrors.reason(e)); }
 * }</pre>
 */
final class JacksonErrors {
  /** How Jackson names the setting of a limit it refuses a token for. */
  private static final Pattern JACKSON_LIMIT = Pattern.compile("from `StreamReadConstraints\\.getMax(\\w+)\\(\\)`");

  private JacksonErrors() {}

  /**
   * Jackson's message without its location, which the caller reports as a place of its own (for
   * a value left open at the end, Jackson names where it started in a redacted source: cut). A
   * limit is named as {@link org.keneya.core.codec.ReadLimits} names it, not by Jackson's setting.
   */
  static String reason(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "not well-formed JSON";
    }
    int marker = message.indexOf(" (start marker at ");
    message = marker < 0 ? message : message.substring(0, marker);
    return Reasons.shortened(e instanceof StreamConstraintsException ? namingTheLimit(message) : message, null);
  }

  /** {@code from `StreamReadConstraints.getMaxStringLength()`} as {@code the limit maxTextLength}. */
  private static String namingTheLimit(String message) {
    Matcher m = JACKSON_LIMIT.matcher(message);
    if (!m.find()) {
      return message;
    }
    String limit;
    switch (m.group(1)) {
      case "NestingDepth":
        limit = "the limit maxNestingDepth";
        break;
      case "StringLength":
        limit = "the limit maxTextLength";
        break;
      case "NumberLength":
        limit = "the limit maxNumberLength, with 8 characters for a sign, a point and an exponent";
        break;
      case "NameLength":
        limit = "the most characters of a property name";
        break;
      default:
        return message;
    }
    return message.substring(0, m.start()) + limit + message.substring(m.end());
  }

  /**
   * {@code in}, its failures marked as the input's: Jackson reports both the caller's stream
   * failing and its own refusal of the bytes as a {@link JacksonIOException}, and only the second
   * is bad data.
   */
  static InputStream marking(InputStream in) {
    return new Marking(in);
  }

  /**
   * Throws the input's own failure behind {@code e}, if it is one, as an {@link
   * UncheckedIOException} whose cause is what the input threw; returns otherwise (bad data).
   */
  static void throwIfUnreadable(JacksonException e) {
    if (e instanceof JacksonIOException && e.getCause() instanceof Marked) {
      throw new UncheckedIOException(((Marked) e.getCause()).original());
    }
  }

  /** A failure of the input's, around the exception it threw. */
  private static final class Marked extends IOException {
    private static final long serialVersionUID = 1L;

    Marked(IOException original) {
      super(original.getMessage(), original);
    }

    IOException original() {
      return (IOException) getCause();
    }
  }

  private static final class Marking extends FilterInputStream {
    Marking(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return in.read();
      } catch (IOException e) {
        throw new Marked(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return in.read(b, off, len);
      } catch (IOException e) {
        throw new Marked(e);
      }
    }

    @Override
    public long skip(long n) throws IOException {
      try {
        return in.skip(n);
      } catch (IOException e) {
        throw new Marked(e);
      }
    }

    @Override
    public int available() throws IOException {
      try {
        return in.available();
      } catch (IOException e) {
        throw new Marked(e);
      }
    }
  }
}
