package org.keneya.core.internal.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Hidden copies of a template class, each with class data of its own: how the JSON and CSV writers
 * get code specialized to one struct type without generating bytecode. A template reads its class
 * data into {@code static final} fields, which the JIT treats as constants in each copy.
 *
 * <pre>{@code
 * static final byte[] TEMPLATE = HiddenCopies.bytes(StructTemplate.class);
 * StructWriter w = HiddenCopies.copy(MethodHandles.lookup(), TEMPLATE, data, StructWriter.class);
 * }</pre>
 */
public final class HiddenCopies {
  private HiddenCopies() {}

  /** The class file of {@code template}, read from beside it. */
  public static byte[] bytes(Class<?> template) {
    String file = template.getSimpleName() + ".class";
    try (InputStream in = template.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException(file + " is not beside its class");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A new instance of a hidden copy of the template whose class file is {@code template}, with
   * {@code data} as its class data; {@code lookup} is the template's package's own.
   */
  public static <T> T copy(MethodHandles.Lookup lookup, byte[] template, List<?> data, Class<T> type) {
    try {
      MethodHandles.Lookup copy = lookup.defineHiddenClassWithClassData(template, List.copyOf(data), true);
      return type.cast(copy.findConstructor(copy.lookupClass(), MethodType.methodType(void.class)).invoke());
    } catch (Error | RuntimeException e) {
      throw e;
    } catch (Throwable e) { // a template of this library's own, in the lookup's package: not expected
      throw new IllegalStateException("cannot copy the template", e);
    }
  }
}
