package org.keneya.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.KindRegistry;
import org.keneya.seeds.Seeds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keneya seeds OUTPUT}: the embedded seed dataset written in any format, so that it can be
 * looked at, or used as a starting point, without writing Java.
 */
@Command(
    name = "seeds",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Writes the embedded seed dataset.",
    description = "Writes the data transcribed from the embedded seed documents (keneya-seeds) in any format convert "
        + "writes, or to standard output with - and --to.",
    footer = {"", "Examples:", "  keneya seeds seeds.zip --delimiter ';' --bom", "  keneya seeds seeds.xlsx", "  keneya seeds - --to jsonl | head"})
final class SeedsCommand implements Callable<Integer> {
  @Parameters(paramLabel = "OUTPUT", description = "Where to write it; the format follows the extension; - for standard output (with --to).")
  @Nullable Path output;

  @Mixin
  OutputFlags writing = new OutputFlags();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Path out = Objects.requireNonNull(output);
    Format format = writing.format(out);
    DataFiles files = writing.files(KindRegistry.load(), KeneyaCli.root(spec));
    Dataset seeds = Seeds.load();
    files.write(seeds, out, format);
    return KeneyaCli.EXIT_OK;
  }
}
