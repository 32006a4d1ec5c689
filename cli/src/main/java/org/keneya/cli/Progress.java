package org.keneya.cli;

import java.io.PrintWriter;

/**
 * Counts entities on stderr while a long conversion runs ({@code \r  120000 entities}), only when
 * enabled: on a console and without {@code --quiet}. Scripts and tests see nothing.
 */
final class Progress {
  private static final long EVERY = 10_000;

  private final PrintWriter err;
  private final boolean enabled;
  private long shown = -1;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** Progress on a console unless {@code quiet}. */
  static Progress onConsole(PrintWriter err, boolean quiet) {
    return new Progress(err, System.console() != null && !quiet);
  }

  boolean enabled() {
    return enabled;
  }

  /** Reports {@code count} entities so far, every {@value #EVERY}. */
  void tick(long count) {
    if (enabled && count / EVERY != shown / EVERY) {
      shown = count;
      err.print("\r  " + count + " entities");
      err.flush();
    }
  }

  /** A line of its own, such as {@code read 1204 entities from data.json}. */
  void say(String line) {
    if (enabled) {
      err.println((shown >= 0 ? "\r" : "") + line);
      err.flush();
      shown = -1;
    }
  }
}
