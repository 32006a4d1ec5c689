package org.keneya.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.keneya.cli.KeneyaCli;

/**
 * Runs {@code keneya validate} and {@code keneya convert} on mutated files: each must end with
 * exit code 0 or 1 (bad data) and say why on stderr in words, never with a Java class name — no
 * exception or error type, no {@code java.} or {@code org.keneya.} package.
 */
final class CommandLineSample {
  private static final Pattern JAVA_NAMES = Pattern.compile("Exception|[A-Z][A-Za-z]*Error\\b|\\bjava\\.|\\borg\\.keneya\\.");

  private CommandLineSample() {}

  /** Runs both commands on each input (case {@code firstCase} on); their failures are findings. */
  static Findings run(List<Input> inputs, long firstCase, Path dir) throws IOException {
    Findings findings = new Findings();
    for (int i = 0; i < inputs.size(); i++) {
      Input input = inputs.get(i);
      long n = firstCase + i;
      Path file = write(input, dir.resolve("case-" + n));
      check(findings, n, input, "validate", file.toString());
      check(findings, n, input, "convert", file.toString(), dir.resolve("out-" + n + ".json").toString());
    }
    return findings;
  }

  /** The input as a file (or folder) whose name tells the command line its format. */
  private static Path write(Input input, Path base) throws IOException {
    switch (input.format()) {
      case FOLDER:
        return Codecs.writeFolder(input.files(), base);
      case TABLE:
        Files.createDirectories(base);
        return Files.write(base.resolve(input.name()), input.bytes());
      default:
        return Files.write(Path.of(base + "." + input.format().extension), input.bytes());
    }
  }

  private static void check(Findings findings, long n, Input input, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    int exit;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8); PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      exit = KeneyaCli.run(o, e, args);
    } catch (Throwable t) {
      findings.add(n, input, Outcome.thrown("keneya " + args[0] + " throws", t), System.nanoTime() - t0);
      return;
    }
    String stderr = err.toString(StandardCharsets.UTF_8);
    if (exit != KeneyaCli.EXIT_OK && exit != KeneyaCli.EXIT_DATA) {
      findings.add(n, input, Outcome.finding("keneya " + args[0] + " " + input.format() + " exits with " + exit + ": " + firstWords(stderr),
          stderr.strip(), null), System.nanoTime() - t0);
    } else if (JAVA_NAMES.matcher(stderr).find()) {
      findings.add(n, input, Outcome.finding("keneya " + args[0] + " " + input.format() + " names Java classes on stderr: " + firstWords(stderr),
          stderr.strip(), null), System.nanoTime() - t0);
    }
  }

  /** The start of a message with the file name left out, so one defect in many files is one group. */
  private static String firstWords(String stderr) {
    String line = stderr.strip().lines().findFirst().orElse("");
    String rest = line.replaceFirst("^keneya: [^:]*: ", "");
    return Outcome.excerpt(rest.replaceAll("\"[^\"]*\"|\\d+", "…"), 80);
  }
}
