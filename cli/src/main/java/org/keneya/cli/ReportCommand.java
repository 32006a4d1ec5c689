package org.keneya.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.seeds.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keneya report [INPUT]}: in French or English, the follow-up as of a date (overdue and
 * due-soon items per responsible actor, progress), recommendations by pillar, actor and status,
 * every deadline with what was derived from it, the timeline of events, budget execution.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Readable tables of a dataset, as text or one HTML page.",
    description = "The follow-up as of a date: overdue items and those due soon per responsible actor (lead and "
        + "supporting apart), progress per actor and per pillar; recommendations by pillar or theme, by responsible "
        + "actor and by status; every deadline and horizon as written with the date derived from it or why none can "
        + "be; the timeline of events and decisions; budget execution by owner, fiscal year and funding source, with "
        + "every stated rate checked against the amounts. Wholly in French or English, dates and figures included. "
        + "As text, or as one self-contained HTML page with bar charts that opens offline. The same data, --as-of "
        + "date and language give the same output.",
    footer = {"", "Example: keneya report --as-of 2025-01-01 --lang fr --format html --output rapport.html"})
final class ReportCommand implements Callable<Integer> {
  /** The output formats of a report. */
  enum ReportFormat {
    TEXT,
    HTML;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Parameters(arity = "0..1", paramLabel = "INPUT",
      description = {"A dataset in any format convert reads.", "  Default: the embedded seeds"})
  @Nullable Path input;

  @Option(names = "--from", paramLabel = "FORMAT", description = {"The input's format: ${COMPLETION-CANDIDATES}.", "  Default: by extension"})
  @Nullable Format from;

  @Option(names = "--as-of", paramLabel = "DATE", description = {"The date deadlines are checked against, as 2025-01-31.", "  Default: today"})
  @Nullable LocalDate asOf;

  @Option(names = "--due-within", paramLabel = "DAYS", defaultValue = "30",
      description = "List as due soon the open items due within DAYS days of the as-of date.")
  int dueWithin = 30;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or html.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE (atomically) instead of stdout.")
  @Nullable Path output;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
      description = "fr or en: the language of the whole report — labels, dates, figures — and of the texts from the "
          + "data, each falling back to the other language where the data lacks it.")
  ReportLanguage language = ReportLanguage.EN;

  @Mixin
  CsvReadFlags csv = new CsvReadFlags();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    if (dueWithin < 0) {
      throw CliException.usage("--due-within must not be negative: " + dueWithin);
    }
    Dataset dataset;
    String source;
    if (input == null) {
      dataset = Seeds.load();
      source = ReportLabels.of(language).get(ReportLabel.SOURCE_SEEDS);
    } else {
      KeneyaCli root = KeneyaCli.root(spec);
      DataFiles files = new DataFiles(KindRegistry.load(), csv.options(), csv.kind, false).standard(root.stdin, root.stdout);
      // references are left to validation: the report shows what it can and counts the problems
      dataset = files.read(input, Format.of(input, from, "--from", "standard input"), false);
      source = DataFiles.inName(input);
    }
    Report report = Report.of(dataset, asOf != null ? asOf : LocalDate.now(), language, dueWithin, source);
    String rendered = format == ReportFormat.HTML ? HtmlReport.render(report) : TextReport.render(report);
    if (output != null) {
      byte[] bytes = rendered.getBytes(StandardCharsets.UTF_8);
      AtomicOutput.file(output, output.toString(), out -> out.write(bytes));
    } else {
      spec.commandLine().getOut().print(rendered);
      spec.commandLine().getOut().flush();
    }
    return KeneyaCli.EXIT_OK;
  }
}
