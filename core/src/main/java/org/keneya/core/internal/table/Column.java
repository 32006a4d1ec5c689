package org.keneya.core.internal.table;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.Constraint;
import org.keneya.core.kind.ScalarType;
import org.keneya.core.kind.ValueType;

/**
 * One column of a table: its dotted name and what its cell holds — a scalar's text, one language
 * of a localized text, a whole value that the format encodes in one cell (a list), or the presence
 * marker of an optional nested value that could otherwise not be told apart from an absent one.
 *
 * @param name the dotted name, {@code deadline.form}, {@code statement.fr}
 * @param type what the cell holds
 * @param valueType the type of the value in the cell; null for a presence marker
 * @param language the language of a {@link Type#LANGUAGE} column, else null
 * @param required whether every row has a value in this column
 * @param constraints the constraints declared on the property the cell holds (for money, those on
 *     its amount)
 */
public record Column(
    String name,
    Type type,
    @Nullable ValueType<?> valueType,
    @Nullable String language,
    boolean required,
    List<Constraint> constraints) {

  /** What a column's cell holds. */
  public enum Type {
    /** A scalar, as its text ({@link org.keneya.core.internal.codec.ScalarText}). */
    SCALAR,
    /** The text of one language of a localized text. */
    LANGUAGE,
    /**
     * A whole value of {@link #valueType()} (today a list) in one cell, encoded as the format
     * chooses: see {@link WholeValueCell}.
     */
    VALUE,
    /** {@code true} when an optional nested value is present, empty when it is absent. */
    PRESENCE
  }

  /** The scalar type of a {@link Type#SCALAR} column. */
  public ScalarType<?> scalar() {
    return (ScalarType<?>) valueType;
  }

  /** Whether the cell holds free text: a string scalar or one language of a localized text. */
  public boolean isText() {
    return type == Type.LANGUAGE || (type == Type.SCALAR && scalar().scalar() == ScalarType.Scalar.STRING);
  }

  @Override
  public String toString() {
    return name;
  }
}
