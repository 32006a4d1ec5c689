package org.keneya.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes every reader — JSON, JSON Lines, CSV zip, CSV folder, single CSV table — with inputs
 * mutated from the seeds and generated datasets, byte by byte and knowing their structure (see
 * {@link Mutators}), and judges each outcome with the {@link Oracle}: accepted and equal after a
 * round trip through every format, or refused with a Keneya exception naming the source and a
 * place. A sample of the mutated files also goes through the {@code keneya} command line.
 *
 * <p>In CI the seed is fixed and the campaign is time-boxed (so the sequence of cases is fixed and
 * the summary says how far along it a run got). System properties, passed on by Surefire:
 *
 * <ul>
 *   <li>{@code keneya.fuzz.seed} — the seed of the sequence of cases (default {@value #DEFAULT_SEED});
 *   <li>{@code keneya.fuzz.seconds} — the time box (default {@value #DEFAULT_SECONDS});
 *   <li>{@code keneya.fuzz.case} — run only this case again, as a finding's report gives it.
 * </ul>
 *
 * <p>The long campaign, ten minutes in a small heap:
 *
 * <pre>
 * mvn -o -B -ntp -pl fuzz -am verify -Dtest=ReadersFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dkeneya.fuzz.seconds=600 -Dkeneya.fuzz.seed=42 -DargLine=-Xmx256m
 * </pre>
 *
 * <p>Findings are written to {@code fuzz/target/fuzz-findings/}: per cause, the smallest input
 * found (shrunk) as {@code <n>.<ext>} and what went wrong as {@code <n>.txt}; {@code summary.txt}
 * has the counts and the slowest cases.
 */
class ReadersFuzzTest {
  static final long DEFAULT_SEED = 20261122L;
  static final long DEFAULT_SECONDS = 60L;
  private static final int COMMAND_LINE_SAMPLE = 30;
  private static final Path FINDINGS = Path.of("target", "fuzz-findings");

  @TempDir
  static Path scratch;

  private static Corpus corpus;

  @BeforeAll
  static void buildCorpus() throws IOException {
    corpus = Corpus.build(Files.createDirectories(scratch.resolve("corpus")));
    Codecs.deleteTree(FINDINGS);
    Files.createDirectories(FINDINGS);
  }

  @Test
  void everyReaderAcceptsWithEqualRoundTripsOrRefusesNamingSourceAndPlace() throws IOException {
    Campaign.Settings settings = Campaign.Settings.fromSystemProperties(DEFAULT_SEED, DEFAULT_SECONDS);
    Campaign campaign = new Campaign(settings, corpus, Files.createDirectories(scratch.resolve("cases"))).run();
    campaign.findings.write(FINDINGS, settings.seed());
    String summary = campaign.summary();
    Files.writeString(FINDINGS.resolve("summary.txt"), summary);
    System.out.println(summary);
    assertTrue(campaign.findings.isEmpty(), summary);
  }

  @Test
  void theCommandLineAnswersMutatedFilesWithAnExitCodeAndNoJavaNames() throws IOException {
    Campaign.Settings settings = Campaign.Settings.fromSystemProperties(DEFAULT_SEED, DEFAULT_SECONDS);
    long firstCase = corpus.all().size(); // the first mutated cases of the campaign
    List<Input> sample = Campaign.inputs(settings.seed(), corpus, firstCase, COMMAND_LINE_SAMPLE);
    Findings findings = CommandLineSample.run(sample, firstCase, Files.createDirectories(scratch.resolve("cli")));
    Path dir = Files.createDirectories(FINDINGS.resolve("cli"));
    findings.write(dir, settings.seed());
    String summary = "keneya validate and convert on " + sample.size() + " mutated files (cases " + firstCase + " to "
        + (firstCase + sample.size() - 1) + " of seed " + settings.seed() + "): " + findings.cases() + " findings\n"
        + findings.summary().replace("target/fuzz-findings/", "target/fuzz-findings/cli/");
    System.out.println(summary);
    assertTrue(findings.isEmpty(), summary);
  }
}
