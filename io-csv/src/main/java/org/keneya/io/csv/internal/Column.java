package org.keneya.io.csv.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.ValueType;

/**
 * One column of a table: its dotted name and how its cell is written — a scalar's text, one
 * language of a localized text, a list as a JSON array, or the presence marker of an optional
 * nested value that could otherwise not be told apart from an absent one.
 */
final class Column {
  enum Type {
    SCALAR,
    LANGUAGE,
    LIST,
    PRESENCE
  }

  final String name;
  final Type type;
  final @Nullable ValueType<?> valueType;
  final @Nullable String language;
  final boolean required;
  /** The constraints declared on the property the cell holds (for money, those on its amount). */
  final List<Constraint> constraints;

  Column(String name, Type type, @Nullable ValueType<?> valueType, @Nullable String language, boolean required,
      List<Constraint> constraints) {
    this.name = name;
    this.type = type;
    this.valueType = valueType;
    this.language = language;
    this.required = required;
    this.constraints = constraints;
  }

  ScalarType<?> scalar() {
    return (ScalarType<?>) valueType;
  }

  @Override
  public String toString() {
    return name;
  }
}
