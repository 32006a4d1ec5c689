package org.keneya.core.validation;

import org.keneya.core.error.InvalidDataException;
import org.keneya.core.error.Place;

/**
 * A dataset was required to be valid and is not; {@link #report()} lists every violation, and the
 * message shows the first errors.
 */
public class InvalidDatasetException extends InvalidDataException {
  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 10;

  private final transient ValidationReport report;

  public InvalidDatasetException(ValidationReport report) {
    super(firstPlace(report), describe(report));
    this.report = report;
  }

  public ValidationReport report() {
    return report;
  }

  private static Place firstPlace(ValidationReport report) {
    return report.errors().stream()
        .findFirst()
        .map(v -> Place.path(v.entity() + (v.path().isEmpty() ? "" : "/" + v.path())))
        .orElse(Place.unknown());
  }

  private static String describe(ValidationReport report) {
    StringBuilder s = new StringBuilder("invalid dataset (").append(report.summary()).append(")");
    report.errors().stream().limit(SHOWN).forEach(v -> s.append("\n  ").append(v));
    if (report.errors().size() > SHOWN) {
      s.append("\n  ... and ").append(report.errors().size() - SHOWN).append(" more");
    }
    return s.toString();
  }
}
