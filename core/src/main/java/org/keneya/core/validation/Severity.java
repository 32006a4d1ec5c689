package org.keneya.core.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The data is wrong: a dangling reference, a duplicate id, a code outside its list. */
  ERROR,
  /** The data is usable but disagrees with itself, such as a stated rate that the amounts do not give. */
  WARNING
}
