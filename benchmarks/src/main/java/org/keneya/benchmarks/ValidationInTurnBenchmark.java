package org.keneya.benchmarks;

import java.util.concurrent.TimeUnit;
import org.keneya.core.data.Dataset;
import org.keneya.core.validation.ValidationReport;
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
 * {@link Dataset#validate()} as {@link ValidationBenchmark} times it, but of one of {@value
 * #TOTAL} / N distinct datasets of N recommendations after another: at every size the data
 * validated adds up to {@value #TOTAL} recommendations (60 MB), so a dataset of 1,000 is no longer
 * still in the processor's caches from its previous validation. The growth from 1,000 to 100,000
 * is then that of the validator's work alone, where {@link ValidationBenchmark}'s also holds the
 * step from cache to main memory.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ValidationInTurnBenchmark {
  static final int TOTAL = 100_000;

  @Param({"1000", "100000"})
  public int recommendations;

  private Dataset[] datasets;
  private int next;

  @Setup
  public void setUp() {
    datasets = new Dataset[Math.max(1, TOTAL / recommendations)];
    for (int i = 0; i < datasets.length; i++) {
      datasets[i] = Fixtures.dataset(recommendations);
    }
  }

  @Benchmark
  public ValidationReport validate() {
    Dataset dataset = datasets[next];
    next = next + 1 == datasets.length ? 0 : next + 1;
    return dataset.validate();
  }
}
