package org.keneya.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.data.DatasetDiff;
import org.keneya.core.data.DatasetDiff.EntityChange;
import org.keneya.core.data.DatasetDiff.PropertyChange;
import org.keneya.core.error.InvalidDataException;
import org.keneya.core.kind.KindRegistry;
import org.keneya.core.kind.ValueType;
import org.keneya.io.json.JsonValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keneya diff OLD NEW}: what changed from one dataset to another, as text or {@code --json};
 * exit 0 when equal and 1 when different, like {@code diff}, and {@value #EXIT_UNREADABLE} for an
 * input that cannot be read as a dataset (where the other commands exit 1).
 */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Shows what changed between two datasets; exit 1 when they differ.",
    description = "Reads two datasets, in any formats the other commands read (by extension, or --from for both), "
        + "and prints the entities added (+), removed (-) and changed (~), by kind and id, each changed value on a "
        + "line with its path (budget.amount, sensors[0].model), its old and its new value; a list that only grew "
        + "at its end, such as a status history with new entries, is shown as the items appended. Then a summary "
        + "line. With --json, one JSON document for programs. References are not checked: datasets that do not "
        + "validate can be compared. A JSON Lines file of version 1 has no end record: a warning says that its "
        + "completeness cannot be checked (an entity missing from a cut file would show as removed).",
    footer = {
        "",
        "Exit codes (as diff's, so they differ from the other commands'):",
        "  0  the datasets are equal",
        "  1  the datasets differ",
        "  2  usage error: a wrong option or argument, an unknown format",
        "  3  unexpected error (a bug: --verbose prints the stack trace)",
        "  4  I/O failure: a file that cannot be read (the message names it)",
        "  5  an input that cannot be read as a dataset: malformed content,",
        "     or an id held twice (the message names the file and the place)",
        "",
        "Examples:",
        "  keneya diff old.json new.zip",
        "  keneya diff old.jsonl new.jsonl --json > changes.json"})
final class DiffCommand implements Callable<Integer> {
  /** The datasets differ (as {@code diff}'s 1). */
  static final int EXIT_DIFFERENT = 1;
  /** An input that cannot be read as a dataset: this command's code where the others use {@value KeneyaCli#EXIT_DATA}. */
  static final int EXIT_UNREADABLE = 5;

  @Parameters(index = "0", paramLabel = "OLD", description = "The first dataset: .json, .jsonl, .zip, .csv, .xlsx or a folder of CSV tables; - for standard input (with --from).")
  @Nullable Path old;

  @Parameters(index = "1", paramLabel = "NEW", description = "The second dataset, in any of the same formats.")
  @Nullable Path updated;

  @Option(names = "--from", paramLabel = "FORMAT", description = {"The format of both inputs: ${COMPLETION-CANDIDATES}.", "  Default: by extension"})
  @Nullable Format from;

  @Option(names = "--json", description = "Print the changes as one JSON document, for programs.")
  boolean json;

