package org.keneya.io.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.keneya.core.internal.codec.InputFailures;
import org.keneya.core.internal.codec.Reasons;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's refusals of the JSON that CSV meets — list cells and {@code datapackage.json} — as
 * reasons a person reads, and the caller's own I/O failures told apart from them. The wording and
 * the marking of the input are core's, shared with the JSON codec ({@link Reasons#parserReason},
 * {@link InputFailures}); what is left here only adapts Jackson's exception types, which core does
 * not know and the JSON codec, which this module does not depend on, adapts the same way.
 *
 * <pre>{@code
 * JsonParser p = factory.createParser(ObjectReadContext.empty(), JacksonErrors.marking(in));
 * ... catch (JacksonException e) { JacksonErrors.throwIfUnreadable(e); fail(JacksonErrors.reason(e)); }
 * }</pre>
 */
final class JacksonErrors {
  private JacksonErrors() {}

  /**
   * Jackson's message without its location, which the caller reports as a place of its own; a
   * limit named as {@link org.keneya.core.codec.ReadLimits} names it, not by Jackson's setting.
   */
  static String reason(JacksonException e) {
    return Reasons.parserReason(e.getOriginalMessage(), e instanceof StreamConstraintsException);
  }

  /** {@code in}, its failures marked as the input's (see {@link #throwIfUnreadable}). */
  static InputStream marking(InputStream in) {
    return InputFailures.marking(in);
  }

  /**
   * Throws the input's own failure behind {@code e}, if it is one, as an {@link
   * UncheckedIOException} whose cause is what the input threw; returns otherwise (bad data).
   */
  static void throwIfUnreadable(JacksonException e) {
    if (e instanceof JacksonIOException) {
      IOException failure = InputFailures.inputFailure(e.getCause());
      if (failure != null) {
        throw new UncheckedIOException(failure);
      }
    }
  }
}
