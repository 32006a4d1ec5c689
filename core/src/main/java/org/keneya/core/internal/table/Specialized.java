package org.keneya.core.internal.table;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.keneya.core.internal.codec.HiddenCopies;

/**
 * Defines the hidden copies of {@link StructTemplate}: a struct's row writer with its accessors and
 * child nodes as constants, so that the JIT compiles the struct's properties as if written by hand.
 *
 * <pre>{@code
 * Layout.Node writer = Specialized.structWriter(getters, children, presence); // null past 24 properties
 * }</pre>
 */
final class Specialized {
  private Specialized() {}

  private static final byte[] TEMPLATE = HiddenCopies.bytes(StructTemplate.class);

  /**
   * A writer of the struct whose properties are read by {@code getters} and written by {@code
   * children} (marking {@code presence[i]} when it is a column), or null when there are more
   * properties than the template has slots.
   */
  static Layout.@Nullable Node structWriter(List<Function<Object, ?>> getters, List<Layout.Node> children, int[] presence) {
    if (getters.size() > StructTemplate.SLOTS) {
      return null;
    }
    List<Object> data = new ArrayList<>();
    for (int i = 0; i < getters.size(); i++) {
      data.add(getters.get(i));
      data.add(children.get(i));
      data.add(presence[i]);
    }
    return HiddenCopies.copy(MethodHandles.lookup(), TEMPLATE, data, Layout.Node.class);
  }
}
