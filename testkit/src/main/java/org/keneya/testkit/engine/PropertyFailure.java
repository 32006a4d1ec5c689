package org.keneya.testkit.engine;

/**
 * A failing value as first found and as shrunk, with the failures each caused and how far the
 * shrinking went (draws before and after, accepted shrinking steps).
 *
 * @param <T> the type of the generated values
 */
public final class PropertyFailure<T> {
  private final T original;
  private final Throwable originalFailure;
  private final T shrunk;
  private final Throwable shrunkFailure;
  private final int originalDraws;
  private final int shrunkDraws;
  private final int shrinkSteps;

  PropertyFailure(
      T original, Throwable originalFailure, T shrunk, Throwable shrunkFailure,
      int originalDraws, int shrunkDraws, int shrinkSteps) {
    this.original = original;
    this.originalFailure = originalFailure;
    this.shrunk = shrunk;
    this.shrunkFailure = shrunkFailure;
    this.originalDraws = originalDraws;
    this.shrunkDraws = shrunkDraws;
    this.shrinkSteps = shrinkSteps;
  }

  public T original() {
    return original;
  }

  public Throwable originalFailure() {
    return originalFailure;
  }

  /** The smallest failing value found. */
  public T shrunk() {
    return shrunk;
  }

  /** What the shrunk value's failure was. */
  public Throwable shrunkFailure() {
    return shrunkFailure;
  }

  public int originalDraws() {
    return originalDraws;
  }

  public int shrunkDraws() {
    return shrunkDraws;
  }

  /** How many shrinking candidates were accepted. */
  public int shrinkSteps() {
    return shrinkSteps;
  }
}
