package org.keneya.core.validation;

import org.immutables.value.Value;
import org.keneya.core.value.Ref;

/**
 * One problem found by validating a dataset: its severity, a stable machine-readable code (such as
 * {@code dangling-reference}), the entity, the property path inside it ({@code lead[1]}, {@code
 * lines[0].statedRates[2]}; empty for the entity itself) and a message for people.
 *
 * <pre>{@code
 * // ERROR dangling-reference note:n1 authors[0]: person:ada does not exist
 * }</pre>
 */
@Value.Immutable
public abstract class Violation {
  /** Only the implementation Immutables generates, in this package, extends it. */
  Violation() {}

  /** The code of a reference to an entity the dataset does not hold. */
  public static final String DANGLING_REFERENCE = "dangling-reference";

  /**
   * The code of a value that breaks a constraint declared on its property ({@link
   * org.keneya.core.kind.Constraint}): possible only for a type of one's own that does not check
   * it when built, since every reader does.
   */
  public static final String CONSTRAINT = "constraint";

  @Value.Parameter
  public abstract Severity severity();

  @Value.Parameter
  public abstract String code();

  @Value.Parameter
  public abstract Ref<?> entity();

  @Value.Parameter
  public abstract String path();

  @Value.Parameter
  public abstract String message();

  public static Violation of(Severity severity, String code, Ref<?> entity, String path, String message) {
    return ImmutableViolation.of(severity, code, entity, path, message);
  }

  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  void check() {
    Checks.notBlank("Violation.code", code());
    Checks.notBlank("Violation.message", message());
  }

  /** {@code ERROR dangling-reference note:n1 authors[0]: person:x does not exist}. */
  @Override
  public String toString() {
    return severity() + " " + code() + " " + entity() + (path().isEmpty() ? "" : " " + path()) + ": " + message();
  }
}
