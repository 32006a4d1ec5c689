package org.keneya.core.kind;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A value that may be absent. Codecs omit an absent value (JSON) or leave its cell empty (CSV).
 *
 * @param <E> the type of the value when present
 */
public final class OptionalType<E> extends ValueType<Optional<E>> {
  private final ValueType<E> element;

  OptionalType(ValueType<E> element) {
    this.element = element;
  }

  public ValueType<E> element() {
    return element;
  }

  @Override
  public Shape shape() {
    return Shape.OPTIONAL;
  }
  @Override
  public final <A, R> R accept(Visitor<A, R> visitor, A arg) {
    return visitor.visitOptional(this, arg);
  }


  @Override
  public String describe() {
    return "optional<" + element.describe() + ">";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof OptionalType && element.equals(((OptionalType<?>) o).element);
  }

  @Override
  public int hashCode() {
    return 17 + element.hashCode();
  }
}
