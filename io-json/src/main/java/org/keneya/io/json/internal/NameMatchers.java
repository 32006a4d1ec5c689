package org.keneya.io.json.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.keneya.core.kind.Property;
import org.keneya.core.kind.StructType;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Jackson {@link PropertyNameMatcher}s for struct types, made once per type and shared: a matcher
 * is immutable, and the byte-based parser uses it to find a property's index straight from the
 * input's bytes (Jackson databind reads its beans the same way).
 *
 * <p>Weak keys, so that a type described by a user's class loader is not kept alive here.
 */
final class NameMatchers {
  private static final Map<StructType<?>, PropertyNameMatcher> BY_TYPE =
      Collections.synchronizedMap(new WeakHashMap<>());

  private NameMatchers() {}

  /** The matcher of {@code type}'s property names, whose indexes are the properties' positions. */
  static PropertyNameMatcher of(StructType<?> type) {
    return BY_TYPE.computeIfAbsent(type, NameMatchers::build);
  }

  private static PropertyNameMatcher build(StructType<?> type) {
    List<Named> names = type.properties().stream().map(Property::name).map(Named::fromString).toList();
    return BinaryNameMatcher.constructFrom(names, false);
  }
}
