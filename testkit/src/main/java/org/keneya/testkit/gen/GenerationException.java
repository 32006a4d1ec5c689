package org.keneya.testkit.gen;

/**
 * A generator could not produce a value: a {@linkplain Gen#filter filter} rejected every candidate
 * within its retry bound, or a replayed sequence ran past its limit. The message says which
 * generator and how many candidates were tried.
 */
public class GenerationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public GenerationException(String message) {
    super(message);
  }
}
