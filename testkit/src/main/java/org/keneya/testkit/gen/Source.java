package org.keneya.testkit.gen;

/**
 * Where a generator draws every random decision from. A source either draws fresh random values
 * and records them, or replays a recorded (and possibly shrunk) sequence; generators cannot tell
 * the difference, which is why every generator shrinks without code of its own.
 *
 * <p>Generators should map smaller draws to simpler values — 0 to the shortest list, the smallest
 * number, the first alternative — because shrinking moves draws towards 0.
 *
 * <pre>{@code
 * Gen<Boolean> coin = source -> source.draw(1) == 1;
 * }</pre>
 */
public interface Source {
  /** A value in {@code [0, max]}; {@code max} must not be negative. */
  long draw(long max);

  /** The size hint of this try, from 1 to {@link Gen#MAX_SIZE}: generators scale collections with it. */
  int size();
}
