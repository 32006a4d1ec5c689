package org.keneya.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.data.DatasetDiff;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.validation.Severity;
import org.keneya.core.validation.ValidationReport;
import org.keneya.core.validation.Violation;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keneya merge FILE... --into DATASET (--output OUT | --dry-run)}: a dataset updated from
 * edited files — a workbook marked as a part adds and changes records but never removes one — with
 * the changes reported as {@code diff} reports them; all or nothing, and never in place.
 */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Merges edited files into a dataset and reports the changes.",
    description = "Reads DATASET, then each FILE in turn (any format the other commands read), and merges it: a "
        + "workbook whose about sheet says it holds a part of a dataset (or any FILE, with --part) adds its records "
        + "and updates those it holds, and never removes one; a whole dataset replaces what DATASET holds. The "
        + "changes are printed as keneya diff prints them (--json for programs). The merged dataset must validate "
        + "(its references resolve, its codes are known): otherwise its errors are listed, exit 1, and nothing is "
        + "written. Merging the same file twice changes nothing the second time. DATASET is never overwritten: "
        + "--output names a new file, written completely or not at all; --dry-run writes nothing.",
    footer = {
        "",
        "Examples:",
        "  keneya merge suivi-dnsp.xlsx --into data.json --dry-run       # what it would change",
        "  keneya merge suivi-dnsp.xlsx suivi-dgs.xlsx --into data.json --output data-2.json",
        "  keneya merge edited.json --into data.json --part --output merged.zip --json > changes.json"})
final class MergeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", arity = "1..*", description = "The files to merge, in order: .xlsx, .json, .jsonl, .zip, .csv or a folder of CSV tables.")
  List<Path> files = List.of();

  @Option(names = "--into", required = true, paramLabel = "DATASET", description = "The dataset the files are merged into; it is read, never written.")
  @Nullable Path into;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target = new Target();

  /** Where the merged dataset goes: a new file, or nowhere. */
  static final class Target {
    @Option(names = "--output", paramLabel = "OUT", description = "Where to write the merged dataset; its format follows the extension (or --to).")
    @Nullable Path output;

    @Option(names = "--dry-run", description = "Report the changes and write nothing.")
    boolean dryRun;
  }

  @Option(names = "--part", description = "Merge every FILE as a part of a dataset, never removing a record; a workbook says so itself.")
  boolean part;

  @Option(names = "--from", paramLabel = "FORMAT", description = {"The format of DATASET and every FILE: ${COMPLETION-CANDIDATES}.", "  Default: by extension"})
  @Nullable Format from;

  @Option(names = "--json", description = "Print the changes as one JSON document (as keneya diff --json does).")
  boolean json;

  @Mixin
  OutputFlags writing = new OutputFlags();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Path base = Objects.requireNonNull(into);
    @Nullable Path output = target.output;
    Format outFormat = output == null ? null : writing.format(output);
    if (output != null) {
      refuseOverwriting(output, base, "--into");
      for (Path file : files) {
        refuseOverwriting(output, file, "a FILE");
      }
    }
    DataFiles data = writing.files(KindRegistry.load(), KeneyaCli.root(spec));
    Dataset before = read(data, base);
    Dataset merged = before;
    for (Path file : files) {
      merged = merged.apply(changes(data, file, merged));
    }
    DatasetDiff changes = before.diff(merged);
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? DiffCommand.toJson(changes) : changes.toText());
    out.flush();
    refuseInvalid(merged);
    if (output != null) {
      data.write(merged, output, Objects.requireNonNull(outFormat));
    }
    return KeneyaCli.EXIT_OK;
  }

  /** What merging {@code file} into {@code into} changes: without removals for a part. */
  private DatasetDiff changes(DataFiles data, Path file, Dataset into) {
    Format format = Format.of(file, from, "--from", "standard input");
    DatasetDiff diff;
    try {
      if (format == Format.XLSX) {
        DataFiles.requireExists(file);
        diff = data.readWorkbook(file).mergeDiff(into);
      } else {
        diff = into.diff(read(data, file));
      }
    } catch (IllegalArgumentException e) { // an id held twice: entities cannot be matched
      throw new CliException(KeneyaCli.EXIT_DATA, "cannot merge " + DataFiles.inName(file) + ": " + e.getMessage(), e);
    }
    return part ? diff.withoutRemovals() : diff;
  }

  /** A dataset, its references unchecked: only the merged dataset must resolve them. */
  private Dataset read(DataFiles data, Path path) {
    if (Format.isStandard(path)) {
      throw CliException.usage("merge reads files, not standard input");
    }
    DataFiles.requireExists(path);
    return data.read(path, Format.of(path, from, "--from", "standard input"), false);
  }

  /** Refuses a merged dataset with errors, listing them on stderr: nothing is written. */
  private void refuseInvalid(Dataset merged) {
    ValidationReport report = merged.validate();
    if (report.isValid()) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Violation violation : report.violations()) {
      if (violation.severity() == Severity.ERROR) {
        err.println(KeneyaCli.oneLine(violation.toString()));
      }
    }
    err.flush();
    throw new CliException(KeneyaCli.EXIT_DATA, "the merged dataset does not validate (" + report.summary()
        + "); nothing was written");
  }

  /** Refuses an output that is {@code input} (DATASET or a FILE), which must stay as it is. */
  private static void refuseOverwriting(Path output, Path input, String what) {
    if (Format.isStandard(output) || Format.isStandard(input)) {
      return;
    }
    try {
      if (Files.exists(output) && Files.exists(input) && Files.isSameFile(output, input)
          || output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())) {
        throw CliException.usage(output + ": the output is " + what + "; merging never writes in place, name another file");
      }
    } catch (IOException e) {
      throw CliException.io(output.toString(), e);
    }
  }
}
