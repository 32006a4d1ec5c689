package org.keneya.testkit.gen;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Basic generators and combinators: numbers, booleans, characters, text, lists, choices. Each maps
 * smaller draws to simpler values, so shrinking finds small counterexamples.
 *
 * <pre>{@code
 * Gen<Long> amounts = Gens.longs(0, 1_000_000_000_000_000L);
 * Gen<String> codes = Gens.strings("abcdef0123456789", 1, 8);
 * Gen<String> colour = Gens.elements(List.of("red", "green", "blue"));
 * Gen<Object> either = Gens.oneOf(Gens.integers(0, 9), Gens.constant("none"));
 * }</pre>
 */
public final class Gens {
  private Gens() {}

  /** Always {@code value}. */
  public static <T> Gen<T> constant(T value) {
    return source -> value;
  }

  public static Gen<Boolean> booleans() {
    return source -> source.draw(1) == 1;
  }

  /** Integers in {@code [min, max]}, spread log-uniformly and shrinking towards 0 (or the bound nearest 0). */
  public static Gen<Integer> integers(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * Values drawn by a function of a Java {@link RandomGenerator}, such as a scalar type's
   * {@linkplain org.keneya.core.kind.ScalarType#generator() generator}: its numbers come from the
   * source, so the values replay and shrink (bounded draws towards their lower bound) like any other
   * generator's. The function must draw every random decision from the generator it is given.
   */
  public static <T> Gen<T> fromRandom(Function<? super RandomGenerator, ? extends T> draw) {
    checkNotNull(draw, "draw");
    return source -> draw.apply(new SourceRandom(source));
  }

  /** Longs in {@code [min, max]}, spread log-uniformly and shrinking towards 0 (or the bound nearest 0). */
  public static Gen<Long> longs(long min, long max) {
    checkArgument(min <= max, "min %s > max %s", min, max);
    if (min >= 0) {
      return source -> min + logUniform(source, max - min);
    }
    if (max <= 0) {
      return source -> max - logUniform(source, max - min);
    }
    return source -> {
      boolean negative = source.draw(1) == 1;
      long magnitude = logUniform(source, negative ? -(min + 1) : max);
      return negative ? -magnitude - 1 : magnitude;
    };
  }

  /**
   * A value in {@code [0, bound]}: first a bit length, then a value of that many bits, so small and
   * huge values are both common and both shrink to 0.
   */
  static long logUniform(Source source, long bound) {
    if (bound <= 0) {
      return 0;
    }
    int bits = 64 - Long.numberOfLeadingZeros(bound);
    int chosen = (int) source.draw(bits);
    long max = chosen >= 63 ? Long.MAX_VALUE : (1L << chosen) - 1;
    return source.draw(Math.min(bound, max));
  }

  /** Decimals with up to {@code maxScale} fraction digits and an unscaled value in {@code [min, max]}. */
  public static Gen<BigDecimal> decimals(long min, long max, int maxScale) {
    Gen<Integer> scales = integers(0, maxScale);
    Gen<Long> unscaled = longs(min, max);
    return source -> BigDecimal.valueOf(unscaled.generate(source), scales.generate(source));
  }

  /** Dates in {@code [from, to]}, shrinking towards {@code from}. */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    checkArgument(days >= 0, "to %s is before from %s", to, from);
    return source -> from.plusDays(source.draw(days));
  }

  /** One of {@code values}, shrinking towards the first. */
  public static <T> Gen<T> elements(List<? extends T> values) {
    ImmutableList<T> copy = ImmutableList.copyOf(values);
    checkArgument(!copy.isEmpty(), "no values to choose from");
    return source -> copy.get((int) source.draw(copy.size() - 1));
  }

  /** A value from one of {@code gens}, chosen uniformly; shrinks towards the first generator. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    ImmutableList.Builder<Gen<? extends T>> builder = ImmutableList.builder();
    for (Gen<? extends T> gen : gens) {
      builder.add(gen); // element by element: handing the varargs array on would be the heap-pollution risk
    }
    ImmutableList<Gen<? extends T>> copy = builder.build();
    checkArgument(!copy.isEmpty(), "no generators to choose from");
    return source -> copy.get((int) source.draw(copy.size() - 1)).generate(source);
  }

  /** A value from one of the generators, chosen with the given weights; shrinks towards the first entry. */
  public static <T> Gen<T> frequency(Map<Gen<? extends T>, Integer> weighted) {
    ImmutableList<Map.Entry<Gen<? extends T>, Integer>> entries = ImmutableList.copyOf(weighted.entrySet());
    int total = entries.stream().mapToInt(Map.Entry::getValue).sum();
    checkArgument(total > 0 && entries.stream().allMatch(e -> e.getValue() >= 0), "weights must be positive");
    return source -> {
      long pick = source.draw(total - 1);
      for (Map.Entry<Gen<? extends T>, Integer> entry : entries) {
        pick -= entry.getValue();
        if (pick < 0) {
          return entry.getKey().generate(source);
        }
      }
      throw new AssertionError("unreachable");
    };
  }

  /** Combines two generators. */
  public static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combine) {
    return source -> combine.apply(a.generate(source), b.generate(source));
  }

  /** Characters from {@code alphabet}, shrinking towards its first character. */
  public static Gen<Integer> codePoints(String alphabet) {
    int[] points = alphabet.codePoints().toArray();
    checkArgument(points.length > 0, "empty alphabet");
    return source -> points[(int) source.draw(points.length - 1)];
  }

  /** Text of {@code minLength} to {@code maxLength} code points from {@code alphabet}. */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    Gen<Integer> points = codePoints(alphabet);
    return listOf(points, minLength, maxLength).map(list -> {
      StringBuilder s = new StringBuilder();
      list.forEach(s::appendCodePoint);
      return s.toString();
    });
  }

  /**
   * Lists of {@code min} to {@code max} elements. Beyond {@code min}, each further element is
   * preceded by a "more?" draw, so deleting an element's draws shortens the list, and a draw of 0
   * stops it: lists shrink by losing elements.
   */
  public static <T> Gen<ImmutableList<T>> listOf(Gen<T> element, int min, int max) {
    checkArgument(0 <= min && min <= max, "bad list bounds [%s, %s]", min, max);
    return source -> {
      int limit = (int) Math.min(max, (long) min + source.size());
      double average = Math.max(1, (limit - min) / 2.0);
      long stopBelow = Math.max(1, Math.round(100 / (average + 1)));
      ImmutableList.Builder<T> out = ImmutableList.builder();
      int count = 0;
      while (count < min) {
        out.add(element.generate(source));
        count++;
      }
      while (count < limit && source.draw(99) >= stopBelow) {
        out.add(element.generate(source));
        count++;
      }
      return out.build();
    };
  }
}
