package org.keneya.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.keneya.core.data.Dataset;
import org.keneya.core.kind.EntityKind;
import org.keneya.seeds.Seeds;
import org.keneya.testkit.GenSettings;
import org.keneya.model.testkit.HealthGens;
import org.keneya.testkit.engine.RandomSource;

/**
 * The inputs mutations start from: the seeds and a few generated datasets (small ones, for speed,
 * and some with many edge cases or every optional field filled), each written in every format — a
 * JSON document, JSON Lines, a CSV zip, a CSV folder and each non-empty kind's table. The same
 * every run: the generators' seeds are fixed here, not drawn from the campaign's seed.
 */
final class Corpus {
  private final List<Dataset> datasets = new ArrayList<>();
  private final Map<Format, List<Input>> byFormat = new EnumMap<>(Format.class);

  private Corpus() {}

  /** Builds the corpus; {@code scratch} holds the folders while they are written. */
  static Corpus build(Path scratch) throws IOException {
    Corpus corpus = new Corpus();
    corpus.add("seeds", Seeds.load(), scratch);
    corpus.add("empty", Dataset.empty(Codecs.REGISTRY), scratch);
    corpus.add("gen1", generated(1, 20, GenSettings.of(Codecs.REGISTRY)), scratch);
    corpus.add("gen2", generated(2, 60, GenSettings.of(Codecs.REGISTRY)), scratch);
    corpus.add("gen3", generated(3, 100, GenSettings.of(Codecs.REGISTRY).withEdgeCasePercent(50)), scratch);
    corpus.add("gen4", generated(4, 40, GenSettings.of(Codecs.REGISTRY).withOptionalFields(GenSettings.Fill.ALWAYS)
        .withEdgeCasePercent(30)), scratch);
    corpus.add("gen5", generated(5, 10, GenSettings.of(Codecs.REGISTRY).withOptionalFields(GenSettings.Fill.NEVER)), scratch);
    return corpus;
  }

  private static Dataset generated(long seed, int size, GenSettings settings) {
    return HealthGens.datasets().withSettings(settings).generate(RandomSource.of(seed, size));
  }

  private void add(String name, Dataset dataset, Path scratch) throws IOException {
    datasets.add(dataset);
    put(Input.bytes(Format.JSON, name + ".json", Codecs.json(dataset), name + ".json"));
    put(Input.bytes(Format.JSONL, name + ".jsonl", Codecs.jsonLines(dataset), name + ".jsonl"));
    put(Input.bytes(Format.ZIP, name + ".zip", Codecs.zip(Codecs.CSV, dataset), name + ".zip"));
    put(Input.folder(name, Codecs.folderFiles(dataset, scratch), name + "/"));
    for (EntityKind<?> kind : Codecs.REGISTRY.kinds()) {
      if (!dataset.entities(kind).isEmpty() || dataset.isEmpty()) {
        put(Input.table(kind, Codecs.table(Codecs.CSV, dataset, kind), name + "/" + kind.name() + ".csv"));
      }
    }
  }

  private void put(Input input) {
    byFormat.computeIfAbsent(input.format(), f -> new ArrayList<>()).add(input);
  }

  /** Every entry, format by format: the first cases of a campaign read them unchanged. */
  List<Input> all() {
    List<Input> all = new ArrayList<>();
    byFormat.values().forEach(all::addAll);
    return all;
  }

  /**
   * A random entry of the format. The seeds' entries are picked one time in ten: they
   * are realistic, but ten times the size of a generated dataset, and cases on them take as long.
   */
  Input pick(Format format, SplittableRandom random) {
    List<Input> inputs = byFormat.get(format);
    List<Input> seeds = inputs.stream().filter(i -> i.how().startsWith("seeds")).toList();
    List<Input> others = inputs.stream().filter(i -> !i.how().startsWith("seeds")).toList();
    List<Input> from = random.nextInt(10) == 0 || others.isEmpty() ? seeds : others;
    return from.get(random.nextInt(from.size()));
  }

  /** The datasets, for tests that need one. */
  List<Dataset> datasets() {
    return datasets;
  }
}
