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
import org.keneya.core.error.InvalidDataException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.value.LocalizedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keneya convert INPUT OUTPUT}: between JSON, JSON Lines, CSV tables in a zip or folder, one CSV table and an Excel workbook. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Converts a dataset between JSON, JSON Lines, CSV and Excel.",
    description = "Converts losslessly between JSON, JSON Lines, CSV tables (a zip or a folder, with datapackage.json) "
        + "a single CSV table and an Excel workbook (.xlsx: a sheet per kind and per list, dropdowns of codes and ids). "
        + "The output is written completely or not at all: into a temporary sibling, "
        + "then moved into place; after a failure no partial output exists and an existing output is unchanged. "
        + "Between JSON Lines and single tables, entities are streamed one at a time in constant memory "
        + "(references are checked when a whole dataset is read, not when streaming).",
    footer = {
        "",
        "Examples:",
        "  keneya convert data.json export.zip --delimiter ';' --bom --formula-guard",
        "  keneya convert data.json export.zip --profile fr          # Excel or LibreOffice in French",
        "  keneya convert data.json data.xlsx                        # edit in Excel, then back:",
        "  keneya convert data.xlsx data.json",
        "  keneya convert big.jsonl recommendation.csv --quiet",
        "  keneya convert - recommendation.csv --from jsonl --languages fr,en < big.jsonl",
        "  keneya convert data.json - --to jsonl | gzip > data.jsonl.gz",
        "  keneya convert export/ data.json --pretty"})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "The dataset to read; - for standard input (with --from).")
  @Nullable Path input;

  @Parameters(index = "1", paramLabel = "OUTPUT", description = "Where to write it; the format follows the extension; - for standard output (with --to).")
  @Nullable Path output;

  @Option(names = "--from", paramLabel = "FORMAT", description = {"The input's format: ${COMPLETION-CANDIDATES}.", "  Default: by extension"})
  @Nullable Format from;

  @Option(names = "--languages", paramLabel = "LANG", split = ",", showDefaultValue = Visibility.NEVER,
      description = {"Localized-text columns of a streamed CSV table, as fr,en; in a workbook, columns added to "
          + "those the data uses, for a person to fill in.", "  Default: the languages found in a first pass"})
  List<String> languages = List.of();

  @Option(names = {"-q", "--quiet"}, description = "No progress and no notes on stderr.")
  boolean quiet;

  @Mixin
  OutputFlags writing = new OutputFlags();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Path in = Objects.requireNonNull(input);
    Path out = Objects.requireNonNull(output);
    DataFiles.requireExists(in);
    Format inFormat = Format.of(in, from, "--from", "standard input");
    Format outFormat = writing.format(out);
    refuseSameFile(in, out);
    for (String language : languages) {
      try {
        LocalizedText.checkLanguage(language);
      } catch (InvalidDataException e) {
        throw CliException.usage("--languages: " + e.getMessage());
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.onConsole(err, quiet);
    DataFiles files = writing.files(KindRegistry.load(), KeneyaCli.root(spec)).languages(languages);
    String outName = DataFiles.outName(out);
    if (inFormat.streams() && outFormat.streams()) {
      DataFiles.Streamed result = files.stream(in, inFormat, out, outFormat, languages, progress);
      progress.say("wrote " + result.written() + " entities to " + outName);
      if (result.skipped() > 0 && !quiet) {
        err.println("keneya: note: " + result.skipped() + " entities of kinds other than " + result.table()
            + " are not in " + outName + " (a single table holds one kind; use .zip or a folder for all)");
      }
    } else {
      Dataset dataset = files.read(in, inFormat, true);
      progress.say("read " + dataset.size() + " entities from " + DataFiles.inName(in));
      long written = files.write(dataset, out, outFormat);
      progress.say("wrote " + written + " entities to " + outName);
      if (written < dataset.size() && !quiet) {
        err.println("keneya: note: " + (dataset.size() - written) + " entities of kinds other than "
            + files.kindFor(out).name() + " are not in " + outName
            + " (a single table holds one kind; use .zip or a folder for all)");
      }
    }
    err.flush();
    return KeneyaCli.EXIT_OK;
  }

  private static void refuseSameFile(Path in, Path out) {
    if (Format.isStandard(in) || Format.isStandard(out)) {
      return; // a stream is no file
    }
    try {
      if (Files.exists(out) && Files.isSameFile(in, out)) {
        throw CliException.usage(out + ": the output is the input; write to another file");
      }
    } catch (IOException e) {
      throw CliException.io(out.toString(), e);
    }
  }
}
