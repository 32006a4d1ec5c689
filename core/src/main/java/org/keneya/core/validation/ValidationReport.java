package org.keneya.core.validation;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Everything a validation run found, in dataset order. A dataset is {@linkplain #isValid() valid}
 * when there is no error; warnings do not make it invalid.
 *
 * <pre>{@code
 * ValidationReport report = dataset.validate();
 * report.errors().forEach(System.out::println);
 * report.throwIfInvalid(); // InvalidDatasetException listing the errors
 * }</pre>
 */
public final class ValidationReport {
  private final ImmutableList<Violation> violations;

  private ValidationReport(ImmutableList<Violation> violations) {
    this.violations = violations;
  }

  public static ValidationReport of(Iterable<Violation> violations) {
    return new ValidationReport(ImmutableList.copyOf(violations));
  }

  public ImmutableList<Violation> violations() {
    return violations;
  }

  public ImmutableList<Violation> errors() {
    return violations.stream().filter(Violation::isError).collect(ImmutableList.toImmutableList());
  }

  public ImmutableList<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).collect(ImmutableList.toImmutableList());
  }

  public boolean isValid() {
    return violations.stream().noneMatch(Violation::isError);
  }

  /** Throws {@link InvalidDatasetException} when there is an error. */
  public ValidationReport throwIfInvalid() {
    if (!isValid()) {
      throw new InvalidDatasetException(this);
    }
    return this;
  }

  /** {@code 2 errors, 1 warning}. */
  public String summary() {
    long errors = violations.stream().filter(Violation::isError).count();
    long warnings = violations.size() - errors;
    return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ValidationReport && violations.equals(((ValidationReport) o).violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** One violation a line, then the summary. */
  @Override
  public String toString() {
    return violations.stream().map(Violation::toString).collect(Collectors.joining("\n", "", violations.isEmpty() ? "" : "\n"))
        + summary();
  }
}
