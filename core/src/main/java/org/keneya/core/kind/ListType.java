package org.keneya.core.kind;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A list of values of one type, in order; an absent list reads as empty.
 *
 * @param <E> the element type
 */
public final class ListType<E> extends ValueType<List<E>> {
  private final ValueType<E> element;

  ListType(ValueType<E> element) {
    this.element = element;
  }

  public ValueType<E> element() {
    return element;
  }

  @Override
  public Shape shape() {
    return Shape.LIST;
  }
  @Override
  public final <A, R> R accept(Visitor<A, R> visitor, A arg) {
    return visitor.visitList(this, arg);
  }


  @Override
  public String describe() {
    return "list<" + element.describe() + ">";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ListType && element.equals(((ListType<?>) o).element);
  }

  @Override
  public int hashCode() {
    return 31 + element.hashCode();
  }
}
