package org.keneya.core.internal.codec;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Tells an input that cannot be read from bytes a parser refuses. A parser library may report
 * both the same way — Jackson wraps the caller's stream failing (a disk error, a closed pipe) and
 * its own refusal of the bytes it decodes (a UTF-32 character cut short) in one exception type. The
 * first is not bad data and must reach the caller as an I/O failure; so the caller's stream is
 * read through {@link #marking}, whose failures carry a mark the parser's own do not, and {@link
 * #inputFailure} finds that mark behind the parser's exception.
 *
 * <pre>{@code
 * JsonParser p = factory.createParser(ObjectReadContext.empty(), InputFailures.marking(in));
 * ... catch (JacksonIOException e) {
 *   IOException failure = InputFailures.inputFailure(e.getCause());
 *   if (failure != null) throw new UncheckedIOException(failure); // else bad data
 * }
 * }</pre>
 */
public final class InputFailures {
  private InputFailures() {}

  /** {@code in}, its failures marked as the input's. */
  public static InputStream marking(InputStream in) {
    return new Marking(in);
  }

  /**
   * The exception the input read through {@link #marking} threw, when {@code cause} (what the
   * parser's exception wraps) is its mark; null otherwise (the parser's own refusal).
   */
  public static @Nullable IOException inputFailure(@Nullable Throwable cause) {
    return cause instanceof Marked ? ((Marked) cause).original() : null;
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
