package org.keneya.io.csv.internal;

import org.jspecify.annotations.Nullable;
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

  Column(String name, Type type, @Nullable ValueType<?> valueType, @Nullable String language, boolean required) {
    this.name = name;
    this.type = type;
    this.valueType = valueType;
    this.language = language;
    this.required = required;
  }

  ScalarType<?> scalar() {
    return (ScalarType<?>) valueType;
  }

  @Override
  public String toString() {
    return name;
  }
}
