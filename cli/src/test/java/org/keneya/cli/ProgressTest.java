package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress counts entities on stderr only when enabled (on a console, without --quiet). */
class ProgressTest {
  @Test
  void countsEveryTenThousandEntitiesWhenEnabled() {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), true);
    for (long i = 1; i <= 25_000; i++) {
      progress.tick(i);
    }
    progress.say("wrote 25000 entities to out.csv");
    assertEquals("\r  10000 entities\r  20000 entities\rwrote 25000 entities to out.csv" + System.lineSeparator(), text.toString());
  }

  @Test
  void isSilentWhenDisabled() {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), false);
    progress.tick(10_000);
    progress.say("done");
    assertEquals("", text.toString());
  }
}
