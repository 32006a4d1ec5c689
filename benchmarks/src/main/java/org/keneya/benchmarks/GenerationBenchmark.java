package org.keneya.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.keneya.core.data.Dataset;
import org.keneya.model.Recommendation;
import org.keneya.model.testkit.HealthDatasetGen;
import org.keneya.model.testkit.HealthGens;
import org.keneya.testkit.engine.PropertyResult;
import org.keneya.testkit.engine.PropertyRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Generation speed for test authors: a consistent dataset of about 100 entities (fixed counts:
 * 3 documents, 15 actors, 1 framework with 4 pillars, 2 programmes, 5 meetings, 15 findings, 40
 * recommendations, 5 budgets = 90 health entities), shrinking a planted failure, and a baseline
 * that draws the same number of plain records from a SplittableRandom.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class GenerationBenchmark {
  static final HealthDatasetGen HUNDRED = HealthGens.datasets()
      .withCount("document", 3, 3).withCount("actor", 15, 15).withCount("framework", 1, 1)
      .withCount("pillar", 4, 4).withCount("programme", 2, 2).withCount("meeting", 5, 5)
      .withCount("finding", 15, 15).withCount("recommendation", 40, 40).withCount("budget", 5, 5);

  private long seed;

  record Plain(String id, String text, long amount, List<String> refs) {}

  @Benchmark
  public Dataset generateDatasetOf100() {
    return HUNDRED.sample(seed++);
  }

  @Benchmark
  public PropertyResult<Dataset> shrinkPlantedFailure() {
    // fails on the first dataset with a recommendation that has a lead, then shrinks it to two entities
    return PropertyRunner.builder().tries(200).seed(20_261_122L).build().run(
        HealthGens.datasets(),
        d -> {
          if (d.entities(Recommendation.KIND).stream().anyMatch(r -> !r.lead().isEmpty())) {
            throw new AssertionError("planted");
          }
        });
  }

  @Benchmark
  public List<Plain> baselinePlainRecords() {
    SplittableRandom random = new SplittableRandom(seed++);
    List<Plain> out = new ArrayList<>(100);
    for (int i = 0; i < 100; i++) {
      out.add(new Plain("e-" + i, Long.toString(random.nextLong(), 36), random.nextLong(1L << 50),
          List.of("a-" + random.nextInt(15), "a-" + random.nextInt(15))));
    }
    return out;
  }
}
