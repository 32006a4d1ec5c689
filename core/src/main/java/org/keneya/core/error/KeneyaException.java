package org.keneya.core.error;

/**
 * The root of every exception Keneya throws on purpose.
 *
 * <p>Catch this type to handle any refusal by the library; catch a subtype to tell bad data ({@link
 * InvalidDataException}) from a misconfigured domain model ({@link DomainModelException}).
 */
public abstract class KeneyaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected KeneyaException(String message) {
    super(message);
  }

  protected KeneyaException(String message, Throwable cause) {
    super(message, cause);
  }
}
