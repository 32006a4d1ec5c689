package org.keneya.testkit.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.GenerationException;
import org.opentest4j.TestAbortedException;

/**
 * Runs a property over generated values, framework-neutrally: tries with growing sizes from one
 * seed, and on failure shrinks the recorded draws to a small counterexample. The JUnit extension
 * is built on it; other runners can be too.
 *
 * <pre>{@code
 * PropertyResult<Integer> result = PropertyRunner.builder()
 *     .tries(1000).seed(42L).build()
 *     .run(Gens.integers(0, 1000), i -> assertTrue(i < 500));
 * result.failure().get().shrunk(); // 500
 * }</pre>
 */
public final class PropertyRunner {
  /** The system property that overrides the seed of every property: {@code -Dkeneya.seed=…}. */
  public static final String SEED_PROPERTY = "keneya.seed";

  private final int tries;
  private final @Nullable Long seed;
  private final int shrinkBudget;

  private PropertyRunner(int tries, @Nullable Long seed, int shrinkBudget) {
    this.tries = tries;
    this.seed = seed;
    this.shrinkBudget = shrinkBudget;
  }

  /** A runner to configure: tries, seed, shrink budget. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks {@code property} over {@code tries} values of {@code gen}, as {@code @Property} does (a
   * random seed, or {@code -Dkeneya.seed=…}), for a test that draws from a generator of its own —
   * a dataset generator over an explicit registry, say; a failure is shrunk and thrown (see {@link
   * PropertyResult#assertPassed()}).
   */
  public static <T> PropertyResult<T> forAll(int tries, Gen<T> gen, Check<? super T> property) {
    return builder().tries(tries).build().run(gen, property).assertPassed();
  }

  /** A property: throws (an {@link AssertionError} or any exception) when it does not hold. */
  @FunctionalInterface
  public interface Check<T> {
    void check(T value) throws Throwable;
  }

  /** Runs {@code property} over values of {@code gen}; never throws for a failing property. */
  public <T> PropertyResult<T> run(Gen<T> gen, Check<? super T> property) {
    long masterSeed = seed != null ? seed : seedFromSystemOrRandom();
    SplittableRandom seeds = new SplittableRandom(masterSeed);
    int discarded = 0;
    // keep drawing until `tries` values were checked; a try that cannot generate (an exhausted
    // filter) is discarded, and more discards than tries ends the run with the generator's reason
    for (int checked = 0; checked < tries; ) {
      int size = tries == 1 ? Gen.MAX_SIZE : 1 + (int) ((long) checked * (Gen.MAX_SIZE - 1) / (tries - 1));
      RecordingSource source = RecordingSource.random(seeds.nextLong(), size);
      T value;
      try {
        value = gen.generate(source);
      } catch (GenerationException e) {
        if (++discarded > tries) {
          throw new GenerationException(
              "more than " + tries + " tries could not generate a value (seed " + masterSeed + "): " + e.getMessage());
        }
        continue;
      }
      checked++;
      Throwable failure = failure(property, value);
      if (failure != null) {
        return PropertyResult.failed(checked, masterSeed, shrink(gen, property, value, failure, source, size));
      }
    }
    return PropertyResult.passed(tries, discarded, masterSeed);
  }

  private <T> PropertyFailure<T> shrink(
      Gen<T> gen, Check<? super T> property, T original, Throwable originalFailure, RecordingSource source, int size) {
    Class<?> failureType = originalFailure.getClass();
    Function<long[], Optional<long[]>> stillFails = candidate -> {
      RecordingSource replay = RecordingSource.replay(candidate, size);
      try {
        T value = gen.generate(replay);
        Throwable again = failure(property, value);
        return again != null && again.getClass() == failureType ? Optional.of(replay.choices()) : Optional.empty();
      } catch (GenerationException e) {
        return Optional.empty();
      }
    };
    long[] originalChoices = source.choices();
    Shrinker shrinker = new Shrinker(originalChoices, stillFails, shrinkBudget);
    long[] shrunkChoices = shrinker.shrink();
    T shrunk = gen.generate(RecordingSource.replay(shrunkChoices, size));
    Throwable shrunkFailure = failure(property, shrunk);
    return new PropertyFailure<>(
        original,
        originalFailure,
        shrunk,
        shrunkFailure != null ? shrunkFailure : originalFailure,
        originalChoices.length,
        shrunkChoices.length,
        shrinker.improvements());
  }

  private static <T> @Nullable Throwable failure(Check<? super T> property, T value) {
    try {
      property.check(value);
      return null;
    } catch (TestAbortedException e) {
      return null; // an assumption that does not hold: not a failure
    } catch (OutOfMemoryError e) {
      throw e;
    } catch (Throwable e) {
      return e;
    }
  }

  private static long seedFromSystemOrRandom() {
    String fromSystem = System.getProperty(SEED_PROPERTY);
    if (fromSystem != null && !fromSystem.isBlank()) {
      try {
        return Long.parseLong(fromSystem.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("-D" + SEED_PROPERTY + " must be a long, was \"" + fromSystem + "\"", e);
      }
    }
    return new SplittableRandom().nextLong();
  }

  /** Configures a {@link PropertyRunner}. */
  public static final class Builder {
    private int tries = 100;
    private @Nullable Long seed;
    private int shrinkBudget = 5_000;

    private Builder() {}

    public Builder tries(int tries) {
      checkArgument(tries >= 1, "tries must be at least 1, was %s", tries);
      this.tries = tries;
      return this;
    }

    /** A fixed seed; without one, {@code -Dkeneya.seed} or a random seed is used (and reported). */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** How many candidates the shrinker may replay. */
    public Builder shrinkBudget(int shrinkBudget) {
      checkArgument(shrinkBudget >= 0, "shrinkBudget must not be negative");
      this.shrinkBudget = shrinkBudget;
      return this;
    }

    public PropertyRunner build() {
      return new PropertyRunner(tries, seed, shrinkBudget);
    }
  }
}