  @Mixin
  CsvReadFlags csv = new CsvReadFlags();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Path first = Objects.requireNonNull(old);
    Path second = Objects.requireNonNull(updated);
    if (Format.isStandard(first) && Format.isStandard(second)) {
      throw CliException.usage("OLD and NEW cannot both be standard input");
    }
    KeneyaCli root = KeneyaCli.root(spec);
    DataFiles files = new DataFiles(KindRegistry.load(), csv.options(), csv.kind, false).standard(root.stdin, root.stdout);
    Dataset before = read(files, first);
    Dataset after = read(files, second);
    DatasetDiff diff;
    try {
      diff = before.diff(after);
    } catch (IllegalArgumentException e) { // an id held twice: entities cannot be matched
      String message = String.valueOf(e.getMessage()) // names the dataset by its place: name it by its file
          .replace("cannot diff: the first dataset", DataFiles.inName(first))
          .replace("cannot diff: the second dataset", DataFiles.inName(second));
      throw new CliException(EXIT_UNREADABLE, "cannot compare: " + message, e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(json ? toJson(diff) : diff.toText());
    out.flush();
    return diff.isEmpty() ? KeneyaCli.EXIT_OK : EXIT_DIFFERENT;
  }

  /** A dataset, references unchecked; what cannot be read as a dataset exits {@value #EXIT_UNREADABLE}, not 1. */
  private Dataset read(DataFiles files, Path path) {
    DataFiles.requireExists(path);
    Format format = Format.of(path, from, "--from", "standard input");
    try {
      Dataset dataset = files.read(path, format, false);
      String warning = files.completenessWarning(path, format);
      if (warning != null) { // a version 1 JSON Lines file: what it lacks cannot be told from what was removed
        spec.commandLine().getErr().println("keneya: warning: " + warning);
        spec.commandLine().getErr().flush();
      }
      return dataset;
    } catch (CliException e) {
      throw e.exitCode() == KeneyaCli.EXIT_DATA ? new CliException(EXIT_UNREADABLE, e.getMessage(), e) : e;
    } catch (InvalidDataException e) {
      CliException data = CliException.data(DataFiles.inName(path), e);
      throw data.exitCode() == KeneyaCli.EXIT_DATA ? new CliException(EXIT_UNREADABLE, data.getMessage(), e) : data;
    }
  }

  /**
   * The diff as one JSON document and a line end:
   *
   * <pre>{@code
   * {"format":"keneya-diff","version":1,"summary":{"added":1,"removed":0,"changed":1},"entities":[
   *  {"kind":"station","id":"s3","change":"added","entity":{…}},
   *  {"kind":"station","id":"s1","change":"changed","properties":[
   *   {"path":"name","change":"changed","before":{"fr":"Kati"},"after":{"fr":"Kita"}},
   *   {"path":"elevation","change":"changed","after":320},
   *   {"path":"provenance","change":"appended","items":[{"document":"d2"}]}]}]}
   * }</pre>
   *
   * Values are written as in a dataset document; an absent value (an optional one) has no {@code
   * before} or {@code after} member. An added entity is written whole as {@code entity}, a removed one
   * too (what it was).
   */
  static String toJson(DatasetDiff diff) {
    StringBuilder s = new StringBuilder("{\"format\":\"keneya-diff\",\"version\":1,\"summary\":{\"added\":")
        .append(diff.added().size()).append(",\"removed\":").append(diff.removed().size())
        .append(",\"changed\":").append(diff.changed().size()).append("},\"entities\":[");
    boolean firstEntity = true;
    for (EntityChange entity : diff.entities()) {
      s.append(firstEntity ? "" : ",").append("{\"kind\":").append(text(entity.kind().name()))
          .append(",\"id\":").append(text(entity.id().toString()))
          .append(",\"change\":").append(text(entity.type().name().toLowerCase(java.util.Locale.ROOT)));
      firstEntity = false;
      switch (entity.type()) {
        case ADDED -> s.append(",\"entity\":").append(JsonValues.toJson(entity.kind().struct(), entity.after().orElseThrow()));
        case REMOVED -> s.append(",\"entity\":").append(JsonValues.toJson(entity.kind().struct(), entity.before().orElseThrow()));
        case CHANGED -> {
          s.append(",\"properties\":[");
          boolean firstChange = true;
          for (PropertyChange change : entity.properties()) {
            s.append(firstChange ? "" : ",").append("{\"path\":").append(text(change.path()))
                .append(",\"change\":").append(text(change.type().name().toLowerCase(java.util.Locale.ROOT)));
            firstChange = false;
            if (change.type() == PropertyChange.Type.APPENDED) {
              s.append(",\"items\":").append(JsonValues.toJson(change.valueType(), change.appended()));
            } else {
              change.before().ifPresent(v -> s.append(",\"before\":").append(JsonValues.toJson(change.valueType(), v)));
              change.after().ifPresent(v -> s.append(",\"after\":").append(JsonValues.toJson(change.valueType(), v)));
            }
            s.append('}');
          }
          s.append(']');
        }
      }
      s.append('}');
    }
    return s.append("]}").append('\n').toString();
  }

  private static String text(String value) {
    return JsonValues.toJson(ValueType.string(), value);
  }
}
