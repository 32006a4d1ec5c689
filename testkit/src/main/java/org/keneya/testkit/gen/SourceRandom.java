package org.keneya.testkit.gen;

import java.util.random.RandomGenerator;

/**
 * A {@link RandomGenerator} whose every number is a draw from a {@link Source}: a function written
 * against Java's random generators (such as a scalar type's {@linkplain
 * org.keneya.core.kind.ScalarType#generator() generator}) then replays and shrinks like any {@link
 * Gen}. Bounded draws are single draws of the source, so they shrink towards their origin; an
 * unbounded {@link #nextLong()} is a sign and a magnitude, shrinking towards 0.
 */
final class SourceRandom implements RandomGenerator {
  private final Source source;

  SourceRandom(Source source) {
    this.source = source;
  }

  @Override
  public long nextLong() {
    boolean negative = source.draw(1) == 1;
    long magnitude = source.draw(Long.MAX_VALUE);
    return negative ? -magnitude - 1 : magnitude;
  }

  @Override
  public int nextInt() {
    return (int) nextLong(Integer.MIN_VALUE, Integer.MAX_VALUE + 1L);
  }

  @Override
  public boolean nextBoolean() {
    return source.draw(1) == 1;
  }

  @Override
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return (int) source.draw(bound - 1L);
  }

  @Override
  public int nextInt(int origin, int bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound);
    }
    return (int) nextLong(origin, bound);
  }

  @Override
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive: " + bound);
    }
    return source.draw(bound - 1);
  }

  @Override
  public long nextLong(long origin, long bound) {
    if (origin >= bound) {
      throw new IllegalArgumentException("origin " + origin + " must be below bound " + bound);
    }
    long span = bound - origin; // may overflow into a negative span: the whole range past Long.MAX_VALUE
    if (span > 0) {
      return origin + source.draw(span - 1);
    }
    long value;
    do {
      value = nextLong();
    } while (value < origin || value >= bound);
    return value;
  }
}
