package org.keneya.core.error;

import static java.util.Objects.requireNonNull;

/**
 * Two datasets were merged and hold different entities under the same kind and id; the message
 * names the reference and shows both versions.
 *
 * <pre>{@code
 * a.merge(b); // DatasetConflictException: note:n1: conflicting versions ...
 * }</pre>
 */
public class DatasetConflictException extends InvalidDataException {
  private static final long serialVersionUID = 1L;

  private final transient Object first;
  private final transient Object second;

  public DatasetConflictException(String reference, Object first, Object second) {
    super(
        Place.path(reference),
        "conflicting versions of the same entity: " + first + " and " + second);
    this.first = requireNonNull(first, "first");
    this.second = requireNonNull(second, "second");
  }

  /** The version found in the receiving dataset. */
  public Object first() {
    return first;
  }

  /** The version found in the dataset being merged in. */
  public Object second() {
    return second;
  }
}
