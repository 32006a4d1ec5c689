package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every command has {@code --help}; the top command documents the exit codes. */
class HelpTest {
  @Test
  void everyCommandHasHelp() {
    for (String command : List.of("report", "convert", "validate", "sample", "schema")) {
      Cli.Result result = Cli.run(command, "--help");
      assertEquals(0, result.exit(), result::toString);
      assertTrue(result.out().contains("Usage: keneya " + command), result::toString);
      assertTrue(result.out().contains("--verbose"), result::toString);
    }
  }

  @Test
  void theTopCommandDocumentsTheExitCodes() {
    Cli.Result result = Cli.run("--help");
    assertEquals(0, result.exit(), result::toString);
    for (String line : List.of("Exit codes:", "  0  ok", "  1  invalid data", "  2  usage error",
        "  3  unexpected error", "  4  I/O failure")) {
      assertTrue(result.out().contains(line), () -> line + "\n" + result.out());
    }
    for (String command : List.of("report", "convert", "validate", "sample", "schema")) {
      assertTrue(result.out().contains("  " + command + " "), command);
    }
    assertEquals(0, Cli.run("help", "convert").exit());
    assertTrue(Cli.run("--version").out().startsWith("keneya "));
  }

  @Test
  void noCommandOrAnUnknownOneIsAUsageError() {
    Cli.Result none = Cli.run();
    assertEquals(2, none.exit(), none::toString);
    assertTrue(none.err().startsWith("keneya: missing command"), none::toString);
    Cli.Result unknown = Cli.run("convrt", "a.json", "b.zip");
    assertEquals(2, unknown.exit(), unknown::toString);
    assertTrue(unknown.err().contains("convert"), "suggests the command: " + unknown);
    Cli.Result option = Cli.run("report", "--bogus");
    assertEquals(2, option.exit(), option::toString);
    assertTrue(option.err().contains("Try 'keneya report --help'"), option::toString);
  }
}
