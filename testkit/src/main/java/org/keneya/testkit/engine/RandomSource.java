package org.keneya.testkit.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Source;

/**
 * A {@link Source} that draws from a seeded {@link SplittableRandom} and records nothing: for
 * sampling values that will never be shrunk, such as a large sample file, so neither memory nor a
 * draw limit grows with the value (a generator that never stops never returns here, as with any
 * endless loop; property runs use the capped {@link RecordingSource}). It draws exactly what {@link RecordingSource#random} draws for
 * the same seed, so a sample equals the value a property run would have generated.
 *
 * <pre>{@code
 * Dataset big = gen.generate(RandomSource.of(7L, Gen.MAX_SIZE)); // what gen.sample(7L) does
 * }</pre>
 */
public final class RandomSource implements Source {
  private final SplittableRandom random;
  private final int size;

  private RandomSource(long seed, int size) {
    checkArgument(size >= 1 && size <= Gen.MAX_SIZE, "size %s not in [1, %s]", size, Gen.MAX_SIZE);
    this.random = new SplittableRandom(seed);
    this.size = size;
  }

  public static RandomSource of(long seed, int size) {
    return new RandomSource(seed, size);
  }

  @Override
  public long draw(long max) {
    checkArgument(max >= 0, "max %s is negative", max);
    return max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
  }

  @Override
  public int size() {
    return size;
  }
}
