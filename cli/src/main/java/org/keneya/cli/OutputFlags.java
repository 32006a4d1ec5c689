package org.keneya.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.KindRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How the commands that write a dataset ({@code convert}, {@code sample}, {@code seeds}) write it:
 * {@code --to}, {@code --pretty} and the CSV options, as one picocli mixin so that the three say
 * the same thing the same way.
 */
final class OutputFlags {
  @Option(names = "--to", paramLabel = "FORMAT", description = {"The output's format: ${COMPLETION-CANDIDATES}.", "  Default: by extension"})
  @Nullable Format to;

  @Option(names = "--pretty", description = "Indent JSON output.")
  boolean pretty;

  @Mixin
  CsvFlags csv = new CsvFlags();

  /** The format of {@code output}: {@code --to}, else its extension; {@code -} needs {@code --to}. */
  Format format(Path output) {
    return Format.of(output, to, "--to", "standard output");
  }

  /** Files read and written with these options, {@code -} being {@code root}'s standard streams. */
  DataFiles files(KindRegistry registry, KeneyaCli root) {
    return new DataFiles(registry, csv.options(), csv.kind, pretty).standard(root.stdin, root.stdout);
  }
}
