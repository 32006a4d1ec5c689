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
 * {@link Dataset#validate()} of the benchmark dataset (N recommendations with their actors,
 * pillars and meetings): every reference, code, id and kind rule. No library does this, so the
 * figure that matters is the growth from 1,000 to 100,000 recommendations, which
 * {@link BenchmarkMain} prints (linear growth is 100; the goal is at most 120). The same dataset is
 * validated again and again, so at 1,000 it is in the processor's caches and at 100,000 it is not:
 * {@link ValidationInTurnBenchmark} times the validator's growth without that step, and the
 * validation by hand ({@link HandWrittenValidation}) what the step costs a validator that does
 * nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ValidationBenchmark {
  @Param({"1000", "100000"})
  public int recommendations;

  private Dataset dataset;
  private HandWrittenValidation byHand;
  private boolean byHandChecked;

  @Setup
  public void setUp() {
    dataset = Fixtures.dataset(recommendations);
    byHand = new HandWrittenValidation(dataset);
  }

  @Benchmark
  public ValidationReport validate() {
    return dataset.validate();
  }

  /** The same checks written by hand for the fixtures' kinds: the floor of a validator of these objects. */
  @Benchmark
  public int handWritten() {
    if (!byHandChecked) { // here, not in setUp: validate's set-up stays as it was
      HandWrittenValidation.checkSameVerdict();
      byHandChecked = true;
    }
    return byHand.count();
  }

  /** Only the bytes every validator must read (ids, references' ids, codes), in the tightest loop. */
  @Benchmark
  public int readOnly() {
    return byHand.readOnly();
  }
}
