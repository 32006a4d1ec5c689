package org.keneya.core.kind;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keneya.core.error.DomainModelException;

/**
 * The property values of one struct being built by a {@linkplain StructType#positional positional
 * factory}, handed out in property order. Each comes in the form a value's all-attributes factory
 * takes: an optional property's value or {@code null} when absent, a list (empty when absent), and
 * any other value as it is.
 *
 * <pre>{@code
 * StructType.positional("date-range", DateRange.class,
 *     values -> DateRange.of(values.<PartialDate>next(), values.<PartialDate>next()))
 * }</pre>
 */
public final class PropertyValues {
  private final @Nullable Object[] values;
  private final ValueType.Shape[] shapes;
  private int next;

  PropertyValues(@Nullable Object[] values, ValueType.Shape[] shapes) {
    this.values = values;
    this.shapes = shapes;
  }

  /**
   * The next property's value, typed as the parameter it is passed to expects. The type is not
   * checked here: a factory that takes its values in another order than the properties fails with
   * a {@link ClassCastException} when it is first used.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  public <V> V next() {
    if (next == values.length) {
      throw new DomainModelException("the factory asked for more than the " + values.length + " property values");
    }
    int i = next++;
    Object value = values[i];
    if (value == null) {
      return shapes[i] == ValueType.Shape.LIST ? (V) ImmutableList.of() : null;
    }
    return (V) (value instanceof Optional ? ((Optional<?>) value).orElse(null) : value);
  }

  /** Checks that the factory took every value, so that a forgotten property cannot go unnoticed. */
  void checkAllTaken(String structName) {
    if (next != values.length) {
      throw new DomainModelException(
          structName + ": the factory took " + next + " of its " + values.length + " property values");
    }
  }
}
