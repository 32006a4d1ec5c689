package org.keneya.testkit.engine;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.testkit.DatasetPrinter;
import org.opentest4j.AssertionFailedError;

/**
 * What a property run found: how many tries ran, the seed that reproduces the run, and the
 * failure, if any, with its shrunk counterexample.
 *
 * @param <T> the type of the generated values
 */
public final class PropertyResult<T> {
  private final int tries;
  private final int discarded;
  private final long seed;
  private final @Nullable PropertyFailure<T> failure;

  private PropertyResult(int tries, int discarded, long seed, @Nullable PropertyFailure<T> failure) {
    this.tries = tries;
    this.discarded = discarded;
    this.seed = seed;
    this.failure = failure;
  }

  static <T> PropertyResult<T> passed(int tries, int discarded, long seed) {
    return new PropertyResult<>(tries, discarded, seed, null);
  }

  static <T> PropertyResult<T> failed(int tries, long seed, PropertyFailure<T> failure) {
    return new PropertyResult<>(tries, 0, seed, failure);
  }

  /** How many tries ran, the failing one included. */
  public int tries() {
    return tries;
  }

  /** How many tries could not generate a value (filter exhaustion) and were skipped. */
  public int discarded() {
    return discarded;
  }

  /** The seed that reproduces this run. */
  public long seed() {
    return seed;
  }

  /** The failure, with its shrunk counterexample, if the property did not hold. */
  public Optional<PropertyFailure<T>> failure() {
    return Optional.ofNullable(failure);
  }

  /** Whether the property held on every try. */
  public boolean passed() {
    return failure == null;
  }

  /**
   * Returns this result if the property held; otherwise throws an {@link AssertionFailedError}
   * naming the shrunk counterexample (a dataset in full, as {@link DatasetPrinter} prints it) and the {@code -Dkeneya.seed=…} that reproduces the run, with
   * the shrunk value's failure as its cause. For tests that run a property over a generator of
   * their own: {@code PropertyRunner.builder().tries(200).build().run(gen, check).assertPassed()}.
   */
  public PropertyResult<T> assertPassed() {
    if (failure != null) {
      throw new AssertionFailedError(summary() + "; shrunk counterexample: " + DatasetPrinter.describe(failure.shrunk())
          + "\nReproduce with -D" + PropertyRunner.SEED_PROPERTY + "=" + seed, failure.shrunkFailure());
    }
    return this;
  }

  /** A one-line summary, such as {@code 1000 tries passed (seed 42)}. */
  public String summary() {
    return failure == null
        ? tries + " tries passed" + (discarded > 0 ? ", " + discarded + " discarded" : "") + " (seed " + seed + ")"
        : "failed on try " + tries + " (seed " + seed + ")";
  }

  @Override
  public String toString() {
    return summary();
  }
}
