package org.keneya.testkit.gen;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.keneya.testkit.engine.RandomSource;

/**
 * A generator of values of type {@code T}, drawing every decision from a {@link Source}. Because
 * decisions are recorded, a failing value is shrunk by minimizing the recorded draws and replaying
 * the generator — so every generator, including those built with {@link #map}, {@link #flatMap}
 * and {@link #filter}, shrinks with no code of its own (the integrated shrinking of Hypothesis).
 *
 * <p>Generators are framework-neutral: a jqwik or QuickTheories user can wrap one in a line, for
 * example {@code Arbitraries.randomValue(r -> gen.sample(r.nextLong()))}.
 *
 * <pre>{@code
 * Gen<Integer> small = Gens.integers(0, 10);
 * Gen<ImmutableList<String>> words = Gens.strings(1, 8).list(0, 5);
 * Gen<Integer> even = small.filter(i -> i % 2 == 0);
 * even.sample(42L); // the same value for the same seed, every time
 * }</pre>
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Gen<T> {
  /** The largest size a {@link Source} reports. */
  int MAX_SIZE = 100;

  /** How many candidates {@link #filter(Predicate)} tries before giving up. */
  int DEFAULT_FILTER_TRIES = 100;

  /** Draws one value. */
  T generate(Source source);

  /**
   * A value from a fresh random source seeded with {@code seed}, at full size. Nothing is recorded
   * (a sample is never shrunk), so a sample may be as large as memory allows.
   */
  default T sample(long seed) {
    return generate(RandomSource.of(seed, MAX_SIZE));
  }

  default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
    return source -> mapper.apply(generate(source));
  }

  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> next) {
    return source -> next.apply(generate(source)).generate(source);
  }

  /** Keeps the values that pass; gives up with a {@link GenerationException} after {@value #DEFAULT_FILTER_TRIES} rejections. */
  default Gen<T> filter(Predicate<? super T> keep) {
    return filter(keep, DEFAULT_FILTER_TRIES);
  }

  /** Keeps the values that pass, trying at most {@code maxTries} candidates per value. */
  default Gen<T> filter(Predicate<? super T> keep, int maxTries) {
    return source -> {
      for (int i = 0; i < maxTries; i++) {
        T value = generate(source);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new GenerationException(
          "filter exhausted: " + maxTries + " candidates in a row were rejected by " + keep
              + "; loosen the filter or generate valid values directly");
    };
  }

  /** An empty optional about one time in four (always empty once shrunk), else a value. */
  default Gen<Optional<T>> optional() {
    return source -> source.draw(3) == 0 ? Optional.empty() : Optional.of(generate(source));
  }

  /** Lists of {@code 0} to {@code size} elements. */
  default Gen<ImmutableList<T>> list() {
    return list(0, Integer.MAX_VALUE);
  }

  /** Lists of {@code min} to {@code max} elements, scaled by the size; shrinks by removing elements. */
  default Gen<ImmutableList<T>> list(int min, int max) {
    return Gens.listOf(this, min, max);
  }

  /**
   * Injects one of {@code edgeCases} with probability {@code percent}/100. Draws that shrink to 0
   * choose the ordinary generator, so shrinking moves away from edge cases unless they matter.
   */
  default Gen<T> withEdgeCases(int percent, List<? extends T> edgeCases) {
    ImmutableList<T> edges = ImmutableList.copyOf(edgeCases);
    return source -> source.draw(99) >= 100 - percent
        ? edges.get((int) source.draw(edges.size() - 1))
        : generate(source);
  }
}
