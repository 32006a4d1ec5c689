package org.keneya.core.internal.codec;

import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.keneya.core.kind.KindRegistry;

/**
 * What Keneya's codecs work out about a registry's types and keep beside it, for the writers and
 * readers made afresh for each stream (a JSON Lines writer): kept in the registry itself, not in
 * a static map, so that it goes when the registry goes and two registries never share any of it.
 * The registry holds a map for it that only this class reaches (handed over by {@link
 * KindRegistry}'s class initializer, once).
 *
 * <pre>{@code
 * ValueWriter values = RegistryState.of(registry, List.of(ValueWriter.class, true), () -> new ValueWriter(true));
 * }</pre>
 */
public final class RegistryState {
  private static volatile @Nullable Function<KindRegistry, ConcurrentMap<Object, Object>> access;

  private RegistryState() {}

  /** Called once, by {@link KindRegistry}'s class initializer: how to reach a registry's map. */
  public static void access(Function<KindRegistry, ConcurrentMap<Object, Object>> theAccess) {
    if (access != null) {
      throw new IllegalStateException("the registries' state is reached one way, set once by KindRegistry");
    }
    access = theAccess;
  }

  /**
   * The state {@code registry} keeps under {@code key} (a key naming the codec's class, and what
   * makes it differ), made by {@code make} on the first call; thread-safe.
   */
  @SuppressWarnings("unchecked")
  public static <T> T of(KindRegistry registry, Object key, Supplier<T> make) {
    Function<KindRegistry, ConcurrentMap<Object, Object>> reach = access;
    if (reach == null) { // cannot happen: a registry exists, so its class is initialized
      throw new IllegalStateException("KindRegistry did not hand over its state");
    }
    ConcurrentMap<Object, Object> state = reach.apply(registry);
    Object made = state.get(key);
    return (T) (made != null ? made : state.computeIfAbsent(key, k -> make.get()));
  }
}
