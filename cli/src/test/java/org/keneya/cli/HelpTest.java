package org.keneya.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every command has {@code --help}, with its defaults; the top command documents the exit codes;
 * {@code completion} prints a bash completion script; no colour codes reach a stream that is not a
 * terminal.
 */
class HelpTest {
  private static final List<String> COMMANDS =
      List.of("report", "convert", "validate", "diff", "merge", "sample", "schema", "seeds", "completion");

  @Test
  void everyCommandHasHelp() {
    for (String command : COMMANDS) {
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
    for (String command : COMMANDS) {
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

  @Test
  void helpShowsTheDefaultOfEveryOptionThatHasOne() {
    assertTrue(Cli.run("sample", "--help").out().matches("(?s).*--seed=N.*Default: 1\\R.*--size=S.*Default: 20\\R.*"),
        () -> Cli.run("sample", "--help").out());
    Cli.Result report = Cli.run("report", "--help");
    assertTrue(report.out().contains("Default: text"), report::toString);
    assertTrue(report.out().contains("Default: en"), report::toString);
    Cli.Result convert = Cli.run("convert", "--help");
    // a default that is not a value (found from the extension, detected) is said in the same form
    for (String line : List.of("Default: ','", "Default: by extension", "Default: the languages found in a first pass")) {
      assertTrue(convert.out().contains(line), () -> line + "\n" + convert);
    }
    assertFalse(convert.out().contains("Default: []"), "an empty list is said in words: " + convert);
    assertFalse(convert.out().contains("Default: false"), "a flag has no default to show: " + convert);
  }

  @Test
  void noColourCodesWhenTheOutputIsNotATerminal() {
    List<Cli.Result> results = new java.util.ArrayList<>();
    results.add(Cli.run("--help"));
    results.add(Cli.run("report", "--bogus"));
    for (String command : COMMANDS) {
      results.add(Cli.run(command, "--help"));
    }
    for (Cli.Result result : results) {
      assertFalse(result.out().contains("\u001b[") || result.err().contains("\u001b["), result::toString);
    }
  }

  @Test
  void completionPrintsABashScriptForEveryCommandAndOption() {
    Cli.Result result = Cli.run("completion");
    assertEquals(0, result.exit(), result::toString);
    assertTrue(result.out().startsWith("#!/usr/bin/env bash"), result::toString);
    assertTrue(result.out().contains("complete -F _complete_keneya"), result::toString);
    for (String word : List.of("report", "convert", "validate", "diff", "merge", "sample", "schema", "seeds", "--delimiter",
        "--formula-guard", "--as-of", "--datapackage")) {
      assertTrue(result.out().contains(word), word);
    }
    Cli.Result help = Cli.run("completion", "--help");
    assertTrue(help.out().startsWith("Prints a bash (or zsh) completion script for keneya."), help::toString);
    assertTrue(help.out().contains("Usage: keneya completion"), help::toString);
    assertTrue(help.out().contains("source <(keneya completion)"), help::toString);
    assertTrue(Cli.run("completion", "--version").out().startsWith("keneya "));
  }
}
