package org.keneya.model.testkit.laws;

import java.lang.reflect.Type;
import java.util.Optional;
import org.keneya.testkit.GenSettings;
import org.keneya.testkit.gen.Gen;
import org.keneya.testkit.gen.Gens;
import org.keneya.testkit.junit.GenProvider;

/** Longs for the laws' {@code @Property} parameters that pick a split or an entity to remove. */
public final class Longs implements GenProvider {
  @Override
  public Optional<Gen<?>> genFor(Type type, GenSettings settings) {
    return type == Long.class || type == long.class ? Optional.of(Gens.longs(-1_000_000, 1_000_000)) : Optional.empty();
  }
}
