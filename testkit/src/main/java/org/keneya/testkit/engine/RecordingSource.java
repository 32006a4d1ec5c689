package org.keneya.testkit.engine;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.keneya.testkit.gen.GenerationException;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Source;

/**
 * A {@link Source} that records every draw. In random mode it draws from a seeded {@link
 * SplittableRandom}; in replay mode it returns a given sequence (clamped to each draw's range) and
 * zeros once the sequence is used up. Either way {@link #choices()} is the sequence actually
 * consumed, which is what the shrinker minimizes.
 *
 * <pre>{@code
 * RecordingSource source = RecordingSource.random(42L, 50);
 * Dataset d = gen.generate(source);
 * Dataset same = gen.generate(RecordingSource.replay(source.choices(), 50));
 * }</pre>
 */
public final class RecordingSource implements Source {
  /** Generation stops with a {@link GenerationException} after this many draws. */
  public static final int MAX_DRAWS = 1 << 20;

  private final @Nullable SplittableRandom random;
  private final long[] prefix;
  private final int size;
  private long[] recorded = new long[64];
  private int count;

  private RecordingSource(@Nullable SplittableRandom random, long[] prefix, int size) {
    checkArgument(size >= 1 && size <= Gen.MAX_SIZE, "size %s not in [1, %s]", size, Gen.MAX_SIZE);
    this.random = random;
    this.prefix = prefix;
    this.size = size;
  }

  public static RecordingSource random(long seed, int size) {
    return new RecordingSource(new SplittableRandom(seed), new long[0], size);
  }

  public static RecordingSource replay(long[] choices, int size) {
    return new RecordingSource(null, choices.clone(), size);
  }

  @Override
  public long draw(long max) {
    checkArgument(max >= 0, "max %s is negative", max);
    if (count >= MAX_DRAWS) {
      throw new GenerationException("generation used more than " + MAX_DRAWS + " draws");
    }
    long value;
    if (random != null) {
      value = max == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(max + 1);
    } else {
      value = count < prefix.length ? Math.min(Math.max(prefix[count], 0), max) : 0;
    }
    if (count == recorded.length) {
      recorded = Arrays.copyOf(recorded, recorded.length * 2);
    }
    recorded[count++] = value;
    return value;
  }

  @Override
  public int size() {
    return size;
  }

  /** The draws made so far, in order. */
  public long[] choices() {
    return Arrays.copyOf(recorded, count);
  }
}
