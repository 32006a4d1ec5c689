package org.keneya.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.keneya.core.data.Dataset;
import org.keneya.model.testkit.HealthDatasetGen;
import org.keneya.model.testkit.HealthGens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Testkit generation at the codec benchmarks' sizes: a consistent, valid dataset of N
 * recommendations with 100 actors, a framework of 6 pillars and N/100 meetings, against drawing
 * the same number of plain records from a {@link SplittableRandom} (the floor for any generator).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DatasetGenerationBenchmark {
  @Param({"1000", "100000"})
  public int recommendations;

  private HealthDatasetGen gen;
  private long seed;

  record Plain(String id, String text, String pillar, List<String> lead, String meeting) {}

  @Setup
  public void setUp() {
    int meetings = Fixtures.meetings(recommendations);
    gen = HealthGens.datasets()
        .withCount("document", 0, 0).withCount("actor", Fixtures.ACTORS, Fixtures.ACTORS).withCount("framework", 1, 1)
        .withCount("pillar", Fixtures.PILLARS, Fixtures.PILLARS).withCount("programme", 0, 0)
        .withCount("meeting", meetings, meetings).withCount("finding", 0, 0)
        .withCount("recommendation", recommendations, recommendations).withCount("budget", 0, 0);
  }

  @Benchmark
  public Dataset generate() {
    return gen.sample(seed++);
  }

  @Benchmark
  public List<Plain> baselinePlainRecords() {
    SplittableRandom random = new SplittableRandom(seed++);
    int total = Fixtures.ACTORS + 1 + Fixtures.PILLARS + Fixtures.meetings(recommendations) + recommendations;
    List<Plain> out = new ArrayList<>(total);
    for (int i = 0; i < total; i++) {
      out.add(new Plain("e-" + i, Long.toString(random.nextLong(), 36), "p" + random.nextInt(Fixtures.PILLARS),
          List.of("a-" + random.nextInt(Fixtures.ACTORS)), "m-" + random.nextInt(100)));
    }
    return out;
  }
}
