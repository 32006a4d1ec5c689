package org.keneya.core.error;

/**
 * A domain model is inconsistent: two providers declare the same kind or codelist, a kind refers
 * to a kind or codelist nobody declares, an entity's class belongs to no registered kind.
 *
 * <p>This is a programming or configuration error, not bad data; it surfaces when a {@code
 * KindRegistry} is built, before any data is read.
 */
public class DomainModelException extends KeneyaException {
  private static final long serialVersionUID = 1L;

  public DomainModelException(String message) {
    super(message);
  }
}
