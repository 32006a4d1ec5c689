package org.keneya.io.csv.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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

  private static final byte[] TEMPLATE = template();

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
    try {
      MethodHandles.Lookup copy = MethodHandles.lookup().defineHiddenClassWithClassData(TEMPLATE, List.copyOf(data), true);
      return (Layout.Node) copy.findConstructor(copy.lookupClass(), MethodType.methodType(void.class)).invoke();
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable e) { // the template is ours and in this package: not expected
      throw new IllegalStateException("cannot copy the struct writer template", e);
    }
  }

  private static byte[] template() {
    try (InputStream in = StructTemplate.class.getResourceAsStream("StructTemplate.class")) {
      if (in == null) {
        throw new IllegalStateException("StructTemplate.class is not beside its class");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
