package org.keneya.io.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Tells an input that cannot be read from bytes Jackson refuses. Jackson reports both as a {@link
 * JacksonIOException}: the caller's stream failing (a disk error, a closed pipe) and its own
 * refusals of the bytes it decodes (an unsupported UCS-4 byte order, a UTF-32 character cut short).
 * The first is not bad data and must reach the caller as an I/O failure; so the caller's stream is
 * read through {@link #marking}, whose failures carry a mark Jackson's own do not.
 */
public final class ReadFailures {
  private ReadFailures() {}

  /** {@code in}, its failures marked as the input's. */
  public static InputStream marking(InputStream in) {
    return new Marking(in);
  }

  /**
   * Throws the input's own failure behind {@code e}, if it is one, as an {@link
   * UncheckedIOException} whose cause is the {@link IOException} the input threw; returns otherwise
   * (bad data, to be reported as such).
   */
  public static void throwIfUnreadable(JacksonException e) {
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
