package org.keneya.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;

/**
 * A fuzz campaign: case after case until the time box closes, each judged by the {@link Oracle}
 * within its time budget. Case {@code n} is made from the {@code n}-th split of one {@link
 * SplittableRandom} seeded with the campaign's seed, so a seed fixes the sequence of cases and
 * the time box only how far along it a run gets. The first cases read the corpus unchanged.
 */
final class Campaign {
  /** The budget of one case: reading, and for an accepted input every round trip. */
  static final Duration CASE_BUDGET = Duration.ofSeconds(30);
  /** Cases over budget after which the campaign stops: their threads still run, and would slow every case after. */
  static final int MAX_ABANDONED = 3;

  /**
   * What to run.
   *
   * @param seed the seed of the sequence of cases
   * @param seconds the time box of the campaign
   * @param onlyCase the one case to run again, from a finding's report
   */
  record Settings(long seed, long seconds, OptionalLong onlyCase) {
    /** {@code keneya.fuzz.seed}, {@code keneya.fuzz.seconds} and {@code keneya.fuzz.case}. */
    static Settings fromSystemProperties(long defaultSeed, long defaultSeconds) {
      String only = System.getProperty("keneya.fuzz.case", "");
      return new Settings(
          Long.getLong("keneya.fuzz.seed", defaultSeed),
          Long.getLong("keneya.fuzz.seconds", defaultSeconds),
          only.isBlank() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(only.strip())));
    }
  }

  /** A case, how long it took and what it was (its description only: the slowest inputs are often the largest). */
  record Timed(long caseNumber, long nanos, String input) {}

  private final Settings settings;
  private final Corpus corpus;
  private final Path scratch;
  final Findings findings = new Findings();
  final Map<Format, long[]> perFormat = new EnumMap<>(Format.class); // cases, accepted, rejected, findings
  final List<Timed> slowest = new ArrayList<>();
  long cases;
  long accepted;
  long rejected;
  Duration elapsed = Duration.ZERO;
  long judgingNanos;
  int abandoned;

  Campaign(Settings settings, Corpus corpus, Path scratch) {
    this.settings = settings;
    this.corpus = corpus;
    this.scratch = scratch;
  }

  /** Runs cases until the time box closes (after at least the unchanged corpus), then shrinks the findings. */
  Campaign run() {
    long start = System.nanoTime();
    long deadline = start + Duration.ofSeconds(settings.seconds()).toNanos();
    List<Input> unchanged = corpus.all();
    SplittableRandom master = new SplittableRandom(settings.seed());
    try (TimeBudget budget = new TimeBudget(CASE_BUDGET, scratch)) {
      for (long n = 0; n < unchanged.size() || System.nanoTime() < deadline; n++) {
        SplittableRandom random = master.split(); // what a case draws from its split never changes the next split
        if (settings.onlyCase().isPresent() && n != settings.onlyCase().getAsLong()) {
          if (n > settings.onlyCase().getAsLong()) {
            break;
          }
          continue;
        }
        runCase(n, unchanged, random, budget);
        if (budget.abandoned() >= MAX_ABANDONED) {
          break;
        }
      }
      abandoned = budget.abandoned();
    }
    elapsed = Duration.ofNanos(System.nanoTime() - start);
    try (TimeBudget shrinking = new TimeBudget(Duration.ofSeconds(5), scratch)) {
      findings.shrink(shrinking, Duration.ofSeconds(3));
    }
    return this;
  }

  /** Makes case {@code n}, judges it within its budget and counts the outcome. */
  private void runCase(long n, List<Input> unchanged, SplittableRandom random, TimeBudget budget) {
    Input input;
    try {
      input = make(n, unchanged, corpus, random);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) { // the fuzzer's own defect: reported, then on
      findings.add(n, Input.bytes(Format.JSON, "(not made)", new byte[0], "case " + n), Outcome.thrown("the fuzzer fails to make a case", e), 0);
      return;
    }
    long t0 = System.nanoTime();
    Outcome outcome = budget.judge(input);
    long nanos = System.nanoTime() - t0;
    judgingNanos += nanos;
    count(n, input, outcome, nanos);
  }

  /** The inputs of cases {@code from} to {@code from + count - 1} of the seed's sequence. */
  static List<Input> inputs(long seed, Corpus corpus, long from, int count) {
    SplittableRandom master = new SplittableRandom(seed);
    List<Input> unchanged = corpus.all();
    List<Input> inputs = new ArrayList<>();
    for (long n = 0; n < from + count; n++) {
      SplittableRandom random = master.split();
      if (n >= from) {
        inputs.add(make(n, unchanged, corpus, random));
      }
    }
    return inputs;
  }

  /** Case {@code n}: a corpus entry unchanged, or a mutated one. */
  private static Input make(long n, List<Input> unchanged, Corpus corpus, SplittableRandom random) {
    if (n < unchanged.size()) {
      return unchanged.get((int) n);
    }
    Format format = pickFormat(random);
    return Mutators.mutate(corpus.pick(format, random), corpus, random);
  }

  /** The readers in proportion: whole datasets and single tables most, folders (slower to set up) least. */
  private static Format pickFormat(SplittableRandom random) {
    int pick = random.nextInt(20);
    return pick < 5 ? Format.JSON : pick < 9 ? Format.JSONL : pick < 13 ? Format.ZIP : pick < 15 ? Format.FOLDER : Format.TABLE;
  }

  private void count(long n, Input input, Outcome outcome, long nanos) {
    cases++;
    long[] counts = perFormat.computeIfAbsent(input.format(), f -> new long[4]);
    counts[0]++;
    switch (outcome.verdict()) {
      case ACCEPTED:
        accepted++;
        counts[1]++;
        break;
      case REJECTED:
        rejected++;
        counts[2]++;
        break;
      default:
        counts[3]++;
        findings.add(n, input, outcome, nanos);
    }
    if (slowest.size() < 5 || nanos > slowest.get(slowest.size() - 1).nanos()) {
      slowest.add(new Timed(n, nanos, Outcome.excerpt(input.toString(), 200)));
      slowest.sort(Comparator.comparingLong(Timed::nanos).reversed());
      if (slowest.size() > 5) {
        slowest.remove(5);
      }
    }
  }

  /** Cases, acceptances, rejections and findings, per reader; the slowest cases; the findings by cause. */
  String summary() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Keneya fuzz: seed %d, %d s time box: %d cases in %.1f s — %d accepted, %d rejected, %d findings in %d groups%n",
        settings.seed(), settings.seconds(), cases, elapsed.toMillis() / 1000.0, accepted, rejected, findings.cases(), findings.groups().size()));
    out.append(String.format(Locale.ROOT, "  heap at most %d MiB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors()));
    out.append(String.format(Locale.ROOT, "  %.1f s judging (reading, writing, reading back), the rest making the cases%n", judgingNanos / 1e9));
    perFormat.forEach((format, c) -> out.append(String.format(Locale.ROOT, "  %-6s %7d cases %7d accepted %7d rejected %7d findings%n",
        format, c[0], c[1], c[2], c[3])));
    if (abandoned > 0) {
      out.append("  ").append(abandoned).append(" cases ran over the budget of ").append(CASE_BUDGET.toSeconds()).append(" s")
          .append(abandoned >= MAX_ABANDONED ? ": the campaign stopped there\n" : "\n");
    }
    out.append("Slowest cases:\n");
    for (Timed t : slowest) {
      out.append(String.format(Locale.ROOT, "  %8.1f ms  case %d: %s%n", t.nanos() / 1e6, t.caseNumber(), t.input()));
    }
    if (!findings.isEmpty()) {
      out.append("Findings by cause (count × cause):\n").append(findings.summary());
    }
    return out.toString();
  }
}
