package org.keneya.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keneya validate INPUT}: every violation, then the summary; exit 1 on any error. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Lists every violation of a dataset; exit 1 on an error.",
    description = "Reads a dataset and prints every violation (severity, code, entity, path, message: dangling references, "
        + "duplicate ids, unknown codes, each kind's own rules, stated figures that disagree with the amounts), "
        + "then a summary line. Exits 1 when there is an error; warnings alone exit 0. A JSON Lines file of "
        + "version 1 has no end record: a warning says its completeness cannot be checked.",
    footer = {"", "Example: keneya validate export.zip"})
final class ValidateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "INPUT", description = "The dataset: .json, .jsonl, .zip, .csv, .xlsx or a folder of CSV tables; - for standard input (with --from).")
  @Nullable Path input;

  @Option(names = "--from", paramLabel = "FORMAT", description = {"The input's format: ${COMPLETION-CANDIDATES}.", "  Default: by extension"})
  @Nullable Format from;

  @Mixin
  CsvReadFlags csv = new CsvReadFlags();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Path path = java.util.Objects.requireNonNull(input);
    DataFiles.requireExists(path);
    KeneyaCli root = KeneyaCli.root(spec);
    DataFiles files = new DataFiles(KindRegistry.load(), csv.options(), csv.kind, false).standard(root.stdin, root.stdout);
    // references are not checked while reading, so that validation lists every dangling one
    Format format = Format.of(path, from, "--from", "standard input");
    Dataset dataset = files.read(path, format, false);
    String warning = files.completenessWarning(path, format);
    if (warning != null) { // a warning about the file, not a violation: the exit code stays the report's
      spec.commandLine().getErr().println("keneya: warning: " + warning);
      spec.commandLine().getErr().flush();
    }
    ValidationReport report = dataset.validate();
    PrintWriter out = spec.commandLine().getOut();
    for (Violation violation : report.violations()) {
      out.println(KeneyaCli.oneLine(violation.toString()));
    }
    out.println(DataFiles.inName(path) + ": " + (dataset.size() == 1 ? "1 entity" : dataset.size() + " entities") + "; " + report.summary());
    out.flush();
    return report.isValid() ? KeneyaCli.EXIT_OK : KeneyaCli.EXIT_DATA;
  }
}
