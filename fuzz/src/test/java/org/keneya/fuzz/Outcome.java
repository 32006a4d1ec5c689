package org.keneya.fuzz;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What one fuzz case came to: the input accepted and every round trip equal, refused as the oracle
 * requires, or a finding — with its cause (what groups findings of one defect: the exception class
 * and the top Keneya frame, or the broken rule) and the details of this occurrence. The throwable
 * itself is not kept, only its first frames: a parser's exception holds the parser, its buffers and
 * the whole input, and a long campaign in a small heap keeps a finding of every cause.
 *
 * @param verdict accepted, rejected or finding
 * @param cause for a finding, the group it belongs to; otherwise empty
 * @param detail for a finding, the message or the difference; otherwise empty
 * @param frames for a finding with a throwable, its first stack frames and those of its causes
 */
record Outcome(Verdict verdict, String cause, String detail, String frames) {
  /** The three verdicts of the oracle. */
  enum Verdict { ACCEPTED, REJECTED, FINDING }

  static final Outcome ACCEPTED = new Outcome(Verdict.ACCEPTED, "", "", "");
  static final Outcome REJECTED = new Outcome(Verdict.REJECTED, "", "", "");

  static Outcome finding(String cause, String detail, @Nullable Throwable error) {
    return new Outcome(Verdict.FINDING, cause, detail, error == null ? "" : frames(error, 12));
  }

  /** A finding caused by a throwable: grouped by its class and the top Keneya frame it came from. */
  static Outcome thrown(String what, Throwable error) {
    return finding(what + ": " + error.getClass().getName() + " at " + keneyaFrame(error), message(error), error);
  }

  boolean isFinding() {
    return verdict == Verdict.FINDING;
  }

  /**
   * The first frame of Keneya's own code (not this module's), else the first frame. Methods that
   * only make an exception ({@code fail}, {@code error}…) are passed over for their caller, so that
   * two defects reported through one such method fall into two groups.
   */
  static String keneyaFrame(Throwable error) {
    StackTraceElement[] trace = error.getStackTrace();
    for (StackTraceElement frame : trace) {
      if (frame.getClassName().startsWith("org.keneya.") && !frame.getClassName().startsWith("org.keneya.fuzz.")
          && !EXCEPTION_FACTORIES.contains(frame.getMethodName())) {
        return frame.toString();
      }
    }
    return trace.length == 0 ? "(no stack trace)" : trace[0].toString();
  }

  private static final java.util.Set<String> EXCEPTION_FACTORIES =
      java.util.Set.of("fail", "error", "translate", "damaged", "duplicate", "onItsLine");

  /** The first frames of a throwable and of its causes, for a finding's report. */
  static String frames(@Nullable Throwable error, int count) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      out.append(t == error ? "" : "Caused by: ").append(t.getClass().getName()).append(": ").append(excerpt(t.getMessage(), 300)).append('\n');
      out.append(Arrays.stream(t.getStackTrace()).limit(count).map(f -> "    at " + f).collect(Collectors.joining("\n"))).append('\n');
    }
    return out.toString();
  }

  static String message(Throwable error) {
    return excerpt(error.getMessage(), 500);
  }

  static String excerpt(@Nullable String text, int max) {
    if (text == null) {
      return "(no message)";
    }
    return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
  }
}
