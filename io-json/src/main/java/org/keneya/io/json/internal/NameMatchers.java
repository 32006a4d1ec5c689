package org.keneya.io.json.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Jackson {@link PropertyNameMatcher}s for struct types, made once per type and kept by whoever
 * owns this: a matcher is immutable, and the byte-based parser uses it to find a property's
 * index straight from the input's bytes (Jackson databind reads its beans the same way).
 * Thread-safe.
 *
 * <p>Kept with a registry (for its codecs and stream readers) or by a codec (the Jackson module),
 * never in a static map, so that the types of a registry that is dropped go with it. Bounded, as
 * the other caches keyed by types.
 *
 * <pre>{@code
 * NameMatchers matchers = RegistryState.of(registry, NameMatchers.class, NameMatchers::new);
 * new ValueReader(parser, source, false, limits, matchers).read(type);
 * }</pre>
 */
public final class NameMatchers {
  private static final int MAX_TYPES = 256;
  private final Map<StructType<?>, PropertyNameMatcher> byType = new ConcurrentHashMap<>();

  /** Matchers for no type yet. */
  public NameMatchers() {}

  /** The matcher of {@code type}'s property names, whose indexes are the properties' positions. */
  PropertyNameMatcher of(StructType<?> type) {
    PropertyNameMatcher matcher = byType.get(type);
    if (matcher != null) {
      return matcher;
    }
    if (byType.size() >= MAX_TYPES) {
      byType.clear();
    }
    return byType.computeIfAbsent(type, NameMatchers::build);
  }

  /** How many types have a matcher now: for tests. */
  int size() {
    return byType.size();
  }

  private static PropertyNameMatcher build(StructType<?> type) {
    List<Named> names = type.properties().stream().map(Property::name).map(Named::fromString).toList();
    return BinaryNameMatcher.constructFrom(names, false);
  }
}
