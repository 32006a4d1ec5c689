package org.keneya.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of a campaign, grouped by cause. Each group keeps its smallest input, shrinks it
 * (within a few seconds) and writes it as {@code <n>.<ext>} (a folder as {@code <n>.folder/}) beside
 * {@code <n>.txt}: the reader, the source name, the case, how the input was made, the message or
 * difference and the first stack frames.
 */
final class Findings {
  /** Cases this slow are not shrunk: every try would take as long. */
  private static final Duration TOO_SLOW_TO_SHRINK = Duration.ofSeconds(2);

  /** The findings of one cause. */
  static final class Group {
    final String cause;
    int count;
    long caseNumber;
    Input input;
    Outcome outcome;
    long nanos;

    Group(String cause, long caseNumber, Input input, Outcome outcome, long nanos) {
      this.cause = cause;
      this.caseNumber = caseNumber;
      this.input = input;
      this.outcome = outcome;
      this.nanos = nanos;
    }
  }

  private final Map<String, Group> groups = new LinkedHashMap<>();

  void add(long caseNumber, Input input, Outcome outcome, long nanos) {
    Group group = groups.computeIfAbsent(outcome.cause(), c -> new Group(c, caseNumber, input, outcome, nanos));
    group.count++;
    if (input.size() < group.input.size()) {
      group.caseNumber = caseNumber;
      group.input = input;
      group.outcome = outcome;
      group.nanos = nanos;
    }
  }

  boolean isEmpty() {
    return groups.isEmpty();
  }

  List<Group> groups() {
    return new ArrayList<>(groups.values());
  }

  int cases() {
    return groups.values().stream().mapToInt(g -> g.count).sum();
  }

  /** Shrinks each group's input while it shows the same cause, each within {@code perGroup}. */
  void shrink(TimeBudget budget, Duration perGroup) {
    for (Group group : groups.values()) {
      if (group.nanos > TOO_SLOW_TO_SHRINK.toNanos() || group.cause.contains("time budget")) {
        continue;
      }
      long deadline = System.nanoTime() + perGroup.toNanos();
      Input smaller = Reducer.shrink(group.input, candidate -> {
        Outcome outcome = budget.judge(candidate);
        return outcome.isFinding() && outcome.cause().equals(group.cause);
      }, deadline);
      if (smaller != group.input) {
        Outcome again = budget.judge(smaller);
        if (again.cause().equals(group.cause)) {
          group.input = smaller;
          group.outcome = again;
        }
      }
    }
  }

  /** Writes each group's reproduction into {@code dir}, numbered from 1 in order of discovery. */
  void write(Path dir, long seed) {
    int n = 0;
    for (Group group : groups.values()) {
      n++;
      try {
        writeInput(dir, n, group.input);
        Files.writeString(dir.resolve(n + ".txt"), describe(group, seed, n), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void writeInput(Path dir, int n, Input input) throws IOException {
    if (input.format() == Format.FOLDER) {
      Codecs.writeFolder(input.files(), dir.resolve(n + ".folder"));
    } else {
      Files.write(dir.resolve(n + "." + input.format().extension), input.bytes());
    }
  }

  static String fileName(int n, Input input) {
    return n + "." + input.format().extension;
  }

  private static String describe(Group group, long seed, int n) {
    Input input = group.input;
    return "cause:   " + group.cause + "\n"
        + "count:   " + group.count + " cases\n"
        + "reader:  " + input.format() + (input.kind() == null ? "" : " (kind " + input.kind().name() + ")") + "\n"
        + "source:  " + input.name() + " (the name given to the reader)\n"
        + "input:   " + fileName(n, input) + ", " + input.size() + " bytes\n"
        + "case:    " + group.caseNumber + " of seed " + seed + " (-Dkeneya.fuzz.seed=" + seed + " -Dkeneya.fuzz.case=" + group.caseNumber + ")\n"
        + "made by: " + Outcome.excerpt(input.how(), 2_000) + "\n"
        + "detail:  " + group.outcome.detail() + "\n\n"
        + group.outcome.frames();
  }

  /** The groups, largest first, each with its reproduction's file name. */
  String summary() {
    StringBuilder out = new StringBuilder();
    int n = 0;
    for (Group group : groups.values()) {
      n++;
      out.append(String.format(java.util.Locale.ROOT, "%6d × %s%n", group.count, group.cause))
          .append("         reproduction: target/fuzz-findings/").append(fileName(n, group.input).replace(".folder", ".folder/"))
          .append(" (").append(group.input.size()).append(" bytes, case ").append(group.caseNumber).append(")\n")
          .append("         ").append(Outcome.excerpt(group.outcome.detail().replace('\n', ' '), 240)).append('\n');
    }
    return out.toString();
  }
}
