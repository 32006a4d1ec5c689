package org.keneya.io.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.keneya.core.internal.codec.InputFailures;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Tells an input that cannot be read from bytes Jackson refuses. Jackson reports both as a {@link
 * JacksonIOException}: the caller's stream failing (a disk error, a closed pipe) and its own
 * refusals of the bytes it decodes (an unsupported UCS-4 byte order, a UTF-32 character cut short).
 * The first is not bad data and must reach the caller as an I/O failure; so the caller's stream is
 * read through {@link #marking}, whose failures carry a mark Jackson's own do not (core's {@link
 * InputFailures}, which the CSV codec uses too).
 */
public final class ReadFailures {
  private ReadFailures() {}

  /** {@code in}, its failures marked as the input's. */
  public static InputStream marking(InputStream in) {
    return InputFailures.marking(in);
  }

  /**
   * Throws the input's own failure behind {@code e}, if it is one, as an {@link
   * UncheckedIOException} whose cause is the {@link IOException} the input threw; returns otherwise
   * (bad data, to be reported as such).
   */
  public static void throwIfUnreadable(JacksonException e) {
    if (e instanceof JacksonIOException) {
      IOException failure = InputFailures.inputFailure(e.getCause());
      if (failure != null) {
        throw new UncheckedIOException(failure);
      }
    }
  }
}
