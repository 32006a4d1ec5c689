package org.keneya.cli;

import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that starts an atomic write and blocks half way, for a test to kill outright: {@code
 * HangingWrite TARGET file|folder}. It prints nothing; the temporary sibling appearing is the sign.
 */
final class HangingWrite {
  private HangingWrite() {}

  public static void main(String[] args) {
    Path target = Path.of(args[0]);
    if (args[1].equals("folder")) {
      AtomicOutput.folder(target, args[0], folder -> {
        Files.writeString(folder.resolve("actor.csv"), "id\n");
        block();
      });
    } else {
      AtomicOutput.file(target, args[0], out -> {
        out.write('{');
        out.flush();
        block();
      });
    }
  }

  private static void block() throws InterruptedIOException {
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }
}
