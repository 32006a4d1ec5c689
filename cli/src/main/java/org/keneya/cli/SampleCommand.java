package org.keneya.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.EntityKind;
import org.keneya.core.kind.KindRegistry;
import org.keneya.model.testkit.HealthDatasetGen;
import org.keneya.model.testkit.HealthGens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keneya sample --seed N --size S OUTPUT}: a random valid dataset, the same bytes for the same seed and size. */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    showDefaultValues = true,
    versionProvider = KeneyaCli.Version.class,
    header = "Writes a random valid dataset, reproducibly.",
    description = "Writes a random, valid, referentially consistent dataset drawn from the testkit's generators, with "
        + "edge cases that break codecs (accents, quotes, separators, line breaks, very large amounts). The "
        + "same seed and size give the same bytes. SIZE is the number of recommendations; other kinds scale "
        + "with it.",
    footer = {"", "Examples:", "  keneya sample --seed 7 --size 200 sample.zip", "  keneya sample --size 5 - --to jsonl | head -3"})
final class SampleCommand implements Callable<Integer> {
  static final int MAX_SIZE = 1_000_000;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "The random seed.")
  long seed = 1;

  @Option(names = "--size", paramLabel = "S", defaultValue = "20",
      description = "How many recommendations, 0 to " + MAX_SIZE + ".")
  int size = 20;

  @Parameters(paramLabel = "OUTPUT", description = "Where to write it; the format follows the extension; - for standard output (with --to).")
  @Nullable Path output;

  @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
  boolean quiet;

  @Mixin
  OutputFlags writing = new OutputFlags();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Path out = Objects.requireNonNull(output);
    if (size < 0 || size > MAX_SIZE) {
      throw CliException.usage("--size must be between 0 and " + MAX_SIZE + ", was " + size);
    }
    Format format = writing.format(out);
    KindRegistry registry = KindRegistry.load();
    DataFiles files = writing.files(registry, KeneyaCli.root(spec));
    if (format == Format.CSV) {
      files.kindFor(out); // a usage error before generating anything
    }
    Progress progress = Progress.onConsole(spec.commandLine().getErr(), quiet);
    Dataset dataset = generator(registry, size).sample(seed);
    progress.say("generated " + dataset.size() + " entities (seed " + seed + ", size " + size + ")");
    long written = files.write(dataset, out, format);
    progress.say("wrote " + written + " entities to " + DataFiles.outName(out));
    return KeneyaCli.EXIT_OK;
  }

  /** Consistent datasets holding exactly {@code size} recommendations, the other kinds in proportion. */
  static HealthDatasetGen generator(KindRegistry registry, int size) {
    HealthDatasetGen gen = HealthGens.datasets(registry)
        .withCount("document", 0, 1 + size / 50)
        .withCount("actor", 1 + size / 5, 2 + size / 3)
        .withCount("framework", 1, Math.min(5, 1 + size / 100))
        .withCount("pillar", 1, Math.min(12, 4 + size / 100))
        .withCount("programme", 0, 1 + size / 50)
        .withCount("meeting", 1, 1 + size / 10)
        .withCount("finding", size / 2, size)
        .withCount("recommendation", size, size)
        .withCount("budget", 0, 1 + size / 10);
    Set<String> known = Set.of("document", "actor", "framework", "pillar", "programme", "meeting", "finding",
        "recommendation", "budget");
    for (EntityKind<?> kind : registry.kinds()) {
      if (!known.contains(kind.name())) {
        gen = gen.withCount(kind.name(), 0, 1 + size / 10); // kinds a jar adds, such as the examples' indicator
      }
    }
    return gen;
  }
}
